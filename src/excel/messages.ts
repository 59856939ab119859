/**
 * Everything the adapter says to a person, in the three interface languages. Kept apart from the code so
 * the wording can be reviewed in one place.
 */
import type { SkippedFeature } from '../checks/report';
import type { Localized } from '../order281/text';

export function skipped(feature: SkippedFeature['feature'], version: string): SkippedFeature {
  return { feature, requirement: `ExcelApi ${version}`, messages: SKIP_MESSAGES[feature] };
}

const SKIP_MESSAGES: Record<SkippedFeature['feature'], Localized> = {
  layout: {
    ky: 'Бул Excel уячаларды бириктире жана мамычалардын туурасын, саптардын бийиктигин орното албайт (ExcelApi 1.2 керек: Excel 2016 жаңыртуусу же жаңыраак). Форманын тексти толук кыстарылды; Буйруктагыдай көрүнүш үчүн үлгү китепти (.xlsx) жүктөп алыңыз.',
    ru: 'Эта версия Excel не умеет объединять ячейки и задавать ширину столбцов и высоту строк (нужен ExcelApi 1.2: обновлённый Excel 2016 или новее). Текст формы вставлен полностью; чтобы форма выглядела как в Распоряжении, скачайте книгу-шаблон (.xlsx).',
    en: 'This Excel cannot merge cells or set column widths and row heights (needs ExcelApi 1.2: an updated Excel 2016 or later). The form’s text was inserted in full; for the Order’s layout, download the template workbook (.xlsx).',
  },
  dropdowns: {
    ky: 'Бул Excel ачылуучу тизмелерди кошо албайт (ExcelApi 1.8 керек: Excel 2021 же Microsoft 365). Форма тизмелерсиз кыстарылды — категорияны, деңгээлди жана функциянын түрүн Буйруктагы тизмелерден жазыңыз.',
    ru: 'Эта версия Excel не умеет добавлять раскрывающиеся списки (нужен ExcelApi 1.8: Excel 2021 или Microsoft 365). Форма вставлена без списков — вводите категорию, уровень и тип функции из перечней Приказа.',
    en: 'This Excel cannot add dropdown lists (needs ExcelApi 1.8: Excel 2021 or Microsoft 365). The form was inserted without them — type the category, level and function type from the Order’s lists.',
  },
  marks: {
    ky: 'Бул Excel шарттуу форматтоону колдобойт (ExcelApi 1.6 керек: Excel 2019 же жаңыраак). Табылгалар панелде көрсөтүлдү, бирок уячалар белгиленген жок.',
    ru: 'Эта версия Excel не поддерживает условное форматирование (нужен ExcelApi 1.6: Excel 2019 или новее). Замечания показаны в панели, но ячейки не отмечены.',
    en: 'This Excel does not support conditional formats (needs ExcelApi 1.6: Excel 2019 or later). The findings are listed in the pane, but the cells were not marked.',
  },
  freeze: {
    ky: 'Бул Excel аймактарды беките албайт (ExcelApi 1.7 керек). Баш сапты өзүңүз бекитиңиз: Көрүнүш › Аймактарды бекитүү.',
    ru: 'Эта версия Excel не умеет закреплять области (нужен ExcelApi 1.7). Закрепите шапку сами: Вид › Закрепить области.',
    en: 'This Excel cannot freeze panes (needs ExcelApi 1.7). Freeze the header yourself: View › Freeze Panes.',
  },
  print: {
    ky: 'Бул Excel басып чыгаруу параметрлерин орното албайт (ExcelApi 1.9 керек). A4, альбомдук багыт, бир бет туурасына жана кайталанган баш сапты Барактын белгилөөсүнөн орнотуңуз.',
    ru: 'Эта версия Excel не умеет задавать параметры печати (нужен ExcelApi 1.9). Задайте A4, альбомную ориентацию, вписать по ширине и сквозные строки на вкладке «Разметка страницы».',
    en: 'This Excel cannot set print options (needs ExcelApi 1.9). Set A4, landscape, fit to one page wide and repeated header rows under Page Layout.',
  },
};

export type ExcelProblem = 'protected' | 'edit-mode' | 'busy' | 'too-large' | 'not-found' | 'unsupported' | 'refused-value' | 'general' | 'unknown';

/** What happened and what to do, per problem. */
export const PROBLEM_MESSAGES: Record<ExcelProblem, Localized> = {
  protected: {
    ky: 'Excel өзгөртүүнү кабыл алган жок: барак же китептин түзүлүшү корголгон. Коргоону алып салыңыз (Карап чыгуу › Баракты коргоону алуу) жана кайра аракет кылыңыз.',
    ru: 'Excel не принял изменение: лист или структура книги защищены. Снимите защиту (Рецензирование › Снять защиту листа) и повторите.',
    en: 'Excel refused the change: the sheet or the workbook structure is protected. Remove the protection (Review › Unprotect Sheet) and try again.',
  },
  'edit-mode': {
    ky: 'Excel уячаны түзөтүү режиминде. Enter же Esc басып, кайра аракет кылыңыз.',
    ru: 'Excel в режиме редактирования ячейки. Нажмите Enter или Esc и повторите.',
    en: 'Excel is editing a cell. Press Enter or Esc, then try again.',
  },
  busy: {
    ky: 'Excel азыр бош эмес же байланыш үзүлдү. Бир аздан кийин кайра аракет кылыңыз.',
    ru: 'Excel сейчас занят или связь прервалась. Повторите чуть позже.',
    en: 'Excel is busy or the connection dropped. Try again in a moment.',
  },
  'too-large': {
    ky: 'Барак Excel бир жолу иштете ала тургандан чоң. Тизмени өзүнчө баракка же китепке бөлүп, кайра текшериңиз.',
    ru: 'Лист больше, чем Excel может обработать за один раз. Вынесите перечень на отдельный лист или в отдельную книгу и повторите.',
    en: 'The sheet is larger than Excel can handle in one go. Move the register to a sheet or workbook of its own and try again.',
  },
  'not-found': {
    ky: 'Барак же уяча табылган жок: ал өчүрүлгөн же аты өзгөртүлгөн болушу мүмкүн. Кайра текшериңиз.',
    ru: 'Лист или ячейка не найдены: возможно, их удалили или переименовали. Выполните проверку заново.',
    en: 'The sheet or cell was not found: it may have been deleted or renamed. Run the check again.',
  },
  unsupported: {
    ky: 'Бул Excel бул аракетти колдобойт: ал эски версия. Excelди жаңыртыңыз же үлгү китепти (.xlsx) жүктөп алып, ошол жерде иштеңиз.',
    ru: 'Эта версия Excel не поддерживает это действие: она устарела. Обновите Excel или скачайте книгу-шаблон (.xlsx) и работайте в ней.',
    en: 'This Excel does not support this action: it is too old. Update Excel, or download the template workbook (.xlsx) and work in that.',
  },
  'refused-value': {
    ky: 'Excel маанилердин бирин кабыл алган жок (мисалы, өтө узун текст же туура эмес дарек). Баракты текшерип, кайра аракет кылыңыз; ката кайталанса, төмөнкү маалыматты колдоо кызматына жөнөтүңүз.',
    ru: 'Excel не принял одно из значений (например, слишком длинный текст или неверный адрес). Проверьте лист и повторите; если ошибка повторится, передайте сведения ниже в поддержку.',
    en: 'Excel refused one of the values (for example a text too long or a wrong address). Check the sheet and try again; if it happens again, send the details below to support.',
  },
  general: {
    ky: 'Excel аракетти аягына чыгара алган жок. Китепти сактап, бир аздан кийин кайра аракет кылыңыз.',
    ru: 'Excel не смог завершить действие. Сохраните книгу и повторите чуть позже.',
    en: 'Excel could not finish the action. Save the workbook and try again in a moment.',
  },
  unknown: {
    ky: 'Excel күтүлбөгөн ката кайтарды. Кайра аракет кылыңыз; ката кайталанса, төмөнкү маалыматты колдоо кызматына жөнөтүңүз.',
    ru: 'Excel вернул непредвиденную ошибку. Повторите; если ошибка повторится, передайте сведения ниже в поддержку.',
    en: 'Excel returned an unexpected error. Try again; if it happens again, send the details below to support.',
  },
};
