import { Injectable, Optional } from '@nestjs/common';
import { Actor, Role } from '@sixcan/domain';
import { ApplicantIntake, AuditLog, DomainError, ErrorCode, Transactions } from '@sixcan/server-core';
import { EntityManager, In } from 'typeorm';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { hashPassword, isTimeZone, normalizeEmail, verifyPassword } from '../secrets';
import { IssuedSession, Sessions } from '../session/sessions.service';
import { User } from '../user/user.entity';
import { ApplicantSignUpInput, LogInInput, SignUpInput, UpdateProfileInput } from './inputs/account.inputs';

export interface MeView {
  user: User;
  organization: Organization;
  roles: Role[];
  memberships: { organization: Organization; roles: Role[] }[];
}

export interface AuthResult extends IssuedSession {
  me: MeView;
}

const badCredentials = () => DomainError.unauthenticated('The e-mail or password is incorrect');

function checkTimeZone(zone: string | undefined): void {
  if (zone !== undefined && !isTimeZone(zone)) {
    throw DomainError.validation(`"${zone}" is not a time zone; use an IANA name such as Asia/Shanghai`, [
      { field: 'timeZone', message: 'unknown time zone' },
    ]);
  }
}

/** Sign-up, sign-in, the current user and their profile. */
@Injectable()
export class AccountService {
  constructor(
    private readonly tx: Transactions,
    private readonly sessions: Sessions,
    private readonly audit: AuditLog,
    @Optional() private readonly intake?: ApplicantIntake,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthResult> {
    checkTimeZone(input.timeZone);
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (em) => {
      if (await em.existsBy(User, { email })) {
        throw DomainError.conflict(
          'An account with this e-mail already exists: sign in, or reset the password',
        );
      }
      const organization = await em.save(
        em.create(Organization, {
          name: input.organizationName.trim(),
          defaultLocale: input.locale,
          timeZone: input.timeZone,
        }),
      );
      const user = await em.save(
        em.create(User, {
          email,
          passwordHash,
          displayName: input.displayName.trim(),
          locale: input.locale,
          timeZone: input.timeZone,
          lastOrganizationId: organization.id,
        }),
      );
      const membership = await em.save(
        em.create(Membership, { organizationId: organization.id, userId: user.id, roles: [Role.ORGANIZER] }),
      );
      await this.audit.record(em, {
        organizationId: organization.id,
        actorUserId: user.id,
        action: 'organization.created',
        objectType: 'Organization',
        objectId: organization.id,
        summary: { name: organization.name, organizer: email },
      });
      return this.signedIn(em, user, membership);
    });
  }

  /** A new account joining an organisation as an applicant, through its public call. */
  async signUpApplicant(input: ApplicantSignUpInput): Promise<AuthResult> {
    checkTimeZone(input.timeZone);
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (em) => {
      await this.requireOpenCall(em, input.organizationId);
      if (await em.existsBy(User, { email })) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'An account with this e-mail already exists: sign in, then apply again',
          { reason: 'ACCOUNT_EXISTS' },
        );
      }
      const user = await em.save(
        em.create(User, {
          email,
          passwordHash,
          displayName: input.displayName.trim(),
          locale: input.locale,
          timeZone: input.timeZone,
          lastOrganizationId: input.organizationId,
        }),
      );
      const membership = await em.save(
        em.create(Membership, {
          organizationId: input.organizationId,
          userId: user.id,
          roles: [Role.APPLICANT],
        }),
      );
      await this.audit.record(em, {
        organizationId: input.organizationId,
        actorUserId: user.id,
        action: 'member.applicant_signed_up',
        objectType: 'User',
        objectId: user.id,
        summary: { email },
      });
      return this.signedIn(em, user, membership);
    });
  }

  /** A signed-in user (of any organisation) becomes an applicant of an organisation with an open call. */
  joinAsApplicant(actor: Actor, organizationId: string): Promise<AuthResult> {
    return this.tx.run(async (em) => {
      await this.requireOpenCall(em, organizationId);
      const user = await em.findOneByOrFail(User, { id: actor.userId });
      let membership = await em.findOne(Membership, {
        where: { userId: actor.userId, organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership?.roles.includes(Role.APPLICANT)) {
        membership = await em.save(
          membership
            ? Object.assign(membership, { roles: [...membership.roles, Role.APPLICANT] })
            : em.create(Membership, { organizationId, userId: actor.userId, roles: [Role.APPLICANT] }),
        );
        await this.audit.record(em, {
          organizationId,
          actorUserId: actor.userId,
          action: 'member.applicant_joined',
          objectType: 'User',
          objectId: actor.userId,
          summary: { email: user.email },
        });
      }
      return this.signedIn(em, user, membership);
    });
  }

  private async requireOpenCall(em: EntityManager, organizationId: string): Promise<void> {
    const open = await em.existsBy(Organization, { id: organizationId });
    // The same answer for an unknown organisation and one without an open call.
    if (!open || !(await this.intake?.acceptsApplicants(em, organizationId))) {
      throw DomainError.notFound('Open call');
    }
  }

  async logIn(input: LogInInput): Promise<AuthResult> {
    const email = normalizeEmail(input.email);
    const user = await this.tx.run((em) => em.findOneBy(User, { email }));
    if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) throw badCredentials();
    return this.tx.run(async (em) => {
      const memberships = await em.findBy(Membership, { userId: user.id });
      const wanted = input.organizationId ?? user.lastOrganizationId;
      const membership = memberships.find((m) => m.organizationId === wanted) ?? memberships[0];
      if (input.organizationId && membership?.organizationId !== input.organizationId)
        throw DomainError.notFound('Organization');
      if (!membership) throw DomainError.forbidden('This account no longer belongs to any organisation');
      await this.audit.record(em, {
        organizationId: membership.organizationId,
        actorUserId: user.id,
        action: 'session.signed_in',
        objectType: 'User',
        objectId: user.id,
      });
      return this.signedIn(em, user, membership);
    });
  }

  async refresh(refreshToken: string): Promise<AuthResult> {
    const session = await this.sessions.refresh(refreshToken);
    return { ...session, me: await this.tx.run((em) => this.me(em, session)) };
  }

  /** A new session in another organisation the user belongs to. */
  switchOrganization(actor: Actor, organizationId: string): Promise<AuthResult> {
    return this.tx.run(async (em) => {
      const membership = await em.findOneBy(Membership, { userId: actor.userId, organizationId });
      if (!membership) throw DomainError.notFound('Organization');
      const user = await em.findOneByOrFail(User, { id: actor.userId });
      return this.signedIn(em, user, membership);
    });
  }

  updateProfile(actor: Actor, input: UpdateProfileInput): Promise<MeView> {
    checkTimeZone(input.timeZone);
    return this.tx.run(async (em) => {
      const changes = Object.fromEntries(
        Object.entries({
          displayName: input.displayName?.trim(),
          locale: input.locale,
          timeZone: input.timeZone,
        }).filter(([, v]) => v !== undefined),
      );
      if (Object.keys(changes).length) {
        await em.update(User, { id: actor.userId }, changes);
        await this.audit.record(em, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'user.profile_updated',
          objectType: 'User',
          objectId: actor.userId,
          summary: changes,
        });
      }
      return this.me(em, actor);
    });
  }

  meFor(actor: Actor): Promise<MeView> {
    return this.tx.run((em) => this.me(em, actor));
  }

  private async signedIn(em: EntityManager, user: User, membership: Membership): Promise<AuthResult> {
    if (user.lastOrganizationId !== membership.organizationId) {
      await em.update(User, { id: user.id }, { lastOrganizationId: membership.organizationId });
    }
    const session = await this.sessions.issue(em, membership);
    return { ...session, me: await this.me(em, session) };
  }

  /** Roles come from the database, so a change of roles shows at once here (and in tokens at refresh). */
  private async me(em: EntityManager, actor: Pick<Actor, 'userId' | 'organizationId'>): Promise<MeView> {
    const user = await em.findOneBy(User, { id: actor.userId });
    const memberships = await em.findBy(Membership, { userId: actor.userId });
    const current = memberships.find((m) => m.organizationId === actor.organizationId);
    if (!user || !current) throw DomainError.unauthenticated('Your membership has ended; sign in again');
    const organizations = await em.findBy(Organization, { id: In(memberships.map((m) => m.organizationId)) });
    const byId = new Map(organizations.map((o) => [o.id, o]));
    return {
      user,
      organization: byId.get(current.organizationId) as Organization,
      roles: current.roles,
      memberships: memberships
        .map((m) => ({ organization: byId.get(m.organizationId) as Organization, roles: m.roles }))
        .sort((a, b) => a.organization.name.localeCompare(b.organization.name)),
    };
  }
}
