import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { IDENTITY_ENTITIES } from './entities';
import { InvitationsService } from './members/invitations.service';
import { MembersResolver } from './members/members.resolver';
import { MembersService } from './members/members.service';
import { PasswordResetService } from './members/password-reset.service';
import { Sessions } from './session/sessions.service';

/** Tenants, users, memberships, sessions. Imported by the API. */
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
  ],
  exports: [AccountService, Sessions],
})
export class IdentityModule {}
