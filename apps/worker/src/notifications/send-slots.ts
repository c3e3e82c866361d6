// A process-wide limit on ledgered emails in flight (from the SMTP conversation to the ledger commit). Batch jobs
// prepare several recipients at once, but only this many sends are ever between "accepted by SMTP" and "marked
// sent": the most a killed worker can leave to be sent again, whatever the number of jobs running.
export interface SendSlots {
  readonly size: number;
  run<T>(task: () => Promise<T>): Promise<T>;
  /**
   * Runs a task that sends `count` emails at once and marks them together (a digest send wave): it holds `count`
   * slots from its first SMTP conversation to its commit. The slots are taken all at once, never some now and the
   * rest later, so two waves can never each hold part of what the other waits for.
   */
  runMany<T>(count: number, task: () => Promise<T>): Promise<T>;
}

export function createSendSlots(size: number): SendSlots {
  let free = size;
  // First come, first served: a wave waiting for several slots is not overtaken by single sends forever.
  const waiting: { count: number; resolve: () => void }[] = [];
  const grant = () => {
    for (let first = waiting[0]; first && first.count <= free; first = waiting[0]) {
      waiting.shift();
      free -= first.count;
      first.resolve();
    }
  };
  const runMany = async <T>(requested: number, task: () => Promise<T>): Promise<T> => {
    const count = Math.min(Math.max(1, requested), size);
    if (waiting.length === 0 && free >= count) free -= count;
    else await new Promise<void>((resolve) => waiting.push({ count, resolve }));
    try {
      return await task();
    } finally {
      free += count;
      grant();
    }
  };
  return { size, run: (task) => runMany(1, task), runMany };
}
