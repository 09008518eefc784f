#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the test reports made from tests/data/minimal-report.json.

    make-invalid.py OUTDIR [--stamp FILE]

The build runs it (tests/meson.build), so the files are never stale and
never committed. Into OUTDIR/invalid/ go the invalid reports: each breaks
the minimal report in exactly one way, so the error that
tests/model/test-invalid-reports.c expects for it can only come from that
change. Into OUTDIR go three valid ones: unknown-fields-report.json, the
minimal report with fields no Plenary version knows (the loader must
ignore them), page-ids-report.json, whose chapter, sections and chart
are called "charts", "overview" and "investment" like the window's fixed
pages (the window must still tell them apart), and bilingual-report.json,
the minimal report with one paragraph given as {"zh", "en"} and its
indicators' quotes in both languages.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def dump(report):
    return (json.dumps(report, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def load_minimal():
    with open(os.path.join(HERE, "minimal-report.json"), encoding="utf-8") as f:
        return json.load(f)


MINIMAL = load_minimal()
MINIMAL_BYTES = dump(MINIMAL)


# Shortcuts into the minimal report's tree.
def section(r, i):
    return r["chapters"][0]["sections"][i]


def item(r):
    return section(r, 1)["items"][0]


# The English of c1s1p1 and of the quotes of its three indicators.
C1S1P1_EN = "GDP grew by 6.8%, and exports fell by 6.1%. 337,300 new jobs were created."
QUOTES_EN = ["GDP grew by 6.8%", "exports fell by 6.1%", "337,300 new jobs"]


def translate(r, quotes=True):
    """Gives c1s1p1 its English text and, with quotes, its indicators
    their English quotes (indicators 0 to 2 quote that paragraph)."""
    p = section(r, 0)["paragraphs"][0]
    p["text"] = {"zh": p["text"], "en": C1S1P1_EN}
    if quotes:
        for ind, en in zip(r["indicators"][:3], QUOTES_EN):
            ind["quote"] = {"zh": ind["quote"], "en": en}
    return r


def bilingual():
    return dump(translate(copy.deepcopy(MINIMAL)))


def translated_then(change):
    return lambda r: change(translate(r))


# Mutations of the parsed report: each takes the report and changes it in place.
MUTATIONS = {
    # The file as a whole.
    "wrong-format": lambda r: r.update(format="plenary-slides"),
    "missing-format": lambda r: r.pop("format"),
    "newer-version": lambda r: r.update(version=2),
    "version-zero": lambda r: r.update(version=0),
    "version-string": lambda r: r.update(version="1"),
    # Required fields.
    "missing-metadata": lambda r: r.pop("metadata"),
    "missing-metadata-title": lambda r: r["metadata"].pop("title"),
    "missing-title-zh": lambda r: section(r, 0)["title"].pop("zh"),
    "missing-chapters": lambda r: r.pop("chapters"),
    "missing-paragraph-text": lambda r: section(r, 0)["paragraphs"][0].pop("text"),
    "missing-indicator-quote": lambda r: r["indicators"][1].pop("quote"),
    "missing-indicator-label-en": lambda r: r["indicators"][0]["label"].pop("en"),
    "missing-chart-section": lambda r: r["charts"][2].pop("section"),
    "missing-investment-categories": lambda r: r["investment"].pop("categories"),
    # Wrong types.
    "value-string": lambda r: r["indicators"][2].update(value="33.73"),
    "value-null": lambda r: r["indicators"][0].update(value=None),
    "unit-number": lambda r: r["indicators"][0].update(unit=100),
    "metadata-array": lambda r: r.update(metadata=[r["metadata"]]),
    "units-object": lambda r: r.update(units={"%": r["units"][0]}),
    "indicator-string": lambda r: r["indicators"].__setitem__(0, "gdp-growth-2019"),
    "title-string": lambda r: r["chapters"][0].update(title="2019 年规划执行情况"),
    "chart-indicator-number": lambda r: r["charts"][1]["indicators"].__setitem__(0, 3),
    "projects-fraction": lambda r: r["investment"].update(projects=515.5),
    "projects-negative": lambda r: r["investment"]["categories"][0].update(projects=-289),
    # Values.
    "empty-number": lambda r: r["chapters"][0].update(number=""),
    "empty-paragraph-text": lambda r: r["closing"][0].update(text=""),
    "bad-id-characters": lambda r: section(r, 0).update(id="C1 S1"),
    "bad-id-hyphens": lambda r: r["charts"][0].update(id="growth--2019"),
    # What the file says is quoted on one line and cut short in messages.
    "id-with-newline": lambda r: r["indicators"][0].update(id="gdp-growth\n2019"),
    "long-quote": lambda r: r["indicators"][2].update(quote="新增就业" * 30),
    "no-chapters": lambda r: r.update(chapters=[]),
    "unknown-unit": lambda r: r["indicators"][2].update(unit="万户"),
    "unit-bad-kind": lambda r: r["units"][3].update(kind="pieces"),
    "unit-zero-scale": lambda r: r["units"][1].update(scale=0),
    "bad-qualifier": lambda r: r["indicators"][3].update(qualifier="roughly"),
    "bad-period": lambda r: r["indicators"][0].update(period="FY2019"),
    "bad-kind": lambda r: r["indicators"][1].update(kind="forecast"),
    "bad-measure": lambda r: r["indicators"][2].update(measure="ratio"),
    "bad-chart-type": lambda r: r["charts"][1].update(type="pie"),
    # Ids used twice.
    "duplicate-paragraph-id": lambda r: item(r)["paragraphs"][0].update(id="c1s1p1"),
    "duplicate-paragraph-node-id": lambda r: section(r, 0)["paragraphs"][0].update(id="c1"),
    "duplicate-node-paragraph-id": lambda r: section(r, 1).update(id="c1p1"),
    "duplicate-node-id": lambda r: item(r).update(id="c1s1"),
    "duplicate-indicator-id": lambda r: r["indicators"][3].update(id="gdp-growth-2019"),
    "duplicate-chart-id": lambda r: r["charts"][2].update(id="growth-2019"),
    "duplicate-unit": lambda r: r["units"].append(dict(r["units"][2])),
    "duplicate-category-id": lambda r: r["investment"]["categories"][1].update(id="industry"),
    # References and quotes.
    "unknown-paragraph": lambda r: r["indicators"][1].update(paragraph="c9p9"),
    "quote-not-in-paragraph": lambda r: r["indicators"][1].update(quote="出口下降 6.2%"),
    # Paragraphs with an English text, and English quotes.
    "paragraph-text-missing-en": lambda r: section(r, 0)["paragraphs"][0].update(
        text={"zh": "地区生产总值增长 6.8%，出口下降 6.1%。新增就业 33.73 万人。"}),
    "paragraph-text-empty-en": translated_then(
        lambda r: section(r, 0)["paragraphs"][0]["text"].update(en="")),
    "paragraph-text-en-number": translated_then(
        lambda r: section(r, 0)["paragraphs"][0]["text"].update(en=6.8)),
    "quote-en-not-in-paragraph": translated_then(
        lambda r: r["indicators"][1]["quote"].update(en="exports fell by 6.2%")),
    "quote-en-in-chinese": translated_then(
        lambda r: r["indicators"][0]["quote"].update(en="地区生产总值增长 6.8%")),
    "quote-en-missing": translated_then(lambda r: r["indicators"][2]["quote"].pop("en")),
    "quote-zh-not-in-paragraph": translated_then(
        lambda r: r["indicators"][2]["quote"].update(zh="新增就业 33.37 万人")),
    "quote-without-en-for-translated-paragraph": lambda r: translate(r, quotes=False),
    "quote-en-for-untranslated-paragraph": lambda r: r["indicators"][3].update(
        quote={"zh": "力争完成年度投资2544亿元", "en": "strive to complete annual investment of CNY 254.4 billion"}),
    "quote-in-other-paragraph": lambda r: r["indicators"][0].update(paragraph="c1p1"),
    "erratum-not-applied": lambda r: r["errata"][0].update(corrected="平台与机构"),
    "erratum-unknown-paragraph": lambda r: r["errata"][0].update(paragraph="c2p1"),
    "headline-unknown-indicator": lambda r: r["headlines"][1].update(indicator="jobs-2019"),
    "headline-unknown-change": lambda r: r["headlines"][0].update(change="gdp-2019"),
    "too-many-headlines": lambda r: r.update(headlines=[{"indicator": "gdp-growth-2019"}] * 13),
    # The investment plan.
    "investment-projects-sum": lambda r: r["investment"]["categories"][0].update(projects=290),
    "investment-amount-sum": lambda r: r["investment"]["categories"][1].update(amount=1500),
    "investment-unknown-unit": lambda r: r["investment"].update(unit="万元"),
    "investment-unknown-growth-target": lambda r: r["investment"].update(growth_target="fai-growth"),
    "investment-category-quote": lambda r: r["investment"]["categories"][1].update(
        quote="推进年度投资1521亿元的226个交通项目"),
    "investment-negative-amount": lambda r: r["investment"]["categories"][0].update(amount=-1023),
    # Charts.
    "chart-unknown-indicator": lambda r: r["charts"][1]["indicators"].__setitem__(0, "jobs"),
    "chart-unknown-section": lambda r: r["charts"][0].update(section="c1s9"),
    "chart-section-is-paragraph": lambda r: r["charts"][0].update(section="c1s1p1"),
    "chart-no-indicators": lambda r: r["charts"][2].update(indicators=[]),
    "bar-mixed-units": lambda r: r["charts"][1].update(
        indicators=["new-jobs-2019", "key-projects-investment-2020"],
        rows=[{"zh": "新增就业", "en": "New jobs"}, {"zh": "投资", "en": "Investment"}]),
    "bar-negative": lambda r: r["charts"][1].update(indicators=["export-growth-2019"]),
    "diverging-no-negative": lambda r: r["charts"][0].update(
        indicators=["gdp-growth-2019"], rows=[{"zh": "地区生产总值", "en": "GDP"}]),
    "grouped-bar-odd": lambda r: r["charts"][1].update(
        type="grouped-bar", series=[{"zh": "2019 年", "en": "2019"}, {"zh": "2020 年", "en": "2020"}]),
    "grouped-bar-missing-series": lambda r: r["charts"][0].update(type="grouped-bar", rows=[{"zh": "增长", "en": "Growth"}]),
    "grouped-bar-one-series": lambda r: r["charts"][0].update(
        type="grouped-bar", rows=[{"zh": "增长", "en": "Growth"}], series=[{"zh": "2019 年", "en": "2019"}]),
    "rows-mismatch": lambda r: r["charts"][0]["rows"].append({"zh": "进口", "en": "Imports"}),
    "share-one-part": lambda r: r["charts"][1].update(type="share"),
    "big-number-five": lambda r: r["charts"][2].update(
        indicators=["gdp-growth-2019", "export-growth-2019", "new-jobs-2019",
                    "key-projects-investment-2020", "gdp-growth-2019"]),
}


def truncated():
    # Cut at a character boundary so that the file stays valid UTF-8 and
    # only the JSON is broken.
    cut = len(MINIMAL_BYTES) // 2
    while MINIMAL_BYTES[cut] & 0xC0 == 0x80:
        cut -= 1
    return MINIMAL_BYTES[:cut]


def invalid_utf8():
    # A Latin-1 "é" in the middle of the title: valid JSON, invalid UTF-8.
    return MINIMAL_BYTES.replace("某市".encode("utf-8"), b"caf\xe9", 1)


def deeply_nested(depth, before=b""):
    return b'{"a": ' + before + b"[" * depth + b"]" * depth + b"}\n"


def hidden_nesting():
    # json-glib accepts /* */ comments and single-quoted strings; a quote
    # inside one must not hide brackets from the depth check.
    return deeply_nested(10000, b'/* " */ ')


RAW = {
    "empty": lambda: b"",
    "only-white-space": lambda: b"  \n\t\n",
    # json-glib reads a number and then the object, and loses the object.
    "number-before-object": lambda: b"0" + MINIMAL_BYTES,
    "two-objects": lambda: MINIMAL_BYTES + MINIMAL_BYTES,
    "root-array": lambda: dump([MINIMAL]),
    "not-json": lambda: "这不是报告。This is not a report.\n".encode("utf-8"),
    "truncated": truncated,
    "invalid-utf8": invalid_utf8,
    "nul-byte": lambda: MINIMAL_BYTES.replace(b'"format"', b'"for\x00mat"', 1),
    "unquoted-text": lambda: MINIMAL_BYTES.replace(b'"value": 6.8,', "\"value\": 六点八,".encode("utf-8"), 1),
    "trailing-comma": lambda: MINIMAL_BYTES.replace(b'"plan_year": 2020,', b'"plan_year": 2020,,', 1),
    # Python cannot write 1e999 as a number, so this one is edited as text.
    "value-huge": lambda: MINIMAL_BYTES.replace(b'"value": 6.8,', b'"value": 1e999,', 1),
    "too-deep": lambda: deeply_nested(10000),
    "comment-hides-nesting": hidden_nesting,
    "single-quotes": lambda: b"{'format': 'plenary-report', 'version': 1}\n",
}


def unknown_fields():
    r = copy.deepcopy(MINIMAL)
    r["generator"] = {"name": "a future tool", "version": [2, 1]}
    r["metadata"]["keywords"] = ["plan", "report"]
    r["units"][0]["symbol"] = "%"
    r["chapters"][0]["summary"] = {"zh": "摘要", "en": "Summary"}
    section(r, 0)["paragraphs"][0]["style"] = "lead"
    r["indicators"][0]["confidence"] = 0.9
    r["indicators"][0]["label"]["fr"] = "Croissance du PIB"
    r["investment"]["note"] = None
    r["charts"][0]["palette"] = "warm"
    return dump(r)


def page_ids():
    """Ids that are also the names of the window's fixed pages."""
    r = copy.deepcopy(MINIMAL)
    renames = {"c1": "charts", "c1s1": "overview", "c1s2": "investment"}
    chapter = r["chapters"][0]
    chapter["id"] = renames[chapter["id"]]
    for s in chapter["sections"]:
        s["id"] = renames.get(s["id"], s["id"])
    for chart in r["charts"]:
        chart["section"] = renames.get(chart["section"], chart["section"])
        if chart["id"] == "growth-2019":
            chart["id"] = "investment"
    # The minimal report already has a chart called "overview".
    assert any(chart["id"] == "overview" for chart in r["charts"])
    return dump(r)


def main():
    args = sys.argv[1:]
    stamp = None
    if "--stamp" in args:
        i = args.index("--stamp")
        stamp = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    top = args[0]
    OUT = os.path.join(top, "invalid")
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".json"):
            os.unlink(os.path.join(OUT, name))

    written = 0
    for name, mutate in MUTATIONS.items():
        report = copy.deepcopy(MINIMAL)
        mutate(report)
        data = dump(report)
        assert data != MINIMAL_BYTES, name
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(data)
        written += 1
    for name, make in RAW.items():
        data = make()
        assert data != MINIMAL_BYTES, name
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(data)
        written += 1

    with open(os.path.join(top, "unknown-fields-report.json"), "wb") as f:
        f.write(unknown_fields())
    with open(os.path.join(top, "page-ids-report.json"), "wb") as f:
        f.write(page_ids())
    with open(os.path.join(top, "bilingual-report.json"), "wb") as f:
        f.write(bilingual())
    if stamp is not None:
        with open(stamp, "w") as f:
            f.write(f"{written} invalid reports\n")


if __name__ == "__main__":
    main()
