import { Injectable } from '@nestjs/common';
import {
  Actor,
  isCountryCode,
  isCurrencyCode,
  isLocale,
  isRegionCode,
  PartnerKind,
  Role,
} from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  MemberDirectory,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { isOrganizer, MatchingAccess } from '../access';
import { minorOf, textOf } from '../money-input';
import { Partner, PartnerMember } from './partner.entity';
import { PartnerInput, PartnersArgs } from './partner.models';

const LIKE_ESCAPE = /[\\%_]/g;

/** Partners and the people acting for them, as organizers (and, for their own partner, members) manage them. */
@Injectable()
export class PartnerService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly directory: MemberDirectory,
    private readonly access: MatchingAccess,
  ) {}

  create(actor: Actor, input: PartnerInput): Promise<Partner> {
    return this.tx.run(async (em) => {
      if (!input.kind)
        throw DomainError.validation('Choose the kind of partner', [
          { field: 'input.kind', message: 'required' },
        ]);
      if (!textOf(input.name?.zh) && !textOf(input.name?.en))
        throw DomainError.validation('Give the partner a name in Chinese or English', [
          { field: 'input.name', message: 'required' },
        ]);
      const partner = em.create(Partner, {
        organizationId: actor.organizationId,
        kind: input.kind,
        nameZh: null,
        nameEn: null,
        country: null,
        descriptionZh: null,
        descriptionEn: null,
        sectors: [],
        trlMin: null,
        trlMax: null,
        cooperationModes: [],
        ticketMinMinor: null,
        ticketMaxMinor: null,
        ticketCurrency: null,
        regions: [],
        chainFocus: [],
        availableSpaceM2: null,
        incentives: [],
        createdBy: actor.userId,
      });
      apply(partner, input);
      const saved = await em.save(partner);
      const members = await this.setMembers(em, actor, saved, input);
      await this.audit.byActor(
        em,
        actor,
        'partner.created',
        { type: 'Partner', id: saved.id },
        {
          kind: saved.kind,
          members,
        },
      );
      return saved;
    });
  }

  /** Organizers change any partner; a member changes its own partner's profile but not its members. */
  update(actor: Actor, id: string, input: PartnerInput): Promise<Partner> {
    return this.tx.run(async (em) => {
      const partner = await this.access.partner(em, actor, id, true);
      if (!isOrganizer(actor) && input.memberEmails != null)
        throw DomainError.forbidden('Only organizers change who acts for a partner');
      if (input.kind && input.kind !== partner.kind && !isOrganizer(actor))
        throw DomainError.forbidden('Only organizers change the kind of a partner');
      const before = { kind: partner.kind, name: [partner.nameZh, partner.nameEn] };
      apply(partner, input);
      if (!partner.nameZh && !partner.nameEn)
        throw DomainError.validation('Give the partner a name in Chinese or English', [
          { field: 'input.name', message: 'required' },
        ]);
      const saved = await em.save(partner);
      const members = await this.setMembers(em, actor, saved, input);
      await this.audit.byActor(
        em,
        actor,
        'partner.updated',
        { type: 'Partner', id: saved.id },
        {
          before,
          fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined),
          members,
        },
      );
      return saved;
    });
  }

  get(actor: Actor, id: string): Promise<Partner> {
    return this.tx.read((em) => this.access.partner(em, actor, id));
  }

  /** Organizers: every partner; partner members: their own. Newest first. */
  list(actor: Actor, args: PartnersArgs): Promise<ConnectionShape<Partner>> {
    return this.tx.read(async (em) => {
      const qb = em
        .createQueryBuilder(Partner, 'p')
        .where('p.organizationId = :org', { org: actor.organizationId });
      if (!isOrganizer(actor)) {
        const mine = await this.access.myPartnerIds(em, actor);
        qb.andWhere('p.id = ANY(:mine)', { mine });
      }
      if (args.kind) qb.andWhere('p.kind = :kind', { kind: args.kind });
      const term = args.search?.trim();
      if (term)
        qb.andWhere(`(p.nameZh ILIKE :term OR p.nameEn ILIKE :term)`, {
          term: `%${term.replace(LIKE_ESCAPE, (c) => `\\${c}`)}%`,
        });
      return paginate(qb, args, [{ expression: 'p.createdAt', property: 'createdAt', direction: 'DESC' }]);
    });
  }

  /** E-mails of the members of each partner. */
  async memberEmails(em: EntityManager, partnerIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!partnerIds.length) return out;
    const rows = await em.find(PartnerMember, {
      where: { partnerId: In(partnerIds) },
      order: { email: 'ASC' },
    });
    for (const r of rows) out.set(r.partnerId, [...(out.get(r.partnerId) ?? []), r.email]);
    return out;
  }

  /** Replaces the member list when given: new members get the PARTNER role or an invitation carrying it. */
  private async setMembers(
    em: EntityManager,
    actor: Actor,
    partner: Partner,
    input: PartnerInput,
  ): Promise<Record<string, string> | undefined> {
    if (input.memberEmails == null) return undefined;
    const emails = [...new Set(input.memberEmails.map((e) => e.trim().toLowerCase()))];
    const existing = await em.find(PartnerMember, { where: { partnerId: partner.id } });
    const gone = existing.filter((m) => !emails.includes(m.email));
    if (gone.length) await em.delete(PartnerMember, { id: In(gone.map((m) => m.id)) });
    const locale = input.locale && isLocale(input.locale) ? input.locale : 'zh-CN';
    const outcome: Record<string, string> = {};
    for (const email of emails) {
      if (existing.some((m) => m.email === email)) continue;
      const userId = await this.directory.memberIdByEmail(em, actor.organizationId, email);
      await em.query(
        `INSERT INTO partner_member (organization_id, partner_id, email, user_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (partner_id, email) DO NOTHING`,
        [actor.organizationId, partner.id, email, userId],
      );
      outcome[email] = await this.directory.grantOrInvite(em, actor, { email, role: Role.PARTNER, locale });
    }
    for (const m of gone) outcome[m.email] = 'REMOVED';
    return outcome;
  }
}

function apply(p: Partner, input: PartnerInput): void {
  if (input.kind) p.kind = input.kind;
  if (input.name) {
    if (input.name.zh !== undefined) p.nameZh = textOf(input.name.zh);
    if (input.name.en !== undefined) p.nameEn = textOf(input.name.en);
  }
  if (input.country !== undefined) {
    if (input.country && !isCountryCode(input.country))
      throw DomainError.validation(`"${input.country}" is not a country code`, [
        { field: 'input.country', message: 'use an ISO 3166-1 alpha-2 code' },
      ]);
    p.country = input.country ?? null;
  }
  if (input.description) {
    if (input.description.zh !== undefined) p.descriptionZh = textOf(input.description.zh);
    if (input.description.en !== undefined) p.descriptionEn = textOf(input.description.en);
  }
  const i = input.interests;
  if (i) {
    if (i.sectors != null) p.sectors = [...new Set(i.sectors)];
    if (i.trlMin !== undefined) p.trlMin = i.trlMin ?? null;
    if (i.trlMax !== undefined) p.trlMax = i.trlMax ?? null;
    if (i.cooperationModes != null) p.cooperationModes = [...new Set(i.cooperationModes)];
    if (i.regions != null) {
      const wrong = i.regions.find((r) => !isCountryCode(r) && !isRegionCode(r));
      if (wrong)
        throw DomainError.validation(`"${wrong}" is neither a country nor a region code`, [
          {
            field: 'input.interests.regions',
            message: 'use ISO 3166-1 alpha-2 codes or EU, ASEAN, WORLD, …',
          },
        ]);
      p.regions = [...new Set(i.regions)];
    }
    if (i.ticketMin !== undefined || i.ticketMax !== undefined) {
      const currency = i.ticketMin?.currency ?? i.ticketMax?.currency ?? null;
      if (i.ticketMin && i.ticketMax && i.ticketMin.currency !== i.ticketMax.currency)
        throw DomainError.validation('Give both ends of the ticket size in one currency', [
          { field: 'input.interests.ticketMax.currency', message: `use ${i.ticketMin.currency}` },
        ]);
      if (currency && !isCurrencyCode(currency))
        throw DomainError.validation(`"${currency}" is not a currency code`, [
          { field: 'input.interests.ticketMin.currency', message: 'use an ISO 4217 code' },
        ]);
      p.ticketMinMinor = i.ticketMin ? minorOf(i.ticketMin, 'input.interests.ticketMin.amount') : null;
      p.ticketMaxMinor = i.ticketMax ? minorOf(i.ticketMax, 'input.interests.ticketMax.amount') : null;
      p.ticketCurrency = currency;
    }
  }
  if (p.trlMin != null && p.trlMax != null && p.trlMin > p.trlMax)
    throw DomainError.validation('The lowest TRL is above the highest', [
      { field: 'input.interests.trlMin', message: `at most ${p.trlMax}` },
    ]);
  if (p.ticketMinMinor != null && p.ticketMaxMinor != null && p.ticketMinMinor > p.ticketMaxMinor)
    throw DomainError.validation('The smallest ticket is above the largest', [
      { field: 'input.interests.ticketMin.amount', message: 'at most the largest ticket' },
    ]);
  if (input.park) {
    if (p.kind !== PartnerKind.PARK)
      throw DomainError.validation('Only parks have a park profile', [
        { field: 'input.park', message: 'parks only' },
      ]);
    if (input.park.chainFocus != null)
      p.chainFocus = [...new Set(input.park.chainFocus.map((s) => s.trim()).filter(Boolean))];
    if (input.park.availableSpaceM2 !== undefined) p.availableSpaceM2 = input.park.availableSpaceM2 ?? null;
    if (input.park.incentives != null)
      p.incentives = input.park.incentives.map((s) => s.trim()).filter(Boolean);
  }
}
