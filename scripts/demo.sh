#!/usr/bin/env bash
# The main job, as far as it is built today (the timer-triggered host comes with a later issue):
#  1. installs Azurite when missing, generates the demo data and starts Azurite on 127.0.0.1;
#  2. validates the seed catalog and plans its night (the Gantt chart);
#  3. backs up every service of infra/catalog/demo.yaml for real, in plan order, to the primary
#     blob container on Azurite (one service fails on purpose: its source is missing);
#  4. copies the snapshots to the secondary directory (3-2-1), verifies, restores one file, and
#     prints the repository statistics.
# Azurite keeps running afterwards (scripts/azurite.sh stop ends it). Re-running is safe: new
# snapshots deduplicate against the old ones.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
echo "== building backupctl"
dotnet build src/BackupOrchestrator.Cli -c Release -nologo -v quiet
ctl() { dotnet src/BackupOrchestrator.Cli/bin/Release/net10.0/backupctl.dll "$@"; }

scripts/demo-data.sh
scripts/azurite.sh start
export AzureWebJobsStorage="UseDevelopmentStorage=true"

echo; echo "== the seed catalog: validate, then plan a night"
ctl validate --catalog infra/catalog/homelab.yaml
ctl plan --catalog infra/catalog/homelab.yaml

catalog=infra/catalog/demo.yaml
key=demo-data/keys/demo.key
primary=blob:demo-primary
secondary=demo-data/backups/secondary
echo; echo "== the demo catalog: validate and plan"
ctl validate --catalog "$catalog"
ctl plan --catalog "$catalog"
[ -f "$key" ] || ctl key init --key "$key"

echo; echo "== backing up each demo service to $primary (Azurite)"
services=$(ctl plan --catalog "$catalog" --json | python3 -c '
import json, sys
plan = json.load(sys.stdin)
for b in sorted(plan["backups"], key=lambda b: b.get("start") or ""):
    print(b["service"])')
failed=()
for s in $services; do
  echo "-- $s"
  if ! ctl backup --repo "$primary" --key "$key" --catalog "$catalog" --service "$s" --tag demo; then
    failed+=("$s")
  fi
done

echo; echo "== 3-2-1: copy to the secondary directory $secondary"
ctl copy --repo "$primary" --key "$key" --to-repo "$secondary"
ctl snapshots --repo "$secondary" --key "$key"

echo; echo "== verify both targets"
ctl verify --repo "$primary" --key "$key"
ctl verify --repo "$secondary" --key "$key"

echo; echo "== restore one file of the documents service from the secondary copy"
rm -rf demo-data/restore/documents
ctl restore latest:documents --repo "$secondary" --key "$key" --to demo-data/restore/documents \
  --only "$(pwd)/demo-data/docs/00/note-000.md"
restored=$(find demo-data/restore/documents -type f -name note-000.md)
cmp "$restored" demo-data/docs/00/note-000.md && echo "restored $restored: identical to the original"
echo; ctl stats --repo "$primary" --key "$key"

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "demo night done; failed as expected: ${failed[*]} (see the error above)."
else
  echo "demo night done; every service backed up."
fi
echo "Azurite is still running on 127.0.0.1:10000-10002; stop it with: scripts/azurite.sh stop"
