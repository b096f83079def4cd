#!/usr/bin/env bash
# Checkout figures for docs/benchmarks.md: POST /api/orders → CONFIRMED/REJECTED on the real local environment (DynamoDB Local in
# memory, fauxqs, the in-process workflow), next to floors measured in the same run (GET /api/health through the same gateway;
# raw DynamoDB Local calls). Two shapes of load, 50 shoppers each:
#   1. sustained: every shopper places its next order as soon as the last one settled (the engine's saturation point);
#   2. surge: shoppers arrive spread over 3 s and pause 1.5–4.5 s between orders (about 11 orders a second).
# Its stack (LocalEnvironmentHost) runs with --rate-limit-permits 0: no stand-in for the WAF rate rule, which these runs
# from one address would trip.
# Usage: scripts/bench-checkout.sh [orders per shopper, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
orders=${1:-10}
dotnet build tests/GitGoods.Benchmarks.Checkout -c Release --nologo -v quiet -clp:ErrorsOnly
bench=tests/GitGoods.Benchmarks.Checkout/bin/Release/net10.0/GitGoods.Benchmarks.Checkout.dll
echo "== sustained: 50 shoppers × $orders orders, no pause"
dotnet "$bench" 50 "$orders" 0
echo "== surge: 50 shoppers × $orders orders, 3 s mean pause, staggered arrivals"
dotnet "$bench" 50 "$orders" 3000
