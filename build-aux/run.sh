#!/usr/bin/env bash
# Installs what is missing, builds, creates a demo database on first run and opens Cohort on it.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/build-aux/setup.sh"
cd "$top"

db=${COHORT_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/cohort/cohort.db}
if [ ! -f "$db" ]; then
  echo "Creating a demo database at $db"
  _build/src/cli/cohort-cli --db "$db" demo --students 20000
fi
exec _build/src/gui/cohort --db "$db" "$@"
