#!/usr/bin/env bash
# Every picture in the README, made again from a fresh demo database of fictional people:
# the keyboard walkthrough (real key presses to the real window), the lock, the directory, the
# dashboard and Measures tab, and page 1 of each letter. Run by `make screenshots`.
#   scripts/screenshots.sh [OUTDIR]     (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
python=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export LINKWELL_PASSPHRASE=demo-only-not-real-people
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
demo() {  # a fresh demo database at $1
  "$python" -c 'import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))' demo create --db "$1" >/dev/null
}
in_x() {  # a Python script on its own virtual screen
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$python" "$@"
}

echo "The day by keyboard:"
scripts/walkthrough.sh "$out/walkthrough"
echo "The caseload:"
demo "$work/caseload.db"
scripts/screenshot.sh "$work/caseload.db" --demo "$out/caseload.png"
echo "The lock:"
scripts/lock_screenshot.sh "$out/locked.png"
echo "Today:"
demo "$work/today.db"
in_x scripts/shots/today.py "$work/today.db" "$out"
echo "The directory:"
demo "$work/directory.db"
in_x scripts/shots/directory.py "$work/directory.db" "$out"
echo "Outcomes:"
demo "$work/outcomes.db"
in_x scripts/shots/outcomes.py "$work/outcomes.db" "$out"
echo "Outreach calls:"
demo "$work/outreach.db"
in_x scripts/shots/outreach.py "$work/outreach.db" "$out"
echo "Duplicates and young people:"
demo "$work/people.db"
in_x scripts/shots/people.py "$work/people.db" "$out"
echo "Letters and the report:"
demo "$work/letters.db"
"$python" scripts/shots/letters.py "$work/letters.db" "$out"
echo "Letters in the window, and 200% text:"
demo "$work/parts.db"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$python" scripts/shots/window_parts.py "$work/parts.db" "$out"
echo "In Cymraeg:"
demo "$work/cy.db"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$python" scripts/shots/welsh.py "$work/cy.db" "$out"
echo "Saved in $out"
