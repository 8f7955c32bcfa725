import type { z } from 'zod';
import {
  ActionPlanSchema,
  AssistanceCommentBodySchema,
  AssistanceRequestBodySchema,
  AssistanceRequestListSchema,
  AssistanceRequestSchema,
  AssistanceTransitionBodySchema,
  DemandSchema,
  PeerOfferBodySchema,
  PeerOffersSchema,
  ProgrammeBodySchema,
  ProgrammeListSchema,
  ProgrammeSchema,
} from '../schemas/planner.ts';
import { file, noContent, routeGroup, text, type AnyRoute, type RouteDocs } from './route.ts';

// From gaps to action (issue 22): a catalogue of capacity-building programmes kept by administrators,
// each country's action plan (its gaps, the next tier's first), requests for assistance that move
// through a fixed set of states, peers that offer to share, and the demand those make visible.

const docs = {
  listProgrammes: { summary: 'The capacity-building catalogue: programmes with their provider, indicators, regions, languages and format' },
  createProgramme: {
    summary: 'Add a programme to the catalogue (administrators; audited)',
    examples: {
      course: {
        title: 'Incident response foundations',
        provider: 'Regional CIRT network',
        indicators: ['technical.response'],
        regions: ['africa'],
        languages: ['en', 'fr'],
        format: 'blended',
        link: 'https://example.org/course',
      },
    },
  },
  updateProgramme: { summary: 'Replace a programme of the catalogue (administrators; audited)' },
  deleteProgramme: { summary: 'Remove a programme from the catalogue (administrators; audited)' },
  actionPlan: {
    summary: 'A country’s action plan: the indicators it does not meet in its latest published cycle, those on the path to the next tier first, each with programmes, practice of others and peers',
    description: 'A focal point sees only their own country’s plan (404 for any other).',
  },
  listCountryRequests: { summary: 'A country’s requests for assistance, newest first, with their comments' },
  requestAssistance: {
    summary: 'Ask for assistance with one indicator (the country’s focal point); notifies the country team and the staff who handle requests',
    description: '409 when an open request for the same indicator exists.',
    examples: { law: { indicatorKey: 'legal.laws', note: 'Drafting a cybercrime law' } },
  },
  listRequests: { summary: 'Every country’s requests for assistance (staff who handle them)' },
  moveRequest: {
    summary: 'Move a request on: requested → in discussion → planned → delivered → closed (a focal point may only close); notifies, audited',
    description: '409 `illegal_transition` for a move the current status does not allow.',
    examples: { discuss: { to: 'in_discussion', comment: 'Let us talk next week' } },
  },
  commentRequest: { summary: 'Comment on a request; notifies the other side' },
  listPeerOffers: { summary: 'The indicators a country offers to share its practice of, as a peer' },
  setPeerOffer: {
    summary: 'Offer (or stop offering) to be a peer for an indicator (the country’s focal point)',
    description: '409 when the country does not meet the indicator in its latest published cycle.',
  },
  demand: { summary: 'Demand for analysts: per indicator and region, open requests and countries not meeting it in the latest published cycle' },
  demandCsv: { summary: 'The demand heatmap as CSV, one row per indicator and region' },
  demandXlsx: { summary: 'The demand heatmap as an XLSX workbook' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'planner', access: ['admin', 'analyst'], docs });
const COUNTRY_SIDE = ['focal_point', 'admin', 'analyst', 'reviewer'] as const;
const HANDLERS = ['focal_point', 'admin', 'analyst'] as const;

export const plannerApi = {
  listProgrammes: route.get('/api/capacity/programmes', { id: 'listProgrammes', access: ['admin', 'analyst', 'reviewer'], responses: { 200: ProgrammeListSchema } }),
  createProgramme: route.post('/api/capacity/programmes', { id: 'createProgramme', access: ['admin'], body: ProgrammeBodySchema, responses: { 201: ProgrammeSchema } }),
  updateProgramme: route.put('/api/capacity/programmes/:programmeId', {
    id: 'updateProgramme',
    access: ['admin'],
    body: ProgrammeBodySchema,
    responses: { 200: ProgrammeSchema },
  }),
  deleteProgramme: route.delete('/api/capacity/programmes/:programmeId', { id: 'deleteProgramme', access: ['admin'], responses: { 204: noContent() } }),
  actionPlan: route.get('/api/planner/:iso3', { id: 'actionPlan', access: COUNTRY_SIDE, responses: { 200: ActionPlanSchema } }),
  listCountryRequests: route.get('/api/planner/:iso3/requests', { id: 'listCountryRequests', access: COUNTRY_SIDE, responses: { 200: AssistanceRequestListSchema } }),
  requestAssistance: route.post('/api/planner/:iso3/requests', {
    id: 'requestAssistance',
    access: ['focal_point'],
    body: AssistanceRequestBodySchema,
    responses: { 201: AssistanceRequestSchema },
    errors: [409, 422],
  }),
  listRequests: route.get('/api/assistance-requests', { id: 'listRequests', responses: { 200: AssistanceRequestListSchema } }),
  moveRequest: route.post('/api/assistance-requests/:requestId/transitions', {
    id: 'moveRequest',
    access: HANDLERS,
    body: AssistanceTransitionBodySchema,
    responses: { 200: AssistanceRequestSchema },
    errors: [409],
  }),
  commentRequest: route.post('/api/assistance-requests/:requestId/comments', {
    id: 'commentRequest',
    access: HANDLERS,
    body: AssistanceCommentBodySchema,
    responses: { 201: AssistanceRequestSchema },
  }),
  listPeerOffers: route.get('/api/planner/:iso3/peer-offers', { id: 'listPeerOffers', access: COUNTRY_SIDE, responses: { 200: PeerOffersSchema } }),
  setPeerOffer: route.put('/api/planner/:iso3/peer-offers/:indicatorKey', {
    id: 'setPeerOffer',
    access: ['focal_point'],
    body: PeerOfferBodySchema,
    responses: { 200: PeerOffersSchema },
    errors: [409],
  }),
  demand: route.get('/api/capacity/demand', { id: 'demand', responses: { 200: DemandSchema } }),
  demandCsv: route.get('/api/capacity/demand.csv', { id: 'demandCsv', responses: { 200: text('text/csv', 'One row per indicator and region, RFC 4180 CSV, as an attachment') } }),
  demandXlsx: route.get('/api/capacity/demand.xlsx', { id: 'demandXlsx', responses: { 200: file('An XLSX workbook, as an attachment') } }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const plannerComponents: Readonly<Record<string, z.ZodType>> = {
  Programme: ProgrammeSchema,
  ProgrammeBody: ProgrammeBodySchema,
  AssistanceRequest: AssistanceRequestSchema,
  AssistanceRequestList: AssistanceRequestListSchema,
  PeerOffers: PeerOffersSchema,
};
