import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'error' | 'info';
interface Toast { id: number; kind: ToastKind; text: string }
interface ToastApi { show: (kind: ToastKind, text: string) => void }

const Context = createContext<ToastApi>({ show: () => undefined });

/** What the person should read now: errors stay until dismissed or for 8 s, info for 4 s. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((kind: ToastKind, text: string) => {
    const id = next.current++;
    setToasts((all) => [...all.filter((t) => t.text !== text), { id, kind, text }].slice(-4));
    setTimeout(() => dismiss(id), kind === 'error' ? 8000 : 4000);
  }, [dismiss]);
  const value = useMemo(() => ({ show }), [show]);
  return (
    <Context.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast" data-kind={t.kind} role={t.kind === 'error' ? 'alert' : undefined}>
            <span>{t.text}</span>
            <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismiss(t.id)}>×</button>
          </div>
        ))}
      </div>
    </Context.Provider>
  );
}

export const useToasts = () => useContext(Context);
