#!/bin/sh
# Starts the API and the page on 127.0.0.1:${PORT:-3000}; restart_fullstack_servers stops it through .server.pid.
cd "$(dirname "$0")" || exit 1
echo $$ > .server.pid
exec python3 -u server.py
