#!/usr/bin/env bash
# Start-up benchmark: process start → first frame of the main window (StartupTimer), side by side with a bare
# JavaFX "hello" Stage (io.yaoshi.bench.HelloStage, timed by the same StartupTimer) on the same JDK and the same
# runtime, BENCH_RUNS runs each (default 7), interleaved, medians; then a second launch while the installed app runs
# (the hand-over: launch → its minimised window visible again). Also records the installers' sizes.
# Needs what `mvn -Pinstaller package` left in target/ (yaoshi.jar, test classes, installer/), xvfb-run, and
# unshare -rm: the AppCDS archive works only in /opt/yaoshi (see app-cds.sh), so the app-image is mounted there in
# a private mount namespace. Run by `mvn -Pinstaller verify`; writes target/benchmarks/startup.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=$root/target
image=$target/installer/image/yaoshi
runs=${BENCH_RUNS:-7}
java17=${JDK_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/java

if [ "${1:-}" != --inside ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # two copies of the app-image (cp -a keeps the jars' times, which the archive checks), each told to exit after
    # its first frame: one with the start-up archive, one without
    cp -a "$image" "$work/cds"
    cp -a "$image" "$work/plain"
    echo 'java-options=-Dyaoshi.exitAfterFirstFrame=true' >>"$work/cds/lib/app/yaoshi.cfg"
    sed -i '/SharedArchiveFile/d' "$work/plain/lib/app/yaoshi.cfg"
    echo 'java-options=-Dyaoshi.exitAfterFirstFrame=true' >>"$work/plain/lib/app/yaoshi.cfg"
    unshare -rm bash -c 'set -e; mount -t tmpfs tmpfs /opt; mkdir /opt/yaoshi; mount --bind "$1/cds" /opt/yaoshi
        exec xvfb-run -a -s "-screen 0 1280x1024x24" bash "$2" --inside "$1"' _ "$work" "$0"
    exit
fi
work=$2
runtime_java=/opt/yaoshi/lib/runtime/bin/java
exit_after=-Dyaoshi.exitAfterFirstFrame=true

names=("hello, JDK 17, class path (target/yaoshi.jar)"
    "Yaoshi, JDK 17, java -jar target/yaoshi.jar"
    "hello, jlink'd runtime (bin/java)"
    "Yaoshi app-image launcher, no AppCDS"
    "Yaoshi app-image launcher, AppCDS (as installed)"
    "Yaoshi, JDK 17, java -jar with a dynamic archive (README)")
# prints "inside outside": the app's own figure (process start → first frame, StartupTimer) and the same span by
# this script's clock (launch → the frame's wall-clock time the app prints), which must agree
run() {
    local data=$work/data-$1 launched output
    launched=${EPOCHREALTIME/./}
    output=$(case $1 in
        0) "$java17" $exit_after -cp "$target/yaoshi.jar:$target/test-classes" io.yaoshi.bench.HelloStage ;;
        1) "$java17" $exit_after -jar "$target/yaoshi.jar" --data-dir "$data" ;;
        2) "$runtime_java" $exit_after -cp "$target/classes:$target/test-classes" io.yaoshi.bench.HelloStage ;;
        3) "$work/plain/bin/yaoshi" --data-dir "$data" ;;
        4) /opt/yaoshi/bin/yaoshi --data-dir "$data" ;;
        5) "$java17" -XX:SharedArchiveFile="$work/jar.jsa" -Xlog:cds=off,cds+dynamic=off $exit_after \
            -jar "$target/yaoshi.jar" --data-dir "$data" ;;
    esac 2>/dev/null)
    local inside at
    inside=$(sed -n 's/^first frame after \([0-9]*\) ms$/\1/p' <<<"$output")
    at=$(sed -n 's/^first frame at epoch ms \([0-9]*\)$/\1/p' <<<"$output")
    [ -n "$inside" ] && [ -n "$at" ] && echo "$inside $((at - launched / 1000))"
}
median() {
    tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}

# the archive a java -jar user makes once, as the README shows: the classes of a start up to the first frame
"$java17" -XX:ArchiveClassesAtExit="$work/jar.jsa" $exit_after -jar "$target/yaoshi.jar" --data-dir "$work/data-jsa" \
    >/dev/null 2>&1
declare -a times outside
for i in "${!names[@]}"; do run "$i" >/dev/null; done # warm the page cache and the data folders
for ((r = 1; r <= runs; r++)); do
    for i in "${!names[@]}"; do
        t=$(run "$i")
        [ -n "$t" ] || { echo "startup-bench: no first frame from: ${names[$i]}" >&2; exit 1; }
        times[$i]="${times[$i]:-} ${t% *}"
        outside[$i]="${outside[$i]:-} ${t#* }"
    done
done
declare -a med out
for i in "${!names[@]}"; do
    med[$i]=$(echo "${times[$i]}" | median)
    out[$i]=$(echo "${outside[$i]}" | median)
done
# The hand-over (a second launch while Yaoshi runs, as installed): its window minimised, then the launch → the window
# viewable again, polled with xwininfo every 5 ms; and the launch → the launcher's exit. Needs a window manager to
# minimise to (twm) and xdotool.
handover=()
handover_exit=()
if command -v twm >/dev/null && command -v xdotool >/dev/null && command -v xwininfo >/dev/null; then
    sed -i '/exitAfterFirstFrame/d' "$work/cds/lib/app/yaoshi.cfg"
    printf 'RandomPlacement\nNoTitle\n' >"$work/twmrc"
    twm -f "$work/twmrc" >/dev/null 2>&1 &
    wm=$!
    data=$work/data-handover
    /opt/yaoshi/bin/yaoshi --data-dir "$data" >"$work/handover-app.out" 2>&1 &
    app=$!
    for _ in $(seq 600); do grep -q "^first frame after" "$work/handover-app.out" && break; sleep 0.1; done
    window=$(timeout 30 xdotool search --sync --onlyvisible --name '^Yaoshi$' | head -1)
    viewable() { xwininfo -id "$window" | grep -q IsViewable; }
    for ((r = 1; r <= runs; r++)); do
        xdotool windowminimize "$window"
        for _ in $(seq 400); do viewable || break; sleep 0.005; done
        launched=${EPOCHREALTIME/./}
        /opt/yaoshi/bin/yaoshi --data-dir "$data" >/dev/null 2>&1 &
        second=$!
        until viewable; do sleep 0.005; done
        shown=${EPOCHREALTIME/./}
        wait "$second" || { echo "startup-bench: the second launch did not hand over" >&2; exit 1; }
        ended=${EPOCHREALTIME/./}
        handover+=($(((shown - launched) / 1000)))
        handover_exit+=($(((ended - launched) / 1000)))
    done
    kill "$app" "$wm"
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f×", a / b}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1048576}'; }

dist=$target/installer/dist
deb=$(ls "$dist"/*.deb 2>/dev/null | head -1 || true)
rpm=$(ls "$dist"/*.rpm 2>/dev/null | head -1 || true)
report=$target/benchmarks/startup.md
mkdir -p "$(dirname "$report")"
{
    echo "# Start-up and size ($(date -u +%Y-%m-%d), $(nproc) cores, Xvfb)"
    echo
    echo "Process start → first frame (ms), median of $runs runs, interleaved; $("$java17" -version 2>&1 | head -1)."
    echo "The app's own figure (from the process's start tick in /proc to the first pulse after the window is"
    echo "shown) beside this script's (launch → that frame's wall-clock time)."
    echo
    echo "| what | median | by the script's clock | runs | vs hello on the same runtime |"
    echo "| --- | ---: | ---: | --- | --- |"
    for i in "${!names[@]}"; do
        case $i in 1 | 5) base=${med[0]} ;; 3 | 4) base=${med[2]} ;; *) base=${med[$i]} ;; esac
        echo "| ${names[$i]} | ${med[$i]} | ${out[$i]} | ${times[$i]# } | $(ratio "${med[$i]}" "$base") |"
    done
    echo
    if [ ${#handover[@]} -gt 0 ]; then
        echo "A second launch while Yaoshi runs (as installed, AppCDS), its window minimised: the launcher hands over"
        echo "to the running app and ends; median of $runs runs (target ≤ 150 ms to a visible window)."
        echo
        echo "| hand-over | median | runs |"
        echo "| --- | ---: | --- |"
        echo "| launch → the window visible again | $(echo "${handover[*]}" | median) | ${handover[*]} |"
        echo "| launch → the launcher has ended | $(echo "${handover_exit[*]}" | median) | ${handover_exit[*]} |"
    else
        echo "Hand-over not measured: it needs twm, xdotool and xwininfo (Debian: twm xdotool x11-utils)."
    fi
    echo
    echo "| size | figure |"
    echo "| --- | ---: |"
    echo "| .deb | $([ -n "$deb" ] && mb "$(stat -c %s "$deb")" || echo "not built") |"
    installed=$([ -n "$deb" ] && mb "$(($(dpkg-deb -f "$deb" Installed-Size) * 1024))" || echo -)
    echo "| .deb installed size (Installed-Size) | $installed |"
    echo "| .rpm | $([ -n "$rpm" ] && mb "$(stat -c %s "$rpm")" || echo "not built") |"
    megabytes() { du -sm "$1" | cut -f1; }
    echo "| app-image folder / of which the runtime / the AppCDS archive | $(megabytes "$work/cds") MB /" \
        "$(megabytes "$work/cds/lib/runtime") MB / $(megabytes "$work/cds/lib/app/yaoshi.jsa") MB |"
    for tgz in "$dist"/*.tar.gz; do
        [ -e "$tgz" ] && echo "| $(basename "$tgz") | $(mb "$(stat -c %s "$tgz")") |"
    done
} >"$report"
cat "$report"
