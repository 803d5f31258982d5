/** Counted nouns for CLI messages: `counted(1, 'concept')` -> "1 concept", `counted(2, 'alias', 'aliases')`. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
