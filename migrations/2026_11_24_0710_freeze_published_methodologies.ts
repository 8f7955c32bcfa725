import { sql, type Kysely } from 'kysely';

// A published methodology is frozen in the database itself, whatever route or script tries:
// its nodes cannot change, and the version row may only move on to 'archived'.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function forbid_published_node_change() returns trigger language plpgsql as $$
    declare v text;
    begin
      select status into v from methodology_versions where id = coalesce(new.version_id, old.version_id);
      if v in ('published', 'archived') then
        raise exception 'methodology version is published and frozen' using errcode = 'insufficient_privilege';
      end if;
      return coalesce(new, old);
    end $$`.execute(db);
  await sql`
    create trigger methodology_nodes_frozen before insert or update or delete on methodology_nodes
    for each row execute function forbid_published_node_change()`.execute(db);
  await sql`
    create function forbid_published_version_change() returns trigger language plpgsql as $$
    begin
      if old.status in ('published', 'archived') and (
           new.key is distinct from old.key or new.name is distinct from old.name or new.edition is distinct from old.edition
        or new.pillar_max is distinct from old.pillar_max or new.aggregation is distinct from old.aggregation
        or new.missing_policy is distinct from old.missing_policy or new.thresholds is distinct from old.thresholds
        or new.content_hash is distinct from old.content_hash or new.published_at is distinct from old.published_at
        or new.revision is distinct from old.revision or new.status not in ('published', 'archived')) then
        raise exception 'methodology version is published and frozen' using errcode = 'insufficient_privilege';
      end if;
      if tg_op = 'DELETE' and old.status in ('published', 'archived') then
        raise exception 'methodology version is published and frozen' using errcode = 'insufficient_privilege';
      end if;
      return coalesce(new, old);
    end $$`.execute(db);
  await sql`
    create trigger methodology_versions_frozen before update or delete on methodology_versions
    for each row execute function forbid_published_version_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger methodology_versions_frozen on methodology_versions`.execute(db);
  await sql`drop function forbid_published_version_change()`.execute(db);
  await sql`drop trigger methodology_nodes_frozen on methodology_nodes`.execute(db);
  await sql`drop function forbid_published_node_change()`.execute(db);
}
