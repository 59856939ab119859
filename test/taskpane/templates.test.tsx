/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeActions, renderPane } from './fakes';

describe('templates', () => {
  test("inserts Appendix 1 with the form's two headings and 5 rows by default", async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderPane(actions, 'ky');
    await user.click(await screen.findByRole('button', { name: 'Форманы кыстаруу' }));
    expect(actions.insertTemplate).toHaveBeenCalledWith({
      kind: 'risks',
      language: 'ky',
      withSample: false,
      rowsPerHeading: 5,
      headings: ['permitting', 'services'],
    });
    expect(await screen.findByText('«Тизме 1» барагы кошулду.')).toBeInTheDocument();
  });

  test('every option reaches the insert: register, language, sample rows, rows, headings', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderPane(actions, 'en');
    await user.click(await screen.findByRole('radio', { name: 'Russian' }));
    await user.click(screen.getByRole('checkbox', { name: "with the Order's sample rows" }));
    // Headings are named in the form's language.
    await user.click(screen.getByRole('checkbox', { name: 'Контрольно-надзорная функция' }));
    await user.click(screen.getByRole('checkbox', { name: 'Разрешительная функция' }));
    const rows = screen.getByRole('spinbutton', { name: 'Empty rows under each heading' });
    await user.clear(rows);
    await user.type(rows, '12');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Insert the form' }));
    expect(actions.insertTemplate).toHaveBeenCalledWith({
      kind: 'risks',
      language: 'ru',
      withSample: true,
      rowsPerHeading: 12,
      headings: ['services', 'control'],
    });
  });

  test('Appendix 2 has no function headings', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    renderPane(actions, 'en');
    await user.click(await screen.findByRole('radio', { name: 'Appendix 2: list of corruption-prone positions' }));
    expect(screen.queryByRole('group', { name: 'Function headings' })).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Empty rows' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Insert the form' }));
    expect(actions.insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ kind: 'positions' }));
  });

  test('no heading chosen: says so and does not insert', async () => {
    const user = userEvent.setup();
    renderPane(fakeActions(), 'en');
    await user.click(await screen.findByRole('checkbox', { name: 'Уруксат берүү функциясы' }));
    await user.click(screen.getByRole('checkbox', { name: 'Кызмат көрсөтүү функциясы' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one heading.');
    expect(screen.getByRole('button', { name: 'Insert the form' })).toBeDisabled();
  });

  test('what an older Excel skipped is listed after the insert', async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      insertTemplate: jest.fn().mockResolvedValue({
        sheetName: 'Тизме 1 (2)',
        skipped: [{ feature: 'dropdowns', requirement: 'ExcelApi 1.8', messages: { ky: 'тизмелер жок', ru: 'нет списков', en: 'no dropdowns' } }],
      }),
    });
    renderPane(actions, 'ru');
    await user.click(await screen.findByRole('button', { name: 'Вставить форму' }));
    expect(await screen.findByText(/Добавлен лист «Тизме 1 \(2\)»/)).toBeInTheDocument();
    expect(screen.getByText('нет списков (ExcelApi 1.8)')).toBeInTheDocument();
  });

  test('a skipped-feature message that names its requirement is not repeated', async () => {
    const user = userEvent.setup();
    const skipped = [{ feature: 'print' as const, requirement: 'ExcelApi 1.9', messages: { ky: 'x (ExcelApi 1.9)', ru: 'нужен ExcelApi 1.9', en: 'needs ExcelApi 1.9' } }];
    renderPane(fakeActions({ insertTemplate: jest.fn().mockResolvedValue({ sheetName: 'A', skipped }) }), 'en');
    await user.click(await screen.findByRole('button', { name: 'Insert the form' }));
    expect(await screen.findByText('needs ExcelApi 1.9')).toBeInTheDocument();
  });

  test('a Russian interface proposes a Russian form', async () => {
    renderPane(fakeActions(), 'ru');
    expect(await screen.findByRole('radio', { name: 'Русский' })).toBeChecked();
  });
});
