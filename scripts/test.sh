#!/usr/bin/env bash
# Runs every test of the solution. Integration tests start their own Azurite from
# node_modules (installed here when missing), so nothing needs to be running first.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ]; then
  echo "== installing Azurite (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "== building"
# Warnings are errors in every project (Directory.Build.props) except NU1603, the registry serving a near version
# of a transitive package: those would fill the screen, so the build prints errors only.
dotnet build Functions.sln -c Release -nologo -v quiet -clp:ErrorsOnly

echo "== testing"
log=$(mktemp)
# A test that hangs fails the run after 5 minutes (with a dump) instead of stalling CI.
set +e
dotnet test Functions.sln -c Release --no-build -nologo --blame-hang-timeout 5m "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# dotnet test prints one summary line per test project; add them up into one closing line.
awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:")  f += $(i+1)
      if ($i == "Passed:")  p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$rc"
