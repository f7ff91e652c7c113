#!/usr/bin/env bash
# Proves the SQLite backup and restore of ops/README.md ("Backup and restore") on a real node:
#  1. start the product (Release build, demo staff) on an empty temp data folder;
#  2. sign in as a demo co-manager and raise a front-desk request (a task, persisted by the journal);
#  3. online backup while the node runs (WAL mode): `sqlite3 … ".backup …"`, and `VACUUM INTO`
#     as the other way; both copies must pass integrity_check and hold the same events;
#  4. raise a second request AFTER the backup (it must be gone after the restore);
#  5. stop (SIGTERM), delete facilitation.db with its -wal and -shm, put the backup in its place;
#  6. start again: the first task is on the board, the second is not.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/ci/lib/node.sh

fail() { echo "backup-restore: FAILED: $*" >&2; exit 1; }
say() { echo "backup-restore: $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v sqlite3 >/dev/null 2>&1 || { as_root apt-get update -qq >&2; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >&2; }

start=$(now_ms)
work=$(mktemp -d)
NODE_PID=""
cleanup() { [ -n "${NODE_PID:-}" ] && { kill -TERM "$NODE_PID" 2>/dev/null; wait "$NODE_PID" 2>/dev/null; }; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/Facilitation.Web/Facilitation.Web.csproj -c Release -v q -nologo >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; fail "build"; }
NODE_DLL=$PWD/src/Facilitation.Web/bin/Release/net10.0/Facilitation.Web.dll
export NODE_DLL
[ -f "$NODE_DLL" ] || fail "no $NODE_DLL after the build"
say "built in $(seconds_since "$start") s"

node_dir="$work/node"; mkdir -p "$node_dir"
db="$node_dir/data/facilitation.db"
demo=(Facilitation__Sites__StaffFolder=sites/demo Facilitation__Routines__Enabled=false)

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
sqlite3 "$db" 'PRAGMA journal_mode' | grep -qx wal || fail "the database is not in WAL mode"
sqlite3 "$db" ".backup '$work/backup.db'"
sqlite3 "$db" "VACUUM INTO '$work/vacuum-into.db'"
for copy in backup vacuum-into; do
  [ "$(sqlite3 "$work/$copy.db" 'PRAGMA integrity_check')" = ok ] || fail "$copy.db fails integrity_check"
done
count_events() { sqlite3 "$1" "SELECT COUNT(*) FROM journal WHERE persistence_id LIKE 'task-board%' OR persistence_id LIKE '%casaco%'"; }
tables=$(sqlite3 "$work/backup.db" ".tables")
grep -qw journal <<<"$tables" || fail "no journal table in the backup (tables: $tables)"
[ "$(count_events "$work/backup.db")" = "$(count_events "$work/vacuum-into.db")" ] \
  || fail ".backup and VACUUM INTO do not hold the same events"
say "online backups taken: .backup and VACUUM INTO, both integrity ok, both with the same $(count_events "$work/backup.db") Casaco events"

# 4. A change after the backup.
lost=$(raise backup-check-after)
board | jq -e --arg id "$lost" '.tasks | any(.id == $id)' >/dev/null || fail "the task $lost is not on the board"

# 5. Stop, remove the database with its WAL and shared-memory files, restore the backup.
stop_node 30 || fail "the node did not stop cleanly"
rm -f "$db" "$db-wal" "$db-shm"
cp "$work/backup.db" "$db"
say "stopped, database replaced by the backup"

# 6. Start again: the change before the backup is there, the one after is not.
start_node "$node_dir" "$work/node2.log" "${demo[@]}" || fail "the node did not start on the restored database"
await_status "$NODE_URL/readyz" 200 90 || fail "/readyz after the restore"
sign_in
restored=$(board)
jq -e --arg id "$kept" '.tasks | any(.id == $id)' <<<"$restored" >/dev/null || fail "the task $kept raised before the backup is missing after the restore"
jq -e --arg id "$lost" '.tasks | any(.id == $id) | not' <<<"$restored" >/dev/null || fail "the task $lost raised after the backup is still there: the restore did not replace the database"
stop_node 30 || fail "the node did not stop cleanly after the restore"
say "restored: $kept is back, $lost (after the backup) is not"
say "OK in $(seconds_since "$start") s"
