import { describe, expect, it } from "vitest";
import { keptFresh } from "../lib/kept-fresh";

/** A loader whose calls the test resolves or rejects one by one. */
function controlledLoader() {
  const calls: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

/** A kept value that has loaded "v1" at time 0; `clock.time` moves the test's clock. */
async function loadedOnce() {
  const clock = { time: 0 };
  const { load, calls } = controlledLoader();
  const get = keptFresh(load, { ttlMs: 1000, retryMs: 100, now: () => clock.time });
  const first = get();
  calls[0]?.resolve("v1");
  await first;
  return { get, calls, clock };
}

describe("keptFresh", () => {
  it("loads once and serves the kept value to later callers", async () => {
    const { load, calls } = controlledLoader();
    const get = keptFresh(load, { ttlMs: 1000, retryMs: 100, now: () => 0 });
    const first = get();
    const second = get();
    calls[0]?.resolve("v1");
    expect(await first).toBe("v1");
    expect(await second).toBe("v1");
    expect(calls).toHaveLength(1);
  });

  it("serves the old value while a refresh loads, then the new one", async () => {
    const { get, calls, clock } = await loadedOnce();
    clock.time = 1000;
    // Due: a refresh starts, but this caller does not wait for it.
    expect(await get()).toBe("v1");
    expect(calls).toHaveLength(2);
    // Still loading: no second refresh.
    expect(await get()).toBe("v1");
    expect(calls).toHaveLength(2);
    calls[1]?.resolve("v2");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await get()).toBe("v2");
  });

  it("keeps the old value when a refresh fails and tries again after the retry delay", async () => {
    const { get, calls, clock } = await loadedOnce();
    clock.time = 1000;
    await get();
    calls[1]?.reject(new Error("API down"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await get()).toBe("v1");
    expect(calls).toHaveLength(2);
    clock.time = 1100;
    expect(await get()).toBe("v1");
    expect(calls).toHaveLength(3);
  });

  it("does not keep a failed first load: the next caller loads again", async () => {
    const { load, calls } = controlledLoader();
    const get = keptFresh(load, { ttlMs: 1000, retryMs: 100, now: () => 0 });
    const first = get();
    calls[0]?.reject(new Error("API down"));
    await expect(first).rejects.toThrow("API down");
    const second = get();
    expect(calls).toHaveLength(2);
    calls[1]?.resolve("v1");
    expect(await second).toBe("v1");
  });
});
