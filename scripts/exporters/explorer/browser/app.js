// @ts-check
import { quotedTitle } from '../../../lib/quotedTitle.js';
import { copyToClipboard } from './clipboard.js';
import { byId } from './dom.js';
import { makeDownloadsInPage } from './download.js';
import { filtersFromHash, hashOf, matcher, noFilters } from './filters.js';
import { openWhilePrinting } from './openWhilePrinting.js';

/**
 * The page arrives with every record in its HTML; this adds what needs a script: filters and search, the
 * highlighted target of a permalink, copying citations, and downloads made in the page.
 * @typedef {import('../pageTypes.js').ExplorerData} ExplorerData
 * @typedef {import('./filters.js').Filters} Filters
 */

const data = /** @type {ExplorerData} */ (JSON.parse(byId('explorer-data').textContent ?? ''));
/** The quote cards of the two-voices table, with what the filters test. */
const cards = [...byId('theme-list').querySelectorAll('article.quote')].map((element) => {
  const card = /** @type {HTMLElement} */ (element);
  const { theme = '', voice = '', speakers = '' } = card.dataset;
  return { card, theme, voice, speakers: speakers.split(' '), text: data.searchText[card.id] ?? '' };
});
const timelineMarks = [...document.querySelectorAll('#timeline [data-quote]')];

const form = /** @type {HTMLFormElement} */ (byId('filters'));
const fields = {
  theme: /** @type {HTMLSelectElement} */ (byId('filter-theme')),
  voice: /** @type {HTMLSelectElement} */ (byId('filter-voice')),
  speaker: /** @type {HTMLSelectElement} */ (byId('filter-speaker')),
  q: /** @type {HTMLInputElement} */ (byId('filter-search')),
};

/** Shows the controls that only work with the script, and makes the downloads work from the page alone. */
function enhance() {
  for (const element of document.querySelectorAll('[data-needs-script]')) {
    /** @type {HTMLElement} */ (element).hidden = false;
  }
  if (document.querySelector('button.cite') === null) byId('cite-format').hidden = true;
  makeDownloadsInPage(byId('download-list'), data);
}

/** @returns {Filters} */
function filtersInForm() {
  return { theme: fields.theme.value, voice: fields.voice.value, speaker: fields.speaker.value, q: fields.q.value };
}

/** @param {Filters} filters */
function putInForm(filters) {
  for (const name of /** @type {const} */ (['theme', 'voice', 'speaker'])) {
    const known = [...fields[name].options].some((option) => option.value === filters[name]);
    fields[name].value = known ? filters[name] : '';
  }
  fields.q.value = filters.q;
}

/** Shows the quotes and timeline marks the form's filters let through and says how many. */
function applyFilters() {
  const filters = filtersInForm();
  const matches = matcher(filters);
  const shownIds = new Set();
  for (const quote of cards) {
    const visible = matches(quote);
    quote.card.hidden = !visible;
    if (visible) shownIds.add(quote.card.id);
  }
  for (const mark of timelineMarks)
    mark.classList.toggle('is-filtered-out', !shownIds.has(mark.getAttribute('data-quote')));
  for (const section of byId('theme-list').querySelectorAll('section.theme')) {
    const columns = /** @type {HTMLElement[]} */ ([...section.querySelectorAll('section.voice')]);
    for (const column of columns) {
      column.hidden = filters.voice !== '' && column.dataset.voice !== filters.voice;
      const empty = column.querySelector('.empty');
      if (empty instanceof HTMLElement) empty.hidden = column.querySelector('article.quote:not([hidden])') !== null;
    }
    /** @type {HTMLElement} */ (section).hidden = section.querySelector('article.quote:not([hidden])') === null;
  }
  const total = cards.length;
  const shown = shownIds.size;
  byId('filter-status').textContent =
    shown === total
      ? `Showing all ${total} quotes.`
      : shown === 0
        ? `No quote matches; showing 0 of ${total}.`
        : `Showing ${shown} of ${total} quotes.`;
}

/** Keeps the filters in the address, so that the view can be shared; replaces rather than adds history. */
function writeHash() {
  const hash = hashOf(filtersInForm());
  const url = `${location.pathname}${location.search}${hash}`;
  try {
    history.replaceState(null, '', url);
  } catch {
    location.replace(hash === '' ? '#' : hash);
  }
}

/**
 * Scrolls to a record named in the address, showing it first if the filters or a closed panel hide it.
 * @param {string} id
 */
function showTarget(id) {
  const target = document.getElementById(id);
  if (target === null) return;
  if (target.closest('[hidden]')) {
    putInForm(noFilters());
    applyFilters();
  }
  const panel = target.closest('details');
  if (panel) panel.open = true;
  for (const previous of document.querySelectorAll('.is-target')) previous.classList.remove('is-target');
  target.classList.add('is-target');
  const fits = target.getBoundingClientRect().height < window.innerHeight;
  target.scrollIntoView({ block: fits && target.matches('article') ? 'center' : 'start' });
  if (target.tabIndex === -1) target.focus({ preventScroll: true });
}

/** A shared view opens at what it was shared for: the first theme it shows, or the status if none. */
function showResults() {
  const first = byId('theme-list').querySelector('section.theme:not([hidden])');
  (first ?? byId('filter-status')).scrollIntoView({ block: 'start' });
}

function followHash() {
  const filters = filtersFromHash(location.hash);
  if (filters) {
    putInForm(filters);
    applyFilters();
    showResults();
  } else if (location.hash.length > 1) {
    showTarget(decodeURIComponent(location.hash.slice(1)));
  }
}

/** @param {string} message */
function announce(message) {
  const toast = byId('copy-status');
  toast.textContent = message;
  toast.classList.add('visible');
  window.clearTimeout(Number(toast.dataset.timer));
  toast.dataset.timer = String(window.setTimeout(() => toast.classList.remove('visible'), 4000));
}

/** @param {string} id */
function titleOf(id) {
  if (id === data.report.id) return data.report.title;
  return data.sources.find((source) => source.id === id)?.title ?? id;
}

/** @param {HTMLButtonElement} button */
async function cite(button) {
  const sourceId = button.dataset.source ?? '';
  const citation = data.citations[sourceId];
  const format = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="cite-format"]:checked'));
  const asCsl = format?.value === 'csl-json';
  const text = asCsl ? citation?.cslJson : citation?.bibtex;
  const formatName = asCsl ? 'CSL-JSON' : 'BibTeX';
  const title = quotedTitle(titleOf(sourceId));
  if (!text) {
    announce(`No ${formatName} citation is available for ${title}.`);
    return;
  }
  if (await copyToClipboard(text)) {
    announce(`Copied the ${formatName} citation of ${title} to the clipboard.`);
    const label = button.textContent;
    button.textContent = 'Copied ✓';
    window.setTimeout(() => {
      button.textContent = label;
    }, 2500);
  } else {
    announce(`Your browser did not allow copying. The ${formatName} citation is in the file of all citations below.`);
  }
}

enhance();
applyFilters();
followHash();
openWhilePrinting();

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', () => {
  applyFilters();
  writeHash();
});
form.addEventListener('reset', (event) => {
  event.preventDefault();
  putInForm(noFilters());
  applyFilters();
  writeHash();
  fields.theme.focus();
});
window.addEventListener('hashchange', followHash);
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.cite') : null;
  if (button instanceof HTMLButtonElement) void cite(button);
});
