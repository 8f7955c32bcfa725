import type { AdminCountry, CountryCycle, CreateCountryBody, Region, UpdateCountryBody } from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import type { CountryRow } from '../../db/tables.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import {
  findCountriesByCode,
  findCountryRow,
  insertCountry,
  listCountryRows,
  listParticipation,
  updateCountryIfVersion,
  type CountryParticipationRow,
} from './countries.repository.ts';

function toAdminCountry(row: CountryRow, cycles: readonly CountryParticipationRow[]): AdminCountry {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    numeric: row.numeric,
    region: row.region as Region,
    names: row.names as AdminCountry['names'],
    version: row.version,
    updatedAt: row.updatedAt?.toISOString() ?? null,
    cycles: cycles.map(({ cycleId, year, name }): CountryCycle => ({ cycleId, year, name })),
  };
}

async function withParticipation(db: Executor, row: CountryRow): Promise<AdminCountry> {
  return toAdminCountry(row, await listParticipation(db, row.iso3));
}

/** What an audit entry keeps of a country. */
const audited = (row: CountryRow) => ({ iso2: row.iso2, numeric: row.numeric, region: row.region, names: row.names, version: row.version });

/** Countries as data: administrators list, correct and add them; every change is audited in the same transaction. */
export function createCountriesService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(): Promise<AdminCountry[]> {
      const [rows, participation] = await Promise.all([listCountryRows(db), listParticipation(db)]);
      const byCountry = new Map<string, CountryParticipationRow[]>();
      for (const p of participation) byCountry.set(p.countryIso3, [...(byCountry.get(p.countryIso3) ?? []), p]);
      return rows.map((row) => toAdminCountry(row, byCountry.get(row.iso3) ?? []));
    },

    async get(iso3: string): Promise<AdminCountry> {
      const row = await findCountryRow(db, iso3);
      if (!row) throw notFound('Country');
      return withParticipation(db, row);
    },

    /** Names and region only: the codes identify the country in assessments and the audit log. */
    async update(admin: ResolvedSession, iso3: string, body: UpdateCountryBody, ip: string | null = null): Promise<AdminCountry> {
      return db.transaction().execute(async (trx) => {
        const current = await findCountryRow(trx, iso3);
        if (!current) throw notFound('Country');
        const at = now();
        const updated = await updateCountryIfVersion(trx, iso3, body.version, {
          ...(body.names ? { names: body.names } : {}),
          ...(body.region ? { region: body.region } : {}),
          updatedAt: at,
          updatedBy: admin.user.id,
        });
        if (!updated) {
          throw new AppError(409, 'version_conflict', `${current.names.en ?? iso3} was changed since you opened it; reload it`, {
            field: 'body.version',
            details: { version: current.version },
          });
        }
        await recordAudit(
          trx,
          {
            actor: admin.user,
            action: 'country.updated',
            entityType: 'country',
            entityId: iso3,
            country: iso3,
            before: audited(current),
            after: audited(updated),
            ip,
          },
          at,
        );
        return withParticipation(trx, updated);
      });
    },

    async create(admin: ResolvedSession, body: CreateCountryBody, ip: string | null = null): Promise<AdminCountry> {
      return db.transaction().execute(async (trx) => {
        const holder = (await findCountriesByCode(trx, body))[0];
        if (holder) {
          const field = holder.iso3 === body.iso3 ? 'iso3' : holder.iso2 === body.iso2 ? 'iso2' : 'numeric';
          throw new AppError(409, 'conflict', `${holder.names.en ?? holder.iso3} (${holder.iso3}) has the code ${body[field]} already`, {
            field: `body.${field}`,
            details: { iso3: holder.iso3 },
          });
        }
        const at = now();
        const row = await insertCountry(trx, { ...body, updatedAt: at, updatedBy: admin.user.id });
        await recordAudit(
          trx,
          { actor: admin.user, action: 'country.created', entityType: 'country', entityId: row.iso3, country: row.iso3, after: audited(row), ip },
          at,
        );
        return toAdminCountry(row, []);
      });
    },
  };
}
export type CountriesService = ReturnType<typeof createCountriesService>;
