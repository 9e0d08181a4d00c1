#!/usr/bin/env bash
# Every test: unit and integration (Vitest: on SQLite files, and the integration and security
# suites again on PostgreSQL), a production build, the end-to-end suite (Playwright in
# Chromium), then the concurrency and durability tests against the production server on both
# databases. Ends with one "N passed, N failed" line.
#
# PostgreSQL: TEST_POSTGRES_URL names a server (a role that may create databases), or this
# script starts a throwaway cluster of its own (own data folder and port, removed at the end)
# when PostgreSQL's server binaries are installed (Debian: apt-get install postgresql).
# Without them the PostgreSQL part is skipped, and said so; with CI=true it is mandatory.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

log=$(mktemp)
pg_dir=""
cleanup() {
  rm -f "$log"
  if [ -n "$pg_dir" ]; then
    bash scripts/pg/cluster.sh stop "$pg_dir/data"
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
rc=0
runners_expected=3

pg_reachable() {
  node -e 'const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:5000});c.connect().then(()=>c.query("select 1")).then(()=>c.end()).then(()=>process.exit(0),(e)=>{console.error(e.message);process.exit(1)})' "$1"
}

echo "== PostgreSQL"
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "using the server in TEST_POSTGRES_URL"
elif bash scripts/pg/cluster.sh bindir >/dev/null 2>&1; then
  pg_dir=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}" )/tracker-pg-XXXXXX")
  if url=$(bash scripts/pg/cluster.sh start "$pg_dir/data"); then
    export TEST_POSTGRES_URL=$url
    echo "started a throwaway cluster for this run: $url"
  else
    echo "could not start a PostgreSQL cluster"
  fi
fi
if [ -n "${TEST_POSTGRES_URL:-}" ] && ! pg_reachable "$TEST_POSTGRES_URL"; then
  echo "PostgreSQL at $TEST_POSTGRES_URL is not reachable"
  unset TEST_POSTGRES_URL
fi
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if [ "${CI:-}" = true ]; then
    echo "postgres: 0 passed, 1 failed" | tee -a "$log"
    echo "PostgreSQL is mandatory in CI (.ci/run installs it)."
    rc=1
    runners_expected=$((runners_expected + 1))
  else
    echo "SKIPPED: the suites run on SQLite only. Install PostgreSQL's server (Debian: apt-get install postgresql)"
    echo "or set TEST_POSTGRES_URL to run them on PostgreSQL too."
  fi
fi

echo "== unit and integration tests"
./node_modules/.bin/vitest run --config tests/vitest.config.ts 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || rc=1

echo "== production build"
if npm run build --silent >"$log.build" 2>&1; then
  tail -n 5 "$log.build"
  echo "== end-to-end tests"
  ./node_modules/.bin/playwright test --config e2e/playwright.config.ts 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || rc=1
  echo "== concurrency and durability tests (production server)"
  ./node_modules/.bin/tsx scripts/durability/run.ts 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" = 0 ] || rc=1
else
  cat "$log.build"
  echo "build: 0 passed, 1 failed" | tee -a "$log"
  rc=1
  runners_expected=$((runners_expected - 1))
fi
rm -f "$log.build"

summary=$(grep -E '^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$log")
runners=$(printf '%s\n' "$summary" | grep -c . || true)
passed=$(printf '%s\n' "$summary" | awk '{s+=$2} END {print s+0}')
failed=$(printf '%s\n' "$summary" | awk '{s+=$4} END {print s+0}')
# A runner that crashed before printing its summary counts as a failure.
if [ "$runners" -lt "$runners_expected" ]; then
  failed=$((failed + runners_expected - runners))
  rc=1
fi
[ "$failed" = 0 ] || rc=1
echo "$passed passed, $failed failed"
exit $rc
