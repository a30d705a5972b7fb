#!/usr/bin/env bash
# Renders every PNG size from icons/yaoshi.svg (needs rsvg-convert: Debian package librsvg2-bin) and copies the
# window-icon sizes into the app's resources. Run after editing the SVG; the results are committed.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "install librsvg2-bin for rsvg-convert" >&2; exit 1; }
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" yaoshi.svg -o "png/yaoshi-$size.png"
done
resources=../src/main/resources/io/yaoshi/app/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
    cp "png/yaoshi-$size.png" "$resources/"
done
