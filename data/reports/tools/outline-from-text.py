#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the report's plain text into Plenary's outline (chapters, sections,
items, paragraphs) as JSON on standard output.

The outline in data/reports/guangzhou-2019-2020.json was first produced by
this script and then completed by hand (English titles, indicators, charts).
It is kept so that anyone can see how the text was split and re-run it on the
next year's report.  Page breaks in the source split paragraphs, sometimes in
the middle of a word; a block that does not end a sentence is joined to the
next one without a space.
"""
import json
import re
import sys

CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、(.*)$")
SECTION = re.compile(r"^（([一二三四五六七八九十]+)）(.*)$")
ITEM = re.compile(r"^(\d+)\.(.*)$")
ENDS_BLOCK = ("。", "：", "？", "！", "”")

ERRATA = [
    ("平台 and 机构", "平台和机构", "An English word stands in the Chinese text."),
    ("管理和服 务", "管理和服务", "A stray space splits the word 服务."),
]


def blocks(text):
    raw = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    merged = []
    for b in raw:
        if merged and not merged[-1].endswith(ENDS_BLOCK) and not CHAPTER.match(merged[-1]) \
                and not merged[-1] in ("各位代表：",) and len(merged) > 4:
            merged[-1] = merged[-1] + b
        else:
            merged.append(b)
    return merged


def main(path):
    text = open(path, encoding="utf-8").read()
    bs = blocks(text)
    errata = []
    out = {
        "title": bs[0],
        "occasion_lines": bs[1],
        "presenter": bs[2],
        "preamble": [],
        "chapters": [],
        "closing": [],
        "errata": errata,
    }
    rest = bs[3:]
    current = {"paragraphs": out["preamble"]}
    chapter = section = item = None
    for b in rest:
        for wrong, right, why in ERRATA:
            if wrong in b:
                b = b.replace(wrong, right)
                errata.append({"original": wrong, "corrected": right, "reason": why})
        m = CHAPTER.match(b)
        if m:
            chapter = {"number": m.group(1), "title": m.group(2), "paragraphs": [], "sections": []}
            out["chapters"].append(chapter)
            section = item = None
            continue
        m = SECTION.match(b)
        if m and chapter:
            section = {"number": m.group(1), "title": m.group(2), "paragraphs": [], "items": []}
            chapter["sections"].append(section)
            item = None
            continue
        m = ITEM.match(b)
        if m and section:
            first, _, body = m.group(2).partition("。")
            item = {"number": m.group(1), "title": first + "。", "paragraphs": [body]}
            section["items"].append(item)
            continue
        if b.startswith("2020 年还要动员全市力量"):
            out["closing"].append(b)
            continue
        target = item or section or chapter or current
        target["paragraphs"].append(b)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
