#!/usr/bin/env bash
# Builds a Functions app and the local host, then runs the app's build on the host the way Core Tools would locally
# (docs/host.md). Flags after the options go to the host: --port, --functions, --cors, --verbose.
#
#   scripts/host.sh                                  # the backup app (src/BackupOrchestrator.Functions)
#   scripts/host.sh --project tests/SampleFunctionsApp --port 7072 --verbose
#
# local.settings.json: created from local.settings.sample.json beside the project when missing (it is gitignored).
# Storage: with UseDevelopmentStorage=true the host starts Azurite from node_modules when none answers on 10000.
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/BackupOrchestrator.Functions
configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --project) project=${2%/}; shift 2 ;;
    --debug) configuration=Debug; shift ;;
    *) break ;;
  esac
done

csproj=$(ls "$project"/*.csproj 2>/dev/null | head -1)
[ -n "$csproj" ] || { echo "host.sh: no .csproj in $project" >&2; exit 2; }
if [ ! -f "$project/local.settings.json" ] && [ -f "$project/local.settings.sample.json" ]; then
  cp "$project/local.settings.sample.json" "$project/local.settings.json"
  echo "== created $project/local.settings.json from local.settings.sample.json"
fi

echo "== building $csproj and the host ($configuration)"
dotnet build "$csproj" -c "$configuration" -nologo -v quiet
dotnet build src/BackupOrchestrator.Host/BackupOrchestrator.Host.csproj -c "$configuration" -nologo -v quiet

out=$(dirname "$csproj")/bin/$configuration/net10.0
exec dotnet "src/BackupOrchestrator.Host/bin/$configuration/net10.0/functions-host.dll" --script-root "$out" "$@"
