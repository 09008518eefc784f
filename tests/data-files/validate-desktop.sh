#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# desktop-file-validate, failing on warnings as well as errors; hints (such
# as the one about Office and Education both being main categories) pass.
set -u
out=$(desktop-file-validate "$@" 2>&1)
status=$?
[ -z "$out" ] || printf '%s\n' "$out"
[ $status -eq 0 ] || exit 1
if printf '%s\n' "$out" | grep -qE ': (warning|error): '; then
  exit 1
fi
exit 0
