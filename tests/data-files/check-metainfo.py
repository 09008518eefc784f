#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the merged AppStream metainfo for what appstreamcli 0.16 does not:
the developer, branding colours, dated releases, captioned screenshots, the
OARS rating, the launchable, the URLs and the relations.  Prints TAP.

usage: check-metainfo.py METAINFO APP_ID VERSION SOURCE_ROOT
"""

import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCREENSHOT_BASE = "https://raw.githubusercontent.com/plenary/plenary/main/"

results = []


def check(condition, description):
    results.append((bool(condition), description))
    return bool(condition)


def untranslated(parent, tag):
    """The children called TAG without xml:lang: the English originals."""
    return [e for e in parent.findall(tag) if e.get(XML_LANG) is None]


def text_of(element):
    return "".join(element.itertext()).strip() if element is not None else ""


def main():
    path, app_id, version, source_root = sys.argv[1:5]
    raw = open(path, encoding="utf-8").read()
    check(not re.search(r"@[A-Z_]+@", raw), "no @PLACEHOLDER@ is left after configuration")
    root = ET.fromstring(raw)

    check(root.tag == "component" and root.get("type") == "desktop-application",
          "component type desktop-application")
    check(text_of(root.find("id")) == app_id, f"id is {app_id}")
    check(os.path.basename(path) == app_id + ".metainfo.xml", "file named by the ID")
    check(text_of(root.find("metadata_license")) == "CC0-1.0", "metadata_license CC0-1.0")
    check(text_of(root.find("project_license")) == "GPL-3.0-or-later",
          "project_license GPL-3.0-or-later")
    check(text_of(untranslated(root, "name")[0]) == "Plenary", "name Plenary")
    summary = text_of(untranslated(root, "summary")[0])
    check(0 < len(summary) <= 60 and not summary.endswith("."),
          "summary is short and has no full stop")

    developer = root.find("developer")
    check(developer is not None and developer.get("id") == "io.github.plenary",
          "developer id io.github.plenary")
    check(developer is not None and text_of(developer.find("name")) != "",
          "developer has a name")

    description = root.find("description")
    paragraphs = untranslated(description, "p") if description is not None else []
    items = description.findall("ul/li") if description is not None else []
    items = [li for li in items if li.get(XML_LANG) is None]
    check(len(paragraphs) >= 2 and all(len(text_of(p)) > 40 for p in paragraphs),
          "description has real paragraphs")
    check(len(items) >= 4, "description lists the features")

    colours = {}
    for colour in root.findall("branding/color"):
        if colour.get("type") == "primary":
            colours[colour.get("scheme_preference")] = (colour.text or "").strip()
    for scheme in ("light", "dark"):
        check(re.fullmatch(r"#[0-9a-fA-F]{6}", colours.get(scheme, "")),
              f"branding has a primary {scheme} colour")
    check(colours.get("light") != colours.get("dark"), "the light and dark colours differ")

    releases = root.findall("releases/release")
    check(len(releases) >= 1, "at least one release")
    dates = []
    for release in releases:
        try:
            dates.append(datetime.date.fromisoformat(release.get("date", "")))
            ok = True
        except ValueError:
            ok = False
        check(ok and release.get("version"), f"release {release.get('version')} has a version and a date")
        check(release.find("description") is not None,
              f"release {release.get('version')} has a description")
    check(dates == sorted(dates, reverse=True), "releases are newest first")
    check(releases and releases[0].get("version") == version,
          f"the newest release is the project version {version}")

    screenshots = root.findall("screenshots/screenshot")
    check(len(screenshots) >= 3, "at least three screenshots")
    check(sum(1 for s in screenshots if s.get("type") == "default") == 1,
          "exactly one default screenshot")
    screenshot_dir = os.path.join(source_root, "data", "screenshots")
    for screenshot in screenshots:
        image = text_of(screenshot.find("image"))
        captions = untranslated(screenshot, "caption")
        check(image.startswith(SCREENSHOT_BASE) and image.endswith(".png"),
              f"screenshot {image} is a PNG in the repository")
        check(len(captions) == 1 and text_of(captions[0]) != "",
              f"screenshot {os.path.basename(image)} has a caption")
        # The PNGs are added to the tree after the metainfo; once the folder
        # exists, every listed screenshot has to be in it.
        if os.path.isdir(screenshot_dir) and image.startswith(SCREENSHOT_BASE):
            relative = image[len(SCREENSHOT_BASE):]
            check(os.path.isfile(os.path.join(source_root, relative)),
                  f"{relative} exists in the source tree")

    rating = root.find("content_rating")
    check(rating is not None and rating.get("type") == "oars-1.1", "content_rating oars-1.1")

    launchables = root.findall("launchable")
    check(len(launchables) == 1 and launchables[0].get("type") == "desktop-id"
          and text_of(launchables[0]) == app_id + ".desktop",
          f"launchable desktop-id {app_id}.desktop")
    check([text_of(b) for b in root.findall("provides/binary")] == ["plenary"],
          "provides the binary plenary")
    translation = root.find("translation")
    check(translation is not None and translation.get("type") == "gettext"
          and text_of(translation) == "plenary", "translation gettext domain plenary")

    urls = {u.get("type"): text_of(u) for u in root.findall("url")}
    for kind in ("homepage", "bugtracker", "vcs-browser"):
        check(urls.get(kind, "").startswith("https://github.com/plenary/plenary"),
              f"url {kind}")

    check(root.find("requires/display_length") is not None, "requires a display length")
    controls = {text_of(c) for c in root.findall("supports/control")}
    check({"keyboard", "pointing", "touch"} <= controls, "supports keyboard, pointing and touch")

    for number, (passed, description) in enumerate(results, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {description}")
    print(f"1..{len(results)}")
    return 0 if all(passed for passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
