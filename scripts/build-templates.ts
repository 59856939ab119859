/**
 * `tsx scripts/build-templates.ts [outDir]` (after webpack in `npm run build:dev`; `npm run build` calls it
 * through scripts/finish-build.ts): writes the template workbooks the pane offers where Excel cannot
 * insert forms itself (ExcelApi below 1.8, Internet Explorer hosts, a plain browser):
 * dist/templates/appendix-{1,2}-{ky,ru}.xlsx. They come from the same sheet plans the add-in inserts,
 * rendered by the ExcelJS adapter, so both are the same form.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { RegisterLanguage } from '../src/order281/text';
import type { RegisterKind } from '../src/registers/kinds';
import { buildSheetPlan } from '../src/registers/plans';
import { writePlans } from '../src/xlsx';
import { defaultFormOptions } from '../src/taskpane/form-defaults';

/** Enough empty rows to start a real register; the form grows with Excel's own row insert. */
const ROWS_PER_HEADING = 10;

export function templateFileName(kind: RegisterKind, language: RegisterLanguage): string {
  return `appendix-${kind === 'risks' ? 1 : 2}-${language}.xlsx`;
}

export async function buildTemplates(outDir: string, year = new Date().getFullYear()): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const kind of ['risks', 'positions'] as const) {
    for (const language of ['ky', 'ru'] as const) {
      const plan = buildSheetPlan({ ...defaultFormOptions(kind, language), rowsPerHeading: ROWS_PER_HEADING, year });
      const file = path.join(outDir, templateFileName(kind, language));
      fs.writeFileSync(file, await writePlans([plan]));
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'dist', 'templates');
  buildTemplates(outDir).then(
    (files) => console.log(`template workbooks: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}`),
    (error: unknown) => {
      console.error('build-templates failed:', error);
      process.exitCode = 1;
    },
  );
}
