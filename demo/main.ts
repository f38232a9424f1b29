// The first runnable page: the plan's outline and stages, straight from the dataset (no article text loaded).
import { articleSummaries, chapterSummaries, planMeta } from '../src/data/outline.js';
import { stages } from '../src/data/stages.js';
import '../src/index.js';

const el = <T extends HTMLElement>(tag: string, text?: string): T => {
  const e = document.createElement(tag) as T;
  if (text !== undefined) e.textContent = text;
  return e;
};

document.getElementById('title')!.textContent = planMeta.title;
document.getElementById('adoption')!.textContent = `(${planMeta.adoption})`;

const stageList = document.getElementById('stages')!;
for (const s of stages) {
  const li = el('li');
  li.append(el('span', s.label), el('span', s.headline));
  (li.firstChild as HTMLElement).className = 'stage-label';
  stageList.append(li);
}

const outline = document.getElementById('outline')!;
for (const c of chapterSummaries) {
  const li = el('li');
  li.append(el('strong', `${c.numeral}、${c.title}`));
  const ol = el<HTMLOListElement>('ol');
  ol.start = c.articles[0];
  for (const n of c.articles) {
    const item = el('li', articleSummaries[n - 1].lead);
    item.id = `article-${n}`;
    ol.append(item);
  }
  li.append(ol);
  outline.append(li);
}
