#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the merged desktop file, the D-Bus service file and the icons
against the application ID: Icon= is the ID and the icon files for it exist
and look like GNOME icons.  Prints TAP.

usage: check-desktop.py DESKTOP SERVICE APP_ID BINDIR SOURCE_ROOT
"""

import configparser
import os
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
results = []


def check(condition, description):
    results.append((bool(condition), description))


def read_ini(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser


def svg_colours(root):
    """Every colour named in fill, stroke and style attributes."""
    colours = set()
    for element in root.iter():
        values = [element.get("fill"), element.get("stroke"),
                  element.get("stop-color")]
        style = element.get("style") or ""
        values += re.findall(r"(?:fill|stroke|stop-color)\s*:\s*([^;]+)", style)
        colours |= {v.strip().lower() for v in values if v}
    return colours - {"none"}


def main():
    desktop_path, service_path, app_id, bindir, source_root = sys.argv[1:6]
    base_id = app_id.removesuffix(".Devel")

    check(os.path.basename(desktop_path) == app_id + ".desktop", "desktop file named by the ID")
    raw = open(desktop_path, encoding="utf-8").read()
    check(not re.search(r"@[A-Z_]+@", raw), "no @PLACEHOLDER@ is left in the desktop file")
    entry = read_ini(desktop_path)["Desktop Entry"]
    check(entry.get("Icon") == app_id, f"Icon={app_id}")
    check(entry.get("Name") == "Plenary", "Name=Plenary")
    check(entry.get("GenericName") == "Report Reader", "GenericName=Report Reader")
    check(entry.get("Exec", "").split()[0] == "plenary", "Exec starts plenary")
    check(entry.get("Categories") == "Office;Viewer;Education;", "Categories")
    check(entry.get("StartupNotify") == "true", "StartupNotify=true")
    check(entry.get("DBusActivatable") == "true", "DBusActivatable=true")
    keywords = entry.get("Keywords", "")
    check(keywords.endswith(";") and any(ord(c) > 0x2e80 for c in keywords),
          "Keywords end with ; and include Chinese terms")

    # DBusActivatable needs a service with the same name as the desktop file.
    check(os.path.basename(service_path) == app_id + ".service", "service file named by the ID")
    service = read_ini(service_path)["D-BUS Service"]
    check(service.get("Name") == app_id, f"service Name={app_id}")
    check(service.get("Exec") == os.path.join(bindir, "plenary") + " --gapplication-service",
          "service Exec runs the binary with --gapplication-service")

    icons = os.path.join(source_root, "data", "icons", "hicolor")
    icon = os.path.join(icons, "scalable", "apps", app_id + ".svg")
    symbolic = os.path.join(icons, "symbolic", "apps", base_id + "-symbolic.svg")
    check(os.path.isfile(icon), f"scalable/apps/{app_id}.svg exists")
    check(os.path.isfile(symbolic), f"symbolic/apps/{base_id}-symbolic.svg exists")

    # gdk-pixbuf, and so GTK, recognises an SVG only by an <svg tag near the
    # start of the file; comments before it make the icon "unrecognized".
    for path in (icon, symbolic):
        if os.path.isfile(path):
            with open(path, "rb") as f:
                check(b"<svg" in f.read(256),
                      f"{os.path.basename(path)} opens its <svg> element in the first 256 bytes")

    if os.path.isfile(icon):
        root = ET.parse(icon).getroot()
        check(root.tag == SVG + "svg" and root.get("viewBox") == "0 0 128 128"
              and root.get("width") == "128" and root.get("height") == "128",
              "the app icon is drawn on the 128×128 canvas")
        check(len(svg_colours(root)) >= 4, "the app icon uses a palette, not one colour")
    if os.path.isfile(symbolic):
        root = ET.parse(symbolic).getroot()
        check(root.get("viewBox") == "0 0 16 16" and root.get("width") == "16"
              and root.get("height") == "16", "the symbolic icon is 16×16")
        check(svg_colours(root) == {"#2e3436"}, "the symbolic icon is drawn in #2e3436 only")
        check(not any(e.tag.endswith(t) for e in root.iter()
                      for t in ("linearGradient", "radialGradient", "pattern", "image")),
              "the symbolic icon has no gradients, patterns or images")

    for number, (passed, description) in enumerate(results, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {description}")
    print(f"1..{len(results)}")
    return 0 if all(passed for passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
