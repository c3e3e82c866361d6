/** Writes a child's output lines under a fixed-width tag, so interleaved lines from several processes stay readable. */
export function taggedOutput(tag: string): (line: string, stream?: "stdout" | "stderr") => void {
  const prefix = `[${tag}]`.padEnd(9);
  return (line, stream) => {
    if (stream === "stderr") process.stderr.write(`${prefix}${line}\n`);
    else process.stdout.write(`${prefix}${line}\n`);
  };
}

const devOutput = taggedOutput("dev");

/** The runner's own messages; multi-line ones (several start-up failures) get the tag on every line. */
export function runnerLog(message: string): void {
  for (const line of message.split("\n")) devOutput(line);
}
