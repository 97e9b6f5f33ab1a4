#!/usr/bin/env bash
# The monitor page's weight and speed in Debian's Chromium against the real host on its own Azurite
# (BackupOrchestrator.Monitor.Bench): bytes on first load, time to the Gantt drawn with homelab.yaml's 37 services,
# time to the orchestration list with 1,000 instances; each beside the bare fetch of the same JSON in the same run.
#
#   flock /tmp/bench.lock bench/monitor.sh       # REPS=5, INSTANCES=1000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/chromium ] || { echo "missing Chromium: apt-get install -y chromium" >&2; exit 2; }
[ -x node_modules/.bin/azurite ] || { echo "missing Azurite: npm ci" >&2; exit 2; }
echo "== building (Release)"
dotnet build bench/BackupOrchestrator.Monitor.Bench -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
exec dotnet bench/BackupOrchestrator.Monitor.Bench/bin/Release/net10.0/BackupOrchestrator.Monitor.Bench.dll
