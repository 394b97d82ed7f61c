#!/usr/bin/env bash
# Temporal tagger throughput and accuracy against chrono-node, in one run.
# Builds the corpus repeated to >= 20 MB (all languages) and its English part repeated to
# >= 20 MB; times Concord's tagger (Release, one thread) on both and chrono-node on the English
# text; prints MB/s per core (bytes / CPU seconds), the ratio, and each tool's exact-date
# agreement with the gold on English sentences. usage: bench/temporal/run.sh [MB]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CORPUS="$ROOT/../shared/corpus/karabakh"
MB="${1:-20}"
WORK="${TMPDIR:-/tmp}/concord-bench-temporal"
mkdir -p "$WORK"

(cd "$HERE" && npm ci --no-audit --no-fund --silent >/dev/null)
dotnet build "$HERE/TemporalBench" -c Release -v q -nologo >/dev/null
BENCH="$HERE/TemporalBench/bin/Release/net10.0/TemporalBench"

repeat() { # repeat OUT FILES... until OUT >= MB megabytes
  local out="$1"; shift
  : > "$out"
  while [ "$(stat -c %s "$out")" -lt $((MB * 1000000)) ]; do cat "$@" >> "$out"; echo >> "$out"; done
}
ENGLISH=()
for f in "$CORPUS"/*.txt; do
  if python3 -c "import sys; sys.path.insert(0, '$ROOT/eval'); from gold_dates import guess_language; sys.exit(guess_language(open('$f', encoding='utf-8').read()) != 'en')"; then
    ENGLISH+=("$f")
  fi
done
repeat "$WORK/all.txt" "$CORPUS"/*.txt
repeat "$WORK/en.txt" "${ENGLISH[@]}"

"$BENCH" --lang guess "$WORK/all.txt" > "$WORK/concord-all.jsonl"
"$BENCH" --lang en "$WORK/en.txt" --docs "${ENGLISH[@]}" > "$WORK/concord-en.jsonl"
node "$HERE/chrono_bench.js" "$WORK/en.txt" "${ENGLISH[@]}" > "$WORK/chrono-en.jsonl"

python3 - "$WORK" "$HERE" <<'PY'
import json, subprocess, sys
work, here = sys.argv[1], sys.argv[2]
def head(name):
    with open(f"{work}/{name}", encoding="utf-8") as fh:
        return json.loads(fh.readline())
def agree(name):
    return json.loads(subprocess.run([sys.executable, f"{here}/agreement.py", f"{work}/{name}"], check=True,
                                     capture_output=True, text=True).stdout)
allc, enc, chr_ = head("concord-all.jsonl"), head("concord-en.jsonl"), head("chrono-en.jsonl")
rate = lambda r: r["bytes"] / 1e6 / r["cpu_s"]
print(f"concord, whole corpus (en+lv+lt) {allc['bytes']/1e6:.1f} MB: {rate(allc):.2f} MB/s per core ({allc['found']} expressions, {allc['wall_s']:.1f} s)")
print(f"concord, English {enc['bytes']/1e6:.1f} MB: {rate(enc):.2f} MB/s per core ({enc['found']} expressions, {enc['wall_s']:.1f} s)")
print(f"chrono-node 2.10.3, same English {chr_['bytes']/1e6:.1f} MB: {rate(chr_):.2f} MB/s per core ({chr_['found']} expressions, {chr_['wall_s']:.1f} s)")
print(f"ratio concord / chrono-node (English): {rate(enc)/rate(chr_):.1f}x")
for tool, name in (("concord", "concord-en.jsonl"), ("chrono-node", "chrono-en.jsonl")):
    a = agree(name)
    print(f"{tool}: exact gold dates on English sentences: stated in quote {a['stated'][0]}/{a['stated'][1]} = {a['stated'][0]/a['stated'][1]:.3f}; all {a['all'][0]}/{a['all'][1]} = {a['all'][0]/a['all'][1]:.3f}")
PY
