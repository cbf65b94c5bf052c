#!/bin/sh
# Remove what install.sh put in place: the program, the launcher and the menu entry. Your database, its
# key file, backups and settings stay where they are (the message below says where), so installing
# again finds them.
set -eu

data="${XDG_DATA_HOME:-$HOME/.local/share}"
home_dir="$data/linkwell"
target="$home_dir/program"
launcher="$HOME/.local/bin/linkwell"
menu="$data/applications/linkwell.desktop"
MARK="# Linkwell launcher, written by install.sh"

[ -d "$target" ] || { echo "Linkwell is not installed for $(id -un) (no $target)."; exit 0; }
rm -rf "$target" "$target.new" "$target.old"
rm -f "$menu"
if [ -e "$launcher" ] && grep -qF "$MARK" "$launcher" 2>/dev/null; then rm -f "$launcher"; fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$menu")" 2>/dev/null || true
rmdir "$home_dir" 2>/dev/null || true  # only if nothing of yours is left in it

echo "Linkwell's program is removed."
[ -d "$home_dir" ] && echo "Your data is kept in $home_dir: delete that folder yourself only if you are sure."
exit 0
