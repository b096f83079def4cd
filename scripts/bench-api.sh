#!/usr/bin/env bash
# Load figures for docs/benchmarks.md: GET /api/products on the local environment under 1,000 concurrent
# connections, next to two floors measured in the same run on the same machine:
#   - a trivial Kestrel endpoint (what the HTTP stack alone costs), and
#   - the raw DynamoDB Local query behind the listing (what the engine alone costs).
# The stack runs with --rate-limit-permits 0: wrk's 1,000 connections from one address would trip the WAF rule's local
# stand-in (2,000 requests per 5 minutes per IP) within a second.
# Needs wrk (apt-get install wrk). Usage: scripts/bench-api.sh [duration, default 20s]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
connections=${CONNECTIONS:-1000}
ulimit -n 65535 2>/dev/null || true
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

stack_port=5181 floor_port=5182 dynamo_port=5183
state=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$state"; }
trap cleanup EXIT

dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build tests/GitGoods.Benchmarks.KestrelFloor -c Release --nologo -v quiet -clp:ErrorsOnly

dotnet tests/GitGoods.Benchmarks.KestrelFloor/bin/Release/net10.0/GitGoods.Benchmarks.KestrelFloor.dll \
  --urls "http://127.0.0.1:$floor_port" --Logging:LogLevel:Default=Warning >/dev/null &
pids+=($!)
dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll --urls "http://127.0.0.1:$stack_port" \
  --state-dir "$state" --dynamodb-local-dir "$PWD/.local/dynamodb-local" --dynamodb-port "$dynamo_port" \
  --dynamodb-in-memory true --rate-limit-permits 0 --Logging:LogLevel:Default=Warning > "$state/stack.log" 2>&1 &
pids+=($!)

wait_for() { for _ in $(seq 1 120); do curl -sf "$1" >/dev/null && return 0; sleep 1; done; echo "not ready: $1" >&2; cat "$state/stack.log" >&2; exit 1; }
wait_for "http://127.0.0.1:$floor_port/"
wait_for "http://127.0.0.1:$stack_port/api/products"

run() { # name, wrk args...
  local name=$1; shift
  curl -sf "${@: -1}" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d5s "$@" >/dev/null 2>&1 # warm-up: JIT, connection pools, DynamoDB Local caches
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$@")
  local p50 p99 rps errors
  p50=$(awk '/^ +50%/{print $2}' <<<"$out"); p99=$(awk '/^ +99%/{print $2}' <<<"$out")
  rps=$(awk '/^Requests\/sec/{print $2}' <<<"$out")
  errors=$(awk '/Socket errors|Non-2xx/{printf "%s ", $0}' <<<"$out")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$p50" "$p99" "$rps" "${errors:-none}"
}

echo
echo "wrk -t2 -c$connections -d$duration --timeout 10s --latency, after a 5 s warm-up; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| target | p50 | p99 | requests/s | errors |"
echo "|---|---|---|---|---|"
run "floor: trivial Kestrel endpoint" "http://127.0.0.1:$floor_port/"
TABLE=GitGoods run "floor: raw DynamoDB Local GSI1 query (25 items)" -s scripts/bench-dynamodb-query.lua "http://127.0.0.1:$dynamo_port/"
run "GET /api/products (local environment, 24 items)" "http://127.0.0.1:$stack_port/api/products"
run "GET /api/products?q=build&platform=PC (local environment, in-memory search)" "http://127.0.0.1:$stack_port/api/products?q=build&platform=PC"
run "GET /api/products/{id} (local environment)" "http://127.0.0.1:$stack_port/api/products/pocket-harvest-switch"
