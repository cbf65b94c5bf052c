# Sourced by the screenshot scripts: a virtual X screen of its own, and cleanup when the script ends.
# Needs $work (a temporary folder the caller owns) and $size (e.g. 1280x800); sets DISPLAY.
# The caller may set app_pid to a process to stop first.
xvfb_pid="" app_pid=""
cleanup() {
  local status=$?
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

start_xvfb() {
  # -displayfd: Xvfb picks a free display number and writes it when ready.
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
  export DISPLAY=":$(cat "$work/display")" QT_QPA_PLATFORM=xcb
}
