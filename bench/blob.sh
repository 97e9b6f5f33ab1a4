#!/usr/bin/env bash
# The blob target on one Azurite, in one run, rounds interleaved:
#   1. a first backup to the blob target against plain parallel block uploads of the same bytes with the same SDK
#      and client options (4 MiB blocks, 16 in flight, Content-MD5 on each; BackupOrchestrator.Blob.Bench);
#   2. a full restore from the blob target against a full restore of the same data from a directory target.
#
#   flock /tmp/bench.lock bench/blob.sh            # REPS=3 by default: ~3 min on a quiet 2-core box, ~10 at load 20
#   REPS=5 STEPS=backup bench/blob.sh              # the first-backup pair only: ~20 s a round on a quiet box
#   CHECKSUMS="md5 none crc64" bench/blob.sh       # also the target's upload path alone with each checksum
#   PIN=1 REPS=5 STEPS=backup bench/blob.sh        # Azurite on a core of its own, the clients on the rest
#
# Each step's row gives wall seconds, the CPU seconds of the process and of Azurite (a node process on the same
# cores, so its work is part of both sides' time), and the requests Azurite logged by kind. The backup pair runs
# in alternating order; the summary gives every round, the medians with min-max, the ratio of the medians and
# the median of the per-round ratios, and the load. Both sides run with the same runtime settings (published ReadyToRun, tiered compilation off).
#
# Data: ~690 MB of incompressible files of 1..150 MB (both sides send the same number of bytes), made once in
# $BENCH_ROOT (default /tmp/blob-bench). Azurite runs blob-only from node_modules with its API version check
# on: our clients send the pinned x-ms-version (BlobConnection.ServiceVersion).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${BENCH_ROOT:-/tmp/blob-bench}
REPS=${REPS:-3}
DATA=$ROOT/data
mkdir -p "$ROOT"
command -v /usr/bin/time >/dev/null || { echo "missing /usr/bin/time: apt-get install -y time" >&2; exit 2; }
[ -x node_modules/.bin/azurite-blob ] || { echo "missing Azurite: npm ci" >&2; exit 2; }

. bench/lib.sh
cpu_line
build_release
# The peer is published the way backupctl is (precompiled, tiered compilation off): both sides pay the same JIT.
dotnet publish bench/BackupOrchestrator.Blob.Bench -c Release -o bench/out/blob-peer -nologo -v quiet >/dev/null
PEER="dotnet bench/out/blob-peer/BackupOrchestrator.Blob.Bench.dll"

if [ ! -f "$DATA/.complete" ]; then
  echo "== generating $DATA"
  rm -rf "$DATA" && mkdir -p "$DATA"
  i=0
  for mb in 1 2 4 8 16 32 64 128 1 2 4 8 16 32 64 128 150; do
    head -c $((mb * 1024 * 1024)) /dev/urandom > "$DATA/blob-$i.bin"; i=$((i + 1))
  done
  touch "$DATA/.complete"
fi
BYTES=$(find "$DATA" -type f -name '*.bin' -printf '%s\n' | awk '{ s += $1 } END { print s }')
cat "$DATA"/*.bin > /dev/null   # warm the page cache for every side alike

# PIN=1: Azurite on the last core, every client on the others, as when the storage has CPUs of its own (a
# storage account always does). Unpinned (the default), the clients' CPU and the emulator's share both cores.
SERVER_CPUS= CLIENT_CPUS=
if [ "${PIN:-0}" = 1 ]; then
  last=$(($(nproc) - 1))
  [ "$last" -ge 1 ] || { echo "PIN=1 needs two cores or more" >&2; exit 2; }
  SERVER_CPUS="taskset -c $last" CLIENT_CPUS="taskset -c 0-$((last - 1))"
fi
port=$((20000 + RANDOM % 20000))
rm -rf "$ROOT/azurite" && mkdir -p "$ROOT/azurite"
# Not --silent: its access log (one line per request) tells what each step asked of it. Telemetry off: it
# would try to reach the internet from inside the measured steps.
$SERVER_CPUS node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$ROOT/azurite" --disableTelemetry > "$ROOT/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill $azurite_pid 2>/dev/null || true; rm -rf "$ROOT/azurite"' EXIT
for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.2; done
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

RESULTS=$ROOT/results.tsv
: > "$RESULTS"
# Azurite's CPU seconds so far (user + system, from /proc): it shares the cores with the side being measured,
# so each step's row carries what it cost Azurite as well as what it cost the process.
azurite_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$azurite_pid/stat"; }
measure() { # rep side step command...  -> appends "rep side step seconds maxrss_kb load1 cpu azurite_cpu requests"
  local rep=$1 side=$2 step=$3; shift 3
  local log=$ROOT/time.log load a0 a1 l0
  sync
  load=$(cut -d' ' -f1 /proc/loadavg)
  a0=$(azurite_cpu); l0=$(wc -l < "$ROOT/azurite.log")
  BACKUPCTL_STATS=1 $CLIENT_CPUS /usr/bin/time -v -o "$log" "$@" > "$ROOT/$side-$step-$rep.out" 2> "$ROOT/$side-$step-$rep.err" || { echo "$side $step failed:"; tail -5 "$ROOT/$side-$step-$rep.err"; exit 1; }
  sleep 0.3  # the access log's last lines
  a1=$(azurite_cpu)
  local secs rss cpu requests
  secs=$(time_secs "$log"); rss=$(time_rss_kb "$log"); cpu=$(time_cpu_secs "$log")
  # Requests by kind, from the access log lines this step added: "PUT 90 GET 3 HEAD 1 ..."
  requests=$(tail -n +$((l0 + 1)) "$ROOT/azurite.log" | { grep -oE '"(GET|PUT|HEAD|DELETE|POST) [^ ]*' |
    awk '{ m = substr($1, 2); q = $2; k = m; if (q ~ /comp=blocklist/) k = "PUT-blocklist"; else if (q ~ /comp=block/) k = "PUT-block"; else if (q ~ /comp=list/) k = "LIST"; else if (q ~ /restype=container/) k = m "-container"; n[k]++ }
         END { for (k in n) printf "%s=%d ", k, n[k] }'; } || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$side" "$step" "$secs" "$rss" "$load" "$cpu" "$(echo "$a1 - $a0" | bc)" "${requests% }" >> "$RESULTS"
  printf '   %-6s %-8s %7.2f s  cpu %6.2f s  azurite cpu %6.2f s  %4d MB RSS  load %-5s  %s\n' "$side" "$step" "$secs" "$cpu" "$(echo "$a1 - $a0" | bc)" $((rss / 1024)) "$load" "${requests% }"
}

# STEPS=backup: only the first-backup pair (the figure with a target), about 20 s a round on a quiet box.
STEPS=${STEPS:-all}
echo "== $BYTES bytes in $(find "$DATA" -name '*.bin' | wc -l) files; $REPS round(s) ($STEPS); Azurite on 127.0.0.1:$port; $(nproc) cores${SERVER_CPUS:+; Azurite pinned to core $last, the clients to the others}"
for rep in $(seq 1 "$REPS"); do
  echo "== round $rep; $(cpu_line)"
  key=$ROOT/key-$rep.json dir=$ROOT/repo-dir-$rep
  rm -f "$key"; rm -rf "$dir" "$ROOT/out-blob" "$ROOT/out-dir"
  $BACKUPCTL key init --key "$key" > /dev/null
  # The pair runs in alternating order (plain first in odd rounds, ours first in even ones): Azurite's store
  # grows through the run, and neither side should always meet the fuller one.
  plain() { measure "$rep" plain backup $PEER plain-upload "$CONN" "plain$rep" "$DATA" md5; }
  ours() { measure "$rep" blob backup $BACKUPCTL backup -r "blob:ours$rep" --connection "$CONN" -k "$key" -s bench --path "$DATA" --profile; }
  if [ $((rep % 2)) -eq 1 ]; then plain; ours; else ours; plain; fi
  if [ "$STEPS" = all ]; then
    measure "$rep" dir backup $BACKUPCTL backup -r "$dir" -k "$key" -s bench --path "$DATA"
    measure "$rep" blob restore $BACKUPCTL restore latest -r "blob:ours$rep" --connection "$CONN" -k "$key" --to "$ROOT/out-blob"
    measure "$rep" dir restore $BACKUPCTL restore latest -r "$dir" -k "$key" --to "$ROOT/out-dir"
    diff -rq "$ROOT/out-blob$DATA" "$DATA" > /dev/null || { echo "blob restore differs from the source"; exit 1; }
  fi
  rm -rf "$dir" "$ROOT/out-blob" "$ROOT/out-dir"
  for checksum in ${CHECKSUMS:-}; do
    # A checksum the emulator cannot take fails this step only (SDK 12.30 sends CRC64 as a structured
    # message body, which Azurite 3.37 does not acknowledge, and the SDK then refuses the upload).
    ( measure "$rep" "t-$checksum" upload $PEER target-upload "$CONN" "tgt$checksum$rep" "$DATA" "$checksum" ) || true
  done
done
kill $azurite_pid 2>/dev/null || true

python3 - "$RESULTS" "$BYTES" "$(cpu_line)" <<'PY'
import sys, statistics, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
nbytes = int(sys.argv[2])
runs = collections.defaultdict(dict)   # (side, step) -> rep -> row
for rep, side, step, secs, rss, load, cpu, acpu, reqs in rows:
    runs[(side, step)][rep] = dict(secs=float(secs), load=float(load), cpu=float(cpu), acpu=float(acpu), reqs=reqs)
med = lambda k, f='secs': statistics.median(r[f] for r in runs[k].values())
def cell(k):
    xs = [r['secs'] for r in runs[k].values()]
    spread = f" ({min(xs):.2f}-{max(xs):.2f})" if len(xs) > 1 else ""
    return f"{med(k):.2f} s{spread}, {nbytes / med(k) / 1e6:.0f} MB/s"
def cpus(k):
    return f"{med(k, 'cpu'):.1f} + {med(k, 'acpu'):.1f}"
def ratio(peer, ours):
    reps = [r for r in runs[ours] if r in runs[peer]]
    per = [runs[peer][r]['secs'] / runs[ours][r]['secs'] * 100 for r in reps]
    spread = f"; per round {', '.join(f'{p:.0f}%' for p in per)}; median of rounds {statistics.median(per):.0f}%, min {min(per):.0f}%, max {max(per):.0f}%" if len(per) > 1 else ""
    return f"**{med(peer) / med(ours) * 100:.0f}%** of medians{spread}"
loads = [r['load'] for k in runs for r in runs[k].values()]
print(f"\n{sys.argv[3]} (at the end)")
print(f"{nbytes / 1e6:.0f} MB; medians (min-max) of {len(runs[('blob', 'backup')])} rounds; load (1 min) at the steps' starts {min(loads):.1f}-{max(loads):.1f}")
print("\nPer round (wall s; load at the start; CPU s of the process + of Azurite):")
for k in sorted(runs):
    print(f"  {k[0]:>6} {k[1]:<8} " + "  ".join(f"r{rep}: {r['secs']:.2f} s (load {r['load']:.1f}; cpu {r['cpu']:.1f} + {r['acpu']:.1f})" for rep, r in sorted(runs[k].items())))
print("\n| step | ours | peer | ours/peer | CPU s, process + Azurite (ours; peer) | target |")
print("|---|---|---|---|---|---|")
print(f"| first backup to blob vs plain block uploads | {cell(('blob','backup'))} | {cell(('plain','backup'))} | {ratio(('plain','backup'), ('blob','backup'))} | {cpus(('blob','backup'))}; {cpus(('plain','backup'))} | >= 90% |")
if ('blob', 'restore') in runs:
    print(f"| full restore from blob vs from directory | {cell(('blob','restore'))} | {cell(('dir','restore'))} | {ratio(('dir','restore'), ('blob','restore'))} | {cpus(('blob','restore'))}; {cpus(('dir','restore'))} | |")
    print(f"| (first backup to directory) | {cell(('dir','backup'))} | | | {cpus(('dir','backup'))} | |")
for side, step in sorted(k for k in runs if k[0].startswith('t-')):
    print(f"| target upload path alone, {side[2:]} | {cell((side, step))} | | | {cpus((side, step))} | |")
print("\nRequests to Azurite, first round: ours: " + next(iter(runs[('blob', 'backup')].values()))['reqs'] + "; plain: " + next(iter(runs[('plain', 'backup')].values()))['reqs'])
PY
