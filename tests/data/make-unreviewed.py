#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the bundled report as the importer would: with its provenance
and every indicator marked unreviewed.

    make-unreviewed.py REPORT OUTPUT

An imported report arrives like this: the review queue's and the guards'
tests (and anyone trying the queue by hand) open it. Made by the build
(tests/meson.build) so that it follows the bundled report.
"""
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    for indicator in report["indicators"]:
        indicator["reviewed"] = False
    # The window takes a report for an imported one by its provenance.
    report["provenance"] = {
        "source_file": "guangzhou-2019-plan-report.txt",
        "format": "text",
        "imported": "2026-01-01T00:00:00Z",
        "importer": "make-unreviewed.py",
        "reviewed": False,
        "notes": [],
    }
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
