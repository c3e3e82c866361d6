// Who a limit counts. Keys never carry an email address in clear (Redis keys outlive the account and show up in
// monitoring), and an IPv6 client is counted by its /64 network, because one subscriber holds all of it.
import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/** An account as limits count it: a hash of its normalised (lower-case) email address. */
export function accountKey(email: string): string {
  return `a-${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

/** A client address as limits count it: IPv4 as is (also when written IPv4-mapped), IPv6 by its /64 prefix. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros ("2001:db8::1" → 2001, db8, 0, …, 1). */
function expandIPv6(ip: string): string[] {
  const withoutZone = ip.split("%")[0] ?? ip;
  const [head = "", tail] = withoutZone.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array.from({ length: missing }, () => "0"), ...tailGroups];
  return groups.map((group) => Number.parseInt(group, 16).toString(16));
}
