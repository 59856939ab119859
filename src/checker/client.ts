/**
 * The page's side of the engine: a Web Worker where the browser allows one, else the same engine in the
 * page (Chromium refuses workers to a page opened from a folder, file://), else nothing — and the page
 * says which. Both are started when the page has loaded, so the reader is in memory before a file is
 * chosen and nothing is fetched after that.
 */
import type { EngineMessage, EngineRequest } from './protocol';

export type EngineMode = 'worker' | 'page';

type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Terminal = Extract<EngineMessage, { type: 'checked' | 'bytes' | 'failed' }>;

export interface Engine {
  mode: EngineMode;
  /** Sends a request; `onMessage` hears its progress; resolves to its last message. */
  request(request: Request, onMessage?: (message: EngineMessage) => void): Promise<Terminal>;
}

function startWorker(): Promise<Worker | undefined> {
  let worker: Worker;
  try {
    // @ts-expect-error: import.meta is ES-module syntax, which webpack bundles (tsconfig's commonjs is for Node and Jest).
    worker = new Worker(new URL(/* webpackChunkName: "checker-worker" */ './worker.ts', import.meta.url));
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

function engineOn(mode: EngineMode, send: (request: EngineRequest) => void, listen: (handler: (message: EngineMessage) => void) => void): Engine {
  let next = 1;
  const listeners = new Map<number, (message: EngineMessage) => void>();
  listen((message) => {
    if ('id' in message) listeners.get(message.id)?.(message);
  });
  return {
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
  };
}

/** The engine, or undefined when the browser allows neither a worker nor the page's own chunk. */
export async function startEngine(): Promise<Engine | undefined> {
  const worker = await startWorker();
  if (worker) {
    return engineOn('worker', (request) => worker.postMessage(request), (handler) => {
      worker.onmessage = (event: MessageEvent<EngineMessage>) => handler(event.data);
    });
  }
  try {
    const { handle } = await import(/* webpackChunkName: "checker-engine" */ './engine');
    let handler: (message: EngineMessage) => void = () => undefined;
    return engineOn('page', (request) => void handle(request, (message) => handler(message)), (h) => (handler = h));
  } catch {
    return undefined;
  }
}
