#!/usr/bin/env bash
# build-plugin.sh <Debug|Release>
# Builds MemoryPoolNVSE.dll into native-plugin/<Config>/ with exactly the command lines Eclipse CDT's
# managed build generates from .project/.cproject (see BUILD-COMMANDS.md), echoing each one; the output is also
# kept in target/build-<Config>.log.
set -euo pipefail

CONFIG=${1:?usage: build-plugin.sh <Debug|Release>}
PLUGIN=$(cd "$(dirname "$0")/.." && pwd)
case $CONFIG in
    Debug) FLAGS=(-O0 -g3) ;;
    Release) FLAGS=(-O3) ;;
    *) echo "build-plugin: unknown configuration $CONFIG (Debug or Release)" >&2; exit 1 ;;
esac
CXX=i686-w64-mingw32-g++
command -v $CXX >/dev/null || { echo "build-plugin: $CXX missing; run setup/install-native-tools.sh" >&2; exit 1; }

run() { echo "$*"; eval "$*"; }

# A copy of the output for the tests, which fail on compiler warnings (PluginBuildLogTest).
mkdir -p "$PLUGIN/target"
exec > >(tee "$PLUGIN/target/build-$CONFIG.log") 2>&1

mkdir -p "$PLUGIN/$CONFIG/src"
cd "$PLUGIN/$CONFIG"
objs=()
for source in $(cd "$PLUGIN" && LC_ALL=C ls src/*.cpp); do
    base=${source%.cpp}
    run "$CXX -std=c++17 -I\"../include\" ${FLAGS[*]} -Wall -c -fmessage-length=0 -MMD -MP -MF\"$base.d\" -MT\"$base.o\" -o \"$base.o\" \"../$source\""
    objs+=("./$base.o")
done
run "$CXX -static-libgcc -static-libstdc++ ../MemoryPoolNVSE.def -shared -o \"MemoryPoolNVSE.dll\" ${objs[*]}"
