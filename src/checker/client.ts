/**
 * The page's side of the engine: a Web Worker where the browser allows one, else the same engine in the
 * page (Chromium refuses workers to a page opened from a folder, file://), else nothing — and the page
 * says which. Both are started when the page has loaded, so the reader is in memory before a file is
 * chosen and nothing is fetched after that.
 */
import type { Localized } from '../order281/text';
import type { EngineMessage, EngineRequest } from './protocol';
import { PAGE_STRINGS } from './strings';

export type EngineMode = 'worker' | 'page';

type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Terminal = Extract<EngineMessage, { type: 'checked' | 'bytes' | 'failed' }>;

export interface Engine {
  mode: EngineMode;
  /** Sends a request; `onMessage` hears its progress; resolves to its last message. */
  request(request: Request, onMessage?: (message: EngineMessage) => void): Promise<Terminal>;
}

function newWorker(): Worker {
  // @ts-expect-error: import.meta is ES-module syntax, which webpack bundles (tsconfig's commonjs is for Node and Jest).
  return new Worker(new URL(/* webpackChunkName: "checker-worker" */ './worker.ts', import.meta.url));
}

function startWorker(): Promise<Worker | undefined> {
  let worker: Worker;
  try {
    worker = newWorker();
  } catch {
    return Promise.resolve(undefined); // SecurityError: a page from file:// in Chromium
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<EngineMessage>) => {
      if (event.data.type === 'ready') resolve(worker);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(undefined);
    };
  });
}

function isTerminal(message: EngineMessage): message is Terminal {
  return message.type === 'checked' || message.type === 'bytes' || message.type === 'failed';
}

interface Wiring {
  engine: Engine;
  /** Hands a message from the engine to the request it answers. */
  dispatch(message: EngineMessage): void;
  /** Ends every request still waiting with `messages` (the engine stopped under them). */
  failAll(messages: Localized): void;
}

function wire(mode: EngineMode, send: (request: EngineRequest) => void): Wiring {
  let next = 1;
  const listeners = new Map<number, (message: EngineMessage) => void>();
  return {
    dispatch: (message) => {
      if ('id' in message) listeners.get(message.id)?.(message);
    },
    failAll: (messages) => {
      for (const [id, listener] of [...listeners]) listener({ type: 'failed', id, messages });
    },
    engine: {
      mode,
      request(request, onMessage) {
        const id = next++;
        return new Promise((resolve) => {
          listeners.set(id, (message) => {
            onMessage?.(message);
            if (!isTerminal(message)) return;
            listeners.delete(id);
            resolve(message);
          });
          send({ ...request, id } as EngineRequest);
        });
      },
    },
  };
}

/**
 * A worker that dies under a request (an uncaught error, or memory a huge file took) must not leave the
 * page saying "Reading…" for ever: the requests it held fail with a plain message, and the next request
 * gets a fresh worker.
 */
function workerEngine(first: Worker): Engine {
  let worker = first;
  const wiring = wire('worker', (request) => worker.postMessage(request));
  const attach = (current: Worker) => {
    current.onmessage = (event: MessageEvent<EngineMessage>) => wiring.dispatch(event.data);
    current.onerror = (event) => {
      event.preventDefault();
      current.terminate();
      try {
        worker = newWorker();
        attach(worker);
      } catch {
        // The next request fails as this one did.
      }
      wiring.failAll(PAGE_STRINGS.engineStopped);
    };
  };
  attach(worker);
  return wiring.engine;
}

/** The engine, or undefined when the browser allows neither a worker nor the page's own chunk. */
export async function startEngine(): Promise<Engine | undefined> {
  const worker = await startWorker();
  if (worker) return workerEngine(worker);
  try {
    const { handle } = await import(/* webpackChunkName: "checker-engine" */ './engine');
    const wiring: Wiring = wire('page', (request) => void handle(request, (message) => wiring.dispatch(message)));
    return wiring.engine;
  } catch {
    return undefined;
  }
}
