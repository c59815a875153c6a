import { Actor, AvailabilityWindow, Bilingual, ProjectStatus } from '@sixcan/domain';
import { EntityManager } from 'typeorm';

/** Statuses in which a project may be put on a roadshow: shortlisted, or already in a roadshow. */
export const ROADSHOW_ELIGIBLE_STATUSES: readonly ProjectStatus[] = [
  ProjectStatus.SHORTLISTED,
  ProjectStatus.IN_ROADSHOW,
];

/** What a roadshow needs to know about its programme. */
export interface RoadshowProgramme {
  id: string;
  title: Bilingual;
  /** The programme's home zone (IANA): the default display zone of its events. */
  timeZone: string;
}

/** A project as the roadshow plans and shows it: public fields and the presenter's hours, no contact data. */
export interface RoadshowProject {
  id: string;
  programmeId: string;
  status: ProjectStatus;
  title: Bilingual;
  country: string | null;
  organizationName: string | null;
  /** IANA zone of the presenter; null for a project imported without one. */
  presenterTimeZone: string | null;
  /** When the presenter can pitch live (UTC instants). */
  availability: AvailabilityWindow[];
}

/** Who presents a project, for invitations and reminders (personal data: loaded only to send e-mail). */
export interface RoadshowPresenter {
  projectId: string;
  /** The project's contact e-mail, else its applicant's account e-mail, else the invited applicant e-mail. */
  email: string | null;
  name: string | null;
  /** The applicant account, when the project has one (its language is used for e-mail). */
  ownerUserId: string | null;
}

/**
 * Programmes and projects as the roadshows context reads them. Implemented by the programmes context, so
 * roadshows never reads or writes its tables. Every call is scoped to one organisation; foreign or absent ids
 * are skipped.
 */
export abstract class RoadshowCatalog {
  /** The programme of the organisation, or null (absent or foreign). */
  abstract programme(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
  ): Promise<RoadshowProgramme | null>;

  /** The projects of the organisation with these ids, in no particular order. */
  abstract projects(em: EntityManager, organizationId: string, ids: string[]): Promise<RoadshowProject[]>;

  /** The presenters of these projects. */
  abstract presenters(em: EntityManager, organizationId: string, ids: string[]): Promise<RoadshowPresenter[]>;

  /**
   * Moves shortlisted projects to IN_ROADSHOW in the caller's transaction (recorded as a status change with
   * the actor, audited, no e-mail). Projects in any other status are left as they are; returns the ids moved.
   */
  abstract enterRoadshow(em: EntityManager, actor: Actor, ids: string[], note: string): Promise<string[]>;

  /** Moves IN_ROADSHOW projects back to SHORTLISTED, the same way; returns the ids moved. */
  abstract leaveRoadshow(em: EntityManager, actor: Actor, ids: string[], note: string): Promise<string[]>;
}

/** A partner's intent recorded (or recorded again) with source ROADSHOW. */
export interface RoadshowIntentRecorded {
  intentId: string;
  projectId: string;
  partnerId: string;
}

/**
 * Told by the matching context after an intent with source ROADSHOW has been committed; implemented by the
 * roadshows context, which counts it for the live event showing the project and pushes the live state to
 * subscribers. Never throws: a failure here must not fail the partner's intent.
 */
export abstract class RoadshowIntentEvents {
  abstract intentRecorded(actor: Actor, event: RoadshowIntentRecorded): Promise<void>;
}
