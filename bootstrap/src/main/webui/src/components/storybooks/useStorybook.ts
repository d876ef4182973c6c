import { useEffect, useState } from 'react';
import { ApiError, errorText } from '../../api/http';
import { pageAssets, Storybooks, type Storybook, type StorybookProgress } from '../../api/storybooks';

/** How often a book still being made is asked for its progress. */
const POLL_MS = 1000;

export interface LoadedStorybook {
  book: Storybook | null;
  progress: StorybookProgress | null;
  /** asset id → a URL the browser can load (signed links, or the public book's asset route). */
  urls: Record<string, string>;
  error: string | null;
  missing: boolean;
}

/**
 * One storybook version (own or published) with its pages; while the book is being made, its progress is followed
 * through the progress stream (polled when the stream fails or ends early) and the book read again whenever another
 * page is done, so the reader fills in page by page.
 */
export function useStorybook(id: string, publicView: boolean): LoadedStorybook {
  const [book, setBook] = useState<Storybook | null>(null);
  const [progress, setProgress] = useState<StorybookProgress | null>(null);
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pagesSeen = -1;
    const stop = new AbortController();
    setBook(null); setProgress(null); setError(null); setMissing(false);
    let reads = 0;
    const load = async () => {
      const read = ++reads; // stream events may start reads that overlap: only the newest is shown
      const found = await (publicView ? Storybooks.getPublic(id) : Storybooks.get(id));
      if (!live || read !== reads) return;
      const shown = publicView ? Storybooks.publicAssetUrls(found) : await Storybooks.assetUrls(pageAssets(found));
      if (!live || read !== reads) return;
      setBook(found);
      setUrls(shown);
      return found;
    };
    const show = (now: StorybookProgress) => {
      if (!live) return;
      setProgress(now);
      if (now.pages_done !== pagesSeen || now.finished) {
        pagesSeen = now.pages_done;
        void load().catch(fail);
      }
    };
    const poll = async () => {
      const now = await Storybooks.progress(id);
      show(now);
      if (!now.finished && live) timer = setTimeout(() => void poll().catch(fail), POLL_MS);
    };
    // the stream first; polling takes over when it is refused, breaks or ends before the book is finished
    const follow = () => Storybooks.followProgress(id, show, stop.signal).catch(() => false)
      .then((finished) => { if (!finished && live) return poll(); });
    const fail = (e: unknown) => {
      if (!live) return;
      if (e instanceof ApiError && e.status === 404) setMissing(true);
      setError(errorText(e));
    };
    load().then((found) => { if (found && !publicView && found.status === 'generating') return follow(); })
      .catch(fail);
    return () => { live = false; stop.abort(); if (timer) clearTimeout(timer); };
  }, [id, publicView]);

  return { book, progress, urls, error, missing };
}
