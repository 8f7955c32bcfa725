import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevalidator, useSearchParams } from 'react-router';
import type { SessionUser, UserList, UserSummary } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ListCount, ListToolbar } from '../../../components/list-toolbar/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { CountryOption } from '../lib/country-options.ts';
import { applyFilters, sortBy, toSearchParams, type PeopleFilters } from '../lib/people-filters.ts';
import { EditPersonDialog } from './edit-person-dialog.tsx';
import { InviteDialog } from './invite-dialog.tsx';
import type { ActionResult } from './person-actions.tsx';
import { PeopleFiltersForm } from './people-filters-form.tsx';
import { PeopleTable } from './people-table.tsx';
import styles from './people.module.css';

interface Props {
  /** admin: every account, managed in full; team: a lead focal point's country, who may invite colleagues */
  mode: 'admin' | 'team';
  list: UserList;
  filters: PeopleFilters;
  countries: readonly CountryOption[];
  self: SessionUser;
}

/** `/admin/people` and `/team`: people searched, filtered and paged by the server, invited and managed here. */
export function PeoplePage({ mode, list, filters, countries, self }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [, setSearchParams] = useSearchParams();
  const revalidator = useRevalidator();
  const [isInviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const isTeam = mode === 'team';
  const teamCountry = isTeam ? self.country : null;
  const go = (next: PeopleFilters) => {
    setResult(null);
    setSearchParams(toSearchParams(next));
  };
  const done = (next: ActionResult) => {
    setResult(next);
    if (next.tone === 'success') void revalidator.revalidate();
  };
  const countryName = () => {
    const found = countries.find((c) => c.iso3 === teamCountry);
    return found ? format.text(found.names) : (teamCountry ?? '');
  };
  const title = isTeam ? t('people.team.title') : t('people.title');

  return (
    <section aria-labelledby="people-title">
      <PageTitle title={title} />
      <h1 id="people-title">{title}</h1>
      <p className={styles.intro}>{isTeam ? t('people.team.intro', { country: countryName() }) : t('people.intro')}</p>
      <PeopleFiltersForm
        key={toSearchParams(filters).toString()}
        filters={filters}
        countries={countries}
        isTeam={isTeam}
        onApply={(next) => go(applyFilters(filters, next))}
      />
      <ListToolbar isCompact>
        <ListCount testId="people-count">{t('people.count', { count: list.total })}</ListCount>
        <Button variant="primary" onClick={() => setInviting(true)} data-testid="invite-open">
          {t('people.invite.open')}
        </Button>
      </ListToolbar>
      {result && (
        <Notice tone={result.tone} role={result.tone === 'error' ? 'alert' : 'status'} data-testid="people-result">
          <p>{result.text}</p>
        </Notice>
      )}
      <PeopleTable
        list={list}
        sort={filters.sort}
        countries={countries}
        isAdmin={!isTeam}
        selfId={self.id}
        onSort={(key) => go(sortBy(filters, key))}
        onPage={(page) => go({ ...filters, page })}
        onEdit={setEditing}
        onResult={done}
      />
      {isInviting && (
        <InviteDialog
          countries={countries}
          teamCountry={teamCountry}
          onCancel={() => setInviting(false)}
          onInvited={({ user, invitation }) => {
            setInviting(false);
            done({ tone: 'success', text: t('people.invite.sent', { email: user.email, date: format.dateTime(invitation.expiresAt) }) });
          }}
        />
      )}
      {editing && (
        <EditPersonDialog
          person={editing}
          countries={countries}
          onCancel={() => setEditing(null)}
          onSaved={(person) => {
            setEditing(null);
            done({ tone: 'success', text: t('people.edit.saved', { name: person.name }) });
          }}
        />
      )}
    </section>
  );
}
