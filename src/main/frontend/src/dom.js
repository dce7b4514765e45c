/*
 * Building the page's elements. Text always goes in as text, never parsed as HTML, and nothing is
 * wired through an attribute handler: the Content-Security-Policy forbids inline script.
 */

export const $ = (selector, root = document) => root.querySelector(selector);

export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** Names that are attributes, not properties: ARIA, roles, data and SVG-ish ones. */
const ATTRIBUTE = /^(aria-|data-|role$|for$|scope$|colspan$|download$|href$|tabindex$)/;

export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'class') element.className = value;
    else if (ATTRIBUTE.test(name)) element.setAttribute(name, value === true ? 'true' : String(value));
    else element[name] = value;
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

export function button(label, onClick, attributes) {
  const b = el('button', { type: 'button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function withYear(title, year) {
  return year ? `${title} (${year})` : title;
}

export function count(n, one, many = `${one}s`) {
  return `${number(n)} ${n === 1 ? one : many}`;
}

export function number(n) {
  return n.toLocaleString('en-US');
}

/**
 * The API's English text marks titles as *Title*: they become <i> elements, everything else stays
 * plain text.
 */
export function emphasised(text) {
  return text.split(/(\*[^*]+\*)/).filter(Boolean)
    .map((part) => (part.length > 2 && part.startsWith('*') && part.endsWith('*') ? el('i', {}, part.slice(1, -1)) : part));
}

/** Offers a Blob as a file download; the object URL is released once the click has been handled. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, class: 'offscreen' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
