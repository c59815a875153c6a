import { Locale, SIX_CANS } from '@sixcan/domain';
import ExcelJS from 'exceljs';
import { ScreeningRound } from '../round/screening-round.entity';
import { RoundResultModel } from './results.models';

type Value = string | number | null;

const guard = (v: Value): Value => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

const L = {
  rank: ['排名', 'Rank'],
  id: ['项目编号', 'Project ID'],
  titleZh: ['项目名称（中文）', 'Title (Chinese)'],
  titleEn: ['项目名称（英文）', 'Title (English)'],
  organisation: ['所属单位', 'Organisation'],
  country: ['国家/地区', 'Country'],
  sector: ['领域', 'Sector'],
  reviews: ['已提交评审数', 'Submitted reviews'],
  raw: ['原始均分', 'Raw mean'],
  normalised: ['标准化得分', 'Normalised score'],
  disagreement: ['分歧度（标准差）', 'Disagreement (SD)'],
  minScore: ['最低评审分', 'Lowest reviewer score'],
  gate: ['六可门槛', 'Six-can gate'],
  failed: ['未通过的必备项', 'Failed mandatory cans'],
  proposed: ['建议结果', 'Proposed'],
  decision: ['最终结果', 'Final decision'],
  reasonCode: ['依据', 'Basis'],
  override: ['人工调整', 'Override'],
  overrideReason: ['调整理由', 'Override reason'],
  overrideBy: ['调整人', 'Overridden by'],
  overrideAt: ['调整时间 (UTC)', 'Overridden at (UTC)'],
} as const;

const DECISIONS: Record<string, [string, string]> = {
  ADVANCE: ['晋级', 'Advance'],
  REJECT: ['淘汰', 'Reject'],
};

/**
 * The ranking of a round with its justification, as XLSX: per-criterion means, the six-can verdict counts
 * and gate outcome, the proposal, overrides with their reasons and the final decision; a second sheet holds
 * the round's settings.
 */
export async function buildResultsWorkbook(
  round: ScreeningRound,
  rows: RoundResultModel[],
  locale: Locale,
): Promise<Buffer> {
  const i = locale === 'zh-CN' ? 0 : 1;
  const t = (pair: readonly [string, string] | readonly string[]) => pair[i] as string;
  const decision = (d: string | null) => (d ? t(DECISIONS[d] ?? [d, d]) : null);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SixCan';
  const sheet = workbook.addWorksheet(
    locale === 'zh-CN' ? `第${round.ordinal}轮结果` : `Round ${round.ordinal} results`,
  );
  const canHeaders = SIX_CANS.filter((c) => round.cans.includes(c)).flatMap((can) => [
    `${can} PASS`,
    `${can} FAIL`,
    `${can} UNSURE`,
  ]);
  const headers = [
    t(L.rank),
    t(L.id),
    t(L.titleZh),
    t(L.titleEn),
    t(L.organisation),
    t(L.country),
    t(L.sector),
    t(L.reviews),
    t(L.raw),
    t(L.normalised),
    t(L.disagreement),
    t(L.minScore),
    ...round.criteria,
    t(L.gate),
    t(L.failed),
    ...canHeaders,
    t(L.proposed),
    t(L.override),
    t(L.overrideReason),
    t(L.overrideBy),
    t(L.overrideAt),
    t(L.decision),
    t(L.reasonCode),
  ];
  sheet.addRow(headers);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const cans = SIX_CANS.filter((c) => round.cans.includes(c)).flatMap((can) => {
      const c = r.gate.counts.find((x) => x.can === can);
      return [c?.pass ?? 0, c?.fail ?? 0, c?.unsure ?? 0];
    });
    const values: Value[] = [
      r.rank,
      r.projectId,
      r.title.zh,
      r.title.en,
      r.organizationName,
      r.country,
      r.sectorCode,
      r.reviewCount,
      round2(r.rawMean),
      round2(r.normalised),
      round2(r.disagreement),
      round2(r.minReviewerScore),
      ...round.criteria.map((c) => round2(r.perCriterion.find((p) => p.criterion === c)?.score ?? null)),
      r.gate.passed ? (i ? 'passed' : '通过') : i ? 'failed' : '未通过',
      r.gate.failedCans.join(', ') || null,
      ...cans,
      decision(r.proposed),
      decision(r.override?.decision ?? null),
      r.override?.reason ?? null,
      r.override?.by ?? null,
      r.override?.at.toISOString() ?? null,
      decision(r.decision),
      r.reasonCode,
    ];
    sheet.addRow(values.map(guard));
  }
  sheet.columns.forEach((c, n) => (c.width = n === 2 || n === 3 ? 36 : n === 1 ? 38 : 14));

  const settings = workbook.addWorksheet(locale === 'zh-CN' ? '评审设置' : 'Round settings');
  const rule =
    round.advanceRuleKind === 'TOP_N'
      ? `TOP_N ${round.advanceN}`
      : round.advanceRuleKind === 'MIN_SCORE'
        ? `MIN_SCORE ${round.advanceMinScore}`
        : 'MANUAL';
  const pairs: [string, Value][] = [
    [i ? 'Round' : '轮次', round.ordinal],
    [i ? 'Status' : '状态', round.status],
    [i ? 'Six cans checked' : '六可检查项', round.cans.join(', ')],
    [i ? 'Criteria' : '评分项', round.criteria.join(', ')],
    [i ? 'Reviewers per project' : '每个项目评审人数', round.reviewersPerProject],
    [i ? 'Advance rule' : '晋级规则', rule],
    [i ? 'Deadline (UTC)' : '截止时间 (UTC)', round.deadline.toISOString()],
    [i ? 'Decided at (UTC)' : '决定时间 (UTC)', round.decidedAt?.toISOString() ?? null],
  ];
  for (const [k, v] of pairs) settings.addRow([k, guard(v)]);
  settings.getColumn(1).width = 28;
  settings.getColumn(2).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
