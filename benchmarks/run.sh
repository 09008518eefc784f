#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# benchmarks/run.sh [BUILD_DIR]
#
# Runs Plenary's benchmarks on a release build and prints each figure as a
# ratio against a baseline measured in the same run, with PASS or MISS
# against the target of issue 8.  Not part of `meson test`: timings on a
# shared machine are not pass/fail material for CI.
#
#   start-up to the first frame, plenary / bare AdwApplicationWindow  ≤ 1.25×
#     (GSK_RENDERER=gl, GTK's default here, and cairo)
#   peak memory (max RSS) by then, same pair                          ≤ 1.2×
#   loading the report / json-glib parsing it alone                   ≤ 2×
#     (and a synthetic report 10× and 100× larger: ms per MB shown)
#   drawing a chart at 1920×1080, median of each chart                ≤ 4 ms
#   exporting every chart as 2× PNG, matplotlib / plenary             ≥ 5×
#
# Needs: meson, ninja, xvfb-run, dbus-run-session, /usr/bin/python3 with
# python3-matplotlib, fonts-noto-cjk.  Takes about 5–8 minutes on 2 cores.
# Environment: RUNS_SCALE=0.5 halves every run count (a quick look);
# KEEP=1 keeps the scratch folder with the raw JSON lines and the PNGs;
# REPORT_ONLY=THAT_FOLDER prints the table again from it without measuring.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath -m "${1:-$SRC/_build-bench}")
PY=/usr/bin/python3
SCALE=${RUNS_SCALE:-1}
runs () { $PY -c "import sys; print(max(3, round($1 * float(sys.argv[1])) | 1))" "$SCALE"; }
STARTUP_ROUNDS=$(runs 11)
LOAD_RUNS=$(runs 21)
SYNTH_RUNS=$(runs 5)
DRAW_RUNS=$(runs 15)
EXPORT_RUNS=$(runs 5)

if [ -n "${REPORT_ONLY:-}" ]; then
  # Only the table again, from the raw results of an earlier KEEP=1 run.
  WORK=$REPORT_ONLY
  B=$BUILD/benchmarks
else
  if [ ! -f "$BUILD/build.ninja" ]; then
    meson setup --buildtype=release "$BUILD" "$SRC"
  fi
  if [ "$(meson introspect --buildoptions "$BUILD" | $PY -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="buildtype"][0])')" != release ]; then
    echo "warning: $BUILD is not a release build" >&2
  fi
  ninja -C "$BUILD"

  WORK=$(mktemp -d /tmp/plenary-bench.XXXXXX)
  if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$WORK"' EXIT; fi
  export PLENARY_BENCH_CACHE=${PLENARY_BENCH_CACHE:-$HOME/.cache/plenary-bench}
  export LC_ALL=C.UTF-8
  REPORT=$SRC/data/reports/guangzhou-2019-2020.json
  B=$BUILD/benchmarks
  now_ns () { date +%s%N; }
  log () { printf '%s\n' "$*" >&2; }

  log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  cut -d' ' -f1-3 /proc/loadavg > "$WORK/load-before"

  # ---- loading -------------------------------------------------------------
  log "loading: bundled report, $LOAD_RUNS runs"
  "$B/bench-load" - "$LOAD_RUNS" > "$WORK/load-1.json"
  for factor in 10 100; do
    log "loading: synthetic ${factor}×, $SYNTH_RUNS runs"
    $PY "$SRC/benchmarks/make-synthetic.py" "$REPORT" "$factor" "$WORK/synthetic-$factor.json"
    "$B/bench-load" "$WORK/synthetic-$factor.json" "$SYNTH_RUNS" > "$WORK/load-$factor.json"
    rm -f "$WORK/synthetic-$factor.json"
  done

  # ---- drawing -------------------------------------------------------------
  log "drawing: every chart at 1920×1080, $DRAW_RUNS runs each"
  "$B/bench-draw" "$DRAW_RUNS" > "$WORK/draw.json"

  # ---- exporting -----------------------------------------------------------
  # Whole commands, both sides, alternating; matplotlib also reports the time
  # of its drawing and saving loop alone.  One untimed run of each first, so
  # that both start from warm file and font caches (and matplotlib's one-off
  # copy of the Simplified Chinese font face is made).
  log "exporting: plenary --export-charts vs matplotlib, $EXPORT_RUNS runs each"
  "$BUILD/src/plenary" --export-charts "$WORK/warm" --scale 2 --lang zh_CN > /dev/null
  $PY "$SRC/benchmarks/matplotlib_charts.py" "$REPORT" "$WORK/warm" > /dev/null
  rm -rf "$WORK/warm"
  : > "$WORK/export.txt"
  TIMEFORMAT='%R %U %S'
  for i in $(seq "$EXPORT_RUNS"); do
    rm -rf "$WORK/plenary-png" "$WORK/mpl-png"
    { time "$BUILD/src/plenary" --export-charts "$WORK/plenary-png" --scale 2 --lang zh_CN "$REPORT" \
        > /dev/null 2>> "$WORK/stderr"; } 2> "$WORK/t-plenary"
    { time $PY "$SRC/benchmarks/matplotlib_charts.py" "$REPORT" "$WORK/mpl-png" \
        > "$WORK/loop" 2>> "$WORK/stderr"; } 2> "$WORK/t-mpl"
    echo "$(cat "$WORK/t-plenary") $(cat "$WORK/t-mpl") $(cat "$WORK/loop")" >> "$WORK/export.txt"
    log "  run $i: plenary $(cut -d' ' -f1 "$WORK/t-plenary") s, matplotlib $(cut -d' ' -f1 "$WORK/t-mpl") s ($(cat "$WORK/loop"))"
  done
  ls "$WORK/plenary-png" | wc -l > "$WORK/plenary-count"
  ls "$WORK/mpl-png" | wc -l > "$WORK/mpl-count"

  # ---- start-up ------------------------------------------------------------
  # One D-Bus session and one X server for all the runs, as on a desktop.
  # Besides the baseline of the target (bare), a third window, text, is the
  # bare one with a title and two lines of text, to tell the text stack's
  # one-off start from Plenary's own work (see bench-startup.c).
  # The accessibility bus is switched off for both sides: under
  # dbus-run-session it is started anew by whichever run comes first, and
  # concurrent sessions on the same machine share its socket path, which
  # made single runs wait for seconds.
  startup () {
    local renderer=$1
    log "start-up: GSK_RENDERER=$renderer, 1 + $STARTUP_ROUNDS rounds of plenary, bare and text in turn"
    GSK_RENDERER=$renderer GTK_A11Y=none GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$BUILD/data" \
    dbus-run-session -- xvfb-run -a -s "-screen 0 1920x1080x24" \
      sh -c '
        B=$1; n=$2
        for which in plenary bare text; do "$B/bench-startup" "$which" > /dev/null; done
        for i in $(seq "$n"); do
          case $((i % 3)) in
            1) order="plenary bare text" ;;
            2) order="bare text plenary" ;;
            0) order="text plenary bare" ;;
          esac
          for which in $order; do
            printf "%s " "$which"; "$B/bench-startup" "$which"
          done
        done' sh "$B" "$STARTUP_ROUNDS" 2>/dev/null > "$WORK/startup-$renderer.txt"
  }
  startup gl
  startup cairo

  cut -d' ' -f1-3 /proc/loadavg > "$WORK/load-after"
  log "load average after: $(cat "$WORK/load-after")"
fi

# ---- report --------------------------------------------------------------
$PY - "$WORK" <<'EOF'
import json, os, statistics, sys

work = sys.argv[1]
def read_json(name):
    with open(os.path.join(work, name)) as f:
        return json.loads(f.read())

rows = []
def row(name, value, baseline, ratio, cpu_ratio, target, ok):
    verdict = lambda r: "—" if r is None or ok is None else ("PASS" if ok(r) else "MISS")
    rows.append((name, value, baseline, ratio, cpu_ratio, target, verdict(ratio), verdict(cpu_ratio)))

# Start-up and memory.
memory_notes = []
for renderer in ("gl", "cairo"):
    samples = {"plenary": [], "bare": [], "text": []}
    with open(os.path.join(work, f"startup-{renderer}.txt")) as f:
        for line in f:
            which, _, data = line.partition(" ")
            samples[which].append(json.loads(data))
    med = lambda which, key: statistics.median(s[key] for s in samples[which])
    p_ms, b_ms = med("plenary", "first_frame_ms"), med("bare", "first_frame_ms")
    p_cpu, b_cpu = med("plenary", "cpu_ms"), med("bare", "cpu_ms")
    p_kib, b_kib = med("plenary", "max_rss_kib"), med("bare", "max_rss_kib")
    n = len(samples["plenary"])
    row(f"start-up to first frame ({renderer}, n={n} rounds)", f"{p_ms:.0f} ms", f"{b_ms:.0f} ms bare",
        p_ms / b_ms, p_cpu / b_cpu, "≤ 1.25×", lambda r: r <= 1.25)
    row(f"peak memory (max RSS) by then ({renderer})", f"{p_kib / 1024:.1f} MiB", f"{b_kib / 1024:.1f} MiB bare",
        p_kib / b_kib, None, "≤ 1.2×", lambda r: r <= 1.2)
    t_ms, t_cpu, t_kib = med("text", "first_frame_ms"), med("text", "cpu_ms"), med("text", "max_rss_kib")
    row(f"  for reference: start-up vs bare+text ({renderer})", f"{p_ms:.0f} ms", f"{t_ms:.0f} ms bare+text",
        p_ms / t_ms, p_cpu / t_cpu, "", None)
    row(f"  for reference: memory vs bare+text ({renderer})", f"{p_kib / 1024:.1f} MiB", f"{t_kib / 1024:.1f} MiB bare+text",
        p_kib / t_kib, None, "", None)
    memory_notes.append(f"{renderer}: RSS at first frame, anonymous / file-backed MiB: " + ", ".join(
        f"{w} {med(w, 'rss_anon_kib') / 1024:.1f} / {med(w, 'rss_file_kib') / 1024:.1f}" for w in ("plenary", "bare", "text")))

# Loading.
per_mb, per_mb_cpu = {}, {}
for factor in (1, 10, 100):
    d = read_json(f"load-{factor}.json")
    mb = d["bytes"] / 1e6
    per_mb[factor] = d["load_ms"] / mb
    per_mb_cpu[factor] = d["load_cpu_ms"] / mb
    row(f"load report {factor}× ({mb:.2f} MB, n={d['runs']})", f"{d['load_ms']:.1f} ms",
        f"{d['parse_ms']:.1f} ms json-glib", d["ratio"], d["cpu_ratio"], "≤ 2×", lambda r: r <= 2)

# Drawing: no baseline, an absolute target.
d = read_json("draw.json")
rows.append((f"draw a chart at 1920×1080, median ({d['charts']}×{d['languages']}, n={d['runs']})",
             f"{d['median_of_medians_ms']:.2f} ms", f"CPU {d['cpu_median_of_medians_ms']:.2f} ms",
             None, None, "≤ 4 ms", "PASS" if d["median_of_medians_ms"] <= 4 else "MISS",
             "PASS" if d["cpu_median_of_medians_ms"] <= 4 else "MISS"))
rows.append(("  the slowest chart's median", f"{d['worst_ms']:.2f} ms",
             f"CPU {d['worst_cpu_ms']:.2f} ms", None, None, "≤ 4 ms",
             "PASS" if d["worst_ms"] <= 4 else "MISS", "PASS" if d["worst_cpu_ms"] <= 4 else "MISS"))

# Exporting: whole commands, wall and user+sys; and matplotlib's loop alone.
p_wall, p_cpu, m_wall, m_cpu, loops = [], [], [], [], []
with open(os.path.join(work, "export.txt")) as f:
    for line in f:
        fields = line.split(" ", 6)
        p_wall.append(float(fields[0])); p_cpu.append(float(fields[1]) + float(fields[2]))
        m_wall.append(float(fields[3])); m_cpu.append(float(fields[4]) + float(fields[5]))
        loops.append(json.loads(fields[6])["loop_s"])
pw, pc, mw, mc, lw = (statistics.median(x) for x in (p_wall, p_cpu, m_wall, m_cpu, loops))
counts = [open(os.path.join(work, n)).read().strip() for n in ("plenary-count", "mpl-count")]
row(f"export {counts[0]} charts as 2× PNG, whole commands (n={len(p_wall)})", f"{pw:.2f} s",
    f"{mw:.2f} s matplotlib ({counts[1]} PNGs)", mw / pw, mc / pc, "≥ 5× faster", lambda r: r >= 5)
row("  matplotlib's draw+save loop alone", f"{pw:.2f} s", f"{lw:.2f} s matplotlib loop",
    lw / pw, None, "≥ 5× faster", lambda r: r >= 5)

width = max(len(r[0]) for r in rows)
print()
print(f"{'benchmark':<{width}}  {'plenary':>10}  {'baseline':<32} {'ratio':>6} {'CPU ratio':>9}  {'target':<12} {'wall':<5} CPU")
for name, value, baseline, ratio, cpu_ratio, target, result, cpu_result in rows:
    r = f"{ratio:.2f}×" if ratio is not None else "—"
    c = f"{cpu_ratio:.2f}×" if cpu_ratio is not None else "—"
    print(f"{name:<{width}}  {value:>10}  {baseline:<32} {r:>6} {c:>9}  {target:<12} {result:<5} {cpu_result}")
print()
print("ratio: of wall-clock medians; CPU ratio: of CPU-time medians (thread CPU for load,")
print("process user+sys for start-up and export), which other load on the machine disturbs less.")
print("load time per MB (wall / CPU): " + ", ".join(f"{k}×: {per_mb[k]:.1f} / {per_mb_cpu[k]:.1f} ms" for k in per_mb)
      + f"  (100× / 1×: {per_mb[100] / per_mb[1]:.2f} / {per_mb_cpu[100] / per_mb_cpu[1]:.2f}; 1.00 is linear)")
for note in memory_notes:
    print(note)
print(f"load average before: {open(os.path.join(work, 'load-before')).read().strip()}, "
      f"after: {open(os.path.join(work, 'load-after')).read().strip()}  (nproc {os.cpu_count()})")
EOF

if [ -x "$B/bench-export" ] && [ -z "${REPORT_ONLY:-}" ]; then
  echo
  echo "where export time goes (one run, milliseconds for all charts; not a target):"
  "$B/bench-export"
fi
