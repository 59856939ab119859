import { countMutants, formatScores, groupCounts, score } from '../../scripts/mutation-scores';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('the mutation score summary', () => {
  it('scores caught (killed, timed out) against caught and missed (survived, not covered), leaving the rest out', () => {
    const files = countMutants([{ files: { 'src/checks/diff-view.ts': mutants('Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError') } }]);
    expect(files.get('src/checks/diff-view.ts')).toEqual({ detected: 2, undetected: 2 });
    expect(score({ detected: 3, undetected: 1 })).toBe(75);
    expect(score({ detected: 0, undetected: 0 })).toBeUndefined();
  });

  it('takes a file\'s mutants from the last report that holds them, and makes absolute paths relative', () => {
    const files = countMutants([
      { files: { 'src/order281/text.ts': mutants('Survived'), 'src/registers/read.ts': mutants('Killed') } },
      { files: { '/home/x/tobokel/src/order281/text.ts': mutants('Killed') } },
    ]);
    expect([...files]).toEqual([['src/order281/text.ts', { detected: 1, undetected: 0 }], ['src/registers/read.ts', { detected: 1, undetected: 0 }]]);
  });

  it('sums a file measured in parts and lets a later report replace only the mutants it holds again', () => {
    // Two mutants may share their start, mutator and replacement: «a || b || c» made false at «a || b» and at the whole.
    const at = (line: number, status: string, replacement = 'false', end = 20) => ({ status, mutatorName: 'ConditionalExpression', replacement, location: { start: { line, column: 7 }, end: { line, column: end } } });
    const files = countMutants([
      { files: { 'src/registers/read.ts': { mutants: [at(10, 'Killed'), at(20, 'Survived'), at(20, 'Survived', 'true'), at(20, 'Survived', 'false', 40)] } } },
      { files: { 'src/registers/read.ts': { mutants: [at(300, 'Survived'), at(20, 'Killed')] } } },
    ]);
    expect(files.get('src/registers/read.ts')).toEqual({ detected: 2, undetected: 3 });
  });

  it('sums files into the folders the issue names, rules apart from the rest of src/checks', () => {
    const files = countMutants([{ files: {
      'src/checks/rules/a.ts': mutants('Killed', 'Survived'),
      'src/checks/summary.ts': mutants('Killed', 'Killed', 'Killed'),
      'src/checks/diff.ts': mutants('Survived'),
      'src/order281/normalize.ts': mutants('Killed'),
      'src/registers/read.ts': mutants('Killed'),
      'src/registers/headers.ts': mutants('Survived'),
      'src/registers/approval.ts': mutants('Killed'),
      'src/registers/dates.ts': mutants('Killed'),
      'src/cli/main.ts': mutants('Survived'),
    } }]);
    expect(Object.fromEntries(groupCounts(files))).toEqual({
      'src/checks/rules': { detected: 1, undetected: 1 },
      'src/checks': { detected: 3, undetected: 1 },
      'src/order281': { detected: 1, undetected: 0 },
      'reader (read.ts, approval.ts, headers.ts)': { detected: 2, undetected: 1 },
      'src/registers/dates.ts': { detected: 1, undetected: 0 },
      other: { detected: 0, undetected: 1 },
    });
    const text = formatScores(files);
    expect(text).toMatch(/^src\/checks\/summary\.ts +100\.0 % {2}\(3 of 3\)$/m);
    expect(text).toMatch(/^src\/checks +75\.0 % {2}\(3 of 4\)$/m);
    expect(text).toMatch(/^reader \(read\.ts, approval\.ts, headers\.ts\) +66\.7 % {2}\(2 of 3\)$/m);
    const folders = text.split('Per folder\n')[1].split('\n').map((row) => row.split(/ {2,}/)[0]);
    expect(folders).toEqual(['src/checks/rules', 'src/checks', 'src/order281', 'reader (read.ts, approval.ts, headers.ts)', 'src/registers/dates.ts', 'other']);
  });
});
