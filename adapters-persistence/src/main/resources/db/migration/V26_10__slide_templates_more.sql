-- Slides (issue 19): three more built-in slide templates next to the two of V26_4, so the templates
-- gallery offers a title, a bullet list, two columns, a quote and a section divider.

INSERT INTO slide_templates (id, slide_template_name, slide_content, slide_template_images) VALUES
('6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1903', 'Two columns (light)',
 '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:1280px;height:720px}body{padding:72px 96px;box-sizing:border-box;background:#f8fafc;color:#0f172a;font-family:sans-serif}h2{font-size:46px;margin:0 0 40px}.cols{display:flex;gap:56px}.col{flex:1;background:#ffffff;border-radius:16px;padding:32px;box-shadow:0 1px 3px rgba(15,23,42,.12)}h3{font-size:30px;margin:0 0 16px;color:#2563eb}p{font-size:24px;line-height:1.4;margin:0}</style></head><body><h2>Comparison</h2><div class="cols"><div class="col"><h3>Before</h3><p>What the situation was, in two or three short lines.</p></div><div class="col"><h3>After</h3><p>What changed, and why it matters.</p></div></div></body></html>',
 '{}'),
('6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1904', 'Quote (dark)',
 '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:1280px;height:720px}body{display:flex;flex-direction:column;justify-content:center;padding:0 140px;box-sizing:border-box;background:#1e1b4b;color:#eef2ff;font-family:Georgia,serif}blockquote{font-size:52px;line-height:1.3;margin:0 0 36px;font-style:italic}cite{font-family:sans-serif;font-size:26px;color:#a5b4fc;font-style:normal}</style></head><body><blockquote>&ldquo;A short, memorable sentence worth a whole slide.&rdquo;</blockquote><cite>Name, role</cite></body></html>',
 '{}'),
('6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1905', 'Section divider (accent)',
 '<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;width:1280px;height:720px}body{display:flex;align-items:center;padding:0 110px;box-sizing:border-box;background:linear-gradient(120deg,#0ea5e9,#6366f1);color:#ffffff;font-family:sans-serif}span{font-size:120px;font-weight:800;opacity:.35;margin-right:48px}h2{font-size:64px;margin:0}</style></head><body><span>02</span><h2>Section title</h2></body></html>',
 '{}');
