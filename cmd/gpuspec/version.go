package main

import "runtime/debug"

// Set by goreleaser: -X main.version=… -X main.commit=… -X main.date=…
var (
	version = ""
	commit  = ""
	date    = ""
)

// buildVersion returns the version, commit and build date: goreleaser's
// ldflags when set, else what the Go toolchain recorded (`go install
// …@v1.2.3` records the module version; a build in a clone records the VCS
// revision and time), else "dev".
func buildVersion() (v, c, d string) {
	v, c, d = version, commit, date
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && c == "":
				c = s.Value
			case s.Key == "vcs.time" && d == "":
				d = s.Value
			}
		}
	}
	if v == "" {
		v = "dev"
	}
	if len(c) > 12 {
		c = c[:12]
	}
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return v, c, d
}
