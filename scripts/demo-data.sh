#!/usr/bin/env bash
# Generates the sample data that infra/catalog/demo.yaml backs up, into demo-data/ at the
# repository root (gitignored): text files, incompressible binaries and a small SQLite
# database (dumped at backup time by a command source). Deterministic (fixed seeds) and
# idempotent: a second run changes nothing. demo-data/mail is deliberately NOT created so
# that the mail-archive service fails in a demo night. About 30 MB in total.
# Usage: scripts/demo-data.sh [--force]   (--force regenerates from scratch)
set -euo pipefail
cd "$(dirname "$0")/.."
root=demo-data
version=1
mkdir -p "$root"
# One generator at a time (tests and demos may call this concurrently).
exec 9>"$root/.lock"
flock 9
if [ "${1:-}" = "--force" ]; then
  rm -rf "$root/config" "$root/docs" "$root/webapp" "$root/media" "$root/search" "$root/db" "$root/.generated"
fi
if [ -f "$root/.generated" ] && [ "$(cat "$root/.generated")" = "$version" ]; then
  echo "demo data already present in $root/ (use --force to regenerate)"
  exit 0
fi
mkdir -p "$root/backups/secondary" "$root/keys" "$root/restore"
python3 - "$root" <<'PY'
import os, random, sqlite3, sys

root = sys.argv[1]
words = ("backup restore snapshot chunk manifest window tier retention verify offsite "
         "primary secondary night stagger dependency gate throttle encrypt compress dedup "
         "homelab service catalog schedule journal archive").split()

def text_file(path, rng, paragraphs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        for p in range(paragraphs):
            f.write(" ".join(rng.choice(words) for _ in range(rng.randint(40, 120))).capitalize() + ".\n\n")

def binary_file(path, rng, size):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(rng.randbytes(size))

rng = random.Random(143)
# config: a handful of small text files (the "critical" tier).
for name in ("gateway.toml", "dns.conf", "users.yaml", "certs/README"):
    text_file(f"{root}/config/{name}", rng, 2)
# docs: ~300 text files, ~3 MB, compressible.
for i in range(300):
    text_file(f"{root}/docs/{i // 50:02d}/note-{i:03d}.md", rng, rng.randint(5, 20))
# webapp: code-like text plus uploaded binaries.
for i in range(40):
    text_file(f"{root}/webapp/src/module{i:02d}.py", rng, 4)
for i in range(8):
    binary_file(f"{root}/webapp/uploads/upload-{i}.bin", rng, 256 * 1024 + i * 4096)
# media: incompressible binaries, 20 MB.
for i in range(5):
    binary_file(f"{root}/media/clip-{i}.mp4", rng, 4 * 1024 * 1024)
# search: an index built from the docs (text).
for i in range(10):
    text_file(f"{root}/search/segment-{i}.idx", rng, 30)
# db: a small SQLite database; the catalog dumps it with a command source.
os.makedirs(f"{root}/db", exist_ok=True)
db = f"{root}/db/app.db"
if os.path.exists(db):
    os.remove(db)
con = sqlite3.connect(db)
con.execute("create table users (id integer primary key, name text not null, email text not null)")
con.execute("create table orders (id integer primary key, user_id integer references users(id), total_cents integer, note text)")
con.executemany("insert into users values (?, ?, ?)", [(i, f"user{i}", f"user{i}@example.lan") for i in range(1, 501)])
con.executemany("insert into orders values (?, ?, ?, ?)",
                [(i, rng.randint(1, 500), rng.randint(100, 99999), rng.choice(words)) for i in range(1, 5001)])
con.commit()
con.close()
PY
# Make mtimes deterministic too, so a rerun of a backup sees the same file index.
find "$root/config" "$root/docs" "$root/webapp" "$root/media" "$root/search" "$root/db" -exec touch -h -d '2026-01-01T00:00:00Z' {} +
echo "$version" > "$root/.generated"
echo "demo data in $root/: $(du -sh "$root" | cut -f1) (demo-data/mail is missing on purpose)"
