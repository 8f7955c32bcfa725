import type { Db, Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import type { Insertable, Updateable } from 'kysely';
import { currentPublications } from '../public/public.repository.ts';

// Catalogue

export const listProgrammeRows = (db: Executor) => db.selectFrom('capacityProgrammes').selectAll().orderBy('title').orderBy('id').execute();
export type ProgrammeRow = Awaited<ReturnType<typeof listProgrammeRows>>[number];

export const findProgrammeRow = (db: Executor, id: string) =>
  db.selectFrom('capacityProgrammes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const insertProgramme = (db: Executor, values: Insertable<Database['capacityProgrammes']>) =>
  db.insertInto('capacityProgrammes').values(values).returningAll().executeTakeFirstOrThrow();

export const updateProgrammeRow = (db: Executor, id: string, values: Updateable<Database['capacityProgrammes']>) =>
  db.updateTable('capacityProgrammes').set(values).where('id', '=', id).returningAll().executeTakeFirst();

export const deleteProgrammeRow = (db: Executor, id: string) => db.deleteFrom('capacityProgrammes').where('id', '=', id).returningAll().executeTakeFirst();

// Where a country stands

export const findCountry = (db: Executor, iso3: string) =>
  db.selectFrom('countries').select(['iso3', 'region', 'names']).where('iso3', '=', iso3).executeTakeFirst();

/** The newest current publication the country is in (its trace stored), with the country's assessment in that cycle. */
export async function findLatestPublishedAssessment(db: Db, iso3: string) {
  return currentPublications(db)
    .innerJoin('publicationTraces as t', (j) => j.onRef('t.publicationId', '=', 'p.id').on('t.iso3', '=', iso3))
    .innerJoin('assessments as s', (j) => j.onRef('s.cycleId', '=', 'c.id').on('s.countryIso3', '=', iso3))
    .select(['s.id as assessmentId', 'c.methodologyVersionId'])
    .orderBy('c.year', 'desc')
    .executeTakeFirst();
}

/** The newest current publication of all. */
export const findLatestPublication = (db: Db) => currentPublications(db).select('c.methodologyVersionId').orderBy('c.year', 'desc').executeTakeFirst();

// Requests

const REQUEST_COLUMNS = ['id', 'countryIso3', 'indicatorKey', 'status', 'note', 'createdAt', 'updatedAt'] as const;

export function listRequestRows(db: Executor, filter: { iso3?: string; id?: string; openOnly?: boolean; forUpdate?: boolean }) {
  let q = db.selectFrom('assistanceRequests').select(REQUEST_COLUMNS);
  if (filter.iso3) q = q.where('countryIso3', '=', filter.iso3);
  if (filter.id) q = q.where('id', '=', filter.id);
  if (filter.openOnly) q = q.where('status', '<>', 'closed');
  if (filter.forUpdate) q = q.forUpdate();
  return q.orderBy('createdAt', 'desc').orderBy('id').execute();
}
export type RequestRow = Awaited<ReturnType<typeof listRequestRows>>[number];

export const insertRequest = (db: Executor, values: Insertable<Database['assistanceRequests']>) =>
  db.insertInto('assistanceRequests').values(values).returning(REQUEST_COLUMNS).executeTakeFirstOrThrow();

export const updateRequestStatus = (db: Executor, id: string, status: RequestRow['status'], at: Date) =>
  db.updateTable('assistanceRequests').set({ status, updatedAt: at }).where('id', '=', id).returning(REQUEST_COLUMNS).executeTakeFirstOrThrow();

export const insertComment = (db: Executor, values: Insertable<Database['assistanceComments']>) => db.insertInto('assistanceComments').values(values).execute();

export function listCommentRows(db: Executor, requestIds: string[]) {
  if (!requestIds.length) return Promise.resolve([]);
  return db
    .selectFrom('assistanceComments as c')
    .leftJoin('users as u', 'u.id', 'c.authorId')
    .select(['c.id', 'c.requestId', 'c.body', 'c.createdAt', 'u.name as authorName', 'u.role as authorRole'])
    .where('c.requestId', 'in', requestIds)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
}

/** Open requests per indicator and the requesting country's region. */
export const countOpenRequests = (db: Executor) =>
  db
    .selectFrom('assistanceRequests as r')
    .innerJoin('countries as co', 'co.iso3', 'r.countryIso3')
    .where('r.status', '<>', 'closed')
    .select(['r.indicatorKey', 'co.region', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy(['r.indicatorKey', 'co.region'])
    .execute();

// Peers

export const listPeerOfferRows = (db: Executor, filter: { iso3?: string; indicators?: string[] }) => {
  let q = db
    .selectFrom('peerOffers as o')
    .innerJoin('countries as co', 'co.iso3', 'o.countryIso3')
    .select(['o.countryIso3', 'o.indicatorKey', 'co.region', 'co.names']);
  if (filter.iso3) q = q.where('o.countryIso3', '=', filter.iso3);
  if (filter.indicators) q = filter.indicators.length ? q.where('o.indicatorKey', 'in', filter.indicators) : q.where('o.indicatorKey', '=', '');
  return q.orderBy('o.indicatorKey').orderBy('o.countryIso3').execute();
};

export const insertPeerOffer = (db: Executor, values: Insertable<Database['peerOffers']>) =>
  db
    .insertInto('peerOffers')
    .values(values)
    .onConflict((oc) => oc.columns(['countryIso3', 'indicatorKey']).doNothing())
    .execute();

export const deletePeerOffer = (db: Executor, iso3: string, indicatorKey: string) =>
  db.deleteFrom('peerOffers').where('countryIso3', '=', iso3).where('indicatorKey', '=', indicatorKey).execute();

// Who to tell

const RECIPIENT = ['id', 'email', 'name', 'locale'] as const;
/** Staff who handle requests: active administrators and analysts. */
export const requestHandlers = (db: Executor) =>
  db.selectFrom('users').select(RECIPIENT).where('role', 'in', ['admin', 'analyst']).where('disabledAt', 'is', null).execute();
