#!/usr/bin/env bash
# Builds Yaoshi's installers: a jlink'd runtime of only the modules the app needs, an app-image with it, then the
# installer types of the host OS (jpackage builds only for the OS it runs on):
#   Linux    app-image, .deb, .rpm (the .rpm only where rpmbuild is installed: Debian package rpm)
#   Windows  app-image, .msi (needs WiX 3 on the PATH; JDK 17's jpackage does not know WiX 4), run in Git Bash
#   macOS    app-image, .dmg
# INSTALLER_TYPES (mvn -Dinstaller.types="app-image deb") narrows that down.
# Run by `mvn -Pinstaller package`, which passes the pom's facts in the environment and copies the dependencies to
# target/installer/libs first. Output: target/installer/dist/.
set -euo pipefail

: "${APP_VERSION:?}" "${APP_VENDOR:?}" "${APP_DESCRIPTION:?}" "${JAVAFX_VERSION:?}" "${JDK_HOME:?}"
root=$(cd "$(dirname "$0")/.." && pwd)
here=$root/installer
out=$root/target/installer
main_jar=yaoshi-$APP_VERSION.jar
main_class=io.yaoshi.app.Main

case "$(uname -s)" in
    Linux) os=linux; name=yaoshi; default_types="app-image deb rpm" ;;
    Darwin) os=mac; name=Yaoshi; default_types="app-image dmg" ;;
    MINGW* | MSYS* | CYGWIN*) os=windows; name=Yaoshi; default_types="app-image msi" ;;
    *) echo "build.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
types=${INSTALLER_TYPES:-$default_types}
if [[ " $types " == *" rpm "* ]] && ! command -v rpmbuild >/dev/null; then
    echo "build.sh: rpmbuild not found (Debian package rpm): skipping the .rpm" >&2
    types=${types/rpm/}
fi

jdk_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK_HOME/release")
rm -rf "$out/input" "$out/runtime" "$out/image" "$out/dist"
mkdir -p "$out/input" "$out/dist"

# --- input: the app's thin jar and every dependency except JavaFX, which goes into the runtime as modules -----
cp "$root/target/$main_jar" "$out/input/"
for jar in "$out"/libs/*.jar; do
    file=$(basename "$jar")
    [[ $file == javafx-* ]] && continue
    if "$JDK_HOME/bin/jar" tf "$jar" | grep -qE '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$'; then
        # Bouncy Castle's jars are signed: see StripSignatures.java for why the app-image carries them unsigned
        "$JDK_HOME/bin/java" "$here/StripSignatures.java" "$jar" "$out/input/$file"
    else
        cp "$jar" "$out/input/"
    fi
done

# SQLite's native library for this OS, unpacked once here: sqlite-jdbc otherwise writes it to the temporary folder
# on every start (1 MB, and left there when the app is killed) before the vault can open.
sqlite_jar=$(find "$out/libs" -name 'sqlite-jdbc-*.jar' | head -1)
sqlite_native=org/sqlite/native/$("$JDK_HOME/bin/java" -cp "$sqlite_jar" org.sqlite.util.OSInfo)
mkdir -p "$out/input/native"
(cd "$out/input/native" && "$JDK_HOME/bin/jar" xf "$sqlite_jar" "$sqlite_native")
sqlite_lib=$(cd "$out/input/native" && find . -type f | sed 's|^\./||')
[ -n "$sqlite_lib" ] || { echo "build.sh: no SQLite native library under $sqlite_native" >&2; exit 1; }

# --- runtime ----------------------------------------------------------------------------------------------------
# jdeps --print-module-deps on the jars gives java.base, java.desktop, java.naming, java.net.http, java.sql,
# javafx.controls, javafx.fxml, jdk.httpserver (the in-process cloud emulator), jdk.net (the agent's and the
# single-instance socket's peer credentials: without it both fail at their first connection, which only the smoke
# test's second start and ssh-add see), and for the PostgreSQL driver's Kerberos and JMX paths, which Yaoshi does
# not use, java.security.jgss and java.management. What jdeps cannot see: the JCA providers loaded by name
# (jdk.crypto.ec: EC keys, TLS), jdk.localedata (zh dates and numbers), jdk.charsets (GBK and friends on Chinese
# systems), jdk.unsupported (sun.misc.Unsafe), java.logging (the SLF4J binding).
modules=java.base,java.desktop,java.logging,java.naming,java.net.http,java.sql,jdk.httpserver,jdk.net,jdk.crypto.ec
modules+=,jdk.localedata,jdk.charsets,jdk.unsupported,javafx.controls,javafx.fxml
# Only the JavaFX jars with this OS's classifier are modules with natives inside; the ones without a classifier
# are empty placeholders.
sep=$([ $os = windows ] && echo ';' || echo ':')
fx_path=$(find "$out/libs" -name "javafx-*-$JAVAFX_VERSION-*.jar" | sort | tr '\n' "$sep")
module_path=$fx_path
# JDK 17 links from jmods/; a JDK without jmods/ (Temurin 24+) links from its own run-time image
[ -d "$JDK_HOME/jmods" ] && module_path=$JDK_HOME/jmods$sep$fx_path
compress=$([ "$jdk_feature" -ge 21 ] && echo zip-6 || echo 2)
# --generate-cds-archive: the runtime's default class-data archive, and the base the app's archive builds on.
# Native commands stay: the CDS step needs bin/java.
"$JDK_HOME/bin/jlink" --module-path "$module_path" --add-modules "$modules" --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --compress="$compress" --generate-cds-archive \
    --output "$out/runtime"
# JavaFX's native libraries where JavaFX looks first in a run-time image (lib/; bin/javafx/ on Windows), as the
# JavaFX jmods would put them: from the jars' resources, it copies them to ~/.openjfx/cache and checksums them on
# every start (MD5 of 0.8 MB, on the toolkit's critical path) before the first window.
fx_natives=$out/runtime/$([ $os = windows ] && echo bin/javafx || echo lib)
mkdir -p "$fx_natives"
fx_graphics=$(find "$out/libs" -name "javafx-graphics-$JAVAFX_VERSION-*.jar" | head -1)
(cd "$fx_natives" && "$JDK_HOME/bin/jar" tf "$fx_graphics" | grep -E '^[^/]+\.(so|dll|dylib)$' |
    xargs "$JDK_HOME/bin/jar" xf "$fx_graphics")
ls "$fx_natives" | grep -q glass || { echo "build.sh: no JavaFX native libraries in $fx_graphics" >&2; exit 1; }

# --- app-image --------------------------------------------------------------------------------------------------
# APP_JAVA_OPTIONS: the pom's app.java.options, which the benchmarks' cold unlock runs with too
read -r -a app_options <<<"${APP_JAVA_OPTIONS:-}"
java_options=()
for option in "${app_options[@]}"; do
    java_options+=(--java-options "$option")
done
java_options+=(--java-options "-Dorg.sqlite.lib.path=\$APPDIR/native/$(dirname "$sqlite_lib")")
java_options+=(--java-options "-Dorg.sqlite.lib.name=$(basename "$sqlite_lib")")
# The NIO provider named instead of looked up: the lookup opens every jar on the class path for a service file,
# 0.02 s of a second start's hand-over, whose path otherwise reads only Yaoshi's own jar. The class is the one the
# JDK picks by itself on Linux; the smoke test's second start and ssh-add fail if the bundled runtime lacks it.
[ $os = linux ] && java_options+=(--java-options "-Djava.nio.channels.spi.SelectorProvider=sun.nio.ch.EPollSelectorProvider")
if [ "$jdk_feature" -ge 24 ]; then
    # JDK 24+ warns about JNI (sqlite-jdbc, JavaFX) and sun.misc.Unsafe (JavaFX 21's Marlin) unless allowed
    java_options+=(--java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED")
    java_options+=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi
case $os in
    linux) icon=$root/icons/png/yaoshi-256.png ;;
    mac) icon=$root/icons/yaoshi.icns ;;
    windows) icon=$root/icons/yaoshi.ico ;;
esac
common=(--name "$name" --app-version "$APP_VERSION" --vendor "$APP_VENDOR" --description "$APP_DESCRIPTION"
    --copyright "© $APP_VENDOR")
image_options=()
# Windows: the launcher is a GUI program with no console, so the command line gets a second, console launcher
[ $os = windows ] && image_options+=(--add-launcher "yaoshi-cli=$here/windows/yaoshi-cli.properties")
[ $os = mac ] && image_options+=(--mac-package-identifier io.yaoshi --mac-package-name Yaoshi)
"$JDK_HOME/bin/jpackage" --type app-image --dest "$out/image" "${common[@]}" \
    --input "$out/input" --main-jar "$main_jar" --main-class "$main_class" --runtime-image "$out/runtime" \
    --icon "$icon" "${java_options[@]}" "${image_options[@]}"

image=$out/image/$name
[ $os = mac ] && image=$out/image/$name.app
if [ $os = linux ]; then
    # a shell launcher in place of the native one, which asks dpkg and rpm who owns it on every start (0.2 s)
    install -m 0755 "$here/linux/launcher.sh" "$image/bin/$name"
    # the menu entry, the icons and the packages' install hooks; jpackage packs only bin/ and lib/ of an app-image
    desktop=$image/lib/desktop
    install -D -m 0644 "$here/linux/yaoshi.desktop" "$desktop/yaoshi.desktop"
    for size in 16 24 32 48 64 128 256 512; do
        install -D -m 0644 "$root/icons/png/yaoshi-$size.png" "$desktop/icons/${size}x$size/yaoshi.png"
    done
    # any fixed time will do (here the zip format's epoch, 1980-01-01); see app-cds.sh
    jar_epoch=315532800
    sed "s/JAR_EPOCH/$jar_epoch/" "$here/linux/package-hooks.sh" >"$desktop/package-hooks.sh"
    chmod 0755 "$desktop/package-hooks.sh"
    "$here/app-cds.sh" "$image" "$jar_epoch"
fi

# --- installers -------------------------------------------------------------------------------------------------
for type in $types; do
    case $type in
        app-image)
            [ $os = linux ] && tar -C "$out/image" -czf "$out/dist/$name-$APP_VERSION-linux-x64.tar.gz" "$name"
            ;;
        deb | rpm)
            # libgtk-3-0: JavaFX's natives sit inside its jars, so jpackage's ldd scan misses GTK; a TrueType CJK
            # font, or every Hanzi is a box (JavaFX skips the CFF-flavoured Noto CJK)
            deps=$([ "$type" = deb ] && echo "libgtk-3-0, fonts-wqy-microhei" || echo "gtk3, wqy-microhei-fonts")
            "$JDK_HOME/bin/jpackage" --type "$type" --dest "$out/dist" "${common[@]}" --app-image "$image" \
                --resource-dir "$here/linux" --linux-package-name yaoshi --linux-package-deps "$deps" \
                --linux-app-category "$([ "$type" = deb ] && echo utils || echo Applications/System)"
            ;;
        msi)
            # a fixed upgrade code, so a newer .msi replaces an installed older one
            "$JDK_HOME/bin/jpackage" --type msi --dest "$out/dist" "${common[@]}" --app-image "$image" \
                --win-menu --win-menu-group Yaoshi --win-shortcut --win-dir-chooser \
                --win-upgrade-uuid 6f1d4a52-93c4-4c36-9a57-5e1f3b7c2a90
            ;;
        dmg)
            "$JDK_HOME/bin/jpackage" --type dmg --dest "$out/dist" "${common[@]}" --app-image "$image" \
                --mac-package-identifier io.yaoshi
            ;;
        *) echo "build.sh: unknown installer type $type" >&2; exit 1 ;;
    esac
done
ls -l "$out/dist"
