/**
 * Progress while Excel works and the problem when it could not. The live region is always there (screen
 * readers only announce changes inside a region that already exists); what fills it is a lazy chunk,
 * needed only once something has been started.
 */
import { lazy, Suspense } from 'react';
import { useWork } from '../hooks/work';

const WorkStatusView = lazy(() => import(/* webpackChunkName: "work-status" */ './WorkStatusView').then((m) => ({ default: m.WorkStatusView })));

export function WorkStatus() {
  const { busy, problem } = useWork();
  return (
    <div aria-live="polite" className="tobokel-status">
      {(busy || problem) && (
        <Suspense fallback={null}>
          <WorkStatusView />
        </Suspense>
      )}
    </div>
  );
}
