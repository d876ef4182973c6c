// The reference server of benchmarks/realtime.sh (COMPARE=1): the official socket.io@4 server with
// rooms, answering the load client exactly as our /socket.io/ endpoint does for this benchmark:
// CONNECT (auth ignored), "join_session" {session_uuid} joins that room and acks, "chat_message"
// {session_uuid, content:{command}} emits one "chat_event" to the room, an envelope of the same shape
// and size as ours (connection.workspace_info), stamped with the server's wall clock in microseconds.
// Usage: node reference-server.mjs <port> [deflate]   (deflate: permessage-deflate on, every frame compressed)
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { Server } from "socket.io";

const port = Number(process.argv[2] || 18091);
const deflate = process.argv[3] === "deflate";
const http = createServer((req, res) => { res.writeHead(200); res.end("ok"); }); // readiness probe
// socket.io's own default is perMessageDeflate: false (it declines the browser's offer)
const io = new Server(http, { transports: ["websocket"], perMessageDeflate: deflate ? { threshold: 0 } : false });
const seqs = new Map();

// ISO-8601 with microseconds, like java.time.Instant on the JVM
function timestamp() {
  const micros = Math.round((performance.timeOrigin + performance.now()) * 1000);
  const iso = new Date(Math.floor(micros / 1000)).toISOString(); // ...T..:..:..mmmZ
  return iso.slice(0, -1) + String(micros % 1000).padStart(3, "0") + "Z";
}

io.on("connection", (socket) => {
  socket.on("join_session", (data, ack) => {
    socket.join(data.session_uuid);
    if (typeof ack === "function") ack({ ok: true, session_uuid: data.session_uuid, last_seq: seqs.get(data.session_uuid) || 0 });
  });
  socket.on("chat_message", (data) => {
    const room = data.session_uuid;
    const seq = (seqs.get(room) || 0) + 1;
    seqs.set(room, seq);
    io.to(room).emit("chat_event", {
      v: 1, seq, id: randomUUID(), group: "connection", name: "connection.workspace_info", session_id: room,
      run_id: null, timestamp: timestamp(), transient: false, internal: false,
      content: { workspace_path: "", sandbox_id: null, sandbox_status: "not_created" },
    });
  });
});
http.listen(port, "127.0.0.1", () => console.log(`reference socket.io server on ${port}${deflate ? " (deflate)" : ""}`));
