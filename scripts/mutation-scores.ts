/**
 * `tsx scripts/mutation-scores.ts REPORT.json…` (`npm run mutate:scores -- …`): the mutation score per file
 * and per folder of the core, from one or more Stryker JSON reports. On a shared machine the core is
 * measured one file at a time, each with its own tests, into its own report, and a long file in parts
 * (`--mutate src/registers/read.ts:1-200`); this sums them. Where two reports hold the same mutant (the same
 * place, mutator and replacement) the one named later wins: a re-run after new tests replaces the old one.
 * The reports must be of the same source, or the places no longer name the same mutants.
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

interface Place {
  line: number;
  column: number;
}

interface StrykerMutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: Place; end: Place };
}

interface StrykerReport {
  files: Record<string, { mutants: StrykerMutant[] }>;
}

/** Per file, each mutant's status from the last report that holds it. Paths are made relative to the project. */
export function countMutants(reports: readonly StrykerReport[]): Map<string, MutantCounts> {
  const statuses = new Map<string, Map<string, string>>();
  for (const report of reports) {
    for (const [path, { mutants }] of Object.entries(report.files)) {
      const file = relative(path);
      const byMutant = statuses.get(file) ?? new Map<string, string>();
      statuses.set(file, byMutant);
      mutants.forEach((mutant, i) => byMutant.set(mutantKey(mutant, i), mutant.status));
    }
  }
  const files = new Map<string, MutantCounts>();
  for (const [file, byMutant] of statuses) {
    const counts = { detected: 0, undetected: 0 };
    for (const status of byMutant.values()) {
      if (DETECTED.has(status)) counts.detected++;
      else if (UNDETECTED.has(status)) counts.undetected++;
    }
    files.set(file, counts);
  }
  return files;
}

/** A mutant by its place and change; one without a place (a hand-made report) by its order in the file. */
function mutantKey({ location, mutatorName, replacement }: StrykerMutant, index: number): string {
  return location ? `${location.start.line}:${location.start.column}-${location.end.line}:${location.end.column} ${mutatorName} ${replacement}` : `#${index}`;
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
