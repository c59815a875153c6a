import { Component, lazy, Suspense, type ReactNode } from 'react';

// The bell has its own chunk (its strings, list and live count): the header shows without waiting for it.
const NotificationBell = lazy(() => import('./NotificationBell'));

/** Keeps the header up when the bell cannot load or render (e.g. its chunk is gone after a deploy). */
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
      <Suspense fallback={null}>
        <NotificationBell />
      </Suspense>
    </BellBoundary>
  );
}
