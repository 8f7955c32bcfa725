import { useTranslation } from 'react-i18next';
import type { PeerAreaRule } from '@gci/shared';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** The methodology's rule of strengths and areas for growth, in one sentence built from its settings. */
export function PeerRuleSentence({ rule }: { rule: PeerAreaRule }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      {t(rule.margin > 0 ? 'public.peerRule.margin' : 'public.peerRule.exact', {
        group: t(`public.peerRule.group.${rule.group}`),
        self: t(rule.includeSelf ? 'public.peerRule.self.included' : 'public.peerRule.self.excluded'),
        margin: format.bound(rule.margin),
      })}
    </>
  );
}
