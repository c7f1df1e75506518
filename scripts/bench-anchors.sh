#!/usr/bin/env bash
# Side-by-side benchmark: Sextant's built core as one more column next to scikit-learn,
# SciPy, NumPy, sacreBLEU, a bare C kernel and a bare JS kernel, on the same data, in one
# run. Needs the shared harness (../shared/bench, beside this repository) and Debian's
# python3-sklearn/python3-scipy. Usage: pnpm bench:anchors [ONLY=W1-cm-1e6,...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
harness=${BENCH_HARNESS:-$here/../shared/bench}
[ -f "$harness/run-anchors.sh" ] || { echo "no harness at $harness (set BENCH_HARNESS)"; exit 1; }
(cd "$here" && pnpm run build >/dev/null)
export RESULTS_MD=${RESULTS_MD:-$here/bench/anchors-results.md}
SDK="sextant=$here/packages/core/dist/index.js" bash "$harness/run-anchors.sh"
echo "table written to $RESULTS_MD"
