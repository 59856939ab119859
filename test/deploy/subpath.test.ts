/**
 * A way to roll out (issue 9, item 7), tested as an IT unit would do it: `npm run build` with the
 * production address, the folder it makes copied under a sub-path of a real nginx running
 * deploy/nginx/tobokel.conf as written (only its host, port, certificate and folder swapped for the test's
 * own), and the pane opened from there in headless Chromium over HTTPS.
 *
 * The pane runs on Microsoft's Excel client library with the test host behind it, as in
 * test/e2e/pane.e2e.test.ts, as Excel 2019 (no ExcelApi 1.8) so it offers the template workbooks too;
 * every request the page makes must stay inside /tobokel/ on the server, so an absolute path anywhere in
 * the build fails here.
 *
 * One production build per run (about a minute on a shared machine). Needs Debian's nginx-light, openssl
 * and chromium (.ci/run installs them); without them the test fails saying what to install.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { STRINGS } from '../../src/taskpane/strings';
import type { E2EHostApi, E2EHostConfig } from '../support/browser-host/api';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The address the example and the docs use; the build is made for it, the test serves it on loopback. */
const HOST = 'addins.example.kg';
const SUB_PATH = '/tobokel/';
const ADDIN_URL = `https://${HOST}${SUB_PATH}`;
const NGINX_EXAMPLE = path.join(ROOT, 'deploy', 'nginx', 'tobokel.conf');

function need(command: string, pkg: string): void {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    throw new Error(`${command} is missing: the deployment test needs Debian's ${pkg} (apt-get install -y --no-install-recommends ${pkg}; .ci/run installs it)`);
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${out}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The example with the deployment's own values swapped for the test's. Each swap must find its text, so
 * a change to the example that the test would no longer exercise fails here instead of passing unseen.
 */
function exampleForTest(example: string, swaps: Array<[string, string]>): string {
  let config = example;
  for (const [from, to] of swaps) {
    if (!config.includes(from)) throw new Error(`deploy/nginx/tobokel.conf no longer contains “${from}”: update this test with it`);
    config = config.split(from).join(to);
  }
  return config;
}

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function get(url: string): Promise<Reply> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(url, { rejectUnauthorized: false, headers: { 'Accept-Encoding': 'identity' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

let work: string;
let site: string;
let buildOutput: string;
let hostScript: string;
let nginx: ReturnType<typeof spawn> | undefined;
let nginxLog = '';
let origin: string;
let httpOrigin: string;
let browser: Browser | undefined;

beforeAll(async () => {
  need('nginx', 'nginx-light');
  need('openssl', 'openssl');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (.ci/run does)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-deploy-'));
  // The folder's name is the sub-path, as the example's `root /var/www;` has it.
  site = path.join(work, 'www', 'tobokel');

  const [built, host] = await Promise.all([
    run('npm', ['run', 'build'], { ...process.env, ADDIN_URL, TOBOKEL_DIST: site }),
    run(process.execPath, [path.join(ROOT, 'test/support/browser-host/build.js'), path.join(work, 'host'), '--host-only']),
    run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${HOST}`,
      '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem')]),
  ]);
  buildOutput = built;
  hostScript = (JSON.parse(host.trim().split('\n').pop() ?? '{}') as { host: string }).host;

  const [port, httpPort] = [await freePort(), await freePort()];
  const example = exampleForTest(fs.readFileSync(NGINX_EXAMPLE, 'utf8'), [
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['/etc/ssl/certs/addins.example.kg.pem', path.join(work, 'cert.pem')],
    ['/etc/ssl/private/addins.example.kg.key', path.join(work, 'key.pem')],
    ['root /var/www;', `root ${path.join(work, 'www')};`],
  ]);
  fs.writeFileSync(path.join(work, 'tobokel.conf'), example);
  // What /etc/nginx/nginx.conf gives a conf.d file, in the foreground, as whoever runs the test.
  const temp = (name: string) => `${name} ${path.join(work, `nginx-${name}`)};`;
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${path.join(work, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp('client_body_temp_path')} ${temp('proxy_temp_path')} ${temp('fastcgi_temp_path')} ${temp('uwsgi_temp_path')} ${temp('scgi_temp_path')}`,
      `  include ${path.join(work, 'tobokel.conf')};`,
      '}',
    ].join('\n'),
  );
  await run('nginx', ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')]);
  nginx = spawn('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr?.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
  origin = `https://127.0.0.1:${port}`;
  httpOrigin = `http://127.0.0.1:${httpPort}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await get(`${origin}${SUB_PATH}taskpane.html`);
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`nginx did not answer: ${String(error)}\n${nginxLog}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('ends with a ready folder: the pane, the manifest for the production address, the workbooks, web.config', () => {
    for (const file of ['taskpane.html', 'commands.html', 'manifest.xml', 'web.config', 'assets/icon-32.png', 'templates/appendix-1-ky.xlsx', 'templates/appendix-2-ru.xlsx']) {
      expect({ file, there: fs.existsSync(path.join(site, file)) }).toEqual({ file, there: true });
    }
    expect(fs.readFileSync(path.join(site, 'manifest.xml'), 'utf8')).toContain(`<SourceLocation DefaultValue="${ADDIN_URL}taskpane.html"/>`);
    expect(fs.readFileSync(path.join(site, 'web.config'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'deploy', 'iis', 'web.config'), 'utf8'));
  });

  it('prints the next steps, naming the folder, the address and the manifest', () => {
    const steps = buildOutput.slice(buildOutput.indexOf('Ready:'));
    expect(steps).toContain(`for ${ADDIN_URL}`);
    expect(steps).toContain(`${ADDIN_URL}manifest.xml`);
    expect(steps).toContain('Integrated apps');
    expect(steps).not.toContain('development server');
  });
});

describe('deploy/nginx/tobokel.conf serving the build at /tobokel/', () => {
  it('serves every address the manifest names, with the right type', async () => {
    const manifest = fs.readFileSync(path.join(site, 'manifest.xml'), 'utf8');
    const urls = [...new Set([...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]).filter((url) => url.startsWith(`https://${HOST}`)))];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(ADDIN_URL)).toBe(true);
      const reply = await get(url.replace(`https://${HOST}`, origin));
      expect({ url, status: reply.status }).toEqual({ url, status: 200 });
      const type = String(reply.headers['content-type']);
      expect({ url, type: url.endsWith('.png') ? /^image\/png/.test(type) : /^text\/html/.test(type) }).toEqual({ url, type: true });
    }
  });

  it('sends /tobokel to /tobokel/ and plain HTTP to HTTPS', async () => {
    const bare = await get(`${origin}/tobokel`);
    expect(bare.status).toBe(301);
    expect(new URL(String(bare.headers.location), origin).pathname).toBe(SUB_PATH);
    const plain = await get(`${httpOrigin}${SUB_PATH}taskpane.html`);
    expect(plain.status).toBe(301);
    expect(String(plain.headers.location)).toMatch(/^https:\/\/[^/]+\/tobokel\/taskpane\.html$/);
  });

  it('lets browsers keep hashed scripts and makes them check everything else', async () => {
    const page = await get(`${origin}${SUB_PATH}taskpane.html`);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // (The page is minified: attribute values may go unquoted.)
    const script = /src="?([^"\s>]+\.[0-9a-f]{8}\.js)/.exec(page.body.toString())?.[1];
    expect(script).toBeDefined();
    const bundle = await get(`${origin}${SUB_PATH}${script}`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const workbook = await get(`${origin}${SUB_PATH}templates/appendix-1-ky.xlsx`);
    expect(workbook.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(workbook.headers['cache-control']).toBe('no-cache');
  });

  it('answers nothing outside the sub-path', async () => {
    expect((await get(`${origin}/taskpane.html`)).status).toBe(404);
  });
});

describe('the pane, opened from the sub-path over HTTPS', () => {
  it('loads on Excel 2019, offers the workbooks from /tobokel/templates/ and inserts a form', async () => {
    const config: E2EHostConfig = { displayLanguage: 'ru-RU', excelApiUpTo: 7 };
    const context = await browser!.newContext({ viewport: { width: 320, height: 900 }, ignoreHTTPSErrors: true });
    const stray: string[] = [];
    const failed: string[] = [];
    const pageErrors: string[] = [];
    const officeJs = `${fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js'), 'utf8')}\n;\n${fs.readFileSync(hostScript, 'utf8')}`;
    try {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
        if (url.startsWith(`${origin}${SUB_PATH}`)) return route.continue();
        stray.push(url);
        return route.abort('blockedbyclient');
      });
      await context.addInitScript((c: E2EHostConfig) => (window.__TOBOKEL_E2E_CONFIG__ = c), config);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      // The manifest's own SourceLocation, at the test server's origin.
      const manifest = fs.readFileSync(path.join(site, 'manifest.xml'), 'utf8');
      const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1];
      await page.goto(source.replace(`https://${HOST}`, origin));
      await page.getByRole('heading', { level: 1, name: STRINGS.appTitle.ru }).waitFor();

      const links = page.getByTestId('capability-notice').getByRole('link');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toHaveLength(4);
      for (const href of hrefs) {
        expect(href.startsWith(`${origin}${SUB_PATH}templates/`)).toBe(true);
        const got = await page.evaluate(async (url) => {
          const response = await fetch(url);
          const bytes = new Uint8Array(await response.arrayBuffer());
          return { status: response.status, magic: String.fromCharCode(bytes[0], bytes[1]) };
        }, href);
        expect({ href, ...got }).toEqual({ href, status: 200, magic: 'PK' });
      }

      const sheetsBefore = await page.evaluate(() => window.__TOBOKEL_E2E__!.sheets().length);
      await page.getByRole('button', { name: STRINGS.insertForm.ru }).click();
      await page.waitForFunction((count) => window.__TOBOKEL_E2E__!.sheets().length > count, sheetsBefore);
      const failures = await page.evaluate(() => (window.__TOBOKEL_E2E__ as E2EHostApi).failures());
      expect(failures).toEqual([]);
      expect({ stray, failed, pageErrors }).toEqual({ stray: [], failed: [], pageErrors: [] });
    } finally {
      await context.close();
    }
  });
});

describe('deploy/iis/web.config', () => {
  it('is well-formed and gives every kind of file in the build a type', async () => {
    const xml = fs.readFileSync(path.join(ROOT, 'deploy', 'iis', 'web.config'), 'utf8');
    // The browser's XML parser: strict, as IIS is about its configuration files.
    const page = await browser!.newPage();
    const read = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: document.getElementsByTagName('parsererror').length,
        mapped: [...document.getElementsByTagName('mimeMap')].map((m) => m.getAttribute('fileExtension')),
        defaultDocument: document.querySelector('defaultDocument add')?.getAttribute('value'),
      };
    }, xml);
    await page.close();
    expect(read.errors).toBe(0);
    const extensions = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name !== 'web.config') extensions.add(path.extname(entry.name));
      }
    };
    walk(site);
    expect([...extensions].filter((extension) => !read.mapped.includes(extension))).toEqual([]);
    expect(read.defaultDocument).toBe('taskpane.html');
  });
});

describe('docs/deploy.md', () => {
  it('shows the nginx and IIS examples exactly as tested', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');
    const blocks = [...doc.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toContain(fs.readFileSync(NGINX_EXAMPLE, 'utf8'));
    expect(blocks).toContain(fs.readFileSync(path.join(ROOT, 'deploy', 'iis', 'web.config'), 'utf8'));
  });
});
