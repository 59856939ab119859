/**
 * The responder: answers each batch the Excel client library sends, by playing the in-memory workbook.
 * It resolves object paths to host objects, runs the actions in order, and builds the response Excel on
 * the web would send. It counts syncs and records each request's size, so tests can hold operations to
 * their round-trip and payload budgets. Pure TypeScript, no Node APIs: a browser page can bundle it.
 */
import { ApiSetTable, DEFAULT_EXCEL_API, hasApiSet } from './api-sets';
import { Workbook } from './model';
import { HostObject, isHostObject, workbookObject } from './objects';
import {
  ActionResult,
  ActionType,
  ArgumentInfo,
  HostError,
  ObjectPathType,
  RequestBody,
  ResponseBody,
  UnknownCallError,
  WireAction,
  pascal,
  parseRequestBody,
  requestBytes,
  escapedBytes,
} from './protocol';

export interface RequestRecord {
  /** UTF-8 size of the request body: Excel on the web refuses 5 MB. */
  bytes: number;
  actions: number;
  /**
   * Size of our answer, the larger of its UTF-8 size and its size with non-ASCII escaped (`\uXXXX`, six
   * bytes a Cyrillic letter): Excel on the web caps responses at 5 MB, and which form travels is not ours
   * to choose.
   */
  responseBytes: number;
}

/** How strict the host is; every default is Excel's own behaviour. */
export interface HostOptions {
  /** The ExcelApi version the host plays, e.g. `1.1` for Excel 2016, `1.7` for Office 2019. */
  excelApi?: string;
  /** Which version each member needs (api-sets.ts); without it only the library's client-side check holds. */
  apiSets?: ApiSetTable;
}

/** A call as the fault hook sees it: the host object's type and the wire name (`Range`, `Merge`). */
export interface HostCall {
  type: string;
  name: string;
}

export class ExcelHostResponder {
  /** One entry per `context.sync()` that reached Excel. */
  readonly requests: RequestRecord[] = [];
  /** Calls the host did not know: any entry here means the adapter made a call Excel would not accept. */
  readonly failures: string[] = [];
  /** Requests refused for size (request or response over the limit), by error code: a well-sized read never lands here. */
  readonly refusals: string[] = [];

  /**
   * Excel on the web refuses a request, and fails a response, above 5 MB. Tests may lower these to see
   * how the adapter copes; desktop Excel has no such limit (set Infinity to play it).
   */
  readonly limits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024 };

  /** Plays a failure Excel could give at a given call (a limit, a sudden protection): return the error to raise. */
  failOn?: (call: HostCall) => HostError | undefined;

  readonly excelApi: string;
  private readonly apiSets: ApiSetTable;

  constructor(
    readonly workbook: Workbook,
    options: HostOptions = {},
  ) {
    this.excelApi = options.excelApi ?? DEFAULT_EXCEL_API;
    this.apiSets = options.apiSets ?? {};
  }

  /** Refuses a member newer than the Excel the host plays, as that Excel's server does. */
  checkApi(type: string, wireName: string): void {
    const member = `${type}.${wireName.charAt(0).toLowerCase()}${wireName.slice(1)}`;
    const needed = this.apiSets[member];
    if (needed && !hasApiSet(this.excelApi, needed)) {
      throw new HostError('ApiNotFound', `${member} needs ExcelApi ${needed}; this Excel has ExcelApi ${this.excelApi}`);
    }
  }

  /** Raises the failure `failOn` plays for this call, if any. */
  checkFault(type: string, name: string): void {
    const error = this.failOn?.({ type, name });
    if (error) throw error;
  }

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
  }

  get maxResponseBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.responseBytes), 0);
  }

  /** Forget the counts (not the workbook), e.g. between the set-up and the operation under measurement. */
  resetStats(): void {
    this.requests.length = 0;
    this.refusals.length = 0;
  }

  respond(rawBody: unknown): ResponseBody {
    const body = parseRequestBody(rawBody);
    const record: RequestRecord = { bytes: requestBytes(rawBody), actions: body.Actions.length, responseBytes: 0 };
    this.requests.push(record);
    if (record.bytes > this.limits.requestBytes) {
      return this.refuse(record, 'RequestPayloadSizeLimitExceeded', `The request payload size (${record.bytes} bytes) has exceeded the limit.`);
    }
    // The host runs the batch, then finds the answer too large; the batches that can hit this only read.
    const response = this.answer(body);
    record.responseBytes = Math.max(requestBytes(response), escapedBytes(response));
    if (record.responseBytes > this.limits.responseBytes) {
      return this.refuse(record, 'ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
    return response;
  }

  private refuse(record: RequestRecord, code: string, message: string): ResponseBody {
    this.refusals.push(code);
    const response: ResponseBody = { Results: [], Error: { Code: code, Message: message, ActionIndex: 0, HttpStatusCode: 413 } };
    record.responseBytes = Math.max(requestBytes(response), escapedBytes(response));
    return response;
  }

  private answer(body: RequestBody): ResponseBody {
    const batch = new Batch(this.workbook, body, this);
    const results: ActionResult[] = [];
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        if (this.workbook.cellEditMode) {
          throw new HostError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
        }
        const result = batch.run(action);
        if (result !== undefined) results.push(result);
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        if (error instanceof UnknownCallError) this.failures.push(error.message);
        return { Results: results, Error: { Code: error.code, Message: error.message, ActionIndex: index, HttpStatusCode: 400 } };
      }
    }
    return { Results: results };
  }
}

/** One request: its object paths resolve once each, in the order the actions first reach them. */
class Batch {
  private readonly resolved = new Map<number, HostObject>();

  constructor(
    private readonly workbook: Workbook,
    private readonly body: RequestBody,
    private readonly host: ExcelHostResponder,
  ) {}

  /**
   * Microsoft documents `isNullObject` on what an `…OrNullObject` call returns, and nothing about acting
   * through a null object; the host refuses it, so the adapter can never come to rely on it.
   */
  private refuseNull(target: HostObject, what: string): void {
    if (target.isNull) throw new HostError('ItemNotFound', `${what} on a null object (${target.type}): the object does not exist`);
  }

  run(action: WireAction): ActionResult | undefined {
    const target = this.resolve(action.ObjectPathId);
    const args = this.args(action.ArgumentInfo);
    switch (action.ActionType) {
      case ActionType.Instantiate:
        return { ActionId: action.Id, Value: target.isNull ? null : {} };
      case ActionType.Query:
        if (!target.isNull) for (const path of action.QueryInfo?.Select ?? []) this.checkLoad(target, path);
        return { ActionId: action.Id, Value: target.isNull ? null : query(target, action.QueryInfo?.Select) };
      case ActionType.Method: {
        // The client keeps objects alive with this call; Excel on the web answers nothing for it.
        if (action.Name === '_KeepReference') return undefined;
        this.refuseNull(target, `${action.Name}()`);
        const method = target.methods?.[action.Name];
        if (!method) throw new UnknownCallError(`method ${target.type}.${action.Name}()`);
        this.host.checkApi(target.type, action.Name);
        this.host.checkFault(target.type, action.Name);
        const value = method(...args);
        if (isHostObject(value)) throw new UnknownCallError(`${target.type}.${action.Name}() used as an action (it returns an object)`);
        return { ActionId: action.Id, Value: value === undefined ? null : value };
      }
      case ActionType.SetProperty: {
        this.refuseNull(target, `setting ${action.Name}`);
        const prop = target.props?.[action.Name];
        if (!prop) throw new UnknownCallError(`property ${target.type}.${action.Name}`);
        this.host.checkApi(target.type, action.Name);
        this.host.checkFault(target.type, action.Name);
        if (!prop.set) throw new HostError('InvalidArgument', `${target.type}.${action.Name} is read-only`);
        prop.set(args[0]);
        return { ActionId: action.Id };
      }
      default:
        throw new UnknownCallError(`action type ${action.ActionType} (${action.Name})`);
    }
  }

  /** Arguments, with those that are objects (a Range passed to a method) resolved from their paths. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((pathId, i) => {
      if (typeof pathId === 'number' && pathId > 0) args[i] = this.resolve(pathId);
    });
    return args;
  }

  /** A load names members too (`items/customOrNullObject/rule/formula`): each must exist in this Excel. */
  private checkLoad(target: HostObject, path: string): void {
    let object: HostObject | undefined = target.items ? target.items()[0] : target;
    for (const part of path.split('/')) {
      if (!object || part === 'items') continue;
      this.host.checkApi(object.type, part);
      const nav: (() => HostObject) | undefined = object.nav?.[pascal(part)];
      object = nav && !object.isNull ? nav() : undefined;
      if (object?.items) object = object.items()[0];
    }
  }

  private resolve(pathId: number): HostObject {
    const cached = this.resolved.get(pathId);
    if (cached) return cached;
    const path = this.body.ObjectPaths[String(pathId)];
    if (!path) throw new UnknownCallError(`object path ${pathId} (not in the request)`);
    let object: HostObject;
    if (path.ObjectPathType === ObjectPathType.GlobalObject) {
      object = workbookObject(this.workbook);
    } else {
      const parent = this.resolve(path.ParentObjectPathId ?? -1);
      const args = this.args(path.ArgumentInfo);
      this.refuseNull(parent, `${path.Name}`);
      if (path.ObjectPathType !== ObjectPathType.Indexer) this.host.checkApi(parent.type, path.Name);
      if (path.ObjectPathType === ObjectPathType.Property) {
        const nav = parent.nav?.[path.Name];
        if (!nav) throw new UnknownCallError(`navigation property ${parent.type}.${path.Name}`);
        object = nav();
      } else if (path.ObjectPathType === ObjectPathType.Method) {
        const method = parent.methods?.[path.Name];
        if (!method) throw new UnknownCallError(`method ${parent.type}.${path.Name}()`);
        this.host.checkFault(parent.type, path.Name);
        const value = method(...args);
        if (!isHostObject(value)) throw new UnknownCallError(`${parent.type}.${path.Name}() used as an object path (it returns no object)`);
        object = value;
      } else if (path.ObjectPathType === ObjectPathType.Indexer) {
        if (!parent.indexer) throw new UnknownCallError(`indexer on ${parent.type}`);
        object = parent.indexer(args[0]);
      } else {
        throw new UnknownCallError(`object path type ${path.ObjectPathType} (${path.Name})`);
      }
    }
    this.resolved.set(pathId, object);
    return object;
  }
}

/** The value of a load: selected scalar properties, navigation properties as nested objects, items of a collection. */
function query(target: HostObject, select: string[] | undefined): unknown {
  if (target.items) return { _Items: target.items().map((item) => queryObject(item, select)) };
  return queryObject(target, select);
}

function queryObject(target: HostObject, select: string[] | undefined): unknown {
  if (target.isNull) return null;
  const out: Record<string, unknown> = {};
  if (target.id !== undefined) out.Id = target.id;
  const paths = select && select.length ? select : Object.keys(target.props ?? {}).filter((k) => target.props![k].get);
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    const name = pascal(head);
    if (rest.length === 0 && target.props?.[name]) {
      const get = target.props[name].get;
      if (!get) throw new UnknownCallError(`reading write-only ${target.type}.${name}`);
      out[name] = get();
    } else if (target.nav?.[name]) {
      const list = nested.get(name) ?? [];
      if (rest.length) list.push(rest.join('/'));
      nested.set(name, list);
    } else {
      throw new UnknownCallError(`property ${target.type}.${name} in a load`);
    }
  }
  for (const [name, sub] of nested) out[name] = query(target.nav![name](), sub);
  return out;
}
