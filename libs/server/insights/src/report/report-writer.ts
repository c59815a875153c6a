import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, readPdfFont } from '@sixcan/server-core';
import { DataSource } from 'typeorm';
import { ProgrammeReport } from './programme-report.entity';
import { REPORT_DOCUMENT, ReportFailure } from './report-failure';
import { ReportFiguresReader } from './report-figures-reader';
import { ReportContent, ReportPdf } from './report-pdf';
import { readAgreements, readFx, readLineup, readProgramme } from './report-source';
import { ReportXlsx } from './report-xlsx';
import { isoDay } from './labels';

export interface ReportOutput {
  pdf: Buffer;
  xlsx: Buffer;
  pages: number;
  asOf: Date;
  /** `YYYY-MM-DD` in the programme's zone, for the file names. */
  day: string;
  summary: Record<string, unknown>;
}

/** 0–100. */
export type Progress = (percent: number) => Promise<unknown>;

/**
 * Writes a report's PDF and XLSX: the dashboard's figures (computed fresh), then the line-up and the
 * agreements, then the pages and the sheets.
 */
@Injectable()
export class ReportWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: ReportFiguresReader,
    private readonly config: AppConfig,
  ) {}

  async write(report: ProgrammeReport, progress: Progress): Promise<ReportOutput> {
    const em = this.dataSource.manager;
    const font = await readPdfFont(this.config.env.HANDBOOK_FONT_PATH, REPORT_DOCUMENT);
    const programme = await readProgramme(em, report.organizationId, report.programmeId);
    if (!programme) throw new ReportFailure('The programme no longer exists');
    await progress(5);
    const figures = await this.figures.read(report);
    await progress(20);
    const roadshows = await readLineup(em, report.organizationId, programme.id);
    const fx = await readFx(em, report.organizationId);
    const { agreements, missing } = await readAgreements(em, report.organizationId, programme, fx);
    await progress(30);
    const content: ReportContent = {
      programme,
      figures,
      roadshows,
      agreements,
      fx: { ...fx, missing },
      generatedAt: new Date(),
    };
    const pdf = new ReportPdf(font, content);
    const pdfBytes = await pdf.write((share) => progress(30 + Math.round(share * 50)));
    await progress(85);
    const xlsxBytes = await new ReportXlsx().write(content);
    await progress(95);
    return {
      pdf: pdfBytes,
      xlsx: xlsxBytes,
      pages: pdf.pageCount,
      asOf: figures.asOf,
      day: isoDay(content.generatedAt, programme.timeZone),
      summary: {
        programmeId: programme.id,
        asOf: figures.asOf.toISOString(),
        pages: pdf.pageCount,
        collected: figures.collected,
        signed: figures.signed,
        agreements: agreements.length,
        committed: { minor: figures.committedMinor.toString(), currency: figures.currency },
        roadshows: roadshows.length,
      },
    };
  }
}
