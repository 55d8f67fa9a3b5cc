#!/usr/bin/env bash
# Team-mode load benchmark (a benchmark, not a test): 4 viciprov-cli
# processes on this machine import 500 phones each, 100 of them in every
# list (the same extensions and logins), into one simulator answering after
# 20 ms, with one shared history: a private MariaDB, a private PostgreSQL,
# then the same run on one local SQLite file. Prints per run the wall time,
# phones per second, and the checks: every phone on the simulator exactly
# once, never two requests for one phone or login in flight, every request
# recorded once.
#   tests/bench/bench-team.sh [BUILD_DIR]      (default: build)
set -euo pipefail
BUILD_DIR=${1:-build}
CLI="$BUILD_DIR/app/viciprov-cli/viciprov-cli"
SIM="$BUILD_DIR/app/viciprov-sim/viciprov-sim"
PG=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
export DB_PASS=BenchPass123 VP_PASS=Secret123

# Four lists: 100 shared phones (7000-7099) and 400 of each admin's own.
for admin in 1 2 3 4; do
    {
        echo "extension,server_ip,phone_login,phone_pass,registration_password,outbound_cid,phone_full_name"
        for e in $(seq 7000 7099) $(seq $((admin * 1000 + 10000)) $((admin * 1000 + 10399))); do
            echo "$e,10.10.10.15,ag$e,Pw${e}xy,Rg${e}xy,3125550100,Agent $e"
        done
    } >"$work/list$admin.csv"
done

start_mariadb() {
    local dir=$work/mariadb port
    port=$(free_port)
    mariadb-install-db --no-defaults --datadir="$dir" --auth-root-authentication-method=normal \
        --user=root --skip-test-db --tmpdir="$work" >"$work/mariadb-install.log" 2>&1
    mariadbd --no-defaults --datadir="$dir" --socket="$dir/sock" --port="$port" \
        --bind-address=127.0.0.1 --user=root --pid-file="$dir/pid" --skip-name-resolve --tmpdir="$work" \
        >"$work/mariadb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do mariadb-admin --no-defaults --socket="$dir/sock" ping >/dev/null 2>&1 && break; sleep 0.2; done
    mariadb --no-defaults --socket="$dir/sock" -e "CREATE DATABASE viciprov CHARACTER SET utf8mb4;
        CREATE USER 'viciprov'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
        GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON viciprov.* TO 'viciprov'@'127.0.0.1';"
    MARIADB_SQL=(mariadb --no-defaults --socket="$dir/sock" -N -B viciprov -e)
    MARIADB_URL="mysql://viciprov@127.0.0.1:$port/viciprov"
}

start_postgresql() {
    local dir=$work/pg port
    port=$(free_port)
    mkdir -p "$dir"
    local as=()
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; as=(runuser -u postgres --); fi
    "${as[@]}" "$PG/initdb" -D "$dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --no-sync >"$work/pg-init.log" 2>&1
    "${as[@]}" "$PG/postgres" -D "$dir" -k "$dir" -p "$port" -h 127.0.0.1 >"$work/pg.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do pg_isready -q -h "$dir" -p "$port" && break; sleep 0.2; done
    psql -q -h "$dir" -p "$port" -U postgres -c "CREATE ROLE viciprov LOGIN PASSWORD '$DB_PASS'"
    psql -q -h "$dir" -p "$port" -U postgres -c "CREATE DATABASE viciprov OWNER viciprov"
    PG_SQL=(psql -h "$dir" -p "$port" -U postgres -d viciprov -At -c)
    PG_URL="postgresql://viciprov@127.0.0.1:$port/viciprov"
}

# run NAME HISTORY_OPTION...: the four imports at once against a fresh simulator.
run() {
    local name=$1
    shift
    "$SIM" --port 0 --latency-ms 20 >"$work/sim.out" 2>"$work/sim.log" &
    local sim=$!
    pids+=($sim)
    for _ in $(seq 100); do grep -q "listening on" "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
    local url
    url=$(sed -n 's/^listening on //p' "$work/sim.out")
    local start end
    start=$(date +%s.%N)
    local runs=()
    for admin in 1 2 3 4; do
        XDG_CONFIG_HOME="$work/$name-$admin/c" XDG_DATA_HOME="$work/$name-$admin/d" \
            "$CLI" --url "$url" --user apiadmin --password-env VP_PASS "$@" \
            import "$work/list$admin.csv" >"$work/$name-$admin.out" 2>&1 &
        runs+=($!)
    done
    for r in "${runs[@]}"; do wait "$r" || true; done
    end=$(date +%s.%N)
    local stats phones
    stats=$(curl -s "$url/sim/stats")
    phones=$(curl -s "$url/sim/phones" | python3 -c 'import json,sys; p=json.load(sys.stdin); p=p.get("phones",p) if isinstance(p,dict) else p; print(len(p), len({x["extension"] for x in p}))')
    kill "$sim"
    RESULT_SECONDS=$(python3 -c "print(f'{$end - $start:.1f}')")
    RESULT_RATE=$(python3 -c "print(f'{1700 / ($end - $start):.1f}')")
    RESULT_STATS=$stats
    RESULT_PHONES=$phones
    echo "$name: ${RESULT_SECONDS} s for 4 x 500 phones (1,700 distinct), ${RESULT_RATE} phones/s;" \
        "simulator: phones (rows, distinct) = $phones; stats $stats"
}

echo "== MariaDB (shared history)"
start_mariadb
run mariadb --history-url "$MARIADB_URL" --history-password-env DB_PASS
echo "   recorded add_phone attempts: $("${MARIADB_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE api_function='add_phone'"), unfinished: $("${MARIADB_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE outcome IS NULL"), added: $("${MARIADB_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE outcome='added'")"

echo "== PostgreSQL (shared history)"
start_postgresql
run postgresql --history-url "$PG_URL" --history-password-env DB_PASS
echo "   recorded add_phone attempts: $("${PG_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE api_function='add_phone'"), unfinished: $("${PG_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE outcome IS NULL"), added: $("${PG_SQL[@]}" "SELECT COUNT(*) FROM attempts WHERE outcome='added'")"

echo "== SQLite (one local history file shared by the four processes)"
run sqlite --history "$work/local.sqlite"
echo "   recorded add_phone attempts: $(python3 -c "import sqlite3; c=sqlite3.connect('$work/local.sqlite'); print(c.execute(\"SELECT COUNT(*) FROM attempts WHERE api_function='add_phone'\").fetchone()[0], 'unfinished:', c.execute('SELECT COUNT(*) FROM attempts WHERE outcome IS NULL').fetchone()[0], 'added:', c.execute(\"SELECT COUNT(*) FROM attempts WHERE outcome='added'\").fetchone()[0])")"
