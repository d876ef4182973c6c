import { useEffect, useState } from 'react';
import { storageUrl, type SessionFile } from '../api/endpoints';
import { Icon } from './icons';

export interface TreeNode { name: string; path: string; type: 'file' | 'directory'; children?: TreeNode[] }

interface Props {
  status: string | null;
  /** True when the server answered command_unavailable to the sandbox commands. */
  sandboxUnavailable: boolean;
  tree: TreeNode[] | null;
  files: SessionFile[];
  content: { path: string; content: string } | null;
  onOpenPath: (path: string) => void;
}

/** Reads the tree out of a file.tree.listed payload, whatever its exact shape (tree, files or entries). */
export function treeOf(payload: Record<string, unknown> | undefined): TreeNode[] | null {
  if (!payload) return null;
  const raw = payload.tree ?? payload.files ?? payload.entries ?? payload.children;
  const walk = (nodes: unknown, parent: string): TreeNode[] => (Array.isArray(nodes) ? nodes : []).map((n) => {
    if (typeof n === 'string') return { name: n.split('/').pop() || n, path: n, type: 'file' as const };
    const o = n as Record<string, unknown>;
    const name = String(o.name ?? o.path ?? '');
    const path = String(o.path ?? (parent ? `${parent}/${name}` : name));
    const children = Array.isArray(o.children) ? walk(o.children, path) : undefined;
    const type = o.type === 'directory' || o.type === 'dir' || o.is_dir === true || children ? 'directory' : 'file';
    return { name, path, type, children };
  });
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) return walk([raw], '');
  return Array.isArray(raw) ? nest(walk(raw, '')) : null;
}

/** The server lists entries flat with workspace-relative paths ("src/app.py"): hang each under its directory. */
function nest(flat: TreeNode[]): TreeNode[] {
  if (!flat.some((n) => n.path.includes('/'))) return flat;
  const roots: TreeNode[] = [];
  const dirs = new Map<string, TreeNode>();
  for (const node of flat) {
    const slash = node.path.lastIndexOf('/');
    const item: TreeNode = { ...node, name: node.path.slice(slash + 1) };
    if (item.type === 'directory') {
      item.children = item.children ?? [];
      dirs.set(item.path, item);
    }
    const parent = slash > 0 ? dirs.get(node.path.slice(0, slash)) : undefined;
    if (parent) parent.children!.push(item);
    else roots.push(item);
  }
  return roots;
}

function Tree({ nodes, onOpen }: { nodes: TreeNode[]; onOpen: (path: string) => void }) {
  return (
    <ul className="tree">
      {nodes.map((n) => (
        <li key={n.path}>
          {n.type === 'directory' ? (
            <details open>
              <summary><Icon name="folder" size={14} /> {n.name}</summary>
              {n.children && <Tree nodes={n.children} onOpen={onOpen} />}
            </details>
          ) : (
            <button type="button" className="link" onClick={() => onOpen(n.path)}><Icon name="file" size={14} /> {n.name}</button>
          )}
        </li>
      ))}
    </ul>
  );
}

const PREVIEW_LIMIT = 256 * 1024;

/** Sandbox status, the workspace tree (from the sandbox when available) and the session's files, with a preview. */
export function FilesPanel({ status, sandboxUnavailable, tree, files, content, onOpenPath }: Props) {
  const [preview, setPreview] = useState<{ name: string; kind: 'text' | 'image'; body: string } | null>(null);
  useEffect(() => {
    if (content) setPreview({ name: content.path, kind: 'text', body: content.content });
  }, [content]);

  const openFile = async (file: SessionFile) => {
    if (file.content_type.startsWith('image/')) {
      setPreview({ name: file.name, kind: 'image', body: storageUrl(file.url) });
      return;
    }
    if (file.size > PREVIEW_LIMIT || !/^text\/|json|xml|javascript|csv|markdown/.test(file.content_type)) {
      setPreview({ name: file.name, kind: 'text', body: `No preview for ${file.content_type} (${file.size} bytes). Use Download.` });
      return;
    }
    try {
      const response = await fetch(storageUrl(file.url));
      setPreview({ name: file.name, kind: 'text', body: await response.text() });
    } catch {
      setPreview({ name: file.name, kind: 'text', body: 'Could not load the file.' });
    }
  };

  const statusText = status ?? (sandboxUnavailable ? 'not available on this server' : 'not started');
  return (
    <section className="panel files-panel" aria-labelledby="files-title">
      <h2 id="files-title">Workspace</h2>
      <p>Sandbox: <span data-testid="sandbox-status" data-status={status ?? (sandboxUnavailable ? 'unavailable' : 'none')}
        className={`badge status-${status ?? 'none'}`}>{statusText}</span></p>
      <div data-testid="file-tree" className="file-tree">
        {tree && tree.length > 0 && <Tree nodes={tree} onOpen={onOpenPath} />}
        {files.length > 0 && (
          <>
            <h3>Session files</h3>
            <ul className="tree">
              {files.map((f) => (
                <li key={f.id}>
                  <button type="button" className="link" onClick={() => openFile(f)}><Icon name="file" size={14} /> {f.name}</button>
                  {' '}<a href={storageUrl(f.url)} download={f.name} className="muted small">Download</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {(!tree || tree.length === 0) && files.length === 0 && <p className="muted">No files yet.</p>}
      </div>
      {preview && (
        <div className="preview" data-testid="file-preview">
          <div className="row"><strong>{preview.name}</strong><span className="spacer" />
            <button type="button" className="icon" aria-label="Close preview" onClick={() => setPreview(null)}>×</button></div>
          {preview.kind === 'image' ? <img src={preview.body} alt={preview.name} /> : <pre>{preview.body}</pre>}
        </div>
      )}
    </section>
  );
}
