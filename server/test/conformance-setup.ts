import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { takeCheckedResponses, takeViolations } from './response-conformance.ts';

// Every response a test app sent during a test must match the OpenAPI document (see response-conformance.ts).
const expectNone = () => expect(takeViolations(), 'responses that do not match the OpenAPI document').toEqual([]);
afterEach(expectNone);
afterAll(() => {
  expectNone();
  // for the run's summary (conformance-report.ts)
  const seen = takeCheckedResponses();
  if (seen.size > 0) fs.writeFileSync(path.join(inject('conformanceDir'), `${randomUUID()}.json`), JSON.stringify(Object.fromEntries(seen)));
});
