/**
 * What a rule is and how it reports. A rule is one unit (src/checks/rules/<id>.ts): its id, severity, the
 * paragraph it rests on, its title and "why it matters" in three languages, and the check itself, which
 * says only where the finding is and what to tell the reader. The catalog, the pane and the CLI take the
 * rest from the unit, so a rule's severity or citation is written once.
 */
import type { Localized } from '../order281/text';
import type { ParagraphRef } from '../order281/paragraphs';
import type { CellText, Register, RegisterRow } from '../registers/model';
import type { RegisterKind } from '../registers/kinds';
import type { Grid } from '../registers/grid';
import type { FactorEvidence } from '../order281/factors';
import type { Finding, PositionFlag, Severity } from './report';

export type FindingColumn = Finding['column'];

/** Where a finding is and what it says: the rule adds its id, severity and paragraph. */
export interface FindingPlace {
  cell: Pick<CellText, 'address' | 'row'>;
  column: FindingColumn;
  messages: Localized;
  suggestion?: string;
  range?: string;
}

export interface FindingInput extends FindingPlace {
  severity: Severity;
  rule: string;
  paragraph: ParagraphRef;
}

export function makeFinding(sheet: string, input: FindingInput): Finding {
  return findingAt(sheet, input, input.rule, input.severity, input.paragraph);
}

/** A finding from its place and its rule's figures, with no merged copy of the place in between. */
function findingAt(sheet: string, place: FindingPlace, rule: string, severity: Severity, paragraph: ParagraphRef): Finding {
  const finding: Finding = {
    sheet,
    cell: place.cell.address,
    row: place.cell.row,
    column: place.column,
    severity,
    rule,
    paragraph,
    message: place.messages.en,
    messages: place.messages,
  };
  if (place.suggestion !== undefined) finding.suggestion = place.suggestion;
  if (place.range !== undefined) finding.range = place.range;
  return finding;
}

/** Where in a register a finding stands, for a rule whose ground differs by register or by column. */
export interface CitationPlace {
  kind: RegisterKind;
  column: FindingColumn;
}

/** Everything about a rule but its check: what the catalog, the pane and the CLI show. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  /** The paragraph or footnote the rule rests on; a function where it depends on the register or column. */
  readonly paragraph: ParagraphRef | ((place: CitationPlace) => ParagraphRef);
  /**
   * Where a rule whose paragraph depends on the place can report: the catalog cites these places alone,
   * not every column of both registers. Without it, any column may be reported.
   */
  readonly places?: readonly CitationPlace[];
  /** The rule's name, short. */
  readonly title: Localized;
  /** Why the rule matters, shown beside the Order's words. */
  readonly why: Localized;
}

/** What a register rule gets: the register, the date the check runs on, and a way to report. */
export interface RuleContext {
  register: Register;
  today: Date;
  report(place: FindingPlace): void;
  /** The position factors of a row, computed once per check and shared by the rules and the flags. */
  factorsOf(row: RegisterRow): FactorEvidence;
}

/** A rule judged on one register at a time. */
export interface RegisterRule extends RuleInfo {
  check(context: RuleContext): void;
}

/** What a workbook rule gets: every register read, the grids and the position flags. */
export interface WorkbookContext {
  registers: readonly Register[];
  grids: readonly Grid[];
  flags: readonly PositionFlag[];
  report(sheet: string, place: FindingPlace): void;
}

/** A rule judged on the workbook as a whole: no register at all, or the two registers disagreeing. */
export interface WorkbookRule extends RuleInfo {
  readonly paragraph: ParagraphRef;
  check(context: WorkbookContext): void;
}

export type RuleUnit = RegisterRule | WorkbookRule;

/** The paragraph a rule cites at one place. */
export function citation(rule: RuleInfo, place: CitationPlace): ParagraphRef {
  return typeof rule.paragraph === 'function' ? rule.paragraph(place) : rule.paragraph;
}

/** A finding of `rule` at `place`, complete with the rule's id, severity and citation. */
export function findingOf(rule: RuleInfo, sheet: string, kind: RegisterKind, place: FindingPlace): Finding {
  return findingAt(sheet, place, rule.id, rule.severity, citation(rule, { kind, column: place.column }));
}

/** Quotes a cell's text inside a message, shortened so a long description does not flood the pane. */
export function quote(text: string, max = 60): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return `«${single.length > max ? `${single.slice(0, max - 1)}…` : single}»`;
}
