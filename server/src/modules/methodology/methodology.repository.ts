import type { GroupNode, Methodology, MethodologyNode, PeerAreaRule, QuestionSpec, NodeTexts, StabilitySettings, TierThreshold } from '@gci/shared';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { MethodologyNodeRow, MethodologyVersionRow, MethodologyVersionsTable } from '../../db/tables.ts';

/**
 * Writes a methodology tree as one row per node (parents before children), then sets the status:
 * a published version's nodes are frozen by the database, so they must exist before it is published.
 * Returns the version id.
 */
export async function insertMethodology(
  db: Executor,
  methodology: Methodology,
  options: {
    status?: MethodologyVersionRow['status'];
    contentHash?: string | null;
    publishedAt?: Date | null;
    createdBy?: string | null;
    derivedFromId?: string | null;
  } = {},
): Promise<string> {
  const { id: versionId } = await db
    .insertInto('methodologyVersions')
    .values({
      key: methodology.key,
      name: JSON.stringify(methodology.name),
      edition: methodology.edition,
      status: 'draft',
      pillarMax: methodology.pillarMax,
      aggregation: methodology.aggregation,
      missingPolicy: methodology.missingPolicy,
      ...optionalSettingsColumns(methodology),
      thresholds: JSON.stringify(methodology.thresholds),
      createdBy: options.createdBy ?? null,
      derivedFromId: options.derivedFromId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  await insertNodes(db, versionId, methodology);
  if (options.status && options.status !== 'draft') {
    await db
      .updateTable('methodologyVersions')
      .set({ status: options.status, contentHash: options.contentHash ?? null, publishedAt: options.publishedAt ?? null })
      .where('id', '=', versionId)
      .execute();
  }
  return versionId;
}

/** Inserts the nodes of a tree, level by level, under a version. */
export async function insertNodes(db: Executor, versionId: string, methodology: Methodology): Promise<void> {
  let level: { parentId: string | null; nodes: MethodologyNode[] }[] = [{ parentId: null, nodes: methodology.pillars }];
  while (level.length > 0) {
    const rows = level.flatMap(({ parentId, nodes }) =>
      nodes.map((node) => ({
        versionId,
        parentId,
        kind: node.kind,
        key: node.key,
        position: node.order,
        weight: node.weight,
        texts: JSON.stringify(node.texts),
        aggregation: node.kind === 'question' ? null : (node.aggregation ?? null),
        question: node.kind === 'question' ? JSON.stringify(node.question) : null,
      })),
    );
    if (rows.length === 0) break;
    const inserted = await db.insertInto('methodologyNodes').values(rows).returning(['id', 'key']).execute();
    const idByKey = new Map(inserted.map((r) => [r.key, r.id]));
    level = level.flatMap(({ nodes }) =>
      nodes.filter((n): n is GroupNode => n.kind !== 'question').map((n) => ({ parentId: idByKey.get(n.key)!, nodes: n.children })),
    );
  }
}

function buildTree(rows: MethodologyNodeRow[]): GroupNode[] {
  const children = new Map<string | null, MethodologyNodeRow[]>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const toNode = (row: MethodologyNodeRow): MethodologyNode => {
    const base = { key: row.key, order: row.position, weight: row.weight, texts: row.texts as NodeTexts };
    if (row.kind === 'question') return { ...base, kind: 'question', question: row.question as QuestionSpec };
    const kids = (children.get(row.id) ?? []).sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
    return { ...base, kind: row.kind, ...(row.aggregation ? { aggregation: row.aggregation } : {}), children: kids.map(toNode) };
  };
  return (children.get(null) ?? []).sort((a, b) => a.position - b.position).map((r) => toNode(r) as GroupNode);
}

export async function findMethodologyVersion(db: Executor, id: string) {
  return db.selectFrom('methodologyVersions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMethodologyVersionByKey(db: Executor, key: string) {
  return db.selectFrom('methodologyVersions').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Locks the version's row until the transaction ends: saves and status changes queue behind each other. */
export async function findMethodologyVersionForUpdate(trx: Executor, id: string) {
  return trx.selectFrom('methodologyVersions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Versions newest edition first, only those of the given statuses when some are named. */
export async function listMethodologyVersions(db: Executor, statuses?: readonly MethodologyVersionRow['status'][]) {
  let query = db.selectFrom('methodologyVersions').selectAll().orderBy('edition', 'desc').orderBy('createdAt', 'desc');
  if (statuses) query = query.where('status', 'in', statuses);
  return query.execute();
}

export async function updateMethodologyVersion(trx: Executor, id: string, values: Updateable<MethodologyVersionsTable>): Promise<MethodologyVersionRow> {
  return trx.updateTable('methodologyVersions').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteNodes(trx: Executor, versionId: string): Promise<void> {
  await trx.deleteFrom('methodologyNodes').where('versionId', '=', versionId).execute();
}

/** The settings a version may leave to their defaults, as columns (null: the default). */
export function optionalSettingsColumns(m: Methodology): { peerAreas: string | null; minCoverage: number | null; stability: string | null } {
  return {
    peerAreas: m.peerAreas ? JSON.stringify(m.peerAreas) : null,
    minCoverage: m.minCoverage ?? null,
    stability: m.stability ? JSON.stringify(m.stability) : null,
  };
}

/** Reads a version back into the shared Methodology shape used by the engine. */
export async function loadMethodology(db: Executor, versionId: string): Promise<Methodology | undefined> {
  const version = await findMethodologyVersion(db, versionId);
  if (!version) return undefined;
  const rows = await db.selectFrom('methodologyNodes').selectAll().where('versionId', '=', versionId).execute();
  return {
    key: version.key,
    name: version.name as Methodology['name'],
    edition: version.edition,
    pillarMax: version.pillarMax,
    aggregation: version.aggregation,
    missingPolicy: version.missingPolicy,
    // left out when null, so a version that leaves it to its default keeps the content (and hash) it had before they existed
    ...(version.peerAreas === null ? {} : { peerAreas: version.peerAreas as PeerAreaRule }),
    ...(version.minCoverage === null ? {} : { minCoverage: version.minCoverage }),
    thresholds: version.thresholds as TierThreshold[],
    pillars: buildTree(rows),
    ...(version.stability === null ? {} : { stability: version.stability as StabilitySettings }),
  };
}
