import { Injectable } from '@nestjs/common';
import { Actor, isCountryCode, isLocale, Role } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MemberDirectory,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { isId, isOrganizer, ScreeningAccess } from '../access';
import { ReviewerProfile } from './reviewer-profile.entity';
import { InviteReviewerInput, ReviewerProfileInput } from './reviewer.models';

const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Fields a reviewer may change on their own profile. */
const OWN_FIELDS: (keyof ReviewerProfileInput)[] = ['sectors', 'languages', 'affiliation'];

/** The organisation's pool of reviewers: invitations, profiles, loads. */
@Injectable()
export class ReviewerService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly directory: MemberDirectory,
    private readonly access: ScreeningAccess,
  ) {}

  /** Creates or updates the profile, and grants the REVIEWER role or e-mails an invitation carrying it. */
  invite(actor: Actor, input: InviteReviewerInput): Promise<ReviewerProfile> {
    return this.tx.run(async (em) => {
      const email = input.email.trim().toLowerCase();
      const locale = isLocale(input.locale) ? input.locale : 'zh-CN';
      let profile = await em.findOne(ReviewerProfile, {
        where: { organizationId: actor.organizationId, email },
        lock: { mode: 'pessimistic_write' },
      });
      const created = !profile;
      profile ??= em.create(ReviewerProfile, {
        organizationId: actor.organizationId,
        userId: null,
        email,
        emailDomain: domainOf(email),
        displayName: email,
        sectors: [],
        languages: [],
        country: null,
        affiliation: null,
        maxLoad: input.maxLoad,
        locale,
      });
      apply(profile, input);
      if (!profile.displayName.trim()) profile.displayName = email;
      profile.userId ??= await this.directory.memberIdByEmail(em, actor.organizationId, email);
      try {
        profile = await em.save(profile);
      } catch (error) {
        if ((error as { code?: string }).code === '23505')
          throw DomainError.conflict('This reviewer was just invited by someone else: reload the list');
        throw error;
      }
      const outcome = await this.directory.grantOrInvite(em, actor, { email, role: Role.REVIEWER, locale });
      await this.audit.byActor(
        em,
        actor,
        created ? 'reviewer.invited' : 'reviewer.updated',
        { type: 'ReviewerProfile', id: profile.id },
        { email, outcome },
      );
      return profile;
    });
  }

  update(actor: Actor, id: string, input: ReviewerProfileInput): Promise<ReviewerProfile> {
    return this.tx.run(async (em) => {
      const profile = isOrganizer(actor)
        ? isId(id)
          ? await em.findOne(ReviewerProfile, {
              where: { id, organizationId: actor.organizationId },
              lock: { mode: 'pessimistic_write' },
            })
          : null
        : await this.access.reviewerOf(em, actor).then((me) => (me?.id === id ? me : null));
      if (!profile) throw DomainError.notFound('Reviewer profile');
      if (!isOrganizer(actor)) {
        const others = (Object.keys(input) as (keyof ReviewerProfileInput)[]).filter(
          (k) => input[k] !== undefined && !OWN_FIELDS.includes(k),
        );
        if (others.length)
          throw DomainError.forbidden(
            `Reviewers change their own sectors, languages and affiliation only; ask an organizer about ${others.join(', ')}`,
          );
      }
      apply(profile, input);
      const saved = await em.save(profile);
      await this.audit.byActor(
        em,
        actor,
        'reviewer.updated',
        { type: 'ReviewerProfile', id: saved.id },
        { fields: Object.keys(input) },
      );
      return saved;
    });
  }

  list(
    actor: Actor,
    args: { first: number; after?: string | null; search?: string | null },
  ): Promise<ConnectionShape<ReviewerProfile>> {
    return this.tx.read((em) => {
      const qb = em
        .createQueryBuilder(ReviewerProfile, 'r')
        .where('r.organizationId = :org', { org: actor.organizationId });
      const search = args.search?.trim();
      if (search)
        qb.andWhere(
          "(r.displayName ILIKE :term OR r.email ILIKE :term OR coalesce(r.affiliation, '') ILIKE :term)",
          { term: `%${search.replace(/[\\%_]/g, '\\$&')}%` },
        );
      return paginate(qb, args, [{ expression: 'r.displayName', property: 'displayName', direction: 'ASC' }]);
    });
  }

  mine(actor: Actor): Promise<ReviewerProfile | null> {
    return this.tx.run((em) => this.access.reviewerOf(em, actor));
  }
}

function apply(profile: ReviewerProfile, input: ReviewerProfileInput | InviteReviewerInput): void {
  if (input.displayName !== undefined && input.displayName !== null)
    profile.displayName = input.displayName.trim() || profile.email;
  if (input.sectors !== undefined) profile.sectors = [...new Set(input.sectors)];
  if (input.languages !== undefined) profile.languages = [...new Set(input.languages)];
  if (input.country !== undefined) {
    const country = text(input.country)?.toUpperCase() ?? null;
    if (country && !isCountryCode(country))
      throw DomainError.validation(`"${country}" is not an ISO 3166-1 country code`, [
        { field: 'input.country', message: 'unknown country' },
      ]);
    profile.country = country;
  }
  if (input.affiliation !== undefined) profile.affiliation = text(input.affiliation);
  if (input.maxLoad !== undefined && input.maxLoad !== null) profile.maxLoad = input.maxLoad;
}
