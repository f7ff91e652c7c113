#!/usr/bin/env bash
# The container, checked without a Docker engine (STACK.md, trap 17): runs EXACTLY the Dockerfile's
# `RUN dotnet publish …` line (read from the Dockerfile, only its output folder changed to a temp
# folder), then starts the output the way the image's ENTRYPOINT does (`dotnet Facilitation.Web.dll`
# in the publish folder, fresh data folder, Production environment) and checks: /healthz and
# /readyz answer 200, Casaco is loaded from the site files the image carries, the pages and the
# browser bundle are served, the probe mode of the HEALTHCHECK exits 0 against the node and 1
# against a dead port, and the node stops cleanly on SIGTERM. Prints the time of each step.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/ci/lib/node.sh

fail() { echo "check-publish: FAILED: $*" >&2; exit 1; }
step() { printf 'check-publish: %-58s %6s s\n' "$1" "$(seconds_since "$STEP_START")"; STEP_START=$(now_ms); }

work=$(mktemp -d)
NODE_PID=""
cleanup() { [ -n "${NODE_PID:-}" ] && { kill -TERM "$NODE_PID" 2>/dev/null; wait "$NODE_PID" 2>/dev/null; }; rm -rf "$work"; }
trap cleanup EXIT
TOTAL_START=$(now_ms); STEP_START=$TOTAL_START

# 1. The Dockerfile, read: one publish line whose output is /app, copied as is into the runtime
#    stage whose working folder is /app and whose entry point is the product's dll.
mapfile -t publish_lines < <(grep -E '^RUN dotnet publish ' Dockerfile)
[ "${#publish_lines[@]}" -eq 1 ] || fail "the Dockerfile must have exactly one 'RUN dotnet publish' line (found ${#publish_lines[@]})"
publish=${publish_lines[0]#RUN }
[[ " $publish " == *" -o /app "* ]] || fail "the publish line no longer writes to /app: $publish"
[[ " $publish " == *" -c Release "* ]] || fail "the publish line is not -c Release: $publish"
grep -qxF 'COPY --from=build /app .' Dockerfile || fail "the runtime stage no longer copies /app from the build stage"
grep -qxF 'WORKDIR /app' Dockerfile || fail "the runtime stage's working folder is not /app"
grep -qxF 'ENTRYPOINT ["dotnet", "Facilitation.Web.dll"]' Dockerfile || fail "the entry point is not dotnet Facilitation.Web.dll"
grep -qE '^HEALTHCHECK ' Dockerfile || fail "the Dockerfile has no HEALTHCHECK"
grep -A1 -E '^HEALTHCHECK ' Dockerfile | grep -qF '"dotnet", "Facilitation.Web.dll", "probe"' || fail "the HEALTHCHECK does not use the product's probe mode"
out="$work/app"
command=${publish/ -o \/app/ -o $out}
echo "check-publish: $command"

# 2. The same publish.
eval "$command" -v q -nologo >"$work/publish.log" 2>&1 || { tail -n 40 "$work/publish.log" >&2; fail "dotnet publish failed"; }
step "publish (the Dockerfile's command)"
for f in Facilitation.Web.dll sites/casaco.json sites/la-treso.json wwwroot/index.html wwwroot/lib/signalr/signalr.min.js; do
  [ -f "$out/$f" ] || fail "the publish output has no $f (the image would not either)"
done

# 3. Started like the container: working folder = the publish folder, data under ./data, no
#    environment name (Production), nothing else configured.
start_node "$out" "$work/node.log" || fail "the published node did not start"
step "start until it listens ($NODE_URL)"
await_status "$NODE_URL/healthz" 200 60 || fail "/healthz"
await_status "$NODE_URL/readyz" 200 90 || { tail -n 30 "$work/node.log" >&2; fail "/readyz: $(curl -s "$NODE_URL/readyz")"; }
step "/healthz and /readyz answer 200"
sites=$(curl -sf "$NODE_URL/api/sites") || fail "/api/sites"
grep -q '"id":"casaco"' <<<"$sites" || fail "Casaco is not loaded from the image's site files: $sites"
curl -sf -o /dev/null "$NODE_URL/" || fail "the home page is not served"
curl -sf -o /dev/null "$NODE_URL/lib/signalr/signalr.min.js" || fail "the SignalR browser bundle is not served"
[ -f "$out/data/facilitation.db" ] || fail "no SQLite file under the working folder's data/ (the image's volume)"
step "Casaco loaded, pages served, data/facilitation.db made"

# 4. The HEALTHCHECK's command, against the node and against a port nobody listens on.
(cd "$out" && dotnet Facilitation.Web.dll probe "$NODE_URL/healthz") || fail "probe against the live node did not exit 0"
dead=$(dead_port) || fail "no free port found for the dead-port probe"
status=0; (cd "$out" && dotnet Facilitation.Web.dll probe "http://127.0.0.1:${dead}/healthz") || status=$?
[ "$status" -eq 1 ] || fail "probe against a dead port exited $status, not 1"
step "probe: 0 against the node, 1 against a dead port"

# 5. SIGTERM: the node leaves its cluster and exits 0.
stop_node 30 || fail "the node did not exit cleanly on SIGTERM (see above)"
step "kill -TERM until the process exits (status 0)"
echo "check-publish: OK in $(seconds_since "$TOTAL_START") s"
