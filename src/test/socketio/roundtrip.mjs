// Round trip with the official socket.io-client, as the original II-Agent frontend connects:
// websocket transport, token in the auth object. Prints one JSON line per observation; the Java
// test (SocketIoClientTest) asserts on them. Usage: node roundtrip.mjs <base-url> <token> <session-id>
import { io } from "socket.io-client";

const [baseUrl, token, sessionId] = process.argv.slice(2);
const report = (what, data) => console.log(JSON.stringify({ what, ...data }));
const socket = io(baseUrl, { transports: ["websocket"], auth: { token }, reconnection: false, timeout: 5000 });
const done = (code) => { socket.close(); setTimeout(() => process.exit(code), 50); };
setTimeout(() => { report("timeout", {}); done(2); }, 15000);

const names = [];
socket.on("connect_error", (err) => { report("connect_error", { message: err.message }); done(1); });
socket.on("chat_event", (event) => {
  names.push(event.name);
  report("chat_event", { name: event.name, seq: event.seq, session_id: event.session_id, content: event.content });
  if (event.name === "connection.workspace_info") {
    report("names", { names });
    done(0);
  }
});
socket.on("connect", async () => {
  report("connect", { id: socket.id });
  const joined = await socket.emitWithAck("join_session", { session_uuid: sessionId, last_seq: 0 });
  report("join_ack", joined);
  socket.emit("chat_message", { session_uuid: sessionId, content: { command: "ping" } });
  const refused = await socket.emitWithAck("chat_message", { session_uuid: sessionId, content: { command: "nope" } });
  report("unknown_ack", refused);
  socket.emit("chat_message", { session_uuid: sessionId, content: { command: "workspace_info" } });
});
