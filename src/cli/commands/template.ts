/** `tobokel template`: the Order's forms as a workbook, for Excel versions that cannot host the add-in. */
import { buildSheetPlan } from '../../registers/plans';
import type { SheetPlan } from '../../registers/sheet-plan';
import type { RegisterKind } from '../../registers/kinds';
import type { RegisterLanguage } from '../../order281/text';
import { FORM_HEADINGS, functionTypeById } from '../../order281/function-types';
import { writePlans } from '../../xlsx';
import { choice, parse, positiveInteger, UsageError } from '../args';
import type { Io } from '../io';
import { TEMPLATE_USAGE } from '../usage';

const APPENDICES = ['1', '2', 'both'] as const;
const LANGUAGES: readonly RegisterLanguage[] = ['ky', 'ru'];

export interface TemplateOptions {
  kinds: RegisterKind[];
  language: RegisterLanguage;
  withSample: boolean;
  rowsPerHeading: number;
  year: number;
}

export async function templateCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(
    argv,
    {
      appendix: { type: 'string', short: 'a' },
      lang: { type: 'string' },
      sample: { type: 'boolean' },
      rows: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
    false,
  );
  if (values.help) {
    io.stdout(TEMPLATE_USAGE);
    return 0;
  }
  const appendix = choice(values.appendix, APPENDICES, 'appendix');
  const language = choice(values.lang, LANGUAGES, 'lang');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx file (got ${values.out})`);
  const plans = templatePlans({
    kinds: appendix === 'both' ? ['risks', 'positions'] : [appendix === '1' ? 'risks' : 'positions'],
    language,
    withSample: Boolean(values.sample),
    rowsPerHeading: positiveInteger(values.rows, 'rows', 5, 1000),
    year: positiveInteger(values.year, 'year', new Date().getFullYear(), 9999),
  });
  await io.writeFile(values.out, await writePlans(plans));
  io.stdout(`Wrote ${values.out}: ${plans.map((plan) => `«${plan.sheetName}»`).join(', ')}\n`);
  return 0;
}

export function templatePlans(options: TemplateOptions): SheetPlan[] {
  const headings = FORM_HEADINGS.map((id) => functionTypeById(id)!.heading[options.language]);
  return options.kinds.map((kind) =>
    buildSheetPlan({ kind, language: options.language, withSample: options.withSample, rowsPerHeading: options.rowsPerHeading, headings, year: options.year }),
  );
}
