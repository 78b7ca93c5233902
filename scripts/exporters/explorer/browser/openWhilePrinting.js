// @ts-check

/**
 * Opens every closed endnote and list while the page prints, and closes them again after, so that paper holds
 * their text. The stylesheet shows it too, in browsers that let it style a closed <details>; this serves the rest.
 */
export function openWhilePrinting() {
  /** @type {HTMLDetailsElement[]} */
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details:not([open])')].map((element) => {
      const details = /** @type {HTMLDetailsElement} */ (element);
      details.open = true;
      return details;
    });
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
