import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { linearScale } from './scale.js';

describe('linearScale', () => {
  it('gives the same numbers as d3-scale scaleLinear', () => {
    const cases: [[number, number], [number, number]][] = [
      [
        [2020, 2050],
        [40, 600],
      ],
      [
        [2020, 2035],
        [0, 320],
      ],
      [
        [0, 5],
        [300, 20],
      ],
      [
        [2.8, 4],
        [0, 1],
      ],
      [
        [2025, 2025],
        [10, 90],
      ],
    ];
    for (const [domain, range] of cases) {
      const ours = linearScale(domain, range);
      const d3 = scaleLinear().domain(domain).range(range);
      for (const v of [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[0] - 3, domain[1] + 7]) {
        expect(ours(v), `${domain} → ${range} at ${v}`).to.be.closeTo(d3(v), 1e-9);
      }
      expect(ours.domain()).to.deep.equal(domain);
      expect(ours.range()).to.deep.equal(range);
    }
  });
});
