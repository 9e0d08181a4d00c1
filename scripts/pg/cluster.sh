#!/usr/bin/env bash
# A throwaway PostgreSQL cluster owned by one test run: its own data directory and port,
# listening on 127.0.0.1 only, trust auth. It does not use or need a system service.
#   cluster.sh bindir       prints the folder of initdb/pg_ctl, or exits 1 if PostgreSQL is missing
#   cluster.sh start DIR    initdb DIR (an empty or missing folder), start it on a free port,
#                           print its URL (postgresql://postgres@127.0.0.1:PORT/postgres)
#   cluster.sh stop DIR     stop it (immediately) and remove DIR
# As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "${1:-}" in
  bindir)
    bindir
    ;;
  start)
    dir=${2:?usage: cluster.sh start DIR}
    bin=$(bindir) || { echo "PostgreSQL binaries (initdb, pg_ctl) not found" >&2; exit 1; }
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" = 0 ]; then
      chown postgres:postgres "$dir"
      chmod a+x "$(dirname "$dir")"   # the postgres user must be able to reach DIR
    fi
    as_owner "'$bin/initdb' -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; exit 1; }
    rm -f "$dir.initdb.log"
    for attempt in 1 2 3; do
      port=$(free_port)
      if as_owner "'$bin/pg_ctl' -D '$dir' -l '$dir/server.log' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c max_connections=300 -c shared_buffers=64MB\" start" >/dev/null; then
        echo "postgresql://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    dir=${2:?usage: cluster.sh stop DIR}
    if [ -s "$dir/postmaster.pid" ]; then
      bin=$(bindir) || true
      as_owner "'$bin/pg_ctl' -D '$dir' -m immediate -w stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: cluster.sh bindir | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
