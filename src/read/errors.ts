// One error class for every problem with an input: the CLI prints `source: message` and goes on
// with the next file, so the message must name the problem in words a user can act on.
export class InputError extends Error {
  constructor(readonly source: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}
