/**
 * Builds the pane as `npm run build` does (into a scratch folder), bundles the Excel test host for the
 * browser, and serves both on 127.0.0.1. The page's office.js request (Microsoft's CDN) is answered with
 * Microsoft's Excel client library, the host, and a line that installs `window.__TOBOKEL_TEST_HOST__`
 * (see src/taskpane/host.ts) — so the pane runs its real Office.js code path against our workbook.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import webpack from 'webpack';
import { buildTemplates } from '../../../scripts/build-templates';

const ROOT = path.join(__dirname, '..', '..', '..');

function compile(configs: webpack.Configuration[]): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** The production build of the pane and the browser bundle of the Excel host, into `outDir`. */
export async function buildForBrowser(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const paneConfig = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' }) as webpack.Configuration;
  paneConfig.output = { ...paneConfig.output, path: outDir };
  paneConfig.devtool = false;
  paneConfig.context = ROOT;
  const hostConfig: webpack.Configuration = {
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: { 'excel-host': path.join(__dirname, 'browser-host.ts') },
    output: { path: outDir, filename: '[name].js', clean: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext', sourceMap: false } },
        },
      ],
    },
  };
  // The pane first: its config cleans the output folder.
  await compile([paneConfig]);
  await compile([hostConfig]);
  // As `npm run build` does after webpack: the workbooks the pane offers where Excel falls short.
  await buildTemplates(path.join(outDir, 'templates'));
}

export interface PageSetup {
  displayLanguage: string;
  /** ExcelApi minor versions supported, e.g. 99 for a current Excel, 7 for Office 2019. */
  excelApiUpTo: number;
  /** Office's body background, e.g. '#1f1f1f' for the dark theme. */
  themeBackground?: string;
}

/** What the page gets instead of Microsoft's office.js. */
export function officeJsReplacement(outDir: string, setup: PageSetup): string {
  const client = fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js'), 'utf8');
  const host = fs.readFileSync(path.join(outDir, 'excel-host.js'), 'utf8');
  const install = `
;(function () {
  var e2e = window.__TOBOKEL_E2E__;
  var host = e2e.installExcelHost(window, e2e.createWorkbook(['Sheet1']));
  window.__TOBOKEL_HOST__ = host;
  window.__TOBOKEL_TEST_HOST__ = {
    run: host.run,
    displayLanguage: ${JSON.stringify(setup.displayLanguage)},
    themeBackground: ${JSON.stringify(setup.themeBackground ?? null)} || undefined,
    isSetSupported: function (name, version) { return name === 'ExcelApi' && Number(version.split('.')[1]) <= ${setup.excelApiUpTo}; }
  };
})();`;
  return `${client}\n;${host}\n${install}`;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.json': 'application/json', '.png': 'image/png', '.xlsx': 'application/octet-stream', '.xml': 'application/xml' };

/** A static server for `dir` on 127.0.0.1 (a free port). */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
