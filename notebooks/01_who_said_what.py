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
# # 01 · Who said what
#
# **Question.** Whose words does each outlet carry? Which actors are quoted,
# how much of each outlet's quoting goes to each side (the sides of the
# corpus's story, else the speakers' countries), does it quote directly or
# paraphrase, and with which reporting verbs: the neutral `said`, or loaded
# ones such as `claimed`, `insisted`, `admitted`?
#
# **Data and method.** The quotes table from `helpers.quotes`: direct quotes
# are found by pairing quotation marks (straight, curly, guillemets, however
# unbalanced), indirect quotes from the dependency parse (a verb of saying
# from `helpers/data/quote_cues.csv` with its content clause, `according to
# X`). Each quote's speaker is resolved to a canonical actor of the mentions
# table (pronouns, roles and "the report" to the actor meant); sources the
# article does not name are `unnamed: …`. The side is the speaker's side in
# the story (`sides.csv`, an actor's own `side`), else the speaker's country.
#
# **Caveats.** A few articles describe those articles, not the outlets'
# coverage (the first cell counts the articles per outlet). The unit is the
# article: quotes cluster within articles (one interview gives many quotes),
# so each outlet's figures are means of its articles' values, with intervals
# from resampling whole articles, and no interval at all for an outlet with
# too few articles (the threshold is printed below). A mixed quote (a quoted
# phrase inside reported speech) is one statement, counted once. The
# extraction is automatic; its accuracy on the hand-made answer key is
# measured at the end of this notebook, on the articles named there.

# %% [markdown]
# ## Inputs and outputs
# Every file this notebook reads or writes.

# %%
import tempfile
from pathlib import Path

import pandas as pd

import helpers as h
from helpers.render import tables

CORPUS = h.config.corpus_dir()
FIGURES = h.config.figures_dir()
GOLD = h.config.gold_dir(CORPUS)  # None when this corpus has no answer key


def project_path(path):
    path = Path(path)
    return path.relative_to(h.config.PROJECT_DIR) if path.is_relative_to(h.config.PROJECT_DIR) else path.name


io_paths = {
    "input: articles": project_path(CORPUS),
    "input: manifest": "manifest.csv in the corpus folder (optional)",
    "input: story (actors, sides)": h.story.label(h.story.current_story()),
    "input: reporting verbs": "helpers/data/quote_cues.csv",
    "input: answer key": project_path(GOLD) if GOLD else "none for this corpus",
    "output: figure": "01_quotes_by_side.svg/.png/.csv",
    "output: figure ": "01_reporting_verbs.svg/.png/.csv",
    "output: figure  ": "01_quotes_over_time.svg/.png/.csv (when the corpus has dates)",
    "figures folder": project_path(FIGURES),
    "scratch: built tables": "a temporary folder, deleted after scoring",
}
for key, value in io_paths.items():
    print(f"{key:28} {value}")

# %%
corpus = h.build(CORPUS).with_outlet_labels()
articles, quotes = corpus.articles, corpus.quotes
h.plots.use_style()
colors = h.plots.outlet_colors(corpus.articles.outlet)
n_articles = len(articles)
pd.set_option("display.max_colwidth", 90)
pd.set_option("display.width", 200)
pd.set_option("display.max_rows", 500)
tables.init_browsing()
statements = h.analysis.quotes.statements(quotes)
n_per_outlet = articles.groupby("outlet").size()
print(f"{len(quotes)} quotes ({(quotes['kind'] == 'direct').sum()} direct, "
      f"{(quotes['kind'] == 'indirect').sum()} indirect) in {quotes['article'].nunique()} of {n_articles} articles; "
      f"{len(statements)} statements once a mixed quote counts once")
print(f"articles per outlet: {n_per_outlet.min()} to {n_per_outlet.max()}; an outlet needs "
      f"{h.analysis.units.MIN_ARTICLES} for an interval (fewer: not estimable)")

# %% [markdown]
# ## Who is quoted, by which outlet?
# Quotes per speaker and outlet (direct and indirect together), most quoted
# first; `n` is the speaker's total. Unnamed sources are grouped by their
# description.

# %%
# NBVAL_CHECK_OUTPUT
by_speaker = h.analysis.quotes.speakers_by_outlet(quotes, articles)
by_speaker.head(15) if len(by_speaker) else "no quotes found in this corpus"

# %%
# NBVAL_CHECK_OUTPUT
quoted_outlets = by_speaker.drop(columns="n").loc[:, lambda t: t.sum() > 0]
top = quoted_outlets.apply(lambda col: f"{col.idxmax()} ({col.max()})")
print("Most quoted speaker per outlet:\n" + (top.to_string() if len(top) else "no quotes found in this corpus")
      + f"\n\nNamed speakers: {sum(not s.startswith('unnamed') for s in by_speaker.index)}; "
      f"unnamed: {sum(s.startswith('unnamed') for s in by_speaker.index)}")

# %% [markdown]
# ## How much of each outlet's quoting goes to each side?
# For each article, the share of its statements from each side; `share` is
# the mean of these shares over the outlet's articles (`n_articles`), with a
# 95 % interval from resampling the outlet's articles (cluster bootstrap,
# fixed seed); `low`/`high` are empty and `estimable` false when the outlet
# has too few articles. `k`/`n` count statements, and `pooled_share` = k/n is
# shown only for comparison: it lets one long article speak for the outlet.

# %%
# NBVAL_CHECK_OUTPUT
sides = h.analysis.quotes.side_shares(quotes, articles)
ALL_SIDES = sorted(set(h.story.sides_of(quotes)))  # every side of the corpus: each keeps its colour
(sides.assign(share=sides["share"].round(3), low=sides["low"].round(3), high=sides["high"].round(3))
 if len(sides) else "no quotes found in this corpus")

# %%
print(h.story.side_note(h.story.sides_of(quotes), quotes["speaker"], h.story.current_story())
      or f"{(h.story.sides_of(quotes) != 'unknown').mean():.0%} of the quotes have a known side.")
if sides.empty:
    print(h.plots.skip_figure("01_quotes_by_side", "no quotes found in this corpus"))
else:
    drawn = sides.assign(low=sides["low"].fillna(sides["share"]), high=sides["high"].fillna(sides["share"]))
    no_interval = sorted(sides.loc[~sides["estimable"].astype(bool), "outlet"].unique())
    title = h.plots.with_n("Whose words each outlet carries (mean article share)", len(statements), "statements")
    fig = h.plots.share_intervals(drawn, title + f", {n_articles} articles"
                                  + (f"; no interval for {len(no_interval)} outlet(s) with fewer than "
                                     f"{h.analysis.units.MIN_ARTICLES} articles" if no_interval else ""))
    _ = h.plots.save_figure(fig, "01_quotes_by_side", sides)

# %% [markdown]
# ## Direct or indirect?
# How many of each outlet's statements are verbatim (inside quotation
# marks), paraphrased, or mixed (a quoted phrase inside reported speech,
# counted once); `direct_share` counts direct and mixed statements.

# %%
# NBVAL_CHECK_OUTPUT
kinds = h.analysis.quotes.kind_by_outlet(quotes, articles)
kinds if len(kinds) else "no quotes found in this corpus"

# %%
# NBVAL_CHECK_OUTPUT
if len(kinds):
    most_direct = kinds.sort_values(["direct_share", "outlet"], ascending=[False, True]).iloc[0]
    least_direct = kinds.sort_values(["direct_share", "outlet"]).iloc[0]
    print(f"Most verbatim: {most_direct['outlet']} ({most_direct['direct'] + most_direct['mixed']} of "
          f"{most_direct['n']} statements direct or mixed); least: {least_direct['outlet']} "
          f"({least_direct['direct'] + least_direct['mixed']} of {least_direct['n']}). "
          "A description of these articles; no test compares outlets here.")
else:
    print("no quotes found in this corpus: nothing is direct or indirect")

# %% [markdown]
# ## Which reporting verbs does each side get?
# The verb that attributes each quote, reduced to its lemma and labelled by
# its connotation in `quote_cues.csv`: `neutral` (`said`, `told`, `according
# to`) against loaded verbs (`insisted`, `claimed`, `admitted`, `warned`,
# ...). `(other)` is an attribution by a verb outside the registry (`he is
# sure`) or a quote that inherits its speaker from the sentence before.

# %%
# NBVAL_CHECK_OUTPUT
verbs = h.analysis.quotes.reporting_verbs(quotes)
(verbs.pivot_table(index=["verb", "connotation"], columns="side", values="n", fill_value=0, aggfunc="sum")
 if len(verbs) else "no quotes found in this corpus")

# %%
# NBVAL_CHECK_OUTPUT
loaded = h.analysis.quotes.loaded_share(quotes)
loaded if len(loaded) else "no quote attributed with a verb of the registry in this corpus"

# %% [markdown]
# Does one side get loaded verbs more often than the others? Each known side
# against the rest, with a permutation test that shuffles the sides only
# among the statements of the same article (so an outlet's or an article's
# style is not read as a side's treatment); `q_value` controls the false
# discovery rate over the sides tested. A side no article quotes together
# with another side cannot be tested, and says so.

# %%
# NBVAL_CHECK_OUTPUT
verb_test = h.analysis.quotes.loaded_verb_test(quotes)
verb_test if len(verb_test) else "no statement of a known side attributed with a verb of the registry"

# %%
plotted = (verbs[verbs["verb"] != "(other)"].groupby(["side", "connotation"])["n"].sum()
           .unstack(fill_value=0))
if plotted.empty:
    print(h.plots.skip_figure("01_reporting_verbs", "no quote attributed with a verb of the registry in this corpus"))
else:
    plotted = plotted[sorted(plotted.columns, key=lambda c: (c != "neutral", c))]
    verb_colors = h.plots.category_colors(c for c in plotted.columns if c != "neutral") | {"neutral": "#BBBBBB"}
    fig = h.plots.stacked_bars(plotted, verb_colors, h.plots.with_n("Reporting verbs by the speaker's side", n_articles),
                               "quotes attributed with a verb of this kind", "connotation of the verb")
    _ = h.plots.save_figure(fig, "01_reporting_verbs", plotted.reset_index())

# %% [markdown]
# ## Who is quoted over time?
# When the articles carry publication dates: quotes per week (or month, for
# a corpus spanning more than three months) by the speaker's side. Undated
# articles are left out and counted.

# %%
# NBVAL_CHECK_OUTPUT
over_time = h.analysis.time.quotes_over_time(quotes, articles)
n_periods = over_time["period"].nunique()
print(f"{n_articles - h.analysis.time.undated(articles)} of {n_articles} articles dated; "
      f"quotes counted by {h.analysis.time.frequency(articles)} over {n_periods} period(s)")
if n_periods < 2:
    print(h.plots.skip_figure("01_quotes_over_time", "fewer than two dated periods: no change over time to show"))
else:
    by_side_time = over_time.groupby(["period", "side"])["n"].sum().reset_index()
    fig = h.plots.timeline(by_side_time, "side", h.plots.side_colors(ALL_SIDES),
                           h.plots.with_n("Quotes over time by the speaker's side", int(over_time["n"].sum()), "quotes"),
                           "quotes", legend_title="side")
    _ = h.plots.save_figure(fig, "01_quotes_over_time", over_time)
    print(tables.plain(over_time))

# %% [markdown]
# ## The quotes themselves
# Every quote with its speaker, side, reporting verb (the registry verb the
# cue stands for) and the sentence it comes from, as evidence for the counts
# above. The first table sorts, searches and filters by outlet, speaker,
# side and verb; the text below it is the same table, shortened to one line
# per quote.

# %%
quote_rows = h.analysis.quotes.quote_table(quotes, articles)
tables.browse(quote_rows, "quotes", filters=["outlet", "speaker", "side", "verb", "kind"])

# %%
# NBVAL_CHECK_OUTPUT
print(tables.plain(quote_rows.drop(columns="article"), width=60) if len(quote_rows) else "no quotes found in this corpus")

# %% [markdown]
# ## How accurate is the extraction?
# The built tables scored against the hand-made answer key (`tests/gold/`),
# as the annotation guide defines it: direct quotes match at 80 % token
# overlap, indirect ones at 50 %; speaker accuracy is over matched quotes
# with a named gold speaker. The first line says which articles the scores
# were measured on.

# %%
# NBVAL_CHECK_OUTPUT
print(h.analysis.units.accuracy_scope(CORPUS, GOLD))
if GOLD is not None:
    with tempfile.TemporaryDirectory() as scratch:
        _ = h.pipeline.write_tables(corpus, scratch)
        scores = h.evaluate.evaluate(GOLD, scratch)
    print(h.evaluate.format_report(scores))
else:
    print("No answer key for this corpus (add gold/ beside the articles to score it).")

# %% [markdown]
# ## Findings
# Computed from the tables above.

# %%
# NBVAL_CHECK_OUTPUT
named = statements[~statements["speaker"].fillna("").str.startswith("unnamed")]
lead = named["speaker"].value_counts()
if quotes.empty:
    print(f"- no quotes found in this corpus ({n_articles} articles).")
else:
    if len(lead):
        print(f"- {lead.index[0]} is the most quoted speaker ({lead.iloc[0]} of {len(statements)} statements), "
              f"quoted in {named.loc[named['speaker'] == lead.index[0], 'article'].nunique()} of {n_articles} articles.")
    else:
        print(f"- no named speaker: all {len(statements)} statements come from unnamed sources.")
    for outlet, part in sides.groupby("outlet"):
        quoted_sides = part[part["k"] > 0]
        if part["estimable"].astype(bool).all():
            shares = ", ".join(f"{r.side} {h.analysis.units.interval_label({**r._asdict(), 'mean': r.share})}"
                               for r in quoted_sides.itertuples())
        else:
            shares = (", ".join(f"{r.side} {r.share:.0%}" for r in quoted_sides.itertuples())
                      + f" ({h.analysis.units.NOT_ESTIMABLE}: {part['n_articles'].max()} article(s))")
        print(f"- {outlet}, mean article share by side: {shares}.")
    verbatim = statements["kind"].isin(["direct", "mixed"]).mean()
    print(f"- {verbatim:.0%} of statements carry verbatim words (direct or mixed).")
    for row in loaded.itertuples():
        print(f"- {row.side}: {row.loaded} of {row.n} attributed statements carry a loaded reporting verb.")
    for row in verb_test.itertuples():
        result = ("not tested: no article quotes it beside another side" if row.p_value != row.p_value else
                  f"difference {row.difference:+.2f}, permutation within articles p = {row.p_value:.3f}, "
                  f"q = {row.q_value:.3f} ({row.n_articles_both} article(s) quote it beside another side)")
        print(f"- Loaded verbs, {row.side} against the other sides: {result}.")
    print(f"- Unnamed sources give {statements['speaker'].fillna('').str.startswith('unnamed').sum()} statements.")

# %% [markdown]
# ## How far can these findings be trusted?
# Every finding above rests on the quotes table. When this corpus has an
# answer key (`gold/` beside the articles; `tests/gold/` for the seeds) or
# audit sheets coded by hand (`audit/*.csv` beside the articles, or
# `reports/<name>/audit/`; the README's audit workflow draws and scores them),
# this is how often an extracted quote was a real quote and how often its
# speaker was right, with Wilson 95 % intervals (an audit also gives the
# precision weighted back to the whole table). Without either, nothing has
# been checked, and the line below says so.

# %%
# NBVAL_CHECK_OUTPUT
trust = h.audit.trust_summary(CORPUS, ["quotes"], corpus=corpus)
print(h.audit.trust_lines(trust))
