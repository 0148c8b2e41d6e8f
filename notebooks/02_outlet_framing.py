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
# # 02 · Outlet framing: how each outlet names the actors and the war, and whose voices it carries
#
# **Question.** The outlets tell the same story in different words. How does
# each outlet refer to the main actor (titles, epithets, appositives, lower
# case)? Which loaded terms does it use for places, the war and the
# occupied regions? Which words does it over-use compared with the others?
# Whose quotes does it carry, from which side?
#
# **Data and method.** The tables of `helpers.build` (articles, actor
# mentions, quotes). Every measure is taken on the **outlet's own voice**:
# the text with direct quotes and anything between quotation marks held
# apart by one mask (`helpers.textmask`: double and single marks, marks
# written the wrong way round, quotes over line wraps and paragraph breaks,
# apostrophes never taken for marks); the title and metadata lines are
# neither the outlet's prose nor a quote and are left out of both. Indirect
# speech stays in, since its words are the outlet's paraphrase. Four analyses:
# 1. *appellations*: the form of every actor mention, with the words before a
#    name (compound and adjective modifiers in the spaCy parse), appositives
#    (`X, a ...,`) and `X is a ...` predicates;
# 2. *loaded terms*: presence per article of the terms in
#    story's `lexicon.csv`, plus registered names written in lower case;
# 3. *distinctive words*: weighted log-odds with an informative Dirichlet
#    prior from the pooled corpus (Monroe, Colaresi and Quinn 2008), one
#    outlet against the rest, words in two or more articles, with a threshold
#    from shuffling outlet labels across articles (fixed seed); beside it,
#    keyness by log-likelihood (G²) with the log ratio as effect size, the
#    word's spread over the outlet's articles, and false-discovery-rate
#    control over every word tested;
# 4. *voices*: coded per article as a content analyst would (statements,
#    distinct and anonymous sources, source types, evenness over the known
#    sides with `unknown` apart, who is quoted first), then summarised per
#    outlet over its articles.
#
# **Caveats.** A few articles describe those articles, not the outlets'
# coverage; this is exploratory. The unit is the article: outlet figures are
# means over its articles with intervals from resampling articles, none when
# an outlet has too few (the next cell prints the counts). With one article
# per outlet a permutation test cannot single out any word (every shuffle only
# renames the outlets), and a presence difference between outlets cannot
# reach significance. For a republished translation the wording measures the translator
# (the republisher), not the original outlet. The tables rest on automatic
# mention and quote finding, which makes mistakes (see notebook 01 and
# `python -m helpers evaluate`).

# %% [markdown]
# ## Inputs and outputs

# %%
import numpy as np
import pandas as pd

import helpers as h

CORPUS = h.config.corpus_dir()
STORY = h.story.current_story()
#: Parameter: the actors to look at first (empty: the story's focus actors, else the most mentioned persons).
FOCUS_ACTORS: list[str] = []
FIGURES = h.config.figures_dir()
FIGURE_NAMES = ["02_appellations", "02_loaded_terms", "02_distinctive_words", "02_voices"]
io_paths = {
    "input: articles": CORPUS.relative_to(h.config.PROJECT_DIR) if CORPUS.is_relative_to(h.config.PROJECT_DIR) else CORPUS.name,
    "input: story (actors, loaded terms)": h.story.label(STORY),
    **{f"output: figure {i + 1}": f"{name}.svg/.png/.csv" for i, name in enumerate(FIGURE_NAMES)},
    "figures folder": FIGURES.relative_to(h.config.PROJECT_DIR) if FIGURES.is_relative_to(h.config.PROJECT_DIR) else FIGURES,
}
for key, value in io_paths.items():
    print(f"{key:30} {value}")

# %%
corpus = h.build(CORPUS).with_outlet_labels()
articles, mentions, quotes = corpus.articles, corpus.mentions, corpus.quotes
h.plots.use_style()
colors = h.plots.outlet_colors(articles["outlet"])
outlets = sorted(colors)
n_articles = len(articles)
n_per_outlet = articles.groupby("outlet").size()
print(f"{n_articles} articles, {len(outlets)} outlets ({n_per_outlet.min()} to {n_per_outlet.max()} articles each), "
      f"{len(mentions)} actor mentions, {len(quotes)} quotes; an outlet needs {h.analysis.units.MIN_ARTICLES} "
      "articles for an interval")

# %% [markdown]
# ## The outlet's voice
# How much of each article is quoted text (held apart from every measure
# below)? `share_quoted` is the share of characters in direct quotes or
# between quotation marks; `n_chars_metadata` the characters of the title
# and metadata lines, which count for neither voice.

# %%
# NBVAL_CHECK_OUTPUT
spans = h.framing.quoted_spans(articles, quotes)
voice = h.framing.outlet_voice(articles, quotes, spans=spans)
voice_table = voice[["outlet", "article", "n_chars", "n_chars_quoted", "share_quoted", "n_chars_metadata"]
                    ].sort_values("outlet")
voice_table.reset_index(drop=True)

# %% [markdown]
# ## 1 · Appellations: how does each outlet name the main actor?
# Every mention of the actor in the outlet's own voice, by its form as
# written (case kept: lower case is itself a marker). `title/epithet` is a
# name with the words before it, `description` a reference without the name,
# `appositive` and `predicate` what the outlet says the actor is. The actor is
# the first of `FOCUS_ACTORS` (set at the top; by default the story's focus
# actors the corpus mentions, else its most mentioned persons).

# %%
focus_actors = [a for a in FOCUS_ACTORS if a in set(mentions["actor"])] or h.story.choose_focus(STORY, mentions)
focus = focus_actors[0] if focus_actors else ""
print("focus actors:", ", ".join(focus_actors) or "none")
forms = h.framing.mention_forms(articles, mentions, quotes, spans=spans)
appellation_table = h.framing.appellations(articles, mentions, quotes, forms=forms)
print("actor:", focus or "none (no person is mentioned in this corpus)")

# %%
# NBVAL_CHECK_OUTPUT
focus_forms = h.framing.appellation_summary(appellation_table, focus).drop(columns="actor")
focus_forms if len(focus_forms) else f"no form of {focus or 'a person'} found in the outlets' own voice"

# %% [markdown]
# The same actor's forms that sit inside quoted text, held apart above: they
# are the speaker's words, not the outlet's.

# %%
# NBVAL_CHECK_OUTPUT
held_apart = forms[(forms["actor"] == focus) & forms["in_quote"]]
held_apart_table = (held_apart.groupby(["outlet", "kind", "form", "speaker"], sort=True).size()
                    .rename("count").reset_index())
own_spans = forms[(forms["actor"] == focus) & ~forms["in_quote"]]
inside = [h.framing.overlaps(r.start, r.end, spans.loc[spans["article"] == r.article, ["start", "end"]].values)
          for r in own_spans.itertuples()]
print(f"{len(held_apart)} forms of {focus} held apart as quoted; "
      f"{sum(inside)} of the {len(own_spans)} forms counted as the outlets' own overlap a quoted span")
held_apart_table

# %%
plotted = focus_forms.assign(label=focus_forms["form"] + "  (" + focus_forms["kind"] + ")")
plotted = plotted.sort_values(["outlet", "count", "form"], ascending=[True, False, True])
if plotted.empty:
    print(h.plots.skip_figure("02_appellations", f"no mention of {focus} in the outlets' own voice" if focus
                              else "no person mentioned in this corpus"))
else:
    fig = h.plots.labelled_bars(plotted, "label", "count", "outlet", colors,
                                h.plots.with_n(f"How each outlet names {focus}", n_articles),
                                "mentions in the outlet's own voice", "outlet")
    _ = h.plots.save_figure(fig, "02_appellations", plotted.drop(columns="label"))

# %% [markdown]
# ## 2 · Loaded terms: which words for places, the war and the regions?
# Presence per outlet (1 = in the outlet's own voice in at least one of its
# articles) of each lexicon variant found anywhere, with the usage the
# lexicon says it signals, and the registered names an outlet writes in lower
# case (not at a sentence start, not in a quote).

# %%
terms = h.framing.loaded_terms(articles, quotes, mentions=mentions, actors=corpus.actors)
if STORY.lexicon.empty:
    print(f"No loaded terms in {h.story.label(STORY)}: add a lexicon.csv (term, concept, variant, signals) "
          "with the competing words for one thing in this corpus; only lower-cased names are counted below.")
presence = h.framing.presence_matrix(terms)
found = presence[presence.sum(axis=1) > 0]
print(f"{len(found)} of {len(presence)} variants present in at least one article's own voice")

# %%
# NBVAL_CHECK_OUTPUT
found if len(found) else "no loaded term of the lexicon found in this corpus"

# %% [markdown]
# Terms that occur only inside quotes (the speaker's word, not the outlet's):

# %%
# NBVAL_CHECK_OUTPUT
quoted_only = terms[(terms["n_quoted"] > 0) & (terms["n_outlet"] == 0)]
quoted_only[["outlet", "concept", "variant", "signals", "n_quoted"]].reset_index(drop=True)

# %% [markdown]
# Does an outlet use a term in more (or fewer) of its articles than the
# other outlets do? Fisher's exact test on articles for every variant found
# and every outlet against the rest, with the false-discovery rate controlled
# over all of these tests (`q_value`).

# %%
# NBVAL_CHECK_OUTPUT
term_tests = h.analysis.units.presence_differences(terms[terms["concept"] != "lower_case_name"]
                                                   .assign(item=lambda t: t["variant"]), "item")
term_tests = term_tests[term_tests["item"].isin(found.index.get_level_values("variant"))]
print(f"{int(term_tests['tested'].sum())} outlet × variant presence differences tested; "
      f"{int((term_tests['q_value'] <= 0.05).sum())} with q ≤ 0.05; smallest p "
      + (f"{term_tests['p_value'].min():.3f}" if term_tests["tested"].any() else "none (nothing testable)"))

# %%
if found.empty:
    print(h.plots.skip_figure("02_loaded_terms", "no loaded term of the lexicon found in this corpus"))
else:
    grid = found.reset_index().sort_values(["signals", "concept", "variant"])
    labels = {f"{r.variant} [{r.signals}]": r.variant for r in grid.itertuples()}
    matrix = grid.assign(row=list(labels)).set_index("row")[[o for o in outlets if o in found.columns]]
    fig = h.plots.presence_grid(matrix, colors, h.plots.with_n("Loaded terms in the outlet's own voice (dot = present)",
                                n_articles), n_per_column=n_per_outlet.to_dict())
    _ = h.plots.save_figure(fig, "02_loaded_terms", grid)

# %% [markdown]
# ## 3 · Distinctive words: which words does each outlet over-use?
# Weighted log-odds z of each word, one outlet against the rest, on the
# outlet's own voice. A word is called distinctive only above the 95th
# percentile of the largest |z| over shuffles of outlet labels across
# articles (a family-wise threshold over every word; the number of shuffles
# is printed). The next cell counts how many (outlet, word) pairs the usual
# `|z| > 1.96` would flag against how many pass this threshold.

# %%
words = h.framing.distinctive_words(articles, quotes, n_permutations=200, seed=0, voice=voice)
threshold = float(words["threshold"].iloc[0]) if len(words) else float("nan")
counts = h.framing.word_counts(dict(zip(voice["article"], voice["voice"])))
labels = [dict(zip(articles["article"], articles["outlet"]))[a] for a in counts.index]
maxima = h.framing.permutation_maxima(counts.to_numpy(float), labels, counts.to_numpy(float).sum(axis=0), 200, 0)
n_naive = int((words["z"].abs() > 1.96).sum())
print(f"{words['word'].nunique()} words in two or more articles; 200 shuffles (seed 0); permutation threshold "
      f"|z| > {threshold:.2f}; largest observed |z| {words['z'].abs().max():.2f}; "
      f"distinct shuffle maxima: {len(np.unique(maxima.round(6)))}")
print(f"|z| > 1.96 would flag {n_naive} of {len(words)} (outlet, word) pairs; "
      f"{int(words['distinctive'].sum())} pass the permutation threshold")

# %%
# NBVAL_CHECK_OUTPUT
above = words[words["distinctive"]][["outlet", "word", "y_outlet", "y_rest", "z", "p_perm"]]
print(f"{len(above)} words above the permutation threshold")
above.reset_index(drop=True)

# %% [markdown]
# Descriptive only (none of these passes the threshold unless listed above):
# each outlet's six words of highest z.

# %%
# NBVAL_CHECK_OUTPUT
top = h.framing.top_words(words, 6)[["outlet", "word", "y_outlet", "y_rest", "z", "p_perm"]]
top if len(top) else "no word found in two or more articles of this corpus"

# %% [markdown]
# Keyness by log-likelihood: `g2` with its p-value treats tokens as
# independent, so beside it the false-discovery-rate `q_value` over every
# (outlet, word) tested, the `log_ratio` effect size (1 = twice as frequent as
# in the other outlets) and the word's spread over the outlet's own articles
# (`n_articles_outlet` of `n_articles_of_outlet`; `dp` 0 = spread as the
# articles' sizes, towards 1 = in one article). `key` needs q ≤ 0.05, over-use
# and two or more of the outlet's articles: one article's word is not the
# outlet's. The strongest words per outlet:

# %%
# NBVAL_CHECK_OUTPUT
keys = h.framing.keyness(articles, quotes, voice=voice)
print(f"{len(keys)} (outlet, word) tests; {int((keys['q_value'] <= 0.05).sum())} with q ≤ 0.05; "
      f"{int(keys['key'].sum())} key words (also in two or more of the outlet's articles)")
(keys.groupby("outlet", sort=True).head(4)[["outlet", "word", "y_outlet", "y_rest", "g2", "q_value", "log_ratio",
                                            "n_articles_outlet", "n_articles_of_outlet", "dp", "key"]]
 .reset_index(drop=True) if len(keys) else "no word found in two or more articles of this corpus")

# %% [markdown]
# The chart shows only the words that pass the threshold; with one article
# per outlet the test cannot single out any word, and no chart is drawn.

# %%
if len(outlets) < 2 or n_per_outlet.max() == 1:
    print(h.plots.skip_figure("02_distinctive_words", "one article per outlet: a permutation test over outlet labels "
                              "cannot single out any word"))
elif above.empty:
    print(h.plots.skip_figure("02_distinctive_words", "no word passes the permutation threshold"))
else:
    fig = h.plots.word_panels(above, colors, n_per_outlet.to_dict(), threshold,
                              h.plots.with_n("Distinctive words (above the permutation threshold)", n_articles))
    _ = h.plots.save_figure(fig, "02_distinctive_words", above)

# %% [markdown]
# ## 4 · Voices: whose words does each outlet carry?
# Coded per article, as content analysts code sources: a *statement* is one
# speaker's quote, a mixed quote (a quoted phrase inside reported speech)
# counted once; `n_sources` distinct speakers; `share_anonymous` the share of
# sources the article does not name; `share_verbatim` the statements with
# quoted words; `evenness` the Shannon entropy of the statements over the
# *known* sides divided by ln(number of known sides in the corpus) (0 = one
# side, 1 = all equally), with `share_unknown` (speakers of no known side)
# reported apart. Per outlet: the mean over its articles with a bootstrap
# interval over articles, or none below the stated number of articles.

# %%
# NBVAL_CHECK_OUTPUT
per_article_voice = h.framing.article_voices(articles, quotes)
per_article_voice.drop(columns=["first_speaker"])

# %%
# NBVAL_CHECK_OUTPUT
voice_summary = h.framing.voices(articles, quotes)
voice_summary.pivot_table(index="outlet", columns="measure", values="mean", aggfunc="first") if len(voice_summary) else (
    "no quotes found in this corpus")

# %% [markdown]
# Source types: `official` (states, governments, officials), `expert` (think
# tanks, analysts, academics), `media`, `citizen`, `anonymous` (not named) and
# `unclassified` (no word list matched the source's role or name). The words
# are language data (`helpers/data/words/source_*.csv`), the roles come from
# the actor registry. `share` is the mean over the outlet's articles of the
# type's share of their statements.

# %%
# NBVAL_CHECK_OUTPUT
roles = {name: actor.role for name, actor in h.actors.registry.load_registry().by_name.items()}
types = h.framing.source_types(articles, quotes, corpus.actors, roles)
types[types["n_statements"] > 0][["outlet", "source_type", "n_statements", "n_sources", "share", "n_articles"]
                                 ].reset_index(drop=True) if len(types) else "no quotes found in this corpus"

# %%
# NBVAL_CHECK_OUTPUT
by_side = h.framing.voices_by_side(articles, quotes)
by_side if len(by_side) else "no quotes found in this corpus"

# %%
if by_side.empty:
    print(h.plots.skip_figure("02_voices", "no quotes found in this corpus"))
else:
    shares = by_side.pivot_table(index="outlet", columns="side", values="share", fill_value=0, aggfunc="sum")
    n_statements = by_side.groupby("outlet")["n_quotes"].sum()
    labels = {o: h.plots.with_n(o, int(n_statements[o]), "statements") + f", {n_per_outlet[o]} article(s)"
              for o in shares.index}
    print(h.story.side_note(h.story.sides_of(quotes), quotes["speaker"], STORY))
    fig = h.plots.stacked_bars(shares, h.plots.side_colors(shares.columns),
                               h.plots.with_n("Whose words each outlet carries (mean article share)", n_articles),
                               "mean share of the article's statements", "speaker's side", row_labels=labels,
                               totals=False)
    _ = h.plots.save_figure(fig, "02_voices", by_side)

# %% [markdown]
# ## Findings (computed)

# %%
# NBVAL_CHECK_OUTPUT
lines = []
for outlet in outlets:
    own = focus_forms[(focus_forms["outlet"] == outlet) & (focus_forms["kind"] != "name")]
    names = focus_forms[(focus_forms["outlet"] == outlet) & (focus_forms["kind"] == "name")]
    named = ", ".join(f"{r.form} ×{r['count']}" for _, r in names.iterrows())
    other = ", ".join(f"'{r.form}' ×{r['count']}" for _, r in own.iterrows()) or "none"
    lines.append(f"{outlet}: {focus} as {named or '—'}; other forms: {other}.")
signal_sets = (terms[terms["present"] & (terms["signals"] != "neutral")]
               .groupby("outlet")["variant"].apply(lambda s: ", ".join(sorted(set(s)))))
for outlet, variants in signal_sets.items():
    lines.append(f"{outlet} uses: {variants}.")
for r in articles[articles["via"].fillna("") != ""].itertuples():
    lines.append(f"{r.outlet} came through {r.via}: its wording measures {r.via}'s translation, not {r.outlet}.")
if len(outlets) == 1:
    lines.append(f"Distinctive words: not tested (one outlet only, {n_articles} article(s): nothing to compare it with).")
elif n_per_outlet.max() == 1:
    lines.append(f"Distinctive words above the permutation threshold: {len(above)} "
                 f"(one article per outlet: {len(np.unique(maxima.round(6)))} distinct shuffle maxima).")
else:
    lines.append(f"Distinctive words above the permutation threshold: {len(above)} "
                 f"({len(np.unique(maxima.round(6)))} distinct shuffle maxima).")
lines.append(f"|z| > 1.96 would flag {n_naive} (outlet, word) pairs; {int(words['distinctive'].sum())} pass the "
             f"permutation threshold; {int(keys['key'].sum()) if len(keys) else 0} key words by G² (q ≤ 0.05, "
             "two or more of the outlet's articles).")
tested = term_tests[term_tests["tested"]]
lines.append(f"Loaded-term presence differences between outlets: {len(tested)} tested, "
             f"{int((tested['q_value'] <= 0.05).sum())} with q ≤ 0.05.")
for outlet in sorted(per_article_voice["outlet"].unique()):
    part = per_article_voice[per_article_voice["outlet"] == outlet]
    main = by_side[by_side["outlet"] == outlet].sort_values(["share", "side"], ascending=[False, True]).head(1)
    if part["n_statements"].sum() and len(main):
        even = part["evenness"].mean()
        lines.append(f"{outlet}: {int(part['n_statements'].sum())} statements from {int(part['n_sources'].sum())} "
                     f"sources ({part['share_anonymous'].mean():.0%} anonymous), mean article share "
                     f"{main['share'].iloc[0]:.0%} from {main['side'].iloc[0]}, evenness over known sides "
                     f"{'—' if even != even else f'{even:.2f}'}, unknown side {part['share_unknown'].mean():.0%}, "
                     f"first quoted: {'; '.join(part['first_speaker'])}"
                     f" ({len(part)} article(s): {'means' if len(part) >= h.analysis.units.MIN_ARTICLES else 'no interval'}).")
print("\n".join(lines))
