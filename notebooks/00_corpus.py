# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 00 · The corpus: what we are looking at
#
# **Question.** Which articles are in the corpus: which outlets, from which
# countries, published when, through which republishers, how long, and what
# did we strip from them before analysis?
#
# **Data and method.** Every `*.txt` file in the corpus folder is one article;
# `manifest.csv` gives its outlet metadata (without one, the package reads
# what the text itself states and leaves the rest empty). `helpers.corpus`
# repairs typography (split negations, spaces before punctuation,
# non-breaking spaces) without touching quotation marks, and removes
# boilerplate lines matched by the patterns in `helpers/data/boilerplate.csv`.
#
# **Caveats.** A corpus of a few articles is a few articles (the count is
# printed below). Everything in these notebooks describes *these articles*, not the outlets'
# coverage in general: the unit of analysis is the article, and every chart
# states its n.

# %% [markdown]
# ## Inputs and outputs
# Every file this notebook reads or writes. The corpus folder comes from
# `helpers.config` (`make report CORPUS=path/to/articles` points it elsewhere).

# %%
import helpers as h

CORPUS = h.config.corpus_dir()
FIGURES = h.config.figures_dir()
io_paths = {
    "input: articles": CORPUS.relative_to(h.config.PROJECT_DIR) if CORPUS.is_relative_to(h.config.PROJECT_DIR) else CORPUS.name,
    "input: manifest": "manifest.csv in the corpus folder (optional)",
    "input: boilerplate patterns": "helpers/data/boilerplate.csv",
    "output: figure": "00_article_lengths.svg/.png/.csv",
    "output: figure ": "00_boilerplate_removed.svg/.png/.csv",
    "figures folder": FIGURES.relative_to(h.config.PROJECT_DIR),
}
for key, value in io_paths.items():
    print(f"{key:28} {value}")

# %%
corpus = h.build(CORPUS).with_outlet_labels()
articles = corpus.articles
h.plots.use_style()
colors = h.plots.outlet_colors(articles["outlet"])
n_articles = len(articles)
if n_articles:
    print(f"{n_articles} articles, {articles['outlet'].nunique()} outlets, {int(articles['n_words'].sum()):,} words")
else:
    print(f"no articles in {CORPUS.name}/: every file was refused or the folder is empty (see the problems below)")

# %% [markdown]
# ## Which outlets, from where, when?
# One row per article. `via` names a republisher the text came through;
# `metadata_from` says whether the metadata came from the manifest or had to
# be read from the text.

# %%
# NBVAL_CHECK_OUTPUT
overview = h.corpus.overview(articles)
overview

# %% [markdown]
# ## Republication chains
# A republished translation carries the translator's wording, not the
# original outlet's: framing measures on such an article describe the
# republisher (see notebook 02).

# %%
# NBVAL_CHECK_OUTPUT
chains = h.corpus.republication_chains(articles)
chains if len(chains) else "no article in this corpus came through a republisher"

# %% [markdown]
# ## Duplicates and republications
# An article whose words are the same as an earlier one's (`exact`), or
# nearly so (`near`: MinHash estimate of shared five-word sequences of at
# least 0.8), is flagged with the article it repeats: the same wire story in
# several outlets, or a story posted twice. The earliest published copy is
# the original. The analysis notebooks count a story once per outlet that
# carries it (`h.corpus.one_per_outlet`). A translation is not caught here:
# its words differ; `via` above records such republications.

# %%
# NBVAL_CHECK_OUTPUT
duplicates = h.corpus.duplicate_chains(articles)
duplicates if len(duplicates) else "no article repeats another"

# %% [markdown]
# ## Metadata moved out of the text
# Bylines, datelines, `Published`/`Updated` lines and an outlet's name after
# the headline describe the article; left in the text, a byline would become
# an actor and the outlet would be co-mentioned with everyone. They are read
# into the metadata columns and listed here.

# %%
# NBVAL_CHECK_OUTPUT
moved = h.corpus.metadata_moved(articles)
moved if len(moved) else "no metadata lines in the texts"

# %% [markdown]
# ## How long is each article?
# Length matters for every count that follows: a long article has more
# chances to quote, name and demand. Later notebooks therefore report
# presence per article or shares, not raw counts alone.

# %%
lengths = overview[["article", "outlet", "n_words"]].sort_values("n_words").reset_index(drop=True)
if n_articles:
    fig = h.plots.article_bars(lengths, "n_words", colors, "Article length",
                               "words after boilerplate removal")
    _ = h.plots.save_figure(fig, "00_article_lengths", lengths)

# %% [markdown]
# ## What was removed as boilerplate?
# Donation appeals, cross-links, aggregator footers and repeated headlines
# are not the story. Each removed line is listed with the rule that removed
# it, so a reader can check that no story text was lost.

# %%
# NBVAL_CHECK_OUTPUT
removed = h.corpus.boilerplate_lines(articles)
removed

# %%
per_article = (overview[["article", "outlet", "boilerplate_lines"]]
               .sort_values(["boilerplate_lines", "article"]).reset_index(drop=True))
if n_articles:
    fig = h.plots.article_bars(per_article, "boilerplate_lines", colors, "Boilerplate removed per article",
                               "lines removed as boilerplate")
    _ = h.plots.save_figure(fig, "00_boilerplate_removed", per_article)

# %% [markdown]
# ## Problems met while reading
# Files that could not be used, or were repaired on the way in (byte-order
# marks, CRLF, invalid UTF-8, unbalanced quotation marks), each on one line.

# %%
# NBVAL_CHECK_OUTPUT
corpus.problems if len(corpus.problems) else "no problems"

# %% [markdown]
# ## Findings
# Computed from the tables above.

# %%
if not n_articles:
    print("- no articles: nothing to describe")
else:
    countries = articles["outlet_country"].replace("", "unknown").value_counts().sort_index()
    dated = articles["published"].astype(str).str.len() > 0
    print(f"- {n_articles} articles from {articles['outlet'].nunique()} outlets in "
          f"{len(countries)} {'country' if len(countries) == 1 else 'countries'}: " + ", ".join(f"{c} ({k})" for c, k in countries.items()))
    print(f"- {int(dated.sum())} of {n_articles} articles carry a publication date"
          + (f", from {articles.loc[dated, 'published'].min()} to {articles.loc[dated, 'published'].max()}" if dated.any() else ""))
    print(f"- lengths range from {int(articles['n_words'].min()):,} to {int(articles['n_words'].max()):,} words "
          f"(median {int(articles['n_words'].median()):,})")
    print(f"- {len(removed)} boilerplate lines removed from {removed['article'].nunique()} articles")
    print(f"- {len(chains)} article(s) reached us through a republisher")
    print(f"- {len(duplicates)} article(s) repeat another ({', '.join(sorted(set(duplicates['duplicate_kind'])))})"
          if len(duplicates) else "- no article repeats another")
    print(f"- {len(moved)} metadata line(s) moved out of {moved['article'].nunique()} article texts")
