#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: initialised in a temporary
# folder, listening on loopback only, stopped and removed afterwards.
#   server.sh start DIR PORT   prints nothing; DIR must not exist yet
#   server.sh stop DIR
# The test URL is postgresql://postgres@127.0.0.1:PORT/postgres (trust on
# loopback; the roles test sets passwords of its own). PostgreSQL refuses to
# run as root, so as root the server runs as the 'postgres' account.
set -euo pipefail

action=${1:?start|stop}
dir=${2:?folder}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    port=${3:?port}
    # A run killed half-way leaves its server behind: stop it first.
    "$0" stop "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # Loopback TCP only, the socket inside DIR: never the machine's own server.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
        start >/dev/null
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
