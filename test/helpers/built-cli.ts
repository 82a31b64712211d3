/**
 * The CLI as users run it (`bin/ncrs-audit.js` over compiled JavaScript), for
 * what only a real process shows: stdout pipes and devices, signals,
 * process-level handlers. The sources are compiled once per test file into a
 * private folder under .tmp/ (inside the package, so packages resolve), next to
 * a copy of bin/. Type errors do not stop the emit.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BuiltCli {
  /** Path of the runnable bin script. */
  bin: string;
  /** The compiled parse-worker script (for runAudit's workerScript). */
  workerScript: URL;
  cleanup(): void;
}

export function buildCli(): BuiltCli {
  const root = process.cwd();
  const cache = join(root, '.tmp');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'ncrs-cli-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--noCheck', '--outDir', join(dir, 'dist')], { stdio: 'pipe' });
  } catch {
    // Emitted anyway; checked below.
  }
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin', 'ncrs-audit.js'), join(dir, 'bin', 'ncrs-audit.js'));
  const bin = join(dir, 'bin', 'ncrs-audit.js');
  if (!existsSync(join(dir, 'dist', 'src', 'cli', 'main.js'))) throw new Error('the CLI did not compile');
  const workerScript = pathToFileURL(join(dir, 'dist', 'src', 'ingest', 'parallel', 'chunk-worker.js'));
  return { bin, workerScript, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
