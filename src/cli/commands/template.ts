/** `tobokel template`: the Order's forms as a workbook, for Excel versions that cannot host the add-in. */
import { buildSheetPlan } from '../../registers/plans';
import { DEFAULT_ROWS_PER_HEADING, MAX_ROWS_PER_HEADING, type TemplateOptions as PlanOptions } from '../../registers/template-options';
import type { SheetPlan } from '../../registers/sheet-plan';
import type { RegisterKind } from '../../registers/kinds';
import type { RegisterLanguage } from '../../order281/text';
import { FORM_HEADINGS, FUNCTION_TYPES, type FunctionTypeId } from '../../order281/function-types';
import { writePlans } from '../../xlsx';
import { choice, parse, positiveInteger, UsageError } from '../args';
import type { Io } from '../io';
import { envLanguage } from '../language';
import { MESSAGES } from '../messages';
import { TEMPLATE_USAGE } from '../usage';

const APPENDICES = ['1', '2', 'both'] as const;
const LANGUAGES: readonly RegisterLanguage[] = ['ky', 'ru'];

/** The core's plan options, for several kinds at once. */
export type TemplateOptions = Omit<PlanOptions, 'kind'> & { kinds: RegisterKind[] };

export async function templateCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(
    argv,
    {
      appendix: { type: 'string', short: 'a' },
      lang: { type: 'string' },
      sample: { type: 'boolean' },
      rows: { type: 'string' },
      year: { type: 'string' },
      headings: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
    false,
  );
  // `--lang` here is the register's language (ky|ru), so the interface language comes from the environment.
  const ui = envLanguage(io.env);
  if (values.help) {
    io.stdout(TEMPLATE_USAGE[ui]);
    return 0;
  }
  const appendix = choice(values.appendix, APPENDICES, 'appendix');
  const language = choice(values.lang, LANGUAGES, 'lang');
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError(MESSAGES.outRequired());
  if (!/\.xlsx$/i.test(values.out)) throw new UsageError(MESSAGES.outNotXlsx(values.out));
  const plans = templatePlans({
    kinds: appendix === 'both' ? ['risks', 'positions'] : [appendix === '1' ? 'risks' : 'positions'],
    language,
    withSample: Boolean(values.sample),
    rowsPerHeading: positiveInteger(values.rows, 'rows', DEFAULT_ROWS_PER_HEADING, MAX_ROWS_PER_HEADING),
    headings: headingIds(values.headings),
    year: positiveInteger(values.year, 'year', new Date().getFullYear(), 9999),
  });
  await io.writeFile(values.out, await writePlans(plans));
  io.stdout(`${MESSAGES.wroteSheets(values.out, plans.map((plan) => plan.sheetName))[ui]}\n`);
  return 0;
}

export function templatePlans({ kinds, ...options }: TemplateOptions): SheetPlan[] {
  return kinds.map((kind) => buildSheetPlan({ ...options, kind }));
}

const HEADING_IDS = FUNCTION_TYPES.map((type) => type.id);

/** `all` is every p.5 type (p.5 asks each body to assess them all); the default is the form's two. */
function headingIds(value: unknown): FunctionTypeId[] {
  if (value === undefined) return [...FORM_HEADINGS];
  if (value === 'all') return [...HEADING_IDS];
  const ids = String(value).split(',').map((id) => id.trim()).filter((id) => id !== '');
  const unknown = ids.filter((id) => !(HEADING_IDS as string[]).includes(id));
  if (ids.length === 0 || unknown.length > 0) throw new UsageError(MESSAGES.badHeadings(HEADING_IDS, unknown));
  return ids as FunctionTypeId[];
}
