#!/bin/sh
# Install Linkwell for this user only: no administrator rights, nothing outside your home folder.
#   ./install.sh          from the unpacked bundle (the folder holding this script and `linkwell`)
# Puts the program in ~/.local/share/linkwell/program/, a launcher at ~/.local/bin/linkwell and a menu
# entry in ~/.local/share/applications/. Installing again (a newer build) replaces the program only:
# your database, its key file, backups and settings are never touched. ./uninstall.sh undoes it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
home_dir="$data/linkwell"          # also where Linkwell keeps its database: only program/ is ours here
target="$home_dir/program"
bin_dir="$HOME/.local/bin"
launcher="$bin_dir/linkwell"
menu="$data/applications/linkwell.desktop"
MARK="# Linkwell launcher, written by install.sh"

[ -x "$here/linkwell" ] && [ -d "$here/_internal" ] || {
  echo "install.sh: run me from the Linkwell folder (the one holding 'linkwell' and '_internal')." >&2; exit 1; }
[ "$here" != "$target" ] || { echo "Linkwell is already installed here: $target"; exit 0; }
if [ -e "$launcher" ] && ! grep -qF "$MARK" "$launcher" 2>/dev/null; then
  echo "install.sh: $launcher exists and is not Linkwell's launcher; move it away and try again." >&2
  exit 1
fi

# Copy beside the old program first, then swap, so a failed copy leaves the old one working.
mkdir -p "$home_dir" "$bin_dir" "$(dirname "$menu")"
rm -rf "$target.new" "$target.old"
cp -R "$here" "$target.new"
upgrade=""
[ ! -d "$target" ] || { mv "$target" "$target.old"; upgrade=yes; }
mv "$target.new" "$target"
rm -rf "$target.old"

cat > "$launcher" <<LAUNCHER
#!/bin/sh
$MARK
exec "$target/linkwell" "\$@"
LAUNCHER
chmod 755 "$launcher"

cat > "$menu" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Linkwell
GenericName=Social prescribing caseload
Comment=Caseload, service directory and letters for social prescribing link workers
Exec="$target/linkwell"
Icon=$target/linkwell.svg
Terminal=false
Categories=Office;
StartupWMClass=Linkwell
DESKTOP
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$menu")" 2>/dev/null || true

echo "Linkwell is installed for $(id -un) in $target"
echo "Open it from the applications menu, or run: $launcher"
[ -z "$upgrade" ] || echo "This replaced the earlier version; if Linkwell is open, close it and open it again."
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "($bin_dir is not on your PATH yet: it usually is after logging in again.)";; esac
