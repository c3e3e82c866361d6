/** Prints where everything is, in a box, once the API accepts connections. */
export function printBanner(options: { mode: string; rows: [label: string, value: string][] }): void {
  const title = `Kết Nối is running (${options.mode})`;
  const labelWidth = Math.max(...options.rows.map(([label]) => label.length));
  const lines = [
    title,
    "",
    ...options.rows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value}`),
    "",
    "Ctrl-C stops everything.",
  ];
  // Code points, not UTF-16 units; the Vietnamese title is normalised so each letter is one code point.
  const width = (text: string) => [...text.normalize("NFC")].length;
  const inner = Math.max(...lines.map(width));
  const out = [
    `┌${"─".repeat(inner + 2)}┐`,
    ...lines.map((line) => `│ ${line.normalize("NFC")}${" ".repeat(inner - width(line))} │`),
    `└${"─".repeat(inner + 2)}┘`,
  ];
  process.stdout.write(`\n${out.join("\n")}\n\n`);
}
