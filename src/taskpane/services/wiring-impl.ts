/** Placeholder until src/excel and src/registers/plans land; replaced by the real wiring. */
import type { Wiring } from './wiring';

function notYet(): never {
  throw new Error('The Excel adapter is not built into this pane yet.');
}

export const wiring: Wiring = {
  buildPlan: notYet,
  insertTemplate: async () => notYet(),
  checkWorkbook: async () => notYet(),
  clearMarks: async () => notYet(),
  selectCell: async () => notYet(),
};
