// The emailed link that lets an account's owner past the account-wide login ceiling. The token is random (256
// bits), kept in Redis only as its hash, expires with the link and works once: redeeming it deletes it.
import type { Redis } from "ioredis";
import { generateToken, hashToken } from "../auth/secure-tokens.js";
import { askRedis } from "./limit-errors.js";
import type { LoginThrottle } from "./login-throttle.js";
import { unlockLinkSeconds } from "./rate-limits.js";

export class SignInUnlocks {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly throttle: LoginThrottle,
  ) {}

  /** A new unlock token for the account (`accountKey`); earlier ones keep working until they expire or are used. */
  async issue(account: string): Promise<string> {
    const token = generateToken();
    await askRedis(() => this.redis.set(this.key(token), account, "EX", unlockLinkSeconds));
    return token;
  }

  /** Whether the token would still unlock (the link's page shows its button only then). */
  async isUsable(token: string): Promise<boolean> {
    return (await askRedis(() => this.redis.exists(this.key(token)))) === 1;
  }

  /**
   * Spends the token: the address that redeemed it may log in to the account past the account-wide ceiling for
   * as long as the link was valid. False when the token is unknown, expired or already used.
   */
  async redeem(token: string, address: string): Promise<boolean> {
    const account = await askRedis(() => this.redis.getdel(this.key(token)));
    if (account === null) return false;
    await this.throttle.trustAddress({ account, address }, unlockLinkSeconds);
    return true;
  }

  private key(token: string): string {
    return `${this.prefix}:login:unlock:${hashToken(token)}`;
  }
}
