#!/usr/bin/env bash
# Build concord, run the whole pipeline (ingest → export mentions) on the Karabakh corpus and
# score the export against the gold with the shared scorer.
# usage: eval/score-karabakh.sh [--misses N] [extra score.py flags]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$here/../shared" && pwd)"
out="${SCORE_OUT:-$here/eval/out}"
mkdir -p "$out"
dotnet build "$here/src/Concord.Cli" -c Release -v quiet -nologo >/dev/null
cli="$here/src/Concord.Cli/bin/Release/net10.0/concord"
[ -x "$cli" ] || cli="dotnet $here/src/Concord.Cli/bin/Release/net10.0/concord.dll"
rm -f "$out/karabakh.db"
$cli ingest "$shared/corpus/karabakh" --db "$out/karabakh.db" >/dev/null
$cli export mentions --db "$out/karabakh.db" --out "$out/karabakh.pred.jsonl"
misses=()
if [ "${1:-}" = "--misses" ]; then misses=(--misses "$2"); shift 2; fi
python3 "$shared/eval/score.py" "$shared/eval/gold/karabakh.jsonl" "$out/karabakh.pred.jsonl" "$shared/corpus/karabakh" --by-doc "${misses[@]}" "$@"
