#!/usr/bin/env bash
# Prints every CloudWatch alarm of the synthesized Git Goods app (main, edge and nested stacks) as a table: metric or
# expression, statistic, condition, window (period x evaluation periods) and actions, then the composite alarms and
# their rules. No AWS account needed: it synthesizes first with SYNTH_MODE=direct (scripts/synth.sh).
#   SKIP_PUBLISH=1  reuse artifacts/bootstrap/linux-x64/bootstrap instead of publishing it again
#   SKIP_SYNTH=1    print the existing cdk.out without synthesizing
# Context values go after the script, as for synth.sh: scripts/slo-alarms.sh -c slackWorkspaceId=T... -c slackChannelId=C...
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${SKIP_SYNTH:-0}" != "1" ]]; then
  # The synth's own output goes to stderr so that stdout is the table alone.
  SYNTH_MODE=direct ./scripts/synth.sh "$@" >&2
fi

python3 scripts/slo-alarms.py cdk.out
