#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on an X server of its own (Xvfb), for meson test --wrapper.
#
#   build-aux/own-xvfb.sh COMMAND [ARGS…]
#
# GTK programs that share an X server talk to each other through its
# selections: when one claims PRIMARY or CLIPBOARD, every other asks it for
# its TARGETS.  A test that exits while such a request is in flight, either
# side, leaves GDK's X11 clipboard with a list of target names or a
# selection stream that LeakSanitizer reports; so each test gets a display.
set -eu

dir=$(mktemp -d "${TMPDIR:-/tmp}/own-xvfb-XXXXXX")
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
tries=0
while [ ! -s "$dir/display" ]; do
  if ! kill -0 "$xvfb" 2>/dev/null || [ $tries -ge 300 ]; then
    echo "own-xvfb.sh: Xvfb did not start:" >&2
    cat "$dir/log" >&2
    exit 1
  fi
  tries=$((tries + 1))
  sleep 0.1
done

status=0
DISPLAY=":$(cat "$dir/display")" "$@" || status=$?
kill "$xvfb" 2>/dev/null || true
wait "$xvfb" 2>/dev/null || true
rm -rf "$dir"
exit $status
