"""A small PostgreSQL client on the standard library: the v3 wire protocol over a Unix socket or TCP.

connect(url) takes postgresql://user:password@host:port/db?host=/socket/dir (the host parameter, a
directory, selects the Unix socket <dir>/.s.PGSQL.<port>). Authentication: trust, cleartext, md5 and
SCRAM-SHA-256. query(sql, params) answers rows as dicts of text values (None for NULL); with params
it uses the extended protocol ($1, $2, ... bound as text, never spliced into the SQL).
"""
import base64
import hashlib
import hmac
import os
import socket
import struct
from urllib.parse import unquote, urlparse, parse_qs


class DatabaseError(Exception):
    """An error the server reported; fields holds its fields by code (C: SQLSTATE, M: message)."""

    def __init__(self, fields):
        super().__init__("%s (%s)" % (fields.get("M", "database error"), fields.get("C", "?")))
        self.fields = fields


class ConnectionLost(Exception):
    pass


def connect(url):
    parts = urlparse(url)
    options = parse_qs(parts.query)
    port = parts.port or 5432
    socket_dir = options.get("host", [None])[0]
    if socket_dir and socket_dir.startswith("/"):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(os.path.join(socket_dir, ".s.PGSQL.%d" % port))
    else:
        sock = socket.create_connection((parts.hostname or "localhost", port), timeout=10)
    user = unquote(parts.username or "")
    password = unquote(parts.password or "")
    database = unquote(parts.path.lstrip("/")) or user
    return Connection(sock, user, password, database)


class Connection:
    def __init__(self, sock, user, password, database):
        self.sock = sock
        self.buffer = b""
        params = b"".join(k.encode() + b"\0" + v.encode() + b"\0" for k, v in
                          (("user", user), ("database", database), ("client_encoding", "UTF8"))) + b"\0"
        body = struct.pack("!i", 196608) + params
        self.sock.sendall(struct.pack("!i", len(body) + 4) + body)
        self._authenticate(user, password)

    # -- messages --
    def _send(self, kind, payload=b""):
        self.sock.sendall(kind + struct.pack("!i", len(payload) + 4) + payload)

    def _read(self, size):
        while len(self.buffer) < size:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionLost("the server closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def _message(self):
        kind = self._read(1)
        (length,) = struct.unpack("!i", self._read(4))
        return kind, self._read(length - 4)

    @staticmethod
    def _fields(payload):
        fields = {}
        for part in payload.split(b"\0"):
            if part:
                fields[chr(part[0])] = part[1:].decode("utf-8", "replace")
        return fields

    def _authenticate(self, user, password):
        scram = None
        while True:
            kind, payload = self._message()
            if kind == b"E":
                raise DatabaseError(self._fields(payload))
            if kind == b"R":
                (code,) = struct.unpack("!i", payload[:4])
                if code == 0:
                    continue
                if code == 3:
                    self._send(b"p", password.encode() + b"\0")
                elif code == 5:
                    inner = hashlib.md5(password.encode() + user.encode()).hexdigest().encode()
                    outer = hashlib.md5(inner + payload[4:8]).hexdigest().encode()
                    self._send(b"p", b"md5" + outer + b"\0")
                elif code == 10:
                    scram = _Scram(password)
                    first = scram.client_first()
                    self._send(b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
                elif code == 11:
                    self._send(b"p", scram.client_final(payload[4:]))
                elif code == 12:
                    scram.verify(payload[4:])
                else:
                    raise DatabaseError({"M": "unsupported authentication method %d" % code})
            elif kind == b"Z":
                return

    def query(self, sql, params=()):
        if params:
            encoded = b"".join(struct.pack("!i", -1) if p is None else
                               struct.pack("!i", len(str(p).encode())) + str(p).encode() for p in params)
            self._send(b"P", b"\0" + sql.encode() + b"\0" + struct.pack("!h", 0))
            self._send(b"B", b"\0\0" + struct.pack("!h", 0) + struct.pack("!h", len(params)) + encoded
                       + struct.pack("!h", 0))
            self._send(b"D", b"P\0")
            self._send(b"E", b"\0" + struct.pack("!i", 0))
            self._send(b"S")
        else:
            self._send(b"Q", sql.encode() + b"\0")
        columns, rows, error = [], [], None
        while True:
            kind, payload = self._message()
            if kind == b"T":
                (count,) = struct.unpack("!h", payload[:2])
                columns, at = [], 2
                for _ in range(count):
                    end = payload.index(b"\0", at)
                    columns.append(payload[at:end].decode())
                    at = end + 1 + 18
                rows = []
            elif kind == b"D":
                (count,) = struct.unpack("!h", payload[:2])
                values, at = [], 2
                for _ in range(count):
                    (size,) = struct.unpack("!i", payload[at:at + 4])
                    at += 4
                    if size < 0:
                        values.append(None)
                    else:
                        values.append(payload[at:at + size].decode("utf-8"))
                        at += size
                rows.append(dict(zip(columns, values)))
            elif kind == b"E":
                error = DatabaseError(self._fields(payload))
            elif kind == b"Z":
                if error:
                    raise error
                return rows

    def close(self):
        try:
            self._send(b"X")
        finally:
            self.sock.close()


class _Scram:
    def __init__(self, password):
        self.password = password.encode()
        self.nonce = base64.b64encode(os.urandom(18)).decode()
        self.first_bare = "n=,r=" + self.nonce
        self.signature = None

    def client_first(self):
        return ("n,," + self.first_bare).encode()

    def client_final(self, server_first):
        text = server_first.decode()
        fields = dict(item.split("=", 1) for item in text.split(","))
        if not fields["r"].startswith(self.nonce):
            raise DatabaseError({"M": "the server's SCRAM nonce does not extend ours"})
        salted = hashlib.pbkdf2_hmac("sha256", self.password, base64.b64decode(fields["s"]), int(fields["i"]))
        client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
        stored_key = hashlib.sha256(client_key).digest()
        final_bare = "c=biws,r=" + fields["r"]
        message = (self.first_bare + "," + text + "," + final_bare).encode()
        proof = bytes(a ^ b for a, b in zip(client_key, hmac.new(stored_key, message, hashlib.sha256).digest()))
        server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
        self.signature = base64.b64encode(hmac.new(server_key, message, hashlib.sha256).digest()).decode()
        return (final_bare + ",p=" + base64.b64encode(proof).decode()).encode()

    def verify(self, server_final):
        if server_final.decode() != "v=" + self.signature:
            raise DatabaseError({"M": "the server's SCRAM signature is wrong"})
