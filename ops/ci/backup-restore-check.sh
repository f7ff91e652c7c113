#!/usr/bin/env bash
# Proves the backup and restore of ops/README.md ("Backup and restore") on a real node.
#   bash ops/ci/backup-restore-check.sh              SQLite (default)
#   bash ops/ci/backup-restore-check.sh postgresql   PostgreSQL (started by ops/ci/start-postgres.sh)
#  1. start the product (Release build, demo staff) on empty storage (a temp data folder, or a new
#     PostgreSQL database);
#  2. sign in as a demo co-manager and raise a front-desk request (a task, persisted by the journal);
#  3. online backup while the node runs: SQLite (WAL mode) `sqlite3 … ".backup …"`, and `VACUUM INTO`
#     as the other way, both copies must pass integrity_check and hold the same events;
#     PostgreSQL `pg_dump -Fc`, which must hold the journal, the snapshots and Quartz's tables;
#  4. raise a second request AFTER the backup (it must be gone after the restore);
#  5. stop (SIGTERM); SQLite: delete facilitation.db with its -wal and -shm, put the backup in its
#     place; PostgreSQL: pg_restore --clean --if-exists;
#  6. start again: the first task is on the board, the second is not.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/ci/lib/node.sh

fail() { echo "backup-restore: FAILED: $*" >&2; exit 1; }
say() { echo "backup-restore: $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
provider=${1:-sqlite}
case "$provider" in sqlite|postgresql) ;; *) fail "usage: $0 [sqlite|postgresql]" ;; esac
if [ "$provider" = sqlite ]; then
  command -v sqlite3 >/dev/null 2>&1 || { as_root apt-get update -qq >&2; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >&2; }
fi

start=$(now_ms)
work=$(mktemp -d)
NODE_PID=""
database=""
psql_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
cleanup() {
  [ -n "${NODE_PID:-}" ] && { kill -TERM "$NODE_PID" 2>/dev/null; wait "$NODE_PID" 2>/dev/null; }
  [ -n "$database" ] && psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Facilitation.Web/Facilitation.Web.csproj -c Release -v q -nologo >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; fail "build"; }
NODE_DLL=$PWD/src/Facilitation.Web/bin/Release/net10.0/Facilitation.Web.dll
export NODE_DLL
[ -f "$NODE_DLL" ] || fail "no $NODE_DLL after the build"
say "built in $(seconds_since "$start") s"

node_dir="$work/node"; mkdir -p "$node_dir"
db="$node_dir/data/facilitation.db"
demo=(Facilitation__Sites__StaffFolder=sites/demo)
if [ "$provider" = postgresql ]; then
  server=$(bash ops/ci/start-postgres.sh | tail -n1) || fail "could not start PostgreSQL"
  database="facilitation_backup_check_$$"
  psql_admin -c "CREATE DATABASE $database OWNER facilitation" >/dev/null
  connection="${server/Database=facilitation/Database=$database}"
  pg_password=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server")
  pg=(-h 127.0.0.1 -p 5432 -U facilitation)
  export PGPASSWORD=$pg_password
  demo+=(Facilitation__Storage__Provider=postgresql "Facilitation__Storage__ConnectionString=$connection")
else
  # No routines on the SQLite run: nothing but the check's own requests is written.
  demo+=(Facilitation__Routines__Enabled=false)
fi

sign_in() {
  rm -f "$work/cookies"
  local status
  status=$(curl -s -o "$work/session.json" -w '%{http_code}' -c "$work/cookies" -H 'Content-Type: application/json' \
    -d '{"site":"casaco","person":"aurelien","pin":"4821"}' "$NODE_URL/api/session")
  [ "$status" = 200 ] || fail "sign-in answered $status: $(cat "$work/session.json")"
}
# raise COMMAND_ID: a front-desk request (printer at the entrance); prints the new task's id.
raise() {
  local status
  status=$(curl -s -o "$work/raised.json" -w '%{http_code}' -b "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"commandId\":\"$1\",\"category\":\"printer\",\"place\":\"entrance\",\"text\":\"backup check $1\"}" \
    "$NODE_URL/api/sites/casaco/requests")
  [ "$status" = 201 ] || fail "the request answered $status: $(cat "$work/raised.json")"
  jq -r '.id' "$work/raised.json"
}
board() { curl -sf -b "$work/cookies" "$NODE_URL/api/sites/casaco/tasks" || fail "the task board"; }

# 1–2. A node, a change.
start_node "$node_dir" "$work/node1.log" "${demo[@]}" || fail "the node did not start"
await_status "$NODE_URL/readyz" 200 90 || fail "/readyz"
sign_in
kept=$(raise backup-check-kept)
board | jq -e --arg id "$kept" '.tasks | any(.id == $id)' >/dev/null || fail "the task $kept is not on the board"
say "task $kept raised and on the board"

# 3. Online backups while the node runs.
if [ "$provider" = sqlite ]; then
  sqlite3 "$db" 'PRAGMA journal_mode' | grep -qx wal || fail "the database is not in WAL mode"
  sqlite3 "$db" ".backup '$work/backup.db'"
  sqlite3 "$db" "VACUUM INTO '$work/vacuum-into.db'"
  for copy in backup vacuum-into; do
    [ "$(sqlite3 "$work/$copy.db" 'PRAGMA integrity_check')" = ok ] || fail "$copy.db fails integrity_check"
  done
  count_events() { sqlite3 "$1" "SELECT COUNT(*) FROM journal WHERE persistence_id LIKE '%casaco%'"; }
  tables=$(sqlite3 "$work/backup.db" ".tables")
  grep -qw journal <<<"$tables" || fail "no journal table in the backup (tables: $tables)"
  [ "$(count_events "$work/backup.db")" = "$(count_events "$work/vacuum-into.db")" ] \
    || fail ".backup and VACUUM INTO do not hold the same events"
  say "online backups taken: .backup and VACUUM INTO, both integrity ok, both with the same $(count_events "$work/backup.db") Casaco events"
else
  pg_dump -Fc "${pg[@]}" -d "$database" -f "$work/backup.dump" || fail "pg_dump"
  contents=$(pg_restore -l "$work/backup.dump")
  for table in journal snapshot qrtz_triggers; do
    grep -qE "TABLE DATA [a-z_]+ $table " <<<"$contents" || fail "the dump has no table $table"
  done
  say "online backup taken: pg_dump -Fc, with the journal, the snapshots and Quartz's tables"
fi

# 4. A change after the backup.
lost=$(raise backup-check-after)
board | jq -e --arg id "$lost" '.tasks | any(.id == $id)' >/dev/null || fail "the task $lost is not on the board"

# 5. Stop, then restore.
stop_node 30 || fail "the node did not stop cleanly"
if [ "$provider" = sqlite ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  cp "$work/backup.db" "$db"
  say "stopped, database replaced by the backup"
else
  pg_restore --clean --if-exists --no-owner "${pg[@]}" -d "$database" "$work/backup.dump" || fail "pg_restore"
  say "stopped, database restored by pg_restore --clean --if-exists"
fi

# 6. Start again: the change before the backup is there, the one after is not.
start_node "$node_dir" "$work/node2.log" "${demo[@]}" || fail "the node did not start on the restored database"
await_status "$NODE_URL/readyz" 200 90 || fail "/readyz after the restore"
sign_in
restored=$(board)
jq -e --arg id "$kept" '.tasks | any(.id == $id)' <<<"$restored" >/dev/null || fail "the task $kept raised before the backup is missing after the restore"
jq -e --arg id "$lost" '.tasks | any(.id == $id) | not' <<<"$restored" >/dev/null || fail "the task $lost raised after the backup is still there: the restore did not replace the database"
stop_node 30 || fail "the node did not stop cleanly after the restore"
say "restored: $kept is back, $lost (after the backup) is not"
say "OK ($provider) in $(seconds_since "$start") s"
