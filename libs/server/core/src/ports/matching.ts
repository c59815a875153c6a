import { Bilingual, CooperationMode, ProjectStatus } from '@sixcan/domain';
import { EntityManager } from 'typeorm';
import { ConnectionShape } from '../graphql/connection';

/**
 * A project as partners see it: what the applicant wrote for the public, never scores, reviewers, contact
 * details or screening notes.
 */
export interface PartnerProject {
  id: string;
  programmeId: string;
  status: ProjectStatus;
  title: Bilingual;
  summary: Bilingual;
  sectorCode: string | null;
  country: string | null;
  organizationName: string | null;
  trl: number | null;
  cooperationModes: CooperationMode[];
  fundingAmountMinor: bigint | null;
  fundingCurrency: string | null;
  submittedAt: Date | null;
}

/** Who answers for a project: its applicant account (or the invited e-mail while unclaimed). */
export interface ProjectApplicant {
  projectId: string;
  ownerUserId: string | null;
  applicantEmail: string | null;
  title: Bilingual;
}

/** Statuses in which a project is open to partners without being published by hand. */
export const PARTNER_VISIBLE_STATUSES: readonly ProjectStatus[] = [
  ProjectStatus.SHORTLISTED,
  ProjectStatus.IN_ROADSHOW,
];

/** Which open projects to list: see `MatchingCatalog.published`. */
export interface PublishedFilter {
  alsoIds: string[];
  ids?: string[];
  sectorCode?: string | null;
  country?: string | null;
  search?: string | null;
}

/**
 * Projects as the matching context reads them. Implemented by the programmes context, so matching never
 * reads its tables directly. Every call is scoped to one organisation; foreign or absent ids are skipped.
 */
export abstract class MatchingCatalog {
  /**
   * Projects of the organisation that are shortlisted or in the roadshow, or among `alsoIds` (published
   * by an organizer) and not withdrawn or rejected; optionally narrowed by sector, country and a search
   * text over titles, summaries and organisation. Ordered by title (English, then Chinese), then id.
   */
  abstract published(
    em: EntityManager,
    organizationId: string,
    filter: PublishedFilter,
  ): Promise<PartnerProject[]>;

  /**
   * One page of `published` in the same order, filtered and paged in SQL (keyset over title, then id), with
   * the total of the filtered list.
   */
  abstract publishedPage(
    em: EntityManager,
    organizationId: string,
    filter: PublishedFilter,
    page: { first: number; after?: string | null },
  ): Promise<ConnectionShape<PartnerProject>>;

  /** The titles of projects of the organisation by id (absent ids are left out). */
  abstract titles(em: EntityManager, organizationId: string, ids: string[]): Promise<Map<string, Bilingual>>;

  /** Ids of the organisation's projects whose Chinese or English title contains the text (case-insensitive). */
  abstract idsByTitle(em: EntityManager, organizationId: string, text: string): Promise<string[]>;

  /** Any projects of the organisation by id, in the partner view (for bids and intents already made). */
  abstract projects(em: EntityManager, organizationId: string, ids: string[]): Promise<PartnerProject[]>;

  /** The applicant of each project of the organisation. */
  abstract applicants(em: EntityManager, organizationId: string, ids: string[]): Promise<ProjectApplicant[]>;

  /** The ids among `ids` the applicant owns. */
  abstract ownedBy(
    em: EntityManager,
    organizationId: string,
    userId: string,
    ids: string[],
  ): Promise<string[]>;
}
