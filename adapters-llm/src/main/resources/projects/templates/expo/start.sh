#!/bin/sh
# Expo's web dev server when node_modules is installed, else a static export (dist/), else the offline page; port ${PORT:-3000}.
cd "$(dirname "$0")" || exit 1
echo $$ > .server.pid
if [ -x node_modules/.bin/expo ]; then
  export CI=1 BROWSER=none
  exec node_modules/.bin/expo start --web --localhost --port "${PORT:-3000}"
fi
if [ -f dist/index.html ]; then
  echo "node_modules is missing: serving the static export in dist/" >&2
  exec python3 -m http.server "${PORT:-3000}" --bind 127.0.0.1 --directory dist
fi
echo "node_modules is missing (npm install needs a network): serving offline/ instead" >&2
exec python3 -m http.server "${PORT:-3000}" --bind 127.0.0.1 --directory offline
