package ai.iiagent.adapter.browser;

/** The scripts the browser tools run in pages: numbering interactive elements, the overlay, text, dropdowns. */
final class PageScripts {

    static final String INDEX_ATTRIBUTE = "data-iiagent-index";
    static final String OVERLAY_ID = "__iiagent_overlay";

    /** Numbers the visible interactive elements in the viewport (at most {@code max}) and lists them. */
    static final String NUMBER_ELEMENTS = """
            (max) => {
              document.querySelectorAll('[data-iiagent-index]').forEach(e => e.removeAttribute('data-iiagent-index'));
              const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button],'
                + ' [role=link], [role=checkbox], [role=tab], [role=menuitem], [onclick], [contenteditable=""],'
                + ' [contenteditable=true], [draggable=true], [tabindex]:not([tabindex="-1"])';
              const out = [];
              for (const el of document.querySelectorAll(selector)) {
                if (out.length >= max) break;
                const r = el.getBoundingClientRect();
                if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) continue;
                const st = getComputedStyle(el);
                if (st.visibility === 'hidden' || st.display === 'none' || st.opacity === '0') continue;
                const i = out.length;
                el.setAttribute('data-iiagent-index', String(i));
                const name = el.tagName.toLowerCase();
                const tag = name === 'input' ? 'input[' + (el.getAttribute('type') || 'text') + ']' : name;
                const label = (el.labels && el.labels[0] ? el.labels[0].innerText : '') || el.getAttribute('aria-label')
                  || el.innerText || el.value || el.getAttribute('placeholder') || el.getAttribute('name')
                  || el.getAttribute('title') || el.getAttribute('href') || '';
                out.push({index: i, tag: tag, description: String(label).replace(/\\s+/g, ' ').trim().slice(0, 80),
                  x: Math.round(r.left), y: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height)});
              }
              return out;
            }""";

    /** Draws a numbered box over every numbered element (taken off again after the screenshot). */
    static final String DRAW_OVERLAY = """
            () => {
              const overlay = document.createElement('div');
              overlay.id = '__iiagent_overlay';
              overlay.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
              for (const el of document.querySelectorAll('[data-iiagent-index]')) {
                const r = el.getBoundingClientRect();
                const box = document.createElement('div');
                box.style.cssText = `position:fixed;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`
                  + 'outline:2px solid #e5484d;box-sizing:border-box';
                const label = document.createElement('span');
                label.textContent = el.getAttribute('data-iiagent-index');
                label.style.cssText = 'position:absolute;left:-2px;top:-16px;background:#e5484d;color:#fff;'
                  + 'font:bold 11px/14px monospace;padding:0 3px';
                box.appendChild(label);
                overlay.appendChild(box);
              }
              document.documentElement.appendChild(overlay);
            }""";

    static final String REMOVE_OVERLAY = "() => { const o = document.getElementById('__iiagent_overlay'); if (o) o.remove(); }";

    /** The page's visible text, whitespace folded, cut at {@code max} characters. */
    static final String TEXT = """
            (max) => {
              const text = document.body ? document.body.innerText : '';
              return text.replace(/[ \\t]+/g, ' ').replace(/\\n\\s*\\n+/g, '\\n').trim().slice(0, max);
            }""";

    /** A {@code <select>}'s options, or null for any other element. */
    static final String OPTIONS = """
            (el) => el.tagName === 'SELECT'
              ? Array.from(el.options).map(o => ({text: o.text, value: o.value, selected: o.selected})) : null""";

    static final String SCROLL = "(down) => window.scrollBy(0, (down ? 1 : -1) * Math.round(window.innerHeight * 0.8))";

    private PageScripts() {
    }
}
