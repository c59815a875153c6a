import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** ISO 8601: a date, or a date and time with an optional offset (what the web and the API send). */
const ISO_8601 =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A date-time without an offset is at UTC, as the scalar says (not in the server's zone); a bare date is its midnight UTC. */
function parseDate(value: unknown): Date {
  const parts = typeof value === 'string' ? ISO_8601.exec(value) : null;
  const date = parts
    ? new Date(parts[2] ? `${parts[1]}T${parts[2]}${parts[3] ?? 'Z'}` : `${parts[1]}T00:00:00Z`)
    : undefined;
  if (!date || Number.isNaN(date.getTime()))
    throw new GraphQLError(
      `DateTime must be an ISO 8601 date-time such as 2026-12-03T09:54:33Z; got ${JSON.stringify(value)?.slice(0, 40)}`,
    );
  return date;
}

/**
 * `DateTime` as Nest's built-in scalar (same name and description, ISO strings out), but strict on the way
 * in: Nest's own turns any value into a Date (`"not a date"` → Invalid Date, `true` → 1970) and any literal
 * that is not a string into null, so wrong dates reached resolvers. Now they are refused with BAD_USER_INPUT.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string such as "2026-12-03T09:54:33Z"');
    return parseDate(ast.value);
  },
});
