#!/usr/bin/env bash
# Gives every product of a shop table whose platform is an alias or another spelling of a managed platform ("Switch",
# "PS5", "nintendo switch") the managed name, moving the platform counts in the same transaction, and lists the products
# whose platform maps to no managed name (they are left as they are). Nothing is deleted; running it again changes
# nothing. Exit code 0 when every product has a managed platform, 1 when some were reported. Decision 0033.
#   scripts/migrate-platforms.sh --table-name <shop table> --region ap-southeast-1 --dry-run   # AWS, SDK credentials: report only
#   scripts/migrate-platforms.sh --table-name <shop table> --region ap-southeast-1             # AWS: rewrite
#   scripts/migrate-platforms.sh --table-name GitGoods --dynamodb-endpoint "$(cat .local/dynamodb-local.endpoint)"  # the local stack
# --platforms "A,B" gives the managed list (default: SHOP_PLATFORMS, else the built-in list: pass the list the stack was
# deployed with, cdk.json's "platforms"); --alias "Old=New" (repeatable) adds a mapping of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v dotnet >/dev/null || { echo "missing prerequisite: dotnet (see README.md)" >&2; exit 2; }
dotnet build src/Functions/GitGoods.LocalEnvironment -c Release --nologo -v quiet -clp:ErrorsOnly >&2
exec dotnet src/Functions/GitGoods.LocalEnvironment/bin/Release/net10.0/GitGoods.LocalEnvironment.dll migrate-platforms "$@"
