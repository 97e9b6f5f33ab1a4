#!/usr/bin/env bash
# A whole night of a catalog (default infra/catalog/homelab.yaml, 37 services in 7 windows) with simulated backups,
# through the real local host on the app's build and a real Azurite, against the planner (one run):
#
#   flock /tmp/bench.lock bench/night.sh                       # 60x: the 01:00-07:00 night in about 8 minutes
#   flock /tmp/bench.lock bench/night.sh --compression 120     # faster; --catalog PATH, --lead SECONDS, --keep
#
# Each service keeps its tier, offset, schedule, dependencies and expected size (the plan is the same), and backs
# up one small real file after a pre hook `sleep` of its planned duration / compression. The resource gate reads a
# quiet machine's /proc (the planner assumes an idle machine). Prints the makespan against the planner's makespan
# and lower bound, each backup's start against its planned start, the engine's overhead per backup, the latency from
# a gate opening or a slot freeing to the next backup running, and the host's CPU and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/azurite ] || { echo "missing Azurite: npm ci" >&2; exit 2; }
echo "== building (Release)" >&2
dotnet build src/BackupOrchestrator.Host -c Release -nologo -v quiet >/dev/null
dotnet build src/BackupOrchestrator.Functions -c Release -nologo -v quiet >/dev/null
dotnet build bench/BackupOrchestrator.Night.Bench -c Release -nologo -v quiet >/dev/null
exec dotnet bench/BackupOrchestrator.Night.Bench/bin/Release/net10.0/BackupOrchestrator.Night.Bench.dll "$@"
