// A value loaded once per process and refreshed in the background: after `ttlMs` the kept value is still served
// while a fresh one loads, so no caller waits for the refresh; only the first load (or one after a failed first
// load) is waited for. A failed refresh keeps the old value and is tried again after `retryMs`.

export function keptFresh<T>(
  load: () => Promise<T>,
  { ttlMs, retryMs, now = Date.now }: { ttlMs: number; retryMs: number; now?: () => number },
): () => Promise<T> {
  let kept: { value: Promise<T>; refreshAt: number } | undefined;
  return () => {
    if (!kept) {
      const entry = { value: load(), refreshAt: now() + ttlMs };
      kept = entry;
      // A failed first load is not kept: the next caller loads again.
      entry.value.catch(() => {
        if (kept === entry) kept = undefined;
      });
    } else if (now() >= kept.refreshAt) {
      const entry = kept;
      // One refresh at a time: the next is due only if this one fails.
      entry.refreshAt = now() + retryMs;
      const value = load();
      value.then(
        () => {
          if (kept === entry) kept = { value, refreshAt: now() + ttlMs };
        },
        () => {},
      );
    }
    return kept.value;
  };
}
