// One error class for every problem with an input: the CLI prints `source: message` and goes on
// with the next file, so the message must name the problem in words a user can act on.
export class InputError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A file system error in words: the path is named by whoever reports it. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return code ? `cannot read (${code})` : (error as Error).message;
}
