// A process-wide limit on ledgered emails in flight (from the SMTP conversation to the ledger commit). Batch jobs
// prepare several recipients at once, but only this many sends are ever between "accepted by SMTP" and "marked
// sent": the most a killed worker can leave to be sent again, whatever the number of jobs running.
export interface SendSlots {
  readonly size: number;
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSendSlots(size: number): SendSlots {
  let busy = 0;
  const waiting: (() => void)[] = [];
  return {
    size,
    async run(task) {
      if (busy >= size) await new Promise<void>((resolve) => waiting.push(resolve));
      else busy++;
      try {
        return await task();
      } finally {
        // Hand the slot straight to the next waiter, or free it.
        const next = waiting.shift();
        if (next) next();
        else busy--;
      }
    },
  };
}
