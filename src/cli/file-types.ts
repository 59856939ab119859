/**
 * Files a reviewer receives that are not .xlsx workbooks, told apart by their names. A folder check lists
 * each of them with what it is and what to do, instead of passing over it: a submission that went
 * unchecked must not look like one that passed.
 */
import path from 'path';
import type { Localized } from '../order281/text';

export type FileType = 'xls' | 'csv' | 'word' | 'pdf' | 'ods' | 'other';

const EXTENSIONS: Record<string, FileType> = {
  '.xls': 'xls', '.xlt': 'xls', '.xlsb': 'xls', '.xlsm': 'xls',
  '.csv': 'csv',
  '.doc': 'word', '.docx': 'word', '.rtf': 'word', '.odt': 'word',
  '.pdf': 'pdf',
  '.ods': 'ods',
};

/** What a file is by its name; undefined for an .xlsx, the one kind `check` reads. */
export function fileTypeOf(file: string): FileType | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx') return undefined;
  return EXTENSIONS[extension] ?? 'other';
}

/** Files in a folder that are nobody's submission: the system's own, hidden ones, Excel's lock files. */
export function isIncidental(name: string): boolean {
  return /^(~\$|\.)/.test(name) || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/** Why the file was not checked and what to do, in plain words. */
export const FILE_TYPE_REASONS: Record<FileType, Localized> = {
  xls: {
    ky: 'бул Excelдин башка форматындагы файл (.xls, .xlsb же .xlsm) — Excelде ачып, «Excel китеби (.xlsx)» катары сактаңыз',
    ru: 'это файл Excel другого формата (.xls, .xlsb или .xlsm) — откройте его в Excel и сохраните как «Книга Excel (.xlsx)»',
    en: 'an Excel file in another format (.xls, .xlsb or .xlsm) — open it in Excel and save it as an Excel Workbook (.xlsx)',
  },
  csv: {
    ky: 'бул CSV текст файлы, Excel китеби эмес — Excelде ачып, .xlsx катары сактаңыз',
    ru: 'это текстовый файл CSV, а не книга Excel — откройте его в Excel и сохраните как .xlsx',
    en: 'a CSV text file, not a workbook — open it in Excel and save it as .xlsx',
  },
  word: {
    ky: 'бул Word документи — тизменин таблицасын Excelге көчүрүп, .xlsx катары сактаңыз',
    ru: 'это документ Word — скопируйте таблицу перечня в Excel и сохраните как .xlsx',
    en: 'a Word document — copy the register\'s table into Excel and save it as .xlsx',
  },
  pdf: {
    ky: 'бул PDF файлы, аны текшерүүгө болбойт — органдан тизмени .xlsx китеби катары сураңыз',
    ru: 'это файл PDF, его нельзя проверить — запросите у органа перечень в виде книги .xlsx',
    en: 'a PDF, which cannot be checked — ask the body for the register as an .xlsx workbook',
  },
  ods: {
    ky: 'бул OpenDocument таблицасы (.ods) — Excelде же LibreOffice Calcта ачып, .xlsx катары сактаңыз',
    ru: 'это таблица OpenDocument (.ods) — откройте её в Excel или LibreOffice Calc и сохраните как .xlsx',
    en: 'an OpenDocument spreadsheet (.ods) — open it in Excel or LibreOffice Calc and save it as .xlsx',
  },
  other: {
    ky: 'Excel китеби (.xlsx) эмес; .xlsx файлдары гана текшерилет',
    ru: 'это не книга Excel (.xlsx); проверяются только файлы .xlsx',
    en: 'not an Excel workbook (.xlsx); only .xlsx files are checked',
  },
};

/** The one-line reason naming the file, as the reader's errors name it. */
export function fileTypeMessages(file: string, type: FileType): Localized {
  const reason = FILE_TYPE_REASONS[type];
  return { ky: `${file}: ${reason.ky}`, ru: `${file}: ${reason.ru}`, en: `${file}: ${reason.en}` };
}

/** The report code a listed file gets: the reader's own for an old .xls, else not-xlsx. */
export function fileTypeCode(type: FileType): 'legacy-xls' | 'not-xlsx' {
  return type === 'xls' ? 'legacy-xls' : 'not-xlsx';
}
