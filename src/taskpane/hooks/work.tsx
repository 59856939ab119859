/**
 * One Excel operation at a time. Every action goes through `run`: it shows progress, disables the other
 * buttons while Excel works (two overlapping batches would race on the same cells), and catches every
 * failure into a readable problem, so nothing becomes an unhandled rejection.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StringKey } from '../strings';
import { describeError, type ActionProblem } from '../services/errors';

export interface WorkState {
  /** What is running, as a string key for its progress label; undefined when idle. */
  busy: StringKey | undefined;
  problem: ActionProblem | undefined;
  dismissProblem(): void;
  /** Runs `task` unless something else is running; resolves to its result, or undefined on failure. */
  run<T>(label: StringKey, task: () => Promise<T>): Promise<T | undefined>;
}

const WorkContext = createContext<WorkState | undefined>(undefined);

/** Lets the browser paint the spinner before a task that may keep the thread busy (the core's checks). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function WorkProvider({ children }: { children: ReactNode }) {
  const [busy, setBusy] = useState<StringKey | undefined>(undefined);
  const [problem, setProblem] = useState<ActionProblem | undefined>(undefined);
  const running = useRef(false);

  const run = useCallback(async <T,>(label: StringKey, task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(label);
    setProblem(undefined);
    try {
      await nextFrame();
      return await task();
    } catch (error) {
      setProblem(describeError(error));
      return undefined;
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);

  const value = useMemo<WorkState>(
    () => ({ busy, problem, dismissProblem: () => setProblem(undefined), run }),
    [busy, problem, run],
  );
  return <WorkContext.Provider value={value}>{children}</WorkContext.Provider>;
}

export function useWork(): WorkState {
  const state = useContext(WorkContext);
  if (!state) throw new Error('useWork outside WorkProvider');
  return state;
}
