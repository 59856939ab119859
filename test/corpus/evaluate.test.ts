/**
 * The measurement itself, on entries made up here: shape checks name the file and the entry, and the
 * scores count what they should. These pass whatever the corpus holds.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeMiss, entryProblems, evaluate, loadCorpus, type CorpusEntry } from './evaluate';

const entry = (id: string, text: string, labels: Partial<CorpusEntry['labels']>, extra: Partial<CorpusEntry> = {}): CorpusEntry => ({
  id, lang: 'ru', kind: 'function', text, labels: { discretion: false, contact: false, zones: [], ...labels }, ...extra,
});

describe('entryProblems', () => {
  it('accepts an entry as README.md describes it', () => {
    expect(entryProblems(entry('a/1', 'Выдача лицензий', { zones: ['p.6/9'], evidence: { zone: ['лицензий'] } }), 'a.json', 0)).toEqual([]);
    expect(entryProblems(entry('a/2', 'Главный специалист', { flag: false }, { kind: 'position', powers: 'Приём граждан', risk: 'Затягивание' }), 'a.json', 1)).toEqual([]);
  });

  it('names what is wrong, with the file and the entry', () => {
    expect(entryProblems('text', 'a.json', 0)).toEqual(['a.json entry 1: not an object']);
    expect(entryProblems({ id: 'a/1', lang: 'kz', kind: 'post', text: '', labels: { discretion: 'yes', contact: true, zones: ['p.6/99'] } }, 'a.json', 0)).toEqual([
      'a.json entry 1 (a/1): lang must be ky or ru, not "kz"',
      'a.json entry 1 (a/1): kind must be function, risk or position, not "post"',
      'a.json entry 1 (a/1): no text',
      'a.json entry 1 (a/1): labels.discretion must be true or false',
      'a.json entry 1 (a/1): labels.zones: no zone "p.6/99"',
    ]);
    expect(entryProblems({ lang: 'ru', kind: 'risk', text: 'x', powers: 3 }, 'b.json', 4)).toEqual(['b.json entry 5: no id', 'b.json entry 5: powers must be text', 'b.json entry 5: no labels']);
    expect(entryProblems({ ...entry('a/1', 'x', {}), kind: 'position' }, 'a.json', 0)).toEqual(['a.json entry 1 (a/1): labels.flag must be true or false for a position']);
    expect(entryProblems(entry('a/1', 'x', { zones: 'p.6/1' as unknown as string[], flag: 'no' as unknown as boolean }), 'a.json', 0)).toEqual([
      'a.json entry 1 (a/1): labels.zones must be a list',
      'a.json entry 1 (a/1): labels.flag must be true or false',
    ]);
  });

  it('checks that evidence is quoted from the entry', () => {
    const bad = entry('a/1', 'Выдача лицензий', { evidence: { zone: ['лицензии'], discretion: 'выдача' as unknown as string[], other: ['x'] } as CorpusEntry['labels']['evidence'] });
    expect(entryProblems(bad, 'a.json', 0)).toEqual([
      'a.json entry 1 (a/1): labels.evidence.zone: «лицензии» is not in the entry\'s text',
      'a.json entry 1 (a/1): labels.evidence.discretion must be a list of quotes',
      'a.json entry 1 (a/1): labels.evidence: no factor other',
    ]);
    expect(entryProblems(entry('a/1', 'x', { evidence: [] as unknown as CorpusEntry['labels']['evidence'] }), 'a.json', 0)).toEqual(['a.json entry 1 (a/1): labels.evidence must be an object']);
  });
});

describe('loadCorpus', () => {
  it('reads every JSON file of a directory, in name order, and reports bad files and repeated ids', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    try {
      const source = { url: 'https://example.org/a', title: 'A' };
      fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ source, entries: [entry('b/1', 'Выдача лицензий', { zones: ['p.6/9'] }), entry('b/1', 'Ещё', {})] }));
      fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ source, entries: [entry('a/1', 'Приём граждан', { contact: true }), { id: 'a/2' }] }));
      fs.writeFileSync(path.join(dir, 'c.json'), '{ not json');
      fs.writeFileSync(path.join(dir, 'd.json'), JSON.stringify({ source: { url: 'x' }, entries: [] }));
      fs.writeFileSync(path.join(dir, 'e.json'), JSON.stringify({ source, entries: [] }));
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
      const corpus = loadCorpus(dir);
      expect(corpus.files.map((f) => [f.file, f.entries.map((e) => e.id)])).toEqual([['a.json', ['a/1']], ['b.json', ['b/1', 'b/1']]]);
      expect(corpus.problems).toEqual([
        expect.stringMatching(/^a\.json entry 2 \(a\/2\): lang must be/),
        expect.stringMatching(/^a\.json entry 2/),
        expect.stringMatching(/^a\.json entry 2/),
        expect.stringMatching(/^a\.json entry 2/),
        'b.json: id b/1 is used twice',
        expect.stringMatching(/^c\.json: not JSON/),
        'd.json: source.url and source.title are required',
        'e.json: no entries',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds nothing, and no problem, where there is no directory', () => {
    expect(loadCorpus(path.join(os.tmpdir(), 'no-such-corpus-dir'))).toEqual({ files: [], problems: [] });
  });
});

describe('evaluate', () => {
  const entries = [
    entry('t/1', 'Отказ в выдаче лицензии', { discretion: true, zones: ['p.6/9'] }),
    entry('t/2', 'Приём граждан', { contact: true }),
    entry('t/3', 'Выдача лицензий', { zones: ['p.6/17'] }),
    entry('t/4', 'Ведение журнала', { discretion: true }),
    entry('t/5', 'Главный специалист', { discretion: true, contact: true, zones: ['p.6/9'], flag: true }, { kind: 'position', powers: 'Приём заявлений, отказ в выдаче лицензии' }),
    entry('t/6', 'Секретарь', { contact: true, flag: true }, { kind: 'position', powers: 'Приём граждан' }),
    entry('t/7', 'Аналитик', { flag: false }, { kind: 'position', powers: 'Приём заявлений, отказ в выдаче лицензии' }),
  ];
  const result = evaluate(entries);

  it('counts true and false positives and negatives for each factor and the flag', () => {
    expect(result.entries).toBe(7);
    expect(result.scores.discretion).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1, trueNegatives: 2, precision: 0.5 });
    expect(result.scores.discretion.recall).toBeCloseTo(2 / 3);
    expect(result.scores.contact).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 0, trueNegatives: 3, recall: 1 });
    expect(result.scores.zone).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 0, trueNegatives: 3 });
    // Only positions carry a flag label.
    expect(result.scores.flag).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 0, precision: 0.5, recall: 0.5 });
  });

  it('agrees on the zone id where both found a zone', () => {
    // t/1 and t/5 agree (p.6/9); t/3 is labelled p.6/17 but found p.6/9.
    expect(result.zoneIdAgreement).toBeCloseTo(2 / 3);
  });

  it('lists each miss by id, with what misled the matcher', () => {
    const lines = result.misses.map(describeMiss);
    expect(lines).toContain('t/4 discretion: missed — Ведение журнала');
    expect(lines).toContain('t/3 discretion: false alarm on «Выдача лицензий» — Выдача лицензий');
    expect(lines).toContain('t/7 flag: false alarm on «отказ в выдаче лицензии», «Приём заявлений», «лицензии» — Аналитик | Приём заявлений, отказ в выдаче лицензии');
    expect(lines.filter((l) => l.startsWith('t/1 '))).toEqual([]);
  });

  it('scores an empty set as nothing claimed and nothing missed', () => {
    const empty = evaluate([]);
    expect(empty.scores.flag).toMatchObject({ precision: 1, recall: 1 });
    expect(empty.zoneIdAgreement).toBe(1);
  });
});
