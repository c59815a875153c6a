import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../../app/i18n';

/** Error codes the SixCan API puts in `extensions.code`. */
export const API_ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'VALIDATION',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ApiProblem {
  /** A known code, 'NETWORK' when the server could not be reached, 'UNKNOWN' otherwise. */
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  fields: FieldProblem[];
  /** The server's own (English) text, for technical details only. */
  message: string;
  /** RATE_LIMITED: how long to wait before trying again (`extensions.retryAfterSeconds`). */
  retryAfterSeconds?: number;
  /** CONFLICT: which rule (`extensions.reason`, e.g. INVITATION_EXPIRED, LAST_ORGANIZER). */
  reason?: string;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' ? [{ field, message: typeof message === 'string' ? message : '' }] : [];
  });
}

/** What went wrong with a query or mutation, in terms the UI can translate. */
export function describeError(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors.find((e) => isApiErrorCode(e.extensions?.['code'])) ?? error.errors[0];
    const code = first?.extensions?.['code'];
    const retryAfter = first?.extensions?.['retryAfterSeconds'];
    const reason = first?.extensions?.['reason'];
    return {
      ...(typeof reason === 'string' ? { reason } : {}),
      code: isApiErrorCode(code) ? code : 'UNKNOWN',
      fields: error.errors.flatMap((e) => readFields(e.extensions?.['fields'])),
      message: first?.message ?? error.message,
      ...(typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0
        ? { retryAfterSeconds: Math.ceil(retryAfter) }
        : {}),
    };
  }
  if (ServerError.is(error)) return { code: 'UNKNOWN', fields: [], message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: error instanceof TypeError ? 'NETWORK' : 'UNKNOWN', fields: [], message };
}

const INVITATION_REASONS = {
  INVITATION_ACCEPTED: 'used',
  INVITATION_REVOKED: 'revoked',
  INVITATION_EXPIRED: 'expired',
} as const;

/** Which invitation problem a CONFLICT from invitationPreview/acceptInvitation is (`extensions.reason`). */
export function invitationConflict(problem: ApiProblem): 'used' | 'revoked' | 'expired' | undefined {
  if (problem.code !== 'CONFLICT' || !problem.reason) return undefined;
  return INVITATION_REASONS[problem.reason as keyof typeof INVITATION_REASONS];
}

/** "45 seconds" / "2 minutes" (rounded up) in the UI language. */
function formatWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [minutes, 'minute'];
  return new Intl.NumberFormat(currentLanguage(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** A translated sentence for a problem that belongs to the whole form (or page). */
export function problemMessage(t: TFunction, problem: ApiProblem): string {
  switch (problem.code) {
    case 'NOT_FOUND':
      return t('errors.code.NOT_FOUND');
    case 'FORBIDDEN':
      return t('errors.code.FORBIDDEN');
    case 'UNAUTHENTICATED':
      return t('errors.code.UNAUTHENTICATED');
    case 'CONFLICT':
      return t('errors.code.CONFLICT');
    case 'VALIDATION':
      return t('errors.code.VALIDATION');
    case 'RATE_LIMITED':
      return problem.retryAfterSeconds === undefined
        ? t('errors.code.RATE_LIMITED')
        : t('errors.rateLimitedWait', { wait: formatWait(problem.retryAfterSeconds) });
    case 'SERVICE_UNAVAILABLE':
      return t('errors.code.SERVICE_UNAVAILABLE');
    case 'NETWORK':
      return t('errors.code.NETWORK');
    default:
      return t('errors.code.UNKNOWN');
  }
}

/**
 * Puts VALIDATION field problems on the matching form fields, with a translated message per field
 * (the server's text is English). Returns true when at least one field took an error.
 */
export function applyFieldErrors(
  form: FormInstance,
  problem: ApiProblem,
  fieldMessages: Record<string, string>,
): boolean {
  if (problem.code !== 'VALIDATION') return false;
  const known = problem.fields.filter((f) => f.field in fieldMessages);
  if (known.length === 0) return false;
  form.setFields(known.map((f) => ({ name: f.field, errors: [fieldMessages[f.field] ?? ''] })));
  return true;
}
