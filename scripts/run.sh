#!/usr/bin/env bash
# Starts the whole Git Goods local stack at http://localhost:5080 (GITGOODS_URL to change it):
# DynamoDB Local (installed from npm on first run, data kept in .local/), the API, seed data.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for tool in dotnet node npm java; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done
exec dotnet run -c Release --project src/Functions/GitGoods.LocalStack -- "$@"
