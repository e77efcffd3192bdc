/** src/share is pure: no clock, no randomness, no React, no DOM beyond the standard stream and text APIs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = readdirSync('src/share').filter((f) => f.endsWith('.ts')).map((f) => join('src/share', f));

const FORBIDDEN: Array<[RegExp, string]> = [
  [/Date\.now\s*\(|new\s+Date\s*\(|\bperformance\.now\s*\(/, 'reads the clock'],
  [/\bMath\.random\s*\(|crypto\./, 'is not deterministic'],
  [/from\s+['"]react(-dom)?['"/]/, 'imports React'],
  [/\b(window|document|location|history|localStorage|sessionStorage|navigator|globalThis)(\.[A-Za-z_]|\[)/, 'touches the DOM'],
  [/\b(pako|fflate|Buffer|require)\b/, 'uses something other than the standard CompressionStream'],
];

describe('src/share is pure', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThanOrEqual(3));
  for (const file of files) {
    it(file, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [re, why] of FORBIDDEN) expect(re.test(code), `${file} ${why}`).toBe(false);
    });
  }
});
