/** Argument parsing on node's own util.parseArgs; every misuse becomes a UsageError (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'util';
import type { Localized } from '../order281/text';
import { MESSAGES } from './messages';

export class UsageError extends Error {
  override readonly name = 'UsageError';

  /** `message` is the English reason, for tests and logs; the CLI prints `messages` in the user's language. */
  constructor(readonly messages: Localized) {
    super(messages.en);
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parse(argv: string[], options: Options, allowPositionals: boolean): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    throw new UsageError(parseErrorMessages(error));
  }
}

/**
 * parseArgs speaks English only, in long sentences that mention internals; its error codes are stable, so
 * each is said again in our words with the option or argument it names. (Not `instanceof Error`: node's
 * own errors come from another realm under Jest.)
 */
function parseErrorMessages(error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  const message = errorLine(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (quoted !== undefined) {
    const option = quoted.split(' ')[0];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return MESSAGES.unknownOption(option);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return MESSAGES.unexpectedArgument(quoted);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      return /does not take an argument/.test(message) ? MESSAGES.noValueTaken(option) : MESSAGES.missingValue(option);
    }
  }
  return MESSAGES.badArguments(message.replace(/\. To specify a positional argument.*$/, ''));
}

export function choice<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(MESSAGES.mustBeOneOf(option, allowed, value === undefined ? undefined : String(value)));
}

export function positiveInteger(value: unknown, option: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(MESSAGES.mustBeWholeNumber(option, max, String(value)));
  return n;
}

export function isoDay(value: unknown, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== text) throw new UsageError(MESSAGES.mustBeDate(option, text));
  return date;
}

/** The first line of an error's message: every caller prints one line, never a stack. */
export function errorLine(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return (typeof message === 'string' ? message : String(error)).split('\n')[0];
}
