#!/usr/bin/env bash
# Listing figures for docs/benchmarks.md (§9; §1 before it): the shop's three catalogue reads on the local environment
# under 1,000 concurrent connections, each next to the floor measured in the same run on the same machine:
#   floor = a trivial Kestrel endpoint (tests/GitGoods.Benchmarks.KestrelFloor) answering a fixed byte[] — the very
#   products page the stack serves for GET /api/products, fetched from the stack first, so both write the same bytes.
# The floor is measured before and after the three requests; the ratios use the mean of the two floor runs.
# The stack runs with --rate-limit-permits 0: wrk's 1,000 connections from one address would trip the WAF rule's local
# stand-in (2,000 requests per 5 minutes per IP) within a second.
# Needs wrk (apt-get install wrk). Usage: scripts/bench-api.sh [duration, default 15s]
# DYNAMO_FLOOR=1 also measures the raw DynamoDB Local query behind the listing (the engine's floor, §1).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15s}
connections=${CONNECTIONS:-1000}
ulimit -n 65535 2>/dev/null || true
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
stack_port=$(free_port) floor_port=$(free_port) dynamo_port=$(free_port)
state=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$state"; }
trap cleanup EXIT

dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build tests/GitGoods.Benchmarks.KestrelFloor -c Release --nologo -v quiet -clp:ErrorsOnly

dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll --urls "http://127.0.0.1:$stack_port" \
  --state-dir "$state" --dynamodb-local-dir "$PWD/.local/dynamodb-local" --dynamodb-port "$dynamo_port" \
  --dynamodb-in-memory true --rate-limit-permits 0 --Logging:LogLevel:Default=Warning > "$state/stack.log" 2>&1 &
pids+=($!)
wait_for() { for _ in $(seq 1 180); do curl -sf "$1" >/dev/null && return 0; sleep 1; done; echo "not ready: $1" >&2; cat "$state/stack.log" >&2; exit 1; }
wait_for "http://127.0.0.1:$stack_port/api/products"

listing="/api/products"
search="/api/products?platform=PC&sort=price"
curl -sf "http://127.0.0.1:$stack_port$listing" > "$state/page.json"
product_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["id"])' "$state/page.json")
product="/api/products/$product_id"
items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$state/page.json")

dotnet tests/GitGoods.Benchmarks.KestrelFloor/bin/Release/net10.0/GitGoods.Benchmarks.KestrelFloor.dll \
  --urls "http://127.0.0.1:$floor_port" --page "$state/page.json" --Logging:LogLevel:Default=Warning >/dev/null &
pids+=($!)
wait_for "http://127.0.0.1:$floor_port/api/products"
cmp -s "$state/page.json" <(curl -sf "http://127.0.0.1:$floor_port/api/products") || { echo "the floor does not serve the stack's page" >&2; exit 1; }

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

measure() { # url [wrk args...] -> "p50_ms p99_ms rps errors"
  local url=$1; shift
  curl -sf "$url" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d5s "$@" "$url" >/dev/null 2>&1 # warm-up: JIT, connection pools, caches
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$@" "$url")
  local p50 p99 rps errors
  p50=$(to_ms "$(awk '/^ +50%/{print $2}' <<<"$out")"); p99=$(to_ms "$(awk '/^ +99%/{print $2}' <<<"$out")")
  rps=$(awk '/^Requests\/sec/{printf "%.0f", $2}' <<<"$out")
  errors=$(awk '/Socket errors|Non-2xx/{sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")
  echo "$p50 $p99 $rps ${errors:-none}"
}

floor1=$(measure "http://127.0.0.1:$floor_port$listing")
results=()
for path in "$listing" "$search" "$product"; do results+=("$(measure "http://127.0.0.1:$stack_port$path")"); done
floor2=$(measure "http://127.0.0.1:$floor_port$listing")
dynamo=""
if [[ "${DYNAMO_FLOOR:-0}" == 1 ]]; then
  dynamo=$(TABLE=GitGoods measure "http://127.0.0.1:$dynamo_port/" -s scripts/bench-dynamodb-query.lua)
fi

read -r f1p50 f1p99 f1rps _ <<<"$floor1"
read -r f2p50 f2p99 f2rps _ <<<"$floor2"
fp99=$(awk -v a="$f1p99" -v b="$f2p99" 'BEGIN { printf "%.2f", (a + b) / 2 }')
frps=$(awk -v a="$f1rps" -v b="$f2rps" 'BEGIN { printf "%.0f", (a + b) / 2 }')

echo
echo "wrk -t2 -c$connections -d$duration --timeout 10s --latency, each after a 5 s warm-up; $(nproc) cores;" \
  "$(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg); page: $items items, $(wc -c <"$state/page.json") bytes"
echo
echo "| request | p50 (ms) | p99 (ms) | requests/s | p99 vs floor | throughput vs floor | errors |"
echo "|---|---|---|---|---|---|---|"
row() { # name p50 p99 rps errors
  local ratio_p99 ratio_rps
  ratio_p99=$(awk -v a="$3" -v b="$fp99" 'BEGIN { printf "%.2f×", a / b }')
  ratio_rps=$(awk -v a="$4" -v b="$frps" 'BEGIN { printf "%.2f×", a / b }')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$ratio_p99" "$ratio_rps" "$5"
}
read -r p50 p99 rps err <<<"$floor1"; row "floor (before): fixed products page from Kestrel" "$p50" "$p99" "$rps" "$err"
read -r p50 p99 rps err <<<"$floor2"; row "floor (after): fixed products page from Kestrel" "$p50" "$p99" "$rps" "$err"
names=("GET $listing ($items items)" "GET $search" "GET /api/products/{id}")
for i in 0 1 2; do read -r p50 p99 rps err <<<"${results[$i]}"; row "${names[$i]}" "$p50" "$p99" "$rps" "$err"; done
if [[ -n "$dynamo" ]]; then read -r p50 p99 rps err <<<"$dynamo"; row "engine floor: raw DynamoDB Local GSI1 query" "$p50" "$p99" "$rps" "$err"; fi
echo
echo "Ratios against the mean of the two floor runs: p99 $fp99 ms, $frps requests/s."
