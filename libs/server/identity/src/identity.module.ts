import { Global, Module } from '@nestjs/common';
import { MemberDirectory } from '@sixcan/server-core';
import { IdentityDirectory } from './members/directory';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { IDENTITY_ENTITIES } from './entities';
import { InvitationsService } from './members/invitations.service';
import { MembersResolver } from './members/members.resolver';
import { MembersService } from './members/members.service';
import { PasswordResetService } from './members/password-reset.service';
import { Sessions } from './session/sessions.service';

/** Tenants, users, memberships, sessions. Imported by the API and the worker; offers the MemberDirectory. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    AccountService,
    Sessions,
    AccountResolver,
    MembersService,
    InvitationsService,
    PasswordResetService,
    MembersResolver,
    { provide: MemberDirectory, useClass: IdentityDirectory },
  ],
  exports: [AccountService, Sessions, MemberDirectory],
})
export class IdentityModule {}
