/**
 * The demo's second workbook: the Order's samples plus rows that each carry one of the mistakes
 * reviewers meet most. Each mistake gets its own row (a copy of a sample row with one thing wrong), so
 * the report shows every mistake against otherwise good content.
 */
import { buildSheetPlan } from '../registers/plans';
import { classifyHeaderCell } from '../registers/headers';
import type { RegisterColumn, RegisterKind } from '../registers/kinds';
import type { SheetPlan } from '../registers/sheet-plan';
import type { RegisterLanguage } from '../order281/text';

/** A register row written out in full; each carries one typical mistake. `null` leaves a cell empty. */
type MistakeRow = Partial<Record<RegisterColumn, string | null>>;

/** Appendix 1, under the sample's permitting heading: one mistake per row. */
const RISK_MISTAKES: MistakeRow[] = [
  {
    // The category misspelt (a variant the checker can still read and correct).
    function: 'Импорттук жана экспорттук лицензияларды берүү',
    unit: 'Лицензиялоо бөлүмү (башкы адис)',
    risk: 'Арыз берүүчүнүн документтерин кароону атайылап кечиктирүү жана мыйзамда каралбаган кошумча документтерди талап кылуу аркылуу сый акы алуу; мисалы, лицензия берүү мөөнөтү бир нече жолу узартылган учурлар',
    category: 'Системдик',
    level: 'Жогорку',
    scope: 'Бир нече мамлекеттик органдардын ишин камтышы мүмкүн',
  },
  {
    // The level left empty.
    function: 'Уруксат берүүчү документтердин реестрин жүргүзүү',
    unit: 'Каттоо бөлүмү (адис)',
    risk: 'Реестрге маалыматты өз убагында киргизбөө же бурмалоо, туугандарына же тааныштарына таандык ишканаларга артыкчылык берүү; мисалы, реестрдеги жазуулардын кечигип киргизилиши',
    category: 'Потенциалдуу',
    level: null,
    scope: 'Бир гана органдын ишине таандык',
  },
  {
    // A systemic (real) risk rated zero.
    function: 'Лицензиянын шарттарынын аткарылышын текшерүү',
    unit: 'Текшерүү бөлүмү (инспектор)',
    risk: 'Текшерүүнүн жыйынтыгын бурмалоо, бузууларды жашыруу үчүн пара алуу; мисалы, бир эле ишканада бузуулар кайра-кайра табылбай калышы',
    category: 'Системалуу (реалдуу)',
    level: 'Нөлдүк',
    scope: 'Бир гана органдын ишине таандык',
  },
  {
    // A description too thin to show the mechanism (footnote ** of the form).
    function: 'Лицензияны токтотуу жана кайтарып алуу',
    unit: 'Юридикалык бөлүм (башкы адис)',
    risk: 'Коррупция',
    category: 'Кырдаалдык',
    level: 'Жогорку',
    scope: 'Бир гана органдын ишине таандык',
  },
];

/** Appendix 2: one mistake per row. */
const POSITION_MISTAKES: MistakeRow[] = [
  {
    // «нөлдүк» exists only in Appendix 1's header; Appendix 2 (footnote ****) has three levels.
    position: 'Каттоо бөлүмүнүн башкы адиси',
    powers: 'Арыздарды кабыл алат, документтерди текшерет, каттоо же каттоодон баш тартуу жөнүндө чечимдин долбоорун даярдайт',
    risk: 'Каттоону тездетүү же кечиктирүү үчүн арыз берүүчүдөн сый акы талап кылуу',
    level: 'нөлдүк',
  },
  {
    // The powers left empty.
    position: 'Мүлк башкармалыгынын башчысы',
    powers: null,
    risk: 'Мамлекеттик мүлктү ижарага берүүдө белгилүү бир ишкерлерге жеңилдетилген шарттарды түзүү',
    level: 'Жогорку',
  },
  {
    // The level typed in Russian in a Kyrgyz register.
    position: 'Финансы бөлүмүнүн башчысы',
    powers: 'Бюджеттик каражаттарды бөлүштүрүү боюнча сунуштарды даярдайт, төлөм документтерине кол коет',
    risk: 'Бюджеттик каражаттарды белгилүү бир уюмдардын пайдасына мыйзамсыз бөлүштүрүү',
    level: 'высокий',
  },
];

/** The Kyrgyz samples of both appendices with the rows above added: the demo's register with mistakes. */
export function mistakesPlans(kinds: readonly RegisterKind[], year: number): SheetPlan[] {
  const language: RegisterLanguage = 'ky';
  return kinds.map((kind) => {
    const mistakes = kind === 'risks' ? RISK_MISTAKES : POSITION_MISTAKES;
    // The sample with one empty numbered row per mistake, under the sample's own heading.
    const plan = buildSheetPlan({ kind, language, withSample: true, rowsPerHeading: mistakes.length, headings: [], year });
    return applyMistakes(plan, mistakes);
  });
}

/** Writes each row into one of the plan's empty numbered rows, in order. */
function applyMistakes(plan: SheetPlan, rows: readonly MistakeRow[]): SheetPlan {
  const columns = headerColumns(plan);
  const empties = emptyNumberedRows(plan);
  const cells = [...plan.cells];
  rows.forEach((mistake, index) => {
    const row = empties[index];
    if (row === undefined) return;
    for (const [column, value] of Object.entries(mistake) as [RegisterColumn, string | null][]) {
      const sheetColumn = columns.get(column);
      if (value !== null && sheetColumn !== undefined) cells.push({ row, column: sheetColumn, value, style: 'cell' });
    }
  });
  return { ...plan, cells };
}

function headerColumns(plan: SheetPlan): Map<RegisterColumn, number> {
  const columns = new Map<RegisterColumn, number>();
  for (const cell of plan.cells) {
    if (cell.row !== plan.headerRow) continue;
    const column = classifyHeaderCell(String(cell.value));
    if (column && !columns.has(column)) columns.set(column, cell.column);
  }
  return columns;
}

/** Rows below the header whose only cell is their number: the plan's unfilled rows, top to bottom. */
function emptyNumberedRows(plan: SheetPlan): number[] {
  const body = plan.cells.filter((cell) => cell.row > plan.headerRow);
  const written = new Set(body.filter((cell) => cell.style !== 'number').map((cell) => cell.row));
  return body.filter((cell) => cell.style === 'number' && !written.has(cell.row)).map((cell) => cell.row).sort((a, b) => a - b);
}
