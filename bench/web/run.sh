#!/usr/bin/env bash
# Loopback load benchmark of the web API (bounded; contacts 127.0.0.1 only).
# Usage: bash bench/web/run.sh [--events=100000] [--requests=2000] [--concurrency=2] [--seconds=60]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project bench/web -- "$@"
