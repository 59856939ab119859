/**
 * `tobokel demo` (the README's `npm run demo`): the Order's own samples, then the same registers with the
 * mistakes reviewers meet most, both checked, with a guide to what was written and how to read it. It
 * doubles as a smoke test: the sample must come out ready.
 */
import path from 'path';
import { UI_LANGUAGES, type UiLanguage } from '../../order281/text';
import { writePlans } from '../../xlsx';
import type { SheetPlan } from '../../registers/sheet-plan';
import { choice, parse } from '../args';
import { commandLanguage, envLanguage } from '../language';
import { MESSAGES } from '../messages';
import { formatTable } from '../format/table';
import type { Io } from '../io';
import { isUnreadable } from '../results';
import { DEMO_USAGE } from '../usage';
import { mistakesPlans } from '../demo-mistakes';
import { DEMO_GUIDE, sampleWhyLines } from '../demo-guide';
import { checkFiles } from './check';
import { templatePlans } from './template';

export const SAMPLE_FILE = 'order-281-sample.xlsx';
export const MISTAKES_FILE = 'order-281-with-mistakes.xlsx';

/** The Order prints its samples under the Ministry of Economy's own titles (docs/order-281/source-ky.txt). */
const SAMPLE_TITLES = {
  risks: 'Кыргыз Республикасынын Экономика министрлигиндеги коррупциялык тобокелдиктердин',
  positions: 'Кыргыз Республикасынын Экономика министрлигиндеги коррупциогендик кызмат орундарынын',
} as const;

export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { dir: { type: 'string' }, lang: { type: 'string' }, today: { type: 'string' } }, false);
  if (values.help) {
    io.stdout(DEMO_USAGE[commandLanguage('demo', argv, io.env)]);
    return 0;
  }
  const lang = choice<UiLanguage>(values.lang, UI_LANGUAGES, 'lang', envLanguage(io.env));
  const dir = path.resolve(io.cwd, typeof values.dir === 'string' ? values.dir : 'demo');
  const today = new Date();
  const plans = templatePlans({ kinds: ['risks', 'positions'], language: 'ky', withSample: true, rowsPerHeading: 0, headings: [], year: today.getFullYear() });
  const sample = path.join(dir, SAMPLE_FILE);
  const mistakes = path.join(dir, MISTAKES_FILE);
  await io.writeFile(sample, await writePlans(plans.map(withSampleTitle)));
  await io.writeFile(mistakes, await writePlans(mistakesPlans(['risks', 'positions'], today.getFullYear()).map(withSampleTitle)));
  const shown = (file: string) => path.relative(io.cwd, file) || file;
  io.stdout(`${DEMO_GUIDE.wroteSample(shown(sample))[lang]}\n${DEMO_GUIDE.wroteMistakes(shown(mistakes))[lang]}\n\n${DEMO_GUIDE.checking[lang]}\n\n`);

  const output = await checkFiles([shown(sample), shown(mistakes)], { today, lang, io, showProgress: false, cwd: io.cwd });
  io.stdout(formatTable({ results: output.results, lang }));
  const [sampleResult, mistakesResult] = output.results;
  const sampleReady = !isUnreadable(sampleResult) && sampleResult.report.summary.ready;
  const mistakesCaught = !isUnreadable(mistakesResult) && !mistakesResult.report.summary.ready;
  const guide = ['', DEMO_GUIDE.howToRead[lang]];
  if (!isUnreadable(sampleResult) && sampleResult.report.findings.length > 0) guide.push('', DEMO_GUIDE.sampleWhy[lang], ...sampleWhyLines(sampleResult.report, lang));
  guide.push('', DEMO_GUIDE.nextSteps(shown(sample), shown(mistakes), shown(dir))[lang], '');
  io.stdout(guide.join('\n'));
  if (!sampleReady || !mistakesCaught) {
    io.stderr(`tobokel demo: ${MESSAGES.demoFailed(sampleReady, mistakesCaught)[lang]}\n`);
    return 1;
  }
  return 0;
}

/** The title's first line as the Order's sample prints it, so the report names the body it comes from. */
function withSampleTitle(plan: SheetPlan): SheetPlan {
  const title = plan.cells.find((cell) => cell.style === 'title');
  if (!title) return plan;
  return { ...plan, cells: plan.cells.map((cell) => (cell === title ? { ...cell, value: SAMPLE_TITLES[plan.kind] } : cell)) };
}
