#!/usr/bin/env bash
# Replays the sample CodePipeline events (samples/codepipeline) through the delivery-metrics function (RecordPipelineEvent,
# through its Lambda entry point) and a week of sample orders through the lake's sales writers (ExportOrderLines,
# ExportSalesDaily) into a lake folder, then prints every named query's answer from DuckDB: the delivery metrics first,
# then the sales queries. Needs only the .NET SDK; no running stack. See docs/analytics.md and docs/delivery-metrics.md.
#   scripts/analytics-replay.sh                  # into a new temporary folder, removed afterwards
#   scripts/analytics-replay.sh --lake <folder>  # into <folder>, kept (query it again with DuckDB)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v dotnet >/dev/null || { echo "missing prerequisite: dotnet (see README.md)" >&2; exit 2; }
dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll analytics-replay "$@"
