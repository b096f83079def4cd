#!/usr/bin/env bash
# Runs every test of Git Goods on a fresh machine with the .NET 10 SDK, Node.js 20+ and Java 17+.
# It installs what else the tests need (cfn-lint from pip when it is missing, the web app's npm packages, Prism for the
# contract tests, DynamoDB Local
# from npm, Chromium from apt, the AOT bootstrap build), then prints one summary line over the .NET and web tests: "Summary: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

for tool in dotnet node npm java; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done
# The infrastructure tests lint every synthesized CDK template with cfn-lint (AWS's CloudFormation linter).
if ! command -v cfn-lint >/dev/null; then
  echo "==> cfn-lint 1.51 (pip)"
  python3 -m pip install --quiet --user 'cfn-lint==1.51.0' && export PATH="$HOME/.local/bin:$PATH"
  command -v cfn-lint >/dev/null || { echo "missing prerequisite: cfn-lint (pip install cfn-lint==1.51.0; see README.md)" >&2; exit 2; }
fi

echo "==> build"
dotnet build GitGoods.sln -c Debug --nologo -v quiet -clp:ErrorsOnly

echo "==> publish the Native AOT bootstrap (artifacts/bootstrap/linux-x64)"
dotnet publish src/Functions/GitGoods.Bootstrap -c Release -r linux-x64 -o artifacts/bootstrap/linux-x64 --nologo -v quiet -clp:ErrorsOnly

echo "==> web app: npm ci, component tests (vitest), production build with its bundle budget"
web_report=$(mktemp)
set +e
npm --prefix src/Web ci --no-audit --no-fund --loglevel=error \
  && (cd src/Web && npx vitest run --reporter=default --reporter=json --outputFile="$web_report")
web_status=$?
npm --prefix src/Web run build || web_status=1
set -e

# The HTTP contract tests (tests/GitGoods.LocalEnvironment.Tests/Contract) send their traffic through Prism, a validating
# proxy that checks every response against docs/openapi.json (docs/decisions/0028-contract-checked-by-a-validating-proxy.md).
echo "==> contract proxy: npm ci (Prism)"
SCARF_ANALYTICS=false npm --prefix tests/contract-proxy ci --no-audit --no-fund --loglevel=error \
  || echo "contract proxy: npm ci failed; the proxied contract tests will fail and say so" >&2

if [[ -x scripts/ensure-chromium.sh ]]; then
  echo "==> Chromium for the browser tests"
  scripts/ensure-chromium.sh
fi

echo "==> test"
log=$(mktemp)
set +e
# The browser tests run after the rest, not beside them: Chromium and a third stack on 2 cores would starve the
# surge and fault tests' stacks. So do the infrastructure tests: they synthesize the app (four stacks, the pipeline's
# stages) and lint every template, minutes of both cores, which starved the 200-shopper surge test into timeouts.
dotnet test GitGoods.sln --no-build -c Debug --nologo \
  --filter "FullyQualifiedName!~GitGoods.Web.Tests&FullyQualifiedName!~GitGoods.Infrastructure.Tests" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "==> infrastructure tests (CDK assertions, cfn-lint over every synthesized template)"
dotnet test tests/GitGoods.Infrastructure.Tests --no-build -c Debug --nologo 2>&1 | tee -a "$log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
echo "==> browser tests (Playwright + Chromium against the local environment)"
dotnet test tests/GitGoods.Web.Tests --no-build -c Debug --nologo 2>&1 | tee -a "$log"
[[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
set -e
if [[ $web_status -ne 0 ]]; then status=1; fi

# dotnet test prints one line per test assembly: "Passed!  - Failed: 0, Passed: 16, Skipped: 0, Total: 16, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
# vitest's JSON report: numPassedTests, numFailedTests, numPendingTests (a missing report counts as one failure).
read -r web_passed web_failed web_skipped < <(node -e '
  try { const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests); }
  catch { console.log(0, 1, 0); }' "$web_report")
rm -f "$web_report"
echo "Web component tests (vitest): $web_passed passed, $web_failed failed, $web_skipped skipped"
passed=$((passed + web_passed)); failed=$((failed + web_failed)); skipped=$((skipped + web_skipped))
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi  # a crashed test host or a failed build counts as a failure
echo "Summary: $passed passed, $failed failed, $skipped skipped"
exit "$status"
