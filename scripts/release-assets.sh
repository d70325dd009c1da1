#!/usr/bin/env bash
# Writes the shell completions and the man page that the release archives
# carry, from the command tree itself. goreleaser runs it before building.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf completions manpages
mkdir -p completions manpages
go build -o completions/.gpuspec ./cmd/gpuspec
for shell in bash zsh fish powershell; do
  GPUSPEC_LANG=en completions/.gpuspec completion "$shell" > "completions/gpuspec.$shell"
done
GPUSPEC_LANG=en completions/.gpuspec man | gzip -9 -n > manpages/gpuspec.1.gz
rm completions/.gpuspec
