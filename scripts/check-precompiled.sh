#!/usr/bin/env bash
# Checks that concord as it ships (bin/Release: every Concord assembly precompiled, tiering off,
# see src/Concord.Cli/Concord.Cli.csproj) writes byte-identical outputs to the same build run as
# plain JIT code (DOTNET_ReadyToRun=0: no precompiled code used at all, the runtime's default
# tiering). Precompiled and jitted code must compute the same results; a difference means code
# that depends on how it was compiled (floating point, undefined order, a trimmed or missing type).
# Inputs: the Karabakh corpus, the samples and the TempEval-3 texts under ../shared.
# usage: scripts/check-precompiled.sh [--no-build]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "$here/.." && pwd)/shared"
corpus="$shared/corpus/karabakh"
tempeval="$shared/eval/tempeval3"
[ -d "$corpus" ] || { echo "check-precompiled: no corpus at $corpus" >&2; exit 1; }
[ "${1:-}" = "--no-build" ] || dotnet build "$here/src/Concord.Cli" -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
cli="$here/src/Concord.Cli/bin/Release/net10.0/concord"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Writes every checked output of one regime into $work/$1.
outputs() {
  local out="$work/$1"
  mkdir -p "$out"
  "$cli" ingest "$corpus" --db "$out/k.db" >"$out/ingest.txt" 2>&1
  "$cli" export mentions --db "$out/k.db" --out "$out/mentions.jsonl"
  "$cli" export mentions --db "$out/k.db" --explain --out "$out/mentions-explain.jsonl"
  "$cli" export events --db "$out/k.db" --out "$out/events.jsonl"
  "$cli" dates "$corpus"/*.txt --lang en --format jsonl >"$out/dates-en.jsonl"
  "$cli" dates "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt --format jsonl >"$out/dates-samples.jsonl"
  "$cli" numbers "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt >"$out/numbers.txt"
  "$cli" langid "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt --sentences >"$out/langid.txt"
  if [ -d "$tempeval/text" ]; then
    # Each TempEval text with its own creation date (gold.jsonl's dct), as the scorer runs them.
    python3 - "$tempeval/gold.jsonl" >"$work/dct.txt" <<'PY'
import json, sys
seen = {}
for line in open(sys.argv[1]):
    row = json.loads(line)
    seen.setdefault(row["doc"], row["dct"])
for doc, dct in sorted(seen.items()):
    print(doc, dct)
PY
    while read -r doc dct; do
      "$cli" dates "$tempeval/text/$doc" --doc-date "$dct" --format jsonl
    done <"$work/dct.txt" >"$out/tempeval.jsonl"
  fi
  rm -f "$out"/k.db*
}

outputs precompiled
DOTNET_ReadyToRun=0 DOTNET_TieredCompilation=1 outputs jit

status=0
for f in "$work/precompiled"/*; do
  name="$(basename "$f")"
  if cmp -s "$f" "$work/jit/$name"; then
    echo "same: $name ($(wc -l <"$f") lines)"
  else
    echo "DIFFERENT: $name" >&2
    status=1
  fi
done
[ "$status" = 0 ] && echo "precompiled and jitted concord: all outputs byte-identical"
exit "$status"
