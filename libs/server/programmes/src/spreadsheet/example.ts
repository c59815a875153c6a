/** The example row of the import template. A row identical to it in title and organisation is skipped on import. */
import { SectorDef } from '@sixcan/domain';
import { normalizeLabel } from './columns';

export function exampleRow(sectors: readonly SectorDef[]): Record<string, string> {
  return {
    titleZh: '（示例）高效钙钛矿叠层太阳能电池',
    titleEn: '(Example) High-efficiency perovskite tandem solar cell',
    summaryZh: '面向分布式光伏的钙钛矿/晶硅叠层电池，实验室效率 31.2%，已完成 1000 小时稳定性测试。',
    summaryEn:
      'Perovskite/silicon tandem cells for rooftop PV: 31.2% lab efficiency, 1,000-hour stability test passed.',
    organizationName: '（示例）某某大学 Example University',
    sectorCode: sectors[0]?.code ?? '',
    country: 'CN',
    trl: '5',
    ipStatus: 'PATENT_GRANTED',
    cooperationModes: 'LICENSING, RD_COOPERATION',
    fundingAmount: '1500000.00',
    fundingCurrency: 'CNY',
    team: '教授 1 名、博士后 3 名 / 1 professor, 3 postdocs',
    contactName: '张伟 Zhang Wei',
    contactEmail: 'zhang.wei@example.edu.cn',
    contactPhone: '+86 10 6278 0000',
    presenterTimeZone: 'Asia/Shanghai',
    applicantEmail: '',
    claimATTEND: '项目负责人可赴德国参加路演 / The lead can present in Germany',
    evidenceATTEND: '有效申根签证 / Valid Schengen visa',
  };
}

const EXAMPLE = exampleRow([]);
const exampleKey = (cells: Record<string, string | undefined>) =>
  [cells['titleZh'], cells['titleEn'], cells['organizationName']]
    .map((v) => normalizeLabel(v ?? ''))
    .join('|');
const EXAMPLE_KEY = exampleKey(EXAMPLE);

/** True for the template's example row left in an upload. */
export function isExampleRow(cells: Record<string, string | undefined>): boolean {
  return exampleKey(cells) === EXAMPLE_KEY;
}
