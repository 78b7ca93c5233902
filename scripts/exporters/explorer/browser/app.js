// @ts-check
import { quotedTitle } from '../../../lib/quotedTitle.js';
import { copyToClipboard } from './clipboard.js';
import { appendChildren, byId, h } from './dom.js';
import { filtersFromHash, hashOf, matcher, noFilters, searchableText } from './filters.js';
import { Records } from './records.js';
import { byline, downloadGroup, footer, takeawayItem, themeSection, voiceLabels } from './sections.js';

/**
 * @typedef {import('./records.js').ExplorerData} ExplorerData
 * @typedef {import('./filters.js').Filters} Filters
 */

const records = new Records(/** @type {ExplorerData} */ (JSON.parse(byId('explorer-data').textContent ?? '')));
const { data } = records;
const contrastQuotes = data.quotes.filter((quote) => quote.context === 'contrast');
const searchText = new Map(contrastQuotes.map((quote) => [quote.id, searchableText(quote, records)]));

const form = /** @type {HTMLFormElement} */ (byId('filters'));
const fields = {
  theme: /** @type {HTMLSelectElement} */ (byId('filter-theme')),
  voice: /** @type {HTMLSelectElement} */ (byId('filter-voice')),
  speaker: /** @type {HTMLSelectElement} */ (byId('filter-speaker')),
  q: /** @type {HTMLInputElement} */ (byId('filter-search')),
};

function render() {
  appendChildren(byId('byline'), ...byline(records));
  appendChildren(byId('takeaway-list'), ...data.takeaways.map((takeaway) => takeawayItem(takeaway, records)));
  appendChildren(byId('theme-list'), ...data.themes.map((theme) => themeSection(theme, records)));
  appendChildren(byId('download-list'), ...data.downloads.map((group) => downloadGroup(group, data)));
  appendChildren(byId('footer'), ...footer(records));

  fields.theme.append(
    ...data.themes.map((theme) => h('option', { value: theme.id }, `${theme.number}. ${theme.heading}`)),
  );
  fields.voice.append(
    ...Object.entries(voiceLabels).map(([voice, label]) =>
      h('option', { value: voice }, `${label.name}, ${label.audience}`),
    ),
  );
  const speakers = data.people
    .map((person) => ({ person, count: contrastQuotes.filter((quote) => quote.speakers.includes(person.id)).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'en'));
  fields.speaker.append(
    ...speakers.map(({ person, count }) => h('option', { value: person.id }, `${person.name} (${count})`)),
  );
  if (!Object.values(data.citations).some((citation) => citation.bibtex || citation.cslJson)) {
    byId('cite-format').hidden = true;
  }
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

/** Shows the quotes the form's filters let through and says how many. */
function applyFilters() {
  const filters = filtersInForm();
  const matches = matcher(filters, (quote) => searchText.get(quote.id) ?? '');
  let shown = 0;
  for (const quote of contrastQuotes) {
    const visible = matches(quote);
    byId(quote.id).hidden = !visible;
    if (visible) shown += 1;
  }
  for (const section of byId('theme-list').querySelectorAll('section.theme')) {
    const columns = /** @type {HTMLElement[]} */ ([...section.querySelectorAll('section.voice')]);
    for (const column of columns) {
      column.hidden = filters.voice !== '' && column.dataset.voice !== filters.voice;
      const empty = column.querySelector('.empty');
      if (empty instanceof HTMLElement) empty.hidden = column.querySelector('article.quote:not([hidden])') !== null;
    }
    /** @type {HTMLElement} */ (section).hidden = section.querySelector('article.quote:not([hidden])') === null;
  }
  const total = contrastQuotes.length;
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

function followHash() {
  const filters = filtersFromHash(location.hash);
  if (filters) {
    putInForm(filters);
    applyFilters();
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

/** @param {HTMLButtonElement} button */
async function cite(button) {
  const sourceId = button.dataset.source ?? '';
  const citation = data.citations[sourceId];
  const format = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="cite-format"]:checked'));
  const asCsl = format?.value === 'csl-json';
  const text = asCsl ? citation?.cslJson : citation?.bibtex;
  const formatName = asCsl ? 'CSL-JSON' : 'BibTeX';
  const title = sourceId === data.report.id ? data.report.title : (records.sources.get(sourceId)?.title ?? sourceId);
  if (!text) {
    announce(`No ${formatName} citation is available for ${quotedTitle(title)}.`);
    return;
  }
  if (await copyToClipboard(text)) {
    announce(`Copied the ${formatName} citation of ${quotedTitle(title)} to the clipboard.`);
    const label = button.textContent;
    button.textContent = 'Copied ✓';
    window.setTimeout(() => {
      button.textContent = label;
    }, 2500);
  } else {
    announce(`Your browser did not allow copying. The ${formatName} citation is in the file of all citations below.`);
  }
}

render();
applyFilters();
followHash();

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
