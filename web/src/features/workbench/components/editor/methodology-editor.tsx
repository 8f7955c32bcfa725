import { useEffect, useMemo, useReducer, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { LOCALES, questionsByKey, type MethodologyStatus, type MethodologyVersionDetail } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { ConfirmDialog } from '../../../../components/dialog/index.tsx';
import { FormField } from '../../../../components/form-field/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { useLocale } from '../../../../i18n/use-locale.ts';
import { changeMethodologyStatus } from '../../api/change-methodology-status.ts';
import { getMethodologyVersion } from '../../api/get-methodology-version.ts';
import { saveMethodology } from '../../api/save-methodology.ts';
import { editorReducer, initialEditorState } from '../../lib/editor-reducer.ts';
import { blocksSaving, indexIssues, methodologyIssues } from '../../lib/methodology-issues.ts';
import { secondLanguage, type OtherLocale } from '../../lib/second-language.ts';
import { fieldId, nodeAncestors } from '../../lib/tree-path.ts';
import { EditorContext, type EditorContextValue } from './editor-context.ts';
import { IssuesSummary } from './issues-summary.tsx';
import { ChildList } from './node-editor.tsx';
import { SettingsEditor } from './settings-editor.tsx';
import { StabilitySettingsEditor } from './stability-settings-editor.tsx';
import { StatusActions } from './status-actions.tsx';
import { ThresholdsEditor } from './thresholds-editor.tsx';
import { TranslationSummary } from './translation-summary.tsx';
import { useLanguageName } from './fields.tsx';
import { VersionHeader } from './version-header.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import styles from './methodology-editor.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

type Note = { kind: 'success' | 'error'; text: string } | null;
const FROZEN: readonly MethodologyStatus[] = ['published', 'archived'];

/**
 * The editor of a methodology version: the whole tree, its texts in English and one more language,
 * scoring, weights and tiers. The shared checks run on every edit and each issue shows beside its
 * field. Saving sends the revision the analyst started from; a published version is read-only.
 */
export function MethodologyEditor({ detail }: { detail: MethodologyVersionDetail }) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const languageName = useLanguageName();
  const [version, setVersion] = useState(detail.version);
  const [state, dispatch] = useReducer(editorReducer, detail.methodology, initialEditorState);
  const [lang, setLang] = useState<OtherLocale>(() => secondLanguage(detail.methodology, uiLocale));
  const [note, setNote] = useState<Note>(null);
  const [isBusy, setBusy] = useState(false);
  const [hasConflict, setConflict] = useState(false);
  const { methodology, isDirty } = state;
  const issues = useMemo(() => methodologyIssues(methodology), [methodology]);
  const isReadOnly = FROZEN.includes(version.status);

  const context = useMemo<EditorContextValue>(
    () => ({
      dispatch,
      issues: indexIssues(issues),
      allIssues: issues,
      lang,
      open: state.open,
      questions: [...questionsByKey(methodology).values()].map((q) => ({ key: q.node.key, title: q.node.texts.title })),
    }),
    [issues, lang, state.open, methodology],
  );

  const show = (path: string) => {
    // open the path's ancestors now, so that the field exists when it is looked up below
    flushSync(() => dispatch({ type: 'reveal', paths: nodeAncestors(path) }));
    // the field itself, or the closest enclosing element that has an id
    for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const element = document.getElementById(fieldId(p));
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        break;
      }
      if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
    }
  };

  // a missing translation: edit that language beside English, then go to its field
  const fixTranslation = (locale: OtherLocale, path: string) => {
    flushSync(() => setLang(locale));
    show(path);
  };

  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = async () => {
    const refused = issues.filter(blocksSaving);
    if (refused.length > 0) {
      setNote({ kind: 'error', text: t('workbench.editor.cannotSave', { count: refused.length }) });
      show(refused[0]!.path);
      return;
    }
    setBusy(true);
    setNote(null);
    try {
      const saved = await saveMethodology(version.id, methodology, version.revision);
      setVersion(saved.version);
      dispatch({ type: 'saved', methodology: saved.methodology });
      setNote({ kind: 'success', text: t('workbench.editor.saved', { revision: saved.version.revision }) });
    } catch (e) {
      if (isApiError(e) && e.code === 'version_conflict') setConflict(true);
      else {
        setNote({ kind: 'error', text: describeApiError(e, t, t('workbench.common.failed')) });
        if (isApiError(e) && e.field) show(e.field.replace(/^body\.methodology\.?/, ''));
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    setConflict(false);
    const fresh = await getMethodologyVersion(version.id);
    setVersion(fresh.version);
    dispatch({ type: 'saved', methodology: fresh.methodology });
    setNote({ kind: 'success', text: t('workbench.editor.reloaded', { revision: fresh.version.revision }) });
  };

  const changeStatus = async (status: MethodologyStatus) => {
    setBusy(true);
    setNote(null);
    try {
      setVersion(await changeMethodologyStatus(version.id, status));
      setNote({ kind: 'success', text: t(`workbench.editor.statusChanged.${status}`) });
    } catch (e) {
      setNote({ kind: 'error', text: describeApiError(e, t, t('workbench.common.failed')) });
      if (isApiError(e) && e.field) show(e.field);
    } finally {
      setBusy(false);
    }
  };

  const publishBlocker = isDirty ? t('workbench.editor.saveFirst') : issues.length > 0 ? t('workbench.editor.fixFirst', { count: issues.length }) : null;

  return (
    <EditorContext value={context}>
      <div data-testid="methodology-editor" data-status={version.status} data-read-only={isReadOnly || undefined}>
        <VersionHeader version={version} />
        <div className={styles.toolbar} role="region" aria-label={t('workbench.editor.toolbar')}>
          {!isReadOnly && (
            <Button variant="primary" onClick={() => void save()} disabled={isBusy || !isDirty} data-testid="save-methodology">
              {isBusy ? t('workbench.common.saving') : t('workbench.editor.save')}
            </Button>
          )}
          <span className={styles.dirty} role="status">
            {isReadOnly ? t('workbench.editor.readOnly') : isDirty ? t('workbench.editor.unsaved') : t('workbench.editor.allSaved')}
          </span>
          <StatusActions status={version.status} publishBlocker={publishBlocker} isBusy={isBusy} onChange={(s) => void changeStatus(s)} />
          <FormField label={t('workbench.editor.secondLanguage')} inline className={styles.lang}>
            {(control) => (
              <select {...control} value={lang} onChange={(e) => setLang(e.currentTarget.value as OtherLocale)}>
                {LOCALES.filter((l) => l !== 'en').map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {note && (
          <Notice tone={note.kind} role={note.kind === 'error' ? 'alert' : 'status'} data-testid="editor-note">
            {note.text}
          </Notice>
        )}
        {!isReadOnly && <IssuesSummary issues={issues} onShow={show} />}
        <TranslationSummary methodology={methodology} onFix={fixTranslation} />
        <fieldset className={styles.form} disabled={isReadOnly} data-testid="editor-form">
          <legend className="visually-hidden">{t('workbench.editor.formLegend')}</legend>
          <SettingsEditor methodology={methodology} />
          <ThresholdsEditor thresholds={methodology.thresholds} />
          <StabilitySettingsEditor methodology={methodology} />
          <section className={layout.panel} aria-labelledby="tree-title">
            <h2 id="tree-title">{t('workbench.editor.tree')}</h2>
            <p className={text.muted}>{t('workbench.editor.treeHint')}</p>
            <ChildList parent={null} path="" methodology={methodology} />
          </section>
        </fieldset>
      </div>
      {hasConflict && (
        <ConfirmDialog
          title={t('workbench.editor.conflictTitle')}
          confirmLabel={t('workbench.editor.reload')}
          cancelLabel={t('workbench.editor.keepEditing')}
          isDanger
          onConfirm={() => void reload()}
          onCancel={() => setConflict(false)}
        >
          <p>{t('workbench.editor.conflictBody')}</p>
        </ConfirmDialog>
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t('workbench.editor.leaveTitle')}
          confirmLabel={t('workbench.editor.leave')}
          cancelLabel={t('workbench.editor.stay')}
          isDanger
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        >
          <p>{t('workbench.editor.leaveBody')}</p>
        </ConfirmDialog>
      )}
    </EditorContext>
  );
}
