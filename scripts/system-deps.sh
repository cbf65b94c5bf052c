#!/usr/bin/env bash
# Install the Debian/Ubuntu libraries Linkwell needs when they are missing and we may (root or
# passwordless sudo); otherwise print the one apt-get line to run, and fail.
#   scripts/system-deps.sh test   # offscreen Qt, PDF tools, a real keyring for the keyring test, PostgreSQL
#   scripts/system-deps.sh run    # the above plus what a real X window needs
#   scripts/system-deps.sh package  # the first list plus desktop-file-validate (make package-check)
set -euo pipefail
mode=${1:-test}
pkgs=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
      poppler-utils gnome-keyring dbus-daemon dbus-bin xvfb xauth
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
      libxcb-randr0 libxcb-render-util0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1)
[ "$mode" = test ] && pkgs+=(postgresql)  # the team hub's tests start a real PostgreSQL (15 or newer)
[ "$mode" != run ] && pkgs+=(wixl msitools)  # the per-user Windows installer: built with wixl, read with msiinfo
[ "$mode" = run ] && pkgs+=(x11-utils xdotool)  # xdotool: the keyboard walkthrough (make screenshots)
[ "$mode" = package ] && pkgs+=(desktop-file-utils)  # make package-check validates the menu entry

command -v dpkg-query >/dev/null || { echo "Not a Debian-family system: install Qt 6's xcb libraries and poppler-utils yourself."; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"
else
  echo "Linkwell needs some system libraries. Please run, then try again:"
  echo "  sudo apt-get update && sudo $line"
  exit 1
fi
echo "Installing system libraries: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo $line -qq
