import { Injectable } from '@nestjs/common';
import { Actor, isCurrencyCode, isTimeZone, PartnerKind } from '@sixcan/domain';
import {
  AuditLog,
  ConnectionShape,
  DomainError,
  FileAccess,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { isId } from '../access';
import { MatchingEvents } from '../events';
import { fxTableOf } from '../bid/bid-views';
import { Deal } from '../deal/deal.entity';
import { requireFiles } from '../files';
import { totalInBase } from '../loaders';
import { minorOf, textOf } from '../money-input';
import { ListArgs } from '../page';
import { Partner } from '../partner/partner.entity';
import { Agreement, SigningCeremony } from './agreement.entity';
import {
  AgreementsArgs,
  AgreementsSummaryModel,
  CeremonyInput,
  RealisationInput,
  RecordAgreementInput,
} from './agreement.models';
import { AgreementNotices } from './agreement-notices';

/** Agreements recorded from deals (one per deal), their realisation, and the ceremonies grouping them. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly notices: AgreementNotices,
    private readonly events: MatchingEvents,
    private readonly files: FileAccess,
  ) {}

  record(actor: Actor, input: RecordAgreementInput): Promise<Agreement> {
    return this.tx.run(async (em) => {
      const deal = isId(input.dealId)
        ? await em.findOne(Deal, {
            where: { id: input.dealId, organizationId: actor.organizationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!deal) throw DomainError.notFound('Deal');
      if (!isCurrencyCode(input.committed.currency))
        throw DomainError.validation(`"${input.committed.currency}" is not a currency code`, [
          { field: 'input.committed.currency', message: 'use an ISO 4217 code' },
        ]);
      const committed = minorOf(input.committed, 'input.committed.amount');
      await requireFiles(
        em,
        this.files,
        actor,
        (input.documentFileIds ?? []).map((id, i) => ({ field: `input.documentFileIds.${i}`, id })),
      );
      if (
        input.ceremonyId &&
        !(await em.existsBy(SigningCeremony, { id: input.ceremonyId, organizationId: actor.organizationId }))
      )
        throw DomainError.notFound('Signing ceremony');
      const parties = input.parties.map((p) => p.trim()).filter(Boolean);
      const rows: { id: string }[] = await em.query(
        `INSERT INTO agreement (organization_id, deal_id, project_id, partner_id, kind, parties, ceremony_id, signed_at,
                                committed_minor, currency, document_file_ids, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (deal_id) DO NOTHING RETURNING id`,
        [
          actor.organizationId,
          deal.id,
          deal.projectId,
          deal.partnerId,
          input.kind,
          parties,
          input.ceremonyId ?? null,
          input.signedAt,
          committed.toString(),
          input.committed.currency,
          input.documentFileIds ?? [],
          actor.userId,
        ],
      );
      if (!rows[0]) throw DomainError.conflict('This deal already has its agreement');
      const agreement = await em.findOneByOrFail(Agreement, { id: rows[0].id });
      await this.audit.byActor(
        em,
        actor,
        'agreement.recorded',
        { type: 'Agreement', id: agreement.id },
        {
          dealId: deal.id,
          kind: agreement.kind,
          committedMinor: committed.toString(),
          currency: agreement.currency,
        },
      );
      await this.events.agreement(em, actor, agreement);
      await this.notices.recorded(em, agreement);
      return agreement;
    });
  }

  realise(actor: Actor, id: string, input: RealisationInput): Promise<Agreement> {
    return this.tx.run(async (em) => {
      const agreement = isId(id)
        ? await em.findOne(Agreement, {
            where: { id, organizationId: actor.organizationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!agreement) throw DomainError.notFound('Agreement');
      if (input.realised.currency !== agreement.currency)
        throw DomainError.validation(`Give the realised amount in ${agreement.currency}`, [
          { field: 'input.realised.currency', message: `use ${agreement.currency}` },
        ]);
      if (input.landingPartnerId) {
        const park = await em.findOneBy(Partner, {
          id: input.landingPartnerId,
          organizationId: actor.organizationId,
        });
        if (!park) throw DomainError.notFound('Partner');
        if (park.kind !== PartnerKind.PARK)
          throw DomainError.validation('A project lands in a park', [
            { field: 'input.landingPartnerId', message: 'not a park' },
          ]);
      }
      const before = agreement.realisedMinor.toString();
      agreement.realisedMinor = minorOf(input.realised, 'input.realised.amount');
      agreement.realisedAt = new Date();
      if (input.registeredEntity !== undefined) agreement.registeredEntity = textOf(input.registeredEntity);
      if (input.landingPartnerId !== undefined) agreement.landingPartnerId = input.landingPartnerId ?? null;
      if (input.jobsCreated !== undefined) agreement.jobsCreated = input.jobsCreated ?? null;
      agreement.version += 1;
      const saved = await em.save(agreement);
      await this.audit.byActor(
        em,
        actor,
        'agreement.realised',
        { type: 'Agreement', id: agreement.id },
        {
          before,
          after: saved.realisedMinor.toString(),
        },
      );
      return saved;
    });
  }

  createCeremony(actor: Actor, input: CeremonyInput): Promise<SigningCeremony> {
    return this.tx.run(async (em) => {
      if (!isTimeZone(input.timeZone))
        throw DomainError.validation(`"${input.timeZone}" is not a time zone`, [
          { field: 'input.timeZone', message: 'use an IANA name such as Asia/Shanghai' },
        ]);
      if (!textOf(input.title.zh) && !textOf(input.title.en))
        throw DomainError.validation('Give the ceremony a title', [
          { field: 'input.title', message: 'required' },
        ]);
      const ceremony = await em.save(
        em.create(SigningCeremony, {
          organizationId: actor.organizationId,
          titleZh: textOf(input.title.zh),
          titleEn: textOf(input.title.en),
          mode: input.mode,
          heldAt: input.heldAt,
          timeZone: input.timeZone,
          venue: textOf(input.venue),
        }),
      );
      await this.audit.byActor(em, actor, 'ceremony.created', { type: 'SigningCeremony', id: ceremony.id });
      return ceremony;
    });
  }

  /** Latest held first. */
  ceremonies(actor: Actor, args: ListArgs): Promise<ConnectionShape<SigningCeremony>> {
    return this.tx.read((em) =>
      paginate(
        em
          .createQueryBuilder(SigningCeremony, 'c')
          .where('c.organizationId = :org', { org: actor.organizationId }),
        args,
        [{ expression: 'c.heldAt', property: 'heldAt', direction: 'DESC' }],
      ),
    );
  }

  ceremony(actor: Actor, id: string): Promise<SigningCeremony> {
    return this.tx.read(async (em) => {
      const ceremony = isId(id)
        ? await em.findOneBy(SigningCeremony, { id, organizationId: actor.organizationId })
        : null;
      if (!ceremony) throw DomainError.notFound('Signing ceremony');
      return ceremony;
    });
  }

  /** Latest signed first; optionally those of one ceremony. */
  list(actor: Actor, args: AgreementsArgs): Promise<ConnectionShape<Agreement>> {
    return this.tx.read((em) => {
      const qb = em
        .createQueryBuilder(Agreement, 'a')
        .where('a.organizationId = :org', { org: actor.organizationId });
      if (args.ceremonyId) qb.andWhere('a.ceremonyId = :ceremony', { ceremony: args.ceremonyId });
      return paginate(qb, args, [{ expression: 'a.signedAt', property: 'signedAt', direction: 'DESC' }]);
    });
  }

  /** Count, committed and realised (summed per currency in SQL, then converted to the FX base), landed. */
  summary(actor: Actor): Promise<AgreementsSummaryModel> {
    return this.tx.read(async (em) => {
      const rows: { currency: string; n: number; committed: string; realised: string; landed: number }[] =
        await em.query(
          `SELECT currency, count(*)::int AS n, sum(committed_minor)::text AS committed,
                  sum(realised_minor)::text AS realised, count(realised_at)::int AS landed
             FROM agreement WHERE organization_id = $1 GROUP BY currency`,
          [actor.organizationId],
        );
      const fx = await fxTableOf(em, actor.organizationId);
      const committed = totalInBase(
        rows.map((r) => ({ currency: r.currency, minor: BigInt(r.committed) })),
        fx,
      );
      const realised = totalInBase(
        rows.map((r) => ({ currency: r.currency, minor: BigInt(r.realised) })),
        fx,
      );
      return {
        count: rows.reduce((n, r) => n + r.n, 0),
        committed: committed.total,
        realised: realised.total,
        missingRates: committed.missingRates,
        landed: rows.reduce((n, r) => n + r.landed, 0),
      };
    });
  }
}
