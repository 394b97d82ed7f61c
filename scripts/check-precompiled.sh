#!/usr/bin/env bash
# Checks that concord as it ships (bin/Release: start-up libraries precompiled, tiered compilation
# off, no dynamic code so regexes run interpreted; build/ConcordRuntime.props and
# src/Concord.Cli/Concord.Cli.csproj) writes byte-identical outputs to the same build run as plain
# JIT code: DOTNET_ReadyToRun=0 (no precompiled code used at all), the runtime's default tiering,
# dynamic code on (RegexOptions.Compiled and CompileWhenHot compile). A difference means code
# whose results depend on how it was compiled (floating point, iteration order, the regex engine).
# Inputs: the Karabakh corpus, samples/ and the TempEval-3 texts under ../shared.
# usage: scripts/check-precompiled.sh [--no-build]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "$here/.." && pwd)/shared"
corpus="$shared/corpus/karabakh"
tempeval="$shared/eval/tempeval3"
[ -d "$corpus" ] || { echo "check-precompiled: no corpus at $corpus" >&2; exit 1; }
[ "${1:-}" = "--no-build" ] || dotnet build "$here/src/Concord.Cli" -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
bin="$here/src/Concord.Cli/bin/Release/net10.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The plain-JIT regime's runtime settings: the shipped ones with tiering and dynamic code back on.
python3 - "$bin/concord.runtimeconfig.json" "$work/jit.runtimeconfig.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
options = config["runtimeOptions"]["configProperties"]
for key in ("System.Runtime.TieredCompilation", "System.Runtime.TieredCompilation.QuickJit",
            "System.Runtime.TieredPGO", "System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"):
    options[key] = True
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY

# Writes every checked output of one regime ($1) into $work/$1.
cli() {
  if [ "$regime" = jit ]; then
    DOTNET_ReadyToRun=0 dotnet exec --runtimeconfig "$work/jit.runtimeconfig.json" "$bin/concord.dll" "$@" </dev/null
  else
    "$bin/concord" "$@" </dev/null
  fi
}
outputs() {
  regime="$1"
  local out="$work/$1"
  mkdir -p "$out"
  cli ingest "$corpus" --db "$out/k.db" >"$out/ingest.txt" 2>&1
  cli export mentions --db "$out/k.db" --out "$out/mentions.jsonl"
  cli export mentions --db "$out/k.db" --explain --out "$out/mentions-explain.jsonl"
  cli export events --db "$out/k.db" --out "$out/events.jsonl"
  cli dates "$corpus"/*.txt --lang en --format jsonl >"$out/dates-en.jsonl"
  cli dates "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt --format jsonl >"$out/dates-samples.jsonl"
  cli numbers "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt >"$out/numbers.txt"
  cli langid "$corpus"/*.txt "$here"/samples/*.txt "$here"/samples/georgia-2008/*.txt --sentences >"$out/langid.txt"
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
      cli dates "$tempeval/text/$doc" --doc-date "$dct" --format jsonl
    done <"$work/dct.txt" >"$out/tempeval.jsonl"
  fi
  rm -f "$out"/k.db*
}

outputs precompiled
outputs jit

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
[ "$status" = 0 ] && echo "shipped and plain-JIT concord: all outputs byte-identical"
exit "$status"
