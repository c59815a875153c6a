import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code chunk loads. */
export function RouteFallback() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ paddingBlock: 64 }}>
      <Spin tip={t('app.loading')} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}
