import { Component, type ReactNode } from 'react';
import NotificationBell from './NotificationBell';

/** Keeps the header up when the bell cannot render or its dropdown cannot load (e.g. after a deploy). */
class BellBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The header's place for the notification bell. */
export function BellSlot() {
  return (
    <BellBoundary>
      <NotificationBell />
    </BellBoundary>
  );
}
