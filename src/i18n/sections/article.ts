/** Strings of <plan-article>. */
export interface ArticleStrings {
  /** Accessible name of the element. */
  label: string;
}

export const zhHansArticle: ArticleStrings = {
  label: '',
};
