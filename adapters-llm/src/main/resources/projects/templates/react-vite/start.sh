#!/bin/sh
# Vite's dev server when node_modules is installed, otherwise the offline page; port ${PORT:-3000}.
cd "$(dirname "$0")" || exit 1
echo $$ > .server.pid
if [ -x node_modules/.bin/vite ]; then
  exec node_modules/.bin/vite --host 127.0.0.1 --port "${PORT:-3000}" --strictPort
fi
echo "node_modules is missing (npm install needs a network): serving offline/ instead" >&2
exec python3 -m http.server "${PORT:-3000}" --bind 127.0.0.1 --directory offline
