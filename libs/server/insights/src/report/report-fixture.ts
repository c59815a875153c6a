/**
 * A report's content without a database, for the layout tests: the reference scenario's sizes (2,400
 * collected, 100 in the handbook, 12 on stage, 17 agreements of ¥2.4 bn) with over-long texts where they hurt.
 */
import { ReportContent } from './report-pdf';
import { ReportAgreement, ReportSlot } from './report-source';

const COUNTRIES = ['DE', 'US', 'JP', 'GB', 'FR', 'KR', 'SG', 'IL', 'CA', 'AU', 'NL', 'CH', 'SE', 'IT', 'ES'];
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Europe/London',
  'Europe/Paris',
  'Asia/Seoul',
  'Asia/Singapore',
  'Asia/Jerusalem',
];
export const LONG_TITLE = {
  zh: '基于多模态大模型与数字孪生的高端装备全生命周期智能运维与预测性维护平台（含边缘计算与工业互联网安全模块）',
  en: 'A lifecycle platform for intelligent operation and predictive maintenance of high-end equipment based on multimodal foundation models and digital twins, with edge computing and industrial internet security modules',
};

export function reportFixture(overrides: Partial<ReportContent> = {}): ReportContent {
  const start = new Date('2026-12-10T12:00:00Z');
  const slots: ReportSlot[] = Array.from({ length: 12 }, (_, i) => ({
    position: i,
    startsAt: new Date(start.getTime() + i * 15 * 60_000),
    endsAt: new Date(start.getTime() + (i + 1) * 15 * 60_000),
    presenterTimeZone: ZONES[i % ZONES.length] as string,
    delivery: i % 5 === 2 ? 'PRERECORDED' : 'LIVE',
    status: i < 5 ? 'DONE' : i === 5 ? 'ON_STAGE' : 'SCHEDULED',
    title:
      i === 3
        ? LONG_TITLE
        : {
            zh: `路演项目 ${i + 1} 固态电池快充`,
            en: `Roadshow project ${i + 1}: fast-charging solid-state cells`,
          },
    country: COUNTRIES[i % 8] as string,
  }));
  const agreements: ReportAgreement[] = Array.from({ length: 17 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: ['INVESTMENT', 'LANDING', 'COOPERATION', 'LICENSING'][i % 4] as string,
    signedAt: new Date(Date.UTC(2026, 10, 3 + i, 6)),
    partner:
      i === 4
        ? {
            zh: '杭州未来科技城管理委员会产业发展与招商服务中心',
            en: 'Hangzhou Future Sci-Tech City Industrial Development and Investment Promotion Service Centre',
          }
        : { zh: `滨江产业园 ${i + 1}`, en: `Binjiang Park ${i + 1}` },
    partnerKind: 'PARK',
    project: i === 4 ? LONG_TITLE : { zh: `签约项目 ${i + 1}`, en: `Signed project ${i + 1}` },
    country: COUNTRIES[i % COUNTRIES.length] as string,
    committedMinor: i === 16 ? 2_000_000_00n : i % 3 === 0 ? 2_000_000_000n * 10n : 14_000_000_000n,
    currency: i % 6 === 5 ? 'EUR' : 'CNY',
    committedConvertedMinor:
      i % 6 === 5
        ? (14_000_000_000n * 78n) / 10n
        : i === 16
          ? 2_000_000_00n
          : i % 3 === 0
            ? 20_000_000_000n
            : 14_000_000_000n,
    realisedMinor: i % 4 === 0 ? 5_000_000_000n : 0n,
    realisedConvertedMinor: i % 4 === 0 ? 5_000_000_000n : 0n,
    realisedAt: i % 4 === 0 ? new Date(Date.UTC(2026, 11, 1)) : null,
    registeredEntity: i % 8 === 0 ? '杭州某某科技有限公司' : null,
    jobsCreated: i % 8 === 0 ? 25 : null,
    ceremony: { title: { zh: '云签约仪式', en: 'Cloud signing' }, mode: 'CLOUD', timeZone: 'Asia/Shanghai' },
    dealStage: i % 8 === 0 ? 'LANDED' : 'SIGNED',
  }));
  const weeks = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 7, 2 + i * 7, 16)));
  return {
    programme: {
      id: '00000000-0000-4000-8000-000000000001',
      title: {
        zh: '2027 国际产业创新引领技术路演',
        en: 'International Industry Innovation Leading Technology Roadshow 2027',
      },
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      organizationName: '杭州市科学技术局 Hangzhou Science and Technology Bureau',
    },
    figures: {
      asOf: new Date('2026-12-01T04:00:00Z'),
      currency: 'CNY',
      collected: 2400,
      submitted: 2310,
      handbook: 100,
      onStage: 12,
      intents: 214,
      projectsWithIntents: 61,
      bids: 37,
      projectsWithBids: 19,
      signed: 17,
      agreements: 17,
      landed: 5,
      committedMinor: 240_000_000_000n,
      realisedMinor: 25_000_000_000n,
      missingRates: [],
      funnel: [
        ['COLLECTED', '征集项目', 'Collected', 2400],
        ['SUBMITTED', '提交申报', 'Submitted', 2310],
        ['PASSED_ROUND_1', '通过评审（第1轮）', 'Passed Round 1', 300],
        ['PASSED_ROUND_2', '通过评审（第2轮）', 'Passed Round 2', 100],
        ['HANDBOOK', '入选项目手册', 'In the handbook', 100],
        ['ROADSHOW', '登台路演', 'On stage', 12],
        ['WITH_INTENTS', '获得合作意向', 'With intents', 61],
        ['WITH_BIDS', '获得报价', 'With bids', 19],
        ['SIGNED', '签约', 'Signed', 17],
        ['LANDED', '落地', 'Landed', 5],
      ].map(([key, zh, en, count]) => ({
        key: key as string,
        label: { zh: zh as string, en: en as string },
        count: count as number,
      })),
      countries: COUNTRIES.concat(['BR', 'IN', 'FI', 'NO', 'DK']).map((code, i) => ({
        code,
        projects: Math.round(420 / (1 + i * 0.6)),
        extra: { signed: i < 8 ? 2 : 0 },
      })),
      sectors: [
        {
          code: 'AI',
          name: { zh: '人工智能与智能制造', en: 'AI and intelligent manufacturing' },
          projects: 980,
          extra: {},
        },
        {
          code: 'ICT',
          name: { zh: '新一代信息技术与智能交通', en: 'New-generation IT and smart transport' },
          projects: 820,
          extra: {},
        },
        {
          code: 'BIO',
          name: { zh: '生物医药与大健康', en: 'Biomedicine and health' },
          projects: 600,
          extra: {},
        },
      ],
      channels: Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        name:
          i === 2
            ? {
                zh: '德国弗劳恩霍夫应用研究促进协会技术转移与国际合作办公室',
                en: 'Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung, Technology Transfer Office',
              }
            : { zh: `推荐渠道 ${i + 1}`, en: `Channel ${i + 1} University` },
        kind: 'UNIVERSITY',
        country: 'DE',
        collected: 120 - i * 2,
        advanced: Math.max(0, 20 - i),
        extra: {},
      })),
      channelYieldLabel: { zh: '通过评审', en: 'Advanced in screening' },
      partners: [
        {
          kind: 'INVESTOR',
          label: { zh: '投资机构', en: 'Investors' },
          partners: 40,
          intents: 90,
          bids: 12,
          agreements: 6,
          committedMinor: 100_000_000_000n,
        },
        {
          kind: 'PARK',
          label: { zh: '产业园区', en: 'Parks' },
          partners: 30,
          intents: 80,
          bids: 20,
          agreements: 8,
          committedMinor: 110_000_000_000n,
        },
        {
          kind: 'ENTERPRISE',
          label: { zh: '企业', en: 'Enterprises' },
          partners: 50,
          intents: 44,
          bids: 5,
          agreements: 3,
          committedMinor: 30_000_000_000n,
        },
      ],
      trends: weeks.map((weekStart, i) => ({
        weekStart,
        counts: {
          submitted: i < 10 ? 231 : 0,
          intents: i > 8 ? 18 : 0,
          bids: i > 12 ? 5 : 0,
          signed: i > 14 ? 3 : 0,
        },
        committedMinor: i > 14 ? 48_000_000_000n : 0n,
      })),
      trendCounts: [
        { key: 'submitted', label: { zh: '提交项目', en: 'Projects submitted' } },
        { key: 'intents', label: { zh: '合作意向', en: 'Intents' } },
        { key: 'bids', label: { zh: '合作报价', en: 'Bids' } },
        { key: 'signed', label: { zh: '签约协议', en: 'Agreements signed' } },
      ],
    },
    roadshows: [
      {
        id: 'r1',
        title: {
          zh: '国际技术转移云路演（第一场）',
          en: 'International technology transfer online roadshow, session 1',
        },
        mode: 'ONLINE',
        venue: null,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3 * 3600_000),
        timeZone: 'Asia/Shanghai',
        status: 'LIVE',
        slots,
      },
    ],
    agreements,
    fx: {
      base: 'CNY',
      rates: [
        { currency: 'EUR', rate: '0.12820000', updatedAt: new Date('2026-11-01T00:00:00Z') },
        { currency: 'USD', rate: '0.13780000', updatedAt: new Date('2026-11-01T00:00:00Z') },
      ],
      missing: [],
    },
    generatedAt: new Date('2026-12-01T04:05:00Z'),
    ...overrides,
  };
}
