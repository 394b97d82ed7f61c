#!/usr/bin/env bash
# Gazetteer benchmark (load time, memory, MB/s vs. a tokenizer-only peer) and gold coverage.
#   bash bench/gazetteer/run.sh            # bench
#   bash bench/gazetteer/run.sh gold 40    # coverage of gold locations/actors inside gold quotes, 40 misses
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${CONCORD_SHARED:-$root/../shared}"
dotnet build -c Release "$here/GazetteerBench.csproj" -v q -nologo >/dev/null
exe="$here/bin/Release/net10.0/GazetteerBench"
export CONCORD_DATA="$root/data"
case "${1:-bench}" in
  gold) "$exe" gold "$shared/eval/gold/karabakh.jsonl" "$shared/corpus/karabakh" "${2:-0}" ;;
  *) "$exe" bench "$shared/corpus/karabakh" "${2:-3}" ;;
esac
