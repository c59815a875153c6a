import { Invitation } from './invitation/invitation.entity';
import { Membership } from './membership/membership.entity';
import { Organization } from './organization/organization.entity';
import { PasswordReset } from './password-reset/password-reset.entity';
import { RefreshSession } from './session/refresh-session.entity';
import { User } from './user/user.entity';

export const IDENTITY_ENTITIES = [Organization, User, Membership, Invitation, RefreshSession, PasswordReset];
