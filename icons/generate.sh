#!/usr/bin/env bash
# Renders every icon the platforms need from icons/yaoshi.svg: PNGs 16–1024 (rsvg-convert, Debian package
# librsvg2-bin), yaoshi.ico for Windows (ImageMagick's convert, package imagemagick) and yaoshi.icns for macOS
# (png2icns, package icnsutils). Copies the window-icon sizes into the app's resources. Run after editing the SVG;
# the results are committed.
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert:librsvg2-bin convert:imagemagick png2icns:icnsutils; do
    command -v "${tool%%:*}" >/dev/null || { echo "install ${tool#*:} for ${tool%%:*}" >&2; exit 1; }
done
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" yaoshi.svg -o "png/yaoshi-$size.png"
done
# Windows picks from 16–256 (256 is stored as PNG inside the .ico by ImageMagick)
convert png/yaoshi-{16,24,32,48,64,128,256}.png yaoshi.ico
# png2icns accepts only the sizes the icns format defines
png2icns yaoshi.icns png/yaoshi-{16,32,48,128,256,512,1024}.png >/dev/null
resources=../src/main/resources/io/yaoshi/app/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
    cp "png/yaoshi-$size.png" "$resources/"
done
