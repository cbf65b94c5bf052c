#!/usr/bin/env bash
# The lock's proof on a virtual X screen (Xvfb): open the real window on a fresh demo database with
# a short idle time, touch nothing, wait until it locks itself, and photograph the whole X screen.
#   scripts/lock_screenshot.sh [OUT.png]        (default docs/screenshots/locked.png)
# LINKWELL_IDLE_SECONDS (default 3 here; 5 minutes in real use) sets the idle time. The screen is
# read with Qt's QScreen.grabWindow(0) from inside the app (the root window: every window on it).
# The script also fails if any demo person's name is in the text of any visible widget.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/locked.png}
python=${PYTHON:-.venv/bin/python}
size=${SCREEN_SIZE:-1280x800}
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
. scripts/xvfb.sh

passphrase="lock-screenshot-demo-only"
LINKWELL_PASSPHRASE=$passphrase "$python" -c 'import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))' \
  demo create --db "$work/demo.db" --people 60 2>"$work/demo.log" || { cat "$work/demo.log"; exit 1; }

start_xvfb

SHOT_OUT=$out LINKWELL_IDLE_SECONDS=${LINKWELL_IDLE_SECONDS:-3} LINKWELL_PASSPHRASE=$passphrase \
  timeout "${SHOT_TIMEOUT:-120}" "$python" - "$work/demo.db" <<'PY'
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QAbstractButton, QWidget
import ui.main

out = os.environ["SHOT_OUT"]
started = time.monotonic()


def visible_text() -> str:
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            texts.append(w.toolTip())
            if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
                texts.append(w.text())
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                m = w.model()
                try:
                    columns = m.columnCount(QModelIndex())
                except TypeError:  # a list model: one column
                    columns = 1
                texts += [str(m.data(m.index(r, c))) for r in range(m.rowCount(QModelIndex())) for c in range(columns)]
    return "\n".join(texts)


def hook(window):
    screen = QApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())
    lock = window.protection.lock

    def shoot():
        model = window.model
        names = {str(model.data(model.index(r, 0))).split(",")[0] for r in range(model.rowCount())}
        shown = [n for n in names if n and n in visible_text()]
        ok = screen.grabWindow(0).save(out)
        print(f"Locked by itself after {time.monotonic() - started:.1f} s; title {window.windowTitle()!r}; "
              f"{len(names)} family names checked, visible: {shown or 'none'}")
        QApplication.exit(0 if ok and not shown and len(names) > 10 else 4)

    def locked(is_locked):
        if is_locked:  # let the backing store reach the X server before reading the screen
            QTimer.singleShot(700, shoot)

    lock.locked_changed.connect(locked)
    QTimer.singleShot(90_000, lambda: QApplication.exit(3))


sys.exit(ui.main.launch(Path(sys.argv[1]), demo=True, passphrase=os.environ["LINKWELL_PASSPHRASE"], on_window=hook))
PY
echo "Saved $out"
