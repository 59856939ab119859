/**
 * JSON is the public interface of design.md: one file prints exactly its Report; many files print every
 * report, the files that could not be read, and the consolidation.
 */
import type { CheckOutput } from '../results';
import { isUnreadable } from '../results';

export function formatJson(output: CheckOutput): string {
  const { results } = output;
  if (results.length === 1 && !isUnreadable(results[0])) return `${JSON.stringify(results[0].report, null, 2)}\n`;
  const many = {
    reports: results.flatMap((result) => (isUnreadable(result) ? [] : [result.report])),
    // The published fields (and `type` for a file listed by its name): the localized lines are for people
    // and stay out of the public format.
    unreadable: results.flatMap((result) => {
      if (!isUnreadable(result)) return [];
      const { file, code, messages, type } = result.unreadable;
      return [type === undefined ? { file, code, message: messages.en } : { file, code, message: messages.en, type }];
    }),
    consolidated: output.consolidation,
  };
  return `${JSON.stringify(many, null, 2)}\n`;
}
