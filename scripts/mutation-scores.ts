/**
 * `tsx scripts/mutation-scores.ts REPORT.json…` (`npm run mutate:scores -- …`): the mutation score per file
 * and per folder of the core, from one or more Stryker JSON reports. On a shared machine the core is
 * measured one file at a time, each with its own tests, into its own report; this sums them. Where two
 * reports hold the same file, the one named later wins (a re-run after new tests replaces the old one).
 * Without arguments it reads reports/mutation/mutation.json, the default `npm run mutate` writes.
 */
import * as fs from 'fs';

/** Stryker's statuses: caught, not caught, and those that say nothing about the tests (not scored). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export interface MutantCounts {
  detected: number;
  undetected: number;
}

/** The folders issue 12 asks scores for; a file belongs to the first that claims it. */
export const SCORE_GROUPS: readonly { name: string; owns: (file: string) => boolean }[] = [
  { name: 'src/checks/rules', owns: (file) => file.startsWith('src/checks/rules/') },
  { name: 'src/checks', owns: (file) => file.startsWith('src/checks/') },
  { name: 'src/order281', owns: (file) => file.startsWith('src/order281/') },
  { name: 'reader (read.ts, approval.ts, headers.ts)', owns: (file) => ['src/registers/read.ts', 'src/registers/approval.ts', 'src/registers/headers.ts'].includes(file) },
  { name: 'src/registers/dates.ts', owns: (file) => file === 'src/registers/dates.ts' },
];

interface StrykerReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

/** Per file, the counts from the last report that holds it. Paths are made relative to the project. */
export function countMutants(reports: readonly StrykerReport[]): Map<string, MutantCounts> {
  const files = new Map<string, MutantCounts>();
  for (const report of reports) {
    for (const [path, { mutants }] of Object.entries(report.files)) {
      const counts = { detected: 0, undetected: 0 };
      for (const { status } of mutants) {
        if (DETECTED.has(status)) counts.detected++;
        else if (UNDETECTED.has(status)) counts.undetected++;
      }
      files.set(relative(path), counts);
    }
  }
  return files;
}

/** Stryker writes paths relative to the project, but a report from another checkout may hold absolute ones. */
function relative(path: string): string {
  const normal = path.replace(/\\/g, '/');
  const at = normal.lastIndexOf('/src/');
  return at >= 0 ? normal.slice(at + 1) : normal;
}

/** Detected among the scored, in per cent; a file whose mutants are all static (left out) has none. */
export function score({ detected, undetected }: MutantCounts): number | undefined {
  const scored = detected + undetected;
  return scored === 0 ? undefined : (100 * detected) / scored;
}

export function groupCounts(files: ReadonlyMap<string, MutantCounts>): Map<string, MutantCounts> {
  const groups = new Map<string, MutantCounts>();
  for (const [file, counts] of files) {
    const name = SCORE_GROUPS.find((group) => group.owns(file))?.name ?? 'other';
    const sum = groups.get(name) ?? { detected: 0, undetected: 0 };
    groups.set(name, { detected: sum.detected + counts.detected, undetected: sum.undetected + counts.undetected });
  }
  return groups;
}

function line(name: string, counts: MutantCounts): string {
  const value = score(counts);
  const shown = value === undefined ? '   —  ' : `${value.toFixed(1).padStart(5)} %`;
  return `${name.padEnd(48)} ${shown}  (${counts.detected} of ${counts.detected + counts.undetected})`;
}

export function formatScores(files: ReadonlyMap<string, MutantCounts>): string {
  const byFile = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([file, counts]) => line(file, counts));
  const groups = groupCounts(files);
  const byGroup = [...SCORE_GROUPS.map((group) => group.name), 'other'].filter((name) => groups.has(name)).map((name) => line(name, groups.get(name)!));
  return ['Per file', ...byFile, '', 'Per folder', ...byGroup].join('\n');
}

if (require.main === module) {
  const paths = process.argv.slice(2);
  const reports = (paths.length > 0 ? paths : ['reports/mutation/mutation.json']).map((path) => JSON.parse(fs.readFileSync(path, 'utf8')) as StrykerReport);
  console.log(formatScores(countMutants(reports)));
}
