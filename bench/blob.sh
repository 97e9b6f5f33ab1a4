#!/usr/bin/env bash
# The blob target on one Azurite, in one run, rounds interleaved:
#   1. a first backup to the blob target against plain parallel block uploads of the same bytes with the same SDK
#      and client options (4 MiB blocks, 16 in flight, Content-MD5 on each; BackupOrchestrator.Blob.Bench);
#   2. a full restore from the blob target against a full restore of the same data from a directory target.
#
#   flock /tmp/bench.lock bench/blob.sh            # REPS=3 by default; medians are printed
#   CHECKSUMS="md5 none crc64" bench/blob.sh       # also the target's upload path alone with each checksum
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
build_release bench/BackupOrchestrator.Blob.Bench
PEER="dotnet bench/BackupOrchestrator.Blob.Bench/bin/Release/net10.0/BackupOrchestrator.Blob.Bench.dll"

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

port=$((20000 + RANDOM % 20000))
rm -rf "$ROOT/azurite" && mkdir -p "$ROOT/azurite"
node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --location "$ROOT/azurite" --silent > "$ROOT/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill $azurite_pid 2>/dev/null || true; rm -rf "$ROOT/azurite"' EXIT
for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.2; done
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

RESULTS=$ROOT/results.tsv
: > "$RESULTS"
measure() { # side step command...  -> appends "side step seconds maxrss_kb load1"
  local side=$1 step=$2; shift 2
  local log=$ROOT/time.log load
  sync
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$log" "$@" > "$ROOT/$side-$step.out" 2> "$ROOT/$side-$step.err" || { echo "$side $step failed:"; tail -5 "$ROOT/$side-$step.err"; exit 1; }
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  printf '%s\t%s\t%s\t%s\t%s\n' "$side" "$step" "$secs" "$rss" "$load" >> "$RESULTS"
  printf '   %-8s %-8s %8.2f s  %5d MB RSS  load %s\n' "$side" "$step" "$secs" $((rss / 1024)) "$load"
}

echo "== $BYTES bytes in $(find "$DATA" -name '*.bin' | wc -l) files; $REPS round(s); Azurite on 127.0.0.1:$port; $(nproc) cores"
for rep in $(seq 1 "$REPS"); do
  echo "== round $rep; $(cpu_line)"
  key=$ROOT/key-$rep.json dir=$ROOT/repo-dir-$rep
  rm -f "$key"; rm -rf "$dir" "$ROOT/out-blob" "$ROOT/out-dir"
  $BACKUPCTL key init --key "$key" > /dev/null
  measure plain backup $PEER plain-upload "$CONN" "plain$rep" "$DATA" md5
  measure blob backup $BACKUPCTL backup -r "blob:ours$rep" --connection "$CONN" -k "$key" -s bench --path "$DATA"
  measure dir backup $BACKUPCTL backup -r "$dir" -k "$key" -s bench --path "$DATA"
  measure blob restore $BACKUPCTL restore latest -r "blob:ours$rep" --connection "$CONN" -k "$key" --to "$ROOT/out-blob"
  measure dir restore $BACKUPCTL restore latest -r "$dir" -k "$key" --to "$ROOT/out-dir"
  diff -rq "$ROOT/out-blob$DATA" "$DATA" > /dev/null || { echo "blob restore differs from the source"; exit 1; }
  rm -rf "$dir" "$ROOT/out-blob" "$ROOT/out-dir"
  for checksum in ${CHECKSUMS:-}; do
    # A checksum the emulator cannot take fails this step only (SDK 12.30 sends CRC64 as a structured
    # message body, which Azurite 3.37 does not acknowledge, and the SDK then refuses the upload).
    ( measure "t-$checksum" upload $PEER target-upload "$CONN" "tgt$checksum$rep" "$DATA" "$checksum" ) || true
  done
done
kill $azurite_pid 2>/dev/null || true

python3 - "$RESULTS" "$BYTES" "$(cpu_line)" <<'PY'
import sys, statistics, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
nbytes = int(sys.argv[2])
v = collections.defaultdict(list); loads = []
for side, step, secs, rss, load in rows:
    v[(side, step)].append(float(secs)); loads.append(float(load))
med = lambda k: statistics.median(v[k])
rate = lambda k: nbytes / med(k) / 1e6
def cell(k):
    xs = v[k]
    spread = f" ({min(xs):.2f}-{max(xs):.2f})" if len(xs) > 1 else ""
    return f"{med(k):.2f} s{spread} ({rate(k):.0f} MB/s)"
def ratio(peer, ours):
    per = ", ".join(f"{p / o * 100:.0f}%" for p, o in zip(v[peer], v[ours]))
    return f"{med(peer) / med(ours) * 100:.0f}% ({per})"
print(f"\n{sys.argv[3]} (at the end)")
print(f"medians (min-max) of {len(v[('blob', 'backup')])}; {nbytes / 1e6:.0f} MB; load (1 min) at step starts {min(loads):.1f}-{max(loads):.1f}")
print("| step | ours | peer | ours/peer | target |")
print("|---|---|---|---|---|")
print(f"| first backup to blob vs plain block uploads | {cell(('blob','backup'))} | {cell(('plain','backup'))} | {ratio(('plain','backup'), ('blob','backup'))} of plain | >= 90% |")
print(f"| full restore from blob vs from directory | {cell(('blob','restore'))} | {cell(('dir','restore'))} | {ratio(('dir','restore'), ('blob','restore'))} of directory | |")
print(f"| (first backup to directory) | {cell(('dir','backup'))} | | | |")
for side, step in sorted(k for k in v if k[0].startswith('t-')):
    print(f"| target upload path alone, {side[2:]} | {cell((side, step))} | | | |")
PY
