// Every fact on a page has its evidence in a <details> (its source sentences, each linking to the
// document). A link to the fact (#tr_…, from a chart point, a search hit or another page) opens it.

/** Opens the details of the element `id` names (or that holds it), scrolls to it and marks it. */
export function revealFact(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const details = target instanceof HTMLDetailsElement ? target : (target.querySelector('details.evidence') ?? target.closest('details'));
  if (details instanceof HTMLDetailsElement) details.open = true;
  for (const old of document.querySelectorAll('.revealed')) old.classList.remove('revealed');
  target.classList.add('revealed');
  target.scrollIntoView({ block: 'center' });
  return true;
}

export function openEvidenceOnNavigation(): void {
  const fromHash = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) revealFact(id);
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
}
