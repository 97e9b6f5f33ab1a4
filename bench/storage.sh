#!/usr/bin/env bash
# Storage benchmark: our client (bench/BackupOrchestrator.Storage.Bench) beside the official Azure Storage JS SDK
# (bench/storage-js) against ONE Azurite started here with --skipApiVersionCheck (the newest JS SDKs send an
# x-ms-version Azurite 3.37 does not know). The two alternate, ROUNDS times each (first one, then the other, order
# flipped every round); the table shows medians over all rounds and ours/theirs ratios (> 1: ours faster).
#   bench/storage.sh                  # full: 1 GiB blob (the rows name the size moved), 200 small blobs, 1000 queue/table ops, 3 rounds
#   BENCH_BLOB_MIB=256 ROUNDS=1 bench/storage.sh   # quicker
# Holds /tmp/bench.lock so no two benchmarks overlap on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${STORAGE_BENCH_LOCKED:-}" != 1 ]; then
  exec env STORAGE_BENCH_LOCKED=1 flock /tmp/bench.lock "$0" "$@"
fi

rounds=${ROUNDS:-3}
export BENCH_BLOB_MIB=${BENCH_BLOB_MIB:-1024} BENCH_SMALL_COUNT=${BENCH_SMALL_COUNT:-200} BENCH_OPS=${BENCH_OPS:-1000} BENCH_RUNS=1
out=bench/out
data=$out/azurite-storage-bench
mkdir -p "$out"

echo "== building (Release) and installing the JS SDK peer" >&2
dotnet build bench/BackupOrchestrator.Storage.Bench -c Release -nologo -v quiet >&2
if [ ! -d bench/storage-js/node_modules/@azure/storage-blob ]; then
  (cd bench/storage-js && npm ci --no-audit --no-fund >&2)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 10100)
ports="$port,$((port + 1)),$((port + 2))"
rm -rf "$data"
# In-memory persistence: the clients are what we compare, so keep the disk (shared with other work) out of it.
scripts/azurite.sh start --data "$data" --ports "$ports" --skip-api-version-check --in-memory >&2
trap 'scripts/azurite.sh stop --data "$data" >&2; rm -rf "$data"' EXIT
IFS=, read -r bp qp tp <<<"$ports"
key=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==
export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$bp/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$qp/devstoreaccount1;TableEndpoint=http://127.0.0.1:$tp/devstoreaccount1;"

results=$(mktemp)
ours() { dotnet bench/BackupOrchestrator.Storage.Bench/bin/Release/net10.0/BackupOrchestrator.Storage.Bench.dll | sed 's/^/ours\t/'; }
theirs() { (cd bench/storage-js && node bench.mjs) | sed 's/^/js\t/'; }
for r in $(seq 1 "$rounds"); do
  echo "== round $r/$rounds" >&2
  if [ $((r % 2)) = 1 ]; then ours >>"$results"; theirs >>"$results"; else theirs >>"$results"; ours >>"$results"; fi
done

stamp=$(date -u +%Y%m%dT%H%M%SZ)
{
  echo "Storage benchmark, $stamp, $(nproc) cores, Azurite 3.37.0 (in memory), load average $(cut -d" " -f1-3 /proc/loadavg), blob ${BENCH_BLOB_MIB} MiB, $rounds rounds (medians)"
  echo
  awk -F'\t' '
    { key = $2; unit[key] = $4; vals[$1, key] = vals[$1, key] " " $3; if (!(key in seen)) { seen[key] = 1; order[n++] = key } }
    function median(s,   a, k, i, j, t) {
      k = split(s, a, " ");
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((k + 1) / 2)]
    }
    END {
      printf "| %-22s | %-6s | %10s | %10s | %6s |\n", "benchmark", "unit", "ours", "JS SDK", "ratio"
      printf "|%s|%s|%s|%s|%s|\n", "------------------------", "--------", "------------", "------------", "--------"
      for (i = 0; i < n; i++) {
        k = order[i]; o = median(vals["ours", k]); j = median(vals["js", k])
        printf "| %-22s | %-6s | %10.1f | %10.1f | %5.2fx |\n", k, unit[k], o, j, (j > 0 ? o / j : 0)
      }
    }' "$results"
  echo
  echo "raw (client, benchmark, value, unit):"
  cut -f1,2,3,4 "$results"
} | tee "$out/storage-$stamp.txt"
rm -f "$results"
