import { Injectable } from '@nestjs/common';
import { Actor, isLocale, Locale, Role } from '@sixcan/domain';
import {
  AppConfig,
  AuditLog,
  ConnectionShape,
  DomainError,
  ErrorCode,
  MailService,
  paginate,
  Transactions,
} from '@sixcan/server-core';
import { EntityManager, IsNull } from 'typeorm';
import { AccountService, AuthResult } from '../account/account.service';
import { PASSWORD_MIN } from '../account/inputs/account.inputs';
import { Invitation } from '../invitation/invitation.entity';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { hashPassword, hashToken, isTimeZone, newToken, normalizeEmail, verifyPassword } from '../secrets';
import { User } from '../user/user.entity';
import { AcceptInvitationInput, InviteMemberInput } from './members.inputs';
import { InvitationStatus } from './members.models';

export const INVITATION_TTL_DAYS = 7;

const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  en: {
    ORGANIZER: 'organizer',
    REVIEWER: 'reviewer',
    APPLICANT: 'applicant',
    CHANNEL: 'recommending channel',
    PARTNER: 'partner',
    COMMENTATOR: 'commentator',
  },
  'zh-CN': {
    ORGANIZER: '组织方',
    REVIEWER: '评审专家',
    APPLICANT: '项目申报方',
    CHANNEL: '推荐渠道',
    PARTNER: '合作方',
    COMMENTATOR: '点评嘉宾',
  },
};

export function invitationStatus(i: Invitation, now = Date.now()): InvitationStatus {
  if (i.acceptedAt) return InvitationStatus.ACCEPTED;
  if (i.revokedAt) return InvitationStatus.REVOKED;
  if (i.expiresAt.getTime() <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

const unusable: Record<Exclude<InvitationStatus, 'PENDING'>, string> = {
  ACCEPTED: 'This invitation has already been used: sign in instead',
  REVOKED: 'This invitation was withdrawn: ask the organizer for a new one',
  EXPIRED: 'This invitation has expired: ask the organizer to send a new one',
};

/** Single-use, expiring invitations by e-mail, for new and existing users. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly tx: Transactions,
    private readonly mail: MailService,
    private readonly audit: AuditLog,
    private readonly config: AppConfig,
    private readonly accounts: AccountService,
  ) {}

  invite(actor: Actor, input: InviteMemberInput): Promise<Invitation> {
    return this.tx.run((em) => this.inviteIn(em, actor, input));
  }

  /** Invites inside the caller's transaction (the mail is queued with it). */
  async inviteIn(em: EntityManager, actor: Actor, input: InviteMemberInput): Promise<Invitation> {
    const email = normalizeEmail(input.email);
    const roles = [...new Set(input.roles)];
    const organization = await em.findOneByOrFail(Organization, { id: actor.organizationId });
    const existing = await em
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .where('m.organizationId = :org AND u.email = :email', { org: actor.organizationId, email })
      .getOne();
    if (existing) throw DomainError.conflict(`${email} is already a member: change their roles instead`);
    // A new invitation replaces a pending one to the same address (a resend).
    await em.update(
      Invitation,
      { organizationId: actor.organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const token = newToken();
    const invitation = await em.save(
      em.create(Invitation, {
        organizationId: actor.organizationId,
        email,
        roles,
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000),
        acceptedAt: null,
        revokedAt: null,
      }),
    );
    const inviter = await em.findOneByOrFail(User, { id: actor.userId });
    const locale: Locale =
      input.locale && isLocale(input.locale)
        ? input.locale
        : isLocale(organization.defaultLocale)
          ? organization.defaultLocale
          : 'zh-CN';
    const link = new URL(
      `/invitations/accept?token=${encodeURIComponent(token)}`,
      this.config.env.PUBLIC_URL,
    ).toString();
    const paramsFor = (locale: Locale) => ({
      inviter: inviter.displayName,
      organization: organization.name,
      roles: roles.map((r) => ROLE_NAMES[locale][r]).join(locale === 'en' ? ', ' : '、'),
      link,
      expires: invitation.expiresAt.toLocaleString(locale, {
        timeZone: organization.timeZone,
        dateStyle: 'long',
        timeStyle: 'short',
      }),
    });
    // Someone who already has an account also sees the invitation in the app (in any organisation).
    const invitee = await em.findOne(User, { where: { email }, select: { id: true } });
    await this.mail.queue(em, {
      to: email,
      template: 'identity.invitation',
      locale,
      params: paramsFor(locale),
      organizationId: null,
      userId: invitee?.id ?? null,
      subject: { type: 'Invitation', id: invitation.id },
      paramsFor,
    });
    await this.audit.record(em, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'member.invited',
      objectType: 'Invitation',
      objectId: invitation.id,
      summary: { email, roles },
    });
    return invitation;
  }

  list(actor: Actor, page: { first: number; after?: string | null }): Promise<ConnectionShape<Invitation>> {
    return this.tx.run((em) =>
      paginate(
        em
          .createQueryBuilder(Invitation, 'i')
          .where('i.organizationId = :org', { org: actor.organizationId }),
        page,
        [{ expression: 'i.createdAt', property: 'createdAt', direction: 'DESC' }],
      ),
    );
  }

  revoke(actor: Actor, id: string): Promise<Invitation> {
    return this.tx.run(async (em) => {
      const invitation = await em.findOne(Invitation, {
        where: { id, organizationId: actor.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw DomainError.notFound('Invitation');
      if (invitation.acceptedAt)
        throw DomainError.conflict('This invitation was already accepted: remove the member instead');
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await em.save(invitation);
        await this.audit.record(em, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'member.invitation_revoked',
          objectType: 'Invitation',
          objectId: id,
          summary: { email: invitation.email },
        });
      }
      return invitation;
    });
  }

  preview(
    token: string,
  ): Promise<{ invitation: Invitation; organization: Organization; accountExists: boolean }> {
    return this.tx.run(async (em) => {
      const invitation = await this.usable(em, token, false);
      const organization = await em.findOneByOrFail(Organization, { id: invitation.organizationId });
      return {
        invitation,
        organization,
        accountExists: await em.existsBy(User, { email: invitation.email }),
      };
    });
  }

  /** Joins the organisation: a new account chooses a password, an existing one confirms its own. */
  async accept(input: AcceptInvitationInput): Promise<AuthResult> {
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
      throw DomainError.validation(`"${input.timeZone}" is not a time zone`, [
        { field: 'timeZone', message: 'unknown time zone' },
      ]);
    }
    const newHash = input.password.length >= PASSWORD_MIN ? await hashPassword(input.password) : undefined;
    const joined = await this.tx.run(async (em) => {
      const invitation = await this.usable(em, input.token, true);
      let user = await em.findOneBy(User, { email: invitation.email });
      if (user) {
        if (!(await verifyPassword(user.passwordHash, input.password))) {
          throw DomainError.unauthenticated(
            'This e-mail already has an account: enter its password to accept',
          );
        }
      } else {
        if (!newHash) {
          throw DomainError.validation(`Choose a password of at least ${PASSWORD_MIN} characters`, [
            { field: 'password', message: 'too short' },
          ]);
        }
        if (!input.displayName?.trim()) {
          throw DomainError.validation('Enter your name', [{ field: 'displayName', message: 'required' }]);
        }
        const organization = await em.findOneByOrFail(Organization, { id: invitation.organizationId });
        user = await em.save(
          em.create(User, {
            email: invitation.email,
            passwordHash: newHash,
            displayName: input.displayName.trim(),
            locale: input.locale ?? organization.defaultLocale,
            timeZone: input.timeZone ?? organization.timeZone,
            lastOrganizationId: invitation.organizationId,
          }),
        );
      }
      const membership = await em.findOneBy(Membership, {
        organizationId: invitation.organizationId,
        userId: user.id,
      });
      if (membership) {
        membership.roles = [...new Set([...membership.roles, ...invitation.roles])];
        await em.save(membership);
      } else {
        await em.insert(Membership, {
          organizationId: invitation.organizationId,
          userId: user.id,
          roles: invitation.roles,
        });
      }
      invitation.acceptedAt = new Date();
      await em.save(invitation);
      await em.update(User, { id: user.id }, { lastOrganizationId: invitation.organizationId });
      await this.audit.record(em, {
        organizationId: invitation.organizationId,
        actorUserId: user.id,
        action: 'member.joined',
        objectType: 'Invitation',
        objectId: invitation.id,
        summary: { email: invitation.email, roles: invitation.roles },
      });
      return { userId: user.id, organizationId: invitation.organizationId, roles: [] };
    });
    return this.accounts.switchOrganization(joined, joined.organizationId);
  }

  private async usable(em: EntityManager, token: string, lock: boolean): Promise<Invitation> {
    const invitation = await em.findOne(Invitation, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw DomainError.notFound('Invitation');
    const status = invitationStatus(invitation);
    if (status !== InvitationStatus.PENDING) {
      // `reason` lets clients say it in the user's language: INVITATION_ACCEPTED, _REVOKED, _EXPIRED.
      throw new DomainError(ErrorCode.CONFLICT, unusable[status], { reason: `INVITATION_${status}` });
    }
    return invitation;
  }
}
