import { Injectable } from '@nestjs/common';
import { Actor, isLocale, Locale, Role } from '@sixcan/domain';
import { MemberDirectory, MembershipOutcome } from '@sixcan/server-core';
import { EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { Organization } from '../organization/organization.entity';
import { Invitation } from '../invitation/invitation.entity';
import { Membership } from '../membership/membership.entity';
import { normalizeEmail } from '../secrets';
import { User } from '../user/user.entity';
import { InvitationsService } from './invitations.service';

/** The identity context's answer to other contexts asking about people. */
@Injectable()
export class IdentityDirectory extends MemberDirectory {
  constructor(private readonly invitations: InvitationsService) {
    super();
  }

  async emailOf(em: EntityManager, userId: string): Promise<string | null> {
    return (
      (await em.findOne(User, { where: { id: userId }, select: { id: true, email: true } }))?.email ?? null
    );
  }

  async organizationNames(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length ? await em.findBy(Organization, { id: In(ids) }) : [];
    return new Map(rows.map((o) => [o.id, o.name]));
  }

  async displayNames(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    const rows = userIds.length
      ? await em.find(User, { where: { id: In(userIds) }, select: { id: true, displayName: true } })
      : [];
    return new Map(rows.map((u) => [u.id, u.displayName]));
  }

  async memberIdByEmail(em: EntityManager, organizationId: string, email: string): Promise<string | null> {
    const row = await em
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .where('m.organizationId = :org AND u.email = :email', {
        org: organizationId,
        email: normalizeEmail(email),
      })
      .getOne();
    return row?.userId ?? null;
  }

  async profileOf(
    em: EntityManager,
    userId: string,
  ): Promise<{ displayName: string; locale: Locale } | null> {
    const user = await em.findOneBy(User, { id: userId });
    return user
      ? { displayName: user.displayName, locale: isLocale(user.locale) ? user.locale : 'zh-CN' }
      : null;
  }

  async membersWithRole(
    em: EntityManager,
    organizationId: string,
    role: Role,
  ): Promise<{ userId: string; email: string; displayName: string; locale: Locale }[]> {
    const rows: { id: string; email: string; display_name: string; locale: string }[] = await em.query(
      `SELECT u.id, u.email, u.display_name, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND $2 = ANY(m.roles) ORDER BY u.email`,
      [organizationId, role],
    );
    return rows.map((r) => ({
      userId: r.id,
      email: r.email,
      displayName: r.display_name,
      locale: isLocale(r.locale) ? r.locale : 'zh-CN',
    }));
  }

  async grantOrInvite(
    em: EntityManager,
    actor: Actor,
    request: { email: string; role: Role; locale: Locale },
  ): Promise<MembershipOutcome> {
    const email = normalizeEmail(request.email);
    const membership = await em
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .where('m.organizationId = :org AND u.email = :email', { org: actor.organizationId, email })
      .setLock('pessimistic_write')
      .getOne();
    if (membership) {
      if (membership.roles.includes(request.role)) return 'ALREADY_MEMBER';
      membership.roles = [...membership.roles, request.role];
      await em.save(membership);
      return 'GRANTED';
    }
    const pending = await em.findOneBy(Invitation, {
      organizationId: actor.organizationId,
      email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (pending?.roles.includes(request.role)) return 'INVITED';
    await this.invitations.inviteIn(em, actor, {
      email,
      roles: [...new Set([...(pending?.roles ?? []), request.role])],
      locale: request.locale,
    });
    return 'INVITED';
  }
}
