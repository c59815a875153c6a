import { Role } from '@sixcan/domain';
import { DataSource } from 'typeorm';
import { Membership } from './membership/membership.entity';
import { Organization } from './organization/organization.entity';
import { hashPassword, normalizeEmail } from './secrets';
import { User } from './user/user.entity';

export interface DemoOrganization {
  name: string;
  defaultLocale: string;
  timeZone: string;
  members: { email: string; displayName: string; roles: Role[]; locale: string; timeZone: string }[];
}

/** Demo tenants and one user per role; idempotent (finds organisations by name, users by e-mail). */
export async function seedIdentity(
  ds: DataSource,
  password: string,
  organizations: DemoOrganization[],
): Promise<string> {
  const passwordHash = await hashPassword(password);
  let created = 0;
  await ds.transaction(async (em) => {
    for (const spec of organizations) {
      let organization = await em.findOneBy(Organization, { name: spec.name });
      if (!organization) {
        organization = await em.save(
          em.create(Organization, {
            name: spec.name,
            defaultLocale: spec.defaultLocale,
            timeZone: spec.timeZone,
          }),
        );
        created += 1;
      }
      for (const m of spec.members) {
        const email = normalizeEmail(m.email);
        let user = await em.findOneBy(User, { email });
        if (!user) {
          user = await em.save(
            em.create(User, {
              email,
              passwordHash,
              displayName: m.displayName,
              locale: m.locale,
              timeZone: m.timeZone,
              lastOrganizationId: organization.id,
            }),
          );
          created += 1;
        }
        if (!(await em.existsBy(Membership, { organizationId: organization.id, userId: user.id }))) {
          await em.insert(Membership, { organizationId: organization.id, userId: user.id, roles: m.roles });
          created += 1;
        }
      }
    }
  });
  return created ? `${created} records created` : 'already present';
}
