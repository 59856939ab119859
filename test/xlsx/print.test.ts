/**
 * The forms print (issue 9, item 6): LibreOffice turns the template workbooks into PDF, and the PDF is
 * read back with pdf.js (test/support/pdf/text.mjs), which gives each text run's size on paper after the
 * page's scaling — the number a ruler would give, not the one in the cell's format. On A4 landscape the
 * body prints at 9 pt or more and the footnotes at 8 pt or more, the header row heads every page, every
 * page's footer numbers it, and blank rows leave room for two handwritten lines.
 *
 * Fonts: the workbooks name Times New Roman and Calibri, as Excel on Windows has them. LibreOffice
 * measures columns by the default font, so the test needs their metric twins (Debian's fonts-liberation2
 * and fonts-crosextra-carlito, which .ci/run installs; not the older fonts-liberation, which has no ө, ү,
 * ң); without them the widths mean something else, and the test says what to install rather than
 * measure another layout.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { FORM_HEADINGS } from '../../src/order281/function-types';
import { buildSheetPlan } from '../../src/registers/plans';
import { A4_LANDSCAPE, MIN_PRINTED_POINTS, mm, WRITING_SPACE_MM } from '../../src/registers/print-setup';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { writePlans } from '../../src/xlsx';
import { convert, soffice } from '../support/libreoffice';

jest.setTimeout(180_000);

interface Run { text: string; size: number; x: number; y: number }
interface Page { width: number; height: number; runs: Run[] }

const PDF_TEXT = path.join(__dirname, '..', 'support', 'pdf', 'text.mjs');

function readPdf(file: string): Page[] {
  return (JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { pages: Page[] }).pages;
}

/** Fonts that draw Kyrgyz (ө ү ң), for the faces the forms use. */
const KYRGYZ_LETTERS = ':charset=4a3 4af 4e9';

function requireMetricFonts(): void {
  const install = 'install the metric-compatible fonts: apt-get install -y fonts-liberation2 fonts-crosextra-carlito (.ci/run does), and not the older fonts-liberation, which lacks Kyrgyz letters';
  const kyrgyz = new Set((spawnSync('fc-list', [KYRGYZ_LETTERS, 'file'], { encoding: 'utf8' }).stdout ?? '').split('\n').map((line) => line.replace(/:\s*$/, '')));
  for (const [font, twins] of [['Times New Roman', /Liberation Serif|Times New Roman/], ['Times New Roman:italic', /Liberation Serif|Times New Roman/], ['Calibri', /Carlito|Calibri/]] as const) {
    const match = spawnSync('fc-match', ['-f', '%{family} %{file}', font], { encoding: 'utf8' }).stdout ?? '';
    const file = match.slice(match.lastIndexOf(' ') + 1);
    if (!twins.test(match) || !kyrgyz.has(file)) throw new Error(`“${font}” resolves to ${match.trim() || 'nothing'}: ${install}`);
  }
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The printed page's text, without the line breaks and spaces wrapping puts in or takes out. */
function pageText(page: Page): string {
  return squash(page.runs.map((run) => run.text).join(''));
}

const FORMS = [
  { file: 'risks-ky', plan: buildSheetPlan({ kind: 'risks', language: 'ky', withSample: false, rowsPerHeading: 10, headings: [...FORM_HEADINGS], year: 2026 }) },
  { file: 'risks-ru', plan: buildSheetPlan({ kind: 'risks', language: 'ru', withSample: true, rowsPerHeading: 6, headings: [...FORM_HEADINGS], year: 2026 }) },
  { file: 'positions-ky', plan: buildSheetPlan({ kind: 'positions', language: 'ky', withSample: true, rowsPerHeading: 12, headings: [], year: 2026 }) },
  { file: 'positions-ru', plan: buildSheetPlan({ kind: 'positions', language: 'ru', withSample: false, rowsPerHeading: 15, headings: [], year: 2026 }) },
];

/** Texts the form prints small on purpose: footnotes and the caption under the body's name. */
function smallTexts(plan: SheetPlan): string[] {
  return plan.cells.filter((cell) => cell.style === 'footnote' || cell.style === 'bodyName').map((cell) => squash(String(cell.value)));
}

/** The footer as printed on page `page` of `pages`: Excel's codes filled in, `&&` back to `&`. */
function printedFooter(section: string, page: number, pages: number): string {
  return squash(section.replace(/&P/g, String(page)).replace(/&N/g, String(pages)).replace(/&&/g, '&'));
}

describe('the templates as LibreOffice prints them to PDF', () => {
  let dir: string;
  const pdfs = new Map<string, Page[]>();

  beforeAll(async () => {
    const binary = soffice();
    requireMetricFonts();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tobokel-print-'));
    const files: string[] = [];
    for (const { file, plan } of FORMS) {
      const xlsx = path.join(dir, `${file}.xlsx`);
      await fs.writeFile(xlsx, await writePlans([plan]));
      files.push(xlsx);
    }
    // One LibreOffice start for all four: it is the slow part.
    convert(binary, path.join(dir, 'profile'), files, 'pdf', path.join(dir, 'pdf'));
    for (const { file } of FORMS) pdfs.set(file, readPdf(path.join(dir, 'pdf', `${file}.pdf`)));
  });

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  describe.each(FORMS)('$file', ({ file, plan }) => {
    const pages = () => pdfs.get(file)!;

    it('is on A4 landscape, over more than one page', () => {
      expect(pages().length).toBeGreaterThan(1);
      for (const page of pages()) {
        expect(page.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
        expect(page.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
      }
    });

    it(`prints body text at ${MIN_PRINTED_POINTS.body} pt or more and footnotes at ${MIN_PRINTED_POINTS.footnote} pt or more`, () => {
      const small = smallTexts(plan);
      const runs = pages().flatMap((page) => page.runs);
      const isSmall = (run: Run) => small.some((text) => text.includes(squash(run.text)));
      const footnotes = runs.filter(isSmall);
      const body = runs.filter((run) => !isSmall(run));
      expect(footnotes.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(20);
      expect(Math.min(...footnotes.map((run) => run.size))).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS.footnote);
      const tooSmall = body.filter((run) => run.size < MIN_PRINTED_POINTS.body).map((run) => `${run.size} pt: ${run.text}`);
      expect(tooSmall).toEqual([]);
    });

    it('heads every page with the register\'s header row', () => {
      const header = plan.cells.filter((cell) => cell.row === plan.headerRow).map((cell) => squash(String(cell.value)));
      expect(header).toEqual(TEMPLATE_TEXT[plan.kind][plan.language].header.map(squash));
      pages().forEach((page, index) => {
        const text = pageText(page);
        const missing = header.filter((cell) => !text.includes(cell));
        expect({ page: index + 1, missing }).toEqual({ page: index + 1, missing: [] });
      });
    });

    it('numbers every page in its footer, with the appendix beside it', () => {
      const count = pages().length;
      pages().forEach((page, index) => {
        const text = pageText(page);
        expect(text).toContain(printedFooter(plan.print.footer.center, index + 1, count));
        expect(text).toContain(printedFooter(plan.print.footer.left, index + 1, count));
      });
    });

    it(`leaves ${WRITING_SPACE_MM} mm on paper for each blank numbered row`, () => {
      const blank = new Set(plan.writingRows.flatMap(({ top, bottom }) => Array.from({ length: bottom - top + 1 }, (_, i) => top + i)));
      const numbers = plan.cells.filter((cell) => cell.column === 1 && typeof cell.value === 'number');
      // Row numbers sit at the top of column 1; between two that follow on a page lies the row above.
      const firstColumnRight = Math.min(...pages().flatMap((page) => page.runs.filter((run) => squash(run.text) === '№').map((run) => run.x))) + 20;
      let gaps = 0;
      for (const page of pages()) {
        const printedNumbers = page.runs.filter((run) => /^\d+$/.test(run.text.trim()) && run.x < firstColumnRight).sort((a, b) => b.y - a.y);
        for (let i = 0; i + 1 < printedNumbers.length; i += 1) {
          const cell = numbers.find((candidate) => String(candidate.value) === printedNumbers[i].text.trim() && blank.has(candidate.row));
          if (!cell) continue;
          gaps += 1;
          expect(printedNumbers[i].y - printedNumbers[i + 1].y).toBeGreaterThanOrEqual(mm(WRITING_SPACE_MM));
        }
      }
      expect(gaps).toBeGreaterThan(3);
    });
  });
});
