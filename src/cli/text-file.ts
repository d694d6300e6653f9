import { readFileSync } from 'node:fs';

/** UTF-8 text without the byte-order mark some Windows editors write, which JSON.parse rejects. */
export function readTextFile(absolute: string): string {
  const text = readFileSync(absolute, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
