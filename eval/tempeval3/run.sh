#!/usr/bin/env bash
# TempEval-3 platinum: tag each text with `concord dates` (its dct as --doc-date) and score
# with the shared task-A scorer. Usage: eval/tempeval3/run.sh [--no-build]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TE3="$ROOT/../shared/eval/tempeval3"
OUT="${TMPDIR:-/tmp}/concord-tempeval3"
mkdir -p "$OUT"
if [[ "${1:-}" != "--no-build" ]]; then
  dotnet build "$ROOT/src/Concord.Cli" -c Release -v q -nologo >/dev/null
fi
CONCORD="$ROOT/src/Concord.Cli/bin/Release/net10.0/concord"
PRED="$OUT/pred.jsonl"
: > "$PRED"
# One dct per document, read from the gold file's dct field.
python3 - "$TE3/gold.jsonl" > "$OUT/dct.tsv" <<'PY'
import json, sys
seen = {}
for line in open(sys.argv[1], encoding="utf-8"):
    g = json.loads(line)
    seen.setdefault(g["doc"], g["dct"])
for doc, dct in seen.items():
    print(f"{doc}\t{dct}")
PY
for f in "$TE3"/text/*.txt; do
  doc="$(basename "$f")"
  dct="$(awk -F'\t' -v d="$doc" '$1==d{print $2}' "$OUT/dct.tsv")"
  args=(dates "$f" --lang en --format jsonl)
  [[ -n "$dct" ]] && args+=(--doc-date "$dct")
  "$CONCORD" "${args[@]}" >> "$PRED"
done
python3 "$TE3/score.py" "$PRED"
