import type { EvidenceItem } from '@gci/shared';

/** One piece of evidence, as every page shows it. */
export interface EvidenceEntry {
  id: string;
  title: string;
  kind: 'link' | 'file';
  /** a link's address (opened in a new tab), or a file's download address */
  href: string;
  /** the name a file is saved under */
  fileName?: string | null;
  /** more facts after the host or file name: a size, "carried over" */
  details?: readonly (string | null | false | undefined)[];
}

/** Stored evidence as the list shows it: a link to its address, or a document downloaded from `downloadHref`. */
export function evidenceEntry(item: EvidenceItem, downloadHref: string, details?: EvidenceEntry['details']): EvidenceEntry {
  return item.kind === 'link' && item.url
    ? { id: item.id, kind: 'link', title: item.title, href: item.url, details }
    : { id: item.id, kind: 'file', title: item.title, href: downloadHref, fileName: item.fileName, details };
}
