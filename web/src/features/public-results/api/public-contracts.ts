/**
 * The public room's contracts, loaded at the first call: with them come zod and the schemas that
 * check each response. A page the server rendered hydrates from the data in its HTML without
 * calling, so a reader's first page runs without them (on a phone, a good part of its start-up).
 */
export const loadPublicApi = () => import('@gci/shared/api/public').then((room) => room.publicApi);
