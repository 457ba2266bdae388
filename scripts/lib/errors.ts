import { byPlace } from './place.ts';

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

/** The input problems an error carries, one or several; any other error is not an input problem and is thrown on. */
export function problemsOf(error: unknown): readonly SourceError[] {
  if (error instanceof SourceErrors) return error.errors;
  if (error instanceof SourceError) return [error];
  throw error;
}

/** What `read` returns, or else the input problems it throws (any other error is thrown on). */
export function attempt<T>(read: () => T): { value: T; problems: readonly SourceError[] } | { value: undefined; problems: readonly SourceError[] } {
  try {
    return { value: read(), problems: [] };
  } catch (error) {
    return { value: undefined, problems: problemsOf(error) };
  }
}

/** Every problem one run found, in file and line order, so an editor fixes them all at once instead of one per build. */
export class SourceErrors extends Error {
  readonly errors: readonly SourceError[];

  private constructor(errors: readonly SourceError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SourceErrors';
    this.errors = errors;
  }

  /** One problem stays a SourceError; several become one error listing each. */
  static of(errors: readonly SourceError[]): SourceError | SourceErrors {
    return errors.length === 1 ? errors[0]! : new SourceErrors(errors.toSorted(byPlace));
  }
}
