/** @jest-environment jsdom */
import { resolveHost } from '../../src/taskpane/host';

afterEach(() => {
  delete window.__TOBOKEL_TEST_HOST__;
});

describe('resolveHost', () => {
  test('the test hook wins, without waiting for Office', async () => {
    const run = jest.fn(async () => 'ran') as unknown as <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
    window.__TOBOKEL_TEST_HOST__ = { run, displayLanguage: 'ky-KG', isSetSupported: () => false, themeBackground: '#1f1f1f' };
    const host = await resolveHost();
    expect(host.inExcel).toBe(true);
    expect(host.displayLanguage).toBe('ky-KG');
    expect(host.themeBackground).toBe('#1f1f1f');
    await expect(host.run(async () => 'x')).resolves.toBe('ran');
  });

  test('no Office.js at all: a browser tab that explains itself', async () => {
    const host = await resolveHost();
    expect(host.inExcel).toBe(false);
  });
});
