// Bundle.link for search results: `self`, and `next` while more matches remain. Medplum's server adds
// these in its own search route; its in-memory repository, used here, returns the page and the total
// only. The links are written with @medplum/core's own search parser and formatter, from the request.
import { DEFAULT_SEARCH_COUNT, formatSearchQuery, parseSearchRequest } from '@medplum/core';

/** The searchset with its links, for a search of `resourceType` with `query` answered at `base`. */
export function withSearchLinks(bundle, base, resourceType, query) {
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'searchset' || bundle.link) return bundle;
  const request = parseSearchRequest(resourceType, query);
  const count = request.count ?? DEFAULT_SEARCH_COUNT;
  const offset = request.offset ?? 0;
  const at = (from) => `${base}/${resourceType}${formatSearchQuery({ ...request, count, offset: from })}`;
  const link = [{ relation: 'self', url: at(offset) }];
  if (typeof bundle.total === 'number' && offset + count < bundle.total) link.push({ relation: 'next', url: at(offset + count) });
  return { ...bundle, link };
}
