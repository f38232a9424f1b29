import { expect } from '@open-wc/testing';
import { loadChapter } from '../../data/text.js';
import { ARTICLE_COUNT } from '../../data/chapters.js';
import { getArticleSummary } from '../../data/outline.js';
import { loadSeed } from '../../../test/helpers/index.js';
import {
  buildSearchIndex,
  fold,
  getSearchIndex,
  indexBuildCount,
  markRuns,
  parseQuery,
  search,
  snippet,
  type SearchIndex,
} from './search-index.js';

/*
 * The pure search functions over the real text. Expected articles are read off the seed
 * (seeds/000_5c869d822c55e6be.txt): each query and lead used here is checked to stand in the seed.
 */
let seed = '';
let zh: SearchIndex;
before(async () => {
  seed = (await loadSeed()).replace(/\s+/g, '');
  zh = await getSearchIndex('zh-Hans', loadChapter);
});
const inSeed = (s: string): void => {
  expect(seed.includes(s), `seed contains ${s}`).to.equal(true);
};
const numbers = (q: string, index = zh) => search(index, q).map((h) => h.number);

describe('search-index: parseQuery', () => {
  it('segments Chinese into words and keeps the whole query as a phrase', () => {
    const q = parseQuery('数字经济');
    expect(q.phrase).to.equal('数字经济');
    expect(q.terms.join('|')).to.equal('数字|经济');
    expect(q.marks.join('|')).to.equal('数字经济|数字|经济');
  });

  it('falls back to one term per Han character (Latin words kept) without Intl.Segmenter', () => {
    const q = parseQuery('数字经济 5G', 'zh-Hans', false);
    expect(q.terms.join('|')).to.equal('数|字|经|济|5g');
    expect(numbers('数字经济')[0]).to.equal(35);
    expect(search(zh, q).some((h) => h.number === 35)).to.equal(true);
  });

  it('folds case, collapses spaces, drops punctuation, caps the length', () => {
    const q = parseQuery('  Digital   Economy, ', 'en');
    expect(q.phrase).to.equal('digital economy,');
    expect(q.terms.join('|')).to.equal('digital|economy');
    expect(parseQuery('数'.repeat(500)).phrase.length).to.equal(100);
    expect(parseQuery('   ').terms.length).to.equal(0);
    expect(fold('İstanbul').length).to.equal('İstanbul'.length);
  });
});

describe('search-index: search', () => {
  it('indexes the 73 articles once per locale', async () => {
    expect(zh.entries.filter((e) => e.kind === 'article').length).to.equal(ARTICLE_COUNT);
    expect(zh.chars).to.be.greaterThan(20000);
    const before = indexBuildCount();
    const again = await getSearchIndex('zh-Hans', loadChapter);
    expect(again === zh).to.equal(true);
    expect(indexBuildCount()).to.equal(before);
  });

  it('数字经济, 数字 and 经济 all find article 35; 数字经济 ranks it first', () => {
    inSeed('加快释放数字经济潜力');
    expect(getArticleSummary(35)!.lead).to.equal('加快释放数字经济潜力');
    expect(numbers('数字经济')[0]).to.equal(35);
    expect(numbers('数字')).to.include(35);
    expect(numbers('经济')).to.include(35);
  });

  it('ranks lead matches before frequent body matches: 数字 puts 37 (2 times, in its lead) before 38 (7 times)', () => {
    inSeed('加强数字政府建设');
    const hits = search(zh, '数字');
    const h37 = hits.find((h) => h.number === 37)!;
    const h38 = hits.find((h) => h.number === 38)!;
    expect(h37.leadTier).to.equal(3);
    expect(h38.leadTier).to.equal(0);
    expect(h37.phraseCount < h38.phraseCount, 'article 38 has 数字 more often').to.equal(true);
    expect(hits.indexOf(h37) < hits.indexOf(h38)).to.equal(true);
    // the three leads with 数字 first, most frequent first
    expect(
      hits
        .slice(0, 3)
        .map((h) => h.number)
        .join(','),
    ).to.equal('35,36,37');
  });

  it('finds only articles with the phrase or every word; nothing for markup', () => {
    expect(numbers('数字政府')[0]).to.equal(37);
    expect(numbers('<img src=x onerror=alert(1)>').length).to.equal(0);
    expect(numbers('').length).to.equal(0);
  });

  it('builds from given chapters (pure) and counts builds', async () => {
    const before = indexBuildCount();
    const idx = buildSearchIndex('zh-Hans', [await loadChapter(8)]);
    expect(indexBuildCount()).to.equal(before + 1);
    expect(idx.entries.map((e) => e.id).join(',')).to.equal('chapter-8,article-35,article-36,article-37,article-38,article-39');
  });

  it('searches the locale’s own text: 數字經濟 (zh-Hant-HK) and “digital economy” (en) find 35 first', async () => {
    const hk = await getSearchIndex('zh-Hant-HK', loadChapter);
    expect(numbers('數字經濟', hk)[0]).to.equal(35);
    const en = await getSearchIndex('en', loadChapter);
    expect(numbers('digital economy', en)[0]).to.equal(35);
    expect(numbers('DIGITAL Economy', en)[0]).to.equal(35);
    expect(numbers('digit', en)).to.include(35);
  });
});

describe('search-index: loading', () => {
  it('a chapter that fails to load rejects, and the next call tries again', async () => {
    let calls = 0;
    const failing = (n: number) => {
      calls++;
      return n === 3 ? Promise.reject(new Error('offline')) : loadChapter(n);
    };
    let failed = false;
    await getSearchIndex('test-failing', failing).catch(() => (failed = true));
    expect(failed).to.equal(true);
    const retried = await getSearchIndex('test-failing', (n: number) => {
      calls++;
      return loadChapter(n);
    });
    expect(retried.entries.filter((e) => e.kind === 'article').length).to.equal(ARTICLE_COUNT);
    expect(calls).to.equal(30);
  });
});

describe('search-index: snippet and marks', () => {
  it('cuts the text around the first match of the phrase, after the lead', () => {
    const hit = search(zh, '数字经济')[0];
    const s = snippet(hit);
    expect(s.startsWith('…')).to.equal(true);
    expect(s.includes('数字经济')).to.equal(true);
    expect(s.includes(hit.lead)).to.equal(false);
    inSeed(s.replace(/…/g, '').slice(0, 30));
  });

  it('marks every term, longest first; the runs join back to the text', () => {
    const text = '加快推动数字产业化、产业数字化，壮大数字经济生产力';
    inSeed(text);
    const runs = markRuns(text, parseQuery('数字经济').marks);
    expect(runs.map((r) => r.text).join('')).to.equal(text);
    expect(
      runs
        .filter((r) => r.mark)
        .map((r) => r.text)
        .join('|'),
    ).to.equal('数字|数字|数字经济');
    expect(
      markRuns('Digital economy', ['digital'])
        .filter((r) => r.mark)
        .map((r) => r.text)
        .join(),
    ).to.equal('Digital');
  });
});
