import { paths } from '../../app/paths';
import type { Role } from '../../gql/graphql';

export const ROLES: readonly Role[] = [
  'ORGANIZER',
  'REVIEWER',
  'APPLICANT',
  'CHANNEL',
  'PARTNER',
  'COMMENTATOR',
];

/** Where a user lands after signing in: reviewers-only on their home, everyone else on Overview. */
export function homePathFor(roles: readonly Role[]): string {
  if (roles.includes('ORGANIZER')) return paths.overview;
  if (roles.length > 0 && roles.every((role) => role === 'REVIEWER')) return paths.review;
  return paths.overview;
}

/** Only same-app paths are followed after login (never another origin). */
export function safeNextPath(next: string | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return undefined;
  if (next.startsWith(paths.logIn) || next.startsWith(paths.signUp)) return undefined;
  return next;
}
