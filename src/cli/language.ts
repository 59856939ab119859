/**
 * Which language the CLI speaks. `--lang` wins where a command has it (check, demo); otherwise the
 * environment, as POSIX tools read it: LC_ALL, then LC_MESSAGES, then LANG. Reviewers' machines in
 * Kyrgyzstan are set to ky_KG or ru_RU; anything else (C, POSIX, en_US, unset) gets English.
 */
import { UI_LANGUAGES, type UiLanguage } from '../order281/text';

export type Env = Readonly<Record<string, string | undefined>>;

export function envLanguage(env: Env): UiLanguage {
  // POSIX treats an empty variable as unset, so an empty LC_ALL must not hide LANG.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  const prefix = locale.toLowerCase().slice(0, 2);
  return prefix === 'ky' || prefix === 'ru' ? prefix : 'en';
}

/** Commands whose `--lang` names the interface language; template's names the register's. */
const LANG_IS_INTERFACE = new Set(['check', 'demo', 'summary', 'diff']);

/**
 * The language for a command's messages before its arguments are parsed, so that a usage error in the
 * same command line still follows `--lang` when one is given and valid.
 */
export function commandLanguage(command: string, argv: readonly string[], env: Env): UiLanguage {
  if (LANG_IS_INTERFACE.has(command)) {
    const given = langArgument(argv);
    if (given !== undefined) return given;
  }
  return envLanguage(env);
}

function langArgument(argv: readonly string[]): UiLanguage | undefined {
  let found: string | undefined;
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') found = argv[index + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return (UI_LANGUAGES as readonly string[]).includes(found ?? '') ? (found as UiLanguage) : undefined;
}
