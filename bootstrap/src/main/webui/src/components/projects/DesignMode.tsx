import { useRef, useState, type FormEvent } from 'react';
import { Design, type DesignPlanAnswer } from '../../api/projects';
import { errorText } from '../../api/http';
import { applyPlan, DESIGN_ID, labelElements, markSelected, originalHtml, selectorOf, snapshot } from './designSnapshot';

interface Picked {
  designId: string;
  tagName: string;
  selector: string;
  html: string;
}

interface Applied {
  instruction: string;
  filePath: string;
  checkpoint: string;
  commit: string;
  reverted: boolean;
}

/**
 * Design mode for the project's site (docs/projects.md, Design mode): the page of the project's server,
 * made inert by the design proxy, in a frame sandboxed without scripts; a click on the layer above it
 * picks the element under the pointer. Asking the AI first shows its plan applied to the frame's copy
 * (nothing saved); "Apply to file" has the model rewrite the element in the project's file (git
 * checkpoint before, commit after), the page is reloaded from the server, and each applied change can
 * be reverted to its checkpoint.
 */
// Where each template keeps the page its server answers at "/" (adapters-llm projects/templates).
const PAGE_FILE: Record<string, string> = {
  static: 'public/index.html', fullstack: 'public/index.html', 'react-vite': 'index.html', expo: 'offline/index.html',
};

export function DesignMode({ sessionId, framework }: { sessionId: string; framework: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [port, setPort] = useState(3000);
  const [path, setPath] = useState('/');
  const [file, setFile] = useState(PAGE_FILE[framework] ?? 'index.html');
  const [page, setPage] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [instruction, setInstruction] = useState('');
  const [plan, setPlan] = useState<DesignPlanAnswer | null>(null);
  const [applied, setApplied] = useState<Applied[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const open = (e?: FormEvent) => {
    e?.preventDefault();
    return run(async () => {
      const html = await Design.page(sessionId, port, path);
      setPicked(null);
      setPlan(null);
      setPage(html);
      setLoads((n) => n + 1);
    });
  };

  const pick = (event: React.MouseEvent<HTMLDivElement>) => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    const box = event.currentTarget.getBoundingClientRect();
    const target = doc.elementFromPoint(event.clientX - box.left, event.clientY - box.top);
    if (!target || target === doc.documentElement || !target.getAttribute(DESIGN_ID)) return;
    markSelected(doc, target);
    setPicked({ designId: target.getAttribute(DESIGN_ID)!, tagName: target.tagName.toLowerCase(),
      selector: selectorOf(target), html: originalHtml(target) });
    setPlan(null);
  };

  const askPlan = () => run(async () => {
    const doc = frame.current?.contentDocument;
    if (!doc || !picked) return;
    const answer = await Design.plan({ session_id: sessionId, user_request: instruction.trim(),
      selected_element: { design_id: picked.designId, tag_name: picked.tagName },
      document_snapshot: { url: path, title: doc.title, nodes: snapshot(doc) } });
    applyPlan(doc, answer.operations);
    setPlan(answer);
  });

  const applyToFile = () => run(async () => {
    if (!picked) return;
    const done = await Design.change({ session_id: sessionId, file_path: file.trim(), selector: picked.selector,
      element_html: picked.html, instruction: instruction.trim() });
    setApplied((list) => [{ instruction: instruction.trim(), filePath: done.file_path, checkpoint: done.checkpoint,
      commit: done.commit, reverted: false }, ...list]);
    await open();
    setMessage(`Changed ${done.file_path} (commit ${done.commit.slice(0, 7)})`);
  });

  const revert = (change: Applied) => run(async () => {
    const done = await Design.revert(sessionId, change.filePath, change.checkpoint);
    setApplied((list) => list.map((c) => (c === change ? { ...c, reverted: true } : c)));
    await open();
    setMessage(`Reverted ${done.file_path} to ${done.checkpoint.slice(0, 7)} (commit ${done.commit.slice(0, 7)})`);
  });

  return (
    <div className="panel project-design" data-testid="project-design">
      <form className="row" onSubmit={open}>
        <label>Port <input type="number" min={1} max={65535} data-testid="design-port" value={port}
          onChange={(e) => setPort(Number(e.target.value))} /></label>
        <label>Page <input data-testid="design-path" value={path} onChange={(e) => setPath(e.target.value)} /></label>
        <label>File <input data-testid="design-file" value={file} onChange={(e) => setFile(e.target.value)} /></label>
        <button type="submit" data-testid="design-open" disabled={busy}>{page === null ? 'Open' : 'Reload'}</button>
      </form>
      {message && <p className="muted" role="status" data-testid="project-design-message">{message}</p>}
      {page !== null && (
        <div className="project-design-canvas">
          <iframe ref={frame} key={loads} title="Design preview" data-testid="project-design-frame" srcDoc={page}
            sandbox="allow-same-origin" tabIndex={-1} onLoad={() => {
              const doc = frame.current?.contentDocument;
              if (doc) labelElements(doc);
            }} />
          <div className="project-design-layer" data-testid="project-design-layer" onClick={pick} />
        </div>
      )}
      {page !== null && (picked ? (
        <fieldset data-testid="project-design-picked" data-design-id={picked.designId}>
          <legend>Selected <code>{picked.selector}</code></legend>
          <label>Ask the AI <textarea data-testid="project-design-instruction" value={instruction}
            placeholder='e.g. Say "Welcome" in blue' onChange={(e) => setInstruction(e.target.value)} /></label>
          <div className="row">
            <button type="button" data-testid="project-design-plan" disabled={busy || !instruction.trim()}
              onClick={askPlan}>Preview plan</button>
            <button type="button" data-testid="project-design-apply" disabled={busy || !instruction.trim()}
              onClick={applyToFile}>Apply to file</button>
          </div>
        </fieldset>
      ) : <p className="muted">Click an element of the page to pick it.</p>)}
      {plan && (
        <div data-testid="project-design-plan-result">
          <p className="muted">{plan.explanation || 'Plan applied to the preview (not saved).'}</p>
          <ol>
            {plan.operations.map((op, i) => (
              <li key={i} data-testid="project-design-op" data-op={op.op}>
                <code>{op.op} {op.design_id} {op.op === 'set_text' ? `"${op.text}"` : `${op.property}: ${op.value}`}</code>
              </li>
            ))}
          </ol>
        </div>
      )}
      {applied.length > 0 && (
        <ol className="project-design-history" aria-label="Applied design changes">
          {applied.map((c) => (
            <li key={c.commit} data-testid="project-design-change" data-reverted={c.reverted}>
              <span>{c.instruction} · {c.filePath} · {c.commit.slice(0, 7)}</span>{' '}
              {!c.reverted && <button type="button" data-testid="project-design-revert" disabled={busy}
                onClick={() => revert(c)}>Revert</button>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
