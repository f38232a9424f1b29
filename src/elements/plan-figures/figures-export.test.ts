import { expect } from '@open-wc/testing';
import { allFigures } from '../../data/figure-index.js';
import { BOM, csvField, fileName, toCsv, toJson } from './figures-export.js';
import { filterSlug, parseFilter, sortRows } from './figures-model.js';

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
