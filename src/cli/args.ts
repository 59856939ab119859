/** Argument parsing on node's own util.parseArgs; every misuse becomes a UsageError (exit 2). */
import { parseArgs, type ParseArgsConfig } from 'util';

export class UsageError extends Error {
  override readonly name = 'UsageError';
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
    // parseArgs messages are long and mention internals; keep the first sentence. (Not `instanceof Error`:
    // node's own errors come from another realm under Jest.)
    const message = errorMessage(error).split('\n')[0];
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''));
  }
}

export function choice<T extends string>(value: unknown, allowed: readonly T[], option: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}${value === undefined ? '' : ` (got ${String(value)})`}`);
}

export function positiveInteger(value: unknown, option: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${option} must be a whole number from 1 to ${max} (got ${String(value)})`);
  return n;
}

export function isoDay(value: unknown, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== text) throw new UsageError(`--${option} must be a date as YYYY-MM-DD (got ${text})`);
  return date;
}

export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
