import type { Rule } from '../finding';
import { noErrorValues, requiredCells, requiredColumnsPresent, scopeAnswered } from './required';
import { categoryAllowed, levelAllowed } from './vocabulary';
import { continuationRows, hasRows, headingsNameFunctionTypes, noEmptyNumberedRows, rowsUnderHeadings } from './structure';
import { numbering } from './numbering';
import { riskDescribed } from './description';
import { noDuplicates } from './duplicates';
import { systemicNotZero, zoneRatedHighEnough } from './levels';
import { approvalDated } from './approval';

/** Every per-register rule, in the order its findings read best. */
export const RULES: readonly Rule[] = [
  approvalDated,
  requiredColumnsPresent,
  hasRows,
  rowsUnderHeadings,
  headingsNameFunctionTypes,
  numbering,
  noEmptyNumberedRows,
  requiredCells,
  noErrorValues,
  categoryAllowed,
  levelAllowed,
  riskDescribed,
  noDuplicates,
  zoneRatedHighEnough,
  systemicNotZero,
  scopeAnswered,
  continuationRows,
];
