"""Verbs of saying whose content is their object or clause (``rejected the plan``,
``highlighted the need for``), and content that reports nothing (``rejected it``, first-person
speech whose quotation marks were lost): invented sentences through the real extractor."""
from __future__ import annotations

import pytest

from helpers import quotes as q

from hand_mentions import mentions_in

ACTORS = {"Anna Berg": ("Anna Berg", "person", "SWE"), "Kestrel Bank": ("Kestrel Bank", "organization", "NOR")}

# (sentence, the reported content the row must hold, or None: no indirect row)
CASES = [
    ("Anna Berg rejected the harbour board's plan to close the northern pier.", "plan to close the northern pier"),
    ("Kestrel Bank dismissed the claims of fraud as baseless gossip.", "claims of fraud"),
    ("Anna Berg questioned the legality of the new ferry tolls.", "legality of the new ferry tolls"),
    ("Kestrel Bank highlighted the need for a deeper shipping channel.", "need for a deeper shipping channel"),
    ("Anna Berg outlined a five-point plan for the old harbour.", "five-point plan for the old harbour"),
    ("Anna Berg revealed that the ferry company had been sold in March.", "ferry company had been sold"),
    ("Kestrel Bank maintains that the loan was repaid on time.", "loan was repaid on time"),
    ("Anna Berg ruled out any new taxes on the fishing fleet.", "new taxes on the fishing fleet"),
    ("Anna Berg maintained the old boat for thirty years.", None),
    ("The pilot requested anonymity because he was not allowed to talk to the press.", None),
    ("Kestrel Bank may reject the offer from the harbour board next week.", None),
    ("Kestrel Bank hailed it as a victory for the whole harbour.", "it as a victory for the whole harbour"),
    ("Anna Berg rejected it on Monday.", None),
    ("Kestrel Bank offered to mediate between the ferry crews and the town.", "mediate between the ferry crews"),
    ("Kestrel Bank offered a loan of two million to the town.", None),
    ("Anna Berg denied the claims of fraud at the harbour.", "claims of fraud at the harbour"),
    ("Anna Berg cut the fees, citing the high cost of fuel.", "the high cost of fuel"),
    ("Anna Berg proposed a plan including a fee cut and establishing a new harbour board by May.",
     "including a fee cut and establishing a new harbour board by May"),
    ("Anna Berg spoke to the crews. We will never sell the old boats to anyone, she added.", None),
]


@pytest.fixture(scope="module")
def nlp():
    from helpers import nlp as nlp_module

    return nlp_module.bare_nlp()


@pytest.mark.parametrize("text, content", CASES, ids=[c[0][:30] for c in CASES])
def test_speech_act_content(nlp, text, content):
    doc = nlp(text)
    rows = [r for r in q.find_quotes(doc, "t.txt", mentions_in(text, ACTORS)) if r["kind"] == "indirect"]
    if content is None:
        assert rows == []
    else:
        assert any(content in r["quote"] for r in rows), rows
