#!/usr/bin/env bash
# Installs CometBFT at the pinned version with `go install` (needs Go 1.22+ and the Go module proxy).
# Idempotent: does nothing when the right version is already installed. The binary lands in
# $(go env GOBIN) or $(go env GOPATH)/bin (usually ~/go/bin), where @tensorium/cometbft looks for it
# (or set COMETBFT_BIN).
set -euo pipefail
VERSION="${COMETBFT_VERSION:-0.38.17}"
if ! command -v go >/dev/null 2>&1; then
  echo "install-cometbft: Go is required (https://go.dev/dl/)" >&2
  exit 1
fi
BIN_DIR="$(go env GOBIN)"
[ -n "$BIN_DIR" ] || BIN_DIR="$(go env GOPATH)/bin"
BIN="$BIN_DIR/cometbft"
if [ -x "$BIN" ] && [ "$("$BIN" version 2>/dev/null)" = "$VERSION" ]; then
  echo "cometbft $VERSION already installed at $BIN"
  exit 0
fi
echo "installing cometbft v$VERSION into $BIN_DIR …"
go install "github.com/cometbft/cometbft/cmd/cometbft@v$VERSION"
INSTALLED="$("$BIN" version)"
if [ "$INSTALLED" != "$VERSION" ]; then
  echo "install-cometbft: expected $VERSION, got $INSTALLED" >&2
  exit 1
fi
echo "cometbft $INSTALLED installed at $BIN"
