// The response headers every page carries. The CSP allows only this origin's files and the inline scripts Next
// writes with this response's nonce ('strict-dynamic' lets those load the chunks they need); nothing may frame
// the site. Access control is not here: the API decides who sees what.

export interface SecurityHeaderOptions {
  nonce: string;
  /** `next dev` needs eval for React's error overlays. */
  development: boolean;
  /** Served over HTTPS on a real host: HSTS and upgrading stray http:// subresources make sense. */
  secureOrigin: boolean;
}

export function contentSecurityPolicy({ nonce, development, secureOrigin }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // `next dev` injects its CSS as <style> elements without a nonce (and a nonce would disable
    // 'unsafe-inline'); built pages load stylesheets from 'self' only.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // Inline style attributes (positioning from radix primitives) cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(secureOrigin ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.secureOrigin ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** HTTPS on a host that is not this machine (localhost and 127.x never get HSTS: it would stick to them). */
export function isSecureOrigin(url: URL): boolean {
  return url.protocol === "https:" && !/^(localhost|127\.[\d.]+|\[::1\])$/.test(url.hostname);
}

/** A fresh unguessable nonce per response (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
