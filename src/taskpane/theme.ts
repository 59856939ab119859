/**
 * Light or dark, following Office's theme where the host gives one. Only the light theme is in the first
 * load; the dark one is fetched when Office is dark (most people run the default light theme).
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (0 black … 1 white) of `#RRGGBB`, or undefined for anything else. */
function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(background: string | undefined): boolean {
  const lum = luminance(background);
  return lum !== undefined && lum < 0.3;
}

export async function themeFor(background: string | undefined): Promise<Theme> {
  if (!isDark(background)) return webLightTheme;
  try {
    return (await import(/* webpackChunkName: "dark-theme" */ './dark-theme')).webDarkTheme;
  } catch {
    return webLightTheme; // a pane in the wrong colours beats no pane
  }
}
