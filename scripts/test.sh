#!/usr/bin/env bash
# The test command (README; .ci/run calls exactly this). Installs what the tests need on a fresh
# Debian machine, runs the whole xunit suite, then scores extraction on the Karabakh corpus.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian's Chromium drives the web app's end-to-end tests (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing chromium (Debian package) for the end-to-end tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: chromium could not be installed; end-to-end tests will fail" >&2
  else
    echo "warning: chromium missing and not root; end-to-end tests will fail" >&2
  fi
fi

log="$(mktemp)"
status=0
dotnet test Concord.sln -c Release --nologo 2>&1 | tee "$log" || status=$?
# A runner-neutral closing line: "N passed, N failed".
passed=$(grep -hoE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"

# Extraction score on the shared gold, every run (issue 2/5 scoring contract).
if [ -d ../shared/corpus/karabakh ] && command -v python3 >/dev/null 2>&1; then
  work="$(mktemp -d)"
  cli="src/Concord.Cli/bin/Release/net10.0/concord.dll"
  dotnet "$cli" ingest ../shared/corpus/karabakh --db "$work/karabakh.db" >/dev/null 2>&1 || true
  dotnet "$cli" export mentions --db "$work/karabakh.db" --out "$work/mentions.jsonl"
  echo "== score: ../shared/eval/score.py ../shared/eval/gold/karabakh.jsonl mentions.jsonl ../shared/corpus/karabakh --by-doc"
  python3 ../shared/eval/score.py ../shared/eval/gold/karabakh.jsonl "$work/mentions.jsonl" ../shared/corpus/karabakh --by-doc
  rm -rf "$work"
fi

# The shipped concord (precompiled, tiering off) must write what the same build writes fully
# jitted (scripts/check-precompiled.sh; about 50 s of CPU).
if [ -d ../shared/corpus/karabakh ] && command -v python3 >/dev/null 2>&1; then
  echo "== precompiled vs jitted concord: scripts/check-precompiled.sh"
  if ./scripts/check-precompiled.sh --no-build; then :; else
    echo "check-precompiled: outputs differ between the precompiled and the jitted build" >&2
    status=1
    failed=$((failed + 1))
  fi
fi

echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
