#!/usr/bin/env bash
# Times `cohort-cli demo` on generated databases of 25,000 and 250,000 students
# (about 100,000 and 1,000,000 enrolments) and prints the figures.
# Usage: bench/bench-demo.sh [BUILD_DIR]
set -euo pipefail
build=${1:-_build}
cli=$build/src/cli/cohort-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%-10s %10s %10s %12s %10s %10s\n' students people classes enrolments seconds "RSS MB"
for n in 25000 250000; do
  db=$tmp/demo-$n.db
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$cli" --db "$db" demo --students "$n" --seed 1 -q > /dev/null
  read -r secs rss < "$tmp/time"
  read -r people classes enrol < <(/usr/bin/python3 -c "
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(*[c.execute(q).fetchone()[0] for q in ('SELECT count(*) FROM person', 'SELECT count(*) FROM class', 'SELECT count(*) FROM enrolment')])" "$db")
  printf '%-10s %10s %10s %12s %10s %10s\n' "$n" "$people" "$classes" "$enrol" "$secs" "$((rss / 1024))"
  # one search and one stats on the same database
  /usr/bin/python3 - "$cli" "$db" <<'PY'
import subprocess, sys, time
cli, db = sys.argv[1], sys.argv[2]
def timed(*args):
    t = time.perf_counter()
    subprocess.run([cli, "--db", db, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t
print(f'           search "nguyen duc": {timed("search", "nguyen duc", "--limit", "50"):.3f} s'
      f'   stats --json: {timed("stats", "--json"):.3f} s')
PY
done
