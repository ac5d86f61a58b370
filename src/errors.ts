/**
 * An error caused by the user's input or configuration, not by a bug: the CLI prints its message
 * alone (no stack) and exits non-zero. The message names the file, and the line where there is one.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'InputError';
  }
}
