#!/usr/bin/env bash
# Regenerates packages/cometbft/src/gen from CometBFT's official .proto files (pinned version) with
# buf + protoc-gen-es. The protos come from the Go module cache (`go mod download` fetches them).
set -euo pipefail
VERSION="${COMETBFT_VERSION:-v0.38.17}"
GOGO_VERSION="${GOGOPROTO_VERSION:-v1.7.0}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
MODCACHE="$(go env GOMODCACHE)"
CMT="$MODCACHE/github.com/cometbft/cometbft@$VERSION/proto"
GOGO="$MODCACHE/github.com/cosmos/gogoproto@$GOGO_VERSION"
if [ ! -d "$CMT" ]; then (cd "$(mktemp -d)" && go mod download -x "github.com/cometbft/cometbft@$VERSION" >/dev/null); fi
if [ ! -d "$GOGO" ]; then (cd "$(mktemp -d)" && go mod download -x "github.com/cosmos/gogoproto@$GOGO_VERSION" >/dev/null); fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tendermint" "$WORK/gogoproto"
for d in abci crypto types version; do cp -r "$CMT/tendermint/$d" "$WORK/tendermint/"; done
cp "$GOGO/gogoproto/gogo.proto" "$WORK/gogoproto/"
chmod -R u+w "$WORK"
printf 'version: v2\n' > "$WORK/buf.yaml"
cd "$HERE"
rm -rf src/gen
PATH="$HERE/../../node_modules/.bin:$PATH" npx buf generate "$WORK" --template buf.gen.yaml \
  --path "$WORK/tendermint/abci/types.proto" --include-imports
# gogoproto's options are only needed to parse the files; drop the generated descriptor
rm -rf src/gen/google
echo "generated $(find src/gen -name '*.ts' | wc -l) files in $HERE/src/gen"
