// Issue #12, point 4: properties are typed with their unions, so custom-elements.json, editors and Storybook's
// controls show the options. The declared unions are checked against the lists the elements validate with
// (at type level: `npm run typecheck` fails if they drift apart), and Storybook's enhancer is checked here.
import { expect } from '@open-wc/testing';
import type { StrictArgTypes } from 'storybook/internal/types';
import { literalUnion, literalUnionControls } from '../.storybook/literal-unions.js';
import type { StageId } from '../src/data/types.js';
import type { CitationStyle, PlanArticle } from '../src/elements/plan-article/plan-article.js';
import { CITATION_STYLES } from '../src/elements/plan-article/plan-article.js';
import type { PlanTarget, PlanTargetVariant } from '../src/elements/plan-target/plan-target.js';
import { VARIANTS } from '../src/elements/plan-target/plan-target.js';
import type { Orientation, PlanTimeline } from '../src/elements/plan-timeline/plan-timeline.js';
import { ORIENTATIONS } from '../src/elements/plan-timeline/plan-timeline.js';
import { THEMES, type PlanElement, type PlanTheme } from '../src/internal/plan-element.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Each declared property type is exactly the union of the values its element accepts: checked by the type checker
// (`npm run typecheck`, part of `npm test`), which rejects this assignment if any Equal<> is false. Nothing to run.
export const declaredUnions: [
  Equal<NonNullable<PlanElement['theme']>, PlanTheme>,
  Equal<PlanTarget['variant'], PlanTargetVariant>,
  Equal<NonNullable<PlanTimeline['orientation']>, Orientation>,
  Equal<NonNullable<PlanTimeline['selected']>, StageId>,
  Equal<NonNullable<PlanArticle['citationStyle']>, CitationStyle>,
] = [true, true, true, true, true];

/** The attributes typed as unions, with the values their elements validate against. */
const UNIONS: Record<string, Record<string, readonly string[]>> = {
  'plan-timeline': { orientation: ORIENTATIONS, selected: ['2020', '2025', '2030', '2035', 'mid-century'], theme: THEMES },
  'plan-target': { variant: VARIANTS, theme: THEMES },
  'plan-article': { 'citation-style': CITATION_STYLES, theme: THEMES },
};

describe('typed attributes', () => {
  it('turns union type text from the manifest into Storybook enum controls, keeping a story’s own options', () => {
    expect(literalUnion("'card' | 'inline' | 'compact'")).to.deep.equal({ values: ['card', 'inline', 'compact'], optional: false });
    expect(literalUnion("'light' | 'dark' | undefined")).to.deep.equal({ values: ['light', 'dark'], optional: true });
    for (const other of ['string', 'string | undefined', 'StageId', "'a' | string", 'boolean', undefined]) {
      expect(literalUnion(other), String(other)).to.equal(undefined);
    }
    const argTypes = {
      variant: { name: 'variant', type: { name: "'card' | 'inline' | 'compact'" } },
      theme: { name: 'theme', type: { name: "'light' | 'dark' | undefined" } },
      figure: { name: 'figure', type: { name: 'string | undefined' } },
      level: { name: 'level', type: { name: "'2' | '3'" }, options: ['', '2', '3'] },
    } as unknown as StrictArgTypes;
    const out = literalUnionControls({ argTypes } as Parameters<typeof literalUnionControls>[0]);
    expect(out.variant.options).to.deep.equal(['card', 'inline', 'compact']);
    expect(out.variant.type).to.deep.equal({ name: 'enum', value: ['card', 'inline', 'compact'] });
    expect(out.theme.options).to.deep.equal([undefined, 'light', 'dark']);
    expect(out.figure).to.equal(argTypes.figure);
    expect(out.level).to.equal(argTypes.level);
  });

  it('lists the options in custom-elements.json (npm test generates it first: npm run analyze)', async () => {
    const res = await fetch('/custom-elements.json');
    expect(res.ok && (res.headers.get('content-type') ?? '').includes('json'), 'custom-elements.json is served').to.equal(true);
    const manifest = (await res.json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[] }[];
    };
    for (const [tag, attrs] of Object.entries(UNIONS)) {
      const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      expect(decl, tag).to.not.equal(undefined);
      for (const [attr, values] of Object.entries(attrs)) {
        const text = decl!.attributes?.find((a) => a.name === attr)?.type?.text;
        expect(literalUnion(text)?.values, `${tag} ${attr}: ${text}`).to.have.members([...values]);
      }
    }
  });

  it('lists each element’s events by their real names, with a description (issue #18: a bogus event "id")', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; events?: { name: string; description?: string }[] }[] }[];
    };
    const events = Object.fromEntries(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, (d.events ?? []).map((e) => e.name).sort()]),
    );
    expect(events['plan-timeline']).to.deep.equal(['plan-impression', 'plan-stage-select']);
    for (const names of Object.values(events)) expect(names, 'every element fires plan-impression').to.include('plan-impression');
    for (const [tag, names] of Object.entries(events)) {
      for (const name of names) expect(name, `${tag}: event ${name}`).to.match(/^plan-[a-z-]+$/);
    }
    for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName))
      for (const e of d.events ?? []) expect(e.description, `${d.tagName} ${e.name}: documented`).to.be.a('string').and.not.equal('');
  });
});
