import { afterAll, afterEach, expect } from 'vitest';
import { takeViolations } from './response-conformance.ts';

// Every response a test app sent during a test must match the OpenAPI document (see response-conformance.ts).
const expectNone = () => expect(takeViolations(), 'responses that do not match the OpenAPI document').toEqual([]);
afterEach(expectNone);
afterAll(expectNone);
