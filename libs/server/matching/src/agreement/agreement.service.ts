import { Injectable } from '@nestjs/common';
import { Actor, isCurrencyCode, isTimeZone, PartnerKind } from '@sixcan/domain';
import { AuditLog, DomainError, Transactions } from '@sixcan/server-core';
import { In } from 'typeorm';
import { isId } from '../access';
import { Deal } from '../deal/deal.entity';
import { minorOf, textOf } from '../money-input';
import { Partner } from '../partner/partner.entity';
import { Agreement, SigningCeremony } from './agreement.entity';
import { CeremonyInput, RealisationInput, RecordAgreementInput } from './agreement.models';
import { AgreementNotices } from './agreement-notices';

/** Agreements recorded from deals (one per deal), their realisation, and the ceremonies grouping them. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditLog,
    private readonly notices: AgreementNotices,
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

  ceremonies(actor: Actor): Promise<{ ceremony: SigningCeremony; agreements: Agreement[] }[]> {
    return this.tx.read(async (em) => {
      const list = await em.find(SigningCeremony, {
        where: { organizationId: actor.organizationId },
        order: { heldAt: 'DESC' },
      });
      const agreements = list.length
        ? await em.find(Agreement, {
            where: { ceremonyId: In(list.map((c) => c.id)) },
            order: { signedAt: 'ASC' },
          })
        : [];
      return list.map((ceremony) => ({
        ceremony,
        agreements: agreements.filter((a) => a.ceremonyId === ceremony.id),
      }));
    });
  }

  list(actor: Actor): Promise<Agreement[]> {
    return this.tx.read((em) =>
      em.find(Agreement, {
        where: { organizationId: actor.organizationId },
        order: { signedAt: 'DESC', id: 'ASC' },
      }),
    );
  }
}
