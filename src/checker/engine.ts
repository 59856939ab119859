/**
 * What the page asks of the checker, done with the command line's own pieces: the same reader and limits
 * (src/xlsx), the same checks, the same consolidation, the same templates. Runs in a Web Worker, or in the
 * page itself where the browser forbids workers (a page opened from a folder in Chromium). Each checked
 * file's bytes stay here, so "Download a checked copy" needs no second pick of the file.
 */
import { checkRegisters } from '../checks/check';
import { readRegisters } from '../registers/read';
import { buildSheetPlan } from '../registers/plans';
import { defaultTemplateOptions } from '../registers/template-options';
import { Consolidator } from '../cli/consolidate';
import { MESSAGES } from '../cli/messages';
import { DEFAULT_LIMITS, isWorkbookReadError, readWorkbook, WorkbookReadError, writeMarkedCopy, writePlans } from '../xlsx';
import { oneLine } from '../xlsx/inspect';
import { REASONS } from '../xlsx/reasons';
import type { Report } from '../checks/report';
import type { EngineMessage, EngineRequest, FileOutcome } from './protocol';

const checked = new Map<string, { bytes: Uint8Array; report: Report; file: string; today: Date }>();

async function readBytes(file: File): Promise<Uint8Array> {
  // Refused before a byte is read, as the command line refuses by the file's size on disk.
  if (file.size > DEFAULT_LIMITS.maxFileBytes) {
    throw new WorkbookReadError('too-large', file.name, REASONS.fileTooLarge(file.size, DEFAULT_LIMITS.maxFileBytes));
  }
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new WorkbookReadError('unreadable', file.name, REASONS.cannotOpen(oneLine(error)));
  }
}

async function checkOne(file: File, key: string, today: Date, stage: (s: 'reading' | 'checking') => void, consolidator?: Consolidator): Promise<FileOutcome> {
  try {
    stage('reading');
    const bytes = await readBytes(file);
    const grids = await readWorkbook(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { file: file.name });
    stage('checking');
    const registers = readRegisters(grids);
    const report = checkRegisters(registers, grids, { today, file: file.name });
    consolidator?.add({ file: file.name, report, registers });
    checked.set(key, { bytes, report, file: file.name, today });
    return { file: file.name, key, report };
  } catch (error) {
    const messages = isWorkbookReadError(error) ? error.messages : MESSAGES.internalError(file.name, oneLine(error));
    return { file: file.name, unreadable: { code: isWorkbookReadError(error) ? error.code : 'internal', messages } };
  }
}

/** A body is named by its file, as the command line names it. */
const bodyOf = (file: string) => file.replace(/\.xlsx$/i, '');

export async function handle(request: EngineRequest, post: (message: EngineMessage, transfer?: Transferable[]) => void): Promise<void> {
  try {
    if (request.type === 'check') {
      const { id, files } = request;
      const today = new Date(request.today);
      // A new batch replaces the last: only what is on screen can be downloaded.
      checked.clear();
      const consolidator = files.length > 1 ? new Consolidator(bodyOf) : undefined;
      for (const [index, file] of files.entries()) {
        const stage = (s: 'reading' | 'checking') => post({ type: 'progress', id, index, total: files.length, file: file.name, stage: s });
        const outcome = await checkOne(file, `${id}:${index}`, today, stage, consolidator);
        post({ type: 'file', id, index, outcome });
      }
      post({ type: 'checked', id, consolidation: consolidator?.result() });
    } else if (request.type === 'copy') {
      const entry = checked.get(request.key);
      if (!entry) throw new Error(`no checked file ${request.key}`);
      const bytes = await writeMarkedCopy(entry.bytes, entry.report, { file: entry.file, language: request.language, today: entry.today });
      post({ type: 'bytes', id: request.id, bytes }, [bytes.buffer]);
    } else {
      const { kinds, language, withSample, year } = request;
      const plans = kinds.map((kind) => buildSheetPlan({ ...defaultTemplateOptions(kind, language, year), withSample }));
      const buffer = await writePlans(plans);
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
      post({ type: 'bytes', id: request.id, bytes }, [bytes.buffer]);
    }
  } catch (error) {
    const messages = isWorkbookReadError(error) ? error.messages : MESSAGES.failed(oneLine(error));
    post({ type: 'failed', id: request.id, messages });
  }
}
