#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (and Redis, when installed) on loopback for tests and migration work:
# its own data directory, no system service assumed. Prints the URLs to export.
#   eval "$(bash scripts/services.sh start)"     bash scripts/services.sh stop
set -euo pipefail
BASE="${HUMANHOURS_SERVICES_DIR:-/tmp/humanhours-services}"
PG_PORT="${HUMANHOURS_PG_PORT:-55432}"
REDIS_PORT="${HUMANHOURS_REDIS_PORT:-56379}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  mkdir -p "$BASE"
  if [ -z "$PG_BIN" ]; then echo "echo 'PostgreSQL is not installed (apt-get install postgresql)' >&2"; return 1; fi
  if [ "$(id -u)" = 0 ]; then chown postgres "$BASE"; fi
  if [ ! -f "$BASE/pg/PG_VERSION" ]; then
    as_postgres "$PG_BIN/initdb" -D "$BASE/pg" -U postgres --auth=trust -E UTF8 >"$BASE/initdb.log" 2>&1
  fi
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" -l "$BASE/pg.log" -w \
      -o "-p $PG_PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  fi
  echo "export HUMANHOURS_TEST_PG_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  if command -v redis-server >/dev/null; then
    if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
      redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --logfile "$BASE/redis.log" >/dev/null
    fi
    echo "export HUMANHOURS_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
  fi
}

stop() {
  [ -n "$PG_BIN" ] && [ -f "$BASE/pg/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" -m fast stop >/dev/null 2>&1 || true
  command -v redis-cli >/dev/null && redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
