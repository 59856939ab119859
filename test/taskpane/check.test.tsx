/** @jest-environment jsdom */
import { INTERFACE_WORDS } from '../../src/order281/interface-words';
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toExcelActionError } from '../../src/excel';
import { fakeActions, finding, renderPane, report } from './fakes';

const MIXED = report([
  finding({ cell: 'E12', row: 12, severity: 'error', message: 'Category not in the list' }),
  finding({ cell: 'F12', row: 12, severity: 'warning', rule: 'level.zone-too-low', column: 'level', message: 'Level seems low for a p.6 zone' }),
  finding({ cell: 'D9', row: 9, severity: 'info', rule: 'risk.thin', column: 'risk', paragraph: 'Appendix 1 (**)', message: 'Describe the mechanism' }),
  finding({ sheet: 'Тизме 2', cell: 'E7', row: 7, severity: 'error', column: 'level', message: 'Level is empty' }),
]);

async function openCheckAndRun(language: 'ky' | 'ru' | 'en' = 'en', result = MIXED) {
  const user = userEvent.setup();
  const actions = fakeActions({ check: jest.fn().mockResolvedValue(result) });
  renderPane(actions, language);
  const tabName = { ky: 'Текшерүү', ru: 'Проверка', en: 'Check' }[language];
  await user.click(screen.getByRole('tab', { name: tabName }));
  const runName = { ky: 'Текшерүү', ru: 'Проверить', en: 'Check' }[language];
  await user.click(await screen.findByRole('button', { name: runName }));
  return { user, actions };
}

describe('check: verdict first', () => {
  test('a report with errors reads «Тапшырууга даяр эмес», with counts by severity', async () => {
    await openCheckAndRun('ky');
    const verdict = await screen.findByTestId('verdict');
    expect(verdict).toHaveTextContent('Тапшырууга даяр эмес');
    expect(screen.getByTestId('count-error')).toHaveTextContent('Ката: 2');
    expect(screen.getByTestId('count-warning')).toHaveTextContent('Эскертүү: 1');
    expect(screen.getByTestId('count-info')).toHaveTextContent('Маалымат: 1');
    // The verdict comes before the findings in reading order.
    const firstFinding = screen.getAllByRole('listitem')[0];
    expect(verdict.compareDocumentPosition(firstFinding) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a report without errors reads «Тапшырууга даяр»', async () => {
    await openCheckAndRun('ky', report([finding({ severity: 'warning' })]));
    expect(await screen.findByTestId('verdict')).toHaveTextContent(/^Тапшырууга даяр$/);
  });

  test('Russian verdict', async () => {
    await openCheckAndRun('ru');
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Не готово');
  });

  test('a workbook with no register says so instead of a verdict', async () => {
    await openCheckAndRun('en', { ...report([]), registers: [] });
    expect(await screen.findByText(/No Appendix 1 or Appendix 2 register was found/)).toBeInTheDocument();
    expect(screen.queryByTestId('verdict')).toBeNull();
  });
});

describe('check: findings', () => {
  test('grouped by sheet, then row in order', async () => {
    await openCheckAndRun();
    const sheet1 = await screen.findByRole('region', { name: 'Sheet “Тизме 1”' });
    const rows = within(sheet1).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(rows).toEqual(['Row 9', 'Row 12']);
    expect(screen.getByRole('region', { name: 'Sheet “Тизме 2”' })).toBeInTheDocument();
  });

  test('filterable by severity', async () => {
    const { user } = await openCheckAndRun();
    await screen.findByTestId('verdict');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Warning (1)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText(/Level seems low/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Warning (1)' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Error (2)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'All (4)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  test('clicking a finding selects its cell on its sheet', async () => {
    const { user, actions } = await openCheckAndRun();
    await user.click(await screen.findByRole('button', { name: /E7.*Level is empty/ }));
    expect(actions.selectCell).toHaveBeenCalledWith('Тизме 2', 'E7');
  });

  test('a finding is reachable and activated from the keyboard', async () => {
    const { user, actions } = await openCheckAndRun();
    const button = await screen.findByRole('button', { name: /D9.*Describe the mechanism/ });
    button.focus();
    await user.keyboard('{Enter}');
    expect(actions.selectCell).toHaveBeenCalledWith('Тизме 1', 'D9');
  });

  test("each finding shows its paragraph and, on demand, the Order's words", async () => {
    const { user } = await openCheckAndRun('ky');
    expect((await screen.findAllByText('Негиз: 4-пункт')).length).toBeGreaterThan(0);
    expect(screen.getByText('Негиз: 1-тиркеме, (**) эскертүү')).toBeInTheDocument();
    const toggles = screen.getAllByRole('button', { name: 'Буйруктун текстин көрсөтүү' });
    await user.click(toggles[0]);
    // The first finding (row 9) rests on Appendix 1's footnote (**).
    expect(await screen.findByText(/коррупциялык тобокелдиктин аракетинин механизмин/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Буйруктун текстин жашыруу' })).toHaveAttribute('aria-expanded', 'true');
    // With why the rule matters, in the interface language.
    expect(screen.getByText('Эмне үчүн:')).toBeInTheDocument();
  });

});

describe('check: clear marks', () => {
  const FOLLOWS = Node.DOCUMENT_POSITION_FOLLOWING;

  test('a quiet status line by the button says how many and that the sheet no longer marks the findings; the verdict stays first', async () => {
    const { user, actions } = await openCheckAndRun();
    const clear = screen.getByRole('button', { name: 'Clear marks' });
    await user.click(clear);
    expect(actions.clearMarks).toHaveBeenCalledTimes(1);
    const status = screen.getByTestId('clear-status');
    await waitFor(() => expect(status).toHaveTextContent(/^Marks removed from the sheets: 3\. The findings below are from the last check; the sheet no longer marks them\./));
    // Announced politely, and not a banner: no message bar other than the verdict's.
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.closest('.fui-MessageBar')).toBeNull();
    // Reading order: the button, its status line, then the verdict and the findings, all still there.
    const verdict = screen.getByTestId('verdict');
    expect(clear.compareDocumentPosition(status) & FOLLOWS).toBeTruthy();
    expect(status.compareDocumentPosition(verdict) & FOLLOWS).toBeTruthy();
    expect(verdict).toHaveTextContent(INTERFACE_WORDS.notReady.en);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  test('the note survives a visit to another tab; the next check removes it', async () => {
    const { user } = await openCheckAndRun();
    await user.click(screen.getByRole('button', { name: 'Clear marks' }));
    await waitFor(() => expect(screen.getByTestId('clear-status')).toHaveTextContent('Marks removed'));
    await user.click(screen.getByRole('tab', { name: 'Positions' }));
    await user.click(screen.getByRole('tab', { name: 'Check' }));
    expect(await screen.findByTestId('clear-status')).toHaveTextContent('Marks removed from the sheets: 3.');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(screen.getByTestId('clear-status')).toBeEmptyDOMElement());
  });

  test('nothing to clear: says so, in Russian too, without the note about findings', async () => {
    const user = userEvent.setup();
    renderPane(fakeActions({ clearMarks: jest.fn().mockResolvedValue({ cleared: 0 }) }), 'ru');
    await user.click(screen.getByRole('tab', { name: 'Проверка' }));
    await user.click(await screen.findByRole('button', { name: 'Снять отметки' }));
    await waitFor(() => expect(screen.getByTestId('clear-status')).toHaveTextContent(/^На листах нет отметок\.$/));
  });
});

describe('check: a finding', () => {
  test('badge and cell on one line, the message on its own below, whatever the badge says', async () => {
    await openCheckAndRun('ru');
    await screen.findByTestId('verdict');
    const item = document.querySelector('li[data-rule="level.zone-too-low"]')!;
    const head = item.querySelector('.tobokel-finding-head')!;
    expect(head).toHaveTextContent(/^ПредупреждениеF12$/);
    const message = item.querySelector('.tobokel-message')!;
    // The message is the button's own line, not a sibling of the badge.
    expect(message.parentElement).toBe(head.parentElement);
  });

  test('a run of empty numbered rows is one finding under its first row, its message naming the rows', async () => {
    const run = (first: number, last: number) =>
      finding({
        cell: `A${first}`, row: first, column: 'number', severity: 'warning', rule: 'row.empty-numbered', paragraph: 'Appendix 1',
        message: `Rows ${first}–${last} are numbered but empty: fill them in or delete them.`,
      });
    await openCheckAndRun('en', report([run(10, 14), run(17, 21)]));
    expect(await screen.findByTestId('count-warning')).toHaveTextContent('Warning: 2');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(['Row 10', 'Row 17']);
    expect(screen.getByRole('button', { name: /A10.*Rows 10–14 are numbered but empty/ })).toBeInTheDocument();
  });
});

describe('check: a large report', () => {
  test('renders a page of findings at a time, with a button for more', async () => {
    const many = Array.from({ length: 250 }, (_, i) => finding({ cell: `A${i + 10}`, row: i + 10, severity: i % 2 ? 'warning' : 'error', message: `Problem ${i}` }));
    const { user } = await openCheckAndRun('en', report(many));
    await screen.findByTestId('verdict');
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 250')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    // A new filter starts again from the first page.
    await user.click(screen.getByRole('button', { name: 'Warning (125)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    // jsdom's role queries over hundreds of findings take about 30 s alone on a shared two-core machine,
    // and over 60 s while the end-to-end suites' browsers run beside them in `npm test`.
  }, 150_000);
});

describe('check: marks refused', () => {
  test('a protected sheet refuses the marks: the problem is shown, and so are the findings the check judged', async () => {
    const failure = toExcelActionError('check', Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' }));
    failure.report = MIXED;
    const user = userEvent.setup();
    renderPane(fakeActions({ check: jest.fn().mockRejectedValue(failure) }));
    await user.click(screen.getByRole('tab', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(failure.messages.en);
    expect(await screen.findByTestId('verdict')).toHaveTextContent(INTERFACE_WORDS.notReady.en);
    expect(screen.getByTestId('count-error')).toHaveTextContent('Error: 2');
  });
});
