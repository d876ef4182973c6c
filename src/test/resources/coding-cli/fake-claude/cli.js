#!/usr/bin/env node
// Stands in for `claude -p --output-format stream-json`: sends the task to $ANTHROPIC_BASE_URL/v1/messages
// with the OAuth token it was given, writes the answer into the workspace and prints the events the
// real CLI prints (system init, assistant, result).
const fs = require('fs');
const args = process.argv.slice(2);
const task = args[args.length - 1];
process.stderr.write('fake claude args: ' + args.slice(0, -1).join(' ') + '\n');
console.log(JSON.stringify({ type: 'system', subtype: 'init', cwd: process.cwd(), session_id: 'fake' }));
fetch(process.env.ANTHROPIC_BASE_URL + '/v1/messages', {
  method: 'POST',
  headers: {
    'Authorization': 'Bearer ' + (process.env.CLAUDE_CODE_OAUTH_TOKEN || ''),
    'anthropic-beta': 'oauth-2025-04-20',
    'anthropic-version': '2023-06-01',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: task }] }),
}).then(async (response) => {
  const body = await response.json();
  if (!response.ok) {
    console.log(JSON.stringify({ type: 'result', subtype: 'error_during_execution', is_error: true, result: JSON.stringify(body) }));
    process.exit(1);
  }
  const text = body.content[0].text;
  fs.writeFileSync('/workspace/CLAUDE_NOTES.md', text + '\n');
  console.log(JSON.stringify({ type: 'assistant', message: body }));
  console.log(JSON.stringify({ type: 'result', subtype: 'success', is_error: false, result: text, num_turns: 1 }));
}).catch((error) => {
  console.log(JSON.stringify({ type: 'result', subtype: 'error_during_execution', is_error: true, result: String(error) }));
  process.exit(2);
});
