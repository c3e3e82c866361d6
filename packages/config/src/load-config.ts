import type { z } from "zod";

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid environment:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join("\n")}\n` +
        "See .env.example for every variable and its meaning.",
    );
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/**
 * Parses the environment with a process's schema. Empty strings count as unset, so `FOO=` in a .env file falls
 * back to the default instead of failing as a malformed value.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.infer<S> {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.join(".") || "(environment)",
      message:
        issue.code === "invalid_type" && issue.input === undefined
          ? "is required but not set"
          : issue.message,
    })),
  );
}

/** For process entry points: prints the problems and exits instead of throwing a stack trace at the operator. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S, env: Env = process.env): z.infer<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Loads `.env` from the working directory into the environment when the file exists (Node's own parser). */
export function loadDotEnvIfPresent(path = ".env"): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** The environment as given to this process, for handing on to child processes. */
export function currentEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}
