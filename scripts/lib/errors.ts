/** An input problem that an editor must fix; the message names the file and line. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
