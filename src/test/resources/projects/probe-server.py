"""A site that tries to reach out, for the isolation tests (docs/projects.md "Deploy"): each answer
says whether the connection it was asked for was made.

GET /tcp?host=H&port=P, GET /unix?path=P, GET /db?url=U (U "own": the project's DATABASE_URL from
.env; the query is SELECT current_user, current_database()) answer {"reached": bool, "detail": str}.
Any other path answers 200 "probe" (what the deployer's verify phase asks for).
"""
import json
import os
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pgwire  # noqa: E402  (the template's client, next to this file)


def env_value(name):
    path = os.path.join(HERE, ".env")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as env:
            for line in env:
                if line.startswith(name + "="):
                    value = line.strip().split("=", 1)[1]
                    return value[1:-1] if value.startswith('"') else value
    return os.environ.get(name)


def tcp(query):
    with socket.create_connection((query["host"], int(query["port"])), timeout=3):
        return "connected"


def unix(query):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(3)
        sock.connect(query["path"])
        return "connected"


def db(query):
    url = env_value("DATABASE_URL") if query["url"] == "own" else query["url"]
    connection = pgwire.connect(url)
    try:
        row = connection.query("SELECT current_user AS u, current_database() AS d")[0]
    finally:
        connection.close()
    return "%s@%s" % (row["u"], row["d"])


PROBES = {"/tcp": tcp, "/unix": unix, "/db": db}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path in PROBES:
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            try:
                answer = {"reached": True, "detail": PROBES[url.path](query)}
            except Exception as e:  # any failure to connect is the answer
                answer = {"reached": False, "detail": "%s: %s" % (type(e).__name__, e)}
            body, kind = json.dumps(answer).encode("utf-8"), "application/json"
        else:
            body, kind = b"probe", "text/plain"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "3000"))), Handler).serve_forever()
