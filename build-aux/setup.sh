#!/usr/bin/env bash
# Shared set-up for build-aux/run.sh and build-aux/test.sh on Debian 12:
# installs the Debian packages that are missing, generates the locales Cohort is used in,
# then configures and builds into _build.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

# fonts-lao and fonts-liberation2: the printed lists ask for Phetsarath OT and Times New Roman;
# Liberation Serif has Times New Roman's metrics and fontconfig aliases it. poppler-utils: the
# render test reads the PDFs back. itstool and yelp-tools: the user guide is translated, checked
# and rendered as HTML at build time; yelp shows it (F1); pngquant makes its figures small
# (build-aux/help-figures.sh).
packages=(
  meson ninja-build pkgconf gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libicu-dev libxlsxwriter-dev libfreexl-dev libzip-dev libxml2-dev libxml2-utils
  desktop-file-utils appstream xvfb xauth dbus locales
  fonts-noto-core fonts-dejavu-core fonts-lao fonts-liberation2
  python3 python3-openpyxl python3-xlwt poppler-utils imagemagick
  itstool yelp-tools yelp pngquant
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  sudo_cmd=(sudo)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Locales: Vietnamese, Lao and English must exist for the UI, the tests and the exports
# (tests/test-export.py runs exports under vi_VN.UTF-8 and lo_LA.UTF-8).
need_locales=0
for l in vi_VN.utf8 lo_LA.utf8 en_US.utf8; do
  locale -a 2>/dev/null | grep -qix "${l}" || need_locales=1
done
if [ "$need_locales" = 1 ]; then
  "${sudo_cmd[@]}" sed -i -E 's/^# *(vi_VN UTF-8|lo_LA UTF-8|en_US.UTF-8 UTF-8)/\1/' /etc/locale.gen
  "${sudo_cmd[@]}" locale-gen
fi

if [ ! -f _build/build.ninja ]; then
  meson setup _build
fi
meson compile -C _build
