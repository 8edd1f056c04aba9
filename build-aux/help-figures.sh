#!/usr/bin/env bash
# Renders the figures of the user guide again, from the real windows over a demo
# database, in English, Vietnamese and Lao:
#   build-aux/help-figures.sh [LANG...]      (en vi lo by default)
# writes help/C/figures/*.png (en), help/vi/figures/*.png and help/lo/figures/*.png,
# no wider than the page of the help viewer (900 px, with imagemagick), made smaller with
# pngquant (or optipng). Needs a built _build (build-aux/setup.sh).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(en vi lo)

meson compile -C _build >/dev/null && meson compile -C _build help-figures >/dev/null

for lang in "${langs[@]}"; do
  case "$lang" in
    en) dir=help/C/figures ;;
    vi|lo) dir=help/$lang/figures ;;
    *) echo "help-figures.sh: no guide in “$lang” (en, vi, lo)" >&2; exit 2 ;;
  esac
  out=$(mktemp -d)
  echo "$lang: rendering"
  env G_TEST_BUILDDIR="$out" LANGUAGE="$lang" LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory \
      GSETTINGS_SCHEMA_DIR="$top/_build/data" GSK_RENDERER=cairo NO_AT_BRIDGE=1 GTK_A11Y=none \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24 -noreset" \
      _build/tests/help-figures >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
  mkdir -p "$dir"
  for png in "$out"/screenshots/*-"$lang".png; do
    name=$(basename "$png" "-$lang.png")
    # yelp's page is about 950 px wide at its default size: a wider figure is cut off
    command -v convert >/dev/null && convert "$png" -filter Lanczos -resize '900x>' "$png"
    if command -v pngquant >/dev/null &&
       pngquant --quality=60-95 --speed 1 --strip --force --output "$dir/$name.png" "$png"; then
      :
    else
      cp "$png" "$dir/$name.png"
      command -v optipng >/dev/null && optipng -quiet -o2 "$dir/$name.png"
    fi
    echo "  $dir/$name.png ($(( $(stat -c %s "$dir/$name.png") / 1024 )) KB)"
  done
  rm -rf "$out"
done
