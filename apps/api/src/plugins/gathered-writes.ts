// Gathers writes that may share a statement: the first goes at once, and those that arrive while a write is under
// way go together in the next one. Alone, nothing waits; under load, one round trip (one socket write, one
// statement for the database to run) serves many callers. Each caller learns whether its own write made it.

export interface GatheredWrites<T> {
  /** Resolves once the write that carried `item` has finished; rejects with that write's error. */
  add(item: T): Promise<void>;
  /** Resolves when nothing is waiting or being written (before closing what `write` uses). */
  drained(): Promise<void>;
}

interface Waiting<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function gatheredWrites<T>(
  write: (items: T[]) => Promise<void>,
  options: { maxBatch: number },
): GatheredWrites<T> {
  let waiting: Waiting<T>[] = [];
  let writing: Promise<void> | undefined;

  const writeAll = async () => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, options.maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        await write(batch.map((entry) => entry.item));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    writing = undefined;
  };

  return {
    add(item) {
      const done = new Promise<void>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
      });
      writing ??= writeAll();
      return done;
    },
    async drained() {
      while (writing) await writing;
    },
  };
}
