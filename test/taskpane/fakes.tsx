/** Test doubles for the pane: a fake ExcelActions service and reports to feed it. */
import { render } from '@testing-library/react';
import type { Finding, PositionFlag, Report } from '../../src/checks/report';
import type { UiLanguage } from '../../src/order281/text';
import { App } from '../../src/taskpane/components/App';
import type { ExcelActions, PaneCapabilities } from '../../src/taskpane/services/excel-actions';

export const FULL: PaneCapabilities = { inExcel: true, basic: true, dropdowns: true, conditionalFormats: true };

export function finding(overrides: Partial<Finding> = {}): Finding {
  const message = overrides.message ?? 'The value is not in the list';
  return {
    sheet: 'Тизме 1',
    cell: 'E12',
    row: 12,
    column: 'category',
    severity: 'error',
    rule: 'category.allowed',
    paragraph: 'p.4',
    message,
    messages: { ky: `Маани тизмеде жок (${overrides.cell ?? 'E12'})`, ru: `Значения нет в списке (${overrides.cell ?? 'E12'})`, en: `${message} (${overrides.cell ?? 'E12'})` },
    ...overrides,
  };
}

export function flag(overrides: Partial<PositionFlag> = {}): PositionFlag {
  return {
    sheet: 'Тизме 2',
    row: 7,
    cell: 'B7',
    kind: 'positions',
    position: 'Лицензиялоо бөлүмүнүн башчысы',
    factors: { discretion: ['тездет'], contact: ['арыз берүүчү'], zone: ['лиценз'] },
    zones: ['p.6/9'],
    ...overrides,
  };
}

export function report(findings: Finding[], flags: PositionFlag[] = []): Report {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    registers: [
      { sheet: 'Тизме 1', kind: 'risks', language: 'ky', headerRow: 5, rows: 12 },
      { sheet: 'Тизме 2', kind: 'positions', language: 'ky', headerRow: 6, rows: 4 },
    ],
    findings,
    flags,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), flags: flags.length, ready: count('error') === 0 },
  };
}

export function fakeActions(overrides: Partial<ExcelActions> = {}): jest.Mocked<ExcelActions> {
  return {
    capabilities: FULL,
    insertTemplate: jest.fn().mockResolvedValue({ sheetName: 'Тизме 1', skipped: [] }),
    check: jest.fn().mockResolvedValue(report([])),
    clearMarks: jest.fn().mockResolvedValue({ cleared: 3 }),
    selectCell: jest.fn().mockResolvedValue(undefined),
    summary: jest.fn().mockResolvedValue({ sheetName: 'Tobokel summary' }),
    compareWithLastYear: jest.fn().mockRejectedValue(new Error('no comparison in this test')),
    ...overrides,
  } as jest.Mocked<ExcelActions>;
}

export function renderPane(actions: ExcelActions, language: UiLanguage = 'en') {
  return render(<App actions={actions} initialLanguage={language} />);
}
