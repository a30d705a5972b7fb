#!/bin/sh
# Run by the .deb's and the .rpm's install scripts (install) and remove scripts (remove).
# install: gives the jars back the modification time the start-up archive (lib/app/yaoshi.jsa, see
#   installer/app-cds.sh) was made with; the JVM ignores the archive for a jar whose time differs, and packaging
#   does not keep file times. Then puts the menu entry, the icons and the `yaoshi` command where desktops and
#   shells look: plain copies instead of xdg-desktop-menu, which fails on a system without menu folders. Folders
#   that are missing stay missing (such a system has no menu to show), so removal leaves nothing behind.
# remove: takes all that away again.
set -e
app=/opt/yaoshi
case "$1" in
    install)
        touch -d @JAR_EPOCH "$app"/lib/app/*.jar
        if [ -d /usr/share/applications ]; then
            cp "$app/lib/desktop/yaoshi.desktop" /usr/share/applications/yaoshi.desktop
        fi
        for png in "$app"/lib/desktop/icons/*/yaoshi.png; do
            apps=/usr/share/icons/hicolor/$(basename "$(dirname "$png")")/apps
            if [ -d "$apps" ]; then
                cp "$png" "$apps/yaoshi.png"
            fi
        done
        ln -sf "$app/bin/yaoshi" /usr/bin/yaoshi
        ;;
    remove)
        rm -f /usr/share/applications/yaoshi.desktop /usr/share/icons/hicolor/*/apps/yaoshi.png /usr/bin/yaoshi
        ;;
    *)
        echo "usage: $0 install|remove" >&2
        exit 2
        ;;
esac
# refresh the desktop's caches where there are any
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if [ -f /usr/share/icons/hicolor/index.theme ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
