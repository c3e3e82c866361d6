// The write gathering behind stored idempotent responses: nothing waits when alone, later arrivals share the next
// statement, and a failed write fails only the callers whose items it carried.
import { describe, expect, it } from "vitest";
import { gatheredWrites } from "../../src/plugins/gathered-writes.js";

/** A write whose completion the test controls, recording each batch it was given. */
function controlledWrite() {
  const batches: string[][] = [];
  const finishers: ((error?: Error) => void)[] = [];
  const write = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items);
      finishers.push((error) => (error ? reject(error) : resolve()));
    });
  const finishNext = async (error?: Error) => {
    finishers.shift()?.(error);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, write, finishNext };
}

describe("gathered writes", () => {
  it("writes a lone item at once, and gathers the items that arrive meanwhile into the next write", async () => {
    const { batches, write, finishNext } = controlledWrite();
    const writes = gatheredWrites(write, { maxBatch: 10 });
    const first = writes.add("a");
    expect(batches).toEqual([["a"]]);
    const later = [writes.add("b"), writes.add("c"), writes.add("d")];
    expect(batches).toHaveLength(1);
    await finishNext();
    await first;
    expect(batches).toEqual([["a"], ["b", "c", "d"]]);
    await finishNext();
    await Promise.all(later);
    await writes.drained();
    writes.add("e");
    expect(batches.at(-1)).toEqual(["e"]);
  });

  it("never puts more than maxBatch items in one write", async () => {
    const { batches, write, finishNext } = controlledWrite();
    const writes = gatheredWrites(write, { maxBatch: 2 });
    const all = ["a", "b", "c", "d", "e"].map((item) => writes.add(item));
    for (let i = 0; i < 3; i++) await finishNext();
    await Promise.all(all);
    expect(batches).toEqual([["a"], ["b", "c"], ["d", "e"]]);
  });

  it("rejects only the callers whose write failed, and goes on with the others", async () => {
    const { write, finishNext } = controlledWrite();
    const writes = gatheredWrites(write, { maxBatch: 10 });
    const first = writes.add("a").catch((error: Error) => error.message);
    const second = writes.add("b");
    await finishNext(new Error("connection lost"));
    expect(await first).toBe("connection lost");
    await finishNext();
    await expect(second).resolves.toBeUndefined();
    await writes.drained();
  });
});
