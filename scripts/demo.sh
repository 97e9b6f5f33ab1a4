#!/usr/bin/env bash
# The main job: one backup night of infra/catalog/demo.yaml through the real Functions app on the local host,
# time-compressed, fired by the app's real timer triggers.
#
#   scripts/demo.sh          installs Azurite when missing (npm ci), generates the demo data, makes the key,
#                            starts Azurite (data in demo-data/azurite), builds the app, the host and backupctl,
#                            starts the host in the background (log: demo-data/logs/host.log), time-compressed
#                            (DEMO_COMPRESSION, default 300: a night hour is 12 s) with the window schedules set
#                            to the next seconds, prints each service's state as it changes (from
#                            GET /api/nights/tonight), then the snapshots, one restored file and where to look next.
#                            The host keeps running.
#   scripts/demo.sh stop     stops the demo's host and its Azurite
#   scripts/demo.sh status   says whether they run, with the status URL and key
#
# Re-running is safe: it stops the previous demo, and starts from empty storage (a new task hub, a new
# container of snapshots), so the night runs again. Environment: DEMO_PORT (default 7071), DEMO_LEAD (seconds
# from the host's start to the first window, default 30), DEMO_PROC=quiet (the resource gate reads a quiet
# machine's /proc written to demo-data/proc instead of the real one: for a box already busy with other work,
# where the real readings hold every backup until limits.max_duration skips it).
set -euo pipefail
cd "$(dirname "$0")/.."

root=$(pwd)
data=demo-data
azurite_data=$data/azurite
logs=$data/logs
hostpid=$data/host.pid
hostlog=$logs/host.log
hostid=backup-demo
port=${DEMO_PORT:-7071}
lead=${DEMO_LEAD:-30}
# Night seconds per real second. 300 packs the apps window's staggered releases (5 night minutes apart, 1 s
# here) closer than its backups take, so the limit of 3 and the dependency gate have something to hold.
compression=${DEMO_COMPRESSION:-300}
hour=$(( 3600 / compression ))
catalog=infra/catalog/demo.yaml
key=$data/keys/demo.key
# The catalog's primary target (targets.primary: blob, container demo-backups, UseDevelopmentStorage=true).
primary=blob:demo-backups
app=src/BackupOrchestrator.Functions/bin/Release/net10.0
host=src/BackupOrchestrator.Host/bin/Release/net10.0/functions-host.dll
ctl() { AzureWebJobsStorage=UseDevelopmentStorage=true dotnet src/BackupOrchestrator.Cli/bin/Release/net10.0/backupctl.dll "$@"; }
base=http://127.0.0.1:$port/api

host_running() { [ -f "$hostpid" ] && kill -0 "$(cat "$hostpid")" 2>/dev/null; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_host() {
  if host_running; then
    local pid; pid=$(cat "$hostpid")
    echo "stopping the demo host (pid $pid)"
    kill -TERM "$pid"
    # The host lets running activities finish within its grace period (30 s), then exits.
    for _ in $(seq 1 45); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo "the host did not stop in 45 s; killing it"; kill -KILL "$pid"; }
  fi
  rm -f "$hostpid"
}

case "${1:-start}" in
  stop)
    stop_host
    scripts/azurite.sh stop --data "$azurite_data" || true
    exit 0 ;;
  status)
    if host_running; then
      echo "demo host running (pid $(cat "$hostpid")), log $hostlog"
      echo "status: curl -H \"x-functions-key: $(python3 scripts/demo.py key "$hostid")\" $base/nights/tonight"
    else
      echo "demo host not running"
    fi
    scripts/azurite.sh status --data "$azurite_data" || true
    exit 0 ;;
  start) ;;
  *) echo "usage: scripts/demo.sh [start|stop|status]" >&2; exit 2 ;;
esac

[ -x node_modules/.bin/azurite ] || { echo "== installing Azurite (npm ci)"; npm ci --no-audit --no-fund; }

echo "== stopping a previous demo, if any"
stop_host
scripts/azurite.sh stop --data "$azurite_data" >/dev/null 2>&1 || true
if listening 10000 || listening "$port"; then
  echo "demo.sh: 127.0.0.1:10000 (Azurite) or :$port (the host) is in use by something else; stop it first" >&2
  echo "         (scripts/azurite.sh stop, scripts/demo.sh stop) or pick another port with DEMO_PORT." >&2
  exit 1
fi

scripts/demo-data.sh
# A fresh night each run: empty storage (task hub, keys, timers, the primary container), logs, the secondary copy.
rm -rf "$azurite_data" "$logs" "$data/backups/secondary" "$data/restore"
mkdir -p "$logs" "$data/backups/secondary" "$data/restore"

echo "== building the Functions app, the local host and backupctl (Release)"
for project in src/BackupOrchestrator.Functions src/BackupOrchestrator.Host src/BackupOrchestrator.Cli; do
  dotnet build "$project" -c Release -nologo -v quiet > "$data/build.log" 2>&1 || { grep -v NU1603 "$data/build.log" >&2; exit 1; }
done

[ -f "$key" ] || ctl key init --key "$key"
echo "== validating $catalog"
ctl validate --catalog "$catalog"

scripts/azurite.sh start --data "$azurite_data"

# The catalog's windows (critical 01:00, apps 02:00) on the app's real timers: window 1 fires $lead s from now,
# window 2 one compressed night hour ($hour s) later. Cron in UTC (WEBSITE_TIME_ZONE); the unused slots 3-7 fire once a year.
cron_at() { date -u -d "@$1" '+%-S %-M %-H * * *'; }
proc=/proc
if [ "${DEMO_PROC:-}" = quiet ]; then
  proc=$root/$data/proc
  mkdir -p "$proc/pressure"
  echo "cpu  1000 0 1000 100000 0 0 0 0 0 0" > "$proc/stat"
  printf 'MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n' > "$proc/meminfo"
  echo "some avg10=0.00 avg60=0.00 avg300=0.00 total=0" > "$proc/pressure/io"
  echo "== DEMO_PROC=quiet: the resource gate reads a quiet machine from $proc, not this machine's /proc"
fi
first=$(( $(date -u +%s) + lead ))
echo "== starting the local host on the app (port $port, log $hostlog)"
echo "   window 1 (critical) at $(date -u -d "@$first" +%T) UTC, window 2 (apps) at $(date -u -d "@$((first + hour))" +%T) UTC; time compressed ${compression}x (1 night hour = $hour s)"
env AzureWebJobsStorage=UseDevelopmentStorage=true \
  FUNCTIONS_WORKER_RUNTIME=dotnet-isolated \
  AzureFunctionsWebHost__hostid=$hostid \
  WEBSITE_TIME_ZONE=UTC \
  Backup__Catalog="$root/$catalog" \
  Backup__KeyFile="$root/$key" \
  Backup__LogDirectory="$root/$logs" \
  Backup__TimeCompression="$compression" \
  Backup__ProcRoot="$proc" \
  Backup__ResourceRecheck=00:05:00 \
  Backup__SlotReclaimInterval=00:00:10 \
  Backup__ProgressInterval=00:00:02 \
  Backup__RetryFirstInterval=00:00:02 \
  BackupWindow1Schedule="$(cron_at "$first")" \
  BackupWindow2Schedule="$(cron_at $((first + hour)))" \
  BackupWindow3Schedule="0 0 0 1 1 *" BackupWindow4Schedule="0 0 0 1 1 *" BackupWindow5Schedule="0 0 0 1 1 *" \
  BackupWindow6Schedule="0 0 0 1 1 *" BackupWindow7Schedule="0 0 0 1 1 *" \
  BackupIntegritySchedule="0 0 0 1 1 *" \
  setsid dotnet "$host" --script-root "$app" --port "$port" >"$hostlog" 2>&1 < /dev/null &
echo $! > "$hostpid"

for _ in $(seq 1 120); do
  curl -sf "$base/health" >/dev/null 2>&1 && break
  host_running || { echo "demo.sh: the host exited; the end of $hostlog:" >&2; tail -20 "$hostlog" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/health" >/dev/null || { echo "demo.sh: the host did not answer in 60 s; see $hostlog" >&2; exit 1; }
if [ "$(date -u +%s)" -ge "$first" ]; then
  echo "demo.sh: the host took longer than $lead s to start, so window 1's time went by; run again with DEMO_LEAD=$((lead * 2))." >&2
  exit 1
fi
grep -E "Window[12]:" "$hostlog" | sed 's/^/   /' || true
fkey=$(python3 scripts/demo.py key "$hostid")
started=$(date +%s)
echo
echo "== the night, as GET $base/nights/tonight reports it (states change as they happen)"
python3 scripts/demo.py watch "$base/nights/tonight" "$fkey" 300 || true
took=$(( $(date +%s) - started ))

echo
echo "== the hooks of webapp ran (from $logs/webapp_backup.log)"
grep -i "maintenance mode" "$logs/webapp_backup.log" | sed 's/^/   /' || echo "   (no hook lines: see $logs/webapp_backup.log)"

echo
echo "== snapshots in the catalog's primary target ($primary on Azurite)"
ctl snapshots --repo "$primary" --key "$key" || true

echo
echo "== restore one file of documents (it lands in $data/restore/ under its own name)"
rm -rf "$data/restore/documents"
if ctl restore latest:documents --repo "$primary" --key "$key" --to "$data/restore" --only demo-data/docs/00/note-000.md; then
  cmp "$data/restore/note-000.md" demo-data/docs/00/note-000.md && echo "   $data/restore/note-000.md: identical to demo-data/docs/00/note-000.md"
fi

cat <<EOF

== the night took ${took} s after the host started. Where to look next:
   monitor:  $base/monitor/  (paste the function key when it asks)
   status:   curl -H "x-functions-key: $fkey" $base/nights/tonight
   one run:  curl -H "x-functions-key: $fkey" $base/nights/tonight/services/mail-archive
   retry:    curl -X POST -H "x-functions-key: $fkey" $base/nights/tonight/services/mail-archive/retry
   logs:     $logs/ (orchestrator.log, {service}_backup.log, resource_monitor.log; the host's console in host.log)
   backupctl (dotnet src/BackupOrchestrator.Cli/bin/Release/net10.0/backupctl.dll, AzureWebJobsStorage=UseDevelopmentStorage=true):
             snapshots --repo $primary --key $key
             restore latest:webapp --repo $primary --key $key --to /tmp/webapp
   The key is the host's default function key (blob azure-webjobs-secrets/$hostid/host.json).
   The host keeps running (pid $(cat "$hostpid")); stop it and Azurite with: scripts/demo.sh stop
EOF
