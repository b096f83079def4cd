#!/usr/bin/env bash
# Starts the whole Git Goods local environment at http://localhost:5080 (GITGOODS_URL to change it):
# DynamoDB Local and fauxqs (SQS) (installed from npm on first run, data kept in .local/), the API, the order
# workflow, identity, seed data, and the web app (built from src/Web and served at /).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for tool in dotnet node npm java; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done
dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly
# The SPA (src/Web), rebuilt on every start so the stack never serves a stale build (about 10 s); it serves src/Web/dist at /.
if [[ ! -d src/Web/node_modules || src/Web/package-lock.json -nt src/Web/node_modules ]]; then
  npm --prefix src/Web ci --no-audit --no-fund --loglevel=error
fi
npm --prefix src/Web run build --silent
# exec the built app itself (not `dotnet run`), so Ctrl-C and SIGTERM reach it directly and it stops its children.
exec dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll "$@"
