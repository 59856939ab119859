/**
 * `npm run bench`: every speed and size figure of the project, readable by default and as one JSON object
 * with `--json`. Benchmarks measure; tests never assert on time.
 */
import { measureCore } from './core';

type Figures = Record<string, number | string>;

async function collect(): Promise<Figures> {
  const figures: Figures = { ...measureCore() };
  return figures;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const figures = await collect();
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
