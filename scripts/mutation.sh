#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a dotnet tool, .config/dotnet-tools.json): how much of the domain
# (src/Functions/GitGoods.Domain, by tests/GitGoods.Domain.Tests) and of the order adapters
# (src/Functions/GitGoods.Adapters/Orders/, by tests/GitGoods.Adapters.Tests/Orders against DynamoDB Local) the tests catch.
# Not part of ./scripts/test.sh. Exits non-zero when either project scores under 85 % (Stryker's break threshold in
# each project's stryker-config.json), and prints each one's killed/survived/no-coverage/timeout counts and score.
# Reports: artifacts/mutation/<domain|orders>/reports/mutation-report.{html,json,md}. See docs/testing.md.
#   scripts/mutation.sh            # both
#   scripts/mutation.sh domain     # the domain only
#   scripts/mutation.sh orders     # the order adapters only
# MUTATION_CONCURRENCY (default 1) sets Stryker's parallel test sessions; keep it at 1 or 2 on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
concurrency=${MUTATION_CONCURRENCY:-1}
[[ $# -gt 0 ]] || set -- domain orders
for tool in dotnet python3; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done
dotnet tool restore >/dev/null

summary() { # $1 = name, $2 = report json
  python3 - "$1" "$2" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
counts = {}
for f in json.load(open(path))["files"].values():
    for m in f["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
k, s, n, t = (counts.get(x, 0) for x in ("Killed", "Survived", "NoCoverage", "Timeout"))
valid = k + s + n + t
score = 100.0 * (k + t) / valid if valid else 0.0
other = ", ".join(f"{v} {st}" for st, v in sorted(counts.items()) if st not in ("Killed", "Survived", "NoCoverage", "Timeout"))
print(f"mutation {name}: {score:.2f} % ({k} killed, {s} survived, {n} no coverage, {t} timeout, {valid} total; {other or 'none other'})")
PY
}

run_stryker() { # $1 = name, $2 = test project folder; the rest goes to Stryker
  local name=$1 folder=$2; shift 2
  local out="$root/artifacts/mutation/$name" started=$SECONDS status=0
  rm -rf "$out"
  echo "==> Stryker: $name (concurrency $concurrency)"
  (cd "$folder" && dotnet dotnet-stryker --skip-version-check --concurrency "$concurrency" --output "$out" "$@") || status=$?
  local report="$out/reports/mutation-report.json"
  [[ -f $report ]] && summary "$name" "$report"
  echo "mutation $name: $((SECONDS - started)) s, Stryker exit $status"
  return "$status"
}

domain() {
  run_stryker domain tests/GitGoods.Domain.Tests
}

# The order adapter tests need DynamoDB Local. Stryker runs the tests once per mutant batch in a new test host, so one
# engine is started here and handed to every run (GITGOODS_TEST_DYNAMODB_ENDPOINT) instead of one java per run.
orders() {
  command -v java >/dev/null || { echo "missing prerequisite: java (see README.md)" >&2; return 2; }
  local project=tests/GitGoods.Adapters.Tests/GitGoods.Adapters.Tests.csproj
  dotnet build "$project" -c Debug --nologo -v quiet -clp:ErrorsOnly
  # Once without Stryker: the tests must pass unmutated, and their fixture installs DynamoDB Local when it is missing.
  dotnet test "$project" --no-build -c Debug --nologo -v quiet --filter "FullyQualifiedName~GitGoods.Adapters.Tests.Orders"
  local install="$root/.local/dynamodb-local" port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  # DynamoDB Local has no bind-address option (it listens on every interface while this runs).
  (cd "$install" && exec java "-Djava.library.path=$install/DynamoDBLocal_lib" -jar DynamoDBLocal.jar -port "$port" -inMemory -sharedDb) \
    >"$root/artifacts/mutation-dynamodb.log" 2>&1 &
  local java_pid=$!
  trap "kill $java_pid 2>/dev/null || true" EXIT
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    kill -0 "$java_pid" 2>/dev/null || { cat "$root/artifacts/mutation-dynamodb.log" >&2; return 1; }
    sleep 0.5
  done
  GITGOODS_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$port/" run_stryker orders tests/GitGoods.Adapters.Tests --config-file stryker-orders.json
}

mkdir -p artifacts
failed=0
for target in "$@"; do
  case $target in
    domain) domain || failed=1 ;;
    orders) orders || failed=1 ;;
    *) echo "unknown target '$target': use domain, orders or nothing for both" >&2; exit 2 ;;
  esac
done
exit "$failed"
