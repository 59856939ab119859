/**
 * The checked copy the checker page offers: the user's workbook with the add-in's marks — the same
 * conditional formats (src/checks/marks.ts), so the add-in's Clear marks removes them — and a findings
 * sheet whose cells link to each marked cell, for people who have no add-in to go to a cell with. The
 * bytes given in are never changed; a new workbook is written.
 */
import ExcelJS from 'exceljs';
import type { Finding, PositionFlag, Report } from '../checks/report';
import { MARK_ORDER, MARK_STYLES, markFormula, markKindOf, type MarkKind } from '../checks/marks';
import { INTERFACE_WORDS } from '../order281/interface-words';
import { paragraphLabel } from '../order281/paragraphs';
import type { Localized, UiLanguage } from '../order281/text';
import { areaAddress, quoteSheet } from '../excel/addresses';
import { planMarks } from '../excel/marks';
import { uniqueSheetName } from '../excel/sheet-names';
import { WorkbookReadError } from './errors';
import { inspectPackage, oneLine } from './inspect';
import { withDefaults } from './limits';
import { REASONS } from './reasons';

export const FINDINGS_SHEET_WORDS = {
  sheetName: { ky: 'Тобокел текшерүү', ru: 'Тобокел проверка', en: 'Tobokel check' },
  title: {
    ky: 'Тобокел: 281-буйрук боюнча текшерүүнүн жыйынтыгы',
    ru: 'Тобокел: результат проверки по Распоряжению № 281',
    en: 'Tobokel: the check against Order No. 281',
  },
  explanation: {
    ky: 'Оңдоо керек болгон уячалар түс менен белгиленди (шарттуу форматтоо; маанилер өзгөргөн жок). Уячага өтүү үчүн шилтемени басыңыз. Тобокел кошумчасындагы «Белгилерди тазалоо» белгилерди алып салат; бул баракты өчүрүп салсаңыз болот.',
    ru: 'Ячейки, которые нужно исправить, отмечены цветом (условное форматирование; значения не изменены). Нажмите ссылку, чтобы перейти к ячейке. «Снять отметки» в надстройке Тобокел убирает отметки; этот лист можно удалить.',
    en: 'Cells to fix are coloured (conditional formatting; no value was changed). Click a link to go to the cell. Clear marks in the Tobokel add-in removes the marks; you may delete this sheet.',
  },
  checkedOn: { ky: 'Текшерилди: {date}', ru: 'Проверено: {date}', en: 'Checked on {date}' },
  sheet: INTERFACE_WORDS.sheet,
  cell: INTERFACE_WORDS.cell,
  severity: { ky: 'Түрү', ru: 'Вид', en: 'Severity' },
  message: { ky: 'Эмне оңдолот', ru: 'Что исправить', en: 'What to fix' },
  basis: INTERFACE_WORDS.basis,
  suggestion: { ky: 'Сунушталган маани', ru: 'Предлагаемое значение', en: 'Suggested value' },
  nothingToFix: { ky: 'Оңдоо керек болгон эч нерсе жок.', ru: 'Исправлять нечего.', en: 'Nothing to fix.' },
  flagsTitle: { ky: 'Коррупциогендик кызмат орундары (9-пункт)', ru: 'Коррупциогенные должности (пункт 9)', en: 'Corruption-prone positions (paragraph 9)' },
  position: INTERFACE_WORDS.position,
} satisfies Record<string, Localized>;

const SEVERITY_WORD = { error: INTERFACE_WORDS.error, warning: INTERFACE_WORDS.warning, info: INTERFACE_WORDS.info };

/** Rule priority 1 is Excel's top rule: the most severe mark first, the user's own rules after ours. */
const PRIORITY_ORDER: readonly MarkKind[] = [...MARK_ORDER].reverse();

export interface MarkedCopyOptions {
  file: string;
  language: UiLanguage;
  /** The day printed on the findings sheet (the check's day). */
  today: Date;
}

export async function writeMarkedCopy(input: Uint8Array, report: Report, options: MarkedCopyOptions): Promise<Uint8Array> {
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const limits = withDefaults();
  await inspectPackage(buffer, options.file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // Everything is kept (validations, formats, links): the copy must be the user's workbook plus marks.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { maxRows: limits.maxRowsPerSheet, maxCols: limits.maxColumns } as never);
  } catch (error) {
    throw new WorkbookReadError('unreadable', options.file, REASONS.excelUnreadable(oneLine(error)));
  }
  const marks = planMarks(report);
  workbook.eachSheet((sheet) => markSheet(sheet, marks.get(sheet.name)));
  addFindingsSheet(workbook, report, options);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

interface ConditionalRule {
  type: string;
  priority?: number;
  formulae?: string[];
}

function conditionalFormattings(sheet: ExcelJS.Worksheet): { ref: string; rules: ConditionalRule[] }[] {
  const holder = sheet as unknown as { conditionalFormattings: { ref: string; rules: ConditionalRule[] }[] };
  holder.conditionalFormattings ??= [];
  return holder.conditionalFormattings;
}

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace('#', '').toUpperCase()}` };
}

function markSheet(sheet: ExcelJS.Worksheet, marks: Map<MarkKind, { top: number; left: number; bottom: number; right: number }[]> | undefined): void {
  // A copy of an already checked copy: the old marks go, as the add-in's own check replaces them.
  const formats = conditionalFormattings(sheet);
  const kept = formats
    .map((cf) => ({ ...cf, rules: cf.rules.filter((rule) => !rule.formulae?.some((f) => markKindOf(f))) }))
    .filter((cf) => cf.rules.length > 0);
  formats.splice(0, formats.length, ...kept);
  if (!marks) return;
  const ours = PRIORITY_ORDER.filter((kind) => marks.get(kind)?.length);
  for (const cf of formats) for (const rule of cf.rules) rule.priority = (rule.priority ?? 1) + ours.length;
  ours.forEach((kind, index) => {
    const look = MARK_STYLES[kind];
    sheet.addConditionalFormatting({
      ref: marks.get(kind)!.map(areaAddress).join(' '),
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          // The file holds formulas without Excel's leading '='; Office.js shows it back with one.
          formulae: [markFormula(kind).replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: argb(look.fill) },
            font: { color: argb(look.font), ...(look.bold ? { bold: true } : {}) },
          },
        },
      ],
    });
  });
}

function format(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function link(sheet: string, cell: string): ExcelJS.CellHyperlinkValue {
  return { text: cell, hyperlink: `#${quoteSheet(sheet)}!${cell}` };
}

function addFindingsSheet(workbook: ExcelJS.Workbook, report: Report, { language, today }: MarkedCopyOptions): void {
  const w = (text: Localized) => text[language];
  const W = FINDINGS_SHEET_WORDS;
  const names: string[] = [];
  workbook.eachSheet((s) => names.push(s.name));
  const sheet = workbook.addWorksheet(uniqueSheetName(w(W.sheetName), names));
  sheet.columns = [{ width: 24 }, { width: 12 }, { width: 16 }, { width: 70 }, { width: 22 }, { width: 24 }];
  sheet.addRow([w(W.title)]).font = { bold: true, size: 14 };
  sheet.addRow([format(w(W.checkedOn), { date: today.toISOString().slice(0, 10) })]);
  const explanation = sheet.addRow([w(W.explanation)]);
  sheet.mergeCells(explanation.number, 1, explanation.number, 6);
  explanation.alignment = { wrapText: true, vertical: 'top' };
  explanation.height = 48;
  sheet.addRow([]);
  const verdict = sheet.addRow([`${w(report.summary.ready ? INTERFACE_WORDS.ready : INTERFACE_WORDS.notReady)} — ${w(INTERFACE_WORDS.error)}: ${report.summary.errors}, ${w(INTERFACE_WORDS.warning)}: ${report.summary.warnings}, ${w(INTERFACE_WORDS.info)}: ${report.summary.infos}`]);
  verdict.font = { bold: true, color: argb(report.summary.ready ? '#107C10' : '#9C0006') };
  sheet.addRow([]);
  const header = sheet.addRow([w(W.sheet), w(W.cell), w(W.severity), w(W.message), w(W.basis), w(W.suggestion)]);
  header.font = { bold: true };
  const located = report.findings.filter((f) => f.sheet && !f.rule.startsWith('workbook.'));
  if (report.findings.length === 0) sheet.addRow([w(W.nothingToFix)]);
  for (const finding of report.findings) addFindingRow(sheet, finding, located.includes(finding), w);
  if (report.flags.length > 0) {
    sheet.addRow([]);
    sheet.addRow([w(W.flagsTitle)]).font = { bold: true };
    sheet.addRow([w(W.sheet), w(W.cell), w(W.position)]).font = { bold: true };
    for (const flag of report.flags) addFlagRow(sheet, flag);
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
}

function addFindingRow(sheet: ExcelJS.Worksheet, finding: Finding, linked: boolean, w: (text: Localized) => string): void {
  const address = finding.range ?? finding.cell;
  const row = sheet.addRow([
    finding.sheet,
    linked ? link(finding.sheet, address) : address,
    w(SEVERITY_WORD[finding.severity]),
    w(finding.messages),
    w(paragraphLabel(finding.paragraph)),
    finding.suggestion ?? '',
  ]);
  row.alignment = { wrapText: true, vertical: 'top' };
  if (linked) row.getCell(2).font = { color: argb('#0563C1'), underline: true };
  const look = MARK_STYLES[finding.severity];
  row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: argb(look.fill) };
  row.getCell(3).font = { color: argb(look.font) };
}

function addFlagRow(sheet: ExcelJS.Worksheet, flag: PositionFlag): void {
  const row = sheet.addRow([flag.sheet, link(flag.sheet, flag.cell), flag.position]);
  row.getCell(2).font = { color: argb('#0563C1'), underline: true };
  sheet.mergeCells(row.number, 3, row.number, 6);
  row.alignment = { wrapText: true, vertical: 'top' };
}
