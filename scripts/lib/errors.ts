/** An input problem that an editor must fix; the message names the file and line, the hint what to do. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint: string | undefined;

  constructor(file: string, line: number, message: string, hint?: string) {
    super(`${file}:${line}: ${message}${hint ? `\n  hint: ${hint}` : ''}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}
