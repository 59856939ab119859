/** The workbooks the pane links to exist after a build, and each is the register it claims to be. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildTemplates } from '../../scripts/build-templates';
import { readWorkbook } from '../../src/xlsx';
import { checkGrids } from '../../src/checks/check';
import { templateHref } from '../../src/taskpane/components/TemplateDownloads';
import { CHECKER_PAGE } from '../../src/taskpane/components/CapabilityNotice';

describe('template workbooks for Excel that cannot insert forms', () => {
  test('every link the pane offers is a file the build writes, holding that register', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-templates-'));
    const written = (await buildTemplates(path.join(dir, 'templates'), 2026)).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    const links = ([1, 2] as const).flatMap((n) => (['ky', 'ru'] as const).map((l) => templateHref(n, l)));
    expect(written.sort()).toEqual(links.sort());
    for (const link of links) {
      const [, n, language] = /appendix-(\d)-(ky|ru)/.exec(link)!;
      const grids = await readWorkbook(fs.readFileSync(path.join(dir, link)));
      const report = checkGrids(grids, { today: new Date(2026, 10, 26) });
      expect(report.registers.map((r) => [r.kind, r.language])).toEqual([[n === '1' ? 'risks' : 'positions', language]]);
    }
  });

  test('the plain-HTML message for Internet Explorer links the same files', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
    for (const n of [1, 2] as const) for (const l of ['ky', 'ru'] as const) expect(html).toContain(`href="${templateHref(n, l)}"`);
  });

  test('the checker page the pane links to is the page the build writes, and Internet Explorer’s message links it too', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const checkerPage = require('../../scripts/checker-page.webpack.js') as (production: boolean) => { plugins: { userOptions?: { filename?: string } }[] };
    const pages = checkerPage(true).plugins.map((plugin) => plugin.userOptions?.filename).filter(Boolean);
    expect(pages).toEqual([CHECKER_PAGE]);
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html.split(`href="${CHECKER_PAGE}"`)).toHaveLength(4);
  });
});
