/**
 * The plain-text fallback renderPage (src/ssr/index.ts) inserts after an element's declarative shadow root when the
 * author put no fallback content inside the tag. Feed sanitizers, RSS readers and mail clients drop `<template>`:
 * there this light DOM is what remains — an article's paragraphs, a figure's sentence, the timeline's stages. Where
 * the shadow root renders (declarative shadow DOM, or the client), the wrapper's `slot="plan-fallback"` names a slot
 * no element has, so it is never displayed and never shown twice beside a default `<slot>`.
 * The text is the shadow root's own (the dataset's text in the element's locale), never retyped.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { getFigure } from '../data/figure-index.js';
import { localePack, localFigure } from '../i18n/packs.js';
import { matchLocale } from '../i18n/locale.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The marker of an inserted fallback: `slot` keeps it out of every slot, `data-plan-fallback` names it. */
export const FALLBACK_ATTRIBUTES = 'slot="plan-fallback" data-plan-fallback';

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A control that acts rather than shows (copy link, cite, expand, download CSV): left out of text fallbacks and
 * images. Buttons that carry content (the timeline's stages, the outline's chapters, table headers) stay.
 */
export function isActionButton(el: Element): boolean {
  if (el.tagName !== 'button') return false;
  const part = attr(el, 'part') ?? '';
  return /(^|\s)button(\s|$)/.test(part) || attr(el, 'data-format') !== undefined;
}

/** Text of a node, whitespace collapsed, without styles, SVG, visually hidden text and action buttons. */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node) || ['style', 'script', 'svg', 'template'].includes(node.tagName)) return '';
  if (/\bvisually-hidden\b/.test(attr(node, 'class') ?? '')) return '';
  if (isActionButton(node)) return '';
  return node.childNodes.map(textOf).join(node.tagName === 'button' ? ' ' : '');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The blocks of text (paragraphs, list items, headings) of a tree, in order. */
function blocks(node: Node, out: string[]): string[] {
  if (!isElement(node) && node.nodeName !== '#document-fragment') return out;
  const el = node as Element;
  if (isElement(node) && (['style', 'script', 'svg'].includes(el.tagName) || isActionButton(el))) return out;
  if (isElement(node) && /^(p|li|h[1-6]|blockquote|dt|dd|caption)$/.test(el.tagName)) {
    const text = collapse(textOf(el));
    if (text) out.push(text);
    return out;
  }
  const children = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
  for (const c of children) blocks(c, out);
  return out;
}

/**
 * The light-DOM fallback for one element (its shadow root `shadow`, as renderElement returns it), or undefined
 * when there is nothing worth inserting (e.g. a search box).
 */
export function textFallback(tag: string, attributes: Readonly<Record<string, string>>, shadow: string): string | undefined {
  const tree = parseFragment(shadow);
  const lang = attributes.lang ? (matchLocale(attributes.lang) ?? 'zh-Hans') : 'zh-Hans';
  const wrap = (inner: string, element = 'div') => `<${element} ${FALLBACK_ATTRIBUTES}>${inner}</${element}>`;
  if (tag === 'plan-target') {
    const f = getFigure(attributes.figure ?? '');
    if (!f) return undefined;
    // inline: the words the sentence around the tag expects (the value as shown); else the plan's sentence
    const inline = attributes.variant === 'inline';
    const root = tree.childNodes.find(isElement) as DefaultTreeAdapterMap['template'] | undefined;
    const shown = root ? collapse(root.content.childNodes.map(textOf).join('')) : '';
    const text = inline ? shown : localFigure(f, localePack(lang)).phrase;
    return text ? wrap(escapeText(text), 'span') : undefined;
  }
  if (tag === 'plan-timeline') {
    const stages: string[] = [];
    const walk = (n: Node) => {
      if (isElement(n) && n.tagName === 'button' && attr(n, 'role') === 'radio') stages.push(collapse(textOf(n)));
      else if (isElement(n))
        (n.tagName === 'template' ? (n as DefaultTreeAdapterMap['template']).content.childNodes : n.childNodes).forEach(walk);
    };
    tree.childNodes.forEach(walk);
    return stages.length ? wrap(`<ul>${stages.map((s) => `<li>${escapeText(s)}</li>`).join('')}</ul>`) : undefined;
  }
  if (tag === 'plan-search' || tag === 'plan-document') return undefined;
  const paragraphs = blocks(tree, []);
  return paragraphs.length ? wrap(paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('')) : undefined;
}
