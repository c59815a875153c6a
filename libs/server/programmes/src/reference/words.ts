import { CooperationMode, IpStatus, SixCan } from '@sixcan/domain';

/** An English phrase and its Chinese counterpart. */
export type Term = readonly [en: string, zh: string];

export interface SectorWords {
  technologies: readonly Term[];
  applications: readonly Term[];
  qualifiers: readonly Term[];
  /** What the technology does better; `{n}` is replaced with a number. */
  benefits: readonly Term[];
  /** Second word of company names. */
  companyWords: readonly string[];
}

export const SECTOR_WORDS: Readonly<Record<string, SectorWords>> = {
  BIO: {
    technologies: [
      ['CRISPR gene editing', 'CRISPR基因编辑'],
      ['mRNA vaccine', 'mRNA疫苗'],
      ['antibody-drug conjugate', '抗体偶联药物'],
      ['CAR-T cell therapy', 'CAR-T细胞疗法'],
      ['organ-on-a-chip', '器官芯片'],
      ['liquid biopsy', '液体活检'],
      ['AI-assisted drug discovery', '人工智能辅助药物发现'],
      ['biodegradable stent', '可降解支架'],
      ['single-cell sequencing', '单细胞测序'],
      ['microneedle drug delivery', '微针给药'],
      ['bispecific antibody', '双特异性抗体'],
      ['molecular diagnostics', '分子诊断'],
      ['3D bioprinting', '3D生物打印'],
      ['engineered enzyme', '工程酶'],
    ],
    applications: [
      ['early cancer screening', '癌症早筛'],
      ['rare genetic diseases', '罕见遗传病'],
      ["Alzheimer's disease", '阿尔茨海默病'],
      ['antimicrobial resistance', '抗菌素耐药'],
      ['diabetes management', '糖尿病管理'],
      ['orthopaedic repair', '骨科修复'],
      ['retinal diseases', '视网膜疾病'],
      ['companion animal health', '伴侣动物健康'],
    ],
    qualifiers: [
      ['next-generation', '新一代'],
      ['low-cost', '低成本'],
      ['high-throughput', '高通量'],
      ['minimally invasive', '微创'],
      ['personalised', '个性化'],
      ['scalable', '可规模化'],
    ],
    benefits: [
      ['shortens development time by about {n}%', '研发周期缩短约{n}%'],
      ['raises detection sensitivity by {n}%', '检测灵敏度提高{n}%'],
      ['reduces treatment cost by roughly {n}%', '治疗成本降低约{n}%'],
      ['cuts adverse reactions by {n}% in preclinical studies', '临床前研究中不良反应减少{n}%'],
      ['increases manufacturing yield by {n}%', '生产收率提高{n}%'],
    ],
    companyWords: ['Biotherapeutics', 'Genomics', 'MedTech', 'Biosciences', 'Diagnostics', 'Pharma'],
  },
  ICT: {
    technologies: [
      ['edge AI chip', '边缘人工智能芯片'],
      ['silicon photonics transceiver', '硅光收发模块'],
      ['quantum key distribution', '量子密钥分发'],
      ['domain-specific large language model', '垂直领域大语言模型'],
      ['digital twin', '数字孪生'],
      ['solid-state LiDAR', '固态激光雷达'],
      ['millimetre-wave antenna array', '毫米波天线阵列'],
      ['federated learning', '联邦学习'],
      ['neuromorphic processor', '类脑处理器'],
      ['industrial IoT gateway', '工业物联网网关'],
      ['privacy-preserving computation', '隐私计算'],
      ['machine-vision inspection', '机器视觉检测'],
      ['collaborative robot controller', '协作机器人控制器'],
    ],
    applications: [
      ['autonomous driving', '自动驾驶'],
      ['smart manufacturing', '智能制造'],
      ['medical imaging', '医学影像'],
      ['smart grids', '智能电网'],
      ['financial risk control', '金融风控'],
      ['smart logistics', '智慧物流'],
      ['precision agriculture', '精准农业'],
      ['cybersecurity', '网络安全'],
    ],
    qualifiers: [
      ['ultra-low-power', '超低功耗'],
      ['real-time', '实时'],
      ['high-precision', '高精度'],
      ['secure', '高安全'],
      ['cloud-native', '云原生'],
      ['open-architecture', '开放架构'],
    ],
    benefits: [
      ['lowers energy consumption by {n}%', '能耗降低{n}%'],
      ['improves accuracy by {n}% on industry benchmarks', '在行业基准测试中准确率提升{n}%'],
      ['reduces latency by {n}%', '时延降低{n}%'],
      ['cuts deployment cost by about {n}%', '部署成本降低约{n}%'],
      ['increases throughput by {n}%', '吞吐量提升{n}%'],
    ],
    companyWords: ['Photonics', 'Robotics', 'AI', 'Semiconductors', 'Quantum', 'Data Systems'],
  },
  NEM: {
    technologies: [
      ['solid-state lithium battery', '固态锂电池'],
      ['perovskite solar cell', '钙钛矿太阳能电池'],
      ['green hydrogen electrolyser', '绿氢电解槽'],
      ['sodium-ion battery', '钠离子电池'],
      ['graphene composite', '石墨烯复合材料'],
      ['carbon capture sorbent', '碳捕集吸附材料'],
      ['high-entropy alloy', '高熵合金'],
      ['silicon carbide power module', '碳化硅功率模块'],
      ['vanadium flow battery', '全钒液流电池'],
      ['bio-based polymer', '生物基高分子材料'],
      ['thermal energy storage', '储热'],
      ['rare-earth-free permanent magnet', '无稀土永磁体'],
      ['aerogel insulation', '气凝胶隔热材料'],
    ],
    applications: [
      ['electric vehicles', '新能源汽车'],
      ['grid-scale energy storage', '电网级储能'],
      ['energy-efficient buildings', '建筑节能'],
      ['aerospace', '航空航天'],
      ['offshore wind', '海上风电'],
      ['hydrogen refuelling', '加氢'],
      ['consumer electronics', '消费电子'],
      ['sustainable packaging', '绿色包装'],
    ],
    qualifiers: [
      ['high-energy-density', '高能量密度'],
      ['long-life', '长寿命'],
      ['low-carbon', '低碳'],
      ['lightweight', '轻量化'],
      ['recyclable', '可回收'],
      ['high-efficiency', '高效'],
    ],
    benefits: [
      ['raises conversion efficiency by {n}%', '转换效率提高{n}%'],
      ['extends cycle life by {n}%', '循环寿命延长{n}%'],
      ['reduces material cost by about {n}%', '材料成本降低约{n}%'],
      ['cuts carbon emissions by {n}% over the life cycle', '全生命周期碳排放减少{n}%'],
      ['reduces weight by {n}%', '重量减轻{n}%'],
    ],
    companyWords: ['Energy', 'Materials', 'Battery Technologies', 'Hydrogen', 'Solar', 'Cleantech'],
  },
};

/** Title patterns: `{q}` qualifier, `{t}` technology, `{a}` application. */
export const TITLE_PATTERNS: readonly Term[] = [
  ['{q} {t} for {a}', '面向{a}的{q}{t}'],
  ['{t} platform for {a}', '基于{t}的{a}平台'],
  ['{q} {t} system for {a}', '用于{a}的{q}{t}系统'],
  ['{q} {t} enabling {a}', '赋能{a}的{q}{t}'],
  ['{t} solution for {a}', '{a}{t}解决方案'],
  ['{q} {t} technology and its application in {a}', '{q}{t}技术及其在{a}中的应用'],
];

export const MODE_TERMS: Readonly<Record<CooperationMode, Term>> = {
  [CooperationMode.TECH_TRANSFER]: ['technology transfer', '技术转让'],
  [CooperationMode.LICENSING]: ['licensing', '许可授权'],
  [CooperationMode.JOINT_VENTURE]: ['a joint venture', '合资经营'],
  [CooperationMode.EQUITY_INVESTMENT]: ['equity investment', '股权投资'],
  [CooperationMode.LOCAL_INCORPORATION]: ['local incorporation', '本地注册落地'],
  [CooperationMode.RD_COOPERATION]: ['joint R&D', '联合研发'],
};

export const IP_TERMS: Readonly<Record<IpStatus, Term>> = {
  [IpStatus.PATENT_GRANTED]: ['core patents have been granted in {r}', '核心专利已在{r}获得授权'],
  [IpStatus.PATENT_PENDING]: ['PCT patent applications are pending', '已提交PCT国际专利申请'],
  [IpStatus.SOFTWARE_COPYRIGHT]: ['the software is protected by copyright', '软件已登记著作权'],
  [IpStatus.TRADE_SECRET]: ['key processes are protected as trade secrets', '关键工艺以技术秘密形式保护'],
  [IpStatus.NONE]: ['no IP has been filed yet', '尚未申请知识产权'],
  [IpStatus.OTHER]: [
    'know-how and design rights are held by the institution',
    '相关技术诀窍与设计权归属本机构',
  ],
};

export const PATENT_REGIONS: readonly Term[] = [
  ['Europe and the US', '欧洲和美国'],
  ['the US, Japan and China', '美国、日本和中国'],
  ['Europe', '欧洲'],
  ['China and Europe', '中国和欧洲'],
];

export const GOALS: readonly Term[] = [
  ['scale up production', '实现规模化生产'],
  ['enter the Chinese market', '进入中国市场'],
  ['run pilot validation with local industry', '与本地企业开展中试验证'],
  ['build a local R&D centre', '建立本地研发中心'],
  ['co-develop products for Asian markets', '共同开发面向亚洲市场的产品'],
];

export const LANDING_FORMS: readonly Term[] = [
  ['a local subsidiary', '本地子公司'],
  ['a joint laboratory', '联合实验室'],
  ['a pilot production line', '中试生产线'],
  ['an application centre', '应用示范中心'],
];

/** Self-assessment claim and evidence per can; `{…}` placeholders are filled per project. */
export const CAN_TEXTS: Readonly<Record<SixCan, { claim: Term; evidence: Term }>> = {
  [SixCan.ATTEND]: {
    claim: ['{name} will present the project {how} at the roadshow.', '{name}将{how}参加路演。'],
    evidence: ['Availability windows in late March 2027 are provided.', '已提供2027年3月下旬的可参会时间。'],
  },
  [SixCan.CONVERT]: {
    claim: [
      'At TRL {trl}, the technology can become a product within {m} months.',
      '技术成熟度{trl}级，预计{m}个月内可实现产品转化。',
    ],
    evidence: ['Pilot results with {k} industrial partners.', '已与{k}家企业完成中试验证。'],
  },
  [SixCan.TRANSFER]: {
    claim: [
      '{org} holds clear title to the IP and can license or assign it.',
      '{org}拥有清晰的知识产权权属，可许可或转让。',
    ],
    evidence: ['{ip}.', '{ip}。'],
  },
  [SixCan.TRADE]: {
    claim: [
      'A valuation basis and pricing model are ready for negotiation.',
      '已具备估值依据和定价模型，可开展交易谈判。',
    ],
    evidence: [
      'Term sheet prepared with the technology transfer office.',
      '已与技术转移办公室拟定交易条款。',
    ],
  },
  [SixCan.CROSS_BORDER]: {
    claim: ['The technology is not subject to export-control restrictions.', '该技术不受出口管制限制。'],
    evidence: ['Export-control self-check completed in {y}.', '已于{y}年完成出口管制自查。'],
  },
  [SixCan.LAND]: {
    claim: [
      'We are willing to set up {form} in the city within {m} months.',
      '愿在{m}个月内在本市设立{form}。',
    ],
    evidence: ['Budget and staffing plan for the first two years.', '已制定前两年的预算与人员计划。'],
  },
};
