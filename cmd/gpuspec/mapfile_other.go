//go:build !unix

package main

import "os"

// mapFile reads a catalog file.
func mapFile(name string) ([]byte, func(), error) {
	data, err := os.ReadFile(name)
	return data, func() {}, err
}
