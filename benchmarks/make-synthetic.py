#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic report N times the size of the bundled one: every
chapter, indicator and chart repeated N times with suffixed ids, so that
references still resolve and the loader does its full work."""
import copy, json, sys

src, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
report = json.load(open(src, encoding="utf-8"))

def suffix_node(node, k):
    node["id"] += f"-k{k}"
    for p in node.get("paragraphs", []):
        p["id"] += f"-k{k}"
    for key in ("sections", "items"):
        for child in node.get(key, []):
            suffix_node(child, k)

chapters, indicators, charts = [], [], []
for k in range(factor):
    for ch in report["chapters"]:
        c = copy.deepcopy(ch)
        suffix_node(c, k)
        chapters.append(c)
    for ind in report["indicators"]:
        i = copy.deepcopy(ind)
        i["id"] += f"-k{k}"
        i["paragraph"] += f"-k{k}"
        indicators.append(i)
    for ch in report["charts"]:
        c = copy.deepcopy(ch)
        c["id"] += f"-k{k}"
        c["section"] += f"-k{k}"
        c["indicators"] = [i + f"-k{k}" for i in c["indicators"]]
        charts.append(c)

report["chapters"], report["indicators"], report["charts"] = chapters, indicators, charts
for h in report.get("headlines", []):
    h["indicator"] += "-k0"
    if "change" in h:
        h["change"] += "-k0"
inv = report.get("investment")
if inv:
    inv["paragraph"] += "-k0"
    if "growth_target" in inv:
        inv["growth_target"] += "-k0"
    if "previous" in inv:
        inv["previous"]["paragraph"] += "-k0"
def para(pid):
    # Paragraphs of the opening and closing words are not repeated.
    return pid if pid.startswith(("pre-", "end-")) else pid + "-k0"

for e in report.get("errata", []):
    e["paragraph"] = para(e["paragraph"])
deck = report.get("deck")
if deck:
    for key in ("key_charts", "investment_charts", "targets"):
        if key in deck:
            deck[key] = [i + "-k0" for i in deck[key]]
targets = report.get("targets")
if targets:
    for pair in targets.get("pairs", []):
        for key in ("target", "result"):
            if key in pair:
                pair[key] += "-k0"
    for entry in targets.get("not_set", []):
        if "result" in entry:
            entry["result"] += "-k0"
        if "paragraph" in entry:
            entry["paragraph"] = para(entry["paragraph"])
json.dump(report, open(out, "w", encoding="utf-8"), ensure_ascii=False)
