import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, HandbookCatalog, HandbookProject, readPdfFont } from '@sixcan/server-core';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { HANDBOOK_DOCUMENT, HandbookFailure } from './handbook-failure';
import { HandbookJob } from './handbook-job.entity';
import { HandbookPdf } from './handbook-pdf';
import { HandbookXlsx } from './handbook-xlsx';
import { groupBySector, languagesOf, planHandbook } from './layout';

/** Projects read and drawn per round trip; progress is reported after each batch. */
export const BATCH = 25;

export interface HandbookOutput {
  pdf: Buffer;
  xlsx: Buffer;
  total: number;
  /** `YYYY-MM-DD` in the programme's zone, for the file names. */
  day: string;
}

export type Progress = (processed: number, total: number) => Promise<unknown>;

/**
 * Writes a handbook's PDF and XLSX in one pass over the projects: the outline first (light rows, to order
 * the chapters and number the pages), then the full projects in batches, each drawn and added to the
 * spreadsheet before the next batch is read.
 */
@Injectable()
export class HandbookWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: HandbookCatalog,
    private readonly config: AppConfig,
  ) {}

  async write(job: HandbookJob, progress: Progress): Promise<HandbookOutput> {
    const em = this.dataSource.manager;
    const font = await readPdfFont(this.config.env.HANDBOOK_FONT_PATH, HANDBOOK_DOCUMENT);
    const programme = await this.catalog.programme(em, job.organizationId, job.programmeId);
    if (!programme) throw new HandbookFailure('The programme no longer exists');
    const { options } = job;
    const entries = await this.catalog.entries(em, job.organizationId, programme.id, {
      alsoIds: job.publishedProjectIds,
      sectorCodes: options.sectorCodes,
    });
    if (!entries.length)
      throw new HandbookFailure('No project is shortlisted, in the roadshow or published any more');
    const langs = languagesOf(options.languages);
    const now = new Date();
    const pdf = new HandbookPdf({
      ...font,
      langs,
      title: {
        zh: options.title?.zh ?? programme.title.zh ?? null,
        en: options.title?.en ?? programme.title.en ?? null,
      },
      date: now,
      timeZone: programme.timeZone,
      publicUrl: this.config.env.PUBLIC_URL,
    });
    const groups = groupBySector(entries, programme.sectors, langs[0] ?? 'zh');
    const plan = planHandbook(groups, pdf.tocMetrics());
    const xlsx = new HandbookXlsx(langs, options.includeContacts, this.config.env.PUBLIC_URL);
    await pdf.begin(plan);
    const total = plan.order.length;
    await progress(0, total);
    for (let start = 0; start < total; start += BATCH) {
      const ids = plan.order.slice(start, start + BATCH);
      const found = await this.catalog.projects(em, job.organizationId, programme.id, ids, {
        includeContacts: options.includeContacts,
      });
      const byId = new Map<string, HandbookProject>(found.map((p) => [p.id, p]));
      for (const [i, id] of ids.entries()) {
        const project = byId.get(id);
        if (!project) throw new Error(`project ${id} disappeared while the handbook was written`);
        pdf.project(project);
        xlsx.add({
          project,
          number: start + i + 1,
          page: plan.pageOf.get(id) as number,
          sector: plan.groupOf.get(id),
        });
        // A page takes tens of milliseconds: the worker's other jobs and its lock renewals run in between.
        await nextTurn();
      }
      await progress(start + ids.length, total);
    }
    const firstPage = new Map(groups.map((g) => [g.code, plan.pageOf.get(g.entries[0]?.id ?? '') ?? 0]));
    const [pdfBytes, xlsxBytes] = [await pdf.finish(), await xlsx.finish(groups, firstPage)];
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: programme.timeZone }).format(now);
    return { pdf: pdfBytes, xlsx: xlsxBytes, total, day };
  }
}
