/** The tags of the OpenAPI document: one a resource, each with what it holds. */
export const API_TAGS = {
  system: 'Health of the server and its database',
  public: 'Published results, open to everyone: tiers, never ranks; cached with ETags',
  auth: 'Sign-in, second factor, sessions and passwords',
  users: 'Accounts and their roles (administrators)',
  countries: 'The participating states: codes, names in the six UN languages, ITU region, participation per cycle (administrators)',
  assessments: "A country's questionnaire in a cycle: its state, its answers' overview, submission",
  answers: 'Saving, confirming and correcting answers, with their history',
  evidence: 'Links and documents attached to answers',
  review: 'The review queue, comment threads, returns and validation',
  notifications: "A user's notices",
  audit: 'The append-only audit log (administrators)',
  methodology: 'Methodology versions: editing, consultation, comparison',
  workbench: 'What-if data, scenarios and backcasting for analysts',
  cycles: 'Assessment cycles and their publications',
  imports: "Past editions' published results brought in from spreadsheets (administrators)",
  mail: 'Outgoing mail: the queue, what was sent, and dead letters to send again (administrators)',
  practice: 'The library of national practice: evidence shared with consent, confirmed by a reviewer, of published cycles',
  planner: 'From gaps to action: the capacity-building catalogue, countries’ action plans, assistance requests, peers and demand',
} as const;
export type ApiTag = keyof typeof API_TAGS;
