import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { AuthPayloadModel, MeModel, OrganizationModel, UserModel } from './account.models';
import { AuthResult, MeView } from './account.service';

export const toOrganizationModel = (o: Organization): OrganizationModel => ({
  id: o.id,
  name: o.name,
  defaultLocale: o.defaultLocale,
  timeZone: o.timeZone,
});

export const toUserModel = (u: User): UserModel => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale,
  timeZone: u.timeZone,
});

export const toMeModel = (me: MeView): MeModel => ({
  user: toUserModel(me.user),
  organization: toOrganizationModel(me.organization),
  roles: me.roles,
  memberships: me.memberships.map((m) => ({
    organization: toOrganizationModel(m.organization),
    roles: m.roles,
  })),
});

export const toAuthPayload = (r: AuthResult): AuthPayloadModel => ({
  accessToken: r.accessToken,
  accessTokenExpiresAt: r.accessTokenExpiresAt,
  refreshToken: r.refreshToken,
  me: toMeModel(r.me),
});
