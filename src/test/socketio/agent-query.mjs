// An agent run driven with the official socket.io-client, as the original frontend drives it:
// join, send a query, collect every chat_event until agent.stream.complete. Prints one JSON line
// per event (name, seq); the Java test (SocketIoClientTest) asserts on them.
// Usage: node agent-query.mjs <base-url> <token> <session-id> <query text>
import { io } from "socket.io-client";

const [baseUrl, token, sessionId, text] = process.argv.slice(2);
const report = (what, data) => console.log(JSON.stringify({ what, ...data }));
const socket = io(baseUrl, { transports: ["websocket"], auth: { token }, reconnection: false, timeout: 5000 });
const done = (code) => { socket.close(); setTimeout(() => process.exit(code), 50); };
setTimeout(() => { report("timeout", {}); done(2); }, 20000);

socket.on("connect_error", (err) => { report("connect_error", { message: err.message }); done(1); });
socket.on("chat_event", (event) => {
  report("chat_event", { name: event.name, seq: event.seq, transient: event.transient, content: event.content });
  if (event.name === "agent.stream.complete") done(0);
});
socket.on("connect", async () => {
  await socket.emitWithAck("join_session", { session_uuid: sessionId });
  socket.emit("chat_message", { session_uuid: sessionId, content: { command: "query", text } });
});
