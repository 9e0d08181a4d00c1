#!/usr/bin/env bash
# Every test: unit and integration (Vitest, real SQLite files), then a production build
# and the end-to-end suite (Playwright in Chromium). Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
rc=0

echo "== unit and integration tests"
./node_modules/.bin/vitest run --config tests/vitest.config.ts 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || rc=1

echo "== production build"
if npm run build --silent >"$log.build" 2>&1; then
  tail -n 5 "$log.build"
  echo "== end-to-end tests"
  ./node_modules/.bin/playwright test --config e2e/playwright.config.ts 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || rc=1
else
  cat "$log.build"
  echo "build: 0 passed, 1 failed" | tee -a "$log"
  rc=1
fi
rm -f "$log.build"

summary=$(grep -E '^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$log")
runners=$(printf '%s\n' "$summary" | grep -c . || true)
passed=$(printf '%s\n' "$summary" | awk '{s+=$2} END {print s+0}')
failed=$(printf '%s\n' "$summary" | awk '{s+=$4} END {print s+0}')
# A runner that crashed before printing its summary counts as a failure.
if [ "$runners" -lt 2 ]; then
  failed=$((failed + 2 - runners))
  rc=1
fi
[ "$failed" = 0 ] || rc=1
echo "$passed passed, $failed failed"
exit $rc
