# Shared by the repository benches (bench/repository.sh, bench/blob.sh): source it after `cd` to the repo root.
#   . bench/lib.sh
#   cpu_line                                  # the CPU line every table carries
#   build_release bench/Some.Bench            # backupctl (published) and the named projects, Release; sets BACKUPCTL
#   time_secs LOG / time_rss_kb LOG / time_cpu_secs LOG   # fields of a `/usr/bin/time -v -o LOG` report

# The CPU decides which hashes are cheap (SHA-256 in hardware or not): every table says which one ran, and the load.
cpu_line() {
  local model sha
  model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  if grep -qwE 'sha_ni|sha2' /proc/cpuinfo; then sha=yes; else sha=no; fi
  echo "CPU: ${model:-unknown}, $(nproc) cores, SHA instructions: $sha; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Installs backupctl as the README says (`dotnet publish`: precompiled, ReadyToRun) into bench/out/backupctl, builds
# each project named (Release, quietly), and sets BACKUPCTL to the command that runs backupctl.
build_release() {
  echo "== building (Release)"
  local project
  dotnet publish src/BackupOrchestrator.Cli -c Release -o bench/out/backupctl -nologo -v quiet >/dev/null
  for project in "$@"; do
    dotnet build "$project" -c Release -nologo -v quiet >/dev/null
  done
  BACKUPCTL="dotnet bench/out/backupctl/backupctl.dll"
}

# Wall-clock seconds, peak RSS (KB) and user+system CPU seconds from a `/usr/bin/time -v -o LOG` report.
time_secs() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
time_rss_kb() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }
time_cpu_secs() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
