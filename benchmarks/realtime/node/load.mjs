// Load client of benchmarks/realtime.sh (COMPARE=1): the same client drives our /ws, our /socket.io/
// and the reference socket.io@4 server (reference-server.mjs), over the `ws` package, so it can offer
// permessage-deflate as browsers do.
//   node load.mjs fanout <target> <base-url> <sockets> <rooms> <events-per-second> <seconds> <server-pid> [deflate]
//   node load.mjs idle   <target> <base-url> <sockets> <hold-seconds> [deflate]
// target: ws (our /ws), sio (our /socket.io/), ref (the reference server; no accounts, rooms are UUIDs).
// fanout: sockets spread over rooms plus one driver socket per room sending workspace_info commands at
// the given total rate; each receiver records now - the event's server timestamp (same clock); the
// server's CPU time (/proc/<pid>/stat) over the window is divided by the deliveries received.
// deflate: every socket offers "permessage-deflate; client_max_window_bits" (the browsers' offer).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import WebSocket from "ws";

const [mode, target, base] = process.argv.slice(2, 5);
const rest = process.argv.slice(5);
const deflate = rest.includes("deflate");
const STAMP = /"name":"connection.workspace_info".*?"timestamp":"([^"]+)"/;
const now = () => performance.timeOrigin + performance.now(); // wall clock, ms with microsecond fraction
const negotiated = new Set();

function parseMillis(iso) { // ISO-8601 with up to nanoseconds -> ms (fraction kept)
  const dot = iso.indexOf(".");
  if (dot < 0) return Date.parse(iso);
  const digits = iso.slice(dot + 1, -1);
  return Date.parse(iso.slice(0, dot) + "Z") + Number("0." + digits) * 1000;
}

async function post(url, token, body) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${url} -> ${res.status} ${await res.text()}`);
  return res.json();
}

async function account() {
  if (target === "ref") return null;
  const reg = await post(`${base}/auth/local/register`, null, { email: `load-${randomUUID()}@example.org`, password: "correct horse" });
  return reg.access_token;
}

async function room(token) {
  return target === "ref" ? randomUUID() : (await post(`${base}/v1/sessions`, token, { name: "load" })).id;
}

class Client {
  constructor(token, roomId, recorder) {
    this.roomId = roomId;
    this.recorder = recorder;
    this.joined = new Promise((resolve, reject) => { this.onJoined = resolve; this.onFailed = reject; });
    const wsBase = base.replace("http", "ws");
    const url = target === "ws" ? `${wsBase}/ws` : `${wsBase}/socket.io/?EIO=4&transport=websocket`;
    const headers = target === "ws" ? { authorization: `Bearer ${token}` } : {};
    this.token = token;
    this.socket = new WebSocket(url, { headers, perMessageDeflate: deflate, handshakeTimeout: 60000 });
    this.socket.on("upgrade", (res) => negotiated.add(res.headers["sec-websocket-extensions"] || "none"));
    this.socket.on("open", () => {
      if (target === "ws") this.socket.send(JSON.stringify({ type: "join_session", data: { session_uuid: roomId } }));
    });
    this.socket.on("message", (data) => this.frame(data.toString()));
    this.socket.on("error", (e) => this.onFailed(e));
    this.socket.on("close", (code) => { this.closedWith = code; });
  }

  frame(text) {
    if (target === "ws") {
      if (text.includes("connection.established")) this.onJoined();
      else this.record(text);
      return;
    }
    switch (text[0]) {
      case "0": this.socket.send("40" + JSON.stringify({ token: this.token })); break; // Engine.IO open -> CONNECT
      case "2": this.socket.send("3"); break; // ping -> pong
      case "4":
        if (text.startsWith("40")) this.socket.send(`420["join_session",${JSON.stringify({ session_uuid: this.roomId, last_seq: 0 })}]`);
        else if (text.startsWith("430")) this.onJoined();
        else if (text.startsWith("44")) this.onFailed(new Error(text));
        else if (text.startsWith("42")) this.record(text);
        break;
    }
  }

  record(text) {
    if (!this.recorder) return;
    const m = STAMP.exec(text);
    if (m) this.recorder.add(now() - parseMillis(m[1]));
  }

  command() {
    this.socket.send(target === "ws"
      ? '{"type":"chat_message","data":{"content":{"command":"workspace_info"}}}'
      : `42["chat_message",{"session_uuid":"${this.roomId}","content":{"command":"workspace_info"}}]`);
  }
}

class Recorder {
  constructor(capacity) { this.ms = new Float64Array(Math.min(capacity, 50_000_000)); this.n = 0; }
  add(ms) { if (this.n < this.ms.length) this.ms[this.n] = ms; this.n++; }
  reset() { this.n = 0; }
  summary() {
    const n = Math.min(this.n, this.ms.length);
    if (n === 0) return "no deliveries";
    const sorted = this.ms.slice(0, n).sort();
    const at = (q) => sorted[Math.min(n - 1, Math.floor(q * n))].toFixed(2);
    return `latency publish->receive: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, p99.9 ${at(0.999)} ms, max ${sorted[n - 1].toFixed(2)} ms`;
  }
}

function cpuTicks(pid) { // utime + stime of the server process, in clock ticks (1/100 s)
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function openAll(count, make) {
  const clients = [];
  for (let i = 0; i < count; i++) {
    clients.push(make(i));
    if (i % 200 === 199) await clients[i].joined; // bounded handshake bursts
  }
  await Promise.all(clients.map((c) => c.joined));
  return clients;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function fanout(sockets, rooms, rate, seconds, pid) {
  const token = await account();
  const ids = [];
  for (let i = 0; i < rooms; i++) ids.push(await room(token));
  const recorder = new Recorder(Math.ceil(sockets * rate / rooms * (seconds + 5)));
  const receivers = await openAll(sockets, (i) => new Client(token, ids[i % rooms], recorder));
  const drivers = await openAll(rooms, (i) => new Client(token, ids[i], null));
  console.log(`connected ${sockets} receivers on ${rooms} rooms (${target}, extensions: ${[...negotiated].join(" | ")}); driving ${rate} events/s for ${seconds} s`);
  recorder.reset();
  const cpuBefore = cpuTicks(pid);
  const start = performance.now();
  let sent = 0;
  while (performance.now() - start < seconds * 1000) {
    const due = Math.floor((performance.now() - start) * rate / 1000);
    while (sent < due) { drivers[sent % rooms].command(); sent++; }
    await sleep(1);
  }
  const elapsed = (performance.now() - start) / 1000;
  await sleep(2000); // let the last deliveries arrive
  const cpuMicros = (cpuTicks(pid) - cpuBefore) * 10_000;
  const expected = sent * (sockets / rooms);
  console.log(`events sent ${sent} (${(sent / elapsed).toFixed(0)}/s); deliveries ${recorder.n} of ${expected} expected (${(recorder.n / elapsed).toFixed(0)}/s over the send window)`);
  console.log(recorder.summary());
  const closed = receivers.filter((c) => c.closedWith !== undefined);
  if (closed.length > 0) console.log(`receivers closed by the server during the run: ${closed.length} (codes ${[...new Set(closed.map((c) => c.closedWith))].join(", ")})`);
  console.log(`server CPU ${(cpuMicros / 1e6).toFixed(2)} s: ${(cpuMicros / Math.max(1, recorder.n)).toFixed(1)} us per delivery`);
  process.exit(0);
}

async function idle(sockets, hold) {
  const token = await account();
  const id = await room(token);
  const start = performance.now();
  const clients = await openAll(sockets, () => new Client(token, id, null));
  console.log(`IDLE_READY ${sockets} connections joined in ${((performance.now() - start) / 1000).toFixed(1)} s (extensions: ${[...negotiated].join(" | ")})`);
  await sleep(hold * 1000);
  console.log(`still open after ${hold} s: ${clients.filter((c) => c.socket.readyState === WebSocket.OPEN).length}`);
  process.exit(0);
}

if (mode === "fanout") await fanout(Number(rest[0]), Number(rest[1]), Number(rest[2]), Number(rest[3]), Number(rest[4]));
else if (mode === "idle") await idle(Number(rest[0]), Number(rest[1]));
else throw new Error("fanout or idle");
