#!/bin/sh
# Serves public/ on 127.0.0.1:${PORT:-3000}; restart_fullstack_servers stops it through .server.pid.
cd "$(dirname "$0")" || exit 1
echo $$ > .server.pid
exec python3 -m http.server "${PORT:-3000}" --bind 127.0.0.1 --directory public
