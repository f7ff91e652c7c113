#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL 15 on 127.0.0.1:5432, with a role and a
# database for the tests. Idempotent; prints the connection string on its last line.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
pg_lsclusters 2>/dev/null | grep -q "^${version} *main" || as_root pg_createcluster "$version" main >&2
# A quoted listen address: pg_conftool writes it unquoted and the server refuses to start (STACK.md).
printf "listen_addresses = '127.0.0.1'\nport = 5432\n" | as_root tee "/etc/postgresql/${version}/main/conf.d/10-local.conf" >/dev/null
as_root pg_ctlcluster "$version" main start >&2 2>/dev/null || true

for _ in $(seq 1 150); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 0.2
done
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL did not start" >&2; exit 1; }

psql_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'facilitation'" | grep -q 1 \
  || psql_admin -c "CREATE ROLE facilitation LOGIN PASSWORD 'facilitation'" >&2
# The API suite on PostgreSQL makes a database of its own for each test, and drops it.
psql_admin -c "ALTER ROLE facilitation CREATEDB" >&2
psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'facilitation'" | grep -q 1 \
  || as_root runuser -u postgres -- createdb -O facilitation facilitation >&2

echo "Host=127.0.0.1;Port=5432;Username=facilitation;Password=facilitation;Database=facilitation"
