/**
 * The wire format of Microsoft's Excel client library (`excel-web-16.00.js`) as it talks to Excel on the
 * web: one JSON request per `context.sync()`, holding `Actions` over `ObjectPaths`. Found by experiment
 * (dumping what the real client sends) and by reading the client source; only what Tobokel's calls
 * produce is described here. Pure TypeScript, no Node APIs.
 */

/** What an action does. */
export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  EnsureUnchanged: 6,
  Recursive: 7,
  UpdateObject: 8,
} as const;

/** How an object path reaches its object from its parent. */
export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Arguments that are themselves objects (a Range passed to a method) name their path ids here. */
  ReferencedObjectPathIds?: (number | null)[];
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
  /** Paths the client wants kept alive; irrelevant to a responder. */
  L?: number[];
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface RequestBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface ActionResult {
  ActionId: number;
  Value?: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; ActionIndex: number; HttpStatusCode?: number; Location?: string };
}

/** An error Excel itself would answer (a protected sheet, a missing item): it travels back in the response. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A call the in-memory workbook does not know. The responder records it and fails the sync, so a misspelt
 * or unsupported call can never pass a test quietly.
 */
export class UnknownCallError extends HostError {
  constructor(what: string) {
    super('TobokelHost.UnknownCall', `Excel test host does not know ${what}`);
  }
}

/** `rowIndex` -> `RowIndex`: queries select camelCase names, paths and actions use PascalCase. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The request body, whichever form the client handed over (it passes an object; a browser may pass a string). */
export function parseRequestBody(body: unknown): RequestBody {
  const parsed = typeof body === 'string' ? (JSON.parse(body) as unknown) : body;
  const candidate = parsed as Partial<RequestBody> | null;
  if (!candidate || !Array.isArray(candidate.Actions) || typeof candidate.ObjectPaths !== 'object') {
    throw new Error('Excel test host: request body is not an Excel batch (no Actions/ObjectPaths)');
  }
  return candidate as RequestBody;
}

/** UTF-8 byte size of the request as it would travel (TextEncoder exists in Node and in browsers). */
export function requestBytes(body: unknown): number {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new TextEncoder().encode(text).length;
}

/**
 * Size of the JSON with every non-ASCII character escaped (`\u0439`: six bytes), the other form a response
 * may travel in: a Kyrgyz text is three times larger this way than in UTF-8.
 */
export function escapedBytes(body: unknown): number {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 6;
  return bytes;
}
