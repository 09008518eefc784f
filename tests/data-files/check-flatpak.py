#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shape of the Flatpak manifests in flatpak/: one per profile,
each named by its ID, on GNOME 48, with exactly the sandbox holes Plenary
needs (files go through portals), and the app built last with meson and
the profile that gives that ID.  Prints TAP.

usage: check-flatpak.py SOURCE_ROOT
"""

import json
import os
import re
import sys

FINISH_ARGS = ["--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"]
# poppler is built for its GLib bindings alone: no Qt, C++ frontend,
# command-line utilities, network, signatures or boost in the sandbox.
POPPLER_OPTIONS = ["-DENABLE_GLIB=ON", "-DENABLE_QT5=OFF", "-DENABLE_QT6=OFF", "-DENABLE_CPP=OFF",
                   "-DENABLE_UTILS=OFF", "-DENABLE_LIBCURL=OFF", "-DENABLE_GPGME=OFF",
                   "-DENABLE_NSS3=OFF", "-DENABLE_BOOST=OFF", "-DBUILD_GTK_TESTS=OFF"]
results = []


def check(condition, description):
    results.append((bool(condition), description))


def main():
    source_root = sys.argv[1]
    meson_build = open(os.path.join(source_root, "meson.build"), encoding="utf-8").read()
    base_id = re.search(r"^base_id = '([^']+)'", meson_build, re.M).group(1)
    data = os.path.join(source_root, "data")
    profiles = {"default": base_id, "development": base_id + ".Devel"}

    manifests = sorted(f for f in os.listdir(os.path.join(source_root, "flatpak"))
                       if f.endswith((".json", ".yml", ".yaml")))
    check(manifests == sorted(app_id + ".json" for app_id in profiles.values()),
          "flatpak/ holds one JSON manifest per profile, named by its ID")

    for profile, app_id in profiles.items():
        name = app_id + ".json"
        path = os.path.join(source_root, "flatpak", name)
        try:
            manifest = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as error:
            check(False, f"{name} parses: {error}")
            continue
        check(manifest.get("id") == app_id and "app-id" not in manifest, f"{name}: id {app_id}")
        check(manifest.get("runtime") == "org.gnome.Platform", f"{name}: runtime org.gnome.Platform")
        check(manifest.get("sdk") == "org.gnome.Sdk", f"{name}: sdk org.gnome.Sdk")
        check(manifest.get("runtime-version") == "48", f"{name}: runtime-version \"48\"")
        check(manifest.get("command") == "plenary", f"{name}: command plenary")
        args = manifest.get("finish-args", [])
        check(sorted(args) == sorted(FINISH_ARGS) and len(args) == len(FINISH_ARGS),
              f"{name}: finish-args are exactly {' '.join(FINISH_ARGS)}")

        modules = manifest.get("modules", [])
        last = modules[-1] if modules and isinstance(modules[-1], dict) else {}
        check(last.get("name") == "plenary" and last.get("buildsystem") == "meson",
              f"{name}: the last module is plenary, built with meson")
        options = last.get("config-opts", [])
        check(f"-Dprofile={profile}" in options
              and sum(o.startswith("-Dprofile=") for o in options) == 1,
              f"{name}: -Dprofile={profile}")
        sources = last.get("sources", [])
        check(any(s.get("type") == "dir" and s.get("path") == ".." for s in sources),
              f"{name}: builds the tree the manifest is in")

        poppler = [m for m in modules if isinstance(m, dict) and m.get("name") == "poppler"]
        check(len(poppler) == 1 and modules.index(poppler[0]) < len(modules) - 1
              and poppler[0].get("buildsystem") == "cmake-ninja",
              f"{name}: poppler is built with cmake-ninja before plenary")
        poppler_options = poppler[0].get("config-opts", []) if poppler else []
        missing = [o for o in POPPLER_OPTIONS if o not in poppler_options]
        check(not missing, f"{name}: poppler has only its GLib bindings ({' '.join(missing) or 'all options'})")
        archives = [src for src in (poppler[0].get("sources", []) if poppler else [])
                    if src.get("type") == "archive"]
        check(len(archives) == 1
              and re.fullmatch(r"https://poppler\.freedesktop\.org/poppler-\d+\.\d+\.\d+\.tar\.xz",
                               archives[0].get("url", ""))
              and re.fullmatch(r"[0-9a-f]{64}", archives[0].get("sha256", "")),
              f"{name}: poppler comes from a release tarball with a sha256")

        # The files the build configures for this ID start from these
        # templates; their IDs come from the profile, so the templates must
        # use the placeholder rather than a fixed ID.
        for template in ("io.github.plenary.Plenary.desktop.in",
                         "io.github.plenary.Plenary.metainfo.xml.in",
                         "io.github.plenary.Plenary.service.in"):
            text = open(os.path.join(data, template), encoding="utf-8").read()
            check("@APP_ID@" in text and base_id + ".Devel" not in text,
                  f"{name}: data/{template} takes its ID from the profile")
        check(os.path.isfile(os.path.join(data, "icons", "hicolor", "scalable", "apps",
                                          app_id + ".svg")),
              f"{name}: there is an icon for {app_id}")

    for number, (passed, description) in enumerate(results, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {description}")
    print(f"1..{len(results)}")
    return 0 if all(passed for passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
