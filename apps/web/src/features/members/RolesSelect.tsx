import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { ROLES } from '../identity/roles';

interface RolesSelectProps {
  id?: string;
  value?: Role[];
  onChange?: (value: Role[]) => void;
}

/** Role checkboxes, each with what the role may do (antd Form control). */
export function RolesSelect({ id, value, onChange }: RolesSelectProps) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <Checkbox.Group<Role>
        value={value}
        onChange={onChange}
        style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
        options={ROLES.map((role) => ({
          value: role,
          label: (
            <span>
              {t(`identity.role.${role}`)}
              <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8 }}>
                {t(`identity.roleHint.${role}`)}
              </span>
            </span>
          ),
        }))}
      />
    </div>
  );
}
