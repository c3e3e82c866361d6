// Login throttling, keyed so that an attacker cannot lock the owner out:
// - per account and address: a few free failures, then a doubling wait before each further try (loginDelays);
// - per address across accounts: a ceiling on failures (password spraying);
// - per account across addresses: a ceiling on failures that holds back only addresses the account never signed
//   in from. The owner's known addresses still get in; from a new address the owner uses the emailed unlock link.
// Every try counts as a failure when it is let through and a successful login takes it back, so concurrent tries
// cannot slip past a limit while their passwords are being checked. One script decides and counts atomically, so
// the limits hold across API processes.
import type { Redis } from "ioredis";
import { askRedis, RateLimitedError } from "./limit-errors.js";
import { knownAddressSeconds, loginDelays, rateLimits } from "./rate-limits.js";
import { RedisScript } from "./redis-script.js";

/** One login try: which account (`accountKey`) from which address (`addressKey`). */
export interface LoginSubject {
  account: string;
  address: string;
}

export type LoginAdmission =
  | { admitted: true }
  | {
      admitted: false;
      refusal: RateLimitedError;
      /** The account-wide ceiling has just started refusing this account: email its owner the unlock link. */
      notifyOwner: boolean;
    };

const admitScript = new RedisScript(
  `
local now = tonumber(ARGV[1])
local function count(key) return tonumber(redis.call('GET', key) or '0') end
local function remaining(key, fallback)
  local ttl = redis.call('PTTL', key)
  if ttl > 0 then return ttl end
  return fallback
end
if count(KEYS[1]) >= tonumber(ARGV[2]) then
  return {'address', remaining(KEYS[1], tonumber(ARGV[3])), 0}
end
if redis.call('EXISTS', KEYS[4]) == 0 and count(KEYS[2]) >= tonumber(ARGV[4]) then
  local wait = remaining(KEYS[2], tonumber(ARGV[5]))
  local first = redis.call('SET', KEYS[5], '1', 'NX', 'PX', wait)
  return {'account', wait, first and 1 or 0}
end
local failures = tonumber(redis.call('HGET', KEYS[3], 'failures') or '0')
local nextAt = tonumber(redis.call('HGET', KEYS[3], 'nextAt') or '0')
if now < nextAt then return {'pair', nextAt - now, 0} end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if redis.call('INCR', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[5]) end
failures = failures + 1
local free = tonumber(ARGV[6])
if failures >= free then
  local delay = math.min(tonumber(ARGV[7]) * 2 ^ (failures - free), tonumber(ARGV[8]))
  redis.call('HSET', KEYS[3], 'failures', failures, 'nextAt', now + delay)
else
  redis.call('HSET', KEYS[3], 'failures', failures)
end
redis.call('PEXPIRE', KEYS[3], ARGV[9])
return {'ok', 0, 0}
`,
  5,
);

const succeededScript = new RedisScript(
  `
for i = 1, 2 do
  local value = tonumber(redis.call('GET', KEYS[i]) or '0')
  if value > 0 then redis.call('DECR', KEYS[i]) end
end
redis.call('DEL', KEYS[3])
redis.call('SET', KEYS[4], '1', 'PX', ARGV[1])
return 1
`,
  4,
);

const trustScript = new RedisScript(
  `
redis.call('DEL', KEYS[1])
if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[2], '1', 'PX', ARGV[1]) end
return 1
`,
  2,
);

export class LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Decides whether this try may check a password, and counts it as a failure until `succeeded` says otherwise. */
  async admit(subject: LoginSubject, now: Date): Promise<LoginAdmission> {
    const keys = this.keys(subject);
    const perAddress = rateLimits.loginFailuresPerAddress;
    const perAccount = rateLimits.loginFailuresPerAccount;
    const reply = (await askRedis(() =>
      admitScript.run(
        this.redis,
        [
          keys.addressFailures,
          keys.accountFailures,
          keys.pairFailures,
          keys.knownAddress,
          keys.ownerNotified,
        ],
        [
          now.getTime(),
          perAddress.max,
          perAddress.windowSeconds * 1000,
          perAccount.max,
          perAccount.windowSeconds * 1000,
          loginDelays.freeFailures,
          loginDelays.firstDelayMs,
          loginDelays.maxDelayMs,
          loginDelays.memorySeconds * 1000,
        ],
      ),
    )) as [string, number, number];
    const [verdict, waitMs, notify] = reply;
    const seconds = Math.max(1, Math.ceil(Number(waitMs) / 1000));
    switch (verdict) {
      case "ok":
        return { admitted: true };
      case "address":
        return {
          admitted: false,
          notifyOwner: false,
          refusal: new RateLimitedError(
            "loginFailuresPerAddress",
            seconds,
            `Too many failed logins from your address; try again in ${seconds} seconds`,
          ),
        };
      case "account":
        return {
          admitted: false,
          notifyOwner: Number(notify) === 1,
          refusal: new RateLimitedError(
            "loginFailuresPerAccount",
            seconds,
            "Too many failed logins to this account from many addresses, so it only accepts logins from " +
              `addresses it used before for ${seconds} seconds. The account's owner has been emailed a link ` +
              "that lets them log in from here",
          ),
        };
      default:
        return {
          admitted: false,
          notifyOwner: false,
          refusal: new RateLimitedError(
            loginDelays.name,
            seconds,
            `Too many failed logins to this account from your address; wait ${seconds} seconds`,
          ),
        };
    }
  }

  /** The password was right: takes back the try's failure counts and remembers the address for the account. */
  async succeeded(subject: LoginSubject): Promise<void> {
    const keys = this.keys(subject);
    await askRedis(() =>
      succeededScript.run(
        this.redis,
        [keys.addressFailures, keys.accountFailures, keys.pairFailures, keys.knownAddress],
        [knownAddressSeconds * 1000],
      ),
    );
  }

  /**
   * The owner proved they read the account's email (the unlock link) from this address: it may log in past the
   * account-wide ceiling for `seconds`, and its own earlier failures are forgotten.
   */
  async trustAddress(subject: LoginSubject, seconds: number): Promise<void> {
    const keys = this.keys(subject);
    await askRedis(() =>
      trustScript.run(this.redis, [keys.pairFailures, keys.knownAddress], [seconds * 1000]),
    );
  }

  private keys({ account, address }: LoginSubject) {
    const base = `${this.prefix}:login`;
    return {
      addressFailures: `${base}:failures:address:${address}`,
      accountFailures: `${base}:failures:account:${account}`,
      pairFailures: `${base}:failures:pair:${account}:${address}`,
      knownAddress: `${base}:known:${account}:${address}`,
      ownerNotified: `${base}:owner-notified:${account}`,
    };
  }
}
