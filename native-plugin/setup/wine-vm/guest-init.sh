#!/bin/bash
# SPDX-FileCopyrightText: 2026 the MemoryPool SDK developers
# SPDX-License-Identifier: MIT
# PID 1 of the Wine VM (see build-wine-vm.sh), on the machine's own root file system. Serves the Wine commands the
# native tests send over the second serial port (/dev/ttyS1), one line each:
#   run <id>    run "$MP_REQUESTS/<id>.sh" (the test writes it: cd, environment, command, output file; what the
#               script itself says on errors goes to the console log) in a
#               session of its own; answer "done <id> <exit status>" when it ends
#   kill <id>   kill that session (the test's time limit ran out)
#   ping        the tests are still there: with none of these lines for 90 s the VM powers off, so a test run
#               killed without a goodbye leaves no VM behind
# and says "ready" once it listens. Output of the VM itself goes to the first serial port (the VM's console log).
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
# /run and the temporary folder Wine's server uses for its socket live in the VM: a Unix socket on 9p cannot be
# connected to ("bind: No such device or address"), and Debian's Wine makes that folder in $TMPDIR.
mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p -m 1777 /run/wine-tmp
mkdir -p /run/wine-vm
export HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

if [ ! -d "$MP_REQUESTS" ]; then
    echo "WINE-VM-FAILED: no request folder '$MP_REQUESTS'"
    echo o > /proc/sysrq-trigger
fi
stty -F /dev/ttyS1 raw -echo

run_request() {
    TMPDIR=/run/wine-tmp setsid sh "$MP_REQUESTS/$1.sh" < /dev/null > /dev/null 2> /dev/ttyS0 &
    pid=$!
    echo "$pid" > "/run/wine-vm/$1.pid"
    wait "$pid"
    echo "done $1 $?" > /dev/ttyS1
}

exec 3< /dev/ttyS1
echo ready > /dev/ttyS1
echo "wine-vm: ready ($(uname -r), $(wine --version 2>&1))"
while read -r -t 90 verb id <&3; do
    case "$verb" in
        run) run_request "$id" & ;;
        kill) [ -f "/run/wine-vm/$id.pid" ] && kill -KILL -- "-$(cat "/run/wine-vm/$id.pid")" ;;
    esac
done
echo 1 > /proc/sys/kernel/sysrq
echo o > /proc/sysrq-trigger
