#!/usr/bin/env bash
# The link worker's day, by keyboard alone, on the real window under a virtual X screen (Xvfb):
# a new referral is taken, accepted, given a plan, connected to a service, followed up and closed.
# Real X key presses (xdotool) go to the real `linkwell --demo` process, as `make run` starts it;
# each step is photographed into OUTDIR, and the database is then checked for what was typed.
#   scripts/walkthrough.sh [OUTDIR]     (default docs/screenshots/walkthrough)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots/walkthrough}
python=${PYTHON:-.venv/bin/python}
size=${SCREEN_SIZE:-1280x800}
command -v xdotool >/dev/null || { echo "The walkthrough needs xdotool: scripts/system-deps.sh run installs it."; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
. scripts/xvfb.sh

export LINKWELL_PASSPHRASE="walkthrough-demo-only"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
"$python" -c 'import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))' \
  demo create --db "$work/demo.db" --people 60 >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }

start_xvfb

.venv/bin/linkwell --demo --db "$work/demo.db" >"$work/app.log" 2>&1 &
app_pid=$!
WALK_DB="$work/demo.db" WALK_OUT="$out" timeout "${WALK_TIMEOUT:-300}" "$python" scripts/walkthrough.py \
  || { echo "The walkthrough stopped. The app said:"; cat "$work/app.log"; exit 1; }
