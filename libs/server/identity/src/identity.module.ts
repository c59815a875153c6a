import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { IDENTITY_ENTITIES } from './entities';
import { Sessions } from './session/sessions.service';

/** Tenants, users, memberships, sessions. Imported by the API. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [AccountService, Sessions, AccountResolver],
  exports: [AccountService, Sessions],
})
export class IdentityModule {}
