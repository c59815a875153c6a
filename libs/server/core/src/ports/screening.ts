import {
  Actor,
  AvailabilityWindow,
  Bilingual,
  CooperationMode,
  IpStatus,
  ProgrammeStatus,
  ProjectStatus,
  SectorDef,
  SelfAssessmentItem,
  SixCan,
} from '@sixcan/domain';
import { EntityManager } from 'typeorm';

/** What screening needs to know about a programme. */
export interface ScreeningProgramme {
  id: string;
  organizationId: string;
  status: ProgrammeStatus;
  title: Bilingual;
  timeZone: string;
  mandatoryCans: SixCan[];
  rubric: { code: string; nameZh: string; nameEn: string; weight: number }[];
  rubricScale: number;
  sectors: SectorDef[];
}

/** A project as screening assigns, detects conflicts on and ranks it. */
export interface ScreeningProject {
  id: string;
  programmeId: string;
  status: ProjectStatus;
  title: Bilingual;
  sectorCode: string | null;
  country: string | null;
  organizationName: string | null;
  /** Lower-cased part after the `@` of the contact e-mail. */
  contactEmailDomain: string | null;
  channelNames: string[];
  /** Lower-cased domain of the channel's contact e-mail. */
  channelDomain: string | null;
  /** Languages the project is written in (`zh`, `en`). */
  languages: ('zh' | 'en')[];
  submittedAt: Date | null;
}

/** What a reviewer reads about an assigned project (no contact details, no owner). */
export interface ScreeningProjectDetails {
  id: string;
  programmeId: string;
  title: Bilingual;
  summary: Bilingual;
  sectorCode: string | null;
  country: string | null;
  organizationName: string | null;
  trl: number | null;
  ipStatus: IpStatus | null;
  cooperationModes: CooperationMode[];
  fundingAmountMinor: bigint | null;
  fundingCurrency: string | null;
  team: string | null;
  presenterTimeZone: string | null;
  availability: AvailabilityWindow[];
  selfAssessment: SelfAssessmentItem[];
  attachmentFileIds: string[];
}

/** Which decision notice the applicant gets with a move. */
export type DecisionNotice = 'ADVANCED' | 'SHORTLISTED' | 'NOT_SELECTED';

export interface ProjectMove {
  projectId: string;
  to: ProjectStatus;
  /** Recorded with the status change (e.g. "screening round 1"). */
  note: string;
  /** E-mail the applicant this notice (in their language), when given. */
  notice?: DecisionNotice;
  /** Round ordinal shown in the notice. */
  roundOrdinal?: number;
}

/**
 * Programmes and projects as the screening context needs them. Implemented by the programmes context,
 * so screening never reads or writes its tables directly. Every call is scoped to one organisation.
 */
export abstract class ScreeningIntake {
  /** The programme of the organisation, or null (absent or foreign). */
  abstract programme(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
  ): Promise<ScreeningProgramme | null>;

  /** Projects of the programme with one of the statuses and/or among the ids, in submission order. */
  abstract projects(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    filter: { statuses?: ProjectStatus[]; ids?: string[] },
  ): Promise<ScreeningProject[]>;

  /** Whether the actor may see the project (organizers any of their organisation, applicants their own). */
  abstract visibleTo(em: EntityManager, actor: Actor, projectId: string): Promise<boolean>;

  /** Ids of the organisation's projects that have the file among their attachments. */
  abstract withAttachment(em: EntityManager, organizationId: string, fileId: string): Promise<string[]>;

  /** The reviewer's view of these projects (same organisation only). */
  abstract details(
    em: EntityManager,
    organizationId: string,
    ids: string[],
  ): Promise<ScreeningProjectDetails[]>;

  /**
   * Moves projects' statuses in the caller's transaction: each move is recorded as a status change with
   * the actor (null: the system) and audited; with a notice the applicant is e-mailed. Projects no longer
   * in a status screening may move (withdrawn meanwhile) are skipped; returns the ids moved.
   */
  abstract move(
    em: EntityManager,
    actor: Actor | null,
    organizationId: string,
    moves: ProjectMove[],
  ): Promise<string[]>;
}
