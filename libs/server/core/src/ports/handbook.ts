import { Bilingual, CooperationMode, ProjectStatus, SectorDef } from '@sixcan/domain';
import { EntityManager } from 'typeorm';

/** What the handbook prints about a programme. */
export interface HandbookProgramme {
  id: string;
  title: Bilingual;
  /** IANA zone the bureau works in: the cover's date is given in it. */
  timeZone: string;
  /** In the programme's order: the handbook's chapters follow it. */
  sectors: SectorDef[];
}

/** A project in the handbook's outline: enough to order it and list it in the table of contents. */
export interface HandbookEntry {
  id: string;
  title: Bilingual;
  sectorCode: string | null;
}

/** Contact details of a project (personal data: only loaded when the handbook asks for them). */
export interface HandbookContact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** A project as the handbook prints it: the public fields, never scores or screening notes. */
export interface HandbookProject extends HandbookEntry {
  status: ProjectStatus;
  summary: Bilingual;
  country: string | null;
  organizationName: string | null;
  trl: number | null;
  cooperationModes: CooperationMode[];
  fundingAmountMinor: bigint | null;
  fundingCurrency: string | null;
  /** Null unless asked for with `includeContacts`. */
  contact: HandbookContact | null;
}

/** Which projects of a programme go into the handbook. */
export interface HandbookSelection {
  /**
   * Projects an organizer opened to partners by hand: included unless withdrawn, rejected or draft, on top of
   * the shortlisted and in-roadshow ones (the same rule as `MatchingCatalog.published`).
   */
  alsoIds: string[];
  /** Only projects in these sectors (all sectors when absent or empty). */
  sectorCodes?: string[] | null;
}

/**
 * Programmes and projects as the handbook reads them. Implemented by the programmes context, so the roadshows
 * context never reads its tables. Every call is scoped to one organisation; foreign or absent ids are skipped.
 */
export abstract class HandbookCatalog {
  /** The programme of the organisation, or null. */
  abstract programme(
    em: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<HandbookProgramme | null>;

  /** Every project of the programme the selection takes, in no particular order (one light row each). */
  abstract entries(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    selection: HandbookSelection,
  ): Promise<HandbookEntry[]>;

  /** The projects of the programme with these ids (one batch), in no particular order. */
  abstract projects(
    em: EntityManager,
    organizationId: string,
    programmeId: string,
    ids: string[],
    options: { includeContacts: boolean },
  ): Promise<HandbookProject[]>;
}

/**
 * Ids of the projects an organizer published to partners by hand (the matching context's list), read when a
 * handbook is requested.
 */
export abstract class PublishedProjectIds {
  abstract ids(em: EntityManager, organizationId: string): Promise<string[]>;
}
