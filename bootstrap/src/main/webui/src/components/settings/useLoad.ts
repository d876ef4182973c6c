import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../api/http';
import { useToasts } from '../Toasts';

/** Loads something once and on `reload()`; errors become toasts. */
export function useLoad<T>(load: () => Promise<T>, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const toasts = useToasts();
  const reload = useCallback(() => {
    load().then(setValue).catch((e) => toasts.show('error', errorText(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(reload, [reload]);
  return [value, reload] as const;
}

/** Runs an action, reports its error as a toast, and says whether it worked. */
export function useAction() {
  const toasts = useToasts();
  return useCallback(async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) toasts.show('info', done);
      return true;
    } catch (e) {
      toasts.show('error', errorText(e));
      return false;
    }
  }, [toasts]);
}
