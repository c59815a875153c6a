/**
 * The project-intake spreadsheet columns: stable keys, bilingual headers and hints, and header matching.
 */
import { CooperationMode, IpStatus, ProjectStatus, SixCan, SIX_CANS } from '@sixcan/domain';

export interface Labels {
  zh: string;
  en: string;
}

export interface ColumnDef extends Labels {
  /** Stable machine key, also accepted as a header. */
  key: string;
  /** "项目名称（中文） / Title (Chinese)". */
  header: string;
  hint: string;
}

export const SIX_CAN_LABELS: Record<SixCan, Labels> = {
  [SixCan.ATTEND]: { zh: '能参会', en: 'Can attend' },
  [SixCan.CONVERT]: { zh: '能转化', en: 'Can convert' },
  [SixCan.TRANSFER]: { zh: '能转让', en: 'Can transfer' },
  [SixCan.TRADE]: { zh: '能交易', en: 'Can trade' },
  [SixCan.CROSS_BORDER]: { zh: '能跨境', en: 'Can cross borders' },
  [SixCan.LAND]: { zh: '能落地', en: 'Can land locally' },
};

export const COOPERATION_MODE_LABELS: Record<CooperationMode, Labels> = {
  [CooperationMode.TECH_TRANSFER]: { zh: '技术转让', en: 'Technology transfer' },
  [CooperationMode.LICENSING]: { zh: '技术许可', en: 'Licensing' },
  [CooperationMode.JOINT_VENTURE]: { zh: '合资合作', en: 'Joint venture' },
  [CooperationMode.EQUITY_INVESTMENT]: { zh: '股权投资', en: 'Equity investment' },
  [CooperationMode.LOCAL_INCORPORATION]: { zh: '本地设立公司', en: 'Local incorporation' },
  [CooperationMode.RD_COOPERATION]: { zh: '研发合作', en: 'R&D cooperation' },
};

export const IP_STATUS_LABELS: Record<IpStatus, Labels> = {
  [IpStatus.PATENT_GRANTED]: { zh: '已授权专利', en: 'Patent granted' },
  [IpStatus.PATENT_PENDING]: { zh: '专利申请中', en: 'Patent pending' },
  [IpStatus.SOFTWARE_COPYRIGHT]: { zh: '软件著作权', en: 'Software copyright' },
  [IpStatus.TRADE_SECRET]: { zh: '技术秘密', en: 'Trade secret' },
  [IpStatus.NONE]: { zh: '无', en: 'None' },
  [IpStatus.OTHER]: { zh: '其他', en: 'Other' },
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Labels> = {
  [ProjectStatus.DRAFT]: { zh: '草稿', en: 'Draft' },
  [ProjectStatus.SUBMITTED]: { zh: '已提交', en: 'Submitted' },
  [ProjectStatus.IN_SCREENING]: { zh: '筛选中', en: 'In screening' },
  [ProjectStatus.SHORTLISTED]: { zh: '入围', en: 'Shortlisted' },
  [ProjectStatus.IN_ROADSHOW]: { zh: '路演中', en: 'In roadshow' },
  [ProjectStatus.REJECTED]: { zh: '未入选', en: 'Rejected' },
  [ProjectStatus.WITHDRAWN]: { zh: '已撤回', en: 'Withdrawn' },
};

type Spec = [key: string, zh: string, en: string, hint: string];

const BASE: Spec[] = [
  [
    'titleZh',
    '项目名称（中文）',
    'Title (Chinese)',
    '中文或英文名称至少填一项 / Chinese or English title required',
  ],
  ['titleEn', '项目名称（英文）', 'Title (English)', '最多 200 字 / At most 200 characters'],
  ['summaryZh', '项目简介（中文）', 'Summary (Chinese)', '提交时中英文简介至少一项 / One summary to submit'],
  ['summaryEn', '项目简介（英文）', 'Summary (English)', '最多 4000 字 / At most 4000 characters'],
  [
    'organizationName',
    '所属单位',
    'Organisation',
    '大学、研究所或企业名称 / University, institute or company',
  ],
  ['sectorCode', '技术领域', 'Sector', '领域代码或名称，见说明页 / Sector code or name, see Instructions'],
  ['country', '国家/地区', 'Country', 'ISO 两位代码，如 DE、CN / ISO 3166-1 alpha-2 code, e.g. DE'],
  ['trl', '技术成熟度', 'TRL', '1–9 的整数，如 7 或 TRL 7 / Whole number 1–9, e.g. 7 or TRL 7'],
  ['ipStatus', '知识产权状态', 'IP status', '代码或名称，见说明页 / Code or label, see Instructions'],
  [
    'cooperationModes',
    '合作方式',
    'Cooperation modes',
    '可多选，用逗号或顿号分隔 / Several, separated by commas',
  ],
  ['fundingAmount', '融资需求金额', 'Funding amount', '以元/主单位填写，如 1500000.50 / In major units'],
  ['fundingCurrency', '币种', 'Currency', 'ISO 4217 代码，如 CNY、EUR / ISO 4217 code, e.g. EUR'],
  ['team', '团队介绍', 'Team', '最多 2000 字 / At most 2000 characters'],
  ['contactName', '联系人', 'Contact name', '提交时必填 / Required to submit'],
  ['contactEmail', '联系人邮箱', 'Contact e-mail', '提交时必填 / Required to submit'],
  ['contactPhone', '联系电话', 'Contact phone', '含国家区号，如 +49 30 1234567 / With country code'],
  ['presenterTimeZone', '路演人时区', 'Presenter time zone', 'IANA 时区，如 Asia/Shanghai / IANA zone'],
  [
    'applicantEmail',
    '申请人账号邮箱',
    'Applicant e-mail',
    '可选：项目归属的申请人 / Optional: owning applicant',
  ],
];

const CAN_SPECS: Spec[] = SIX_CANS.flatMap((can): Spec[] => {
  const label = SIX_CAN_LABELS[can];
  return [
    [
      `claim${can}`,
      `${label.zh}·说明`,
      `${label.en}: claim`,
      '自评说明，最多 1000 字 / Self-assessment claim',
    ],
    [
      `evidence${can}`,
      `${label.zh}·佐证`,
      `${label.en}: evidence`,
      '佐证材料，最多 2000 字 / Supporting evidence',
    ],
  ];
});

export const PROJECT_COLUMNS: readonly ColumnDef[] = [...BASE, ...CAN_SPECS].map(([key, zh, en, hint]) => ({
  key,
  zh,
  en,
  header: `${zh} / ${en}`,
  hint,
}));

export const COLUMN_INDEX: ReadonlyMap<string, number> = new Map(PROJECT_COLUMNS.map((c, i) => [c.key, i]));

export function columnDef(key: string): ColumnDef | undefined {
  const index = COLUMN_INDEX.get(key);
  return index === undefined ? undefined : PROJECT_COLUMNS[index];
}

/** Case-, width- and whitespace-insensitive form of a header or label ("（中文）" ≡ "(中文)"). */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const HEADER_LOOKUP: ReadonlyMap<string, string> = new Map(
  PROJECT_COLUMNS.flatMap((c) =>
    [c.header, c.zh, c.en, c.key].map((h) => [normalizeLabel(h), c.key] as const),
  ),
);

/** The column key a header cell names, or undefined for an unknown column. */
export function matchHeader(text: string): string | undefined {
  const whole = HEADER_LOOKUP.get(normalizeLabel(text));
  if (whole) return whole;
  // "中文 / English" written differently from the template: try each side of each " / ".
  const parts = text.split(/\s\/\s|\s*[|｜]\s*/);
  for (const part of parts) {
    const key = part.trim() && HEADER_LOOKUP.get(normalizeLabel(part));
    if (key) return key;
  }
  return undefined;
}

/** Builds a lookup from code or zh/en label (normalized) to the value. */
export function labelLookup<T extends string>(labels: Record<T, Labels>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, Labels][]) {
    for (const text of [code, label.zh, label.en, code.replace(/_/g, ' ')])
      map.set(normalizeLabel(text), code);
  }
  return map;
}
