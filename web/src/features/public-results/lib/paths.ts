/** Addresses of the public pages of a published cycle. */
export const publicPaths = {
  results: (year: number) => `/cycles/${year}`,
  country: (year: number, iso3: string) => `/cycles/${year}/countries/${iso3}`,
  compare: (year: number, countries: readonly string[] = []) => `/cycles/${year}/compare${countries.length ? `?countries=${countries.join(',')}` : ''}`,
  methodology: (year: number) => `/cycles/${year}/methodology`,
  gaps: (year: number) => `/cycles/${year}/gaps`,
};
