#!/usr/bin/env bash
# The waiting room under 5× the checkout's capacity (docs/benchmarks.md §13): on its own DynamoDB Local and local stack on
# free 127.0.0.1 ports (no rate limit), measures the checkout's capacity (orders/s, 10 shoppers back to back, no sale) and
# the floor (one shopper alone), opens a sale with that capacity and rate, sends 5× that many shoppers per second over a
# short window through the line, and prints 5xx, orders per shopper, placed → CONFIRMED p50/p99 next to the floor, the
# wait in line and whether admission followed arrival. Builds Release itself; stops what it starts.
# Usage: scripts/bench-waiting-room.sh [arrival window in seconds, default 4] [storage: Disk (default) | InMemory | Tmpfs]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/GitGoods.Benchmarks.WaitingRoom -c Release --nologo -v quiet -clp:ErrorsOnly
uptime
dotnet tests/GitGoods.Benchmarks.WaitingRoom/bin/Release/net10.0/GitGoods.Benchmarks.WaitingRoom.dll "${1:-4}" "${2:-Disk}"
