/**
 * The rules module is pure: no clock, no DOM, no React. The compiler enforces the DOM part
 * (src/rules/tsconfig.json has no DOM lib); this test enforces the rest and checks that config.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = ['src/rules', 'src/intake', 'src/timeline'];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);

const FORBIDDEN: Array<[RegExp, string]> = [
  [/Date\.now\s*\(/, 'Date.now() reads the clock'],
  [/new\s+Date\s*\(\s*\)/, 'new Date() without arguments reads the clock'],
  [/\bperformance\.now\s*\(/, 'performance.now() reads the clock'],
  [/\bMath\.random\s*\(/, 'Math.random() makes the result impure'],
  [/from\s+['"]react(-dom)?['"/]/, 'React has no place in the rules'],
  [/\b(window|document|localStorage|sessionStorage|navigator|globalThis)(\.[A-Za-z_]|\[)/, 'the DOM has no place in the rules'],
  [/new\s+Date\s*\(\s*['"`]/, 'new Date("YYYY-MM-DD") is read as UTC and shown a day early in U.S. zones'],
];

describe('src/rules, src/intake and src/timeline are pure', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s reads no clock, DOM or React', (file) => {
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const [re, why] of FORBIDDEN) expect(re.test(text), `${file}: ${why}`).toBe(false);
  });

  it('compiles without the DOM library', () => {
    const config = JSON.parse(readFileSync('src/rules/tsconfig.json', 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(config.compilerOptions.lib.map((l) => l.toLowerCase())).not.toContain('dom');
    expect(config.compilerOptions.types).toEqual([]);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.typecheck).toContain('src/rules/tsconfig.json');
  });

  it('the forbidden patterns do catch what they are meant to catch', () => {
    const samples = ['const t = Date.now();', 'const d = new Date();', 'window.location', "import { useState } from 'react';", 'new Date("2026-01-15")'];
    for (const s of samples) expect(FORBIDDEN.some(([re]) => re.test(s)), s).toBe(true);
    expect(FORBIDDEN.some(([re]) => re.test('new Date(Date.UTC(y, m, 0))'))).toBe(false);
  });
});
