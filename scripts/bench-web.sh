#!/usr/bin/env bash
# Home-page load figures for docs/benchmarks.md: cold and warm loads of "/" in headless Chromium until the first product
# card is visible, on a desktop (no throttling) and on a throttled phone (360×740 @3x, 4× CPU, Slow 4G), the phone both
# compressed (as CloudFront serves; warm loads too) and uncompressed (as the local environment serves), each next to floors from the same run with
# the same throttling: a trivial floor.html from the same stack, and GET /api/products?limit=24 fetched from the page.
# Needs the built SPA (npm --prefix src/Web ci && npm --prefix src/Web run build) and Chromium (scripts/ensure-chromium.sh;
# GITGOODS_CHROMIUM to use another).
# Its stack (LocalEnvironmentHost) runs with --rate-limit-permits 0: no stand-in for the WAF rate rule, which these runs
# from one address would trip.
# Usage: scripts/bench-web.sh [runs per target, default 12, about 3 minutes on 2 busy cores: one run = each target once, ~15 s]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-12}
dotnet build tests/GitGoods.Benchmarks.Web -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet tests/GitGoods.Benchmarks.Web/bin/Release/net10.0/GitGoods.Benchmarks.Web.dll "$runs"
