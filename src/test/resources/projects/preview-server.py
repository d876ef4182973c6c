# A test server run INSIDE a sandbox: plain HTTP, a WebSocket echo (with the subprotocol echoed, as
# Vite's HMR needs) and /probe, which reports whether the sandbox can open a TCP connection out.
import base64
import hashlib
import http.server
import socket
import struct
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.headers.get("Upgrade", "").lower() == "websocket":
            return self.websocket()
        if self.path.startswith("/probe"):
            results = []
            for target in self.path.split("?", 1)[1].split(","):
                host, port = target.rsplit(":", 1)
                try:
                    socket.create_connection((host, int(port)), 2).close()
                    results.append(target + "=reached")
                except OSError:
                    results.append(target + "=refused")
            return self.text(" ".join(results))
        return self.text("hello " + self.path + " host=" + self.headers.get("Host", ""))

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        return self.text("got " + body.decode())

    def text(self, value):
        body = value.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def websocket(self):
        key = self.headers["Sec-WebSocket-Key"]
        accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
        self.send_response(101)
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        if self.headers.get("Sec-WebSocket-Protocol"):
            self.send_header("Sec-WebSocket-Protocol", self.headers["Sec-WebSocket-Protocol"].split(",")[0].strip())
        self.end_headers()
        self.wfile.flush()
        while True:
            head = self.rfile.read(2)
            if len(head) < 2:
                return
            opcode, length = head[0] & 15, head[1] & 127
            if length == 126:
                length = struct.unpack(">H", self.rfile.read(2))[0]
            mask = self.rfile.read(4)
            data = bytes(b ^ mask[i % 4] for i, b in enumerate(self.rfile.read(length)))
            if opcode == 8:
                return
            out = ("echo:" + data.decode()).encode()
            self.wfile.write(bytes([0x81, len(out)]) + out)
            self.wfile.flush()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
