#!/usr/bin/env bash
# Schema checks of the deployment files, offline:
#  1. ops/k8s: `kubectl kustomize` builds it (when kubectl is there), and every document of every
#     file, and of the built output, is validated against the Kubernetes OpenAPI schemas
#     (npm kubernetes-models) plus unknown fields and references between the documents
#     (ops/ci/validate/validate-manifests.mjs);
#  2. ops/compose.yaml: dclint (the Compose specification's schema and its style rules, no warning allowed);
#  3. the validators themselves: broken copies (replicas: "three", a misspelt field, a wrong
#     depends_on condition) must be refused, or this check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s%3N)

bash ops/ci/install-node.sh
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

echo "== the validators refuse broken copies"
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
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

echo "validate-ops: OK in $(awk -v a="$start" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s"
