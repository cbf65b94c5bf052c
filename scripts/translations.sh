#!/bin/sh
# Translations: `scripts/translations.sh build` compiles every resources/i18n/*/*.ts to .qm with
# PySide6's lrelease (run by `make setup`); `scripts/translations.sh update` re-reads the sources with
# lupdate, adding new strings (as unfinished) and keeping every translation already made.
# Each .ts file serves one part of the code (AREAS below); qtbase.ts, Qt's own buttons, is written by hand.
set -eu
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}

AREAS="core:app
window:ui/*.py ui/widgets ui/models
person:ui/person ui/letters
directory:ui/directory ui/outreach ui/sync
forms:ui/dialogs ui/outcomes"

case "${1:-build}" in
  build)
    for ts in resources/i18n/*/*.ts; do
      [ -f "$ts" ] || continue
      qm="${ts%.ts}.qm"
      if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
      fi
    done ;;
  update)
    for lang in resources/i18n/*/; do
      echo "$AREAS" | while IFS=: read -r area sources; do
        # shellcheck disable=SC2086 # the globs in $sources are meant to expand
        "$BIN/pyside6-lupdate" -silent -extensions py -locations none -no-obsolete -target-language "$(basename "$lang")" $sources -ts "${lang}${area}.ts"
      done
    done ;;
  *) echo "usage: $0 build|update" >&2; exit 2 ;;
esac
