async function refresh() {
  const health = await fetch('api/health').then((r) => r.json()).catch(() => ({ ok: false }));
  document.getElementById('status').textContent = health.ok ? 'Database connected.' : 'Database not reachable: ' + (health.error || '');
  if (!health.ok) return;
  const { items } = await fetch('api/items').then((r) => r.json());
  const list = document.getElementById('items');
  list.replaceChildren(...items.map((item) => {
    const li = document.createElement('li');
    li.textContent = item.title;
    return li;
  }));
}

document.getElementById('add').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = event.target.elements.title;
  await fetch('api/items', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: input.value }) });
  input.value = '';
  refresh();
});

refresh();
