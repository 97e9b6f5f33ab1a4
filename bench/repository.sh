#!/usr/bin/env bash
# Benchmark of the backup repository against restic and borg (Debian packages) on the same data,
# in one run, to a directory target. The blob target has its own: bench/blob.sh.
#
#   flock /tmp/bench.lock bench/repository.sh            # REPS=3 by default; medians are printed
#   REPS=1 BIG=1 flock /tmp/bench.lock bench/repository.sh   # BIG=1 adds a 10 GB peak-RSS run (ours)
#   BORG=0 bench/repository.sh                           # ours and restic only (the targets name restic; ~40 % shorter)
#   PERF_RESTORE=1 bench/repository.sh                   # also where our restores spend system time (perf, kernel symbols)
#
# Needs: apt-get install -y restic borgbackup time; root (each restore goes to a fresh loop-mounted ext4, below).
# Fairness: all three tools run with their default settings as shipped (restic 0.14: repository v2,
# compression "auto" (its default, "compresses very fast": Go zstd), 16 MiB packs, AES-256-CTR + Poly1305;
# borg 1.2: repokey-blake2 encryption, lz4 compression; ours: format 4 (HMAC-SHA-256 chunk ids where the CPU has SHA instructions, else keyed BLAKE3), zstd 2 (libzstd) where it pays,
# AES-256-GCM, 8 MiB packs written with O_DIRECT and fsynced; restic and borg write theirs buffered and fsync them); backups on a warm page cache (the data set
# is read once before the first run), restores from a repository out of the page cache (uncache, below), one after
# the other, each with all cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${BENCH_ROOT:-/tmp/repo-bench}
REPS=${REPS:-3}
DATA=$ROOT/data
export RESTIC_PASSWORD=bench-password BORG_PASSPHRASE=bench-password BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK=yes
export BORG_RELOCATED_REPO_ACCESS_IS_OK=yes BORG_BASE_DIR=$ROOT/borg-home RESTIC_CACHE_DIR=$ROOT/restic-cache
mkdir -p "$ROOT"

for tool in restic borg /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y restic borgbackup time" >&2; exit 2; }
done

. bench/lib.sh
cpu_line
build_release bench/BackupOrchestrator.Repository.Bench
BENCH="dotnet bench/BackupOrchestrator.Repository.Bench/bin/Release/net10.0/BackupOrchestrator.Repository.Bench.dll"

# ---------------------------------------------------------------- data set (>= 2 GB, mixed)
generate() {
  echo "== generating the data set in $DATA"
  rm -rf "$DATA" && mkdir -p "$DATA"/{libraries,documents,sources,random}
  # libraries: regular files from /usr/lib, up to ~700 MB
  find /usr/lib -type f -size +4k -printf '%s %p\n' 2>/dev/null | sort -k2 | awk '{ s += $1; if (s > 700e6) exit; print $2 }' |
    while read -r f; do mkdir -p "$DATA/libraries$(dirname "$f")"; cp "$f" "$DATA/libraries$f"; done || true
  # documents: ~400 MB of text (words drawn from the system dictionary or man pages), 40 KB..4 MB files
  python3 - "$DATA/documents" <<'PY'
import os, random, sys, glob
root = sys.argv[1]
words = []
for path in glob.glob('/usr/share/doc/*/copyright')[:400]:
    try: words += open(path, errors='ignore').read().split()
    except OSError: pass
words = words or ['lorem', 'ipsum', 'dolor', 'sit', 'amet']
rng = random.Random(42)
total = 0; i = 0
while total < 400_000_000:
    size = rng.choice([40_000, 200_000, 1_000_000, 4_000_000])
    out = []; n = 0
    while n < size:
        line = ' '.join(rng.choice(words) for _ in range(12)) + '\n'
        out.append(line); n += len(line)
    d = os.path.join(root, f'dept{i % 20:02d}'); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, f'report-{i:05d}.txt'), 'w').write(''.join(out))
    total += n; i += 1
PY
  # source trees: headers, Python and Perl libraries, node_modules (many small files)
  cp -r /usr/include "$DATA/sources/include"
  for d in /usr/lib/python3* /usr/share/perl /usr/share/perl5 node_modules; do
    [ -d "$d" ] && cp -rL "$d" "$DATA/sources/$(basename "$d")" 2>/dev/null || true
  done
  # incompressible: ~650 MB in files of 1..128 MB
  i=0
  for mb in 1 2 4 8 16 32 64 128 1 2 4 8 16 32 64 128 150; do
    head -c $((mb * 1024 * 1024)) /dev/urandom > "$DATA/random/blob-$i.bin"; i=$((i + 1))
  done
  echo "   $(du -sb "$DATA" | cut -f1) bytes, $(find "$DATA" -type f | wc -l) files"
}
[ -f "$DATA/.complete" ] || { generate; touch "$DATA/.complete"; }
[ "${GENERATE_ONLY:-0}" = 1 ] && exit 0
DATA_BYTES=$(du -sb "$DATA" | cut -f1)
DATA_FILES=$(find "$DATA" -type f | wc -l)
# Warm the page cache for every tool alike. (Through xargs: 73k paths on one command line exceed ARG_MAX, and the
# `cat $(find ...)` this replaces failed silently, so the first backup of a run, ours, read a cold data set.)
find "$DATA" -type f -print0 | xargs -0 cat > /dev/null

# Every restore, of every tool and repetition, writes into a fresh ext4 file system of its own: a sparse file
# of 1.5x the data (plus 512 MiB) in $ROOT, made by the same mkfs.ext4 every time (default features, with a
# journal; inode tables and journal written at mkfs, so no lazy-init thread writes beside the restore), on a
# loop device with direct I/O (one page cache, as on a disk), unmounted and deleted after the step. Restoring
# into the root file system made a restore's time depend on what was deleted before it: this box's root
# ext4 has no journal, and then ext4 does not reuse an inode freed in the last 60 s (300 s while its
# inode-table block is dirty), so each new inode scanned past every recently freed one (`recently_deleted`,
# `find_inode_bit`), and the 73k-file restore after a deleted one spent 3-4 times the system time.
FS_BYTES=$(((DATA_BYTES * 3 / 2 / 1048576 + 512) * 1048576))
FS_INODES=$((DATA_FILES * 2 + 65536))
FS_DEV="" FS_MNT=""
fresh_fs() { # NAME -> an empty ext4 mounted at $FS_MNT
  FS_MNT=$ROOT/mnt-$1
  drop_fs
  truncate -s "$FS_BYTES" "$ROOT/fs.img"
  mkfs.ext4 -q -F -N "$FS_INODES" -E lazy_itable_init=0,lazy_journal_init=0 "$ROOT/fs.img"
  FS_DEV=$(losetup --direct-io=on -f --show "$ROOT/fs.img")
  mkdir -p "$FS_MNT" && mount "$FS_DEV" "$FS_MNT"
}
drop_fs() {
  if [ -n "$FS_DEV" ]; then
    # By its mount point: /proc/mounts names a loop mount by its backing file, so `umount /dev/loopN` fails.
    umount "$FS_MNT" || umount -l "$FS_MNT" || true
    losetup -d "$FS_DEV" 2>/dev/null || true
    FS_DEV=""
  fi
  [ -n "$FS_MNT" ] && rmdir "$FS_MNT" 2>/dev/null || true
  rm -f "$ROOT/fs.img"
}
trap drop_fs EXIT
# measure_restore TOOL COMMAND... (the command restores into $FS_MNT): the step's time, then how long a
# syncfs of that file system takes after it. Ours is on disk when it says done (it ends with a syncfs);
# restic and borg leave their writes in the page cache, so "restore, on disk" adds that sync for each tool.
measure_restore() {
  local tool=$1 started ended total
  measure "$@"
  started=$(date +%s.%N); sync -f "$FS_MNT"; ended=$(date +%s.%N)
  total=$(awk -v r="$LAST_SECS" -v a="$started" -v b="$ended" 'BEGIN { printf "%.2f", r + b - a }')
  printf '%s\t%s\t%s\t0\t0\n' "$tool" restore_durable "$total" >> "$RESULTS"
  printf '   %-7s %-10s %8.2f s  (the restore, then a syncfs of its file system: %.2f s)\n' "$tool" "on disk" "$total" "$(awk -v a="$started" -v b="$ended" 'BEGIN { print b - a }')"
  drop_fs
}

# ~5 % of the files change between the second and third backup: the same files, the same way, for
# every tool; a pristine copy puts them back after each repetition.
CHANGED=$ROOT/changed.list
find "$DATA" -type f ! -name .complete | sort | awk 'NR % 20 == 7' > "$CHANGED"
PRISTINE=$ROOT/pristine.tar
tar -cf "$PRISTINE" -T "$CHANGED" 2>/dev/null
change_files() { while read -r f; do printf 'changed %s\n' "$RANDOM" >> "$f"; done < "$CHANGED"; }
reset_files() { tar -xf "$PRISTINE" -C / ; }   # tar replaces (unlinks) each file

# ---------------------------------------------------------------- runners
RESULTS=$ROOT/results.tsv
: > "$RESULTS"
measure() { # tool step command...  -> appends "tool step seconds maxrss_kb"
  local tool=$1 step=$2; shift 2
  local log=$ROOT/time.log
  sync   # each step starts with nothing of the previous steps left to write back
  # BACKUPCTL_STATS=1: each of our steps ends its log ($ROOT/ours-STEP.err) with its CPU time and collections.
  BACKUPCTL_STATS=1 /usr/bin/time -v -o "$log" "$@" > "$ROOT/$tool-$step.out" 2> "$ROOT/$tool-$step.err" || { echo "$tool $step failed:"; tail -5 "$ROOT/$tool-$step.err"; exit 1; }
  local secs rss
  secs=$(time_secs "$log"); LAST_SECS=$secs
  rss=$(time_rss_kb "$log")
  cpu=$(time_cpu_secs "$log")
  usr=$(awk -F': ' '/User time/ { print $2 }' "$log"); sys=$(awk -F': ' '/System time/ { print $2 }' "$log")
  printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$step" "$secs" "$rss" "$cpu" >> "$RESULTS"
  printf '   %-7s %-10s %8.2f s  %7.2f s CPU (user %.2f, sys %.2f)  %7d MB RSS  load %s\n' "$tool" "$step" "$secs" "$cpu" "$usr" "$sys" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
  # Ours: its GC and heap figures, and where a backup's time went (--profile), under the step's line.
  if [ "$tool" = ours ]; then grep -E '^(stats|profile):' "$ROOT/$tool-$step.err" | sed 's/^/            /' || true; fi
}
forget() { rm -rf "$@"; sync; }
# Each restore reads its repository from disk, as the morning after a night's backup would: the repository's
# files (and the tool's own cache folder) are dropped from the page cache first; the data set stays cached for
# the backups. Without this the tools were not on the same footing: restic and borg write their packs through
# the page cache and found them there for the restore, ours writes packs with O_DIRECT and read them from disk.
uncache() { sync; find "$@" -type f -exec dd if={} iflag=nocache count=0 status=none \; 2>/dev/null || true; }
size_of() { printf '%s\t%s\t%s\t0\t0\n' "$1" repo_bytes "$(du -sb "$2" | cut -f1)" >> "$RESULTS"; }

run_ours() {
  local repo=$ROOT/repo-ours key=$ROOT/ours.key
  forget "$repo" "$key"; $BACKUPCTL key init --key "$key" >/dev/null
  measure ours first $BACKUPCTL backup -r "$repo" -k "$key" -s bench --path "$DATA" --profile
  measure ours unchanged $BACKUPCTL backup -r "$repo" -k "$key" -s bench --path "$DATA"
  change_files
  measure ours changed5 $BACKUPCTL backup -r "$repo" -k "$key" -s bench --path "$DATA"
  reset_files
  size_of ours "$repo"
  fresh_fs ours
  uncache "$repo"
  # PERF_RESTORE=1: sample our restore (perf, 99 Hz) and print its top kernel functions, to see where system time goes.
  local perf=()
  [ "${PERF_RESTORE:-0}" = 1 ] && perf=(perf record -q -F 99 -o "$ROOT/perf-ours-restore-$rep.data" --)
  measure_restore ours restore "${perf[@]}" $BACKUPCTL restore latest -r "$repo" -k "$key" --to "$FS_MNT"
  if [ "${PERF_RESTORE:-0}" = 1 ]; then
    perf report -i "$ROOT/perf-ours-restore-$rep.data" --sort sym --stdio 2>/dev/null | grep '\[k\]' | head -8 | sed 's/^ */            kernel: /' || true
  fi
}
run_restic() {
  local repo=$ROOT/repo-restic
  forget "$repo" "$RESTIC_CACHE_DIR"; restic init -r "$repo" >/dev/null
  measure restic first restic -r "$repo" backup "$DATA"
  measure restic unchanged restic -r "$repo" backup "$DATA"
  change_files
  measure restic changed5 restic -r "$repo" backup "$DATA"
  reset_files
  size_of restic "$repo"
  fresh_fs restic
  uncache "$repo" "$RESTIC_CACHE_DIR"
  measure_restore restic restore restic -r "$repo" restore latest --target "$FS_MNT"
}
run_borg() {
  local repo=$ROOT/repo-borg
  forget "$repo" "$BORG_BASE_DIR"; borg init -e repokey-blake2 "$repo" >/dev/null 2>&1
  measure borg first borg create "$repo::a1" "$DATA"
  measure borg unchanged borg create "$repo::a2" "$DATA"
  change_files
  measure borg changed5 borg create "$repo::a3" "$DATA"
  reset_files
  size_of borg "$repo"
  fresh_fs borg
  uncache "$repo" "$BORG_BASE_DIR"
  measure_restore borg restore sh -c "cd '$FS_MNT' && borg extract '$repo::a3'"
}

echo "== data: $DATA_BYTES bytes in $DATA_FILES files; $(wc -l < "$CHANGED") files change for the 5% step; $REPS repetition(s)"
echo "== every restore goes into a fresh ext4 of its own ($((FS_BYTES / 1024 / 1024)) MiB, $FS_INODES inodes, loop device with direct I/O), deleted after it"
for rep in $(seq 1 "$REPS"); do
  echo "== repetition $rep; $(cpu_line)"
  run_ours; run_restic; if [ "${BORG:-1}" = 1 ]; then run_borg; fi
done

if [ "${BIG:-0}" = 1 ]; then
  echo "== 10 GB source, peak RSS (ours only)"
  BIGDIR=$ROOT/big
  if [ ! -f "$BIGDIR/.complete" ]; then
    rm -rf "$BIGDIR"; mkdir -p "$BIGDIR"
    for i in $(seq 1 32); do
      { openssl enc -aes-128-ctr -pass pass:"$i" -nosalt -pbkdf2 < /dev/zero 2>/dev/null || true; } | head -c $((256 * 1024 * 1024)) > "$BIGDIR/part-$i.bin"
    done
    touch "$BIGDIR/.complete"
  fi
  rm -rf "$ROOT/repo-big" "$ROOT/big.key"; $BACKUPCTL key init --key "$ROOT/big.key" >/dev/null
  measure ours big10g $BACKUPCTL backup -r "$ROOT/repo-big" -k "$ROOT/big.key" -s big --path "$BIGDIR" --path "$DATA"
  rm -rf "$ROOT/repo-big"
fi

# ---------------------------------------------------------------- blob target: bench/blob.sh (on one Azurite)

# ---------------------------------------------------------------- table
python3 - "$RESULTS" "$DATA_BYTES" "$(cpu_line)" <<'PY'
import sys, statistics, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
data_bytes = int(sys.argv[2])
v = collections.defaultdict(list); rss = collections.defaultdict(list); cpu = collections.defaultdict(list)
for tool, step, val, r, c in rows:
    v[(tool, step)].append(float(val)); rss[(tool, step)].append(int(r)); cpu[(tool, step)].append(float(c))
med = lambda k: statistics.median(v[k]) if v.get(k) else float('nan')
mrss = lambda k: max(rss[k]) / 1024 if rss.get(k) else float('nan')
def cell(k, scale=1.0, fmt='{:.2f}'):
    """median (min-max) of the repetitions"""
    if not v.get(k): return 'n/a'
    xs = [x / scale for x in v[k]]
    m = fmt.format(statistics.median(xs))
    return m if len(xs) == 1 else f"{m} ({fmt.format(min(xs))}-{fmt.format(max(xs))})"
def cpucell(k):
    if not cpu.get(k): return 'n/a'
    return f"{statistics.median(cpu[k]):.1f}"
reps = len(v.get(('ours', 'first'), []))
print(f"\n{sys.argv[3]} (at the end)")
print(f"medians (min-max) over {reps} repetition(s); data set {data_bytes/1e9:.2f} GB")
print(f"| step | ours | restic | borg | ours vs restic (per run) | target |")
print(f"|---|---|---|---|---|---|")
targets = [('first', 'restic/ours >= 2.0'), ('unchanged', 'ours <= restic'), ('changed5', 'ours <= restic'), ('restore', 'restic/ours >= 1.5'), ('restore_durable', '')]
for step, target in targets:
    o, r = med(('ours', step)), med(('restic', step))
    per = [f"{b/a:.2f}" for a, b in zip(v.get(('ours', step), []), v.get(('restic', step), []))]
    label = {'restore_durable': 'restore, then on disk'}.get(step, step)
    print(f"| {label} (s) | {cell(('ours', step))} | {cell(('restic', step))} | {cell(('borg', step))} | {r/o:.2f}x faster ({', '.join(per)}) | {target} |")
o, r = med(('ours', 'repo_bytes')), med(('restic', 'repo_bytes'))
print(f"| repository (MB) | {cell(('ours', 'repo_bytes'), 1e6, '{:.0f}')} | {cell(('restic', 'repo_bytes'), 1e6, '{:.0f}')} | {cell(('borg', 'repo_bytes'), 1e6, '{:.0f}')} | {o/r*100-100:+.1f}% | <= +5% |")
for step in ['first', 'restore']:
    def rcell(k):
        if not rss.get(k): return 'n/a'
        xs = [x / 1024 for x in rss[k]]
        return f"{max(xs):.0f} ({min(xs):.0f}-{max(xs):.0f})" if len(xs) > 1 else f"{xs[0]:.0f}"
    print(f"| peak RSS {step} (MB, max) | {rcell(('ours', step))} | {rcell(('restic', step))} | {rcell(('borg', step))} | | ours < 256 |")
print(f"| CPU s (user+sys, median) first / restore | {cpucell(('ours','first'))} / {cpucell(('ours','restore'))} | {cpucell(('restic','first'))} / {cpucell(('restic','restore'))} | {cpucell(('borg','first'))} / {cpucell(('borg','restore'))} | | |")
if v.get(('ours', 'big10g')):
    print(f"| 10 GB backup: time (s) / peak RSS (MB) | {cell(('ours','big10g'), 1, '{:.1f}')} / {mrss(('ours','big10g')):.0f} | | | | RSS < 256 |")
PY
