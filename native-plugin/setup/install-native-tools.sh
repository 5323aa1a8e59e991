#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# Installs the native toolchain of the MemoryPool SDK on Debian 12 (bookworm):
#   g++-mingw-w64-i686 + make   build MemoryPoolNVSE.dll, jemalloc.dll and the test programs
#   gcc-mingw-w64-x86-64-win32  a real 64-bit DLL for the loadability matrix (LoadabilityMatrixTest)
#   gcc                          a Linux ELF file named .dll for the same matrix
#   dpkg-dev + a deb-src entry   `apt-get source jemalloc` (jemalloc/build-jemalloc.sh)
#   wine + wine32 (i386)         run the 32-bit test host and benchmark
#   qemu-system-x86 + busybox-static, only where Linux refuses 32-bit programs (ia32_emulation=off): the Wine VM
#                                that runs the machine's Wine under Debian's own kernel (wine-vm/build-wine-vm.sh)
# Idempotent: silent and exit 0 when everything is already there. Needs root only when something is missing.
#
# Known pitfall: the i386 index of bookworm-security can fail to download ("File has unexpected size ...
# Mirror sync in progress?"), which leaves i386 and amd64 library versions unequal and wine32 uninstallable.
# If the normal apt run fails, the script retries with a private sources list holding only the main and
# updates suites (own lists folder, so the system's apt state is untouched).
set -euo pipefail

PACKAGES=(g++-mingw-w64-i686 gcc-mingw-w64-x86-64-win32 gcc make dpkg-dev wine wine32:i386)
SRC_LIST=/etc/apt/sources.list.d/memorypool-sdk-deb-src.sources
FALLBACK_DIR=/var/lib/memorypool-sdk/apt
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
# Another apt/dpkg run (e.g. a parallel install) may hold the lock: wait instead of failing.
APT=(apt-get -o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)

VM_PACKAGES=(qemu-system-x86 busybox-static)
WINE_VM_DIR=/var/lib/memorypool-sdk/wine-vm
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
# wine32's loader exists but the kernel refuses to run it ("Exec format error").
needs_wine_vm() { [ -e /lib/ld-linux.so.2 ] && ! /lib/ld-linux.so.2 --version >/dev/null 2>&1; }
wine_vm_ready() {
    for p in "${VM_PACKAGES[@]}"; do installed "$p" || return 1; done
    [ -s "$WINE_VM_DIR/vmlinuz" ] && [ -s "$WINE_VM_DIR/initrd.gz" ] && [ "$WINE_VM_DIR/initrd.gz" -nt "$HERE/wine-vm/initramfs-init" ]
}
# Where 32-bit programs cannot run: QEMU, busybox and the VM's kernel and initramfs.
setup_wine_vm() {
    needs_wine_vm || return 0
    wine_vm_ready && return 0
    echo "install-native-tools.sh: this Linux refuses 32-bit programs (ia32_emulation off): setting up the Wine VM"
    DEBIAN_FRONTEND=noninteractive "${APT[@]}" -q -y --no-install-recommends install "${VM_PACKAGES[@]}"
    bash "$HERE/wine-vm/build-wine-vm.sh" "$WINE_VM_DIR"
}
has_jemalloc_source() { apt-cache showsrc jemalloc 2>/dev/null | grep -q '^Package: jemalloc$'; }
has_deb_src_entry() {
    grep -rqsE '^[[:space:]]*(deb-src[[:space:]]|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/
}

missing=()
dpkg --print-foreign-architectures | grep -qx i386 || missing+=("dpkg architecture i386")
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
has_jemalloc_source || missing+=("deb-src entry for 'apt-get source jemalloc'")
if needs_wine_vm && ! wine_vm_ready; then missing+=("the Wine VM (this Linux refuses 32-bit programs)"); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-native-tools.sh: missing: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')" >&2
    echo "Run it as root to install them: sudo bash $0" >&2
    exit 1
fi

. /etc/os-release
if [ "${ID:-}" != debian ] || [ -z "${VERSION_CODENAME:-}" ]; then
    echo "install-native-tools.sh: this script supports Debian (12/bookworm); found '${PRETTY_NAME:-unknown}'." >&2
    echo "Install by hand: ${PACKAGES[*]} (wine32 from the i386 architecture) and a deb-src source entry." >&2
    exit 1
fi
CODENAME=$VERSION_CODENAME

echo "install-native-tools.sh: installing: ${missing[*]}"
dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386

if ! has_deb_src_entry; then
    cat > "$SRC_LIST" <<EOF
# Added by MemoryPool SDK install-native-tools.sh: source packages for 'apt-get source jemalloc'.
Types: deb-src
URIs: $MIRROR
Suites: $CODENAME $CODENAME-updates
Components: main
Signed-By: $KEYRING
EOF
fi

# A failed index (exit 100) is not fatal by itself: the install below tells whether the indexes fit together.
normal_install() {
    "${APT[@]}" -q update || echo "install-native-tools.sh: apt-get update reported errors (see above)" >&2
    DEBIAN_FRONTEND=noninteractive "${APT[@]}" -q -y --no-install-recommends install "${PACKAGES[@]}"
}

# Private list with only the main and updates suites (see the pitfall above).
fallback_install() {
    mkdir -p "$FALLBACK_DIR/lists/partial"
    cat > "$FALLBACK_DIR/sources.list" <<EOF
deb [signed-by=$KEYRING] $MIRROR $CODENAME main
deb [signed-by=$KEYRING] $MIRROR $CODENAME-updates main
deb-src [signed-by=$KEYRING] $MIRROR $CODENAME main
EOF
    local opts=(-o "Dir::Etc::sourcelist=$FALLBACK_DIR/sources.list" -o Dir::Etc::sourceparts=-
                -o "Dir::State::Lists=$FALLBACK_DIR/lists")
    "${APT[@]}" "${opts[@]}" -q update && \
    DEBIAN_FRONTEND=noninteractive "${APT[@]}" "${opts[@]}" -q -y --no-install-recommends install "${PACKAGES[@]}"
}

if [ ${#missing[@]} -eq 1 ] && [[ ${missing[0]} == "the Wine VM"* ]]; then
    setup_wine_vm
    exit 0
fi

if ! normal_install; then
    echo "install-native-tools.sh: normal apt run failed; retrying with main+updates suites only ($FALLBACK_DIR)" >&2
    fallback_install
fi

still=()
for p in "${PACKAGES[@]}"; do installed "$p" || still+=("$p"); done
has_jemalloc_source || still+=("jemalloc source index (apt-get update with $SRC_LIST)")
if [ ${#still[@]} -ne 0 ]; then
    echo "install-native-tools.sh: still missing after install: ${still[*]}" >&2
    exit 1
fi
setup_wine_vm
echo "install-native-tools.sh: native toolchain ready ($(i686-w64-mingw32-g++ --version | head -n1), $(wine --version))"
