import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { API_ROUTES } from '@gci/shared';

declare module 'vitest' {
  export interface ProvidedContext {
    conformanceDir: string;
  }
}

/**
 * After the server suite, says how much of the API the response check saw: each test file writes
 * the responses it checked (conformance-setup.ts), and this adds them up.
 */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gci-conformance-'));
  project.provide('conformanceDir', dir);
  return () => {
    const seen = new Map<string, number>();
    for (const file of fs.readdirSync(dir)) {
      for (const [key, count] of Object.entries(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, number>)) {
        seen.set(key, (seen.get(key) ?? 0) + count);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const responses = [...seen.values()].reduce((a, b) => a + b, 0);
    const operations = new Set([...seen.keys()].map((key) => key.split(' ')[0]));
    const unseen = API_ROUTES.map((route) => route.id).filter((id) => !operations.has(id));
    console.log(
      `\n[${project.name}] response conformance: ${responses} responses checked against the OpenAPI document, ` +
        `${operations.size} of ${API_ROUTES.length} operations, ${seen.size} operation × status pairs` +
        (unseen.length === 0
          ? ''
          : // a run of a few files leaves most operations uncalled: name them only when they are the exception
            unseen.length <= 10
            ? `; never called: ${unseen.join(', ')}`
            : `; ${unseen.length} never called`),
    );
  };
}
