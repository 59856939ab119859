/** The part of pako 1.x that zlib-browser.ts uses (pako ships no types). */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, last: boolean): boolean;
    err: number;
    ended: boolean;
    msg: string;
  }
}
