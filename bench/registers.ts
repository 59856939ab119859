/**
 * Generated registers for the benchmarks: realistic rows (varied functions, units, risks, levels, some
 * mistakes) so the rules and the flagger do their real work, not an easy path.
 */
import type { CellValue, Grid } from '../src/registers/grid';
import { TEMPLATE_TEXT } from '../src/registers/template-text';
import { FUNCTION_TYPES } from '../src/order281/function-types';

const FUNCTIONS = [
  'Жер участокторун ижарага берүү', 'Курулушка уруксат берүү', 'Мамлекеттик сатып алууларды өткөрүү',
  'Салыктык текшерүүлөрдү жүргүзүү', 'Лицензияларды берүү', 'Бюджеттик каражаттарды бөлүштүрүү', 'Кадрларды тандоо жана дайындоо',
];
const UNITS = ['Жер ресурстары бөлүмү', 'Курулуш башкармалыгы', 'Сатып алуулар бөлүмү', 'Салык бөлүмү', 'Лицензиялоо бөлүмү', 'Каржы бөлүмү', 'Кадрлар бөлүмү'];
const RISKS = [
  'Адис арыз берүүчүгө чечимди негизсиз кечиктирип, тездетүү үчүн акы талап кылышы мүмкүн',
  'Тендердик комиссиянын мүчөсү катышуучулардын бирине артыкчылык берип, жеңүүчүнү алдын ала тандашы мүмкүн',
  'Текшерүүчү ишкерден пара алып, бузууларды жашырышы мүмкүн',
  'Бөлүм башчысы ички отчетторду бурмалап, жетекчиликке жалган маалымат бериши мүмкүн',
];
const CATEGORIES = ['Системалуу (реалдуу)', 'Потенциалдуу', 'Кырдаалдык'];
const LEVELS = ['Орточо', 'Жогорку', 'Орточо'];
/** One mistake in every tenth row, of the kinds reviewers send registers back for. */
const MISTAKES: Array<(row: CellValue[]) => void> = [
  (row) => { row[4] = 'ситуационный'; },
  (row) => { row[5] = ''; },
  (row) => { row[3] = 'Пара'; },
  (row) => { row[4] = 'Маанилүү'; },
  (row) => { row[5] = 'Томонку'; },
  (row) => { row[6] = ''; },
];
const POSITION_LEVELS = ['Жогорку', 'Орточо', 'Төмөнкү', 'Нөлдүк'];

/** An Appendix 1 of `rows` risks under the six function headings, with a mistake in every tenth row. */
export function riskRegisterGrid(rows: number, sheet = '1-тиркеме'): Grid {
  const text = TEMPLATE_TEXT.risks.ky;
  const values: CellValue[][] = [[null, null, null, null, null, null, text.approval], [null, null, null, null, null, null, '2026-ж. "10" март'], [], text.header];
  const perHeading = Math.ceil(rows / FUNCTION_TYPES.length);
  let written = 0;
  for (const type of FUNCTION_TYPES) {
    values.push([type.heading.ky]);
    for (let n = 1; n <= perHeading && written < rows; n++, written++) {
      const i = written;
      const row: CellValue[] = [
        n, `${FUNCTIONS[i % FUNCTIONS.length]} ${i}`, UNITS[i % UNITS.length], `${RISKS[i % RISKS.length]} (${i})`,
        CATEGORIES[i % CATEGORIES.length], LEVELS[i % LEVELS.length], 'Бир нече органга таандык болушу мүмкүн', '',
      ];
      if (i % 10 === 0) MISTAKES[(i / 10) % MISTAKES.length](row);
      values.push(row);
    }
  }
  values.push([], [text.footnoteLabel], [text.footnotes[0]], [text.footnotes[1]]);
  return { sheet, firstRow: 1, firstColumn: 1, values };
}

export function positionRegisterGrid(rows: number, sheet = '2-тиркеме'): Grid {
  const text = TEMPLATE_TEXT.positions.ky;
  const values: CellValue[][] = [[null, null, null, text.approval], [null, null, null, '2026-ж. "10" март'], [], text.header];
  for (let i = 0; i < rows; i++) {
    values.push([
      i + 1, `${UNITS[i % UNITS.length]}нүн адиси ${i}`, `${FUNCTIONS[i % FUNCTIONS.length]}`,
      i % 3 === 0 ? 'Арыз берүүчүлөр менен түздөн-түз байланышта чечимди кечиктирүү мүмкүндүгү' : 'Ички документтерди даярдоо',
      POSITION_LEVELS[i % POSITION_LEVELS.length],
    ]);
  }
  return { sheet, firstRow: 1, firstColumn: 1, values };
}
