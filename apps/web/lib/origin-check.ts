// CSRF: a request that changes something (any method but GET, HEAD, OPTIONS) must come from a page of ours.
// Browsers send Origin with every such request, and a page elsewhere cannot forge it; requests without one
// (curl, a scanner) are refused too. The session cookie is SameSite=Lax, so this is the second lock, and the one
// that also covers route handlers (Next checks Origin for server actions only).

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutation(method: string): boolean {
  return !safeMethods.has(method.toUpperCase());
}

/** Our origins: the public address, and the address the request itself was sent to (`next dev` on another host). */
export function allowedOrigins(publicUrl: string, requestOrigin: string): Set<string> {
  return new Set([new URL(publicUrl).origin, requestOrigin]);
}

export function isSameSiteMutation(origin: string | null, allowed: Set<string>): boolean {
  return origin !== null && allowed.has(origin);
}
