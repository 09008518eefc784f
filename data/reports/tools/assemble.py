#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Assemble data/reports/guangzhou-2019-2020.json from the parts in
data/reports/parts/ (outline, English titles, English paragraphs and
quotes, indicators, charts) and tools/units.json.

Paragraph text is written as {"zh": …, "en": …} from outline.json and
paragraphs-en.json (keyed by the paragraph's id in the outline), and each
indicator's quote as {"zh": …, "en": …} from its own "quote" and
quotes-en.json (keyed by indicator id); every English quote must stand in
the English text of its paragraph.

Everything is checked before the file is written: ids unique, every
reference resolving, every quote an exact substring of its paragraph, the
chart rules the app's loader enforces, and the investment plan adding up.
On any problem the messages go to standard error, nothing is written and
the exit status is 1.  Python 3 standard library only; runs from anywhere.
"""
import copy
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.normpath(os.path.join(HERE, ".."))
PARTS = os.path.join(REPORTS, "parts")
OUTPUT = os.path.join(REPORTS, "guangzhou-2019-2020.json")

REPORT_ID = "guangzhou-2019-2020"
TITLE_ZH = "关于广州市 2019 年国民经济和社会发展规划执行情况与 2020 年国民经济和社会发展规划草案的报告"
OCCASION_ZH = "2020 年 6 月在广州市第十五届人民代表大会第五次会议上"
PRESENTER_ZH = "广州市发展和改革委员会副主任 陈建荣"
REGION_ZH = "广州市"
SOURCE = {"zh": "广州市发展和改革委员会，2020 年 6 月",
          "en": "Guangzhou Development and Reform Commission, June 2020"}

# The closing words of the report follow the closing paragraph in the
# source text, but the outline script attached them to the last item.
CLOSING_WORDS = "以上报告，请予审议。"

HEADLINES = [
    ("gdp-growth-2019", None),
    ("fixed-asset-investment-growth-2019", None),
    ("retail-sales-growth-2019", None),
    ("foreign-trade-value-2019", "foreign-trade-growth-2019"),
    ("baiyun-airport-passengers-2019", "baiyun-airport-passengers-growth-2019"),
    ("port-cargo-throughput-2019", "port-cargo-throughput-growth-2019"),
    ("new-jobs-2019", None),
    ("key-projects-investment-2020", None),
    ("5g-base-stations-2019", None),
    ("pm25-2019", None),
]

INVESTMENT = {
    "year": 2020,
    "unit": "亿元",
    "projects": 763,
    "amount": 3311,
    "paragraph": "c2s2i2p1",
    "quote": "全力推进763个市重点项目建设，力争完成年度投资3311亿元",
    "quote_en": "make every effort to advance the construction of 763 key municipal projects, "
                "and strive to complete annual investment of CNY 331.1 billion",
    "growth_target": "fixed-asset-investment-growth-target-2020",
    "categories": [
        {"id": "industry", "label": {"zh": "产业", "en": "Industry"},
         "projects": 289, "amount": 1023, "quote": "推进年度投资1023亿元的289个产业项目",
         "quote_en": "we will advance 289 industrial projects with annual investment of CNY 102.3 billion"},
        {"id": "infrastructure", "label": {"zh": "基础设施", "en": "Infrastructure"},
         "projects": 226, "amount": 1521, "quote": "推进年度投资1521亿元的226个基础设施项目",
         "quote_en": "we will advance 226 infrastructure projects with annual investment of CNY 152.1 billion"},
        {"id": "environment", "label": {"zh": "生态环保", "en": "Eco-environment"},
         "projects": 73, "amount": 112, "quote": "推进年度投资112亿元的73个生态环保项目",
         "quote_en": "we will advance 73 eco-environmental projects with annual investment of CNY 11.2 billion"},
        {"id": "livelihood", "label": {"zh": "社会民生", "en": "Social welfare"},
         "projects": 122, "amount": 274, "quote": "推进年度投资274亿元的122个社会民生项目",
         "quote_en": "we will advance 122 social welfare projects with annual investment of CNY 27.4 billion"},
        {"id": "urban-renewal", "label": {"zh": "城市更新", "en": "Urban renewal"},
         "projects": 53, "amount": 381, "quote": "推进年度投资381亿元的53个城市更新项目",
         "quote_en": "we will advance 53 urban renewal projects with annual investment of CNY 38.1 billion"},
    ],
    "previous": {
        "year": 2019,
        "completed": 3334,
        "share_of_plan": 108,
        "paragraph": "c1s1p1",
        "quote": "市重点建设项目完成投资 3334 亿元，完成年度计划的 108%",
        "quote_en": "investment completed in key municipal construction projects reached CNY 333.4 billion, "
                    "108% of the annual plan",
    },
}
CATEGORY_IDS = ["industry", "infrastructure", "environment", "livelihood", "urban-renewal"]

CHART_TYPES = {"bar", "grouped-bar", "diverging-bar", "share", "ramp", "big-number"}
PAIRED = {"grouped-bar", "ramp"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MIN_CHARTS = 26

# Chart honesty (see the chart checks in main()): a growth rate of 30 % or
# more over this many times the median of the other rows is refused, and
# these English unit names mark a counter that says nothing of what it counts.
GROWTH_OUTLIER = 3.0
GENERIC_COUNTERS = {"", "organisations", "entities", "items", "units"}

errors = []


def error(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(PARTS, name) if not os.path.isabs(name) else name
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        print(f"assemble: cannot read {path}: {e}", file=sys.stderr)
        sys.exit(1)


def nonempty_text(obj, keys=("zh", "en")):
    return isinstance(obj, dict) and all(isinstance(obj.get(k), str) and obj[k].strip() for k in keys)


def space_cjk_digits(text):
    """“广州2019年” → “广州 2019 年”, the report's own spacing."""
    text = re.sub(r"([\u4e00-\u9fff])(\d)", r"\1 \2", text)
    return re.sub(r"(\d)([\u4e00-\u9fff])", r"\1 \2", text)


def main():
    outline = load("outline.json")
    titles = load("titles-en.json")
    units = load(os.path.join(HERE, "units.json"))
    charts = load("charts.json")
    paragraphs_en = load("paragraphs-en.json")
    quotes_en = load("quotes-en.json")
    indicator_files = sorted(glob.glob(os.path.join(PARTS, "indicators-*.json")))
    if not indicator_files:
        error("no parts/indicators-*.json")

    # ---- outline -------------------------------------------------------
    preamble = copy.deepcopy(outline.get("preamble", []))
    chapters = copy.deepcopy(outline.get("chapters", []))
    closing = copy.deepcopy(outline.get("closing", []))

    # The English is attached under the outline's ids, before the closing
    # words move from the last item to the closing and change id.
    translated = set()

    def translate(plist):
        for p in plist:
            en = paragraphs_en.get(p.get("id"))
            if not isinstance(en, str) or not en.strip():
                error(f"paragraph {p.get('id')!r}: no English text in paragraphs-en.json")
                continue
            if en != en.strip() or "  " in en:
                error(f"paragraph {p.get('id')!r}: stray spaces in the English text")
            p["en"] = en
            translated.add(p.get("id"))

    def translate_node(node):
        translate(node.get("paragraphs", []))
        for key in ("sections", "items"):
            for child in node.get(key, []):
                translate_node(child)

    translate(preamble)
    translate(closing)
    for chapter in chapters:
        translate_node(chapter)
    for pid in sorted(set(paragraphs_en) - translated):
        error(f"paragraphs-en.json: {pid!r} is not a paragraph of the outline")

    if chapters:
        last = chapters[-1]
        holder = last
        while holder.get("sections") or holder.get("items"):
            kids = holder.get("sections") or holder.get("items")
            holder = kids[-1]
        paras = holder.get("paragraphs", [])
        if paras and paras[-1]["text"].strip() == CLOSING_WORDS and len(paras) > 1:
            moved = paras.pop()
            moved["id"] = f"end-p{len(closing) + 1}"
            closing.append(moved)

    nodes = {}          # id → node
    parent = {}         # id (node or paragraph) → parent node id (None for top)
    paragraphs = {}     # id → text
    paragraphs_en_by_id = {}  # id → English text (final ids)
    order = []          # paragraph ids in reading order
    all_ids = {}

    def claim(id_, what):
        if not isinstance(id_, str) or not id_:
            error(f"{what}: missing id")
            return
        if id_ in all_ids:
            error(f"duplicate id {id_!r} ({what}; also {all_ids[id_]})")
        all_ids[id_] = what

    def add_paragraphs(plist, owner, what):
        for p in plist:
            claim(p.get("id"), f"paragraph in {what}")
            if not isinstance(p.get("text"), str) or not p["text"].strip():
                error(f"paragraph {p.get('id')!r}: empty text")
            paragraphs[p.get("id")] = p.get("text", "")
            paragraphs_en_by_id[p.get("id")] = p.get("en", "")
            parent[p.get("id")] = owner
            order.append(p.get("id"))

    add_paragraphs(preamble, None, "preamble")

    def walk(node, owner, depth):
        nid = node.get("id")
        claim(nid, "node")
        nodes[nid] = node
        parent[nid] = owner
        title = node.setdefault("title", {})
        if not isinstance(title, dict) or not title.get("zh"):
            error(f"node {nid!r}: title.zh missing")
        en = titles.get(nid)
        if not isinstance(en, str) or not en.strip():
            error(f"node {nid!r}: no English title in titles-en.json")
        else:
            title["en"] = en.strip()
        add_paragraphs(node.get("paragraphs", []), nid, nid)
        for key in ("sections", "items"):
            for child in node.get(key, []):
                walk(child, nid, depth + 1)

    for chapter in chapters:
        walk(chapter, None, 0)
    add_paragraphs(closing, None, "closing")
    position = {pid: n for n, pid in enumerate(order)}

    def ancestors(id_):
        """Node ids from the innermost holder of id_ outwards."""
        out = []
        cur = parent.get(id_) if id_ in paragraphs else id_
        while cur is not None:
            out.append(cur)
            cur = parent.get(cur)
        return out

    def chapter_of(pid):
        chain = ancestors(pid)
        return chain[-1] if chain else None

    def lowest_common_node(pids):
        chains = [ancestors(p) for p in pids]
        if not chains or any(not c for c in chains):
            return None
        common = set(chains[0]).intersection(*map(set, chains[1:]))
        for n in chains[0]:
            if n in common:
                return n
        return None

    # ---- errata --------------------------------------------------------
    errata = []
    for e in outline.get("errata", []):
        holders = [pid for pid in order if e.get("corrected") and e["corrected"] in paragraphs[pid]]
        if len(holders) != 1:
            error(f"erratum {e.get('original')!r}: corrected text found in {len(holders)} paragraphs, need exactly 1")
            continue
        if e.get("original") in paragraphs[holders[0]]:
            error(f"erratum {e.get('original')!r}: the original text is still in {holders[0]}")
        if not e.get("reason"):
            error(f"erratum {e.get('original')!r}: no reason")
        errata.append({"paragraph": holders[0], "original": e["original"],
                       "corrected": e["corrected"], "reason": e.get("reason", "")})

    # ---- units ---------------------------------------------------------
    unit_ids = set()
    for u in units:
        if u.get("id") in unit_ids:
            error(f"units.json: duplicate unit {u.get('id')!r}")
        unit_ids.add(u.get("id"))

    # ---- indicators ----------------------------------------------------
    indicators = []
    for f in indicator_files:
        for n, ind in enumerate(load(f)):
            ind["_where"] = (os.path.basename(f), n)
            indicators.append(ind)
    by_id = {}
    for ind in indicators:
        where = f"indicator {ind.get('id')!r} ({ind['_where'][0]})"
        iid = ind.get("id")
        if not isinstance(iid, str) or not ID.match(iid):
            error(f"{where}: id must be kebab-case ascii")
        if iid in by_id:
            error(f"{where}: duplicate indicator id")
        by_id[iid] = ind
        if not nonempty_text(ind.get("label")):
            error(f"{where}: label needs zh and en")
        v = ind.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            error(f"{where}: value must be a number")
        if ind.get("unit") not in unit_ids:
            error(f"{where}: unknown unit {ind.get('unit')!r}")
        pid = ind.get("paragraph")
        if pid not in paragraphs:
            error(f"{where}: unknown paragraph {pid!r}")
        elif not ind.get("quote") or ind["quote"] not in paragraphs[pid]:
            error(f"{where}: quote not in {pid}: {ind.get('quote')!r}")
        else:
            qen = quotes_en.get(iid)
            if not isinstance(qen, str) or not qen.strip():
                error(f"{where}: no English quote in quotes-en.json")
            elif qen not in paragraphs_en_by_id.get(pid, ""):
                error(f"{where}: English quote not in the English text of {pid}: {qen!r}")
    for iid in sorted(set(quotes_en) - set(by_id)):
        error(f"quotes-en.json: {iid!r} is not an indicator")

    def sort_key(ind):
        pid = ind.get("paragraph")
        text = paragraphs.get(pid, "")
        at = text.find(ind.get("quote") or "\0")
        return (position.get(pid, len(order)), at if at >= 0 else len(text), ind["_where"])

    indicators.sort(key=sort_key)
    for ind in indicators:
        del ind["_where"]
        if isinstance(ind.get("quote"), str) and ind.get("id") in quotes_en:
            ind["quote"] = {"zh": ind["quote"], "en": quotes_en[ind["id"]]}

    def bilingual(plist):
        for p in plist:
            if "en" in p:
                p["text"] = {"zh": p["text"], "en": p.pop("en")}

    def bilingual_node(node):
        bilingual(node.get("paragraphs", []))
        for key in ("sections", "items"):
            for child in node.get(key, []):
                bilingual_node(child)

    def ind_ref(iid, what):
        if iid not in by_id:
            error(f"{what}: unknown indicator {iid!r}")
            return None
        return by_id[iid]

    # ---- headlines -----------------------------------------------------
    headlines = []
    if len(HEADLINES) != 10:
        error(f"headlines: {len(HEADLINES)} entries, need 10")
    seen_headlines = set()
    for iid, change in HEADLINES:
        if iid in seen_headlines:
            error(f"headline {iid!r} listed twice")
        seen_headlines.add(iid)
        ind_ref(iid, "headline")
        entry = {"indicator": iid}
        if change:
            c = ind_ref(change, f"headline {iid} change")
            if c and c.get("measure") != "growth":
                error(f"headline {iid}: change {change!r} is not a growth indicator")
            if c and iid in by_id and c.get("paragraph") != by_id[iid].get("paragraph"):
                error(f"headline {iid}: change {change!r} comes from another paragraph")
            entry["change"] = change
        headlines.append(entry)

    # ---- investment plan -----------------------------------------------
    inv = copy.deepcopy(INVESTMENT)
    if inv["unit"] not in unit_ids:
        error(f"investment: unknown unit {inv['unit']!r}")
    text = paragraphs.get(inv["paragraph"])
    if text is None:
        error(f"investment: unknown paragraph {inv['paragraph']!r}")
        text = ""
    if inv["quote"] not in text:
        error(f"investment: quote not in {inv['paragraph']}")
    for number in (inv["projects"], inv["amount"]):
        if str(number) not in inv["quote"]:
            error(f"investment: quote does not name {number}")
    g = ind_ref(inv["growth_target"], "investment growth_target")
    if g and (g.get("measure") != "growth" or g.get("kind") != "target" or g.get("value") != 12):
        error(f"investment: growth_target {inv['growth_target']!r} is not the 12% growth target")
    cat_ids = [c["id"] for c in inv["categories"]]
    if sorted(cat_ids) != sorted(CATEGORY_IDS) or len(set(cat_ids)) != len(cat_ids):
        error(f"investment: categories must be exactly {CATEGORY_IDS}")
    for c in inv["categories"]:
        if not nonempty_text(c.get("label")):
            error(f"investment category {c['id']}: label needs zh and en")
        if c["quote"] not in text:
            error(f"investment category {c['id']}: quote not in {inv['paragraph']}")
        for number in (c["projects"], c["amount"]):
            if str(number) not in c["quote"]:
                error(f"investment category {c['id']}: quote does not name {number}")
    if sum(c["projects"] for c in inv["categories"]) != inv["projects"]:
        error(f"investment: category projects add up to {sum(c['projects'] for c in inv['categories'])}, not {inv['projects']}")
    if sum(c["amount"] for c in inv["categories"]) != inv["amount"]:
        error(f"investment: category amounts add up to {sum(c['amount'] for c in inv['categories'])}, not {inv['amount']}")
    # The English quotes stand in the English paragraphs, as the
    # indicators' do; they become {"zh", "en"} in the report.
    for where, obj, pid in ([("investment", inv, inv["paragraph"])]
                            + [(f"investment category {c['id']}", c, inv["paragraph"]) for c in inv["categories"]]
                            + [("investment.previous", inv["previous"], inv["previous"]["paragraph"])]):
        qen = obj.pop("quote_en", None)
        if not isinstance(qen, str) or not qen.strip():
            error(f"{where}: no English quote")
        elif qen not in paragraphs_en_by_id.get(pid, ""):
            error(f"{where}: English quote not in the English text of {pid}: {qen!r}")
        else:
            obj["quote_en"] = qen
    prev = inv["previous"]
    ptext = paragraphs.get(prev["paragraph"])
    if ptext is None:
        error(f"investment.previous: unknown paragraph {prev['paragraph']!r}")
    elif prev["quote"] not in ptext:
        error(f"investment.previous: quote not in {prev['paragraph']}")
    for number in (prev["completed"], prev["share_of_plan"]):
        if str(number) not in prev["quote"]:
            error(f"investment.previous: quote does not name {number}")
    for obj in [inv, inv["previous"]] + inv["categories"]:
        if "quote_en" in obj:
            obj["quote"] = {"zh": obj["quote"], "en": obj.pop("quote_en")}

    # ---- charts --------------------------------------------------------
    unit_zh = {u["id"]: u["zh"] for u in units}
    unit_en = {u["id"]: u["en"] for u in units}
    unit_kind = {u["id"]: u["kind"] for u in units}
    chart_ids = set()
    covered = set()
    for n, c in enumerate(charts):
        cid = c.get("id")
        where = f"chart {cid!r}"
        if not isinstance(cid, str) or not ID.match(cid):
            error(f"chart [{n}]: id must be kebab-case ascii")
        if cid in chart_ids:
            error(f"{where}: duplicate chart id")
        chart_ids.add(cid)
        ctype = c.get("type")
        if ctype not in CHART_TYPES:
            error(f"{where}: unknown type {ctype!r}")
            continue
        title = c.get("title")
        if not nonempty_text(title):
            error(f"{where}: title needs zh and en")
        else:
            words = re.findall(r"[A-Za-z][A-Za-z'’-]*", title["en"])
            if not title["en"][0].isupper() or (len(words) >= 3 and all(w[0].isupper() for w in words[1:])):
                error(f"{where}: English title should be in sentence case")
            if "单位" in title["zh"] or "unit" in title["en"].lower():
                error(f"{where}: the title must not give the unit")
        ids = c.get("indicators")
        if not isinstance(ids, list) or not ids:
            error(f"{where}: no indicators")
            continue
        if len(set(ids)) != len(ids) and ctype not in PAIRED:
            error(f"{where}: an indicator is listed twice")
        inds = [ind_ref(i, where) for i in ids]
        if any(i is None for i in inds):
            continue
        covered.update(ids)
        used_units = {i["unit"] for i in inds}
        if ctype != "big-number" and len(used_units) != 1:
            error(f"{where}: mixed units {sorted(used_units)}")
        if ctype != "big-number" and len(used_units) == 1 and title and isinstance(title.get("zh"), str):
            u = unit_zh.get(next(iter(used_units)), "")
            if (len(u) >= 2 or u == "%") and u in title["zh"]:
                error(f"{where}: the title must not give the unit ({u})")

        # Honest comparisons: one measure per chart; a bare counter (个, 家)
        # says what it counts, so that different things are not counted on
        # one axis; a growth from a small base is not set beside ordinary
        # rates (the loader enforces the same rules).
        if ctype != "big-number" and len({i["measure"] for i in inds}) != 1:
            error(f"{where}: mixed measures {sorted({i['measure'] for i in inds})}")
        if ctype != "big-number" and len(used_units) == 1:
            unit = next(iter(used_units))
            if unit_kind.get(unit) == "count" and unit_en.get(unit, "") in GENERIC_COUNTERS:
                if not nonempty_text(c.get("counts")):
                    error(f"{where}: its unit {unit!r} counts nothing in particular; say in \"counts\" "
                          f"(zh, en) the one kind of thing its rows count, or make it a big-number chart")
        elif c.get("counts") is not None:
            error(f"{where}: only a chart of counts takes \"counts\"")
        if ctype in ("bar", "diverging-bar") and len(inds) >= 2:
            for k, cand in enumerate(inds):
                v = abs(cand["value"])
                if cand["measure"] != "growth" or v < 30:
                    continue
                others = sorted(abs(o["value"]) for j, o in enumerate(inds) if j != k)
                m = len(others)
                median = others[m // 2] if m % 2 else (others[m // 2 - 1] + others[m // 2]) / 2
                if v > GROWTH_OUTLIER * median:
                    error(f"{where}: {cand['id']} grows {v:g} %, over {GROWTH_OUTLIER:g}× the median of "
                          f"the other rows ({median:g} %); show a growth from a small base on its own")

        n_series = 2 if ctype in PAIRED else 1
        if len(ids) % n_series:
            error(f"{where}: {ctype} needs indicators in pairs")
            continue
        n_rows = len(ids) // n_series
        values = [i["value"] for i in inds]

        series = c.get("series")
        if ctype in PAIRED:
            if not isinstance(series, list) or len(series) != 2 or not all(nonempty_text(s) for s in series):
                error(f"{where}: {ctype} needs exactly 2 series with zh and en")
        elif series is not None:
            error(f"{where}: only grouped-bar and ramp charts take series")
        rows = c.get("rows")
        if rows is not None:
            if ctype == "big-number":
                error(f"{where}: big-number charts take no rows")
            elif not isinstance(rows, list) or len(rows) != n_rows or not all(nonempty_text(r) for r in rows):
                error(f"{where}: rows must give zh and en for each of the {n_rows} rows")

        if ctype == "bar":
            if not 2 <= n_rows <= 12:
                error(f"{where}: bar charts need 2–12 rows, not {n_rows}")
            if any(v < 0 for v in values):
                error(f"{where}: bar charts hold only values ≥ 0")
        elif ctype == "diverging-bar":
            if not 2 <= n_rows <= 12:
                error(f"{where}: diverging-bar charts need 2–12 rows, not {n_rows}")
            if not any(v < 0 for v in values):
                error(f"{where}: diverging-bar charts need at least one negative value")
        elif ctype == "share":
            if not 2 <= n_rows <= 8:
                error(f"{where}: share charts need 2–8 slices, not {n_rows}")
            if any(v <= 0 for v in values):
                error(f"{where}: share slices must be positive")
            if {i["measure"] for i in inds} != {"level"} or len({i["period"] for i in inds}) != 1 \
                    or len({i["paragraph"] for i in inds}) != 1:
                error(f"{where}: share slices must be levels of one period from one paragraph (parts of one whole)")
        elif ctype == "big-number":
            if not 1 <= n_rows <= 4:
                error(f"{where}: big-number charts show 1–4 indicators, not {n_rows}")
        elif ctype == "grouped-bar":
            if not 1 <= n_rows <= 12:
                error(f"{where}: grouped-bar charts need 1–12 rows, not {n_rows}")
            for a, t in zip(inds[0::2], inds[1::2]):
                pair = f"{where}: pair {a['id']} / {t['id']}"
                if a["kind"] != "actual" or chapter_of(a["paragraph"]) != "c1":
                    error(f"{pair}: first of a pair must be a 2019 actual from chapter c1")
                if t["kind"] != "target" or chapter_of(t["paragraph"]) != "c2":
                    error(f"{pair}: second of a pair must be a 2020 target from chapter c2")
                if a["unit"] != t["unit"] or a["measure"] != t["measure"]:
                    error(f"{pair}: unit and measure must match")
                if (a["period"] == "cumulative") != (t["period"] == "cumulative"):
                    error(f"{pair}: a cumulative total must be paired with a cumulative total")
            if any(v < 0 for v in values):
                error(f"{where}: grouped-bar charts hold only values ≥ 0")
        elif ctype == "ramp":
            if not 1 <= n_rows <= 12:
                error(f"{where}: ramp charts need 1–12 rows, not {n_rows}")
            for b, a in zip(inds[0::2], inds[1::2]):
                pair = f"{where}: pair {b['id']} / {a['id']}"
                if b["kind"] != "baseline" or a["kind"] != "actual":
                    error(f"{pair}: ramp pairs are baseline, actual")
                if b["unit"] != a["unit"] or b["measure"] != a["measure"]:
                    error(f"{pair}: unit and measure must match")
                if not 0 <= b["value"] < a["value"]:
                    error(f"{pair}: a ramp must rise from a non-negative baseline")

        section = c.get("section")
        if section not in nodes:
            error(f"{where}: unknown section {section!r}")
        else:
            basis = [i["paragraph"] for i in (inds[1::2] if ctype == "grouped-bar" else inds)]
            expected = lowest_common_node(basis)
            if expected is None:
                error(f"{where}: its indicators share no chapter; it cannot be placed")
            elif section != expected:
                error(f"{where}: section should be {expected!r} (the most specific node holding "
                      f"{'its targets' if ctype == 'grouped-bar' else 'its indicators'}), not {section!r}")

    if len(charts) < MIN_CHARTS:
        error(f"only {len(charts)} charts, need at least {MIN_CHARTS}")

    # every section whose paragraphs hold indicators has a chart
    placed = {c.get("section") for c in charts}
    def subtree(nid):
        out = {nid}
        for key in ("sections", "items"):
            for child in nodes[nid].get(key, []):
                out |= subtree(child["id"])
        return out
    for chapter in chapters:
        for section in chapter.get("sections", []):
            tree = subtree(section["id"])
            if any(parent.get(i["paragraph"]) in tree for i in indicators) and not (placed & tree):
                error(f"section {section['id']!r} has indicators but no chart")
        own = [i["id"] for i in indicators if parent.get(i["paragraph"]) == chapter["id"]]
        if own and not covered.intersection(own):
            error(f"chapter {chapter['id']!r}: its own paragraphs have indicators but no chart shows them")

    # ---- metadata ------------------------------------------------------
    for key in ("title", "occasion", "presenter", "region", "short_title", "short_title_zh"):
        if not isinstance(titles.get(key), str) or not titles[key].strip():
            error(f"titles-en.json: missing {key!r}")

    # ---- story deck and target pairs -----------------------------------
    # The curated deck and the explicit target/result pairs the id rule
    # (shared stems) misses; the loader checks the same references.
    deck = load("deck.json")
    chart_ids = {c["id"] for c in charts}
    indicator_kinds = {i["id"]: i["kind"] for i in indicators}
    for cid in deck["deck"]["key_charts"] + deck["deck"]["investment_charts"]:
        if cid not in chart_ids:
            error(f"deck: no chart {cid}")
    for iid in deck["deck"]["targets"]:
        if indicator_kinds.get(iid) != "target":
            error(f"deck.targets: {iid} is not a target indicator")
    for pair in deck["targets"]["pairs"]:
        if indicator_kinds.get(pair["target"]) != "target":
            error(f"targets.pairs: {pair['target']} is not a target indicator")
        if indicator_kinds.get(pair["result"]) != "actual":
            error(f"targets.pairs: {pair['result']} is not a result")
    for entry in deck["targets"]["not_set"]:
        if indicator_kinds.get(entry["result"]) != "actual":
            error(f"targets.not_set: {entry['result']} is not a result")
        quote = entry["quote"]
        zh, en = (quote["zh"], quote["en"]) if isinstance(quote, dict) else (quote, None)
        if zh not in paragraphs.get(entry["paragraph"], ""):
            error(f"targets.not_set: quote not in {entry['paragraph']}")
        if en is not None and en not in paragraphs_en_by_id.get(entry["paragraph"], ""):
            error(f"targets.not_set: English quote not in {entry['paragraph']}")

    if errors:
        print("assemble: not written, {} problem(s):".format(len(errors)), file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    metadata = {
        "id": REPORT_ID,
        "title": {"zh": TITLE_ZH, "en": titles["title"]},
        "short_title": {"zh": space_cjk_digits(titles["short_title_zh"]), "en": titles["short_title"]},
        "occasion": {"zh": OCCASION_ZH, "en": titles["occasion"]},
        "date": "2020-06",
        "presenter": {"zh": PRESENTER_ZH, "en": titles["presenter"]},
        "region": {"zh": REGION_ZH, "en": titles["region"]},
        "review_year": 2019,
        "plan_year": 2020,
        "language": "zh-CN",
        "source": SOURCE,
    }
    bilingual(preamble)
    bilingual(closing)
    for chapter in chapters:
        bilingual_node(chapter)
    report = {
        "format": "plenary-report",
        "version": 1,
        "metadata": metadata,
        "units": units,
        "preamble": preamble,
        "chapters": chapters,
        "closing": closing,
        "errata": errata,
        "indicators": indicators,
        "headlines": headlines,
        "investment": inv,
        "charts": charts,
        "deck": deck["deck"],
        "targets": deck["targets"],
    }
    tmp = OUTPUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, OUTPUT)
    print(f"wrote {OUTPUT}: {len(order)} paragraphs, {len(indicators)} indicators, "
          f"{len(charts)} charts, {len(headlines)} headlines")


if __name__ == "__main__":
    main()
