import { z } from 'zod';

// zod's own messages (an unknown key, a wrong type) end up in errors a person reads about their
// files, configuration and requests: they are in Chinese like the rest.
z.config(z.locales.zhCN());

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
