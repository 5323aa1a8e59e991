#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# bench/fuzz-long.sh [inputs]
# The long fuzz run: every fuzz test of the core's readers (*FuzzTest in bundles/org.memorypool.sdk.core.tests) on
# `inputs` mutated inputs per reader (default 1000000) instead of CI's 2 seconds each. Anything it finds fails the run
# and is saved under bundles/org.memorypool.sdk.core.tests/target/fuzz-findings/ to become a test case. Prints the
# inputs each reader ran. Takes about an hour on 2 cores for a million each.
set -euo pipefail
INPUTS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [ -z "${JAVA_HOME:-}" ]; then
	for jdk in /usr/lib/jvm/*; do [ -x "$jdk/bin/javac" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && JAVA_HOME=$jdk; done
	export JAVA_HOME
fi
./mvnw -B -ntp -o verify -pl bundles/org.memorypool.sdk.core,bundles/org.memorypool.sdk.core.tests \
	-Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.inputs="$INPUTS" \
	| tee target/fuzz-long.log | grep -E '^fuzz |Tests run:|FAIL|finding|saved as' || true
grep -q 'BUILD SUCCESS' target/fuzz-long.log
