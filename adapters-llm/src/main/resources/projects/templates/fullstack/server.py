"""{{PROJECT_NAME}}: the page in public/ and a JSON API on the project's PostgreSQL database."""
import json
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pgwire

HERE = os.path.dirname(os.path.abspath(__file__))


def load_env(path):
    """Reads NAME="value" lines (as II-Agent writes .env) into os.environ, without overriding."""
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as env:
        for line in env:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            name, value = line.split("=", 1)
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\"', '"').replace("\\$", "$").replace("\\\\", "\\")
            os.environ.setdefault(name.strip(), value)


load_env(os.path.join(HERE, ".env"))
DATABASE_URL = os.environ.get("DATABASE_URL")
LOCK = threading.Lock()
_connection = None


def db():
    """One shared connection, opened on first use (and again after a failure)."""
    global _connection
    if _connection is None:
        if not DATABASE_URL:
            raise RuntimeError("DATABASE_URL is not set (no .env): ask for a database with get_database_connection")
        _connection = pgwire.connect(DATABASE_URL)
    return _connection


def query(sql, params=()):
    global _connection
    with LOCK:
        try:
            return db().query(sql, params)
        except (OSError, pgwire.ConnectionLost):
            _connection = None
            raise


class Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=os.path.join(HERE, "public"), **kwargs)

    def send_json(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/api/health":
            try:
                query("SELECT 1")
                return self.send_json(200, {"ok": True, "database": True})
            except Exception as failure:  # the page shows why
                return self.send_json(503, {"ok": False, "database": False, "error": str(failure)})
        if self.path == "/api/items":
            try:
                rows = query("SELECT id, title, created_at FROM items ORDER BY id")
            except Exception as failure:
                return self.send_json(503, {"error": str(failure)})
            return self.send_json(200, {"items": [{"id": int(r["id"]), "title": r["title"],
                                                   "created_at": r["created_at"]} for r in rows]})
        return super().do_GET()

    def do_POST(self):
        if self.path != "/api/items":
            return self.send_json(404, {"error": "not found"})
        length = int(self.headers.get("Content-Length") or 0)
        try:
            title = str(json.loads(self.rfile.read(length) or b"{}").get("title", "")).strip()
        except ValueError:
            return self.send_json(400, {"error": "the body is JSON: {\"title\": \"...\"}"})
        if not title:
            return self.send_json(400, {"error": "title is required"})
        try:
            row = query("INSERT INTO items (title) VALUES ($1) RETURNING id, title, created_at", (title,))[0]
        except Exception as failure:
            return self.send_json(503, {"error": str(failure)})
        return self.send_json(201, {"id": int(row["id"]), "title": row["title"], "created_at": row["created_at"]})


def main():
    if DATABASE_URL:
        try:
            with open(os.path.join(HERE, "schema.sql"), encoding="utf-8") as schema:
                query(schema.read())
            print("schema ready", flush=True)
        except Exception as failure:
            print("database not ready:", failure, flush=True)
    port = int(os.environ.get("PORT", "3000"))
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("listening on http://127.0.0.1:%d" % port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
