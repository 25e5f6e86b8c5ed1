#!/usr/bin/env bash
# `npm run demo`: the first command after cloning. Installs what is missing, builds, packages the
# .vsix, then starts the Lightfield stand-in and a real VS Code with the extension installed
# (desktop `code` when on PATH, else code-server on http://127.0.0.1:8080). Ctrl-C stops both.
# Env: LIGHTFIELD_DEMO_PORT (code-server port, default 8080), LIGHTFIELD_FAKE_PORT (default 4010),
#      LIGHTFIELD_DEMO_BROWSER=1 to prefer code-server even when `code` is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v code >/dev/null || [ -n "${LIGHTFIELD_DEMO_BROWSER:-}" ]; then
  # code-server needs the tools; desktop VS Code does not.
  bash test/host/install-tools.sh
fi
bash test/host/ensure-node-modules.sh
node esbuild.js --tests
npm run -s package
exec node out/test/host/demo.js
