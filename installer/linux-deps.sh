#!/usr/bin/env bash
# Qt's xcb platform plugin (a real window) needs system libraries that a bare
# Linux machine lacks; without them Qt aborts with "Could not load the Qt
# platform plugin xcb". Install them when we may (root with apt-get), else say
# what to install.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
[ -n "${QT_QPA_PLATFORM:-}" ] && [ "${QT_QPA_PLATFORM}" != "xcb" ] && exit 0
packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxkbcommon-x11-0 libegl1 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
libfontconfig1 libdbus-1-3"
missing=""
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
  libxcb-render-util.so.0 libxkbcommon-x11.so.0 libEGL.so.1 libxcb-xinerama.so.0 \
  libxcb-shape.so.0 libxcb-randr.so.0 libxcb-xkb.so.1; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing the system libraries Qt needs for a window:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages
  exit $?
fi
echo "Qt needs system libraries to open a window; missing:$missing" >&2
echo "On Debian or Ubuntu: sudo apt-get install $(echo $packages)" >&2
exit 1
