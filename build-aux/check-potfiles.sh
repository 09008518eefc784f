#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file with translatable strings under src/, resources/ or data/
# is missing from po/POTFILES.in, when POTFILES.in names a file that does not
# exist, or when POTFILES.in is not sorted.
#
#   build-aux/check-potfiles.sh [SOURCE_ROOT]
set -eu

root=${1:-${PLENARY_SOURCE_ROOT:-$(dirname "$0")/..}}
cd "$root"
potfiles=po/POTFILES.in
status=0

listed=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$potfiles" || true)

# C sources that call the gettext macros (_(), N_(), C_(), NC_(), Q_(), and
# g_dngettext-style ngettext), UI files with translatable properties, and
# the desktop, metainfo and schema templates, which are always translatable.
code=$(grep -rlE --include='*.c' --include='*.h' \
         '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|ngettext)[[:space:]]*\(' src || true)
ui=$(grep -rlE --include='*.ui' --include='*.xml' --include='*.blp' \
       'translatable[[:space:]]*=[[:space:]]*"yes"' resources data || true)
templates=$(find data -path data/reports -prune -o -type f \
              \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
                 -o -name '*.appdata.xml.in' -o -name '*.gschema.xml.in' \
                 -o -name '*.gschema.xml' \) -print)

for f in $(printf '%s\n' $code $ui $templates | sort -u); do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "$potfiles: missing $f"
    status=1
  fi
done

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "$potfiles: lists $f, which does not exist"
    status=1
  fi
done

sorted=$(printf '%s\n' "$listed" | LC_ALL=C sort)
if [ "$listed" != "$sorted" ]; then
  echo "$potfiles: not sorted; expected:"
  printf '%s\n' "$sorted" | sed 's/^/  /'
  status=1
fi

[ $status -ne 0 ] || echo "$potfiles: complete and sorted ($(printf '%s\n' "$listed" | wc -l) files)"
exit $status
