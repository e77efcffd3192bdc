import { RULES_LAST_REVIEWED, formatDate } from '../rules';

export function App() {
  return (
    <>
      <main id="main">
        <h1>What does “Refused” on CEAC mean for my visa case?</h1>
        <p>
          Since March 2020 the State Department’s CEAC page shows “Refused” for many cases that are only on hold
          under section 221(g), as well as for final refusals. Enter the facts of your case and this page tells
          you which it most likely is, why, with sources, and what to do next, by when. Everything stays in your
          browser.
        </p>
      </main>
      <footer>
        <p>This is general information, not legal advice. Rules last reviewed on {formatDate(RULES_LAST_REVIEWED)}.</p>
      </footer>
    </>
  );
}
