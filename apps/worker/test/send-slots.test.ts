// The send slots bound the ledgered emails in flight in a process, waves of several included, and a wave waiting
// for several slots neither deadlocks with another wave nor waits forever behind single sends.
import { describe, expect, it } from "vitest";
import { createSendSlots } from "../src/notifications/send-slots.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("send slots", () => {
  it("never has more emails in flight than slots, however waves and single sends mix", async () => {
    const slots = createSendSlots(8);
    let inFlight = 0;
    let most = 0;
    const task = (count: number) => async () => {
      inFlight += count;
      most = Math.max(most, inFlight);
      await tick();
      inFlight -= count;
      return count;
    };
    const runs = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? slots.run(task(1)) : slots.runMany(i % 2 === 0 ? 4 : 8, task(i % 2 === 0 ? 4 : 8)),
    );
    await Promise.all(runs);
    expect(most).toBeLessThanOrEqual(8);
    expect(most).toBeGreaterThan(4);
  });

  it("serves a waiting wave before single sends that came after it", async () => {
    const slots = createSendSlots(4);
    const order: string[] = [];
    const held = slots.runMany(3, async () => {
      await tick();
      order.push("first wave");
    });
    const wave = slots.runMany(4, async () => {
      order.push("second wave");
    });
    const single = slots.run(async () => {
      order.push("single");
    });
    await Promise.all([held, wave, single]);
    expect(order).toEqual(["first wave", "second wave", "single"]);
  });
});
