/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DiffView } from '../../src/checks/diff-view';
import { fakeActions, renderPane } from './fakes';

const view = (heading: string, note: string): DiffView => ({
  heading,
  counts: ['3 → 2: 0 added, 1 removed, 1 re-rated'],
  tables: [{ title: 'Removed', change: 'removed', columns: ['Last year', 'Risk', 'Level'], rows: [['2025, row 8', 'Мөөнөттөрдү бузуу', 'low']] }],
  notes: [note],
});
const VIEWS = { ky: view('Өткөн жыл', 'p.13 ky'), ru: view('Прошлый год', 'п.13 ru'), en: view('Last year against this year', 'Paragraph 13 asks…') };

async function openCheck(language: 'ky' | 'en', overrides = {}) {
  const user = userEvent.setup();
  const actions = fakeActions(overrides);
  renderPane(actions, language);
  await user.click(screen.getByRole('tab', { name: language === 'ky' ? 'Текшерүү' : 'Check' }));
  return { user, actions };
}

describe('for the head of the body', () => {
  test('Summary writes the sheet in the pane\'s language and says which sheet, and that the old one was replaced', async () => {
    const { user, actions } = await openCheck('ky', { summary: jest.fn().mockResolvedValue({ sheetName: 'Tobokel жыйынтык', replaced: 'Tobokel жыйынтык' }) });
    await user.click(await screen.findByRole('button', { name: 'Жыйынтык' }));
    expect(actions.summary).toHaveBeenCalledWith('ky');
    expect(await screen.findByTestId('summary-status')).toHaveTextContent('«Tobokel жыйынтык» барагы түзүлдү. Мурунку жыйынтык алмаштырылды.');
  });

  test('comparing with last year reads the picked file and shows the changes and the p.13 note', async () => {
    const { user, actions } = await openCheck('en', { compareWithLastYear: jest.fn().mockResolvedValue(VIEWS) });
    const file = new File(['xlsx bytes'], '2025.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await user.upload(await screen.findByTestId('last-year-file'), file);
    expect(actions.compareWithLastYear).toHaveBeenCalledWith(file);
    const result = await screen.findByTestId('diff-result');
    expect(within(result).getByRole('heading', { name: 'Last year against this year' })).toBeInTheDocument();
    expect(result).toHaveTextContent('Removed (1)');
    expect(result).toHaveTextContent('Last year: 2025, row 8 · Risk: Мөөнөттөрдү бузуу · Level: low');
    expect(result).toHaveTextContent('Paragraph 13 asks…');
  });

  test('a file that cannot be read is explained, in the pane\'s language', async () => {
    const failure = Object.assign(new Error('bad'), { messages: { ky: 'Файл окулбайт', ru: 'Файл не читается', en: 'The file cannot be read' } });
    const { user } = await openCheck('en', { compareWithLastYear: jest.fn().mockRejectedValue(failure) });
    await user.upload(await screen.findByTestId('last-year-file'), new File(['x'], 'x.xlsx'));
    expect(await screen.findByText('The file cannot be read')).toBeInTheDocument();
    expect(screen.queryByTestId('diff-result')).not.toBeInTheDocument();
  });
});
