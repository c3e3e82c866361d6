// Where login sends a person back to: only a path on this site. Anything else — another host (`//evil.example`,
// `https://evil.example`), a backslash that browsers read as a slash, a scheme, control characters — falls back to
// the account's home, so a login link can never be turned into a redirect elsewhere.

export const accountHome = "/settings/notifications";

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000) return accountHome;
  if (
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\") ||
    hasControlCharacter(value)
  ) {
    return accountHome;
  }
  const base = "http://return-to.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return accountHome;
  return `${url.pathname}${url.search}${url.hash}`;
}
