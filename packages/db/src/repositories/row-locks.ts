/** Postgres `lock_not_available`: a `FOR UPDATE NOWAIT` found the row locked by another transaction. */
export function isLockNotAvailable(error: unknown): boolean {
  // Drizzle wraps driver errors in DrizzleQueryError, with the driver's error as `cause`.
  const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
  return code === "55P03";
}
