//go:build !unix

package main

func quietOnClosedPipe() {}
