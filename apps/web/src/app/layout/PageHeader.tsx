import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../usePageTitle';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  extra?: ReactNode;
}

/** Page heading (also sets the browser tab title), optional intro line and actions. */
export function PageHeader({ title, intro, extra }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {intro ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {intro}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra}
    </Flex>
  );
}
