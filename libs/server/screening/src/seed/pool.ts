import { SectorDef } from '@sixcan/domain';

/** A small deterministic generator (mulberry32) so the demo reviewers and scores are the same every time. */
export class Dice {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  float(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Roughly normal around 0 with the given spread. */
  normal(spread: number): number {
    return ((this.float() + this.float() + this.float() - 1.5) / 0.5) * spread;
  }
}

const CHINESE = {
  family: [
    '王',
    '李',
    '张',
    '刘',
    '陈',
    '杨',
    '黄',
    '赵',
    '周',
    '吴',
    '徐',
    '孙',
    '胡',
    '朱',
    '高',
    '林',
    '何',
    '郭',
    '马',
    '罗',
  ],
  given: [
    '伟',
    '芳',
    '敏',
    '静',
    '磊',
    '洋',
    '艳',
    '勇',
    '军',
    '杰',
    '娟',
    '涛',
    '明',
    '超',
    '秀英',
    '建华',
    '晓东',
    '海燕',
    '志强',
    '丽华',
  ],
};

const WESTERN = {
  given: [
    'Anna',
    'Lukas',
    'Sofia',
    'David',
    'Elena',
    'Jonas',
    'Maria',
    'Thomas',
    'Sarah',
    'Daniel',
    'Laura',
    'Felix',
    'Hannah',
    'Marco',
    'Yael',
    'Noah',
    'Emma',
    'Oliver',
    'Chloé',
    'Pieter',
  ],
  family: [
    'Müller',
    'Schmidt',
    'Rossi',
    'Dubois',
    'Cohen',
    'Andersson',
    'de Vries',
    'Smith',
    'Brown',
    'García',
    'Novak',
    'Larsen',
    'Fischer',
    'Moreau',
    'Levi',
    'Jansen',
    'Keller',
    'Bianchi',
    'Martin',
    'Weber',
  ],
};

const ASIAN = {
  given: ['Kenji', 'Yuki', 'Min-jun', 'Ji-woo', 'Wei Ling', 'Arjun', 'Priya', 'Hiroshi', 'Seo-yeon', 'Rahul'],
  family: ['Sato', 'Tanaka', 'Kim', 'Park', 'Tan', 'Lim', 'Sharma', 'Watanabe', 'Lee', 'Gupta'],
};

/** Affiliations with the country they are in and the domain their people's e-mail uses. */
const AFFILIATIONS: { name: string; country: string; domain: string; zh: boolean }[] = [
  { name: '清华大学', country: 'CN', domain: 'tsinghua.example.cn', zh: true },
  { name: '浙江大学', country: 'CN', domain: 'zju.example.cn', zh: true },
  { name: '中国科学院深圳先进技术研究院', country: 'CN', domain: 'siat.example.cn', zh: true },
  { name: '上海交通大学', country: 'CN', domain: 'sjtu.example.cn', zh: true },
  { name: '深圳市投资控股有限公司', country: 'CN', domain: 'szic.example.cn', zh: true },
  { name: 'Fraunhofer-Gesellschaft', country: 'DE', domain: 'fraunhofer.example', zh: false },
  { name: 'ETH Zürich', country: 'CH', domain: 'ethz.example', zh: false },
  { name: 'Imperial College London', country: 'GB', domain: 'imperial.example', zh: false },
  { name: 'KTH Royal Institute of Technology', country: 'SE', domain: 'kth.example', zh: false },
  { name: 'TNO', country: 'NL', domain: 'tno.example', zh: false },
  { name: 'Weizmann Institute of Science', country: 'IL', domain: 'weizmann.example', zh: false },
  { name: 'A*STAR', country: 'SG', domain: 'astar.example', zh: false },
  { name: 'KAIST', country: 'KR', domain: 'kaist.example', zh: false },
  { name: 'University of Tokyo', country: 'JP', domain: 'u-tokyo.example', zh: false },
  { name: 'CNRS', country: 'FR', domain: 'cnrs.example', zh: false },
  { name: 'Independent technology-transfer consultant', country: 'US', domain: 'consult.example', zh: false },
];

export interface PooledReviewer {
  email: string;
  displayName: string;
  sectors: string[];
  languages: string[];
  country: string;
  affiliation: string;
  emailDomain: string;
  maxLoad: number;
  locale: string;
}

/**
 * `count` reviewers with the programme's sectors (every sector well covered), Chinese and international,
 * deterministic. A few carry the affiliation of a project's organisation, so conflicts are detected.
 */
export function reviewerPool(
  count: number,
  sectors: readonly SectorDef[],
  projectOrganisations: readonly string[],
  maxLoad: number,
): PooledReviewer[] {
  const dice = new Dice(20_261_201);
  const pool: PooledReviewer[] = [];
  for (let i = 0; i < count; i++) {
    const affiliation = dice.pick(AFFILIATIONS);
    const asian = !affiliation.zh && ['SG', 'KR', 'JP'].includes(affiliation.country);
    const names = affiliation.zh ? CHINESE : asian ? ASIAN : WESTERN;
    const given = dice.pick(names.given);
    const family = dice.pick(names.family);
    const displayName = affiliation.zh ? `${family}${given}` : `${given} ${family}`;
    const main = sectors[i % sectors.length]?.code;
    const second = dice.float() < 0.35 ? dice.pick(sectors).code : undefined;
    const tied = i % 25 === 7 && projectOrganisations.length ? dice.pick(projectOrganisations) : null;
    pool.push({
      email: `reviewer${String(i + 1).padStart(3, '0')}@${affiliation.domain}`,
      displayName,
      sectors: [...new Set([main, second].filter((s): s is string => !!s))],
      languages: affiliation.zh ? ['zh', 'en'] : dice.float() < 0.2 ? ['en', 'zh'] : ['en'],
      country: affiliation.country,
      affiliation: tied ?? affiliation.name,
      emailDomain: affiliation.domain,
      maxLoad,
      locale: affiliation.zh ? 'zh-CN' : 'en',
    });
  }
  return pool;
}
