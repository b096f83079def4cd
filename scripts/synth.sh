#!/usr/bin/env bash
# Synthesizes the Git Goods CDK app to cdk.out/ without an AWS account.
#   1. publishes the Native AOT bootstrap that every function runs (linux-x64);
#   2. builds the web app (src/Web → src/Web/dist) when it is not built yet;
#   3. runs the CDK app the way the CLI would.
# Modes (SYNTH_MODE):
#   cli    (default) `npx aws-cdk@2.1149.0 synth` (the CLI from the npm registry; needs no AWS credentials);
#   direct runs the app itself with CDK_OUTDIR and CDK_CONTEXT_JSON (cdk.json's context), no CLI, no npm.
# Set SKIP_PUBLISH=1 to reuse an existing artifacts/bootstrap/linux-x64/bootstrap.
# Context values go after the script, as for the CLI: scripts/synth.sh -c dax=true -c daxNodeType=dax.r5.large
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
mode="${SYNTH_MODE:-cli}"
# The CLI is versioned apart from Amazon.CDK.Lib (2.1xxx.x). Lib 2.277.0 writes cloud-assembly schema 55 with
# minimumCliVersion 2.1148.2 in manifest.json; 2.1149.0 is the first served CLI at or above that (decision 0014).
cdk_version="2.1149.0"

if [[ "${SKIP_PUBLISH:-0}" != "1" ]]; then
  echo "==> Publishing the Native AOT bootstrap (linux-x64)"
  dotnet publish src/Functions/GitGoods.Bootstrap -c Release -r linux-x64 -o artifacts/bootstrap/linux-x64
fi

# The site's files (CDK context webAssets, default src/Web/dist): the app refuses to synthesize without index.html.
if [[ -f src/Web/package.json && ! -f src/Web/dist/index.html ]]; then
  echo "==> Building the web app (src/Web)"
  npm --prefix src/Web ci --no-audit --no-fund
  npm --prefix src/Web run build
fi

rm -rf cdk.out
case "$mode" in
  cli)
    echo "==> cdk synth (aws-cdk@${cdk_version} via npx)"
    npx --yes "aws-cdk@${cdk_version}" synth --no-notices --quiet --output cdk.out "$@"
    ;;
  direct)
    echo "==> Running the CDK app directly (no CLI)"
    # cdk.json's context plus the -c key=value pairs given to this script, the way the CLI hands it to an app.
    context_json="$(node -e '
      const context = require("./cdk.json").context;
      const args = process.argv.slice(1);
      for (let i = 0; i < args.length; i++) {
        const pair = (args[i] === "-c" || args[i] === "--context") ? args[++i] : undefined;
        if (pair === undefined || !pair.includes("=")) { console.error("only -c key=value is understood here, not " + args[i]); process.exit(2); }
        context[pair.slice(0, pair.indexOf("="))] = pair.slice(pair.indexOf("=") + 1);
      }
      process.stdout.write(JSON.stringify(context));' -- "$@")"
    CDK_OUTDIR=cdk.out CDK_CONTEXT_JSON="$context_json" \
      dotnet run --project src/Infrastructure/GitGoods.Infrastructure
    ;;
  *)
    echo "SYNTH_MODE must be 'cli' or 'direct', not '$mode'" >&2
    exit 2
    ;;
esac

echo "==> Templates in cdk.out:"
ls -1 cdk.out/*.template.json
