/**
 * The addresses public pages link to for a download. The routes in public.ts and practice.ts are
 * declared at these paths; a page fills them in (web's `addressOf`) to render its links without
 * loading the rooms' contracts, whose schemas need zod.
 */
export const DOWNLOAD_PATHS = {
  resultsJson: '/api/public/cycles/:year/downloads/results.json',
  resultsCsv: '/api/public/cycles/:year/downloads/results.csv',
  resultsXlsx: '/api/public/cycles/:year/downloads/results.xlsx',
  bundle: '/api/public/cycles/:year/downloads/bundle.json',
  practiceFile: '/api/public/practice/:evidenceId/file',
} as const;
