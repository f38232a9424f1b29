import { expect } from '@open-wc/testing';
import { allFigures } from '../../data/figure-index.js';
import { editDistance, nearestIds } from './nearest-ids.js';

const ids = allFigures.map((f) => f.id);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).to.equal(0);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('abc', '')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('gdp-2030', 'gdp-2035')).to.equal(1);
    expect(editDistance('gdp-2030', 'gdp-2025')).to.equal(2);
    expect(editDistance('flaw', 'lawn')).to.equal(2);
  });

  it('is symmetric and works on code points (a CJK character or an emoji counts once)', () => {
    expect(editDistance('rd-2025', 'rd-intensity-2025')).to.equal(editDistance('rd-intensity-2025', 'rd-2025'));
    expect(editDistance('经济总量', '经济')).to.equal(2);
    expect(editDistance('a😀b', 'ab')).to.equal(1);
  });
});

describe('nearestIds', () => {
  it('suggests up to three ids, nearest first, ties in registry order', () => {
    expect(nearestIds('gdp-2030', ids)).to.deep.equal(['gdp-2020', 'gdp-2035', 'gdp-2025']);
    expect(nearestIds('GDP-2025', ids)[0]).to.equal('gdp-2025');
    expect(nearestIds(' rd-intensity-2026 ', ids, 1)).to.deep.equal(['rd-intensity-2020']);
    expect(nearestIds('gdp', ids)).to.deep.equal(['gdp-2020', 'gdp-2035', 'gdp-2025']);
  });

  it('puts ids that contain every word of the input first (an abbreviated id)', () => {
    // by edit distance alone gdp-2025 (2) would beat rd-intensity-2025 (10)
    expect(editDistance('rd-2025', 'gdp-2025')).to.be.lessThan(editDistance('rd-2025', 'rd-intensity-2025'));
    expect(nearestIds('rd-2025', ids)).to.deep.equal(['rd-intensity-2025', 'gdp-2025', 'gdp-2020']);
    expect(nearestIds('metro', ids)).to.deep.equal(['metro-area-subway', 'metro-planned-length', 'metro-area-light-rail']);
    expect(nearestIds('2035', ids)).to.deep.equal(['gdp-2035', 'gdp-per-capita-2035', 'gdp-2025']);
  });

  it('suggests nothing for empty input, garbage, markup or very long input', () => {
    expect(nearestIds('', ids)).to.deep.equal([]);
    expect(nearestIds('   ', ids)).to.deep.equal([]);
    expect(nearestIds('<img src=x onerror=alert(1)>', ids)).to.deep.equal([]);
    expect(nearestIds('zzzzzzzz', ids)).to.deep.equal([]);
    expect(nearestIds('gdp-2025'.repeat(9), ids)).to.deep.equal([]);
  });
});
