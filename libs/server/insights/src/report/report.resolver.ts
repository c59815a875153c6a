import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Role } from '@sixcan/domain';
import { ConnectionShape, CurrentActor, Roles } from '@sixcan/server-core';
import {
  ProgrammeReportConnection,
  ProgrammeReportModel,
  ProgrammeReportsArgs,
  toProgrammeReportModel,
} from './report.models';
import { ReportService } from './report.service';

@Resolver(() => ProgrammeReportModel)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Mutation(() => ProgrammeReportModel, {
    description:
      "Writes the programme's bureau report (bilingual PDF and XLSX: headline figures, charts, roadshow line-up, signed agreements) as a job, or returns the one already queued or running; poll programmeReport for progress and the files.",
  })
  @Roles(Role.ORGANIZER)
  async generateProgrammeReport(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<ProgrammeReportModel> {
    return toProgrammeReportModel(await this.reports.generate(actor, programmeId));
  }

  @Query(() => ProgrammeReportModel)
  @Roles(Role.ORGANIZER)
  async programmeReport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeReportModel> {
    return toProgrammeReportModel(await this.reports.get(actor, id));
  }

  @Query(() => ProgrammeReportConnection, { description: 'Bureau reports of a programme, newest first.' })
  @Roles(Role.ORGANIZER)
  async programmeReports(
    @CurrentActor() actor: Actor,
    @Args() args: ProgrammeReportsArgs,
  ): Promise<ConnectionShape<ProgrammeReportModel>> {
    const page = await this.reports.list(actor, args.programmeId, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toProgrammeReportModel(e.node) })),
    };
  }
}
