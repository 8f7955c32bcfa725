import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { practiceQueryOf, searchPractice } from '../../features/practice/api/search-practice.ts';
import { PracticeLibrary } from '../../features/practice/components/practice-library.tsx';

/** `/practice`: the public library of national practice. */
export async function loader({ request }: LoaderFunctionArgs) {
  const query = practiceQueryOf(new URL(request.url).searchParams);
  return { query, page: await searchPractice(query, request.signal) };
}

function PracticeRoute() {
  const { query, page } = useLoaderData<typeof loader>();
  return <PracticeLibrary key={JSON.stringify(query)} query={query} page={page} />;
}

export { PracticeRoute as Component };
