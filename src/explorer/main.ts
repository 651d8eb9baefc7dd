/// <reference lib="dom" />
import { parseAgreement } from '../model/parse-agreement.js';
import { mount } from './page.js';

/**
 * The browser script of the handbook's page: reads the agreement the page
 * embeds (`<script type="application/json" id="ks-avtale">`, with the date
 * the forms start from in `data-date`), validates it as any agreement file,
 * and mounts the explorer in `#ks-utforsk`. A page without them is left as
 * it is.
 */
function start(): void {
  const root = document.getElementById('ks-utforsk');
  const data = document.getElementById('ks-avtale');
  if (root === null || data === null) return;
  const agreement = parseAgreement(JSON.parse(data.textContent ?? ''));
  mount(root, agreement, data.dataset['date'] ?? agreement.validFrom);
}

// Outside a browser (a test importing every module of src/), there is no page: nothing to do.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
