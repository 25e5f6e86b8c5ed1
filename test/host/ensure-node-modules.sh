#!/usr/bin/env bash
# Runs `npm ci` when node_modules is missing or older than package-lock.json (npm writes
# node_modules/.package-lock.json on every install). Used by test/run-all.sh and test/host/demo.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
# A symlinked node_modules is someone else's tree: npm ci would empty the target, so never touch it.
if [ -L node_modules ]; then
  echo "ensure-node-modules: node_modules is a symlink; not running npm ci (run it where it points if deps changed)"
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-node-modules: npm ci"
  npm ci --no-audit --no-fund
fi
