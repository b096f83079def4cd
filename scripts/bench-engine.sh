#!/usr/bin/env bash
# DynamoDB Local's own floor for docs/benchmarks.md §10: 1 and 10 concurrent TransactWriteItems, GetItems and order-path
# replays (the real path's calls, in its order), with data on disk, -inMemory and on tmpfs (/dev/shm). Each storage runs in a
# java of its own on a free 127.0.0.1 port, stopped and deleted at the end. Builds Release itself.
# Usage: scripts/bench-engine.sh [operations per row, default 600]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/GitGoods.Benchmarks.Checkout -c Release --nologo -v quiet -clp:ErrorsOnly
uptime
dotnet tests/GitGoods.Benchmarks.Checkout/bin/Release/net10.0/GitGoods.Benchmarks.Checkout.dll engine "${1:-600}"
