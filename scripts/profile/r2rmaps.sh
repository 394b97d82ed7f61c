#!/usr/bin/env bash
# Method maps of our ReadyToRun assemblies, so that perf profiles can name their frames
# (perf shows precompiled code as "[unknown] (.../Concord.X.dll)"; only jitted code is in the
# runtime's perf map). Each assembly is compiled again from its IL with the options the build uses
# (src/Concord.Cli/Concord.Cli.csproj, target _ConcordReadyToRunItems) plus --mapcsv, and the map is
# kept only if the new image is byte-identical to the one in bin/: a stale map would name the
# wrong methods.
# usage: scripts/profile/r2rmaps.sh OUTDIR     (after a Release build of src/Concord.Cli)
# then:  scripts/profile/r2rsym.py OUTDIR < perf-script-output > named
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: r2rmaps.sh OUTDIR}"; mkdir -p "$out"
bin="$root/src/Concord.Cli/bin/Release/net10.0"
version="$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" { v = $2 } END { print v }')"
fw="$(dirname "$(command -v dotnet)")/shared/Microsoft.NETCore.App/$version"
[ -d "$fw" ] || fw="$(dirname "$(readlink -f "$(command -v dotnet)")")/shared/Microsoft.NETCore.App/$version"
cg="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.netcore.app.crossgen2.linux-x64/$version/tools/crossgen2"
[ -x "$cg" ] || { echo "no crossgen2 at $cg (restore a Release build of src/Concord.Cli first)" >&2; exit 1; }
[ -d "$fw" ] || { echo "no runtime at $fw" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for name in Concord.Core Concord.Temporal Concord.Gazetteer Concord.Extraction Concord.Reconciliation Concord.Store concord Concord.PrecompiledPatterns; do
  case $name in
    concord) il="$root/src/Concord.Cli/obj/Release/net10.0/concord.dll" ;;
    *) il="$root/src/$name/bin/Release/net10.0/$name.dll" ;;
  esac
  extra=("--opt-cross-module:*" "--non-local-generics-module:*")
  [ "$name" = Concord.PrecompiledPatterns ] && extra=()
  [ -f "$il" ] && [ -f "$bin/$name.dll" ] || { echo "skip $name: not built"; continue; }
  "$cg" "$il" -o "$tmp/$name.dll" --targetos:linux --targetarch:x64 -O -r:"$fw/*.dll" -r:"$bin/*.dll" "${extra[@]}" --mapcsv >/dev/null 2>&1
  if cmp -s "$tmp/$name.dll" "$bin/$name.dll"; then cp "$tmp/$name.map.csv" "$out/$name.map.csv"; echo "ok   $name"
  else echo "skip $name: the recompiled image differs from bin/ (other options, or a stale build); no map"; fi
done
