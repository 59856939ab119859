/**
 * What the demo says around its reports, so a first-time user knows what was written, how to read the
 * result, how to switch language and why the Order's own sample is not spotless.
 */
import type { Localized, UiLanguage } from '../order281/text';
import type { Report } from '../checks/report';

export const DEMO_GUIDE = {
  wroteSample: (file: string): Localized => ({
    ky: `Жазылды: ${file}\n  Буйруктун өзүндөгү эки тиркеменин үлгүсү (Экономика министрлиги) — Excel китеби катары.`,
    ru: `Записан файл ${file}\n  Образцы заполнения обоих приложений из самого распоряжения (Министерство экономики) — книгой Excel.`,
    en: `Wrote ${file}\n  The Order's own filled samples of both appendices (Ministry of Economy), as an Excel workbook.`,
  }),
  wroteMistakes: (file: string): Localized => ({
    ky: `Жазылды: ${file}\n  Ошол эле үлгү, ар бир кошулган сапта текшерүүчүлөр көп кездештирген бир катадан.`,
    ru: `Записан файл ${file}\n  Тот же образец, в каждой добавленной строке — одна из ошибок, которые проверяющие встречают чаще всего.`,
    en: `Wrote ${file}\n  The same sample with added rows, each carrying one of the mistakes reviewers meet most.`,
  }),
  checking: {
    ky: 'Экөө тең текшерилди; жыйынтыгы:',
    ru: 'Обе книги проверены; результат:',
    en: 'Both were checked; the result:',
  },
  howToRead: {
    ky: `Кантип окуу керек:
  • Файлдын биринчи сабы — корутунду: «Тапшырууга даяр» каталар жок дегенди билдирет; эскертүүлөр
    жана маалыматтар — кайра карап чыгуу үчүн, тапшырууга тоскоол эмес.
  • Андан кийинки ар бир сап: уяча, түрү (Ката, Эскертүү, Маалымат), эмне туура эмес жана Буйруктун
    кайсы пунктуна негизделгени.
  • «Коррупциогендик кызмат орундары» — 9-пункттун үч белгиси тең (дискрециялык ыйгарым укук, жарандар
    менен байланыш, коррупциогендик зона) табылган кызмат орундары; аларды 2-тиркемеге киргизүү керек.`,
    ru: `Как читать:
  • Первая строка файла — вывод: «Готово к представлению» значит, что ошибок нет; предупреждения и
    замечания — чтобы пересмотреть, представлению они не мешают.
  • Каждая строка ниже: ячейка, тип (Ошибка, Предупреждение, Замечание), что не так и на каком пункте
    распоряжения это основано.
  • «Коррупциогенные должности» — должности, у которых есть все три признака пункта 9 (дискреционные
    полномочия, контакты с гражданами, коррупционно опасная зона); их нужно внести в Приложение 2.`,
    en: `How to read it:
  • A file's first line is the verdict: "Ready to submit" means no errors; warnings and notes are for a
    second look and do not stop a submission.
  • Each line below it: the cell, the kind (Error, Warning, Note), what is wrong, and the paragraph of
    the Order it rests on.
  • "Corruption-prone positions" are posts that show all three signs of paragraph 9 (discretionary power,
    contact with citizens, a high-risk zone); they belong in Appendix 2.`,
  },
  sampleWhy: {
    ky: 'Эмне үчүн Буйруктун өз үлгүсү да эскертүү алат: ал бекитилген тизме эмес, басылып чыккан мисал:',
    ru: 'Почему даже образец из распоряжения получает предупреждения: это напечатанный пример, а не утверждённый перечень:',
    en: 'Why the Order\'s own sample draws warnings: it is a printed example, not an approved register:',
  },
  nextSteps: (sample: string, mistakes: string, dir: string): Localized => ({
    ky: `Андан ары:
  • Эки китепти Excelде ачып, отчет менен салыштырыңыз: ${sample}, ${mistakes}
  • Өз тизмеңизди текшериңиз: npx tobokel check FILE.xlsx (же бүтүндөй папканы: npx tobokel check ПАПКА)
  • Жетекчиге берүүчү отчет: npx tobokel check ${mistakes} --format html --out report.html
  • Башка тил: npm run demo -- --lang ru (орусча), --lang en (англисче), --lang ky (кыргызча);
    же LANG=ru_RU.UTF-8 сыяктуу чөйрө өзгөрмөсү. Китептер ${dir} папкасында калат.`,
    ru: `Дальше:
  • Откройте обе книги в Excel и сравните с отчётом: ${sample}, ${mistakes}
  • Проверьте свой перечень: npx tobokel check FILE.xlsx (или целую папку: npx tobokel check ПАПКА)
  • Отчёт для руководителя: npx tobokel check ${mistakes} --format html --out report.html
  • Другой язык: npm run demo -- --lang ky (кыргызский), --lang en (английский), --lang ru (русский);
    или переменная окружения вроде LANG=ky_KG.UTF-8. Книги остаются в папке ${dir}.`,
    en: `Next:
  • Open both workbooks in Excel and compare them with the report: ${sample}, ${mistakes}
  • Check your own register: npx tobokel check FILE.xlsx (or a whole folder: npx tobokel check FOLDER)
  • A report to hand over: npx tobokel check ${mistakes} --format html --out report.html
  • Another language: npm run demo -- --lang ky (Kyrgyz), --lang ru (Russian), --lang en (English);
    or a locale such as LANG=ru_RU.UTF-8. The workbooks stay in ${dir}.`,
  }),
};

/** Why a rule fires on the Order's printed sample, for the rules that do. */
const SAMPLE_REASONS: Record<string, Localized> = {
  'approval.undated': {
    ky: 'бекитүү датасынын сабы бош (« " _ " _____ »): аны жетекчи кол койгондо орган толтурат (11-пункт);',
    ru: 'строка даты утверждения пуста (« " _ " _____ »): её заполняет орган, когда руководитель подписывает перечень (пункт 11);',
    en: 'the approval date line is blank (« " _ " _____ »): a body fills it in when its head signs the register (paragraph 11);',
  },
  'level.zone-too-low': {
    ky: 'үлгү лицензиялоо тобокелдигин «төмөнкү» деп баалайт, ал эми лицензиялоо — 6-пункттагы коррупциогендик зона; деңгээлди орган өзү аныктайт, ошондуктан бул ката эмес, кайра карап чыгуу сунушу.',
    ru: 'образец оценивает риск при лицензировании как «низкий», а лицензирование — коррупционно опасная зона пункта 6; уровень определяет сам орган, поэтому это не ошибка, а повод пересмотреть.',
    en: 'the sample rates a licensing risk «low», while licensing is a high-risk zone of paragraph 6; the body sets the level itself, so this is a prompt to review it, not an error.',
  },
};

const OTHER_REASON: Localized = {
  ky: 'үлгү кыскартылган мисал, толук тизме эмес; эскертүү ката эмес — тапшырууга тоскоол болбойт.',
  ru: 'образец — сокращённый пример, а не полный перечень; предупреждение — не ошибка и представлению не мешает.',
  en: 'the sample is a shortened example, not a full register; a warning is not an error and does not stop a submission.',
};

/** One line per kind of warning the sample drew, in the order they first appear. */
export function sampleWhyLines(report: Report, lang: UiLanguage): string[] {
  const rules = [...new Set(report.findings.map((finding) => finding.rule))];
  const lines = rules.filter((rule) => SAMPLE_REASONS[rule]).map((rule) => SAMPLE_REASONS[rule][lang]);
  if (rules.some((rule) => !SAMPLE_REASONS[rule])) lines.push(OTHER_REASON[lang]);
  return lines.map((line) => `  • ${line}`);
}
