export * from './entities';
export { Organization } from './organization/organization.entity';
export * from './identity.module';
export * from './account/account.service';
export * from './session/sessions.service';
export * from './seed';
