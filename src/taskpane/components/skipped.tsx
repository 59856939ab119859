/** What an older Excel could not do, as a list; the requirement is added only where the message lacks it. */
import type { SkippedFeature } from '../../checks/report';
import { useLanguage } from '../i18n';

export function SkippedList({ skipped }: { skipped: readonly SkippedFeature[] }) {
  const { l } = useLanguage();
  return (
    <ul>
      {skipped.map((s) => {
        const message = l(s.messages);
        const version = s.requirement.replace(/^ExcelApi\s*/, '');
        return <li key={s.feature}>{message.includes(version) ? message : `${message} (${s.requirement})`}</li>;
      })}
    </ul>
  );
}
