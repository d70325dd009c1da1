//go:build unix

package main

import (
	"os"
	"syscall"
)

// mapFile maps a catalog file into memory read-only. A large file costs
// far fewer page faults mapped than copied onto the heap: the kernel maps
// the page cache around each fault. The loader copies every string it
// keeps, so the mapping is released as soon as the file is read.
func mapFile(name string) ([]byte, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	size := fi.Size()
	if !fi.Mode().IsRegular() || size == 0 || size > 1<<40 {
		// Pipes, devices and empty files are read the ordinary way.
		data, err := os.ReadFile(name)
		return data, func() {}, err
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		data, err := os.ReadFile(name)
		return data, func() {}, err
	}
	return data, func() { syscall.Munmap(data) }, nil
}
