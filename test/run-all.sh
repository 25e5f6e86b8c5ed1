#!/usr/bin/env bash
# `npm test`: the one command a newcomer runs on a fresh clone. Installs what is missing (tools for a
# real VS Code: chromium, Node 24, code-server; npm deps), builds, then runs every stage:
#   typecheck, lint, unit, integration (code-server), e2e (code-server + chromium).
#   bash test/run-all.sh [stage ...]      e.g. bash test/run-all.sh unit integration
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bash test/host/install-tools.sh

# npm ci when node_modules is missing or older than the lockfile (npm writes node_modules/.package-lock.json).
# A symlinked node_modules is someone else's tree: npm ci would empty the target, so never touch it.
if [ -L node_modules ]; then
  echo "$(basename "$0"): node_modules is a symlink; not running npm ci (run it where it points if deps changed)"
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "run-all: npm ci"
  npm ci --no-audit --no-fund
fi

node esbuild.js
node esbuild.js --tests
exec node out/test/run-all.js "$@"
