/**
 * `tobokel demo` (the README's `npm run demo`): the Order's own samples, then the same registers with the
 * mistakes reviewers meet most, both checked. It doubles as a smoke test: the sample must come out ready.
 */
import path from 'path';
import { UI_LANGUAGES, type UiLanguage } from '../../order281/text';
import { writePlans } from '../../xlsx';
import { choice, parse } from '../args';
import { commandLanguage, envLanguage } from '../language';
import { MESSAGES } from '../messages';
import { FORMATTERS } from '../format';
import type { Io } from '../io';
import { isUnreadable } from '../results';
import { DEMO_USAGE } from '../usage';
import { mistakesPlans } from '../demo-mistakes';
import { checkFiles } from './check';
import { templatePlans } from './template';

export const SAMPLE_FILE = 'order-281-sample.xlsx';
export const MISTAKES_FILE = 'order-281-with-mistakes.xlsx';

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
  await io.writeFile(sample, await writePlans(plans));
  await io.writeFile(mistakes, await writePlans(mistakesPlans(['risks', 'positions'], today.getFullYear())));
  io.stdout(`${MESSAGES.wrote(sample)[lang]}\n${MESSAGES.wrote(mistakes)[lang]}\n\n`);

  const output = await checkFiles([sample, mistakes], { today, lang, io, showProgress: false, cwd: io.cwd });
  io.stdout(FORMATTERS.table({ results: output.results, lang }));
  const [sampleResult, mistakesResult] = output.results;
  const sampleReady = !isUnreadable(sampleResult) && sampleResult.report.summary.ready;
  const mistakesCaught = !isUnreadable(mistakesResult) && !mistakesResult.report.summary.ready;
  if (!sampleReady || !mistakesCaught) {
    io.stderr(`tobokel demo: ${MESSAGES.demoFailed(sampleReady, mistakesCaught)[lang]}\n`);
    return 1;
  }
  return 0;
}
