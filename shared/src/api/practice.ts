import type { z } from 'zod';
import {
  EvidenceSharingBodySchema,
  EvidenceSharingSchema,
  PracticeExamplesQuerySchema,
  PracticeExamplesSchema,
  PracticeItemSchema,
  PracticePageSchema,
  PracticeQuerySchema,
  SharingConfirmationBodySchema,
} from '../schemas/practice.ts';
import { DOWNLOAD_PATHS } from './download-addresses.ts';
import { file, routeGroup, type AnyRoute, type RouteDocs } from './route.ts';

// The library of national practice (resolution 45, resolves 12 and 15): evidence a focal point
// allowed to publish and a reviewer confirmed, of published cycles only. Ordered by relevance or
// date, never by a country's score.

const docs = {
  setEvidenceSharing: {
    summary: 'Mark an evidence item of your country as one that may be published in the library of national practice (or not), with its type, language and date',
    description: 'Any change clears a reviewer’s confirmation: the reviewer confirms what the focal point last chose.',
    examples: { law: { mayPublish: true, allowFile: false, type: 'law', language: 'en', date: '2021' } },
  },
  confirmEvidenceSharing: {
    summary: 'Confirm (or clear) an item a focal point allowed to publish; it is public once its cycle is published',
    description: '409 when the focal point has not allowed it to be published.',
  },
  searchPractice: {
    summary: 'The library of national practice: published items, searched by words (in the language of each item) and filtered; by relevance or date, never by score',
  },
  practiceExamples: {
    summary: 'How others do it: for each indicator, published practice of the countries of the same region that meet it in that cycle',
  },
  downloadPracticeFile: { summary: 'Download the document of a published item, when its focal point allowed the file (always as an attachment)' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'practice', access: 'public', docs });

export const practiceApi = {
  setSharing: route.put('/api/evidence/:evidenceId/sharing', { id: 'setEvidenceSharing', access: ['focal_point'], body: EvidenceSharingBodySchema, responses: { 200: EvidenceSharingSchema } }),
  confirmSharing: route.put('/api/evidence/:evidenceId/sharing/confirmation', {
    id: 'confirmEvidenceSharing',
    access: ['reviewer', 'admin'],
    body: SharingConfirmationBodySchema,
    responses: { 200: EvidenceSharingSchema },
    errors: [409],
  }),
  search: route.get('/api/public/practice', { id: 'searchPractice', query: PracticeQuerySchema, responses: { 200: PracticePageSchema } }),
  examples: route.get('/api/public/cycles/:year/countries/:iso3/practice', { id: 'practiceExamples', query: PracticeExamplesQuerySchema, responses: { 200: PracticeExamplesSchema }, errors: [404] }),
  downloadFile: route.get(DOWNLOAD_PATHS.practiceFile, { id: 'downloadPracticeFile', responses: { 200: file('The document, in its detected media type, as an attachment') } }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const practiceComponents: Readonly<Record<string, z.ZodType>> = {
  EvidenceSharing: EvidenceSharingSchema,
  PracticeItem: PracticeItemSchema,
};
