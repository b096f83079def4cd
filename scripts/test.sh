#!/usr/bin/env bash
# Runs every test of Git Goods on a fresh machine with the .NET 10 SDK, Node.js 20+ and Java 17+.
# It installs what else the tests need (DynamoDB Local from npm, the AOT bootstrap build), then prints
# one summary line: "Summary: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

for tool in dotnet node npm java; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done

echo "==> build"
dotnet build GitGoods.sln -c Debug --nologo -v quiet -clp:ErrorsOnly

echo "==> publish the Native AOT bootstrap (artifacts/bootstrap/linux-x64)"
dotnet publish src/Functions/GitGoods.Bootstrap -c Release -r linux-x64 -o artifacts/bootstrap/linux-x64 --nologo -v quiet -clp:ErrorsOnly

echo "==> test"
log=$(mktemp)
set +e
dotnet test GitGoods.sln --no-build -c Debug --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one line per test assembly: "Passed!  - Failed: 0, Passed: 16, Skipped: 0, Total: 16, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi  # a crashed test host counts as a failure
echo "Summary: $passed passed, $failed failed, $skipped skipped"
exit "$status"
