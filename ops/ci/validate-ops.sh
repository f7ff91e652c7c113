#!/usr/bin/env bash
# Schema checks of the deployment files, offline:
#  1. ops/k8s: `kubectl kustomize` builds it (when kubectl is there), and every document of every
#     file, and of the built output, is validated against the Kubernetes OpenAPI schemas
#     (npm kubernetes-models) plus unknown fields and references between the documents
#     (ops/ci/validate/validate-manifests.mjs);
#  2. ops/compose.yaml: dclint (the Compose specification's schema and its style rules, no warning allowed);
#  3. ops/lb/facilitation.conf, the proxy's file: Debian's real `nginx -t` (installed by
#     ops/ci/install-nginx.sh) on a copy whose `server nodeN:8080` lines point at loopback ports
#     (compose's names do not resolve here) and whose `listen` is a free loopback port, inside a
#     main file like the official image's; its nodes are compose's node services;
#  4. the validators themselves: broken copies (replicas: "three", a misspelt field, a wrong
#     depends_on condition, a misspelt nginx parameter) must be refused, or this check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s%3N)

bash ops/ci/install-node.sh
bash ops/ci/install-nginx.sh
# dclint 3.1.0 wants Node.js 20.19 or later (kubernetes-models 5.1.0 declares 22 but runs on 20);
# Debian 12's own nodejs is 18.
node_version=$(node --version | sed 's/^v//')
[ "$(printf '%s\n' 20.19.0 "$node_version" | sort -V | head -n1)" = 20.19.0 ] \
  || { echo "validate-ops: Node.js $node_version is too old: dclint needs 20.19 or later" >&2; exit 1; }
(cd ops/ci/validate && npm ci --no-audit --no-fund --loglevel=error --engine-strict=false >/dev/null)
validate=ops/ci/validate/validate-manifests.mjs
dclint=ops/ci/validate/node_modules/.bin/dclint

echo "== ops/k8s, file by file"
node "$validate" ops/k8s
if command -v kubectl >/dev/null 2>&1; then
  echo "== ops/k8s as kubectl kustomize builds it"
  kubectl kustomize ops/k8s | node "$validate" -
else
  echo "== kubectl not installed: the kustomize build is not checked" >&2
fi

echo "== ops/compose.yaml"
"$dclint" --max-warnings 0 ops/compose.yaml
echo "OK    ops/compose.yaml"

echo "== ops/lb/facilitation.conf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The proxy's nodes are compose's nodes, in the same order, on the image's HTTP port 8080.
conf_nodes=$(sed -n 's/^ *server \([a-z0-9-]*\):8080 .*/\1/p' ops/lb/facilitation.conf | paste -sd' ')
compose_nodes=$(sed -n 's/^  \(node[0-9]*\):$/\1/p' ops/compose.yaml | paste -sd' ')
[ -n "$conf_nodes" ] && [ "$conf_nodes" = "$compose_nodes" ] \
  || { echo "FAILED: ops/lb/facilitation.conf proxies to '$conf_nodes', compose runs '$compose_nodes'" >&2; exit 1; }
grep -q '\./lb/facilitation.conf:/etc/nginx/conf.d/default.conf' ops/compose.yaml \
  || { echo "FAILED: compose.yaml does not mount ops/lb/facilitation.conf as the image's conf.d/default.conf" >&2; exit 1; }
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }
# nginx_check NAME FILE: `nginx -t` of FILE rendered for this machine, its output in $work/NAME.out.
nginx_check() {
  local name=$1 file=$2 dir="$work/$1"
  mkdir -p "$dir/logs"
  awk -v listen="$(free_port)" '
    /^ *server [a-z0-9-]+:8080 / { sub(/server [a-z0-9-]+:8080/, "server 127.0.0.1:" (18100 + ++servers)); }
    /^ *listen 80;/ { sub(/listen 80;/, "listen 127.0.0.1:" listen ";"); listens++ }
    { print }
    END { if (servers != 3 || listens != 1) { print "rendered " servers " server and " listens " listen lines" > "/dev/stderr"; exit 1 } }' \
    "$file" >"$dir/facilitation.conf"
  {
    echo "worker_processes 1;"
    echo "error_log stderr notice;"
    echo "pid $dir/nginx.pid;"
    [ "$(id -u)" -ne 0 ] || echo "user nobody nogroup;"
    echo "events { worker_connections 64; }"
    echo "http {"
    for temp in client_body proxy fastcgi uwsgi scgi; do echo "  ${temp}_temp_path $dir/$temp;"; done
    echo "  include $dir/facilitation.conf;"
    echo "}"
  } >"$dir/nginx.conf"
  /usr/sbin/nginx -p "$dir/" -c "$dir/nginx.conf" -t >"$work/$name.out" 2>&1
}
nginx_check lb ops/lb/facilitation.conf || { cat "$work/lb.out" >&2; exit 1; }
echo "OK    ops/lb/facilitation.conf ($(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //'), nodes $conf_nodes)"

echo "== the validators refuse broken copies"
broken="$work/broken"
mkdir -p "$broken"
sed 's/replicas: 3/replicas: "three"/' ops/k8s/statefulset.yaml >"$broken/replicas.yaml"
sed 's/periodSeconds: 5/perodSeconds: 5/' ops/k8s/statefulset.yaml >"$broken/typo.yaml"
sed 's/condition: service_healthy/condition: healthy/' ops/compose.yaml >"$broken/compose.yaml"
for file in replicas typo; do
  if node "$validate" "$broken/$file.yaml" >"$broken/$file.out"; then
    echo "FAILED: the manifest validator accepted $file.yaml" >&2; exit 1
  fi
  echo "refused $file.yaml: $(grep -m1 -E 'must be|is not a field' "$broken/$file.out" | sed 's/^ *//')"
done
if "$dclint" --max-warnings 0 "$broken/compose.yaml" >"$broken/compose.out" 2>&1; then
  echo "FAILED: dclint accepted a compose file with depends_on condition 'healthy'" >&2; exit 1
fi
echo "refused compose.yaml: $(grep -m1 -o 'message="[^"]*"' "$broken/compose.out" || grep -m1 error "$broken/compose.out")"
sed 's/max_fails=1/max_fail=1/' ops/lb/facilitation.conf >"$broken/facilitation.conf"
if nginx_check broken-lb "$broken/facilitation.conf"; then
  echo "FAILED: nginx -t accepted a proxy file with max_fail=1" >&2; exit 1
fi
echo "refused facilitation.conf: $(grep -m1 emerg "$work/broken-lb.out" | sed 's/.*\[emerg\] [0-9#]*: //')"

echo "validate-ops: OK in $(awk -v a="$start" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s"
