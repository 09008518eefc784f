#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the model, chart and import tests under Valgrind's memcheck, headless.
# Any invalid read or write, use of an uninitialised value or definite leak
# fails the test that caused it, and so this script.
#
#   build-aux/valgrind.sh [MESON TEST ARGS…]
#
# Uses the ordinary build in _build (or $PLENARY_BUILD_DIR), GLib's own
# suppressions and tests/valgrind/plenary.supp.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${PLENARY_BUILD_DIR:-$here/_build}

if ! command -v valgrind >/dev/null 2>&1; then
  echo "Installing: valgrind"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends valgrind
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$here" -Dwerror=true
fi
ninja -C "$build"

suppressions="--suppressions=$here/tests/valgrind/plenary.supp"
for supp in /usr/share/glib-2.0/valgrind/glib.supp /usr/share/gtk-4.0/valgrind/gtk.supp; do
  [ -f "$supp" ] && suppressions="$suppressions --suppressions=$supp"
done

wrapper="valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite
  --show-leak-kinds=definite --num-callers=30 $suppressions"

# No GIO modules: the tests keep settings in memory and need neither dconf
# nor gvfs, and GLib loads (rather than lists) a module whose file is newer
# than its directory's giomodule.cache, leaving a GTypeModule that is
# reported as a leak.  Tools that hard-link libraries (perf's build-id
# cache) make exactly that happen on a developer's machine.
export GIO_MODULE_DIR="$build/no-gio-modules"
mkdir -p "$GIO_MODULE_DIR"
# Every allocation through malloc, so that memcheck sees each one.
export G_SLICE=always-malloc
# Widgets draw with cairo: Mesa's GL stack under memcheck is slow, and its
# dynamic loading trips memcheck's checks in glibc's loader.
export GDK_DEBUG=gl-disable
export GSK_RENDERER=cairo

suites="--suite model"
if meson test -C "$build" --no-rebuild --list --suite charts 2>/dev/null | grep -q ":charts / "; then
  suites="$suites --suite charts"
fi
if meson test -C "$build" --no-rebuild --list --suite import 2>/dev/null | grep -q ":import / "; then
  suites="$suites --suite import"
fi

# The tests of those suites by name, but test-editor: it loads the whole
# report again after each of its edits: under memcheck its first of eleven
# cases alone took 2.5 minutes. It runs under ASan and UBSan instead.
tests=$(meson test -C "$build" --no-rebuild --list $suites 2>/dev/null |
          sed -n 's/^[^:]*:[a-z-]* \/ //p' | grep -vx 'test-editor')

exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  meson test -C "$build" $tests --no-rebuild --print-errorlogs --num-processes 2 \
  --timeout-multiplier 10 --wrapper "$(echo $wrapper)" "$@"
