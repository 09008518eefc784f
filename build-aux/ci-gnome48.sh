#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# CI: build Plenary against GNOME 48 (GTK 4.18, libadwaita 1.7, GLib 2.84),
# the platform of the Flatpak, inside a Debian 13 (trixie) chroot, and run
# the whole test suite there with -Dwerror=true.  Needs root.
#
# The root file system is cached under $PLENARY_CI_CACHE (by default
# /var/cache/plenary-ci/trixie-root) and reused; delete it to start afresh.
# The source tree is copied in, so other work in the tree can go on.
#
#   build-aux/ci-gnome48.sh        default profile: build and run every test
#   PLENARY_CI_PROFILES="default development" build-aux/ci-gnome48.sh
#                                  also build the development profile and run
#                                  its data, install and po suites
#
# Exits with the test suite's status.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${PLENARY_CI_CACHE:-/var/cache/plenary-ci}
root=$cache/trixie-root
profiles=${PLENARY_CI_PROFILES:-default}

packages="meson ninja-build gcc pkg-config gettext libglib2.0-dev libglib2.0-dev-bin
  libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev libopencc-dev libpng-dev libpoppler-glib-dev
  libxml2-dev desktop-file-utils
  appstream libxml2-utils xvfb xauth dbus dbus-x11 fonts-noto-cjk at-spi2-core
  python3 librsvg2-bin librsvg2-common x11-utils xdotool locales
  cups printer-driver-cups-pdf poppler-utils python3-pyatspi"
# One word a line, so that the stamp compares equal whatever the spacing.
wanted=$(printf '%s\n' $packages | sort)

if [ "$(id -u)" -ne 0 ]; then
  echo "ci-gnome48: needs root (mmdebstrap, chroot and mounts)" >&2
  exit 2
fi

# A fresh machine has no mmdebstrap.
if ! command -v mmdebstrap >/dev/null 2>&1; then
  echo "Installing: mmdebstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap
fi

# Reuse the machine's own Debian mirror: it is the one known to be reachable.
mirror=${PLENARY_CI_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
             sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)\/\{0,1\}[[:space:]]*$/\1/p' |
             head -n 1)
fi
if [ -z "$mirror" ]; then
  mirror=$(cat /etc/apt/sources.list 2>/dev/null |
             sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\/debian\)\/\{0,1\}[[:space:]].*/\2/p' |
             head -n 1)
fi
mirror=${mirror:-http://deb.debian.org/debian}

mounted=""
cleanup() {
  status=$?
  # Innermost first; a lazy unmount as a last resort so that the cached
  # root is never left with the host's /dev bound into it.
  for m in $mounted; do
    umount -R "$m" 2>/dev/null || umount -R -l "$m" 2>/dev/null || true
  done
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mount_into_root() {
  mount -t proc proc "$root/proc"
  mounted="$root/proc $mounted"
  mount --rbind /sys "$root/sys"
  mount --make-rslave "$root/sys"
  mounted="$root/sys $mounted"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  mounted="$root/dev $mounted"
}

in_root() {
  env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"
}

now() { date +%s; }

# Never remove a tree with something mounted in it: a bind of /dev left by
# an interrupted run would take the host's devices with it.
assert_unmounted() {
  if awk -v d="$1" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    echo "ci-gnome48: $1 still has mounts in it; unmount them first" >&2
    exit 2
  fi
}

start=$(now)
if [ ! -f "$root/.plenary-packages" ]; then
  echo "ci-gnome48: creating the trixie root in $root from $mirror"
  mkdir -p "$cache"
  assert_unmounted "$root.new"
  assert_unmounted "$root"
  rm -rf "$root.new"
  mmdebstrap --variant=apt --components=main \
    --aptopt='APT::Install-Recommends "false"' \
    --include="$(printf '%s,' $packages | sed 's/,$//')" \
    trixie "$root.new" "$mirror"
  printf '%s\n' "$wanted" > "$root.new/.plenary-packages"
  rm -rf "$root"
  mv "$root.new" "$root"
  mount_into_root
elif [ "$(cat "$root/.plenary-packages")" != "$wanted" ]; then
  echo "ci-gnome48: the package list changed; updating the cached root"
  mount_into_root
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  in_root apt-get update -qq
  in_root apt-get install -y -qq --no-install-recommends $packages
  printf '%s\n' "$wanted" > "$root/.plenary-packages"
else
  mount_into_root
fi
# D-Bus and Xvfb want a machine id.
in_root dbus-uuidgen --ensure
in_root dbus-uuidgen --ensure=/etc/machine-id
root_done=$(now)

# A snapshot of the tree without build directories or history.
rm -rf "$root/src" "$root/build"
mkdir -p "$root/src"
(cd "$here" && tar --exclude=./.git --exclude='./_build*' --exclude=./build --exclude=./builddir \
   --exclude=./.flatpak-builder -cf - .) | tar -C "$root/src" -xf -

cat > "$root/run-ci.sh" <<'EOF'
#!/bin/sh
# Runs inside the trixie root.
set -u
echo "== versions"
pkg-config --modversion gtk4 libadwaita-1 glib-2.0 json-glib-1.0 | paste -sd' '
meson --version
# glibc 2.41 ignores LANGUAGE under C.UTF-8; the translation test uses a
# real Chinese locale where there is one.
localedef -i zh_CN -c -f UTF-8 -A /usr/share/locale/locale.alias zh_CN.UTF-8 || true
status=0
for profile in $PROFILES; do
  build=/build/$profile
  echo "== $profile: build"
  if ! meson setup "$build" /src -Dwerror=true -Dprofile="$profile" >/build/setup-$profile.log 2>&1; then
    cat /build/setup-$profile.log
    exit 1
  fi
  ninja -C "$build" -k 0 || exit 1
  echo "== $profile: test"
  suites=""
  [ "$profile" = default ] || suites="--suite data --suite install --suite po"
  # -noreset: Xvfb otherwise resets whenever its last client leaves and
  # refuses connections meanwhile, failing whichever test connects then.
  (cd "$build" &&
   dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" \
     meson test --print-errorlogs --num-processes 2 $suites) || status=1
done
exit $status
EOF
chmod +x "$root/run-ci.sh"
mkdir -p "$root/build"

set +e
in_root env PROFILES="$profiles" /run-ci.sh
result=$?
set -e
end=$(now)

echo "ci-gnome48: root $((root_done - start)) s, build and tests $((end - root_done)) s, status $result"
exit $result
