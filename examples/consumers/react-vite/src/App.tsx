// The getting-started example (docs/getting-started.md), as an app: the tags' types come from
// @fitline/elements/react, so a wrong attribute value or event detail fails `tsc`.
import type {} from '@fitline/elements/react';
import '@fitline/elements/define.js';
import { useState } from 'react';
import type { Rating } from '@fitline/core';

export function App() {
  const [ratings, setRatings] = useState<Rating[]>([]);
  return (
    <>
      <srs-scale name="srs" submit-label="Send" onfit-submit={(e) => setRatings([...ratings, e.detail.rating])} />
      <fit-chart ratings={ratings} />
    </>
  );
}
