#!/usr/bin/env bash
# Instruction counts of one `validate_str` call (report dropped included) on every document the
# scaling benchmark writes: stable on a loaded machine, unlike wall time.
#
#   bash core/examples/scaling-callgrind.sh [DIR] [SHAPE…]
#
# Writes the documents into DIR (default /tmp/clusterfit-scaling) with `scaling --write`, then
# runs each under `valgrind --tool=callgrind`, counting only inside `validate_and_drop`, and
# prints shape, size, instructions, instructions per byte and the marginal instructions per byte
# from the previous size. Needs valgrind (`apt-get install -y valgrind`). Set SCALING_BIN to use
# an already built binary (for example one built from another commit), SCALING_MAX_BYTES to skip
# larger documents (for code too slow to run them).
set -euo pipefail
dir=${1:-/tmp/clusterfit-scaling}
shift || true
shapes=("$@")
if [[ -z "${SCALING_BIN:-}" ]]; then
  cargo build --release -p clusterfit --example scaling >&2
  SCALING_BIN="${CARGO_TARGET_DIR:-target}/release/examples/scaling"
fi
mkdir -p "$dir"
"$SCALING_BIN" --write "$dir" --max-bytes 0 >/dev/null
[[ ${#shapes[@]} -gt 0 ]] || shapes=(generic poolszones subnets classes findings labels dupnames)
echo "| shape | size | bytes | instructions | instr/byte | marginal instr/byte |"
echo "|---|---|---|---|---|---|"
for shape in "${shapes[@]}"; do
  prev_bytes=0
  prev_ir=0
  for size in 2k 20k 200k 1m; do
    f="$dir/$shape-$size.json"
    bytes=$(stat -c %s "$f")
    if [[ $bytes -gt ${SCALING_MAX_BYTES:-2000000} ]]; then
      printf '| %s | %s | %s | skipped | | |\n' "$shape" "$size" "$bytes"
      continue
    fi
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      --toggle-collect='*validate_and_drop*' "$SCALING_BIN" --run "$f" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    per=$(awk -v i="$ir" -v b="$bytes" 'BEGIN { printf "%.0f", i / b }')
    marginal=""
    if [[ $prev_bytes -gt 0 ]]; then
      marginal=$(awk -v i="$ir" -v pi="$prev_ir" -v b="$bytes" -v pb="$prev_bytes" \
        'BEGIN { printf "%.0f", (i - pi) / (b - pb) }')
    fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "$shape" "$size" "$bytes" "$ir" "$per" "$marginal"
    prev_bytes=$bytes
    prev_ir=$ir
  done
done
