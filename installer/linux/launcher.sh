#!/bin/bash
# Yaoshi's launcher on Linux (bin/yaoshi of the app-image): starts the bundled Java runtime with the class path, main
# class and options of lib/app/yaoshi.cfg, as jpackage's native launcher does. That launcher also asks dpkg and rpm
# on every start which package owns it, about 0.2 s before the first frame; this script does not.
set -eu
app=$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd -P)
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
    value=${line#*=}
    value=${value//\$APPDIR/$app}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=$value ;;
        java-options=*) options+=("$value") ;;
    esac
done <"$app/yaoshi.cfg"
exec "$app/../runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
