#!/usr/bin/env bash
# Starts, stops or reports a local Azurite (npm azurite 3.37.0 from node_modules) on loopback only.
#
#   scripts/azurite.sh start [--data DIR] [--ports BLOB,QUEUE,TABLE] [--skip-api-version-check] [--in-memory]
#   scripts/azurite.sh stop   [--data DIR]
#   scripts/azurite.sh status [--data DIR]
#
# Data lives in .azurite/ (gitignored) unless --data says otherwise; the pid and log sit beside it.
# Default ports 10000,10001,10002 match UseDevelopmentStorage=true. --skip-api-version-check lets
# clients send an x-ms-version newer than Azurite knows (only the benchmark needs that). --in-memory keeps blobs,
# queues and tables in Azurite's memory (DIR then holds only the pid and log).
set -euo pipefail
cd "$(dirname "$0")/.."

cmd=${1:-}
[ $# -gt 0 ] && shift
data=.azurite
ports=10000,10001,10002
extra=()
memory=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --ports) ports=$2; shift 2 ;;
    --skip-api-version-check) extra+=(--skipApiVersionCheck); shift ;;
    --in-memory) memory=1; shift ;;
    *) echo "azurite.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done
IFS=, read -r blob queue table <<<"$ports"
pidfile="$data/azurite.pid"
logfile="$data/azurite.log"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$cmd" in
  start)
    if running; then
      echo "azurite already running (pid $(cat "$pidfile"), data $data)"; exit 0
    fi
    bin=node_modules/.bin/azurite
    if [ ! -x "$bin" ]; then
      echo "azurite.sh: $bin not found; run 'npm ci' in the repository root first." >&2; exit 1
    fi
    for p in "$blob" "$queue" "$table"; do
      if listening "$p"; then
        echo "azurite.sh: port 127.0.0.1:$p is already in use; pick others with --ports B,Q,T." >&2; exit 1
      fi
    done
    mkdir -p "$data"
    if [ "$memory" = 1 ]; then store=(--inMemoryPersistence); else store=(--location "$data"); fi
    setsid "$bin" --silent --loose "${store[@]}" \
      --blobHost 127.0.0.1 --blobPort "$blob" \
      --queueHost 127.0.0.1 --queuePort "$queue" \
      --tableHost 127.0.0.1 --tablePort "$table" "${extra[@]}" >"$logfile" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 300); do
      if listening "$blob" && listening "$queue" && listening "$table"; then
        echo "azurite running (pid $(cat "$pidfile"), data $data, ports $blob,$queue,$table)"
        exit 0
      fi
      if ! running; then
        echo "azurite.sh: azurite exited; log:" >&2; cat "$logfile" >&2; rm -f "$pidfile"; exit 1
      fi
      sleep 0.1
    done
    echo "azurite.sh: azurite did not listen within 30 s; log: $logfile" >&2; exit 1
    ;;
  stop)
    if running; then
      pid=$(cat "$pidfile")
      # setsid made it a process-group leader: stop the group (azurite and any children it started).
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$pid" 2>/dev/null || true
      echo "azurite stopped (pid $pid)"
    else
      echo "azurite not running (data $data)"
    fi
    rm -f "$pidfile"
    ;;
  status)
    if running; then echo "azurite running (pid $(cat "$pidfile"), data $data)"; else echo "azurite not running (data $data)"; exit 3; fi
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
