#!/usr/bin/env bash
# Checkout figures for docs/benchmarks.md §10: POST /api/orders → CONFIRMED on the real local environment (DynamoDB Local with
# its data on disk, as ./scripts/run.sh keeps it; fauxqs; the in-process workflow), 1 and then 10 concurrent shoppers, each
# next to the engine floor for the same DynamoDB calls (a replay of the path on the same engine) measured in the same run, and
# the ratio. Starts and stops its own engine and stack on free 127.0.0.1 ports; builds Release itself.
# Usage: scripts/bench-checkout.sh [orders per shopper, default 20] [storage: Disk (default) | InMemory | Tmpfs]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/GitGoods.Benchmarks.Checkout -c Release --nologo -v quiet -clp:ErrorsOnly
uptime
dotnet tests/GitGoods.Benchmarks.Checkout/bin/Release/net10.0/GitGoods.Benchmarks.Checkout.dll checkout "${1:-20}" "${2:-Disk}"
