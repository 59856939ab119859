/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { fakeActions, FULL, renderPane } from './fakes';

describe('where Excel falls short', () => {
  test('without ExcelApi 1.8: says dropdowns are unavailable and offers the template workbooks', async () => {
    renderPane(fakeActions({ capabilities: { ...FULL, dropdowns: false } }), 'ky');
    const notice = await screen.findByTestId('capability-notice');
    expect(notice).toHaveTextContent('Ачылма тизмелер жеткиликсиз');
    expect(notice).toHaveTextContent('ExcelApi 1.8');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'templates/appendix-1-ky.xlsx',
      'templates/appendix-2-ky.xlsx',
      'templates/appendix-1-ru.xlsx',
      'templates/appendix-2-ru.xlsx',
      'check.html',
    ]);
    // The checker page, for checking without the add-in, opens beside the pane in a browser.
    expect(screen.getByTestId('checker-page-link')).toHaveTextContent('Китепти браузерде текшерүү');
    expect(screen.getByRole('navigation', { name: 'Форманы Excel файлы катары жүктөп алуу' })).toBeInTheDocument();
    // Inserting still works (without dropdowns): the button stays enabled.
    expect(await screen.findByRole('button', { name: 'Форманы кыстаруу' })).toBeEnabled();
  });

  test('an Excel without ExcelApi 1.1 cannot insert or check, and says so', async () => {
    renderPane(fakeActions({ capabilities: { inExcel: true, basic: false, dropdowns: false, conditionalFormats: false } }), 'en');
    expect(await screen.findByTestId('capability-notice')).toHaveTextContent('This Excel is too old');
    expect(await screen.findByRole('button', { name: 'Insert the form' })).toBeDisabled();
  });

  test('outside Excel: explains where Tobokel works, offers the workbooks, disables the actions', async () => {
    renderPane(fakeActions({ capabilities: { inExcel: false, basic: false, dropdowns: false, conditionalFormats: false } }), 'ru');
    expect(await screen.findByTestId('capability-notice')).toHaveTextContent('Тобокел работает внутри Excel');
    // The four workbooks and the checker page.
    expect(screen.getAllByRole('link')).toHaveLength(5);
    expect(screen.getByRole('link', { name: 'Проверить книгу в браузере (без надстройки)' })).toHaveAttribute('href', 'check.html');
    expect(await screen.findByRole('button', { name: 'Вставить форму' })).toBeDisabled();
  });

  test('a current Excel shows no notice', async () => {
    renderPane(fakeActions(), 'en');
    await screen.findByRole('button', { name: 'Insert the form' });
    expect(screen.queryByTestId('capability-notice')).toBeNull();
  });
});
