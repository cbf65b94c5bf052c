#!/usr/bin/env bash
# Screenshot of the real window on a virtual X screen (Xvfb), for docs and for looking at.
#   LINKWELL_PASSPHRASE=... scripts/screenshot.sh DB [--demo] [OUT.png]
# OUT defaults to docs/screenshots/caseload.png. Without LINKWELL_PASSPHRASE the key comes from
# the OS keyring. Uses ImageMagick's `import` for the X screen when installed, else Qt's own
# QScreen.grabWindow of the root window (the same pixels).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?usage: scripts/screenshot.sh DB [--demo] [OUT.png]}
shift
demo=0
out=docs/screenshots/caseload.png
for arg in "$@"; do
  case $arg in
    --demo) demo=1 ;;
    *) out=$arg ;;
  esac
done
python=${PYTHON:-.venv/bin/python}
size=${SCREEN_SIZE:-1280x800}
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
. scripts/xvfb.sh

start_xvfb

use_import=0
command -v import >/dev/null && use_import=1

# The window paints, settles, then either grabs the screen itself or waits for `import`.
# `timeout`: a locked or missing database shows a dialog that nobody will answer here.
SHOT_DIR=$work SHOT_OUT=$out USE_IMPORT=$use_import DEMO=$demo timeout "${SHOT_TIMEOUT:-120}" "$python" - "$db" <<'PY' &
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.main

work, out = Path(os.environ["SHOT_DIR"]), os.environ["SHOT_OUT"]

def hook(window):
    screen = QApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())

    def shoot():
        if os.environ["USE_IMPORT"] == "1":
            (work / "ready").touch()
            poll = QTimer(window, interval=100)
            poll.timeout.connect(lambda: (work / "done").exists() and QApplication.exit(0))
            poll.start()
        else:
            ok = screen.grabWindow(0).save(out)
            QApplication.exit(0 if ok else 1)

    # Let the backing store reach the X server before reading the screen.
    window.caseload_painted.connect(lambda: QTimer.singleShot(700, shoot))
    QTimer.singleShot(60_000, lambda: QApplication.exit(3))

sys.exit(ui.main.launch(Path(sys.argv[1]), demo=os.environ["DEMO"] == "1",
                        passphrase=os.environ.get("LINKWELL_PASSPHRASE") or None, on_window=hook))
PY
app_pid=$!
if [ "$use_import" = 1 ]; then
  for _ in $(seq 600); do [ -e "$work/ready" ] && break; kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  [ -e "$work/ready" ] && import -window root "$out"
  touch "$work/done"
fi
wait "$app_pid" || { echo "The window did not paint its caseload (exit $?): is the passphrase right?"; exit 1; }
echo "Saved $out"
