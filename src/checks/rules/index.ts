/**
 * Every rule, each one unit in its own module named after its id (`level.zone-too-low` lives in
 * level-zone-too-low.ts). Register rules run in the order their findings read best.
 */
import type { RegisterRule, WorkbookRule } from '../finding';
import { approvalMissing } from './approval-missing';
import { approvalUndated } from './approval-undated';
import { approvalStale } from './approval-stale';
import { approvalFuture } from './approval-future';
import { headerMissingColumn } from './header-missing-column';
import { registerEmpty } from './register-empty';
import { headingNone } from './heading-none';
import { rowBeforeHeading } from './row-before-heading';
import { headingUnknownFunction } from './heading-unknown-function';
import { numberingRepeated } from './numbering-repeated';
import { numberingSequence } from './numbering-sequence';
import { rowEmptyNumbered } from './row-empty-numbered';
import { requiredEmpty } from './required-empty';
import { cellErrorValue } from './cell-error-value';
import { categoryAllowed } from './category-allowed';
import { categoryVariant } from './category-variant';
import { levelAllowed } from './level-allowed';
import { levelVariant } from './level-variant';
import { riskThin } from './risk-thin';
import { rowDuplicate } from './row-duplicate';
import { levelZoneTooLow } from './level-zone-too-low';
import { levelSystemicZero } from './level-systemic-zero';
import { scopeEmpty } from './scope-empty';
import { rowContinued } from './row-continued';
import { rowWrittenOnce } from './row-written-once';
import { workbookNoRegister } from './workbook-no-register';
import { positionsRegisterAbsent } from './positions-register-absent';
import { positionsMissingFlaggedUnit } from './positions-missing-flagged-unit';

export const REGISTER_RULES: readonly RegisterRule[] = [
  approvalMissing,
  approvalUndated,
  approvalStale,
  approvalFuture,
  headerMissingColumn,
  registerEmpty,
  headingNone,
  rowBeforeHeading,
  headingUnknownFunction,
  numberingRepeated,
  numberingSequence,
  rowEmptyNumbered,
  requiredEmpty,
  cellErrorValue,
  categoryAllowed,
  categoryVariant,
  levelAllowed,
  levelVariant,
  riskThin,
  rowDuplicate,
  levelZoneTooLow,
  levelSystemicZero,
  scopeEmpty,
  rowContinued,
  rowWrittenOnce,
];

export const WORKBOOK_RULES: readonly WorkbookRule[] = [
  positionsMissingFlaggedUnit,
  positionsRegisterAbsent,
  workbookNoRegister,
];
