/**
 * Internet Explorer (Office 2016/2019 may host the pane in it) cannot run the React bundle: taskpane.html's
 * inline ES5 script must show a plain message instead of a blank pane, and only there.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import type { JSDOM as JSDOMType } from 'jsdom';

/** jsdom 29 is ES modules Jest cannot require; jest-environment-jsdom ships a CommonJS one (as the Excel test host does). */
const jsdom = createRequire(require.resolve('jest-environment-jsdom'))('jsdom') as { JSDOM: typeof JSDOMType; ResourceLoader: new (options: { userAgent: string }) => object };

/** Sets the user agent and fetches nothing (office.js from the CDN is not what is under test). */
class NoFetch extends (jsdom.ResourceLoader as new (options: { userAgent: string }) => { fetch(url: string, options: unknown): unknown }) {
  override fetch(): null {
    return null;
  }
}

const HTML = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';

function open(userAgent: string) {
  // Scripts with a src (office.js from the CDN) are not fetched: only the inline detection runs.
  const dom = new jsdom.JSDOM(HTML, { runScripts: 'dangerously', resources: new NoFetch({ userAgent }) as never });
  const { document, getComputedStyle } = dom.window;
  return {
    legacy: document.documentElement.classList.contains('tobokel-legacy'),
    messageShown: getComputedStyle(document.getElementById('legacy')!).display !== 'none',
    rootShown: getComputedStyle(document.getElementById('root')!).display !== 'none',
    text: document.getElementById('legacy')!.textContent ?? '',
  };
}

describe('taskpane.html in Internet Explorer', () => {
  test('IE 11 gets the plain message in all three languages, with the workbooks', () => {
    const page = open(IE11);
    expect(page).toMatchObject({ legacy: true, messageShown: true, rootShown: false });
    expect(page.text).toContain('Тобокел бул Excelде иштебейт');
    expect(page.text).toContain('не работает в этой версии Excel');
    expect(page.text).toContain('cannot run in this Excel');
  });

  test('a modern webview gets the pane', () => {
    expect(open(EDGE)).toMatchObject({ legacy: false, messageShown: false, rootShown: true });
  });

  test('the detection script is ES5 (no arrow functions, let/const or template strings)', () => {
    const inline = /<script>([\s\S]*?)<\/script>/.exec(HTML)![1];
    expect(inline).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });
});
