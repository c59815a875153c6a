import { ApiHarness } from '@sixcan/server-testing';

/** Anything that answers GraphQL: the in-process harness or an api process. */
type Gql = Pick<ApiHarness, 'gql'>;
import { randomUUID } from 'node:crypto';

/** Helpers shared by the intake specs: accounts, a programme, a complete project. */
export interface Auth {
  accessToken: string;
  me: { user: { id: string; email: string }; organization: { id: string }; roles: string[] };
}

export const AUTH = 'accessToken me { user { id email } organization { id } roles }';
export const unique = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.org`;

export async function must<T>(promise: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await promise;
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  r.errors?.[0]?.extensions?.code;

export async function signUpOrganizer(api: Gql): Promise<Auth> {
  const data = await must<{ signUp: Auth }>(
    api.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`, {
      i: {
        email: unique('org'),
        password: 'organizer password',
        displayName: 'Li Na',
        organizationName: `Bureau ${randomUUID().slice(0, 6)}`,
        locale: 'en',
      },
    }),
  );
  return data.signUp;
}

export async function signUpApplicant(api: ApiHarness, organizationId: string, locale = 'en'): Promise<Auth> {
  const data = await must<{ signUpApplicant: Auth }>(
    api.gql(`mutation($i: ApplicantSignUpInput!) { signUpApplicant(input: $i) { ${AUTH} } }`, {
      i: {
        organizationId,
        email: unique('applicant'),
        password: 'applicant password',
        displayName: 'Anna Schmidt',
        locale,
        timeZone: 'Europe/Berlin',
      },
    }),
  );
  return data.signUpApplicant;
}

export const SECTORS = [
  { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
  { code: 'ICT', nameZh: '新一代信息技术', nameEn: 'Next-generation ICT' },
  { code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
];

export const PROGRAMME_FIELDS =
  'id status acceptingSubmissions title { zh en } sectors { code } mandatoryCans';

/** A programme, opened unless `open: false`; the window runs from an hour ago for 30 days unless given. */
export async function createProgramme(
  api: Gql,
  organizer: Auth,
  options: { open?: boolean; opensAt?: Date; closesAt?: Date } = {},
): Promise<{ id: string }> {
  const { createProgramme } = await must<{ createProgramme: { id: string } }>(
    api.gql(
      `mutation($i: ProgrammeInput!) { createProgramme(input: $i) { ${PROGRAMME_FIELDS} } }`,
      {
        i: {
          title: { zh: '2027 国际技术转移路演', en: '2027 International Technology Roadshow' },
          description: { en: 'Call for overseas projects.' },
          timeZone: 'Asia/Shanghai',
          opensAt: (options.opensAt ?? new Date(Date.now() - 3600_000)).toISOString(),
          closesAt: (options.closesAt ?? new Date(Date.now() + 30 * 86400_000)).toISOString(),
          sectors: SECTORS,
          mandatoryCans: ['ATTEND', 'TRANSFER', 'LAND'],
          rubric: [{ code: 'NOVELTY', nameZh: '创新性', nameEn: 'Novelty', weight: 1 }],
        },
      },
      organizer.accessToken,
    ),
  );
  if (options.open !== false)
    await must(
      api.gql(
        `mutation($id: ID!) { openProgramme(id: $id) { id } }`,
        { id: createProgramme.id },
        organizer.accessToken,
      ),
    );
  return createProgramme;
}

/** Every field a submission needs. */
export const COMPLETE_PROJECT = {
  title: { zh: '固态锂电池快速充电技术', en: 'Fast-charging solid-state lithium battery' },
  summary: {
    en: 'A sulfide electrolyte that charges to 80% in 12 minutes.',
    zh: '硫化物电解质，12 分钟充电至 80%。',
  },
  sectorCode: 'NEM',
  country: 'DE',
  organizationName: 'Technische Universität München',
  trl: 6,
  ipStatus: 'PATENT_GRANTED',
  cooperationModes: ['LICENSING', 'JOINT_VENTURE'],
  fundingAsk: { amount: '15000000', currency: 'CNY' },
  contactName: 'Anna Schmidt',
  contactEmail: 'anna.schmidt@tum.example',
  presenterTimeZone: 'Europe/Berlin',
  availability: [{ startsAt: '2027-03-22T08:00:00Z', endsAt: '2027-03-22T12:00:00Z' }],
  selfAssessment: [
    { can: 'ATTEND', claim: 'The lead presents online', evidence: 'Confirmed' },
    { can: 'TRANSFER', claim: 'Licence ready', evidence: 'EP patent granted' },
    { can: 'LAND', claim: 'Pilot line in Hangzhou' },
  ],
};

export const PROJECT_FIELDS =
  'id status version source title { zh en } country trl fundingAsk { amount currency } applicantEmail channelId';

export async function createProject(
  api: ApiHarness,
  who: Auth,
  programmeId: string,
  input: object = COMPLETE_PROJECT,
) {
  return must<{ createProject: { id: string; version: number; status: string } }>(
    api.gql(
      `mutation($p: ID!, $i: ProjectInput!) { createProject(programmeId: $p, input: $i) { ${PROJECT_FIELDS} } }`,
      { p: programmeId, i: input },
      who.accessToken,
    ),
  ).then((d) => d.createProject);
}
