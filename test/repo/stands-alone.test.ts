/**
 * A user clones this repository and nothing beside it: no tracked file may read or link a path outside
 * it, and what the product takes from the Order is generated from the copy kept in docs/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateOrderText, OUTPUT_FILE, SOURCE_FILE } from '../../scripts/generate-order-text';

const ROOT = path.join(__dirname, '../..');

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  return files.filter((file) => /\.(ts|tsx|js|mjs|cjs|json|md|html|xml|css|sh|yml|yaml)$|^\.ci\//.test(file) && file !== 'package-lock.json');
}

/** Relative paths written in a file (string literals, Markdown links), resolved against the file's folder. */
function escapingPaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/["'`(]((?:\.\.\/)+[^"'`)\s]*)/g)) {
    // A glob (the lint config's import patterns) is matched against imports, not opened.
    if (match[1].includes('*')) continue;
    const target = path.resolve(path.join(ROOT, path.dirname(file)), match[1]);
    if (path.relative(ROOT, target).startsWith('..')) found.push(`${file}: ${match[1]}`);
  }
  return found;
}

describe('the repository stands alone', () => {
  it('has no file that reads or links a path outside it', () => {
    const outside: string[] = [];
    const siblingFolder = ['shared', ''].join('/');
    for (const file of trackedTextFiles()) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      outside.push(...escapingPaths(file, text));
      if (text.includes(`../${siblingFolder}`) || text.includes(`${siblingFolder}order-281`) || text.includes(`${siblingFolder}design.md`)) {
        outside.push(`${file}: names the sibling ${siblingFolder} folder`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('finds a path that escapes, so the check above can fail', () => {
    const threeUp = '../'.repeat(3);
    expect(escapingPaths('test/core/x.test.ts', `fs.readFileSync(path.join(__dirname, '${threeUp}elsewhere/a.txt'))`)).toHaveLength(1);
    expect(escapingPaths('test/core/x.test.ts', "import { a } from '../../src/a';")).toEqual([]);
  });

  it('keeps the generated Order text current with docs/order-281/source-ky.txt', () => {
    const generated = generateOrderText(fs.readFileSync(SOURCE_FILE, 'utf8'));
    expect(fs.readFileSync(OUTPUT_FILE, 'utf8')).toBe(generated);
  });
});
