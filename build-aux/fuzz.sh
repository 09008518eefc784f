#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the report loader and the import readers of text and web pages
# with libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer for
# SECONDS seconds in all (default 60): half to the loader, a quarter to
# each reader.
#
#   build-aux/fuzz.sh [SECONDS]
#
# Builds with clang in _build-fuzz (or $PLENARY_FUZZ_BUILD_DIR), seeds from
# tests/fuzz/corpus, tests/data and the bundled report, and keeps what it
# learns in _build-fuzz/corpus for the next run.  Exits non-zero on any
# crash, leak, timeout or running out of memory; the input that caused it
# is left in _build-fuzz/artifacts/, and can be replayed with
#   _build-fuzz/tests/fuzz/fuzz-report-loader _build-fuzz/artifacts/crash-…
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${PLENARY_FUZZ_BUILD_DIR:-$here/_build-fuzz}
seconds=${1:-60}

case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

# clang and its sanitizer runtimes (libFuzzer is in libclang-rt-14-dev).
missing=""
command -v clang >/dev/null 2>&1 || missing="$missing clang"
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
  missing="$missing libclang-rt-14-dev"
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

# -fsanitize=fuzzer-no-link gives the library the coverage counters the
# fuzzer steers by; the harness itself links libFuzzer (tests/fuzz/meson.build).
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$here" \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link -Dbuildtype=debugoptimized
fi
ninja -C "$build" tests/fuzz/fuzz-report-loader tests/fuzz/fuzz-text-reader tests/fuzz/fuzz-html-reader

mkdir -p "$build/corpus" "$build/corpus-text" "$build/corpus-html" "$build/artifacts" "$build/seeds"
cp "$here"/data/reports/*.json "$build/seeds/"

# Leaks are failures; undefined behaviour stops the run like a crash does.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export G_SLICE=always-malloc
export LC_ALL=C.UTF-8

# 512 KiB covers the bundled report (230 KiB) with room to grow it;
# -timeout is per input, -rss_limit_mb for the whole process.  The first
# directory receives new inputs; the others are read-only seeds.
cd "$build"
reader_seconds=$((seconds / 4))
[ "$reader_seconds" -gt 0 ] || reader_seconds=1
loader_seconds=$((seconds - 2 * reader_seconds))
[ "$loader_seconds" -gt 0 ] || loader_seconds=1

./tests/fuzz/fuzz-report-loader \
  -max_total_time="$loader_seconds" \
  -max_len=524288 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -malloc_limit_mb=2048 \
  -dict="$here/tests/fuzz/report.dict" \
  -artifact_prefix="$build/artifacts/" \
  -print_final_stats=1 \
  "$build/corpus" \
  "$here/tests/fuzz/corpus" \
  "$here/tests/data" \
  "$build/seeds"

# The readers: 64 KiB inputs reach every branch of the line joining and
# of the article search without slowing the fuzzer down.
./tests/fuzz/fuzz-text-reader \
  -max_total_time="$reader_seconds" \
  -max_len=65536 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -artifact_prefix="$build/artifacts/" \
  -print_final_stats=1 \
  "$build/corpus-text" \
  "$here/tests/fuzz/corpus-text"

exec ./tests/fuzz/fuzz-html-reader \
  -max_total_time="$reader_seconds" \
  -max_len=65536 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -dict="$here/tests/fuzz/html.dict" \
  -artifact_prefix="$build/artifacts/" \
  -print_final_stats=1 \
  "$build/corpus-html" \
  "$here/tests/fuzz/corpus-html"
