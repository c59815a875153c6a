import type { TFunction } from 'i18next';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { ProgrammeFieldsFragment, ProgrammeInput, SixCan } from '../../gql/graphql';
import { fromPickerValue, toPickerValue } from './zoned';

export interface SectorRow {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface CriterionRow extends SectorRow {
  weight: number;
}

export interface FormValues {
  titleZh?: string;
  titleEn?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  timeZone: string;
  window?: [Dayjs | null, Dayjs | null] | null;
  sectors: SectorRow[];
  mandatoryCans: SixCan[];
  rubric: CriterionRow[];
  rubricScale: number;
  handbookSize: number;
  roadshowSize: number;
  currency: string;
}

export const CODE = /^[A-Z0-9_]{1,20}$/;

/** Server field (`input.sectors.0.code`, `closesAt`, …) → the form field showing its problem. */
const SERVER_FIELDS: Record<string, keyof FormValues> = {
  title: 'titleZh',
  description: 'descriptionZh',
  timeZone: 'timeZone',
  opensAt: 'window',
  closesAt: 'window',
  sectors: 'sectors',
  mandatoryCans: 'mandatoryCans',
  rubric: 'rubric',
  rubricScale: 'rubricScale',
  handbookSize: 'handbookSize',
  roadshowSize: 'roadshowSize',
  currency: 'currency',
};

export function initialValues(
  programme: ProgrammeFieldsFragment | undefined,
  zone: string,
  orgZone: string,
): FormValues {
  if (!programme) {
    const opens = dayjs().startOf('hour').add(1, 'hour');
    return {
      timeZone: orgZone,
      window: [opens, opens.add(30, 'day')],
      sectors: [],
      mandatoryCans: [],
      rubric: [],
      rubricScale: 10,
      handbookSize: 100,
      roadshowSize: 12,
      currency: 'CNY',
    };
  }
  return {
    titleZh: programme.title.zh ?? '',
    titleEn: programme.title.en ?? '',
    descriptionZh: programme.description.zh ?? '',
    descriptionEn: programme.description.en ?? '',
    timeZone: programme.timeZone,
    window: [toPickerValue(programme.opensAt, zone), toPickerValue(programme.closesAt, zone)],
    sectors: programme.sectors.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
    mandatoryCans: [...programme.mandatoryCans],
    rubric: programme.rubric.map(({ code, nameZh, nameEn, weight }) => ({ code, nameZh, nameEn, weight })),
    rubricScale: programme.rubricScale,
    handbookSize: programme.handbookSize,
    roadshowSize: programme.roadshowSize,
    currency: programme.currency,
  };
}

/** The form's values as the API input (times read in the user's zone). */
export function inputOf(values: FormValues, zone: string): ProgrammeInput {
  const [from, to] = values.window ?? [];
  return {
    title: { zh: values.titleZh?.trim() || null, en: values.titleEn?.trim() || null },
    description: { zh: values.descriptionZh?.trim() || null, en: values.descriptionEn?.trim() || null },
    timeZone: values.timeZone,
    ...(from ? { opensAt: fromPickerValue(from, zone) } : {}),
    ...(to ? { closesAt: fromPickerValue(to, zone) } : {}),
    sectors: values.sectors.map((s) => ({
      code: s.code.trim(),
      nameZh: s.nameZh.trim(),
      nameEn: s.nameEn.trim(),
    })),
    mandatoryCans: values.mandatoryCans,
    rubric: values.rubric.map((c) => ({
      code: c.code.trim(),
      nameZh: c.nameZh.trim(),
      nameEn: c.nameEn.trim(),
      weight: c.weight,
    })),
    rubricScale: values.rubricScale,
    handbookSize: values.handbookSize,
    roadshowSize: values.roadshowSize,
    currency: values.currency,
  };
}

/** The message shown on each form field a server VALIDATION problem points at. */
export function validationMessages(t: TFunction): Partial<Record<keyof FormValues, string>> {
  return {
    titleZh: t('programmes.form.validation.title'),
    descriptionZh: t('programmes.form.validation.description'),
    timeZone: t('programmes.form.validation.timeZone'),
    window: t('programmes.form.validation.windowOrder'),
    sectors: t('programmes.form.validation.sectors'),
    mandatoryCans: t('programmes.form.validation.cans'),
    rubric: t('programmes.form.validation.rubric'),
    rubricScale: t('programmes.form.validation.rubricScale'),
    handbookSize: t('programmes.form.validation.handbookSize'),
    roadshowSize: t('programmes.form.validation.roadshowSize'),
    currency: t('programmes.form.validation.currency'),
  };
}

/** The form fields the server's problem fields point at. */
export function serverTargets(fields: { field: string }[]): Set<keyof FormValues> {
  const targets = new Set<keyof FormValues>();
  for (const { field } of fields) {
    const key = field.replace(/^input\./, '').split('.')[0] ?? '';
    const target = SERVER_FIELDS[key];
    if (target) targets.add(target);
  }
  return targets;
}
