#!/usr/bin/env bash
# Fails when a user-facing string is not translated in a language listed as complete in
# translations/complete.txt: re-extracts the strings from the sources (lupdate) into copies
# of the .ts files and counts the unfinished entries.
# Usage: check-translations.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
[ -x "$lupdate" ] || { echo "lupdate not found (install qt6-l10n-tools)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
while read -r lang; do
  [ -z "$lang" ] || [[ "$lang" == \#* ]] && continue
  ts="$src/translations/tollgate_$lang.ts"
  [ -f "$ts" ] || { echo "FAIL: $ts is missing"; status=1; continue; }
  cp "$ts" "$work/"
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
      core connectors widgets app -ts "$work/$(basename "$ts")" 2>/dev/null)
  total=$(grep -c '<source>' "$work/$(basename "$ts")" || true)
  missing=$(grep -c 'type="unfinished"' "$work/$(basename "$ts")" || true)
  if [ "$missing" -gt 0 ]; then
    echo "FAIL: $lang: $missing of $total strings untranslated; run 'cmake --build build --target update_translations' and translate them:"
    grep -B3 'type="unfinished"' "$work/$(basename "$ts")" | grep '<source>' | head -10
    status=1
  else
    echo "ok: $lang: all $total strings translated"
  fi
done < "$src/translations/complete.txt"
exit $status
