#!/usr/bin/env bash
# Installs Debian's nginx for the load balancer's test (tests/Facilitation.Web.Tests/Cluster/
# LoadBalancerTests.cs runs it in front of the nodes) and ops/ci/validate-ops.sh (`nginx -t` of
# ops/lb/facilitation.conf). Idempotent. Both run their own nginx from a folder of their own: the
# package's own service is not used (where a policy-rc.d does not stop it, the package starts it
# on port 80; it does no harm to the tests).
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/sbin/nginx ]; then
  echo "Installing nginx…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >&2
fi
