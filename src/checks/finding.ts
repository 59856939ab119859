/** Building findings: one place that turns a rule's verdict on a cell into the report's shape. */
import type { Localized } from '../order281/text';
import type { ParagraphRef } from '../order281/paragraphs';
import type { CellText, Register, RegisterRow } from '../registers/model';
import type { FactorEvidence } from '../order281/factors';
import type { Finding, Severity } from './report';

export type FindingColumn = Finding['column'];

export interface FindingInput {
  cell: Pick<CellText, 'address' | 'row'>;
  column: FindingColumn;
  severity: Severity;
  rule: string;
  paragraph: ParagraphRef;
  messages: Localized;
  suggestion?: string;
  range?: string;
}

export function makeFinding(sheet: string, input: FindingInput): Finding {
  const finding: Finding = {
    sheet,
    cell: input.cell.address,
    row: input.cell.row,
    column: input.column,
    severity: input.severity,
    rule: input.rule,
    paragraph: input.paragraph,
    message: input.messages.en,
    messages: input.messages,
  };
  if (input.suggestion !== undefined) finding.suggestion = input.suggestion;
  if (input.range !== undefined) finding.range = input.range;
  return finding;
}

/** What every rule gets: the register, the date the check runs on, and a way to report. */
export interface RuleContext {
  register: Register;
  today: Date;
  report(input: FindingInput): void;
  /** The position factors of a row, computed once per check and shared by the rules and the flags. */
  factorsOf(row: RegisterRow): FactorEvidence;
}

export type Rule = (context: RuleContext) => void;

/** Quotes a cell's text inside a message, shortened so a long description does not flood the pane. */
export function quote(text: string, max = 60): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return `«${single.length > max ? `${single.slice(0, max - 1)}…` : single}»`;
}
