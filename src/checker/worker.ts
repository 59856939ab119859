/** The checker's Web Worker: reading and checking off the page's thread, so a big file never freezes it. */
import { handle } from './engine';
import type { EngineMessage, EngineRequest } from './protocol';

const scope = self as unknown as { postMessage(message: EngineMessage, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<EngineRequest>) => void) | null };

scope.onmessage = (event) => void handle(event.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
scope.postMessage({ type: 'ready' });
