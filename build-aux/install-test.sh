#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build in $PLENARY_BUILD_ROOT into a temporary DESTDIR and
# checks the result the way a distribution would see it: every file where it
# belongs under the prefix and named by the application ID, nothing of the
# other profile, the schemas compiling, and the installed binary showing its
# window, both started directly and activated through its D-Bus service
# file.  Prints TAP.  The window checks need an X display (run it under
# xvfb-run); without one they are skipped.
#
#   PLENARY_BUILD_ROOT=_build build-aux/install-test.sh
set -u

build=${PLENARY_BUILD_ROOT:?set PLENARY_BUILD_ROOT to the build directory}

n=0
failures=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n - $* # SKIP"; }
check() {
  # check DESCRIPTION COMMAND...: one test point from a command's status.
  desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
bail() { echo "Bail out! $*"; exit 1; }

# The window checks, run by the script itself inside a private session bus
# (see the end of the file).  Environment: TAP_START, APP_ID, APP_BIN,
# RESULT_FILE.
launch_phase() {
  n=$TAP_START
  path="/$(echo "$APP_ID" | tr . /)"

  # The visible top-level window of process $1 that carries the app ID.
  window_of() {
    for w in $(xdotool search --onlyvisible --pid "$1" 2>/dev/null); do
      if xprop -id "$w" _GTK_APPLICATION_ID 2>/dev/null | grep -q "= \"$APP_ID\"$"; then
        echo "$w"
        return 0
      fi
    done
    return 1
  }
  wait_for_window() {
    i=0
    while [ $i -lt 100 ]; do
      window_of "$1" >/dev/null && return 0
      kill -0 "$1" 2>/dev/null || return 1
      sleep 0.1
      i=$((i + 1))
    done
    return 1
  }
  # Kills process $1 after $2 seconds unless stopped with stop_watchdog;
  # it keeps no descriptor of the test open, so meson does not wait for it.
  start_watchdog() {
    (
      trap 'kill "$s" 2>/dev/null; exit 0' TERM
      sleep "$2" &
      s=$!
      wait "$s"
      kill -9 "$1" 2>/dev/null
    ) </dev/null >/dev/null 2>&1 &
    watchdog=$!
  }
  stop_watchdog() {
    kill "$watchdog" 2>/dev/null
    wait "$watchdog" 2>/dev/null
  }
  name_has_owner() {
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.NameHasOwner "$APP_ID" 2>/dev/null | grep -q true
  }

  # Started directly: a window within ten seconds; a watchdog makes sure a
  # hung process does not outlive the test.  Xvfb resets itself when its
  # last client leaves, and refuses connections while it does; a refused
  # display (and only that) earns one more try.
  for attempt in 1 2; do
    "$APP_BIN" 2>"$RESULT_FILE.stderr" &
    pid=$!
    start_watchdog "$pid" 30
    if wait_for_window "$pid"; then
      shown=true
    else
      shown=false
    fi
    cat "$RESULT_FILE.stderr" >&2
    if $shown || [ $attempt -eq 2 ] || kill -0 "$pid" 2>/dev/null ||
       ! grep -q "cannot open display\|Failed to open display" "$RESULT_FILE.stderr"; then
      break
    fi
    echo "# the X server refused the connection; trying once more"
    stop_watchdog
    sleep 1
  done
  check "the installed binary shows a window with _GTK_APPLICATION_ID $APP_ID" $shown
  check "the installed binary owns $APP_ID on the session bus" name_has_owner
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  stop_watchdog

  # Activated by the bus through the installed service file, as GNOME Shell
  # does for DBusActivatable=true, and then quit through app.quit.
  if gdbus call --session --dest "$APP_ID" --object-path "$path" \
       --method org.freedesktop.Application.Activate '{}' >/dev/null; then
    ok "org.freedesktop.Application.Activate starts $APP_ID through its service file"
    pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
            --method org.freedesktop.DBus.GetConnectionUnixProcessID "$APP_ID" |
          sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
    start_watchdog "$pid" 30
    check "the D-Bus-activated app shows its window" wait_for_window "$pid"
    gdbus call --session --dest "$APP_ID" --object-path "$path" \
      --method org.freedesktop.Application.ActivateAction quit '[]' '{}' >/dev/null
    i=0
    while [ $i -lt 100 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
      not_ok "app.quit ends the D-Bus-activated app"
      kill -9 "$pid" 2>/dev/null
    else
      ok "app.quit ends the D-Bus-activated app"
    fi
    stop_watchdog
  else
    not_ok "org.freedesktop.Application.Activate starts $APP_ID through its service file"
    skip "the D-Bus-activated app shows its window"
    skip "app.quit ends the D-Bus-activated app"
  fi

  echo "$n $failures" > "$RESULT_FILE"
}

if [ "${1:-}" = "--launch-phase" ]; then
  failures=0
  launch_phase
  exit 0
fi

build=$(cd "$build" && pwd) || bail "no build directory $build"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plenary-install.XXXXXX") || bail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/root

if ! meson install -C "$build" --destdir "$dest" --no-rebuild >"$tmp/install.log" 2>&1; then
  sed 's/^/# /' "$tmp/install.log"
  bail "meson install failed"
fi
ok "meson install --destdir"

# The build's own idea of the directories and the application ID.
meson introspect "$build" --buildoptions > "$tmp/options.json" || bail "meson introspect failed"
eval "$(python3 - "$tmp/options.json" <<'EOF'
import json, sys
options = {o["name"]: o["value"] for o in json.load(open(sys.argv[1]))}
for key in ("prefix", "bindir", "datadir", "localedir", "profile"):
    value = options[key]
    if key != "prefix" and key != "profile" and not value.startswith("/"):
        value = options["prefix"].rstrip("/") + "/" + value
    print(f"{key}='{value}'")
EOF
)"
app_id=$(sed -n 's/^#define APPLICATION_ID "\(.*\)"$/\1/p' "$build/config.h")
[ -n "$app_id" ] || bail "no APPLICATION_ID in $build/config.h"
echo "# profile $profile, application ID $app_id, prefix $prefix"

bin=$dest$bindir/plenary
share=$dest$datadir
check "binary $bindir/plenary" test -x "$bin"
check "desktop file applications/$app_id.desktop" test -f "$share/applications/$app_id.desktop"
check "metainfo metainfo/$app_id.metainfo.xml" test -f "$share/metainfo/$app_id.metainfo.xml"
check "scalable icon icons/hicolor/scalable/apps/$app_id.svg" \
  test -f "$share/icons/hicolor/scalable/apps/$app_id.svg"
check "symbolic icon icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  test -f "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
check "settings schema glib-2.0/schemas/$app_id.gschema.xml" \
  test -f "$share/glib-2.0/schemas/$app_id.gschema.xml"
check "D-Bus service dbus-1/services/$app_id.service" \
  test -f "$share/dbus-1/services/$app_id.service"
check "translations locale/zh_CN/LC_MESSAGES/plenary.mo" \
  test -f "$dest$localedir/zh_CN/LC_MESSAGES/plenary.mo"
check "the D-Bus service starts $bindir/plenary as a GApplication service" \
  grep -qxF "Exec=$bindir/plenary --gapplication-service" "$share/dbus-1/services/$app_id.service"
check "the D-Bus service is named $app_id" \
  grep -qxF "Name=$app_id" "$share/dbus-1/services/$app_id.service"
if desktop-file-validate "$share/applications/$app_id.desktop" >"$tmp/validate.log" 2>&1; then
  ok "the installed desktop file validates"
else
  not_ok "the installed desktop file validates"
fi
sed 's/^/# /' "$tmp/validate.log"

# Both profiles must be installable into one prefix: every file that names
# an application ID names this build's, and nothing else of it is there.
strays=$(find "$dest" -name '*io.github.plenary*' ! -name "$app_id.desktop" \
           ! -name "$app_id.metainfo.xml" ! -name "$app_id.service" ! -name "$app_id.svg" \
           ! -name "$app_id-symbolic.svg" ! -name "$app_id.gschema.xml")
if [ -z "$strays" ]; then
  ok "every installed file with an ID in its name is named by $app_id"
else
  not_ok "files named by another ID: $(echo "$strays" | sed "s|^$dest||" | tr '\n' ' ')"
fi

schemas=$share/glib-2.0/schemas
if glib-compile-schemas --strict "$schemas" 2>"$tmp/schemas.log"; then
  ok "glib-compile-schemas --strict in the destdir"
else
  sed 's/^/# /' "$tmp/schemas.log"
  not_ok "glib-compile-schemas --strict in the destdir"
fi

if [ -z "${DISPLAY:-}" ]; then
  skip "the installed binary shows a window (no DISPLAY)"
  skip "the installed binary owns $app_id on the session bus (no DISPLAY)"
  skip "D-Bus activation (no DISPLAY)"
elif ! command -v xdotool >/dev/null || ! command -v xprop >/dev/null; then
  bail "the window checks need xdotool and xprop (x11-utils)"
else
  # A private session bus whose only service is the installed one, pointed
  # at the binary in the destdir.  The bus passes its environment on to
  # the programs it starts.
  mkdir -p "$tmp/services"
  sed "s|^Exec=$bindir/|Exec=$dest$bindir/|" "$share/dbus-1/services/$app_id.service" \
    > "$tmp/services/$app_id.service"
  cat > "$tmp/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$tmp/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
  TAP_START=$n APP_ID=$app_id APP_BIN=$bin RESULT_FILE=$tmp/result \
  GSETTINGS_SCHEMA_DIR=$schemas GSETTINGS_BACKEND=memory \
  XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
  NO_AT_BRIDGE=1 GTK_A11Y=none \
    dbus-run-session --config-file="$tmp/bus.conf" -- "$0" --launch-phase
  if [ -f "$tmp/result" ]; then
    read -r n launch_failures < "$tmp/result"
    failures=$((failures + launch_failures))
  else
    bail "the window checks did not finish"
  fi
fi

echo "1..$n"
[ "$failures" -eq 0 ]
