/** Injects the ExcelActions service, so components never reach for Office.js and tests pass a fake. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ExcelActions } from './excel-actions';

const ActionsContext = createContext<ExcelActions | undefined>(undefined);

export function ActionsProvider({ actions, children }: { actions: ExcelActions; children: ReactNode }) {
  return <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>;
}

export function useActions(): ExcelActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions outside ActionsProvider');
  return actions;
}
