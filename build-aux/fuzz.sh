#!/usr/bin/env bash
# Fuzzes the readers of agency files with libFuzzer.
#   build-aux/fuzz.sh [SECONDS] [TARGET...]
# SECONDS per target (default 600); TARGETs among text-decode csv xlsx docx xls
# (default: all, one after the other). Builds them in _fuzz with clang and
# the sanitizers, writes the seeds, runs each target under nice, and keeps
# the corpus (_fuzz/corpus/TARGET), what it found (_fuzz/crashes/TARGET:
# crash-*, leak-*, timeout-*, oom-*) and the log (_fuzz/logs/TARGET.log).
#
# A target goes on after a crash (libFuzzer's -fork=1 with -ignore_crashes),
# so that one bug does not hide the others; each file found is then run
# again and named by where it fails. Failures inside libfreexl itself are
# listed but do not fail the run (Cohort cannot fix them; see CONTRIBUTING.md);
# anything else does. Reproduce one with: _fuzz/tests/fuzz/fuzz-TARGET FILE
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

seconds=600
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text-decode csv xlsx docx xls)

declare -A max_len=([text-decode]=65536 [csv]=65536 [xlsx]=131072 [docx]=131072 [xls]=131072)
declare -A dict=([csv]=tests/fuzz/csv.dict [xlsx]=tests/fuzz/xlsx.dict [docx]=tests/fuzz/docx.dict)
for t in "${targets[@]}"; do
  [ -n "${max_len[$t]:-}" ] || { echo "fuzz.sh: no target “$t” (text-decode, csv, xlsx, docx, xls)" >&2; exit 2; }
done

command -v clang >/dev/null || { echo "fuzz.sh: needs clang (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
build=_fuzz
if [ ! -f "$build/build.ninja" ]; then
  mkdir -p "$build"
  CC=clang meson setup "$build" -Dfuzzing=true -Dbuildtype=debugoptimized >"$build/setup.log" 2>&1 ||
    { cat "$build/setup.log" >&2; exit 2; }
fi
nice -n 10 meson compile -C "$build" "${targets[@]/#/tests/fuzz/fuzz-}" >/dev/null ||
  { echo "fuzz.sh: the build failed: meson compile -C $build" >&2; exit 2; }

/usr/bin/python3 tests/fuzz/make-seeds.py "$build/seeds" || { echo "fuzz.sh: the seeds could not be written" >&2; exit 2; }
mkdir -p "$build/logs"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/fuzz/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Runs a file found by a target again; prints where it fails: the first frame
# of the report that is neither the sanitizers', libFuzzer's nor the C library's.
where_it_fails () {
  local out frame
  out=$(timeout 120 "$1" -timeout=25 -rss_limit_mb=2560 "$2" 2>&1) && { echo "does not fail again"; return; }
  # A leak's allocation stack goes through GLib, which has no frame pointers.
  [[ $out == *LeakSanitizer* ]] &&
    out=$(ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0 timeout 120 "$1" -rss_limit_mb=2560 "$2" 2>&1)
  frame=$(grep -E '^ +#[0-9]+ 0x' <<<"$out" |
          grep -vE '__interceptor_|__asan|__sanitizer|__lsan| in (malloc|calloc|realloc|free) |fuzzer::|libc\.so|libglib-2|/nptl/|/stdlib/|/signal/|abort_writer' |
          head -1 | sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ //; s/ \(BuildId: [0-9a-f]+\)//; s/^in //')
  echo "$(grep -m1 -oE 'ERROR: [A-Za-z]+: [A-Za-z0-9 -]+|runtime error: .*|ERROR \*\*: .*' <<<"$out") at ${frame:-?}"
}

status=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/tests/fuzz/fuzz-$t
  corpus=$build/corpus/$t
  crashes=$build/crashes/$t
  log=$build/logs/$t.log
  mkdir -p "$corpus" "$crashes"
  touch "$crashes/.start"
  args=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
        -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=25 -rss_limit_mb=2560
        -artifact_prefix="$crashes/")
  [ -n "${dict[$t]:-}" ] && args+=(-dict="${dict[$t]}")
  echo "fuzz-$t: ${seconds} s, log in $log"
  start=$(date +%s)
  nice -n 10 "$bin" "${args[@]}" "$corpus" "$build/seeds/$t" >"$log" 2>&1
  elapsed=$(( $(date +%s) - start ))

  # Fork mode's last line: "#EXECS: cov: N ft: N corp: N exec/s N oom/timeout/crash: a/b/c time: Ns job: N"
  last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)
  execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$last")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  rate=$(( ${execs:-0} / (elapsed > 0 ? elapsed : 1) ))
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sk "$corpus" | cut -f1)

  found=0 in_freexl=0
  while IFS= read -r -d '' f; do
    why=$(where_it_fails "$bin" "$f")
    found=$((found + 1))
    if [[ $why == *libfreexl* ]]; then
      in_freexl=$((in_freexl + 1))
    elif [[ $why != "does not fail again" ]]; then
      status=1
    fi
    echo "  $f: $why"
  done < <(find "$crashes" -type f -newer "$crashes/.start" ! -name .start -print0)
  rm -f "$crashes/.start"

  note=""
  [ "$in_freexl" -gt 0 ] && note=" ($in_freexl inside libfreexl)"
  line=$(printf '%-12s %5ss  %10s execs  %6s exec/s  cov %5s  ft %6s  corpus %5s files %6s KB  found %s%s' \
         "$t" "$elapsed" "${execs:-?}" "$rate" "${cov:-?}" "${ft:-?}" "$files" "$bytes" "$found" "$note")
  echo "$line"
  summary+=("$line")
done

echo
printf '%s\n' "${summary[@]}"
exit $status
