/**
 * One webpack build per Jest run, shared by every end-to-end suite (the pane's and the checker page's):
 * a build takes a minute on a loaded two-core machine. The first suite to ask builds (build.js, in a child
 * process) into a folder named after the Jest run; the others wait for it. A run is its main process: the
 * parent of a Jest worker, or this process when Jest runs in band. Folders of runs that have ended are
 * removed by the next run.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const PREFIX = 'tobokel-e2e-build-';
const WAIT_MS = 300_000;

export interface E2EBuild {
  /** The pane and the checker page, as `npm run build` lays them out (dist/). */
  pane: string;
  /** The Excel test host for a browser page (browser-host.js). */
  host: string;
}

function runId(): number {
  // A Jest worker is a forked child (it has an IPC channel); in band, the tests run in Jest's own process.
  return typeof process.send === 'function' ? process.ppid : process.pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeEndedRuns(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(name.startsWith(PREFIX) ? name.slice(PREFIX.length) : NaN);
    if (Number.isInteger(pid) && !alive(pid)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function runBuild(out: string): Promise<E2EBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'build.js'), out], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`building the pages for the e2e tests failed (exit ${code}):\n${stderr || stdout}`));
      // The size plugin prints its report first; the answer is the last line.
      resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as E2EBuild);
    });
  });
}

async function waitFor(dir: string): Promise<E2EBuild> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const done = path.join(dir, 'done.json');
    const failed = path.join(dir, 'failed.txt');
    if (fs.existsSync(done)) return JSON.parse(fs.readFileSync(done, 'utf8')) as E2EBuild;
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
    if (Date.now() > deadline) throw new Error(`the shared e2e build in ${dir} did not finish in ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function sharedBuild(): Promise<E2EBuild> {
  const dir = path.join(os.tmpdir(), `${PREFIX}${runId()}`);
  try {
    fs.mkdirSync(dir); // atomic: whoever creates it builds
  } catch {
    return waitFor(dir);
  }
  removeEndedRuns();
  try {
    const built = await runBuild(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'done.json'), JSON.stringify(built));
    return built;
  } catch (error) {
    fs.writeFileSync(path.join(dir, 'failed.txt'), error instanceof Error ? error.message : String(error));
    throw error;
  }
}
