#!/usr/bin/env bash
# Install the one-folder build of Pitstop CRM (make installer -> dist/pitstop)
# with its menu entry and icons, for the current user or, with PREFIX, for all:
#
#   installer/linux/install.sh [BUILD_DIR]             # into ~/.local
#   sudo PREFIX=/usr/local installer/linux/install.sh  # for every user
#   installer/linux/install.sh --uninstall             # remove it again
#
# Installs PREFIX/lib/pitstop-crm/ (the program), PREFIX/bin/pitstop (a link),
# PREFIX/share/applications/pitstop-crm.desktop and the icon in the hicolor
# theme (PNG sizes and the SVG). The shop's data folder is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
app_dir="$PREFIX/lib/pitstop-crm"
desktop="$PREFIX/share/applications/pitstop-crm.desktop"
hicolor="$PREFIX/share/icons/hicolor"
sizes="16 24 32 48 64 128 256"

refresh_caches() {
  command -v update-desktop-database >/dev/null && \
    update-desktop-database -q "$PREFIX/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -f -t "$hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app_dir"
  rm -f "$PREFIX/bin/pitstop" "$desktop" "$hicolor/scalable/apps/pitstop-crm.svg"
  for size in $sizes; do rm -f "$hicolor/${size}x${size}/apps/pitstop-crm.png"; done
  refresh_caches
  echo "Pitstop CRM removed from $PREFIX (the data folder is kept)."
  exit 0
fi

build="${1:-$here/../../dist/pitstop}"
if [ ! -x "$build/pitstop" ]; then
  echo "No built program in $build: run 'make installer' first." >&2
  exit 1
fi
build="$(cd "$build" && pwd)"
icons="$build/_internal/resources/icons"

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$desktop")" "$hicolor/scalable/apps"
rm -rf "$app_dir"
cp -a "$build" "$app_dir"
ln -sfn "$app_dir/pitstop" "$PREFIX/bin/pitstop"
# The menu may not search PREFIX/bin, so the entry names the program by its path.
sed "s|^Exec=pitstop|Exec=$app_dir/pitstop|" "$here/pitstop-crm.desktop" > "$desktop"
chmod 644 "$desktop"
for size in $sizes; do
  mkdir -p "$hicolor/${size}x${size}/apps"
  install -m 644 "$icons/pitstop-$size.png" "$hicolor/${size}x${size}/apps/pitstop-crm.png"
done
install -m 644 "$icons/pitstop.svg" "$hicolor/scalable/apps/pitstop-crm.svg"
refresh_caches
echo "Pitstop CRM installed in $app_dir; menu entry $desktop; command $PREFIX/bin/pitstop"
