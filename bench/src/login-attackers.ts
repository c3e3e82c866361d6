// A child process of the security bench: the attackers, each guessing the account's password from its own address
// without pause, until told to stop; then it reports how the API answered. It runs apart from the process that
// times the owner's logins, so the owner's figures are the API's, not the attackers' own event loop.

export interface AttackerOrders {
  apiUrl: string;
  email: string;
  attackers: number;
}

const outcomes = new Map<string, number>();
let attacking = true;

async function attack({ apiUrl, email }: AttackerOrders, index: number): Promise<void> {
  const address = `10.50.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  for (let guess = 0; attacking; guess++) {
    const response = await fetch(`${apiUrl}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ email, password: `wrong guess ${guess}` }),
    });
    const body = (await response.json()) as { limit?: string };
    const outcome = response.status === 429 ? `429 ${body.limit}` : String(response.status);
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
}

let attacks: Promise<void>[] = [];
process.on("message", async (message: { start?: AttackerOrders; stop?: true }) => {
  if (message.start) {
    const orders = message.start;
    attacks = Array.from({ length: orders.attackers }, (_, i) => attack(orders, i));
    process.send?.("started");
  }
  if (message.stop) {
    attacking = false;
    await Promise.all(attacks);
    process.send?.(Object.fromEntries(outcomes), () => process.exit(0));
  }
});
