/** What the page and the checking engine (in a worker, or in the page where workers are forbidden) say. */
import type { Consolidation } from '../cli/consolidate';
import type { Report } from '../checks/report';
import type { Localized, RegisterLanguage, UiLanguage } from '../order281/text';
import type { RegisterKind } from '../registers/kinds';

export type Stage = 'reading' | 'checking';

export type EngineRequest =
  | { type: 'check'; id: number; files: File[]; today: string }
  | { type: 'copy'; id: number; key: string; language: UiLanguage }
  | { type: 'template'; id: number; kinds: RegisterKind[]; language: RegisterLanguage; withSample: boolean; year: number };

export type FileOutcome =
  | { file: string; key: string; report: Report }
  | { file: string; unreadable: { code: string; messages: Localized } };

export type EngineMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; index: number; total: number; file: string; stage: Stage }
  | { type: 'file'; id: number; index: number; outcome: FileOutcome }
  | { type: 'checked'; id: number; consolidation?: Consolidation }
  | { type: 'bytes'; id: number; bytes: Uint8Array }
  | { type: 'failed'; id: number; messages: Localized };
