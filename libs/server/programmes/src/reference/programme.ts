import { SectorDef, SixCan } from '@sixcan/domain';
import type { RubricCriterion } from '../programme/programme.entity';

/** The editable definition of a programme, as the demo seed creates it. */
export interface ReferenceProgramme {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  timeZone: string;
  /** The call opens on 1 January 2027 and closes at the start of 1 March 2027, Beijing time. */
  opensAt: Date;
  closesAt: Date;
  sectors: readonly SectorDef[];
  mandatoryCans: readonly SixCan[];
  rubric: readonly RubricCriterion[];
  rubricScale: number;
  handbookSize: number;
  roadshowSize: number;
  currency: string;
}

export const REFERENCE_PROGRAMME: ReferenceProgramme = {
  titleZh: '2026 国际技术转移路演 · 海外项目征集',
  titleEn: '2026 International Technology Roadshow — Call for Overseas Projects',
  descriptionZh:
    '市科学技术局面向全球高校、科研院所和技术转移机构征集生物医药、新一代信息技术、新能源与新材料领域的海外科技项目。' +
    '入选项目将收录进项目手册，优秀项目受邀参加 2027 年 3 月下旬的国际技术转移路演，与本地园区和投资机构对接。' +
    '申报项目需满足“六能”标准，其中“能参会、能转移、能落地”为必备条件。',
  descriptionEn:
    'The Municipal Science and Technology Bureau invites universities, research institutes and technology transfer ' +
    'organisations worldwide to submit overseas projects in biomedicine, next-generation ICT, and new energy and ' +
    'materials. Selected projects are published in the project handbook, and the strongest are invited to pitch at ' +
    'the international technology roadshow in late March 2027 to meet local parks and investors. Projects are ' +
    'screened against the six-can criteria; attending, transferring and landing locally are mandatory.',
  timeZone: 'Asia/Shanghai',
  opensAt: new Date('2026-12-31T16:00:00Z'),
  closesAt: new Date('2027-02-28T16:00:00Z'),
  sectors: [
    { code: 'BIO', nameZh: '生物医药', nameEn: 'Biomedicine' },
    { code: 'ICT', nameZh: '新一代信息技术', nameEn: 'Next-generation ICT' },
    { code: 'NEM', nameZh: '新能源与新材料', nameEn: 'New energy and materials' },
  ],
  mandatoryCans: [SixCan.ATTEND, SixCan.TRANSFER, SixCan.LAND],
  rubric: [
    { code: 'NOVELTY', nameZh: '技术先进性', nameEn: 'Technical novelty', weight: 0.35 },
    { code: 'MATURITY', nameZh: '成熟度与可转化性', nameEn: 'Maturity and convertibility', weight: 0.25 },
    { code: 'MARKET', nameZh: '市场前景', nameEn: 'Market potential', weight: 0.25 },
    { code: 'TEAM', nameZh: '团队实力', nameEn: 'Team strength', weight: 0.15 },
  ],
  rubricScale: 10,
  handbookSize: 100,
  roadshowSize: 12,
  currency: 'CNY',
};
