#!/usr/bin/env bash
# `npm test`: the one command a newcomer runs on a fresh clone. Installs what is missing (tools for a
# real VS Code: chromium, Node 24, code-server; npm deps), builds, then runs every stage:
#   typecheck, lint, unit, integration (code-server), e2e (code-server + chromium).
#   bash test/run-all.sh [stage ...]      e.g. bash test/run-all.sh unit integration
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bash test/host/install-tools.sh

bash test/host/ensure-node-modules.sh

node esbuild.js
node esbuild.js --tests
exec node out/test/run-all.js "$@"
