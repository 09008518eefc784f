#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's quick start: installs what is missing on Debian 12 (or 13),
# builds, and then either starts Plenary on the bundled report or runs the
# whole test suite headless.  Safe to run again and again.
#
#   build-aux/dev.sh run    build and start the app
#   build-aux/dev.sh test   build and run every test under Xvfb
# PLENARY_BUILD_DIR names the build folder; PLENARY_MESON_ARGS adds options
# to its setup (word-split), e.g. "-Dc_args=-DG_DISABLE_ASSERT -Db_ndebug=true".
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${PLENARY_BUILD_DIR:-$here/_build}
mode=${1:-run}

packages="meson ninja-build gcc pkg-config gettext libglib2.0-dev libgtk-4-dev libadwaita-1-dev libpng-dev
  libjson-glib-dev libopencc-dev libpoppler-glib-dev libxml2-dev desktop-file-utils appstream libxml2-utils
  librsvg2-common xvfb xauth dbus dbus-x11 x11-utils xdotool fonts-noto-cjk at-spi2-core python3
  cups printer-driver-cups-pdf poppler-utils python3-pyatspi"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

if [ -f "$build/build.ninja" ]; then
  # shellcheck disable=SC2086
  meson setup --reconfigure "$build" "$here" -Dwerror=true ${PLENARY_MESON_ARGS:-} >/dev/null
else
  # shellcheck disable=SC2086
  meson setup "$build" "$here" -Dwerror=true ${PLENARY_MESON_ARGS:-}
fi
ninja -C "$build"

case "$mode" in
  run)
    GSETTINGS_SCHEMA_DIR="$build/data" PLENARY_LOCALEDIR="$build/po" exec "$build/src/plenary"
    ;;
  test)
    cd "$build"
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" meson test --print-errorlogs --num-processes 2
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
