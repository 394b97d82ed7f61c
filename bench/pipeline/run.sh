#!/usr/bin/env bash
# Times the whole pipeline (ingest: read → segment → recognise → extract → store; then export
# mentions) on the Karabakh corpus repeated to at least 20 MB, and prints MB/s per core.
# The stage breakdown comes from the same timed ingest (--timings), so it adds up to the total.
# Peer run in the same run: gzip -6 over the same bytes, so the ratio is comparable across loaded machines.
# usage: bench/pipeline/run.sh [MIN_MB]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$(cd "$here/../shared/corpus/karabakh" && pwd)"
min_mb="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$here/src/Concord.Cli" -c Release -v quiet -nologo >/dev/null
cli="$here/src/Concord.Cli/bin/Release/net10.0/concord"

# Repeat the corpus (renamed copies, each a distinct document) until it reaches MIN_MB.
mkdir -p "$work/docs"
i=0
while [ "$(du -sb "$work/docs" | cut -f1)" -lt $((min_mb * 1024 * 1024)) ]; do
  for f in "$corpus"/*.txt; do cp "$f" "$work/docs/r$(printf %04d $i)_$(basename "$f")"; done
  i=$((i + 1))
done
bytes=$(cat "$work/docs"/*.txt | wc -c)
mb=$(python3 -c "print($bytes/1048576)")

run() { /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null; read -r wall user sys <"$work/time"; echo "$wall $(python3 -c "print($user+$sys)")"; }
read -r wall cpu < <(run bash -c "'$cli' ingest '$work/docs' --db '$work/bench.db' --timings 2>'$work/stages' && '$cli' export mentions --db '$work/bench.db' --out '$work/mentions.jsonl'")
read -r pwall pcpu < <(run bash -c "cat '$work/docs'/*.txt | gzip -6 > '$work/peer.gz'")
mentions=$(wc -l <"$work/mentions.jsonl")
python3 - "$mb" "$wall" "$cpu" "$pwall" "$pcpu" "$mentions" <<'PY'
import sys
mb, wall, cpu, pwall, pcpu, mentions = map(float, sys.argv[1:])
per_core = mb / cpu if cpu else float("inf")
peer = mb / pcpu if pcpu else float("inf")
print(f"corpus {mb:.1f} MB, {int(mentions)} mentions")
print(f"pipeline: wall {wall:.2f} s, cpu {cpu:.2f} s -> {mb / wall:.2f} MB/s wall, {per_core:.2f} MB/s per core")
print(f"peer (gzip -6): cpu {pcpu:.2f} s -> {peer:.2f} MB/s per core; pipeline/peer ratio {per_core / peer:.3f}")
PY
echo "stage breakdown of the ingest above (ingest --timings: CPU seconds of the pipeline thread per stage):"
grep -v "document(s) read" "$work/stages"
python3 - "$cpu" "$work/stages" <<'PY'
import sys
cpu, stages = float(sys.argv[1]), open(sys.argv[2]).read().splitlines()
total = next(float(l.split()[1]) for l in stages if l.startswith("total"))
print(f"{'rest':<10} {cpu - total:8.2f}          (start-up, export, GC and JIT threads: process CPU minus the stages)")
PY
