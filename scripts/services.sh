#!/usr/bin/env bash
# What the tests need besides Node: PostgreSQL and Redis (every server test also runs on PostgreSQL, the shared
# rate-limit tests on Redis) and Debian's Chromium (the dashboard's browser tests); and what any install needs, a
# C++ compiler, make and Python (build-tools). `npm test` and `npm start` call it.
#   bash scripts/services.sh provision [postgresql] [redis] [chromium] [build-tools]
#       installs what is missing with apt when run as root; otherwise names the packages and exits 1
#   eval "$(bash scripts/services.sh start)"   a throwaway PostgreSQL (+ Redis) on loopback: its own data
#       directory, no system service assumed; prints the URLs to export
#   bash scripts/services.sh status            exit 0 when both are running;   bash scripts/services.sh stop
# HUMANHOURS_SERVICES_DIR, HUMANHOURS_PG_PORT and HUMANHOURS_REDIS_PORT move them; HUMANHOURS_CHROMIUM points
# at another browser binary.
set -euo pipefail
PATH="$PATH:/usr/sbin:/sbin" # runuser and apt's helpers live there; callers may pass a minimal PATH
BASE="${HUMANHOURS_SERVICES_DIR:-/tmp/humanhours-services}"
PG_PORT="${HUMANHOURS_PG_PORT:-55432}"
REDIS_PORT="${HUMANHOURS_REDIS_PORT:-56379}"
CHROMIUM="${HUMANHOURS_CHROMIUM:-/usr/bin/chromium}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The Debian package of each missing piece, one a line (nothing when everything is there).
missing_packages() {
  local what bin
  for what in "$@"; do
    case "$what" in
      postgresql)
        bin="$(pg_bin)"
        if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then echo postgresql; fi
        ;;
      redis)
        command -v redis-server >/dev/null || echo redis-server
        command -v redis-cli >/dev/null || echo redis-tools
        ;;
      chromium) [ -x "$CHROMIUM" ] || echo chromium ;;
      build-tools) # better-sqlite3 compiles its native addon on install
        command -v c++ >/dev/null || command -v g++ >/dev/null || echo g++
        command -v make >/dev/null || echo make
        command -v python3 >/dev/null || echo python3
        ;;
      *) echo "services.sh: unknown piece $what (postgresql, redis, chromium or build-tools)" >&2; exit 2 ;;
    esac
  done
}

provision() {
  local wanted=("$@") missing
  [ ${#wanted[@]} -gt 0 ] || wanted=(postgresql redis chromium)
  missing="$(missing_packages "${wanted[@]}" | sort -u | tr '\n' ' ' | sed 's/ $//')"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    {
      echo "HumanHours needs these Debian packages, which are not installed: $missing"
      echo "Install them as root, then run the command again:"
      echo "  sudo apt-get install --no-install-recommends $missing"
      echo "(not on Debian or Ubuntu: install them your system's way; HUMANHOURS_CHROMIUM names the browser binary,"
      echo " HUMANHOURS_TEST_PG_URL and HUMANHOURS_TEST_REDIS_URL existing servers)"
    } >&2
    exit 1
  fi
  echo "--- installing $missing from Debian's packages (apt-get, as root)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086 # one word per package
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  missing="$(missing_packages "${wanted[@]}" | sort -u | tr '\n' ' ' | sed 's/ $//')"
  if [ -n "$missing" ]; then echo "still missing after apt-get install: $missing" >&2; exit 1; fi
}

start() {
  local bin
  bin="$(pg_bin)"
  mkdir -p "$BASE"
  if [ -z "$bin" ]; then echo "echo 'PostgreSQL is not installed (bash scripts/services.sh provision)' >&2; false"; return 1; fi
  if [ "$(id -u)" = 0 ]; then chown postgres "$BASE"; fi
  if [ ! -f "$BASE/pg/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$BASE/pg" -U postgres --auth=trust -E UTF8 >"$BASE/initdb.log" 2>&1
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$BASE/pg" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$BASE/pg" -l "$BASE/pg.log" -w \
      -o "-p $PG_PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
      { tail -n 4 "$BASE/pg.log" >&2; return 1; }
  fi
  echo "export HUMANHOURS_TEST_PG_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  if command -v redis-server >/dev/null; then
    if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
      redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --logfile "$BASE/redis.log" >/dev/null
    fi
    echo "export HUMANHOURS_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
  fi
}

status() {
  local bin
  bin="$(pg_bin)"
  [ -n "$bin" ] && [ -f "$BASE/pg/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$BASE/pg" status >/dev/null 2>&1 &&
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1
}

stop() {
  local bin
  bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$BASE/pg/PG_VERSION" ]; then as_postgres "$bin/pg_ctl" -D "$BASE/pg" -m fast stop >/dev/null 2>&1 || true; fi
  if command -v redis-cli >/dev/null; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
}

case "${1:-start}" in
  provision) shift; provision "$@" ;;
  start) start ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 provision [postgresql] [redis] [chromium] [build-tools] | start | status | stop" >&2; exit 2 ;;
esac
