import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@sixcan/domain';
import { DataSource } from 'typeorm';
import { InsightsService } from '../dashboard/insights.service';
import { ChannelFacts, figuresFromInsights } from './figures-from-insights';
import { ProgrammeReport } from './programme-report.entity';
import { ReportFigures } from './report-figures';

/**
 * The report's figures: the programme dashboard computed fresh from the records (never the stored aggregates,
 * which may lag), as the organizer who asked for the report would see it, plus each channel's kind and
 * country for the sheet.
 */
@Injectable()
export class ReportFiguresReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly insights: InsightsService,
  ) {}

  async read(report: ProgrammeReport): Promise<ReportFigures> {
    const insights = await this.insights.programmeInsights(
      { userId: report.createdByUserId, organizationId: report.organizationId, roles: [Role.ORGANIZER] },
      report.programmeId,
      { fresh: true },
    );
    const ids = insights.byChannel.map((c) => c.channelId);
    const rows: { id: string; kind: string; country: string | null }[] = ids.length
      ? await this.dataSource.query(
          `SELECT id, kind, country FROM channel WHERE organization_id = $1 AND id = ANY($2)`,
          [report.organizationId, ids],
        )
      : [];
    const channels = new Map<string, ChannelFacts>(
      rows.map((r) => [r.id, { kind: r.kind, country: r.country?.trim() || null }]),
    );
    return figuresFromInsights(insights, channels);
  }
}
