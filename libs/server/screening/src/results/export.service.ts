import { Injectable } from '@nestjs/common';
import { Actor, Locale } from '@sixcan/domain';
import { AuditLog, FileStore, MemberDirectory, StoredFile, Transactions } from '@sixcan/server-core';
import { ScreeningAccess } from '../access';
import { buildResultsWorkbook } from './results-export';
import { toResultModel } from './results.service';
import { RoundResults } from './round-results';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ranking with its justification as an XLSX file of the organisation (downloaded from /files/<id>). */
@Injectable()
export class ResultsExportService {
  constructor(
    private readonly tx: Transactions,
    private readonly access: ScreeningAccess,
    private readonly results: RoundResults,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
    private readonly directory: MemberDirectory,
  ) {}

  export(actor: Actor, roundId: string, locale: Locale): Promise<StoredFile> {
    return this.tx.run(async (em) => {
      const round = await this.access.round(em, actor, roundId);
      const { rows } = await this.results.compute(em, round);
      const names = await this.directory.displayNames(em, [
        ...new Set(rows.flatMap((r) => (r.override ? [r.override.by] : []))),
      ]);
      const bytes = await buildResultsWorkbook(
        round,
        rows.map((r) => toResultModel(r, names)),
        locale,
      );
      const file = await this.files.save(em, {
        organizationId: actor.organizationId,
        uploadedBy: actor.userId,
        filename: `screening-round-${round.ordinal}-results-${new Date().toISOString().slice(0, 10)}.xlsx`,
        contentType: XLSX,
        bytes,
      });
      await this.audit.byActor(
        em,
        actor,
        'screening_round.results_exported',
        { type: 'ScreeningRound', id: round.id },
        { rows: rows.length, fileId: file.id },
      );
      return file;
    });
  }
}
