"""The ablation command: one parse, each registered rule switched off in turn, scored against a key."""
from __future__ import annotations

import pandas as pd

from helpers import ablation, rules


def test_switching_off_the_rule_that_finds_a_condition_costs_its_score(corpus_dir, tmp_path):
    (corpus_dir / "a.txt").write_text("Talks in the north\n\nGermany will sign the treaty only if Portugal "
                                      "lifts the sanctions on its banks, officials said.\n",
                                      encoding="utf-8")
    (corpus_dir / "story").mkdir()  # the corpus's own story brings the category
    (corpus_dir / "story" / "actors.csv").write_text(
        "canonical,type,country\nGermany,state,DEU\nPortugal,state,PRT\n", encoding="utf-8")
    (corpus_dir / "story" / "conditions.csv").write_text(
        "category,generic_category,role,pattern\nsanctions,sanctions,object,\\bsanctions\\b\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    pd.DataFrame([{"article": "a.txt", "holder": "Germany", "holder_country": "DEU", "category": "sanctions"}]
                 ).to_csv(gold / "conditions.csv", index=False)
    story = ablation.story_for(None, corpus_dir)
    docs = ablation.parse_corpus(corpus_dir, story)
    tables = ablation.extract(docs, story)
    assert ablation.headline(ablation.score(tables, gold))["cond. F1"] == 1.0
    base, runs = ablation.ablate(docs, gold, only="condition_cue", story=story)
    assert [name for name, _ in runs] == rules.REGISTRIES["condition_cue"].names()
    off = dict(runs)["condition_cue.cue_before"]
    assert off["cond. F1"] == 0.0
    assert "condition_cue.cue_before" in ablation.format_ablation(base, runs)
