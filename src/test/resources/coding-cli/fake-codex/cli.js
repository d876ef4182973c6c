#!/usr/bin/env node
// Stands in for `codex exec --json`: sends the task to $OPENAI_BASE_URL/responses with the key it was
// given (or the one in $CODEX_HOME/auth.json), writes the answer into the workspace and prints the
// events the real CLI prints (thread.started, item.completed agent_message, turn.completed).
const fs = require('fs');
const args = process.argv.slice(2);
const task = args[args.length - 1];
const model = args.includes('-m') ? args[args.indexOf('-m') + 1] : 'gpt-5-codex';
let key = process.env.OPENAI_API_KEY || '';
if (!key && process.env.CODEX_HOME && fs.existsSync(process.env.CODEX_HOME + '/auth.json')) {
  key = JSON.parse(fs.readFileSync(process.env.CODEX_HOME + '/auth.json', 'utf8')).OPENAI_API_KEY;
}
process.stderr.write('fake codex args: ' + args.slice(0, -1).join(' ') + '\n');
console.log(JSON.stringify({ type: 'thread.started', thread_id: 'thread_fake' }));
fetch(process.env.OPENAI_BASE_URL + '/responses', {
  method: 'POST',
  headers: { 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/json' },
  body: JSON.stringify({ model: model, input: task, cwd: process.cwd() }),
}).then(async (response) => {
  const body = await response.json();
  if (!response.ok) {
    console.log(JSON.stringify({ type: 'error', message: JSON.stringify(body) }));
    process.exit(1);
  }
  const text = body.output[0].content[0].text;
  fs.writeFileSync('/workspace/CODEX_NOTES.md', text + '\n');
  console.log(JSON.stringify({ type: 'item.completed', item: { id: 'item_0', type: 'file_change', changes: [{ path: '/workspace/CODEX_NOTES.md', kind: 'add' }] } }));
  console.log(JSON.stringify({ type: 'item.completed', item: { id: 'item_1', type: 'agent_message', text: text } }));
  console.log(JSON.stringify({ type: 'turn.completed', usage: body.usage }));
}).catch((error) => {
  console.log(JSON.stringify({ type: 'error', message: String(error) }));
  process.exit(2);
});
