import './strings';
import { Popover } from 'antd';
import { useEffect, type ReactElement } from 'react';
import LatestPanel from './LatestPanel';

/** The bell's popover with the latest notifications (its own chunk, loaded on the bell's first use). */
export default function BellDropdown({
  open,
  onOpenChange,
  onReady,
  count,
  interrupted,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called once the popover wraps the bell and handles its clicks. */
  onReady: () => void;
  count: number;
  interrupted: boolean;
  children: ReactElement;
}) {
  useEffect(onReady, [onReady]);
  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      destroyOnHidden
      styles={{ body: { padding: 0 } }}
      content={<LatestPanel count={count} interrupted={interrupted} onDone={() => onOpenChange(false)} />}
    >
      {children}
    </Popover>
  );
}
