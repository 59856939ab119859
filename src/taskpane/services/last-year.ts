/**
 * Last year's register, read in the browser from the file the user picked: nothing is uploaded. The
 * .xlsx reader (src/xlsx, ExcelJS) is loaded with import() on first use, so the pane's first load does
 * not carry it.
 */
import type { Localized } from '../../order281/text';
import type { Register } from '../../registers/model';
import { readRegisters } from '../../registers/read';

export class LastYearReadError extends Error {
  override readonly name = 'LastYearReadError';

  constructor(readonly messages: Localized) {
    super(messages.en);
  }
}

export async function readLastYear(file: File): Promise<Register[]> {
  const { readWorkbook, isWorkbookReadError } = await import(/* webpackChunkName: "xlsx-reader" */ '../../xlsx');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return readRegisters(await readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { file: file.name }));
  } catch (error) {
    if (isWorkbookReadError(error)) throw new LastYearReadError(error.messages);
    throw error;
  }
}
