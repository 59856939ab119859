import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDark, themeFor } from '../../src/taskpane/theme';

describe('theme', () => {
  test.each([
    ['#ffffff', false],
    ['#f3f2f1', false],
    ['#1f1f1f', true],
    ['#262626', true],
    [undefined, false],
    ['not a colour', false],
  ])('background %p is dark: %p', (background, dark) => {
    expect(isDark(background)).toBe(dark);
  });

  test("Office's dark theme gets Fluent's dark theme", async () => {
    await expect(themeFor('#1f1f1f')).resolves.toBe(webDarkTheme);
    await expect(themeFor('#ffffff')).resolves.toBe(webLightTheme);
  });
});
