/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeActions, finding, flag, renderPane, report } from './fakes';

describe('flags', () => {
  test('before a check the tab asks for one', async () => {
    const user = userEvent.setup();
    renderPane(fakeActions(), 'en');
    await user.click(screen.getByRole('tab', { name: 'Positions' }));
    expect(await screen.findByText('Check the workbook first.')).toBeInTheDocument();
  });

  test('flagged positions with the evidence for each factor, and units missing from Appendix 2', async () => {
    const user = userEvent.setup();
    const missing = finding({
      sheet: 'Тизме 1',
      cell: 'C8',
      row: 8,
      column: 'unit',
      severity: 'warning',
      rule: 'positions.missing-flagged-unit',
      paragraph: 'p.9',
      messages: { ky: 'Лицензиялоо бөлүмү 2-тиркемеде жок', ru: 'Отдела лицензирования нет в Приложении 2', en: 'The licensing unit is not in Appendix 2' },
    });
    const actions = fakeActions({
      check: jest.fn().mockResolvedValue(report([missing], [flag(), flag({ sheet: 'Тизме 1', cell: 'C8', row: 8, kind: 'risks', position: 'Тендердик комиссия', factors: { discretion: ['тандоо'], contact: ['катышуучу'], zone: ['тендердик', 'сатып алуу', 'бюджетти', 'сатып алуунун', 'тооруктардын', 'сатып алуулар', 'контракттын'] }, zones: ['p.6/1'] })])),
    });
    renderPane(actions, 'ky');
    await user.click(screen.getByRole('tab', { name: 'Текшерүү' }));
    await user.click(await screen.findByRole('button', { name: 'Текшерүү' }));
    await screen.findByTestId('verdict');
    await user.click(screen.getByRole('tab', { name: 'Кызмат орундары' }));
    expect(await screen.findByText('Белгиленген кызмат орундары: 2')).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('tobokel-flag'));
    expect(cards).toHaveLength(2);
    const first = within(cards[0]);
    expect(first.getByText('Лицензиялоо бөлүмүнүн башчысы')).toBeInTheDocument();
    expect(first.getByText('Дискрециялык ыйгарым укук')).toBeInTheDocument();
    expect(first.getByText('«тездет»')).toBeInTheDocument();
    expect(first.getByText('Жарандар жана уюмдар менен байланыш')).toBeInTheDocument();
    expect(first.getByText('«арыз берүүчү»')).toBeInTheDocument();
    expect(first.getByText('Коррупциогендик зона')).toBeInTheDocument();
    expect(first.getByText('«лиценз»')).toBeInTheDocument();
    expect(first.getByText(/6-пункт/)).toBeInTheDocument();
    // A long description's zone words: each once whatever its ending, the first three, the rest counted.
    expect(within(cards[1]).getByText('«тендердик», «сатып алуу», «бюджетти» жана дагы 2')).toBeInTheDocument();
    // Going to the flagged cell.
    await user.click(first.getByRole('button', { name: /B7/ }));
    expect(actions.selectCell).toHaveBeenCalledWith('Тизме 2', 'B7');
    // Units flagged in Appendix 1 but missing from Appendix 2.
    const section = screen.getByRole('region', { name: '1-тиркемеде белгиленген, бирок 2-тиркемеде жок' });
    await user.click(within(section).getByRole('button', { name: /C8: Лицензиялоо бөлүмү 2-тиркемеде жок/ }));
    expect(actions.selectCell).toHaveBeenLastCalledWith('Тизме 1', 'C8');
  });

  test('no flags: says none were found', async () => {
    const user = userEvent.setup();
    renderPane(fakeActions(), 'ru');
    await user.click(screen.getByRole('tab', { name: 'Проверка' }));
    await user.click(await screen.findByRole('button', { name: 'Проверить' }));
    await screen.findByTestId('verdict');
    await user.click(screen.getByRole('tab', { name: 'Должности' }));
    expect(await screen.findByText('Коррупциогенных должностей не найдено.')).toBeInTheDocument();
    expect(screen.getByText('Все отмеченные в Приложении 1 подразделения есть в Приложении 2.')).toBeInTheDocument();
  });
});
