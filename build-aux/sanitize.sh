#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Plenary with AddressSanitizer and UndefinedBehaviorSanitizer in
# _build-asan (or $PLENARY_ASAN_BUILD_DIR) and runs the whole test suite
# under them, headless, with leak detection on.  Any memory error, leak or
# undefined behaviour fails the test that caused it, and so this script.
#
#   build-aux/sanitize.sh [MESON TEST ARGS…]     e.g. --suite model
#
# One-time allocations of GLib, GTK and fontconfig that LeakSanitizer
# cannot tell from leaks are suppressed, by name, in tests/valgrind/lsan.supp.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${PLENARY_ASAN_BUILD_DIR:-$here/_build-asan}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$here" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized -Dwerror=true
fi
ninja -C "$build"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$here/tests/valgrind/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# No GIO modules: the tests keep settings in memory and need neither dconf
# nor gvfs, and GLib loads (rather than lists) a module whose file is newer
# than its directory's giomodule.cache, leaving a GTypeModule that is
# reported as a leak.  Tools that hard-link libraries (perf's build-id
# cache) make exactly that happen on a developer's machine.
export GIO_MODULE_DIR="$build/no-gio-modules"
mkdir -p "$GIO_MODULE_DIR"
# Every allocation through malloc, so that the sanitizer sees each one.
export G_SLICE=always-malloc

# LeakSanitizer's stacks stop at g_malloc: Debian's GLib has no frame
# pointers.  The full unwinder (ASAN_OPTIONS=fast_unwind_on_malloc=0)
# deadlocks in the window tests as long as they draw with GL: Mesa's
# llvmpipe registers the EH frames of the code it compiles under libgcc's
# object_mutex and allocates while holding it, and the unwinder then waits
# for that mutex.  To get whole stacks, add GSK_RENDERER=cairo and
# GDK_DEBUG=gl-disable, run one test at a time on an idle machine, and
# expect it to be over ten times slower: a window test's 20-second waits
# can run out.

# Each test on an X server of its own: two GTK tests on one display ask
# each other for their selections' targets, and one that exits with such
# a request in flight leaves GDK's X11 clipboard lists and streams behind
# (16 bytes and two more of a GSList of target names, or a few hundred
# bytes with the "GDK_SELECTION_%p" property name), reported as leaks only
# when two window tests happened to overlap.
cd "$build"
exec dbus-run-session -- \
  meson test --print-errorlogs --num-processes 2 --timeout-multiplier 4 \
  --wrapper "$here/build-aux/own-xvfb.sh" "$@"
