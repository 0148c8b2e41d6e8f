"""Countries of discovered actors, from the demonyms the text attaches to them."""
from __future__ import annotations

from collections import Counter, defaultdict

from .names import _sentence
from .words import DEMONYMS

def _stated_country(span) -> str:
    """ISO code of a demonym the text attaches to a name (``Russian analyst X``, ``X, a Russian writer``)."""
    doc = span.doc
    sent = _sentence(span)
    window = list(doc[max(sent.start, span.start - 4):span.start])
    after = []
    if span.end < sent.end and doc[span.end].text == ",":
        for tok in doc[span.end + 1:min(sent.end, span.end + 9)]:
            if tok.text in {",", ".", ";", "—", "–"}:
                break
            after.append(tok)
    for tok in window[::-1] + after:
        code = DEMONYMS.get(tok.lower_)
        if code:
            return code
    return ""


def _fill_countries(doc, mentions: list[dict]) -> None:
    """Give every mention of a discovered actor the country the text states at any of them."""
    stated: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m["source"] != "discovered":
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        code = m["country"] or (_stated_country(span) if span is not None else "")
        if code:
            stated[m["actor"]][code] += 1
    for m in mentions:
        if m["source"] == "discovered" and stated.get(m["actor"]):
            m["country"] = sorted(stated[m["actor"]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
