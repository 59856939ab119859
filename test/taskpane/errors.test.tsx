/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExcelActionError, toExcelActionError } from '../../src/excel';
import { hostFromTestHook } from '../../src/taskpane/host';
import { createExcelActions } from '../../src/taskpane/services/excel-actions';
import { fakeActions, renderPane, report } from './fakes';

async function runCheck(check: jest.Mock, language: 'ky' | 'ru' | 'en' = 'en') {
  const user = userEvent.setup();
  const actions = fakeActions({ check });
  renderPane(actions, language);
  await user.click(screen.getByRole('tab', { name: { ky: 'Текшерүү', ru: 'Проверка', en: 'Check' }[language] }));
  await user.click(await screen.findByRole('button', { name: { ky: 'Текшерүү', ru: 'Проверить', en: 'Check' }[language] }));
  return { user, actions };
}

describe('errors from Excel', () => {
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled = [];
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  test('a cell in edit mode (raw Office error) becomes a message with what to do', async () => {
    const error = Object.assign(new Error('The operation is not allowed in cell edit mode.'), { code: 'InvalidOperationInCellEditMode' });
    // Through the real service: what Excel.run throws leaves it translated by the adapter.
    const service = createExcelActions(hostFromTestHook({ run: () => Promise.reject(error) }));
    await runCheck(jest.fn(() => service.check()));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Excel could not do that');
    expect(alert).toHaveTextContent('Press Enter or Esc, then try again.');
    expect(alert).toHaveTextContent('Excel said: The operation is not allowed in cell edit mode.');
  });

  test("the adapter's ExcelActionError shows its own localised message", async () => {
    const error = toExcelActionError('check', Object.assign(new Error('Sheet is protected'), { code: 'AccessDenied' }));
    expect(error).toBeInstanceOf(ExcelActionError);
    await runCheck(jest.fn().mockRejectedValue(error), 'ru');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(error.messages.ru);
  });

  test('an Excel too old for the action (ApiNotFound) reads plainly and offers the template workbooks instead', async () => {
    const error = Object.assign(new Error('Range.merge needs ExcelApi 1.2'), { code: 'ApiNotFound' });
    const service = createExcelActions(hostFromTestHook({ run: () => Promise.reject(error) }));
    await runCheck(jest.fn(() => service.check()), 'ky');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(toExcelActionError('check', error).messages.ky);
    expect(alert.querySelectorAll('a[href$=".xlsx"]').length).toBeGreaterThan(0);
  });

  test('an unknown failure still gets a sentence, and the message can be dismissed', async () => {
    const { user } = await runCheck(jest.fn().mockRejectedValue('boom'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something unexpected went wrong');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('while Excel works: progress is shown and the buttons are disabled; then they come back', async () => {
    let finish!: (value: ReturnType<typeof report>) => void;
    const check = jest.fn(() => new Promise<ReturnType<typeof report>>((resolve) => (finish = resolve)));
    await runCheck(check);
    expect(await screen.findByText('Checking…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear marks' })).toBeDisabled();
    await act(async () => finish(report([])));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Ready to submit');
    expect(screen.getByRole('button', { name: 'Check' })).toBeEnabled();
    expect(screen.queryByText('Checking…')).toBeNull();
  });
});
