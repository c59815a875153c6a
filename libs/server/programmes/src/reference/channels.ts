import { ChannelKind } from '@sixcan/domain';

/** A recommending institution of the reference scenario. */
export interface ReferenceChannel {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: ChannelKind;
  country: string;
  contactEmail: string;
}

const U = ChannelKind.UNIVERSITY;
const R = ChannelKind.RESEARCH_INSTITUTE;
const A = ChannelKind.ASSOCIATION;
const T = ChannelKind.TRANSFER_NETWORK;
const O = ChannelKind.OTHER;

type Row = readonly [key: string, nameEn: string, nameZh: string, kind: ChannelKind, country: string];

// The first 40 rows are the default set; the order mixes kinds and regions so that shorter prefixes stay varied.
// prettier-ignore
const ROWS: readonly Row[] = [
  ['tum', 'Technical University of Munich', '慕尼黑工业大学', U, 'DE'],
  ['fraunhofer', 'Fraunhofer-Gesellschaft', '弗劳恩霍夫协会', R, 'DE'],
  ['steinbeis', 'Steinbeis Technology Transfer Network', '史太白技术转移网络', T, 'DE'],
  ['cambridge-enterprise', 'Cambridge Enterprise', '剑桥大学企业公司', T, 'GB'],
  ['imperial', 'Imperial College London', '帝国理工学院', U, 'GB'],
  ['technion', 'Technion – Israel Institute of Technology', '以色列理工学院', U, 'IL'],
  ['weizmann', 'Weizmann Institute of Science', '魏茨曼科学研究所', R, 'IL'],
  ['nus', 'National University of Singapore', '新加坡国立大学', U, 'SG'],
  ['astar', 'Agency for Science, Technology and Research (A*STAR)', '新加坡科技研究局', R, 'SG'],
  ['utokyo', 'The University of Tokyo', '东京大学', U, 'JP'],
  ['kaist', 'Korea Advanced Institute of Science and Technology', '韩国科学技术院', U, 'KR'],
  ['mit', 'Massachusetts Institute of Technology', '麻省理工学院', U, 'US'],
  ['autm', 'Association of University Technology Managers', '美国大学技术经理人协会', A, 'US'],
  ['utoronto', 'University of Toronto', '多伦多大学', U, 'CA'],
  ['cnrs', 'French National Centre for Scientific Research (CNRS)', '法国国家科学研究中心', R, 'FR'],
  ['tudelft', 'Delft University of Technology', '代尔夫特理工大学', U, 'NL'],
  ['astp', 'ASTP – Knowledge Transfer Europe', '欧洲知识转移专业人员协会', A, 'NL'],
  ['ethz', 'ETH Zurich', '苏黎世联邦理工学院', U, 'CH'],
  ['epfl', 'EPFL – Swiss Federal Institute of Technology Lausanne', '洛桑联邦理工学院', U, 'CH'],
  ['kth', 'KTH Royal Institute of Technology', '瑞典皇家理工学院', U, 'SE'],
  ['vtt', 'VTT Technical Research Centre of Finland', '芬兰国家技术研究中心', R, 'FI'],
  ['aalto', 'Aalto University', '阿尔托大学', U, 'FI'],
  ['csiro', 'CSIRO', '澳大利亚联邦科学与工业研究组织', R, 'AU'],
  ['unimelb', 'The University of Melbourne', '墨尔本大学', U, 'AU'],
  ['polimi', 'Politecnico di Milano', '米兰理工大学', U, 'IT'],
  ['upc', 'Universitat Politècnica de Catalunya', '加泰罗尼亚理工大学', U, 'ES'],
  ['skoltech', 'Skolkovo Institute of Science and Technology', '斯科尔科沃科学技术研究院', U, 'RU'],
  ['bsu', 'Belarusian State University', '白俄罗斯国立大学', U, 'BY'],
  ['kpi', 'Igor Sikorsky Kyiv Polytechnic Institute', '基辅理工学院', U, 'UA'],
  ['pw', 'Warsaw University of Technology', '华沙理工大学', U, 'PL'],
  ['cvut', 'Czech Technical University in Prague', '布拉格捷克理工大学', U, 'CZ'],
  ['bme', 'Budapest University of Technology and Economics', '布达佩斯技术与经济大学', U, 'HU'],
  ['ait', 'AIT Austrian Institute of Technology', '奥地利技术研究院', R, 'AT'],
  ['een', 'Enterprise Europe Network', '欧洲企业网络', T, 'BE'],
  ['kuleuven', 'KU Leuven', '鲁汶大学', U, 'BE'],
  ['dtu', 'Technical University of Denmark', '丹麦技术大学', U, 'DK'],
  ['ktn', 'Innovate UK Business Connect', '英国创新署商业联络网', T, 'GB'],
  ['iisc', 'Indian Institute of Science', '印度科学研究所', R, 'IN'],
  ['cssa-de', 'Association of Chinese Scientists and Engineers in Germany', '旅德中国科学家工程师协会', A, 'DE'],
  ['globaltt', 'Global Technology Transfer Alliance', '全球技术转移联盟', O, 'CH'],
  ['ntnu', 'Norwegian University of Science and Technology', '挪威科技大学', U, 'NO'],
  ['tcd', 'Trinity College Dublin', '都柏林圣三一大学', U, 'IE'],
  ['auckland', 'University of Auckland', '奥克兰大学', U, 'NZ'],
  ['um', 'Universiti Malaya', '马来亚大学', U, 'MY'],
  ['chula', 'Chulalongkorn University', '朱拉隆功大学', U, 'TH'],
  ['ku-ae', 'Khalifa University', '哈利法大学', U, 'AE'],
  ['usp', 'University of São Paulo', '圣保罗大学', U, 'BR'],
  ['uc-cl', 'Pontifical Catholic University of Chile', '智利天主教大学', U, 'CL'],
  ['uct', 'University of Cape Town', '开普敦大学', U, 'ZA'],
  ['cairo', 'Cairo University', '开罗大学', U, 'EG'],
];

/**
 * The reference channels: the first `count` institutions of a fixed list (50 of them); beyond that, numbered
 * regional offices of the same institutions. Deterministic; keys are unique.
 */
export function referenceChannels(count = 40): ReferenceChannel[] {
  const out: ReferenceChannel[] = [];
  for (let i = 0; i < count; i++) {
    const [key, nameEn, nameZh, kind, country] = ROWS[i % ROWS.length];
    const round = Math.floor(i / ROWS.length);
    const suffixKey = round === 0 ? '' : `-${round + 1}`;
    out.push({
      key: `${key}${suffixKey}`,
      nameEn: round === 0 ? nameEn : `${nameEn} (Office ${round + 1})`,
      nameZh: round === 0 ? nameZh : `${nameZh}（第${round + 1}办公室）`,
      kind,
      country,
      contactEmail: `intake${suffixKey}@${key}.${country.toLowerCase()}.example`,
    });
  }
  return out;
}
