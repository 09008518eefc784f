#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The matplotlib baseline for `plenary --export-charts DIR --scale 2`.

Draws every chart of a Plenary report with matplotlib (Agg) as a
2400 × 1600 PNG (figsize 12 × 8 at dpi 200), in Chinese, with what a
reader needs from each: title, unit line, value labels, legend where there
are two series, and the source line.  Every chart type is drawn the way
Plenary draws it (bars, actual-against-target pairs, bars either side of
zero, a donut with its table, a before → after ramp on a log axis when the
ratio is 10 or more, headline cards), in the same palette and font, so
that the comparison is of the tools and not of the designs.

    matplotlib_charts.py REPORT.json OUTDIR

Prints one JSON line: {"charts": N, "loop_s": S}, where S is the time of
the drawing and saving loop alone (interpreter start-up, imports, reading
the JSON and loading the fonts are outside it); benchmarks/run.sh also
times the whole command.

matplotlib 3.6 cannot pick a face out of a font collection, and the first
face of Debian's NotoSansCJK-*.ttc is the Japanese one, whose glyphs differ
from the Simplified Chinese forms.  So the SC faces are copied once into
single-face OpenType files in a cache folder ($PLENARY_BENCH_CACHE or
~/.cache/plenary-bench) and registered from there.
"""
import json
import math
import os
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.patches import FancyBboxPatch  # noqa: E402
from matplotlib.ticker import FixedLocator, FuncFormatter  # noqa: E402

PALETTE = ["#0072b2", "#e69f00", "#56b4e9", "#cc79a7", "#d55e00", "#f0e442"]
FOREGROUND, SECONDARY, GRID, AXIS = "#1f1f1f", "#5c5c5c", "#dedede", "#4d4d4d"
NEGATIVE, PANEL = "#d55e00", "#f3f5f8"
COLLECTIONS = "/usr/share/fonts/opentype/noto"
SC_FACE = 2  # JP, KR, SC, TC, HK, then the Mono faces
FAMILY = "Noto Sans CJK SC"

QUALIFIER_WORD = {"more-than": ("超过", ""), "at-least": ("", "以上"), "at-most": ("", "以内"),
                  "about": ("约", ""), "aim": ("力争", "")}
QUALIFIER_SIGN = {"more-than": ">", "at-least": "≥", "at-most": "≤", "about": "≈", "aim": ""}
ZH_DIGITS = "〇一二三四五六七八九十"


def load_fonts():
    cache = os.environ.get("PLENARY_BENCH_CACHE",
                           os.path.join(os.path.expanduser("~"), ".cache", "plenary-bench"))
    os.makedirs(cache, exist_ok=True)
    for weight in ("Regular", "Bold"):
        path = os.path.join(cache, f"NotoSansCJKsc-{weight}.otf")
        if not os.path.exists(path):
            from fontTools.ttLib import TTCollection
            collection = TTCollection(os.path.join(COLLECTIONS, f"NotoSansCJK-{weight}.ttc"))
            collection.fonts[SC_FACE].save(path + ".tmp")
            os.replace(path + ".tmp", path)
        font_manager.fontManager.addfont(path)
    plt.rcParams.update({
        "font.family": FAMILY, "font.size": 11, "axes.unicode_minus": True,
        "text.color": FOREGROUND, "axes.edgecolor": AXIS, "axes.labelcolor": FOREGROUND,
        "xtick.color": SECONDARY, "ytick.color": FOREGROUND,
        "savefig.facecolor": "white", "figure.facecolor": "white",
    })


def number(value, decimals=None):
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:.6g}"
        if "e" in text:
            text = f"{value:.0f}"
    return text.replace("-", "−")


class Report:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.indicators = {i["id"]: i for i in data["indicators"]}
        self.units = {u["id"]: u for u in data["units"]}
        self.charts = data["charts"]
        self.references = {}
        for chapter in data["chapters"]:
            self._index(chapter, [])

    def _index(self, node, parents):
        path = parents + [node.get("number", "")]
        self.references[node["id"]] = path
        for key in ("sections", "items"):
            for child in node.get(key, []):
                self._index(child, path)

    def reference(self, node_id):
        # 一（一）2: chapter, section in full-width parentheses, item.
        parts = self.references.get(node_id, [])
        text = parts[0] if parts else ""
        if len(parts) > 1:
            text += f"（{parts[1]}）"
        if len(parts) > 2:
            text += parts[2]
        return text

    def unit(self, indicator):
        return self.units[indicator["unit"]]

    def value_text(self, indicator, with_unit=True):
        """超过1万亿元, 33.73万人, 6.8%."""
        before, after = QUALIFIER_WORD.get(indicator.get("qualifier"), ("", ""))
        unit = self.unit(indicator)
        text = number(indicator["value"])
        if with_unit or unit["kind"] in ("percent",):
            text += unit["zh"]
        return before + text + after

    def label_text(self, indicator):
        """A bar's value label: the number, a sign for a hedge, % for percents."""
        sign = QUALIFIER_SIGN.get(indicator.get("qualifier"), "")
        unit = self.unit(indicator)
        return sign + number(indicator["value"]) + ("%" if unit["kind"] == "percent" else "")

    @staticmethod
    def period_text(period):
        if period == "cumulative":
            return "累计"
        if "/" in period and "-" in period:  # 2020-01/04
            year, months = period.split("-", 1)
            first, last = months.split("/")
            return f"{year} 年 {int(first)}—{int(last)} 月"
        if "/" in period:
            first, last = period.split("/")
            return f"{first}—{last} 年"
        if "-Q" in period:
            year, quarter = period.split("-Q")
            return f"{year} 年第{ZH_DIGITS[int(quarter)]}季度"
        if "-" in period:
            year, month = period.split("-")
            return f"{year} 年 {int(month)} 月"
        return f"{period} 年"


def tick_formatter(unit):
    percent = unit["kind"] == "percent"

    def fmt(value, _pos):
        text = f"{value:,.10g}".replace(",", "")
        return text.replace("-", "−") + ("%" if percent else "")
    return FuncFormatter(fmt)


def frame(fig, report, chart, unit):
    """Title, unit line and source line, placed as Plenary places them."""
    fig.text(0.02, 0.955, chart["title"]["zh"], fontsize=17, fontweight="bold", va="top")
    if unit is not None and unit["kind"] != "percent":
        line = f"单位：{unit['zh']}"
        if chart["type"] == "ramp" and ramp_is_log(report, chart):
            line += "（对数刻度）"
        fig.text(0.02, 0.905, line, fontsize=11, color=SECONDARY, va="top")
    fig.text(0.02, 0.03, f"来源：报告 {report.reference(chart['section'])}",
             fontsize=10, color=SECONDARY, va="bottom")


def style_value_axis(ax, unit, axis="x"):
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(AXIS)
    getattr(ax, f"{axis}axis").set_major_formatter(tick_formatter(unit))
    ax.grid(axis=axis, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(axis="both", length=0, labelsize=11)
    ax.tick_params(axis="y", labelsize=12)


def keep_bar_thickness(ax, n, slots=6):
    """Few rows would make fat bars: give the axis at least `slots` rows of
    room, the few bars centred in it, as Plenary keeps bars one height."""
    spare = max(0, slots - n) / 2
    ax.set_ylim(n - 0.5 + spare, -0.5 - spare)


def rows_of(report, chart, per_row):
    ids = chart["indicators"]
    indicators = [report.indicators[i] for i in ids]
    groups = [indicators[k:k + per_row] for k in range(0, len(indicators), per_row)]
    labels = chart.get("rows") or [{"zh": g[0]["label"]["zh"]} for g in groups]
    return groups, [label["zh"] for label in labels]


def draw_bars(fig, report, chart, diverging):
    groups, labels = rows_of(report, chart, 1)
    values = [g[0]["value"] for g in groups]
    unit = report.unit(groups[0][0])
    ax = fig.add_axes([0.22, 0.2, 0.72, 0.62])
    y = range(len(values))
    colours = [NEGATIVE if diverging and v < 0 else PALETTE[0] for v in values]
    ax.barh(y, values, height=0.5, color=colours)
    ax.set_yticks(list(y), labels)
    keep_bar_thickness(ax, len(values))
    style_value_axis(ax, unit)
    span = max(abs(v) for v in values) or 1
    lo = min(0, min(values)) * 1.15
    ax.set_xlim(lo if not diverging else -span * 1.15, max(0, max(values)) * 1.15 or span * 0.1)
    if diverging:
        ax.axvline(0, color=AXIS, linewidth=1)
        ax.spines["left"].set_visible(False)
    pad = span * 0.01
    for row, (value, group) in enumerate(zip(values, groups)):
        ax.text(value + (pad if value >= 0 else -pad), row, report.label_text(group[0]),
                va="center", ha="left" if value >= 0 else "right", fontsize=12)
    return unit


def draw_grouped(fig, report, chart):
    groups, labels = rows_of(report, chart, 2)
    unit = report.unit(groups[0][0])
    series = [s["zh"] for s in chart["series"]]
    top = max(max(i["value"] for i in g) for g in groups) or 1
    if len(groups) == 1:
        # One pair: the two bars are the rows, named by their series, as
        # Plenary draws it; a legend would only repeat the axis.
        ax = fig.add_axes([0.22, 0.2, 0.72, 0.62])
        values = [i["value"] for i in groups[0]]
        ax.barh([0, 1], values, height=0.5, color=PALETTE[:2])
        for row, indicator in enumerate(groups[0]):
            ax.text(indicator["value"] + top * 0.01, row, report.label_text(indicator), va="center", fontsize=12)
        ax.set_yticks([0, 1], series)
        keep_bar_thickness(ax, 2)
    else:
        ax = fig.add_axes([0.22, 0.14, 0.72, 0.68])
        height = 0.36
        for s in range(2):
            ys = [row + (s - 0.5) * height * 1.05 for row in range(len(groups))]
            values = [g[s]["value"] for g in groups]
            ax.barh(ys, values, height=height, color=PALETTE[s], label=series[s])
            for yy, value, g in zip(ys, values, groups):
                ax.text(value + top * 0.01, yy, report.label_text(g[s]), va="center", fontsize=12)
        ax.set_yticks(range(len(groups)), labels)
        keep_bar_thickness(ax, len(groups), slots=4)
        fig.legend(loc="upper right", bbox_to_anchor=(0.98, 0.915), ncol=2, frameon=False, fontsize=11,
                   handlelength=1, handleheight=1)
    ax.set_xlim(min(0, min(min(i["value"] for i in g) for g in groups) * 1.15), top * 1.15)
    style_value_axis(ax, unit)
    return unit


def draw_share(fig, report, chart):
    groups, labels = rows_of(report, chart, 1)
    values = [g[0]["value"] for g in groups]
    unit = report.unit(groups[0][0])
    total = sum(values)
    ax = fig.add_axes([0.04, 0.1, 0.5, 0.75])
    ax.pie(values, colors=PALETTE[:len(values)], startangle=90, counterclock=False,
           wedgeprops={"width": 0.42, "edgecolor": "white", "linewidth": 1.5})
    ax.set_aspect("equal")
    ax.text(0, 0.06, number(total), ha="center", va="center", fontsize=20, fontweight="bold")
    ax.text(0, -0.12, "合计", ha="center", va="center", fontsize=11, color=SECONDARY)
    # The table beside the donut: swatch, label, value, share.
    top, step = 0.5 + 0.035 * (len(values) - 1), 0.07
    for k, (label, value) in enumerate(zip(labels, values)):
        y = top - k * step
        fig.patches.append(FancyBboxPatch((0.58, y - 0.012), 0.014, 0.024, boxstyle="square,pad=0",
                                          transform=fig.transFigure, color=PALETTE[k]))
        fig.text(0.605, y, label, va="center", fontsize=12)
        fig.text(0.79, y, number(value), va="center", ha="right", fontsize=12, color=SECONDARY)
        fig.text(0.86, y, f"{value / total * 100:.1f}%", va="center", ha="right", fontsize=12,
                 fontweight="bold")
    return unit


def ramp_is_log(report, chart):
    values = [report.indicators[i]["value"] for i in chart["indicators"]]
    return min(values) > 0 and max(values) / min(values) >= 10


def draw_ramp(fig, report, chart):
    groups, _labels = rows_of(report, chart, 2)
    unit = report.unit(groups[0][0])
    log = ramp_is_log(report, chart)
    ax = fig.add_axes([0.1, 0.12, 0.86, 0.72])
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    ax.spines["bottom"].set_visible(False)
    ax.set_xticks([0, 1], [s["zh"] for s in chart["series"]])
    ax.set_xlim(-0.5, 1.5)
    ax.tick_params(length=0, labelsize=12)
    ax.grid(axis="y", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    values = [i["value"] for g in groups for i in g]
    if log:
        ax.set_yscale("log")
        lo = 10 ** math.floor(math.log10(min(values)))
        hi = 10 ** math.ceil(math.log10(max(values)))
        ax.set_ylim(lo, hi)
        ax.yaxis.set_major_locator(FixedLocator([10 ** e for e in range(round(math.log10(lo)),
                                                                        round(math.log10(hi)) + 1)]))
        ax.yaxis.set_minor_locator(FixedLocator([]))
        ax.yaxis.set_major_formatter(tick_formatter(unit))
    else:
        ax.set_ylim(0, max(values) * 1.2)
        ax.yaxis.set_major_formatter(tick_formatter(unit))
    ax.tick_params(axis="y", labelsize=11, labelcolor=SECONDARY)
    for k, (before, after) in enumerate(groups):
        colour = PALETTE[k % len(PALETTE)]
        if log:
            ax.plot([0, 1], [before["value"], after["value"]], "o", color=colour, markersize=8)
            ax.annotate("", xy=(1, after["value"]), xytext=(0, before["value"]),
                        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.6,
                                    "shrinkA": 7, "shrinkB": 7})
        else:
            ax.bar([0, 1], [before["value"], after["value"]], width=0.4, color=colour)
        ax.text(-0.04, before["value"], report.label_text(before), ha="right", va="center",
                fontsize=13, fontweight="bold")
        ax.text(1.04, after["value"], report.label_text(after), ha="left", va="center",
                fontsize=13, fontweight="bold")
        ratio = after["value"] / before["value"]
        more = after.get("qualifier") in ("more-than", "at-least")
        mid = math.sqrt(before["value"] * after["value"]) if log else (before["value"] + after["value"]) / 2
        # Left of the arrow's middle, clear of the line.
        ax.text(0.44, mid * (1.15 if log else 1.0), f"增至原来的 {number(ratio, 1 if ratio < 10 else 0)} 倍"
                + ("以上" if more else ""), ha="right", va="bottom", fontsize=13, fontweight="bold")
    return unit


def draw_big_numbers(fig, report, chart):
    indicators = [report.indicators[i] for i in chart["indicators"]]
    n = len(indicators)
    cols = 1 if n == 1 else 2
    rows = math.ceil(n / cols)
    left, right, top, bottom, gap = 0.02, 0.98, 0.8, 0.2, 0.015
    width = (right - left - gap * (cols - 1)) / cols
    height = min(0.25, (top - bottom - gap * (rows - 1)) / rows)
    y0 = (top + bottom) / 2 + (rows * height + (rows - 1) * gap) / 2
    for k, indicator in enumerate(indicators):
        x = left + (k % cols) * (width + gap)
        y = y0 - (k // cols + 1) * height - (k // cols) * gap
        fig.patches.append(FancyBboxPatch((x, y), width, height, transform=fig.transFigure,
                                          boxstyle="round,pad=0,rounding_size=0.01",
                                          facecolor=PANEL, edgecolor="none"))
        before, after = QUALIFIER_WORD.get(indicator.get("qualifier"), ("", ""))
        unit = report.unit(indicator)
        big = number(indicator["value"])
        suffix = unit["zh"] + after
        # The number large, its hedge and unit small on the same baseline.
        base = y + height * 0.55
        cursor = x + 0.015
        renderer = fig.canvas.get_renderer()
        for text, size, weight in ((before, 16, "bold"), (big, 34, "bold"), (suffix, 16, "bold")):
            if not text:
                continue
            artist = fig.text(cursor, base, text, fontsize=size, fontweight=weight, va="baseline")
            cursor += artist.get_window_extent(renderer).width / fig.bbox.width
        fig.text(x + 0.015, y + height * 0.3, indicator["label"]["zh"], fontsize=12, va="center")
        fig.text(x + 0.015, y + height * 0.14, report.period_text(indicator["period"]),
                 fontsize=10, color=SECONDARY, va="center")
    return None


def draw_chart(report, chart, path):
    fig = plt.figure(figsize=(12, 8), dpi=200)
    kind = chart["type"]
    if kind in ("bar", "diverging-bar"):
        unit = draw_bars(fig, report, chart, kind == "diverging-bar")
    elif kind == "grouped-bar":
        unit = draw_grouped(fig, report, chart)
    elif kind == "share":
        unit = draw_share(fig, report, chart)
    elif kind == "ramp":
        unit = draw_ramp(fig, report, chart)
    elif kind == "big-number":
        unit = draw_big_numbers(fig, report, chart)
    else:
        raise ValueError(f"unknown chart type {kind}")
    frame(fig, report, chart, unit)
    fig.savefig(path, dpi=200)
    plt.close(fig)


def main():
    report_path, out = sys.argv[1], sys.argv[2]
    load_fonts()
    report = Report(report_path)
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    for chart in report.charts:
        draw_chart(report, chart, os.path.join(out, chart["id"] + ".png"))
    loop = time.perf_counter() - start
    print(json.dumps({"charts": len(report.charts), "loop_s": round(loop, 3)}))


if __name__ == "__main__":
    main()
