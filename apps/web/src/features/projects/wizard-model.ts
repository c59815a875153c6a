import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type {
  ApplicantProjectFieldsFragment,
  CooperationMode,
  IpStatus,
  ProjectInput,
  SixCan,
} from '../../gql/graphql';
import { SIX_CANS } from './cans';
import { instantOf, localDateOf, wallClockIn, wallClockOfLocal } from './zoned';

export const STEP_KEYS = ['basics', 'technology', 'team', 'cans', 'deck', 'review'] as const;
export type StepKey = (typeof STEP_KEYS)[number];
export const REVIEW_STEP = STEP_KEYS.indexOf('review');

export interface AttachmentRef {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url?: string;
}

export interface WizardValues {
  title?: { zh?: string; en?: string };
  summary?: { zh?: string; en?: string };
  organizationName?: string;
  country?: string;
  sectorCode?: string;
  trl?: number;
  ipStatus?: IpStatus;
  cooperationModes?: CooperationMode[];
  fundingAsk?: { amount?: string; currency?: string };
  team?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  presenterTimeZone?: string;
  /** Date-times as the presenter's wall clock (the pickers work in the browser's zone). */
  availability?: { range?: [Dayjs | null, Dayjs | null] | null }[];
  selfAssessment?: Partial<Record<SixCan, { claim?: string; evidence?: string }>>;
  attachments?: AttachmentRef[];
}

const str = (value: string | null | undefined) => value ?? undefined;

/** The form values of a saved project. */
export function valuesOf(
  project: ApplicantProjectFieldsFragment,
  fallbackZone: string,
  currency: string,
): WizardValues {
  const zone = project.presenterTimeZone || fallbackZone;
  const selfAssessment: WizardValues['selfAssessment'] = {};
  for (const item of project.selfAssessment)
    selfAssessment[item.can] = { claim: item.claim, evidence: str(item.evidence) };
  return {
    title: { zh: str(project.title.zh), en: str(project.title.en) },
    summary: { zh: str(project.summary.zh), en: str(project.summary.en) },
    organizationName: str(project.organizationName),
    country: str(project.country),
    sectorCode: str(project.sectorCode),
    trl: project.trl ?? undefined,
    ipStatus: project.ipStatus ?? undefined,
    cooperationModes: project.cooperationModes,
    fundingAsk: {
      amount: project.fundingAsk?.amount,
      currency: project.fundingAsk?.currency ?? currency,
    },
    team: str(project.team),
    contactName: str(project.contactName),
    contactEmail: str(project.contactEmail),
    contactPhone: str(project.contactPhone),
    presenterTimeZone: zone,
    availability: project.availability.map((w) => ({
      range: [
        dayjs(localDateOf(wallClockIn(new Date(w.startsAt), zone))),
        dayjs(localDateOf(wallClockIn(new Date(w.endsAt), zone))),
      ],
    })),
    selfAssessment,
    attachments: project.attachments.map((a) => ({ ...a })),
  };
}

const clean = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** "1,500,000.50" → "1500000.50"; '' stays ''. */
export function normalizeAmount(value: string | undefined): string {
  return (value ?? '').replace(/[,\s_]/g, '');
}

/** The whole project as the API takes it. */
export function inputOf(values: WizardValues, fallbackZone: string): ProjectInput {
  const zone = values.presenterTimeZone || fallbackZone;
  const amount = normalizeAmount(values.fundingAsk?.amount);
  return {
    title: { zh: clean(values.title?.zh), en: clean(values.title?.en) },
    summary: { zh: clean(values.summary?.zh), en: clean(values.summary?.en) },
    organizationName: clean(values.organizationName),
    country: values.country ?? null,
    sectorCode: values.sectorCode ?? null,
    trl: values.trl ?? null,
    ipStatus: values.ipStatus ?? null,
    cooperationModes: values.cooperationModes ?? [],
    fundingAsk:
      amount && values.fundingAsk?.currency ? { amount, currency: values.fundingAsk.currency } : null,
    team: clean(values.team),
    contactName: clean(values.contactName),
    contactEmail: clean(values.contactEmail),
    contactPhone: clean(values.contactPhone),
    presenterTimeZone: values.presenterTimeZone ?? null,
    availability: (values.availability ?? []).flatMap((w) => {
      const [start, end] = w?.range ?? [];
      if (!start || !end) return [];
      return [
        {
          startsAt: instantOf(wallClockOfLocal(start.toDate()), zone).toISOString(),
          endsAt: instantOf(wallClockOfLocal(end.toDate()), zone).toISOString(),
        },
      ];
    }),
    selfAssessment: SIX_CANS.flatMap((can) => {
      const item = values.selfAssessment?.[can];
      const claim = item?.claim?.trim() ?? '';
      const evidence = clean(item?.evidence);
      return claim || evidence ? [{ can, claim, evidence }] : [];
    }),
    attachmentFileIds: (values.attachments ?? []).map((a) => a.id),
  };
}

export type NamePath = (string | number)[];

/** Which step fixes a field the API named, and the form fields to mark. */
export function targetOf(apiField: string): { step: number; names: NamePath[] } {
  const field = apiField.replace(/^input\./, '');
  const [head = '', second, third] = field.split('.');
  const step = (key: StepKey) => STEP_KEYS.indexOf(key);
  switch (head) {
    case 'title':
    case 'summary':
      return {
        step: step('basics'),
        names: second
          ? [[head, second]]
          : [
              [head, 'zh'],
              [head, 'en'],
            ],
      };
    case 'organizationName':
    case 'country':
    case 'sectorCode':
      return { step: step('basics'), names: [[head]] };
    case 'trl':
    case 'ipStatus':
    case 'cooperationModes':
      return { step: step('technology'), names: [[head]] };
    case 'fundingAsk':
      return {
        step: step('technology'),
        names: [['fundingAsk', second === 'currency' ? 'currency' : 'amount']],
      };
    case 'team':
    case 'contactName':
    case 'contactEmail':
    case 'contactPhone':
    case 'presenterTimeZone':
      return { step: step('team'), names: [[head]] };
    case 'availability':
      return {
        step: step('team'),
        names: second !== undefined ? [['availability', Number(second), 'range']] : [],
      };
    case 'selfAssessment':
      return {
        step: step('cans'),
        names: second ? [['selfAssessment', second, third === 'evidence' ? 'evidence' : 'claim']] : [],
      };
    case 'attachmentFileIds':
      return { step: step('deck'), names: [] };
    default:
      return { step: step('basics'), names: [] };
  }
}

/** A field problem from the API (English) in the UI language. */
export function problemText(t: TFunction, apiField: string, message: string): string {
  const field = apiField.replace(/^input\./, '');
  const tooLong = /at most (\d+) characters/.exec(message);
  if (tooLong) return t('projects.validation.tooLong', { max: Number(tooLong[1]) });
  if (/^at most \d+/.test(message)) return t('projects.validation.tooMany');
  if (field === 'title') return t('projects.validation.titleOne');
  if (field === 'summary') return t('projects.validation.summaryOne');
  if (field.startsWith('selfAssessment.') && /mandatory/.test(message)) return t('projects.validation.claim');
  if (field === 'cooperationModes' && /at least/.test(message)) return t('projects.validation.cooperation');
  if (/required/.test(message)) return t('projects.validation.required');
  if (field === 'contactEmail') return t('projects.validation.email');
  if (field === 'country') return t('projects.validation.country');
  if (field === 'sectorCode') return t('projects.validation.sector');
  if (field === 'presenterTimeZone') return t('projects.validation.timeZone');
  if (field === 'fundingAsk.currency') return t('projects.validation.currency');
  if (field.startsWith('fundingAsk')) return t('projects.validation.amount');
  if (field.startsWith('availability.')) return t('projects.validation.windowOrder');
  if (field === 'attachmentFileIds') return t('projects.validation.attachments');
  return t('projects.validation.invalid');
}

/** The label of a field the API named, in the UI language. */
export function fieldLabel(t: TFunction, apiField: string, canLabel: (can: SixCan) => string): string {
  const field = apiField.replace(/^input\./, '');
  const [head = '', second] = field.split('.');
  switch (head) {
    case 'title':
      return second === 'zh'
        ? t('projects.field.titleZh')
        : second === 'en'
          ? t('projects.field.titleEn')
          : t('projects.field.title');
    case 'summary':
      return second === 'zh'
        ? t('projects.field.summaryZh')
        : second === 'en'
          ? t('projects.field.summaryEn')
          : t('projects.field.summary');
    case 'organizationName':
      return t('projects.field.organizationName');
    case 'country':
      return t('projects.field.country');
    case 'sectorCode':
      return t('projects.field.sector');
    case 'trl':
      return t('projects.field.trl');
    case 'ipStatus':
      return t('projects.field.ipStatus');
    case 'cooperationModes':
      return t('projects.field.cooperationModes');
    case 'fundingAsk':
      return t('projects.field.fundingAsk');
    case 'team':
      return t('projects.field.team');
    case 'contactName':
      return t('projects.field.contactName');
    case 'contactEmail':
      return t('projects.field.contactEmail');
    case 'contactPhone':
      return t('projects.field.contactPhone');
    case 'presenterTimeZone':
      return t('projects.field.presenterTimeZone');
    case 'availability':
      return t('projects.field.availability');
    case 'selfAssessment':
      return second && (SIX_CANS as readonly string[]).includes(second)
        ? canLabel(second as SixCan)
        : t('projects.wizard.steps.cans');
    case 'attachmentFileIds':
      return t('projects.field.attachments');
    default:
      return field;
  }
}
