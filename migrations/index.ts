import type { Migration } from 'kysely/migration';
import * as m202611240100 from './2026_11_24_0100_create_countries.ts';
import * as m202611240110 from './2026_11_24_0110_create_users.ts';
import * as m202611240120 from './2026_11_24_0120_create_sessions.ts';
import * as m202611240200 from './2026_11_24_0200_create_methodology_versions.ts';
import * as m202611240210 from './2026_11_24_0210_create_methodology_nodes.ts';
import * as m202611240300 from './2026_11_24_0300_create_cycles.ts';
import * as m202611240310 from './2026_11_24_0310_create_assessments.ts';
import * as m202611240320 from './2026_11_24_0320_create_answers.ts';
import * as m202611240330 from './2026_11_24_0330_create_answer_history.ts';
import * as m202611240340 from './2026_11_24_0340_create_evidence.ts';
import * as m202611240350 from './2026_11_24_0350_create_evidence_blobs.ts';
import * as m202611240400 from './2026_11_24_0400_create_publications.ts';
import * as m202611240500 from './2026_11_24_0500_create_login_attempts.ts';
import * as m202611240510 from './2026_11_24_0510_create_idempotency_keys.ts';
import * as m202611240520 from './2026_11_24_0520_add_users_totp_last_step.ts';
import * as m202611240600 from './2026_11_24_0600_create_comment_threads.ts';
import * as m202611240610 from './2026_11_24_0610_create_comments.ts';
import * as m202611240620 from './2026_11_24_0620_create_notifications.ts';
import * as m202611240630 from './2026_11_24_0630_create_mail_outbox.ts';
import * as m202611240640 from './2026_11_24_0640_create_submissions.ts';
import * as m202611240650 from './2026_11_24_0650_create_revision_requests.ts';
import * as m202611240660 from './2026_11_24_0660_add_cycles_validation_days.ts';
import * as m202611240670 from './2026_11_24_0670_add_assessments_validated_at.ts';
import * as m202611240680 from './2026_11_24_0680_create_audit_log.ts';
import * as m202611240700 from './2026_11_24_0700_add_methodology_versions_revision.ts';
import * as m202611240710 from './2026_11_24_0710_freeze_published_methodologies.ts';
import * as m202611240720 from './2026_11_24_0720_create_scenarios.ts';
import * as m202611240730 from './2026_11_24_0730_create_consultation_comments.ts';
import * as m202612030100 from './2026_12_03_0100_row_level_security.ts';
import * as m202612030200 from './2026_12_03_0200_audit_chain_per_country.ts';
import * as m202612060100 from './2026_12_06_0100_accounts.ts';
import * as m202612060200 from './2026_12_06_0200_countries_as_data.ts';
import * as m202612060300 from './2026_12_06_0300_cycle_lifecycle.ts';
import * as m202612060400 from './2026_12_06_0400_mail_delivery.ts';
import * as m202612060500 from './2026_12_06_0500_imported_cycles.ts';
import * as m202612060600 from './2026_12_06_0600_second_factor_failures.ts';
import * as m202612060700 from './2026_12_06_0700_publication_parts.ts';
import * as m202612060910 from './2026_12_06_0910_fidelity_peer_areas.ts';
import * as m202612060920 from './2026_12_06_0920_practice_sharing.ts';
import * as m202612070100 from './2026_12_07_0100_capacity_planner.ts';
import * as m202612070200 from './2026_12_07_0200_fidelity_coverage_stability.ts';
import * as m202612070210 from './2026_12_07_0210_prefill_decision.ts';
import * as m202612070300 from './2026_12_07_0300_sharing_version.ts';

/** Every migration in order. Static imports, so the same list runs under tsx, vitest and a bundle. */
export const migrations: Record<string, Migration> = {
  '2026_11_24_0100_create_countries': m202611240100,
  '2026_11_24_0110_create_users': m202611240110,
  '2026_11_24_0120_create_sessions': m202611240120,
  '2026_11_24_0200_create_methodology_versions': m202611240200,
  '2026_11_24_0210_create_methodology_nodes': m202611240210,
  '2026_11_24_0300_create_cycles': m202611240300,
  '2026_11_24_0310_create_assessments': m202611240310,
  '2026_11_24_0320_create_answers': m202611240320,
  '2026_11_24_0330_create_answer_history': m202611240330,
  '2026_11_24_0340_create_evidence': m202611240340,
  '2026_11_24_0350_create_evidence_blobs': m202611240350,
  '2026_11_24_0400_create_publications': m202611240400,
  '2026_11_24_0500_create_login_attempts': m202611240500,
  '2026_11_24_0510_create_idempotency_keys': m202611240510,
  '2026_11_24_0520_add_users_totp_last_step': m202611240520,
  '2026_11_24_0600_create_comment_threads': m202611240600,
  '2026_11_24_0610_create_comments': m202611240610,
  '2026_11_24_0620_create_notifications': m202611240620,
  '2026_11_24_0630_create_mail_outbox': m202611240630,
  '2026_11_24_0640_create_submissions': m202611240640,
  '2026_11_24_0650_create_revision_requests': m202611240650,
  '2026_11_24_0660_add_cycles_validation_days': m202611240660,
  '2026_11_24_0670_add_assessments_validated_at': m202611240670,
  '2026_11_24_0680_create_audit_log': m202611240680,
  '2026_11_24_0700_add_methodology_versions_revision': m202611240700,
  '2026_11_24_0710_freeze_published_methodologies': m202611240710,
  '2026_11_24_0720_create_scenarios': m202611240720,
  '2026_11_24_0730_create_consultation_comments': m202611240730,
  '2026_12_03_0100_row_level_security': m202612030100,
  '2026_12_03_0200_audit_chain_per_country': m202612030200,
  '2026_12_06_0100_accounts': m202612060100,
  '2026_12_06_0200_countries_as_data': m202612060200,
  '2026_12_06_0300_cycle_lifecycle': m202612060300,
  '2026_12_06_0400_mail_delivery': m202612060400,
  '2026_12_06_0500_imported_cycles': m202612060500,
  '2026_12_06_0600_second_factor_failures': m202612060600,
  '2026_12_06_0700_publication_parts': m202612060700,
  '2026_12_06_0910_fidelity_peer_areas': m202612060910,
  '2026_12_06_0920_practice_sharing': m202612060920,
  '2026_12_07_0100_capacity_planner': m202612070100,
  '2026_12_07_0200_fidelity_coverage_stability': m202612070200,
  '2026_12_07_0210_prefill_decision': m202612070210,
  '2026_12_07_0300_sharing_version': m202612070300,
};
