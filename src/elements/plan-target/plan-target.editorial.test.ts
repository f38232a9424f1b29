import { expect, fixture, html } from '@open-wc/testing';
import { allFigures, getFigure } from '../../data/figure-index.js';
import { formatValue } from '../../data/figure-format.js';
import '../../define/plan-target.js';
import { loadSeed, warningsOfEachTest, warningsSettled } from '../../../test/helpers/index.js';
import type { PlanTarget } from './plan-target.js';
import { styles } from './plan-target.styles.js';

/*
 * <plan-target> read the way readers meet it (issue #12 point 6): inline figures that read as part of a sentence,
 * a card that says each thing once, a neutral notice for bad input, internal styling by classes.
 * Plan text in the expectations is a literal checked against the seed (inSeed) and against the dataset; the rest
 * (原文第7条, 目标, 起点 …) are the element's own words.
 */
let seed = '';
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
});
const inSeed = (s: string) => {
  expect(seed.includes(s), `seed contains ${s}`).to.equal(true);
};

const warnings = warningsOfEachTest();

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const count = (text: string, term: string) => text.split(term).length - 1;
/** Whitespace removed, and U+2060 WORD JOINER (the marker's no-break glue: neither seen nor heard). */
const bare = (s: string) => s.replace(/[\s\u2060]+/g, '');

/**
 * The text of a node through the composed tree (shadow roots, slots with their assigned nodes or fallback), as
 * laid out for the eye (`seen`: no visually hidden text) or as a screen reader reads it (`heard`: visually hidden
 * text included, aria-hidden left out). Whitespace removed (Chinese text; template indentation). Generated
 * content (::before) is not text: the elements put their punctuation in the DOM, and tests check that.
 */
function flat(node: Node, mode: 'seen' | 'heard'): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
  const cs = getComputedStyle(node);
  if (cs.display === 'none') return '';
  if (mode === 'seen' && (node.classList.contains('visually-hidden') || cs.visibility === 'hidden')) return '';
  if (mode === 'heard' && node.getAttribute('aria-hidden') === 'true') return '';
  let kids: Node[];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    kids = assigned.length ? assigned : [...node.childNodes];
  } else kids = [...(node.shadowRoot ?? node).childNodes];
  return kids.map((k) => flat(k, mode)).join('');
}
const seen = (n: Node) => bare(flat(n, 'seen'));
const heard = (n: Node) => bare(flat(n, 'heard'));

/** Why `s` has stray or nested punctuation, or '' when it has none. */
function punctuationProblem(s: string): string {
  const m = /（）|“”|‘’|（[，、：；。]|[，、：；]）|[，、：；。]{2}|^[，、：；。）]|[，、：；（]$/.exec(s);
  if (m) return `stray "${m[0]}" in ${s}`;
  const open: string[] = [];
  for (const ch of s) {
    if (ch === '（' || ch === '“' || ch === '‘') {
      if (open.includes(ch)) return `nested ${ch} in ${s}`;
      open.push(ch);
    } else if (ch === '）' || ch === '”' || ch === '’') {
      if (open.pop() !== { '）': '（', '”': '“', '’': '‘' }[ch]) return `unbalanced ${ch} in ${s}`;
    }
  }
  return open.length ? `unclosed ${open.join('')} in ${s}` : '';
}

/** Elements inside a sentence: every box inline (visually hidden text is taken out of the flow, it has no box there). */
function expectAllInline(el: Element) {
  for (const node of root(el).querySelectorAll('*')) {
    if (node.closest('.visually-hidden')) continue;
    expect(getComputedStyle(node).display, node.localName).to.be.oneOf(['inline', 'none', 'contents']);
  }
}

async function sentence(markup: string): Promise<HTMLParagraphElement> {
  const p = await fixture<HTMLParagraphElement>(html`<p style="width: 16em"></p>`);
  p.innerHTML = markup; // a page's own HTML, as the README and the demo write it
  await Promise.all([...p.querySelectorAll('plan-target')].map((t) => t.updateComplete));
  return p;
}

describe('<plan-target variant="inline">: reads as part of the sentence', () => {
  it('the value as written, then a small source marker; a screen reader hears kind, year and source in brackets', async () => {
    inSeed('经济总量超过4万亿元');
    const f = getFigure('gdp-2025')!;
    expect([f.label, formatValue(f), f.year, f.article]).to.deep.equal(['经济总量', '超过4万亿元', 2025, 7]);
    const p = await sentence('深圳提出，到2025年经济总量<plan-target figure="gdp-2025" variant="inline"></plan-target>。');
    const el = p.querySelector('plan-target')!;
    // as the eye reads it: the host's words, the plan's value, a marker; the label is the host's, not repeated
    expect(seen(p)).to.equal('深圳提出，到2025年经济总量超过4万亿元原文第7条。');
    expect(count(seen(p), f.label)).to.equal(1);
    // as a screen reader reads it: the marker says what the figure is, in brackets, like an editor's note
    expect(heard(p)).to.equal('深圳提出，到2025年经济总量超过4万亿元（目标，2025年，原文第7条）。');
    const marker = part(el, 'marker')!;
    expect(getComputedStyle(marker).verticalAlign).to.equal('super');
    expect(getComputedStyle(marker).whiteSpace).to.equal('nowrap'); // 原文第7条 never splits across lines
    expect(parseFloat(getComputedStyle(marker).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(p).fontSize));
    expect(part(el, 'value')!.textContent).to.equal('超过4万亿元');
    expect(part(el, 'quote') === null).to.equal(true);
    expectAllInline(el);
    // wraps inside the sentence: the host spans several line boxes in a narrow paragraph
    expect(el.getClientRects().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    expect(warnings).to.deep.equal([]);
  });

  it('an estimate says 预计 before the value, as the plan does; an unstated year is said to the screen reader', async () => {
    inSeed('预计二〇二〇年地区生产总值超过2.8万亿元');
    const a = await sentence('2020年，深圳地区生产总值<plan-target figure="gdp-2020" variant="inline"></plan-target>。');
    expect(seen(a)).to.equal('2020年，深圳地区生产总值预计超过2.8万亿元原文第2条。');
    expect(heard(a)).to.equal('2020年，深圳地区生产总值预计超过2.8万亿元（已实现，2020年，原文第2条）。');
    inSeed('确保每年基础研究资金投入不低于市级科研资金的30%');
    const b = await sentence('基础研究资金投入<plan-target figure="basic-research-share" variant="inline"></plan-target>。');
    expect(seen(b)).to.equal('基础研究资金投入不低于30%原文第8条。');
    expect(heard(b)).to.equal('基础研究资金投入不低于30%（目标，原文未注明年份，原文第8条）。');
    await expect(b.querySelector('plan-target')!).to.be.accessible();
  });

  it('a value the plan puts in quotes (二十八连冠) is shown without them: the sentence is the host’s', async () => {
    inSeed('出口总额实现全国“二十八连冠”');
    const p = await sentence('出口总额实现全国<plan-target figure="export-streak" variant="inline"></plan-target>。');
    expect(seen(p)).to.equal('出口总额实现全国二十八连冠原文第2条。');
  });

  it('inline-form="quote": the exact phrase in quotation marks, inner quotes one level down (‘ ’), never nested “ “ ” ”', async () => {
    inSeed('出口总额实现全国“二十八连冠”');
    expect(getFigure('export-streak')!.phrase).to.equal('出口总额实现全国“二十八连冠”');
    const p = await sentence('规划建议回顾，<plan-target figure="export-streak" variant="inline" inline-form="quote"></plan-target>。');
    const el = p.querySelector('plan-target')!;
    expect(seen(p)).to.equal('规划建议回顾，“出口总额实现全国‘二十八连冠’”原文第2条。');
    expect(punctuationProblem(seen(p))).to.equal('');
    const q = part(el, 'quote')!;
    expect(q.localName).to.equal('q');
    // the marks are text (copied, read and printed alike), so the browser adds none of its own
    expect(getComputedStyle(q).quotes).to.equal('none');
    // the value is highlighted with the quotation marks that enclose it in the phrase (hidden together)
    expect(part(el, 'value')!.textContent).to.equal('‘二十八连冠’');
    expectAllInline(el);
    await expect(el).to.be.accessible();

    inSeed('经济总量超过4万亿元');
    const g = await sentence('规划建议提出<plan-target figure="gdp-2025" variant="inline" inline-form="quote"></plan-target>。');
    expect(seen(g)).to.equal('规划建议提出“经济总量超过4万亿元”原文第7条。');
    expect(heard(g)).to.equal('规划建议提出“经济总量超过4万亿元”（目标，2025年，原文第7条）。');
  });

  it('compact quotes the phrase the same way: no nested quotation marks', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="export-streak" variant="compact"></plan-target>`);
    expect(part(el, 'quote')!.textContent).to.equal('“出口总额实现全国‘二十八连冠’”');
    expect(getComputedStyle(part(el, 'quote')!).quotes).to.equal('none');
  });

  it('an unknown inline-form warns once with the valid values and reads as the default', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" variant="inline" inline-form="label"></plan-target>`);
    expect(seen(el)).to.equal('超过4万亿元原文第7条');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('inline-form="label"').and.include('value, quote');
  });

  it('page values follow the marker in their own brackets, labelled as not the plan’s', async () => {
    const p = await sentence(
      '截至2023年，深圳经济总量<plan-target figure="gdp-2025" variant="inline" actual="3.46" actual-year="2023"></plan-target>。',
    );
    expect(seen(p)).to.equal(
      '截至2023年，深圳经济总量超过4万亿元原文第7条（页面提供的数据，非规划原文：2023年：3.46万亿元，相当于目标数值的87%）。',
    );
    expect(punctuationProblem(seen(p))).to.equal('');
    expect(root(p.querySelector('plan-target')!).querySelector('.bar') === null).to.equal(true);
  });

  it('hiding any parts through ::part leaves no stray or nested punctuation', async () => {
    const style = document.createElement('style');
    document.head.append(style);
    try {
      for (const form of ['value', 'quote']) {
        for (const [id, extra] of [
          ['rd-intensity-2025', {}],
          ['gdp-2025', { actual: '3.46', 'actual-year': '2023' }],
          ['gdp-2020', {}],
          ['export-streak', {}],
          ['basic-research-share', {}],
        ] as const) {
          const el = document.createElement('plan-target');
          for (const [k, v] of Object.entries({ figure: id, variant: 'inline', 'inline-form': form, ...extra })) el.setAttribute(k, v);
          document.body.append(el);
          await el.updateComplete;
          const parts = [...new Set([...root(el).querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' ')))];
          expect(parts.length, `${form} ${id}`).to.be.greaterThan(2);
          for (let mask = 0; mask < 1 << parts.length; mask++) {
            const hidden = parts.filter((_, i) => mask & (1 << i));
            style.textContent = hidden.map((name) => `plan-target::part(${name}) { display: none }`).join('\n');
            expect(punctuationProblem(seen(el)), `${form} ${id} without ${hidden.join(', ') || 'nothing'}`).to.equal('');
          }
          el.remove();
        }
      }
    } finally {
      style.remove();
    }
  });
});

describe('<plan-target variant="inline">: the source marker never wraps onto a line of its own (issue #18)', () => {
  /** The last line box of what the marker follows (value or quote) and the first of the marker's visible text. */
  function lines(el: Element) {
    const before = [...(part(el, 'quote') ?? part(el, 'value'))!.getClientRects()];
    const source = [...part(el, 'source')!.getClientRects()];
    return { char: before[before.length - 1], marker: source[0] };
  }

  for (const form of ['value', 'quote'] as const) {
    it(`${form}: at every width from 8em to 24em, the marker stays on the line of the last character before it`, async () => {
      const p = await fixture<HTMLParagraphElement>(
        html`<p style="width: 16em; font-size: 16px; line-height: 1.6">深圳提出，到2025年经济总量<plan-target figure="gdp-2025" variant="inline" inline-form=${form}></plan-target>，规划建议写道：<plan-target figure="export-streak" variant="inline" inline-form=${form}></plan-target>。</p>`,
      );
      const targets = [...p.querySelectorAll<PlanTarget>('plan-target')];
      await Promise.all(targets.map((t) => t.updateComplete));
      let wrapped = 0;
      for (let w = 128; w <= 384; w += 2) {
        p.style.width = `${w}px`;
        for (const t of targets) {
          const { char, marker } = lines(t);
          // the marker is raised (vertical-align: super) and smaller: on the same line its bottom is well within
          // one line (25.6 px) of the text's
          const sameLine = Math.abs(marker.bottom - char.bottom) < 12;
          if (!sameLine) wrapped++;
          expect(
            sameLine,
            `${form} at ${w}px: ${t.getAttribute('figure')} marker ${marker.top}–${marker.bottom}, char ${char.top}–${char.bottom}`,
          ).to.equal(true);
        }
      }
      expect(wrapped).to.equal(0);
    });
  }
});

describe('<plan-target> card: each thing said once', () => {
  it('the value appears twice (the value, the quote), not in the pair again; the pair names its other end', async () => {
    inSeed('预计二〇二〇年地区生产总值超过2.8万亿元');
    inSeed('经济总量超过4万亿元');
    inSeed('全社会研发投入占地区生产总值比重达4.93%');
    inSeed('全社会研发投入占地区生产总值比重达5%左右');
    const cases = [
      ['gdp-2025', '起点：2020年超过2.8万亿元预计'],
      ['gdp-2020', '目标：2025年超过4万亿元'],
      ['rd-intensity-2025', '起点：2020年达4.93%'],
    ] as const;
    for (const [id, pair] of cases) {
      const el = await fixture<PlanTarget>(html`<plan-target figure=${id}></plan-target>`);
      const value = formatValue(getFigure(id)!);
      expect(count(heard(part(el, 'base')!), value), `${id}: ${value}`).to.equal(2);
      expect(bare(part(el, 'pair')!.textContent), id).to.equal(pair);
      await expect(el).to.be.accessible();
    }
  });

  it('an exact pair of two outcomes (高校数量从9所增至15所): 起点 and 终点', async () => {
    inSeed('高校数量从9所增至15所');
    const to = await fixture<PlanTarget>(html`<plan-target figure="universities"></plan-target>`);
    expect(bare(part(to, 'pair')!.textContent)).to.equal('起点：9所');
    expect(bare(part(to, 'change')!.textContent)).to.equal('变化：+6所（+67%）');
    const from = await fixture<PlanTarget>(html`<plan-target figure="universities-before"></plan-target>`);
    expect(bare(part(from, 'pair')!.textContent)).to.equal('终点：15所');
  });

  it('the note says 近似值 once, naming both reasons (超过, 预计)', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025"></plan-target>`);
    const note = part(el, 'note')!.textContent;
    expect(count(note, '近似值')).to.equal(1);
    expect(note).to.equal('原文用“超过”表述，数值并非精确值；其中有原文所称的预计值（“预计”），变化量只是近似值。');
    const rd = await fixture<PlanTarget>(html`<plan-target figure="rd-intensity-2025"></plan-target>`);
    expect(part(rd, 'note')!.textContent).to.equal('原文用“左右”表述，数值并非精确值，变化量只是近似值。');
  });

  it('one page value is a sentence, not a numbered list of one; several are a list', async () => {
    const one = await fixture<PlanTarget>(html`<plan-target figure="gdp-2025" actual="3.46" actual-year="2023"></plan-target>`);
    const box = part(one, 'progress')!;
    expect(box.querySelector('ol, ul, li') === null).to.equal(true);
    expect(heard(box)).to.include('2023年：3.46万亿元，相当于目标数值的87%');
    expect(seen(box)).not.to.match(/1\.2023/);
    await expect(one).to.be.accessible();
    const many = await fixture<PlanTarget>(html`<plan-target
      figure="gdp-2025"
      .actuals=${[
        { year: 2021, value: 3.07 },
        { year: 2023, value: 3.46 },
      ]}
    ></plan-target>`);
    expect(part(many, 'progress')!.querySelectorAll('ol > li')).to.have.length(2);
  });

  it('5%左右 has no space between number, % and 左右, in text or on screen, in every variant', async () => {
    inSeed('比重达5%左右');
    for (const variant of ['card', 'compact', 'inline']) {
      const el = await fixture<PlanTarget>(html`<plan-target figure="rd-intensity-2025" variant=${variant}></plan-target>`);
      const value = part(el, 'value')!;
      expect(value.textContent, variant).to.equal('5%左右');
      expect(value.innerText, variant).to.equal('5%左右');
      // no gap between the glyphs either (letter-spacing, margins, padding between the pieces)
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.textContent!.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          boxes.push(r.getBoundingClientRect());
        }
      }
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left - boxes[i - 1].right, `${variant} glyph ${i}`).to.be.lessThan(0.5);
    }
  });
});

describe('<plan-target> bad figure: a neutral notice for readers, the details in the console', () => {
  const NOTICE = '此处内容无法显示';

  it('unknown id: no ids in the page, one console warning with the nearest and the valid ids', async () => {
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2030"></plan-target>`);
    await fixture(html`<plan-target figure="gdp-2030"></plan-target>`);
    el.requestUpdate();
    await el.updateComplete;
    const shown = root(el).textContent;
    for (const f of allFigures) expect(shown.includes(f.id), f.id).to.equal(false);
    expect(shown).not.to.include('figure');
    expect(seen(el)).to.equal(NOTICE);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('note');
    expect(root(el).querySelector('details') === null).to.equal(true);
    await warningsSettled();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('figure="gdp-2030"').and.include('nearest: gdp-2020, gdp-2035, gdp-2025');
    for (const f of allFigures) expect(warnings[0].includes(f.id), f.id).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the host’s fallback content is shown instead of the notice; whitespace alone is no fallback', async () => {
    inSeed('经济总量超过4万亿元');
    const el = await fixture<PlanTarget>(html`<plan-target figure="gdp-2030"><span>经济总量超过4万亿元</span></plan-target>`);
    expect(seen(el)).to.equal('经济总量超过4万亿元');
    expect(part(el, 'error') === null).to.equal(true);
    const blank = await fixture<PlanTarget>(html`<plan-target figure="gdp-2030">   </plan-target>`);
    expect(seen(blank)).to.equal(NOTICE);
    // content the page adds later replaces the notice
    const span = document.createElement('span');
    span.textContent = '经济总量超过4万亿元';
    blank.append(span);
    await new Promise((r) => setTimeout(r));
    await blank.updateComplete;
    expect(seen(blank)).to.equal('经济总量超过4万亿元');
    // a valid figure still hides the fallback
    el.figure = 'gdp-2025';
    await el.updateComplete;
    expect(seen(el)).to.include('超过4万亿元');
    expect(root(el).querySelector('slot') === null).to.equal(true);
  });

  it('inline: the notice stays inside the sentence', async () => {
    const p = await sentence('见<plan-target figure="rd-2025" variant="inline"></plan-target>。');
    const el = p.querySelector('plan-target')!;
    expect(seen(p)).to.equal(`见${NOTICE}。`);
    expectAllInline(el);
    await warningsSettled();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('nearest: rd-intensity-2025, gdp-2025, gdp-2020');
    await expect(el).to.be.accessible();
  });
});

describe('<plan-target> styles: classes inside, parts for the page', () => {
  it('no selector of plan-target.styles.ts addresses a part', () => {
    const selectors: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const r of rules) {
        if (r instanceof CSSStyleRule) selectors.push(...r.selectorText.split(','));
        if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
      }
    };
    for (const s of styles) walk(s.styleSheet!.cssRules);
    expect(selectors.length).to.be.greaterThan(10);
    expect(selectors.map((s) => s.trim()).filter((s) => s.includes('[part'))).to.deep.equal([]);
  });

  it('every documented part is still rendered somewhere', async () => {
    const seenParts = new Set<string>();
    for (const markup of [
      html`<plan-target figure="gdp-2025" actual="3.46"></plan-target>`,
      html`<plan-target figure="gdp-2020"></plan-target>`,
      html`<plan-target figure="gdp-2035" variant="compact"></plan-target>`,
      html`<plan-target figure="gdp-2025" variant="inline"></plan-target>`,
      html`<plan-target figure="nope"></plan-target>`,
    ]) {
      const el = await fixture<PlanTarget>(markup);
      for (const n of root(el).querySelectorAll('[part]')) for (const p of n.getAttribute('part')!.split(' ')) seenParts.add(p);
    }
    for (const p of [
      'base',
      'kind',
      'year',
      'estimate',
      'label',
      'value',
      'qualifier',
      'relative-to',
      'pair',
      'change',
      'note',
      'progress',
      'quote',
      'source',
      'marker',
      'error',
    ])
      expect(seenParts.has(p), p).to.equal(true);
  });
});

describe('README and demo page: their inline examples read as Chinese prose', () => {
  /** The paragraphs of a file that hold an inline <plan-target>. */
  const examples = async (path: string) => {
    const file = await (await fetch(path)).text();
    return [...file.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]).filter((p) => p.includes('variant="inline"'));
  };

  for (const path of ['/README.md', '/index.html']) {
    it(`${path}: the label is not repeated, values appear once, no stray or nested punctuation`, async () => {
      const paragraphs = await examples(path);
      expect(paragraphs.length).to.be.greaterThan(0);
      for (const markup of paragraphs) {
        const p = await sentence(markup);
        const text = seen(p);
        expect(punctuationProblem(text), text).to.equal('');
        // no space inside the Chinese sentence (a space beside the tag shows as a gap: 经济总量 超过4万亿元)
        const spaced = flat(p, 'seen').trim().replace(/\s+/g, ' ');
        const cjk = '[\u3000-\u9fff\uff00-\uffef“”‘’]';
        expect(new RegExp(`${cjk} ${cjk}`).test(spaced), spaced).to.equal(false);
        for (const el of p.querySelectorAll('plan-target')) {
          const f = getFigure(el.getAttribute('figure')!)!;
          expect(count(text, f.label), `${f.label} in ${text}`).to.be.at.most(1);
          expect(count(text, formatValue(f)), `${formatValue(f)} in ${text}`).to.equal(1);
        }
        expect(text).not.to.include('（目标');
      }
    });

    it(`${path}: without JavaScript the sentence is whole: each inline tag holds the words it stands for`, async () => {
      for (const markup of await examples(path)) {
        // the same paragraph where the element is not defined (no script ran): only the content inside the tags shows
        const p = await fixture<HTMLParagraphElement>(html`<p></p>`);
        p.innerHTML = markup.replace(/<(\/?)plan-target\b/g, '<$1x-undefined-target');
        const text = bare(p.textContent ?? '');
        expect(punctuationProblem(text), text).to.equal('');
        for (const el of p.querySelectorAll('x-undefined-target')) {
          const f = getFigure(el.getAttribute('figure')!)!;
          // what it holds is the dataset's: the value as written, or the plan's phrase in quotation marks
          const expected =
            el.getAttribute('inline-form') === 'quote' ? `“${f.phrase.replace(/“/g, '‘').replace(/”/g, '’')}”` : formatValue(f);
          expect(bare(el.textContent ?? ''), `${f.id} in ${path}`).to.equal(expected);
          inSeed(f.phrase);
        }
      }
    });
  }
});
