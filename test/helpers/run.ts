// Node-side test helper: run a command and fail loudly (test/pack, test/frameworks).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command to completion in `cwd` (the repository by default); its output is printed only when it fails, and a failure throws. */
export function run(cmd: string, args: string[], cwd = REPO_ROOT, what = `${cmd} ${args.join(' ')}`): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  if (r.status !== 0) {
    process.stdout.write(`${r.stdout}\n${r.stderr}\n`);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r.stdout;
}
