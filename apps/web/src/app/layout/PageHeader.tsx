import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../usePageTitle';
import { Heading, Paragraph } from './plain';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  extra?: ReactNode;
}

/** Page heading (also sets the browser tab title), optional intro line and actions; plain elements (see ./plain). */
export function PageHeader({ title, intro, extra }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
      <div>
        <Heading level={3} style={{ margin: 0 }}>
          {title}
        </Heading>
        {intro ? (
          <Paragraph secondary style={{ margin: '4px 0 0' }}>
            {intro}
          </Paragraph>
        ) : null}
      </div>
      {extra}
    </Flex>
  );
}
