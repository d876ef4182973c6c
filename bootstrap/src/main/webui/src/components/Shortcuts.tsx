import { useEffect, useRef } from 'react';
import { t } from '../i18n';

/** The keyboard shortcuts (also listed in the help dialog and docs/ui.md). */
export const SHORTCUTS = [
  { keys: ['Alt', 'Shift', 'N'], what: 'shortcuts.new' },
  { keys: ['/'], what: 'shortcuts.focus' },
  { keys: ['Esc'], what: 'shortcuts.stop' },
  { keys: ['?'], what: 'shortcuts.help' },
] as const;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Global keys: Alt+Shift+N opens the new-session screen, "/" focuses the message box, Esc stops the
 * running agent (presses the visible Stop), "?" opens the help. "/" and "?" do nothing while typing.
 */
export function useShortcuts(actions: { newSession: () => void; help: () => void }) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey) return;
      if (e.altKey && e.shiftKey && e.code === 'KeyN') {
        e.preventDefault();
        latest.current.newSession();
        return;
      }
      if (e.altKey) return;
      if (e.key === 'Escape') {
        if (document.querySelector('dialog[open]')) return; // the dialog closes itself
        const stop = document.querySelector<HTMLButtonElement>('[data-testid=composer-stop]');
        if (stop && !stop.disabled) { e.preventDefault(); stop.click(); }
        return;
      }
      if (typing(e.target)) return;
      if (e.key === '/') {
        const box = document.querySelector<HTMLTextAreaElement>('#composer-input, #home-prompt');
        if (box) { e.preventDefault(); box.focus(); }
      } else if (e.key === '?') {
        e.preventDefault();
        latest.current.help();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The shortcut list in a modal <dialog> (focus stays inside; Esc or Close ends it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" data-testid="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td>{s.keys.map((k, i) => <span key={k}>{i > 0 && ' + '}<kbd>{k}</kbd></span>)}</td>
              <td>{t(s.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" data-testid="shortcuts-close" onClick={onClose} autoFocus>{t('shortcuts.close')}</button>
    </dialog>
  );
}
