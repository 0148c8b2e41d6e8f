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
# # 03 · Conditions: the terms each side sets
#
# **Question.** Which terms (the condition categories of the corpus's story,
# listed below, each mapped to a generic category) does each side set, which
# outlets report which of them, and do the outlets report them in the
# actors' own quoted words or in their own voice?
#
# **Data.** The corpus articles (`helpers.config.corpus_dir()`, by default
# the seed articles) and its answer key when there is one (`tests/gold/` for the seeds).
#
# **Method.** `helpers.conditions` finds sentences where a conditional
# construction (`only if`, `unless`, `until`, `must`, `insists on`, `demands`,
# `seeks`, `proposes`, `envisages`, `in exchange for`, `would require`, a red line,
# `under the deal`, `conditions … including`, …; the list is
# `helpers/data/condition_cues.csv`) governs words of a category: the story's
# own (`helpers/stories/<story>/conditions.csv`, each with its nearest CAMEO code
# and the generic category it maps to) and the guide's generic categories
# (`helpers/data/condition_categories.csv`, phrases and lemmas), which the story
# renames to its own categories. The holder is found in the parse: the subject of the demand,
# or the speaker when it is stated in a quote; terms from either side count
# (a US plan's terms are held by the United States).
#
# **Caveats.** A few articles (counted in the first cell): the unit is the
# article, the counts below are counts of articles (or statements, where
# said), and nothing here generalises to an outlet's coverage. The rules were checked
# against the answer key of these same articles, so the accuracy shown is an
# upper bound; held-out articles score lower. Exploratory.

# %% [markdown]
# ## Inputs and outputs

# %%
import tempfile
from pathlib import Path

import pandas as pd

import helpers as h
from helpers.render import tables

CORPUS = h.config.corpus_dir()
GOLD = h.config.gold_dir(CORPUS)  # None when this corpus has no answer key
FIGURES = h.config.figures_dir()


def _rel(path: Path):
    return path.relative_to(h.config.PROJECT_DIR) if path.is_relative_to(h.config.PROJECT_DIR) else path.name


io_paths = {
    "input: articles": _rel(CORPUS),
    "input: story (taxonomy)": h.story.label(h.story.current_story()),
        "input: generic categories": _rel(h.conditions.GENERIC_FILE),
    "input: cue constructions": _rel(h.conditions.CUES_FILE),
    "input: answer key": _rel(GOLD / "conditions.csv") if GOLD else "none for this corpus",
    "output: figure": "03_holder_category.svg/.png/.csv",
    "output: figure ": "03_outlet_terms.svg/.png/.csv",
    "output: figure  ": "03_terms_over_time.svg/.png/.csv (when the corpus has dates)",
    "figures folder": _rel(FIGURES),
}
for key, value in io_paths.items():
    print(f"{key:28} {value}")

# %%
corpus = h.build(CORPUS).with_outlet_labels()
articles = corpus.articles
conds = corpus.conditions
h.plots.use_style()
colors = h.plots.outlet_colors(articles["outlet"])
n_articles = len(articles)
tables.init_browsing()
STORY = h.story.current_story()
print(h.story.conditions_note(conds, STORY) or f"story: {STORY.name}")
print(f"{n_articles} articles, {len(conds)} condition statements, "
      f"{conds['article'].nunique()} articles with at least one")

# %% [markdown]
# ## The taxonomy
# The categories the extractor knows, from the story's data file (a researcher adds a
# category by adding rows to the story's `conditions.csv`).

# %%
# NBVAL_CHECK_OUTPUT
h.conditions.taxonomy_table(h.conditions.story_taxonomy(h.story.current_story()))

# %% [markdown]
# ## Story categories and generic categories
# Every statement carries the story's category (`category`) and the guide's generic
# category (`generic_category`: ceasefire, territory, prisoners, humanitarian,
# sanctions, security, governance, accountability, negotiation_terms, other), so
# corpora about different stories compare. With no story both are the generic one.
# Articles in which each side sets each category, in both schemes; then per outlet.

# %%
# NBVAL_CHECK_OUTPUT
for column in ("category", "generic_category"):
    by_side = h.analysis.conditions.side_by_category(conds, column)
    print(f"{column} per side (articles)")
    print(tables.plain(by_side) if len(by_side) else "no conditions found in this corpus")

# %%
# NBVAL_CHECK_OUTPUT
generic_presence = h.analysis.conditions.outlet_presence(conds, articles, "generic_category")
generic_presence if len(conds) else "no conditions found in this corpus"

# %% [markdown]
# ## Who sets which terms?
# Holder × category: in how many articles each holder is reported to set each
# category of term (a holder is the actor the article attributes the term to).

# %%
# NBVAL_CHECK_OUTPUT
by_holder = h.analysis.conditions.holder_by_category(conds)
by_holder if len(by_holder) else "no conditions found in this corpus"

# %%
side = (conds.assign(side=h.story.sides_of(conds, "holder_country", "holder", STORY))
        .drop_duplicates(["article", "side", "category"])
        .groupby(["category", "side"]).size().unstack(fill_value=0).sort_index())
if side.empty:
    print(h.plots.skip_figure("03_holder_category", "no conditions found in this corpus"))
else:
    print(h.story.side_note(h.story.sides_of(conds, "holder_country", "holder", STORY), conds["holder"], STORY))
    fig = h.plots.stacked_bars(side, h.plots.side_colors(side.columns),
                               h.plots.with_n("Terms by the side that sets them", n_articles),
                               "articles in which the side sets the term (n = article-side pairs)", "holder's side")
    _ = h.plots.save_figure(fig, "03_holder_category", side.reset_index())

# %% [markdown]
# ## Which outlets report which terms?
# Article-level presence: for each outlet, in how many of its `n` articles a
# category of term appears at all (any holder).

# %%
# NBVAL_CHECK_OUTPUT
presence = h.analysis.conditions.outlet_presence(conds, articles)
presence if len(conds) else "no conditions found in this corpus"

# %%
cats = [c for c in presence.columns if c not in ("outlet", "n")]
if not cats:
    print(h.plots.skip_figure("03_outlet_terms", "no conditions found in this corpus"))
else:
    matrix = presence.set_index("outlet")[cats].T
    fig = h.plots.presence_grid(matrix, colors, h.plots.with_n("Terms each outlet reports", n_articles),
                                n_per_column=presence.set_index("outlet")["n"].to_dict(), size_label="articles")
    _ = h.plots.save_figure(fig, "03_outlet_terms", presence)

# %% [markdown]
# Does an outlet report a term in more (or fewer) of its articles than the
# other outlets? Fisher's exact test on articles for each category and each
# outlet against the rest, the false-discovery rate controlled over all of
# them (`q_value`); untestable cases (one outlet, or a term in every article
# or none) are counted apart.

# %%
# NBVAL_CHECK_OUTPUT
per_article_terms = (articles[["article", "outlet"]].merge(pd.DataFrame({"item": cats}), how="cross")
                     .merge(conds[["article", "category"]].drop_duplicates().assign(present=True),
                            left_on=["article", "item"], right_on=["article", "category"], how="left"))
per_article_terms["present"] = per_article_terms["present"].fillna(False).astype(bool)
term_tests = h.analysis.units.presence_differences(per_article_terms, "item")
print(f"{int(term_tests['tested'].sum())} outlet × category differences tested, "
      f"{int((~term_tests['tested']).sum())} untestable; {int((term_tests['q_value'] <= 0.05).sum())} with q ≤ 0.05"
      + (f"; smallest p {term_tests['p_value'].min():.3f}" if term_tests["tested"].any() else ""))

# %% [markdown]
# ## Which terms are stated over time?
# When the articles carry publication dates: condition statements per week
# (or month) by category, one panel per side that sets them. Undated articles
# are left out and counted.

# %%
# NBVAL_CHECK_OUTPUT
terms_time = h.analysis.time.conditions_over_time(conds, articles)
n_periods = terms_time["period"].nunique()
print(f"{n_articles - h.analysis.time.undated(articles)} of {n_articles} articles dated; "
      f"statements counted by {h.analysis.time.frequency(articles)} over {n_periods} period(s)")
if n_periods < 2:
    print(h.plots.skip_figure("03_terms_over_time", "fewer than two dated periods: no change over time to show"))
else:
    fig = h.plots.timeline(terms_time, "category", h.plots.category_colors(conds["category"]),
                           h.plots.with_n("Terms stated over time, by the side that sets them",
                                          int(terms_time["n"].sum()), "statements"),
                           "statements", panel="side", legend_title="term")
    _ = h.plots.save_figure(fig, "03_terms_over_time", terms_time)
    print(tables.plain(terms_time))

# %% [markdown]
# ## In the actors' words or the outlet's?
# Statements (not articles) per category stated inside a quote (direct or
# reported speech) vs in the outlet's own voice.

# %%
# NBVAL_CHECK_OUTPUT
voice = h.analysis.conditions.voice_by_category(conds)
voice if len(voice) else "no conditions found in this corpus"

# %% [markdown]
# ## Evidence
# Every statement with its sentence, so each count above can be checked by
# reading.

# %%
evidence = h.analysis.conditions.evidence(conds, articles)
tables.browse(evidence, "conditions", filters=["outlet", "holder", "holder_country", "category", "voice"])

# %%
# NBVAL_CHECK_OUTPUT
print(tables.plain(evidence, width=60) if len(evidence) else "no conditions found in this corpus")

# %% [markdown]
# ## Accuracy on the answer key
# The corpus tables are written to a temporary folder and scored by
# `helpers.evaluate`, as `python -m helpers evaluate` does: precision, recall
# and F1 over the set of (article, holder side, category) triples.

# %% [markdown]
# Every answer key the corpus has (`gold/` in or beside the corpus folder), scored in
# both schemes: a key is written with the story's categories or with the generic
# ones, and the row of its own scheme is its score.

# %%
# NBVAL_CHECK_OUTPUT
keys = h.analysis.conditions.answer_keys(CORPUS)
if keys:
    print(tables.plain(h.analysis.conditions.key_scores(conds, keys, set(articles["article"]))))
else:
    print("no answer key for this corpus")

# %%
# NBVAL_CHECK_OUTPUT
print(h.analysis.units.accuracy_scope(CORPUS, GOLD))
if GOLD is None:
    cond_score = {"status": "no answer key for this corpus (add gold/ beside the articles to score it)"}
else:
    with tempfile.TemporaryDirectory() as tmp:
        _ = h.pipeline.write_tables(corpus, tmp)
        cond_score = h.evaluate.evaluate(GOLD, tmp)["conditions"]
if "status" in cond_score:
    print("conditions:", cond_score["status"])
else:
    print(f"conditions  P={cond_score['precision']:.3f}  R={cond_score['recall']:.3f}  "
          f"F1={cond_score['f1']:.3f}  (gold triples: {cond_score['n_gold']})")
    print("missed:", cond_score["misses"])
    print("spurious:", cond_score["spurious"])

# %% [markdown]
# ## Findings
# Computed from the tables above.

# %%
# NBVAL_CHECK_OUTPUT
triples = conds.drop_duplicates(["article", "holder_country", "category"])
by_side = triples.groupby("holder_country")["category"].nunique().sort_index()
top = (triples.groupby("category")["article"].nunique().sort_values(ascending=False, kind="stable"))
quoted = voice["quote"].sum() / max(int(voice[["outlet", "quote"]].to_numpy().sum()), 1)
print(f"- {len(triples)} (article, side, category) triples in {triples['article'].nunique()} of {n_articles} articles.")
for country, k in by_side.items():
    print(f"- side {country or 'unknown'}: {k} distinct categories of term")
if len(top):
    print(f"- most reported term: {top.index[0]} ({top.iloc[0]} of {n_articles} articles)")
    print(f"- {quoted:.0%} of the statements are made inside a quote; the rest in the outlet's own voice")
else:
    print(f"- no conditions found in this corpus ({n_articles} articles)")

# %% [markdown]
# ## How far can these findings be trusted?
# The findings above rest on the conditions table. With an answer key or
# audit sheets for this corpus (`audit/*.csv` beside the articles, or
# `reports/<name>/audit/`; see the README's audit workflow), this is how often
# a statement was a real condition with the right holder and category, with
# Wilson 95 % intervals; without either, nothing has been checked.

# %%
# NBVAL_CHECK_OUTPUT
trust = h.audit.trust_summary(CORPUS, ["conditions"], corpus=corpus)
print(h.audit.trust_lines(trust))
