/** Input errors name the file as the user wrote it, not as resolved against cwd. */
import { InputError } from '../../errors.js';

export async function asGiven<T>(work: () => Promise<T>, resolved: string, given: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof InputError ? error.relabel(resolved, given) : error;
  }
}

export async function* relabelled<T>(source: AsyncIterable<T>, resolved: string, given: string): AsyncIterable<T> {
  try {
    yield* source;
  } catch (error) {
    throw error instanceof InputError ? error.relabel(resolved, given) : error;
  }
}
