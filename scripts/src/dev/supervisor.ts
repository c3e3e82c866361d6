// Stops everything the runner started, exactly once: the apps first, then the services they were using.
import { describeExit, type ExitStatus } from "@ketnoi/local-services";

export type Tier = "apps" | "services";

interface Stoppable {
  name: string;
  stop(): Promise<unknown>;
}

export class Supervisor {
  readonly #tiers: Record<Tier, Stoppable[]> = { apps: [], services: [] };
  /** Things that finished starting while the shutdown was already under way. */
  readonly #late: Promise<unknown>[] = [];
  #shutdown: Promise<never> | undefined;

  constructor(private readonly log: (message: string) => void) {}

  get stopping(): boolean {
    return this.#shutdown !== undefined;
  }

  /** Registers something to stop at shutdown, and treats its exit before then as a failure of the whole run. */
  manage(tier: Tier, item: Stoppable & { exited: Promise<ExitStatus> }): void {
    if (this.stopping) {
      this.#late.push(item.stop().catch(() => undefined));
      return;
    }
    this.#tiers[tier].push(item);
    void item.exited.then((status) => {
      if (this.stopping) return;
      this.log(`${item.name} ${describeExit(status)} unexpectedly; stopping everything.`);
      void this.shutdown(1);
    });
  }

  shutdown(exitCode: number): Promise<never> {
    this.#shutdown ??= this.#stopAll().then(() => {
      this.log(exitCode === 0 ? "everything stopped." : `everything stopped; exiting with code ${exitCode}.`);
      process.exit(exitCode);
    });
    return this.#shutdown;
  }

  async #stopAll(): Promise<void> {
    for (const tier of ["apps", "services"] as const) {
      const results = await Promise.allSettled(this.#tiers[tier].map((item) => item.stop()));
      results.forEach((result, i) => {
        if (result.status === "rejected")
          this.log(`could not stop ${this.#tiers[tier][i]?.name}: ${result.reason}`);
      });
    }
    await Promise.all(this.#late);
  }
}
