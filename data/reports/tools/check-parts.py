#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check indicator fragments (data/reports/parts/indicators-*.json) against the
outline before they are merged: every field present and of the right kind,
ids unique, every quote an exact substring of its paragraph's text."""
import glob, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
parts = os.path.join(here, "..", "parts")
outline = json.load(open(os.path.join(parts, "outline.json"), encoding="utf-8"))
units = {u["id"] for u in json.load(open(os.path.join(here, "units.json"), encoding="utf-8"))}
paragraphs = {}
def walk(node):
    for p in node.get("paragraphs", []) + node.get("preamble", []) + node.get("closing", []):
        paragraphs[p["id"]] = p["text"]
    for key in ("chapters", "sections", "items"):
        for child in node.get(key, []):
            walk(child)
walk(outline)

QUALIFIERS = {"more-than", "at-least", "at-most", "about", "aim"}
KINDS = {"actual", "target", "baseline"}
MEASURES = {"level", "growth", "share", "change", "rank"}
CATEGORIES = {"economy", "industry", "innovation", "transport", "urban", "culture", "tourism",
              "services", "finance", "business", "bay-area", "reform", "opening-up",
              "environment", "agriculture", "education", "health", "sports", "welfare",
              "housing", "employment", "epidemic", "investment", "digital", "energy-food", "safety"}
PERIOD = re.compile(r"^(\d{4}|\d{4}-Q[1-4]|\d{4}-\d{2}|\d{4}-\d{2}/\d{2}|\d{4}/\d{4}|cumulative)$")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []
seen = {}
files = sys.argv[1:] or sorted(glob.glob(os.path.join(parts, "indicators-*.json")))
for f in files:
    data = json.load(open(f, encoding="utf-8"))
    for n, ind in enumerate(data):
        where = f"{os.path.basename(f)}[{n}] {ind.get('id')}"
        for key in ("id", "label", "value", "unit", "period", "kind", "measure", "category", "paragraph", "quote"):
            if key not in ind:
                errors.append(f"{where}: missing {key}")
        if not ID.match(str(ind.get("id", ""))):
            errors.append(f"{where}: id must be kebab-case ascii")
        if ind.get("id") in seen:
            errors.append(f"{where}: duplicate id, also in {seen[ind['id']]}")
        seen[ind.get("id")] = where
        lab = ind.get("label", {})
        if not (isinstance(lab, dict) and lab.get("zh") and lab.get("en")):
            errors.append(f"{where}: label needs zh and en")
        if not isinstance(ind.get("value"), (int, float)) or isinstance(ind.get("value"), bool):
            errors.append(f"{where}: value must be a number")
        if ind.get("unit") not in units:
            errors.append(f"{where}: unit {ind.get('unit')!r} not in units.json")
        if "qualifier" in ind and ind["qualifier"] not in QUALIFIERS:
            errors.append(f"{where}: bad qualifier {ind['qualifier']!r}")
        if ind.get("kind") not in KINDS:
            errors.append(f"{where}: bad kind {ind.get('kind')!r}")
        if ind.get("measure") not in MEASURES:
            errors.append(f"{where}: bad measure {ind.get('measure')!r}")
        if ind.get("category") not in CATEGORIES:
            errors.append(f"{where}: bad category {ind.get('category')!r}")
        if not PERIOD.match(str(ind.get("period", ""))):
            errors.append(f"{where}: bad period {ind.get('period')!r}")
        text = paragraphs.get(ind.get("paragraph"))
        if text is None:
            errors.append(f"{where}: unknown paragraph {ind.get('paragraph')!r}")
        elif ind.get("quote", "") not in text:
            errors.append(f"{where}: quote not found in {ind['paragraph']}: {ind.get('quote')!r}")
        elif not re.search(r"\d|[一二三四五六七八九十百千万亿两]", ind.get("quote", "")):
            errors.append(f"{where}: quote has no number")
print("\n".join(errors) if errors else f"ok: {len(seen)} indicators in {len(files)} files")
sys.exit(1 if errors else 0)
