#!/usr/bin/env bash
# The main job, as far as it is built: validate and plan the seed catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
dotnet build src/BackupOrchestrator.Cli -c Release -nologo -v quiet
ctl="dotnet src/BackupOrchestrator.Cli/bin/Release/net10.0/backupctl.dll"
$ctl validate --catalog infra/catalog/homelab.yaml || true
$ctl plan --catalog infra/catalog/homelab.yaml
