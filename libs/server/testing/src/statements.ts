import pg from 'pg';

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION|SET|SHOW)\b/i;

/**
 * Runs `work` and returns the SQL statements this process sent to PostgreSQL meanwhile (transaction control
 * left out). Patches `pg.Client#query`, so it sees every pool of the process.
 */
export interface Statement {
  text: string;
  values?: unknown[];
}

export async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    const values = typeof first === 'string' ? args[1] : (first as { values?: unknown } | undefined)?.values;
    if (text && !CONTROL.test(text))
      statements.push({ text, values: Array.isArray(values) ? values : undefined });
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}
