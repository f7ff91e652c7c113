# Shared by the ops checks (sourced, not run): start a published node, await its answers, stop it.
# No fixed sleeps: every wait polls a condition against a deadline.

# now_ms: milliseconds since the epoch.
now_ms() { date +%s%3N; }

# start_node DIR LOG [VAR=VALUE…]: starts `dotnet Facilitation.Web.dll` with DIR as working folder,
# the way the container's entry point does (or `dotnet $NODE_DLL` when NODE_DLL is set, still in
# DIR, so that data/ is DIR/data), on a free loopback port (ASPNETCORE_URLS with port 0,
# the address read back from the start-up banner) and a free remoting port. Extra environment
# variables follow. Sets NODE_PID and NODE_URL; returns non-zero if the node does not listen
# within 90 s.
start_node() {
  local dir=$1 log=$2; shift 2
  : >"$log"
  (cd "$dir" && exec env ASPNETCORE_URLS=http://127.0.0.1:0 Facilitation__Cluster__Port=0 "$@" \
    dotnet "${NODE_DLL:-Facilitation.Web.dll}") >"$log" 2>&1 &
  NODE_PID=$!
  NODE_URL=""
  local deadline=$(( $(now_ms) + 90000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    NODE_URL=$(sed -n 's/^Facilitation is running at \(http:\/\/[^ ]*\) .*/\1/p' "$log" | head -n1)
    [ -n "$NODE_URL" ] && return 0
    kill -0 "$NODE_PID" 2>/dev/null || { echo "the node stopped while starting:" >&2; tail -n 30 "$log" >&2; return 1; }
    sleep 0.1
  done
  echo "the node did not listen within 90 s:" >&2; tail -n 30 "$log" >&2
  return 1
}

# await_status URL STATUS SECONDS: polls URL until it answers STATUS (e.g. 200) or the time is up.
await_status() {
  local url=$1 want=$2 deadline=$(( $(now_ms) + $3 * 1000 )) got=""
  while [ "$(now_ms)" -lt "$deadline" ]; do
    got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [ "$got" = "$want" ] && return 0
    sleep 0.2
  done
  echo "$url answered '${got}', not $want, within $3 s" >&2
  return 1
}

# stop_node SECONDS: kill -TERM the node (a backgrounded process ignores SIGINT, STACK.md trap 14)
# and waits for it to exit; returns its exit status, or 1 (after kill -KILL) if it did not stop in time.
stop_node() {
  local pid=$NODE_PID deadline=$(( $(now_ms) + $1 * 1000 ))
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$(now_ms)" -ge "$deadline" ]; then
      echo "the node did not stop within $1 s of SIGTERM" >&2
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      NODE_PID=""
      return 1
    fi
    sleep 0.1
  done
  local status=0
  wait "$pid" || status=$?
  NODE_PID=""
  return "$status"
}

# dead_port: a loopback port on which nothing listens right now (a connection is refused).
dead_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  return 1
}

# seconds_since MS: elapsed seconds, one decimal.
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }
