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
# apart (`helpers.framing.outlet_voice`); indirect speech stays in, since its
# words are the outlet's paraphrase. Four analyses:
# 1. *appellations*: the form of every actor mention, with the words before a
#    name (compound and adjective modifiers in the spaCy parse), appositives
#    (`X, a ...,`) and `X is a ...` predicates;
# 2. *loaded terms*: presence per article of the terms in
#    story's `lexicon.csv`, plus registered names written in lower case;
# 3. *distinctive words*: weighted log-odds with an informative Dirichlet
#    prior from the pooled corpus (Monroe, Colaresi and Quinn 2008), one
#    outlet against the rest, words in two or more articles, with a threshold
#    from shuffling outlet labels across articles (200 shuffles, fixed seed);
# 4. *voices*: quotes by the speaker's side, a diversity index, who is quoted
#    first, direct against indirect.
#
# **Caveats.** Five articles, one per outlet: this describes five articles,
# not the outlets' coverage, and it is exploratory. The unit is the article.
# With one article per outlet a permutation test cannot single out any word
# (every shuffle only renames the outlets), and no presence difference can be
# tested. For a republished translation the wording measures the translator
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
print(f"{n_articles} articles, {len(outlets)} outlets, {len(mentions)} actor mentions, {len(quotes)} quotes")

# %% [markdown]
# ## The outlet's voice
# How much of each article is quoted text (held apart from every measure
# below)? `share_quoted` is the share of characters in direct quotes or
# between quotation marks.

# %%
# NBVAL_CHECK_OUTPUT
spans = h.framing.quoted_spans(articles, quotes)
voice = h.framing.outlet_voice(articles, quotes, spans=spans)
voice_table = voice[["outlet", "article", "n_chars", "n_chars_quoted", "share_quoted"]].sort_values("outlet")
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
# percentile of the largest |z| under 200 shuffles of outlet labels across
# articles. The `|z| > 1.96` habit would flag dozens of noise words here.

# %%
words = h.framing.distinctive_words(articles, quotes, n_permutations=200, seed=0, voice=voice)
threshold = float(words["threshold"].iloc[0]) if len(words) else float("nan")
counts = h.framing.word_counts(dict(zip(voice["article"], voice["voice"])))
labels = [dict(zip(articles["article"], articles["outlet"]))[a] for a in counts.index]
maxima = h.framing.permutation_maxima(counts.to_numpy(float), labels, counts.to_numpy(float).sum(axis=0), 200, 0)
print(f"{words['word'].nunique()} words in two or more articles; permutation threshold |z| > {threshold:.2f}; "
      f"largest observed |z| {words['z'].abs().max():.2f}; distinct shuffle maxima: {len(np.unique(maxima.round(6)))}")

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
# Quotes (direct and indirect) by the speaker's side (`speaker_country`;
# `unknown` for unnamed sources without a stated side). `entropy_norm` is the
# Shannon entropy over sides divided by ln(number of sides quoted in the
# corpus): 0 = one side only, 1 = all sides equally. `first_speaker` is who
# is quoted first in the article. A mixed quote (a quoted span inside
# reported speech) counts as one direct and one indirect quote.

# %%
# NBVAL_CHECK_OUTPUT
voice_summary = h.framing.voices(articles, quotes)
voice_summary

# %%
# NBVAL_CHECK_OUTPUT
by_side = h.framing.voices_by_side(articles, quotes)
by_side if len(by_side) else "no quotes found in this corpus"

# %%
if by_side.empty:
    print(h.plots.skip_figure("02_voices", "no quotes found in this corpus"))
else:
    wide = by_side.pivot_table(index="outlet", columns="side", values="n_quotes", fill_value=0, aggfunc="sum")
    n_quotes = wide.sum(axis=1)
    shares = wide.div(n_quotes, axis=0)
    labels = {o: h.plots.with_n(o, int(n_quotes[o]), "quotes") for o in shares.index}
    print(h.story.side_note(h.story.sides_of(quotes), quotes["speaker"], STORY))
    fig = h.plots.stacked_bars(shares, h.plots.side_colors(shares.columns),
                               h.plots.with_n("Whose quotes each outlet carries", n_articles),
                               "share of the outlet's quotes", "speaker's side", row_labels=labels, totals=False)
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
for r in voice_summary.itertuples():
    main = by_side[by_side["outlet"] == r.outlet].sort_values(["share", "side"], ascending=[False, True]).head(1)
    if len(main):
        lines.append(f"{r.outlet}: {r.n_quotes} quotes, {main['share'].iloc[0]:.0%} from {main['side'].iloc[0]}, "
                     f"side diversity {r.entropy_norm:.2f}, first quoted: {r.first_speaker}.")
print("\n".join(lines))
