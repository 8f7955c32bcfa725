import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme, ProgrammeBody } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { DataTable } from '../../../components/data-table/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { createProgramme, deleteProgramme, updateProgramme } from '../api/catalogue.ts';
import { ProgrammeForm } from './programme-form.tsx';
import styles from './planner.module.css';

/** `/admin/programmes`: the capacity-building catalogue, listed, added to, edited and pruned by administrators. */
export function ProgrammesAdmin({ programmes, onChanged }: { programmes: Programme[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (body: ProgrammeBody) => {
    if (editing === 'new') await createProgramme(body);
    else if (editing) await updateProgramme(editing.id, body);
    setEditing(null);
    await onChanged();
  };
  const remove = async (programme: Programme) => {
    setError(null);
    try {
      await deleteProgramme(programme.id);
      await onChanged();
    } catch {
      setError(t('planner.catalogue.deleteFailed'));
    }
  };

  return (
    <section className={styles.stack} data-testid="programmes-admin">
      <PageTitle title={t('planner.catalogue.title')} />
      <h1>{t('planner.catalogue.title')}</h1>
      <p className={styles.muted}>{t('planner.catalogue.intro')}</p>
      {editing ? (
        <ProgrammeForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? null : editing}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className={styles.row}>
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('planner.catalogue.add')}
          </Button>
        </div>
      )}
      <FormError message={error} />
      <DataTable
        caption={t('planner.catalogue.title')}
        isCaptionHidden
        rows={programmes}
        empty={<p className={styles.muted}>{t('planner.catalogue.empty')}</p>}
        columns={[
          {
            key: 'title',
            header: t('planner.catalogue.fields.title'),
            cell: (p) =>
              p.link ? (
                <a href={p.link} target="_blank" rel="noreferrer noopener">
                  {p.title}
                </a>
              ) : (
                p.title
              ),
            isRowHeader: true,
          },
          { key: 'provider', header: t('planner.catalogue.fields.provider'), cell: (p) => p.provider },
          { key: 'indicators', header: t('planner.catalogue.fields.indicators'), cell: (p) => p.indicators.join(', ') },
          {
            key: 'regions',
            header: t('planner.catalogue.fields.regions'),
            cell: (p) => (p.regions.length ? p.regions.map((r) => t(`regions.${r}`)).join(', ') : t('planner.catalogue.allRegions')),
          },
          { key: 'languages', header: t('planner.catalogue.fields.languages'), cell: (p) => p.languages.join(', ') },
          { key: 'format', header: t('planner.catalogue.fields.format'), cell: (p) => t(`planner.formats.${p.format}`) },
          {
            key: 'actions',
            header: t('planner.catalogue.actions'),
            cell: (p) => (
              <span className={styles.row}>
                <Button size="small" variant="link" onClick={() => setEditing(p)} aria-label={`${t('planner.catalogue.edit')}: ${p.title}`}>
                  {t('planner.catalogue.edit')}
                </Button>
                <Button size="small" variant="link" onClick={() => void remove(p)} aria-label={`${t('planner.catalogue.delete')}: ${p.title}`}>
                  {t('planner.catalogue.delete')}
                </Button>
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}
