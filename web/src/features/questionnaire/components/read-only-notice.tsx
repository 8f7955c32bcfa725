import { useTranslation } from 'react-i18next';
import { isEditableByTeam, type Role } from '@gci/shared';
import { Notice } from '../../../components/notice/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** Why the answers cannot be changed here: another role, a submitted questionnaire, or a closed cycle. */
export function ReadOnlyNotice({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { assessment, snapshot, canEdit } = useQuestionnaire();
  const format = useFormatters();
  if (canEdit) return null;
  let message: string;
  if (role !== 'focal_point') message = t('questionnaire.readOnly.staff');
  else if (!isEditableByTeam(snapshot.assessmentStatus)) {
    message = assessment.submittedAt
      ? t('questionnaire.readOnly.submittedOn', { date: format.date(assessment.submittedAt) })
      : t('questionnaire.readOnly.locked');
  } else message = t('questionnaire.readOnly.closed');
  return (
    <Notice tone="info" role="note" data-testid="read-only">
      <p>{message}</p>
    </Notice>
  );
}
