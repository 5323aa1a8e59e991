#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# bench/build-speed.sh [runs]
# How fast ./sdk build is beside real Eclipse CDT's headless managed build, as ratios. It builds copies of
# native-plugin/ and of a project ./sdk new generates, clean (Release) and with nothing to do, `runs` times each
# (default 3), and prints the median wall time of each (everything ./sdk does before and in the JVM counts) against
# what CDT 12.5's headless build took for the same projects on the same 2-core machine (clean Release, indexer off):
# 10.7 s for native-plugin, 6.7 s for a generated project. Goals: a clean build at most 0.3 of CDT's, a build with
# nothing to do under 0.3 s. Run it on a quiet machine; the load average is printed first.
set -euo pipefail

RUNS=${1:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SDK=$ROOT/sdk
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CDT_NATIVE_PLUGIN=10.7
CDT_GENERATED=6.7

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Wall seconds of one command, its output discarded.
seconds() {
	local start end
	start=$(date +%s.%N)
	"$@" >/dev/null
	end=$(date +%s.%N)
	awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

# clean|noop <projectDir>: the median of RUNS builds.
measure() {
	local kind=$1 project=$2 i
	for ((i = 0; i < RUNS; i++)); do
		[ "$kind" = clean ] && rm -rf "$project/Release"
		seconds "$SDK" build "$project" --config Release
	done | median
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $RUNS runs each, median wall time"
"$SDK" version >/dev/null # sets up and builds the SDK first, outside the figures

mkdir -p "$WORK/native-plugin"
cp -r "$ROOT"/native-plugin/{.project,.cproject,MemoryPoolNVSE.def,src,include} "$WORK/native-plugin/"
"$SDK" new "$WORK" --name BenchPlugin >/dev/null

printf '%-28s %8s %8s %8s\n' "build" "sdk (s)" "CDT (s)" "ratio"
for project in native-plugin BenchPlugin; do
	cdt=$CDT_NATIVE_PLUGIN
	[ "$project" = BenchPlugin ] && cdt=$CDT_GENERATED
	clean=$(measure clean "$WORK/$project")
	noop=$(measure noop "$WORK/$project")
	printf '%-28s %8.2f %8.1f %8.2f  (goal: at most 0.30)\n' "$project clean Release" "$clean" "$cdt" "$(awk -v a="$clean" -v b="$cdt" 'BEGIN { print a / b }')"
	printf '%-28s %8.2f %8s %8s  (goal: under 0.30 s)\n' "$project nothing to do" "$noop" "-" "-"
done
