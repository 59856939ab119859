/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initialLanguage, LANGUAGE_STORAGE_KEY, languageFromDisplay } from '../../src/taskpane/language';
import { fakeActions, renderPane } from './fakes';

beforeEach(() => localStorage.clear());

describe('language', () => {
  test.each([
    ['ky-KG', 'ky'],
    ['ky', 'ky'],
    ['ru-RU', 'ru'],
    ['ru-KG', 'ru'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('Office display language %p speaks %p', (display, expected) => {
    expect(languageFromDisplay(display)).toBe(expected);
  });

  test('the pane opens in the display language', async () => {
    renderPane(fakeActions(), initialLanguage('ru-RU'));
    expect(await screen.findByRole('tab', { name: 'Формы' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Тобокел');
    expect(screen.getByText('Распоряжение № 281: перечни коррупционных рисков')).toBeInTheDocument();
  });

  test('switching the language changes every string and is remembered for next time', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPane(fakeActions(), initialLanguage('ky-KG'));
    expect(screen.getByRole('tab', { name: 'Формалар' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Интерфейстин тили' }), 'en');
    expect(screen.getByRole('tab', { name: 'Forms' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Interface language' })).toHaveValue('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    unmount();
    // Next session: Office still says Kyrgyz, the remembered choice wins.
    renderPane(fakeActions(), initialLanguage('ky-KG'));
    expect(screen.getByRole('tab', { name: 'Forms' })).toBeInTheDocument();
  });

  test('a remembered value that is not a language is ignored', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(initialLanguage('ru-RU')).toBe('ru');
  });

  test('tabs work from the keyboard (arrow keys move and select)', async () => {
    const user = userEvent.setup();
    renderPane(fakeActions(), 'en');
    const forms = screen.getByRole('tab', { name: 'Forms' });
    forms.focus();
    await user.keyboard('{ArrowRight}');
    const check = screen.getByRole('tab', { name: 'Check' });
    expect(check).toHaveFocus();
    expect(check).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Clear marks' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(forms).toHaveAttribute('aria-selected', 'true');
  });
});
