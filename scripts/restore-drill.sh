#!/usr/bin/env bash
# Rehearses a restore of the local stack's tables (the shop table and the idempotency table) on its DynamoDB Local:
# exports each table to DynamoDB JSON lines (one item per line, as a DynamoDB export to S3), creates a new table of the
# same shape (<name>-restored-<UTC time>: key schema, indexes, TTL), imports the export (BatchWriteItem), verifies item
# counts and an order-independent SHA-256 of every item, prints each phase's time and the total, and deletes the
# restored tables. Exits non-zero when a restored table differs from its source. Works with or without the stack
# running: without it, it starts DynamoDB Local on the stack's data folder (.local/dynamodb-data) and stops it after.
# See docs/runbooks/restore.md.
#   scripts/restore-drill.sh                       # drill, then delete the restored tables and the export
#   scripts/restore-drill.sh --keep                # keep the restored tables
#   scripts/restore-drill.sh --export-dir <folder> # write (and keep) the export files there
# The stack's own settings apply too: --state-dir, --dynamodb-endpoint, --table-name (or GITGOODS_* variables).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for tool in dotnet java; do
  command -v "$tool" >/dev/null || { echo "missing prerequisite: $tool (see README.md)" >&2; exit 2; }
done
dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll restore-drill "$@"
