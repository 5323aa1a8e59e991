#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# Builds the files of the Wine VM into OUT_DIR (default /var/lib/memorypool-sdk/wine-vm): Debian's own kernel
# (vmlinuz, from the linux-image-amd64 package of the machine's release) and an initramfs (initrd.gz) holding
# busybox and the kernel's virtio and 9p modules. Idempotent: exit 0 at once when both files are there.
#
# Why: some machines run Linux with 32-bit user code switched off (ia32_emulation=off; seen on this project's
# machines: "IA-32 emulation off: the host runs 64-bit user code only"), so Wine cannot run a 32-bit program there,
# natively or in new-WoW64 mode. QEMU's system emulator runs Debian's kernel, which allows 32-bit programs, over
# the machine's own root file system (9p), so the Wine and wine32 installed on the machine run unchanged inside it.
# guest-init.sh is what runs in the VM; the native tests' WineVm starts it and sends it the Wine commands.
set -euo pipefail

OUT_DIR=${1:-/var/lib/memorypool-sdk/wine-vm}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -s "$OUT_DIR/vmlinuz" ] && [ -s "$OUT_DIR/initrd.gz" ] && [ "$OUT_DIR/initrd.gz" -nt "$HERE/initramfs-init" ] && exit 0

for tool in apt-get dpkg-deb busybox gzip; do
    command -v "$tool" >/dev/null || { echo "build-wine-vm.sh: $tool is missing: run native-plugin/setup/install-native-tools.sh as root" >&2; exit 1; }
done
BUSYBOX=$(command -v busybox)
# The initramfs has no libraries: only a static busybox works there (Debian's busybox-static).
if ldd "$BUSYBOX" >/dev/null 2>&1; then
    echo "build-wine-vm.sh: $BUSYBOX is linked dynamically: install busybox-static" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The kernel package linux-image-amd64 depends on (linux-image-<version>-amd64).
kernel_pkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
[ -n "$kernel_pkg" ] || { echo "build-wine-vm.sh: apt knows no linux-image-amd64: run apt-get update" >&2; exit 1; }
if ! (cd "$work" && apt-get download -q "$kernel_pkg" >"$work/download.log" 2>&1); then
    cat "$work/download.log" >&2
    echo "build-wine-vm.sh: could not download $kernel_pkg from Debian's mirror" >&2
    exit 1
fi
dpkg-deb -x "$work"/"$kernel_pkg"_*.deb "$work/kernel"
release=${kernel_pkg#linux-image-}
modules="$work/kernel/lib/modules/$release/kernel"

root="$work/initramfs"
mkdir -p "$root/bin" "$root/lib/modules" "$root/proc" "$root/dev" "$root/newroot"
cp "$BUSYBOX" "$root/bin/busybox"
cp "$HERE/initramfs-init" "$root/init"
chmod 755 "$root/init"
# In load order: each after the modules it depends on (their modinfo 'depends=').
for m in drivers/virtio/virtio_ring drivers/virtio/virtio drivers/virtio/virtio_pci_legacy_dev \
         drivers/virtio/virtio_pci_modern_dev drivers/virtio/virtio_pci fs/netfs/netfs fs/fscache/fscache \
         net/9p/9pnet net/9p/9pnet_virtio fs/9p/9p; do
    if [ -f "$modules/$m.ko" ]; then
        cp "$modules/$m.ko" "$root/lib/modules/"
    elif [ -f "$modules/$m.ko.xz" ]; then
        xz -dc "$modules/$m.ko.xz" > "$root/lib/modules/$(basename "$m").ko"
    fi
    basename "$m" >> "$root/lib/modules/order"
done

mkdir -p "$OUT_DIR"
(cd "$root" && find . | "$BUSYBOX" cpio -o -H newc 2>/dev/null | gzip -1 > "$work/initrd.gz")
cp "$work/kernel/boot/vmlinuz-$release" "$OUT_DIR/vmlinuz.new"
mv "$OUT_DIR/vmlinuz.new" "$OUT_DIR/vmlinuz"
mv "$work/initrd.gz" "$OUT_DIR/initrd.gz"
echo "build-wine-vm.sh: Wine VM ready in $OUT_DIR (kernel $release)"
