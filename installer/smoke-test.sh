#!/usr/bin/env bash
# Proves a .deb on this machine, as a user would meet it: installs it (apt pulls its Depends), starts the installed
# launcher under Xvfb and waits for the main window's first frame, runs the installed command line (the vault with
# SQLite and Argon2, RSA, Ed25519 and ECDSA keys, an OpenSSH export, and a cloud key pair created through the
# built-in emulator over HTTP: modules missing from the jlink'd runtime show up only at run time), then removes
# and purges the package and checks that nothing is left behind.
# Usage (as root): installer/smoke-test.sh target/installer/dist/yaoshi_*.deb
set -euo pipefail
deb=$(readlink -f "${1:?usage: smoke-test.sh PACKAGE.deb}")
launcher=/opt/yaoshi/bin/yaoshi
scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
    echo "smoke-test: FAILED: $*" >&2
    exit 1
}
# waits up to 60 s for a line matching $2 in file $1
await() {
    for _ in $(seq 120); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.5
    done
    cat "$1" >&2
    fail "no '$2' within 60 s"
}

echo "== install $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg-query -W -f='${Package} ${Version} ${Status}\n' yaoshi | grep "install ok installed" || fail "not installed"
dpkg-query -W -f='${Depends}\n' yaoshi | grep -q "libgtk-3-0" || fail "Depends lacks libgtk-3-0"
dpkg-query -W -f='${Depends}\n' yaoshi | grep -q "fonts-wqy-microhei" || fail "Depends lacks fonts-wqy-microhei"
[ "$(readlink /usr/bin/yaoshi)" = "$launcher" ] || fail "/usr/bin/yaoshi does not lead to $launcher"
if [ -d /usr/share/applications ]; then
    grep -q "^Name\[zh_CN\]=钥匙$" /usr/share/applications/yaoshi.desktop || fail "no menu entry"
fi

echo "== desktop app: started with no arguments, as a double-click does, under a window manager"
# setsid: its own process group, so that xvfb-run, Xvfb, the window manager and the app all stop together; a home of
# its own, to see what the app writes there. Openbox stands for the desktop's window manager: like GNOME's, it tells
# windows their frame's size, and JavaFX 21 then dropped the size a window asked for before it was shown, so the main
# window opened at its minimum size (JDK-8316423); the first run's size is 1200 x 720, frame included.
mkdir "$scratch/home"
cat >"$scratch/desktop.sh" <<'DESKTOP'
openbox >/dev/null 2>&1 &
"$@" &
for _ in $(seq 120); do grep -q "first frame after" "$OUT" 2>/dev/null && break; sleep 0.5; done
sleep 2 # the window manager places and frames the window
window=$(xwininfo -root -tree | awk '/Yaoshi"/ {print $1; exit}')
size=$(xwininfo -id "$window" | awk '/Width:/ {w = $2} /Height:/ {h = $2} END {print w, h}')
frame=$(xprop -id "$window" _NET_FRAME_EXTENTS | sed 's/.*= //; s/,//g')
echo "$size $frame" >"$GEOMETRY"
wait
DESKTOP
HOME=$scratch/home OUT=$scratch/gui.out GEOMETRY=$scratch/window.txt setsid xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$scratch/desktop.sh" "$launcher" --data-dir "$scratch/gui" >"$scratch/gui.out" 2>&1 &
pids+=($!)
await "$scratch/gui.out" "first frame after"
grep "first frame after" "$scratch/gui.out"
for _ in $(seq 20); do [ -s "$scratch/window.txt" ] && break; sleep 0.5; done
read -r width height left right top bottom <"$scratch/window.txt" || fail "the window's geometry was not read"
echo "main window: ${width}x${height}, frame $left $right $top $bottom"
[ "$((width + left + right))x$((height + top + bottom))" = 1200x720 ] ||
    fail "the main window is $((width + left + right))x$((height + top + bottom)) with its frame, not the 1200x720 asked"
# JavaFX's native libraries load from the runtime: JavaFX copies them to ~/.openjfx when it finds them only in its jars
[ ! -e "$scratch/home/.openjfx" ] || fail "JavaFX unpacked its native libraries to ~/.openjfx"
grep -q "Main window: first frame" "$scratch/gui/logs/yaoshi.0.log" || fail "no first-frame line in the app's log"
# a second start hands over to the running one (a Unix socket with jdk.net's peer credentials) and ends
DISPLAY= timeout 30 "$launcher" --data-dir "$scratch/gui" >"$scratch/second.out" 2>&1 ||
    { cat "$scratch/second.out" >&2; fail "a second start did not hand over to the running app"; }
kill -- "-${pids[0]}"

echo "== command line"
export YAOSHI_PASSWORD="smoke test password"
cli=(yaoshi --data-dir "$scratch/cli")
yaoshi version
"${cli[@]}" init
for type in rsa-2048 ed25519 ecdsa-p256; do
    "${cli[@]}" create --name "smoke-$type" --type "$type" --tag env=smoke
done
"${cli[@]}" export smoke-ed25519 --out "$scratch/smoke-ed25519" --format openssh
ssh-keygen -l -f "$scratch/smoke-ed25519"
# the built-in SSH agent (a Unix socket checked with jdk.net's peer credentials), asked by OpenSSH's ssh-add
"${cli[@]}" agent policy smoke-ed25519 --offer on --confirm never
setsid "${cli[@]}" agent serve --socket "$scratch/agent.sock" >"$scratch/agent.out" 2>&1 &
pids+=($!)
for _ in $(seq 60); do [ -S "$scratch/agent.sock" ] && break; sleep 0.5; done
SSH_AUTH_SOCK=$scratch/agent.sock ssh-add -l | grep -q "$(ssh-keygen -l -f "$scratch/smoke-ed25519" | cut -d' ' -f2)" ||
    { cat "$scratch/agent.out" >&2; fail "ssh-add did not list the key the installed agent offers"; }
kill -- "-${pids[1]}"
setsid yaoshi emulator --port 0 >"$scratch/emulator.out" 2>&1 &
pids+=($!)
await "$scratch/emulator.out" "Aliyun endpoint: "
endpoint=$(sed -n 's/.*Aliyun endpoint: //p' "$scratch/emulator.out")
YAOSHI_SECRET=testsecret "${cli[@]}" credentials set aliyun --access-key-id testid --endpoint "$endpoint"
"${cli[@]}" create --provider aliyun --region cn-hangzhou --name smoke-cloud --type rsa-2048
"${cli[@]}" list
# SQLite's native library comes unpacked with the app: the vault opens with no temporary folder to unpack it to
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$scratch/no-such-folder" "${cli[@]}" list >/dev/null ||
    fail "the vault does not open without a temporary folder: SQLite's library is not the one shipped"
[ "$("${cli[@]}" list --json | grep -c '"name"')" -eq 4 ] || fail "expected 4 key pairs in the list"
kill -- "-${pids[2]}"

echo "== remove and purge"
dpkg -r yaoshi >/dev/null
dpkg -P yaoshi >/dev/null
left=$(ls -d /opt/yaoshi /usr/bin/yaoshi /usr/share/applications/yaoshi.desktop \
    /usr/share/icons/hicolor/*/apps/yaoshi.png 2>/dev/null || true)
[ -z "$left" ] || fail "left behind: $left"
echo "smoke-test: passed"
