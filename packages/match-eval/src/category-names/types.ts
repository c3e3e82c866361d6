/** A category name as written, then the taxonomy code(s) a sourcing manager would file it under. */
export type CategoryNameCase = readonly [text: string, ...expected: string[]];
