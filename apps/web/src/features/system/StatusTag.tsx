import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../../gql/graphql';

/** UP in green, DOWN in red; `data-status` carries the raw state for tests. */
export function StatusTag({ status }: { status: HealthState }) {
  const { t } = useTranslation();
  const up = status === 'UP';
  return (
    <Tag
      color={up ? 'success' : 'error'}
      icon={up ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`system.state.${status}`)}
    </Tag>
  );
}
