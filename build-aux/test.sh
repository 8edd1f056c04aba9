#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole test suite headless and ends with
# one line "N passed, N failed" counted from meson's results.
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/build-aux/setup.sh" || { echo "0 passed, 1 failed"; exit 1; }
cd "$top"

export GSK_RENDERER=cairo
export NO_AT_BRIDGE=1
dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24 -noreset" \
  meson test -C _build --print-errorlogs
status=$?

log=_build/meson-logs/testlog.json
if [ -f "$log" ]; then
  passed=$(grep -c '"result": "OK"' "$log" || true)
  failed=$(grep -cE '"result": "(FAIL|ERROR|TIMEOUT|UNEXPECTEDPASS)"' "$log" || true)
else
  passed=0 failed=1
fi
[ "$status" = 0 ] || [ "$failed" != 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]
