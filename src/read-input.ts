/**
 * A file named on the command line — an earlier JSON report or review, a
 * worksheet — read as every input is (a regular file under its cap,
 * src/files/read-regular.ts) and, for JSON, parsed. A problem stops the command
 * with the path as the user gave it (exit 2).
 */
import { isAbsolute, join } from 'node:path';
import { InputError } from './errors.js';
import { FILE_LIMITS } from './files/limits.js';
import { jsonProblem } from './files/json-problem.js';
import { readRegularText } from './files/read-regular.js';

export function readInputText(path: string, cwd: string, maxBytes: number): Promise<string> {
  return readRegularText(isAbsolute(path) ? path : join(cwd, path), maxBytes, (why, missing) => new InputError(missing ? 'no such file' : why, path));
}

/** JSON.parse, with a bad file named: "not JSON (…)" without the stretch of file it quotes. */
export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`not JSON (${jsonProblem(error)})`, path);
  }
}

/** An earlier output of ncrs-audit (a report, a review) read back, under the report cap. */
export async function readJsonInput(path: string, cwd: string): Promise<unknown> {
  return parseJson(await readInputText(path, cwd, FILE_LIMITS.report), path);
}
