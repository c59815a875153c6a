import { CooperationMode, PartnerKind } from '@sixcan/domain';
import { randomUUID } from 'node:crypto';
import { Partner } from '../partner/partner.entity';

const YUAN = 100n;

const INVESTORS: [string, string][] = [
  ['星河资本', 'Galaxy Capital'],
  ['长江创投', 'Yangtze Ventures'],
  ['东方科创基金', 'Orient Tech Fund'],
  ['丝路投资', 'Silk Road Investment'],
  ['鼎新资本', 'Dingxin Capital'],
  ['蓝海创投', 'Blue Ocean Ventures'],
  ['华芯产业基金', 'Huaxin Industry Fund'],
  ['北辰资本', 'Polaris Capital'],
];
const PARKS: [string, string][] = [
  ['苏州工业园区', 'Suzhou Industrial Park'],
  ['张江科学城', 'Zhangjiang Science City'],
  ['光谷生物城', 'Optics Valley Biolake'],
  ['南沙科学城', 'Nansha Science City'],
  ['滨海新区', 'Binhai New Area'],
  ['临港新片区', 'Lingang Special Area'],
  ['未来科技城', 'Future Sci-Tech City'],
  ['松山湖科学城', 'Songshan Lake Science City'],
];
const ENTERPRISES: [string, string][] = [
  ['华锐智能制造', 'Huarui Intelligent Manufacturing'],
  ['恒瑞新材料', 'Hengrui New Materials'],
  ['启明医疗', 'Qiming Medical'],
  ['云帆信息', 'Yunfan Information'],
  ['远景储能', 'Vision Energy Storage'],
  ['安捷交通', 'Anjie Transport'],
  ['海川装备', 'Haichuan Equipment'],
  ['瑞康生物', 'Ruikang Bio'],
];
const REGIONS = [['EU'], ['DE', 'FR'], ['ASEAN'], ['WORLD'], ['G7'], ['GB', 'IL'], ['NORDICS'], []];
const MODES = Object.values(CooperationMode);

/** 120 partners: 40 investors, 40 parks, 40 enterprises, bilingual, with interests over the programme's sectors. */
export function partnerPool(organizationId: string, sectors: string[]): Partner[] {
  const out: Partner[] = [];
  const kinds: [PartnerKind, [string, string][]][] = [
    [PartnerKind.INVESTOR, INVESTORS],
    [PartnerKind.PARK, PARKS],
    [PartnerKind.ENTERPRISE, ENTERPRISES],
  ];
  for (let i = 0; i < 120; i++) {
    const [kind, names] = kinds[i % 3] as [PartnerKind, [string, string][]];
    const round = Math.floor(i / 3);
    const [zh, en] = names[round % names.length] as [string, string];
    const suffix = round >= names.length ? ` ${Math.floor(round / names.length) + 1}` : '';
    const park = kind === PartnerKind.PARK;
    out.push(
      Object.assign(new Partner(), {
        id: randomUUID(),
        organizationId,
        kind,
        nameZh: `${zh}${suffix}`,
        nameEn: `${en}${suffix}`,
        country: 'CN',
        descriptionZh: null,
        descriptionEn: null,
        sectors: sectors.length ? [sectors[i % sectors.length] as string] : [],
        trlMin: 3 + (i % 4),
        trlMax: 9,
        cooperationModes: [
          MODES[i % MODES.length] as CooperationMode,
          MODES[(i + 2) % MODES.length] as CooperationMode,
        ],
        ticketMinMinor: BigInt(1 + (i % 5)) * 1_000_000n * YUAN,
        ticketMaxMinor: BigInt(20 + (i % 10) * 10) * 1_000_000n * YUAN,
        ticketCurrency: 'CNY',
        regions: REGIONS[i % REGIONS.length] as string[],
        chainFocus: park
          ? [sectors[i % Math.max(1, sectors.length)] ?? 'manufacturing', 'intelligent manufacturing']
          : [],
        availableSpaceM2: park ? (i % 7 === 0 ? 0 : 5000 + (i % 9) * 2500) : null,
        incentives: park ? ['三年免租 Three years rent-free', '人才公寓 Talent housing'] : [],
        createdBy: null,
        version: 1,
      }),
    );
  }
  return out;
}
