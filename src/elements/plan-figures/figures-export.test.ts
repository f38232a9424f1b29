import { expect } from '@open-wc/testing';
import { allFigures, getFigure } from '../../data/figure-index.js';
import type { Figure } from '../../data/types.js';
import { figuresStrings } from '../../i18n/sections/figures.js';
import { en as enStrings } from '../../i18n/en/figures.js';
import { figures as enFigures } from '../../generated/en/figures.js';
import { figures as hkFigures } from '../../generated/zh-Hant-HK/figures.js';
import { figures as twFigures } from '../../generated/zh-Hant-TW/figures.js';
import { ui as hkUi } from '../../generated/zh-Hant-HK/ui.js';
import { ui as twUi } from '../../generated/zh-Hant-TW/ui.js';
import { loadSeed } from '../../../test/helpers/index.js';
import { BOM, csvField, csvNumber, fileName, toCsv, toJson } from './figures-export.js';
import { filterSlug, parseFilter, phraseEnd, rowLabel, sortRows, type LabelStrings } from './figures-model.js';

describe('figures-export (pure)', () => {
  it('quotes fields with commas, quotation marks and line breaks (RFC 4180), others as they are', () => {
    expect(csvField('超过4万亿元')).to.equal('超过4万亿元');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvField('cr\rx')).to.equal('"cr\rx"');
    expect(csvField('“中文引号”，全角逗号')).to.equal('“中文引号”，全角逗号');
    expect(csvField('')).to.equal('');
  });

  it('a CSV starts with the BOM, has the header first and CRLF after every record', () => {
    const csv = toCsv(
      ['指标', 'value'],
      [
        ['经济总量', '超过4万亿元'],
        ['a,b', 'x"y'],
      ],
    );
    expect(BOM).to.equal('\uFEFF');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.equal('\uFEFF指标,value\r\n经济总量,超过4万亿元\r\n"a,b","x""y"\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('plain numbers for machines: no grouping, no exponent, no float noise; anything else is empty, never a throw', () => {
    expect(csvNumber(87.1 * 10000)).to.equal('871000');
    expect(csvNumber(2.8)).to.equal('2.8');
    expect(csvNumber(4.93)).to.equal('4.93');
    expect(csvNumber(0.5)).to.equal('0.5');
    expect(csvNumber(160 * 0.01)).to.equal('1.6');
    expect(csvNumber(4e12)).to.equal('4000000000000');
    expect(csvNumber(1e-7)).to.equal('0.0000001');
    for (const [i, bad] of [NaN, Infinity, -Infinity, '3', null, undefined, {}].entries()) expect(csvNumber(bad), `#${i}`).to.equal('');
  });

  it('a row with commas, quotation marks and line breaks stays one record of as many fields (RFC 4180)', () => {
    const csv = toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', 'two\r\nlines']]);
    expect(csv).to.equal('\uFEFFa,b,c\r\n"x,y","say ""hi""","two\r\nlines"\r\n');
  });

  it('JSON round-trips the dataset’s figures', () => {
    expect(JSON.parse(toJson(allFigures))).to.deep.equal(JSON.parse(JSON.stringify(allFigures)));
    expect(toJson([])).to.equal('[]\n');
  });

  it('file names are ASCII and name the filter', () => {
    expect(fileName(filterSlug({}), 'csv')).to.equal('shenzhen-plan-figures-all.csv');
    expect(fileName(filterSlug({ kind: 'target', chapter: 2, year: 2025 }), 'json')).to.equal(
      'shenzhen-plan-figures-target-chapter-2-year-2025.json',
    );
    expect(filterSlug({ year: null })).to.equal('year-none');
  });
});

describe('figures-model (pure)', () => {
  it('parses filters, reporting unusable values', () => {
    expect(parseFilter({ kind: 'target', chapter: '2', year: 'none' }, allFigures)).to.deep.equal({
      filter: { kind: 'target', chapter: 2, year: null },
      invalid: [],
    });
    expect(parseFilter({ kind: '', chapter: null, year: undefined }, allFigures)).to.deep.equal({ filter: {}, invalid: [] });
    const bad = parseFilter({ kind: 'goal', chapter: '16', year: '2024' }, allFigures);
    expect(bad.filter).to.deep.equal({});
    expect(bad.invalid.map((i) => i.attribute)).to.deep.equal(['kind', 'chapter', 'year']);
  });

  it('sorts stably, with years not stated last in both directions', () => {
    const rows = allFigures.slice(0, 6).map((figure, index) => ({ figure, index, label: figure.label, kind: figure.kind }));
    const asc = sortRows(rows, 'year', 'ascending', 'zh-Hans').map((r) => r.figure.year);
    const desc = sortRows(rows, 'year', 'descending', 'zh-Hans').map((r) => r.figure.year);
    expect(asc.indexOf(null)).to.equal(asc.findIndex((y) => y === null));
    expect(asc.slice(asc.indexOf(null)).every((y) => y === null)).to.equal(true);
    expect(desc.slice(desc.indexOf(null)).every((y) => y === null)).to.equal(true);
    expect(sortRows(rows, undefined, 'ascending', 'en').map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });
});

/** The label strings of a locale (FiguresStrings + the locale's year). */
const strings = (t: Omit<LabelStrings, 'year'>, year: (y: number) => string): LabelStrings => ({ ...t, year });
const LOCALES: [string, LabelStrings, { readonly [id: string]: Pick<Figure, 'label' | 'base'> } | undefined][] = [
  ['zh-Hans', strings(figuresStrings.source, (y) => `${y}年`), undefined],
  ['en', strings(enStrings, String), enFigures],
  ['zh-Hant-HK', strings(hkUi.figures, (y) => `${y}年`), hkFigures],
  ['zh-Hant-TW', strings(twUi.figures, (y) => `${y}年`), twFigures],
];

describe('row labels (pure)', () => {
  let seed = '';
  before(() =>
    loadSeed().then((text) => {
      seed = text.replace(/\s+/g, '');
    }),
  );

  it('are unique across the registry in every locale (each row names its own quantity)', () => {
    for (const [locale, t, pack] of LOCALES) {
      const labels = allFigures.map((f) => rowLabel(f, { ...f, ...pack?.[f.id] }, allFigures, t));
      expect(
        labels.filter((l, i) => labels.indexOf(l) !== i),
        locale,
      ).to.deep.equal([]);
      // the figure's own label (from the dataset) comes first
      for (const [i, f] of allFigures.entries())
        expect(labels[i].startsWith(pack?.[f.id].label ?? f.label), `${locale} ${f.id}`).to.equal(true);
    }
  });

  it('高校数量从9所增至15所: the start and the end of one phrase', () => {
    const [before, after] = [getFigure('universities-before')!, getFigure('universities')!];
    expect(seed.includes(before.phrase) && before.phrase === after.phrase).to.equal(true);
    expect(before.phrase.indexOf(before.valueText + before.unit) < before.phrase.indexOf(after.valueText + after.unit)).to.equal(true);
    expect([phraseEnd(before, allFigures), phraseEnd(after, allFigures)]).to.deep.equal(['start', 'end']);
    const zh = LOCALES[0][1];
    expect(rowLabel(before, before, allFigures, zh)).to.equal(`${before.label}（起点）`);
    expect(rowLabel(after, after, allFigures, zh)).to.equal(`${after.label}（终点）`);
    expect(phraseEnd(getFigure('gdp-2035')!, allFigures), 'two labels in one phrase are not ends').to.equal(undefined);
  });

  it('a multiple or a share names its base; one label in two years names the year', () => {
    const zh = LOCALES[0][1];
    const multiple = getFigure('public-housing-multiple')!;
    expect(rowLabel(multiple, multiple, allFigures, zh)).to.equal(`${multiple.label}（以${multiple.base}为基数）`);
    expect(seed.includes(`${multiple.label}43万套，是${multiple.base}的2.4倍`)).to.equal(true);
    const share = getFigure('basic-research-share')!;
    expect(rowLabel(share, share, allFigures, zh)).to.equal(`${share.label}（以${share.base}为基数）`);
    const [rd20, rd25] = [getFigure('rd-intensity-2020')!, getFigure('rd-intensity-2025')!];
    expect(rd20.label).to.equal(rd25.label);
    expect(rowLabel(rd20, rd20, allFigures, zh)).to.equal(`${rd20.label}（2020年）`);
    expect(rowLabel(rd25, rd25, allFigures, zh)).to.equal(`${rd25.label}（2025年）`);
    // a label no other figure has stays as it is
    const gdp = getFigure('gdp-2025')!;
    expect(rowLabel(gdp, gdp, allFigures, zh)).to.equal(gdp.label);
  });
});
