#!/usr/bin/env bash
# Adds a start-up archive (AppCDS: the classes the first window loads, already parsed and verified) to a Linux
# app-image that will be installed in /opt/yaoshi:  app-cds.sh IMAGE_DIR JAR_EPOCH
# JDK 17 takes a dynamic archive only where the jars lie exactly where they were at its making, with the same
# modification times. So the app-image is mounted at /opt/yaoshi in a private mount namespace (unshare, no root
# needed) and started once under Xvfb up to its first frame with -XX:ArchiveClassesAtExit; the jars get the fixed
# time JAR_EPOCH, which the packages' install script gives them again (linux/package-hooks.sh). Elsewhere, e.g.
# the app-image unpacked in another folder, the JVM quietly ignores the archive.
set -euo pipefail
image=$(cd "$1" && pwd)
epoch=$2
cfg=$image/lib/app/yaoshi.cfg
if ! command -v xvfb-run >/dev/null || ! unshare -rm true 2>/dev/null; then
    echo "app-cds.sh: needs xvfb-run and unshare -rm (user namespaces): no start-up archive, slower start" >&2
    exit 0
fi
touch -d "@$epoch" "$image"/lib/app/*.jar
plain=$(cat "$cfg")
printf '%s\n' 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/yaoshi.jsa' \
    'java-options=-Dyaoshi.exitAfterFirstFrame=true' >>"$cfg"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# /opt is covered by an empty tmpfs inside the namespace only, so that /opt/yaoshi can be made there
# shellcheck disable=SC2016
unshare -rm bash -c 'set -e; mount -t tmpfs tmpfs /opt; mkdir /opt/yaoshi; mount --bind "$1" /opt/yaoshi
    timeout 120 xvfb-run -a /opt/yaoshi/bin/yaoshi --data-dir "$2" >"$2/training.log" 2>&1' _ "$image" "$data" ||
    { cat "$data/training.log" >&2; exit 1; }
grep -q "first frame after" "$data/training.log" || { cat "$data/training.log" >&2; exit 1; }
printf '%s\n' "$plain" 'java-options=-XX:SharedArchiveFile=$APPDIR/yaoshi.jsa' \
    'java-options=-Xlog:cds=off,cds+dynamic=off' >"$cfg"
echo "app-cds.sh: $(du -h "$image/lib/app/yaoshi.jsa" | cut -f1) start-up archive for /opt/yaoshi"
