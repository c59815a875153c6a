import type { ImportMode, ImportStatus } from '../../gql/graphql';

export const MODES: ImportMode[] = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'];
export const STATUS_COLORS: Record<ImportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};
export const running = (status: ImportStatus | undefined) => status === 'QUEUED' || status === 'RUNNING';

export function formatSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
