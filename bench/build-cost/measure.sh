#!/usr/bin/env bash
# Build cost of a user's app: `shop/` (personaclick, TLS rustls+ring) against `bare/` (the
# same app on reqwest, serde and tokio, same TLS). Clean build CPU time (user+sys), then an
# incremental `cargo check` after touching the app's main.rs. Each app builds in a target
# directory of its own under $OUT (default /tmp/build-cost), offline, from the local
# registry cache.
#
#   bench/build-cost/measure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-1}"
out="${OUT:-/tmp/build-cost}"
mkdir -p "$out"

cpu() { # prints user+sys seconds of the command
  /usr/bin/env time -f "%U %S %e" -o "$out/time" "$@" >/dev/null 2>"$out/log" || { cat "$out/log"; exit 1; }
  awk '{printf "%.1f s CPU, %.1f s wall", $1+$2, $3}' "$out/time"
}

for app in bare shop; do
  for run in $(seq "$runs"); do
    rm -rf "$out/$app-target"
    echo "$app clean build (run $run): $(CARGO_TARGET_DIR="$out/$app-target" cpu cargo build --offline --manifest-path "$app/Cargo.toml")"
  done
  # A first check fills the check profile; the measured one is the edit-check loop.
  CARGO_TARGET_DIR="$out/$app-target" cargo check --offline --manifest-path "$app/Cargo.toml" >/dev/null 2>&1
  touch "$app/src/main.rs"
  echo "$app check after touching main.rs: $(CARGO_TARGET_DIR="$out/$app-target" cpu cargo check --offline --manifest-path "$app/Cargo.toml")"
done
