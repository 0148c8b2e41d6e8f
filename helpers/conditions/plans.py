r"""The items of a plan or a list of terms, written on lines of their own after the line that opens them.

News copy lays out a plan's points as numbered or bulleted lines (``1. A truce
along the river.`` / ``- Free elections within a year.``), or as short lines
without a main verb after a sentence that ends with a colon (``Its terms
include:``). Each item states a term of whoever holds the list; the opener
(the last sentence before the first item) says who that is.

>>> from helpers import nlp
>>> from helpers.conditions import segments
>>> text = "Norland set out its plan.\n\n1. A truce.\n\n2. Free elections.\n\nTalks went on."
>>> item_openers(list(segments(nlp.bare_nlp()(text))), text)
{1: 0, 2: 0, 3: 0}
"""
from __future__ import annotations

import re

from .. import language

#: A list marker at the start of a line: ``1.``, ``2)``, ``(3)``, ``-``, a bullet.
ITEM_MARK = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-\u2022*\u2013\u2014\u25cf\u25aa\u00b7])(?:\s+|$)")
#: A bullet touching its item's first word, a capital or a quotation mark (``\u2022The release of ...``:
#: scraped pages often lose the space).
TOUCHING_MARK = re.compile(r"^\s*[\u2022*\u25cf\u25aa\u00b7](?=[A-Z\"\u201c\u2018'])")
#: How many items a list may have.
MAX_ITEMS = 20


def starts_line(seg, text: str) -> bool:
    """Whether a segment is the first on its line."""
    before = text[:seg.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def heading(seg, text: str) -> bool:
    r"""A segment that is a line of its own and ends with no sentence punctuation: a section's or a
    live blog entry's title (``16:05 | Envoys meet``), after which a new section begins.

    >>> import spacy
    >>> text = "Envoys meet\nThey met.\n"
    >>> doc = spacy.blank("en")(text)
    >>> [heading(doc.char_span(a, b), text) for a, b in ((0, 11), (12, 21))]
    [True, False]
    """
    words = text[seg.start_char:seg.end_char].rstrip()
    end = seg.start_char + len(words)
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    words = words.strip()
    return starts_line(seg, text) and not rest.strip() and bool(words) and words[-1].isalnum()


def _line_mark(seg, text: str) -> str:
    """The list marker a segment opens its line with (spaced, or a bullet touching a capital), else ''."""
    if not starts_line(seg, text):
        return ""
    words = text[seg.start_char:seg.end_char]
    found = ITEM_MARK.match(words) or TOUCHING_MARK.match(words)
    return found.group().strip() if found else ""


def _marked_lines(segs: list, text: str) -> list[bool]:
    r"""For each segment, whether it opens a marked line. An asterisk marks an item only when the line
    before or after it opens with one too (a list, not a footnote's lone ``*``; the segmenter may cut an
    item's line after its asterisk, so lines, not segments, are counted); a touching bullet (``*Immediate
    end of ...``) marks one as a spaced one does.

    >>> from helpers import nlp
    >>> from helpers.conditions import segments
    >>> text = "Terms.\n\n*A truce.\n\n*Aid.\n\nMore.\n\n*An earlier version said so."
    >>> _marked_lines(list(segments(nlp.bare_nlp()(text))), text)
    [False, True, True, False, False]
    """
    marks = [_line_mark(seg, text) for seg in segs]
    lines = [i for i, seg in enumerate(segs) if starts_line(seg, text)]
    star_lines = [marks[i].startswith("*") for i in lines]
    starred = {i for k, i in enumerate(lines) if star_lines[k]
               and ((k > 0 and star_lines[k - 1]) or (k + 1 < len(lines) and star_lines[k + 1]))}
    return [bool(m) and (not m.startswith("*") or i in starred) for i, m in enumerate(marks)]


def fragment(seg) -> bool:
    """A line whose head phrase (up to its first comma) has no finite verb: ``The return of all
    detainees``, ``No land to be ceded, whatever the cost``, ``Guarantees, should the truce fail``.

    A line whose root is a finite verb with a subject, or has a finite auxiliary after its subjects,
    is a sentence, whatever comes before its first comma (``The envoy's deputy, Ann Lee, said ...``,
    ``Talks on the next stage, which ..., are set to begin``); an auxiliary before the subject opens
    an inverted conditional (``should the truce fail``).

    >>> from helpers import nlp
    >>> [fragment(nlp.bare_nlp()(t)[:]) for t in ("The return of all detainees.", "The detainees returned.",
    ...                                          "The envoy's deputy, Ann Lee, said the talks would go on.")]
    [True, False, False]
    >>> [fragment(nlp.bare_nlp()(t)[:]) for t in ("Talks on the second stage, which aims at a lasting truce, are "
    ...                                          "set to begin in May.", "Guarantees, should the other side break the truce")]
    [False, True]
    """
    root = seg.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a finite auxiliary after the subjects (``Talks on a second phase, ..., are set to begin``), not an
    # inverted conditional's before one (``Guarantees, should the truce fail``)
    finite = "Fin" in root.morph.get("VerbForm") or any(
        c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm") and subjects
        and all(s.i < c.i for s in subjects) for c in root.children)
    if root.pos_ in ("VERB", "AUX") and finite and subjects:
        return False
    for tok in seg:
        if tok.text in (",", ";", ":", "\u2014"):
            break
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return False
    return True


def _opens_list(seg, text: str) -> bool:
    return text[seg.start_char:seg.end_char].rstrip().endswith(":")


def item_openers(segs: list, text: str) -> dict[int, int]:
    r"""Index of each item segment -> index of the segment that opens its list.

    A marked line starts or continues a list (the sentences after it on the same line belong
    to the item); after an opener that ends with a colon, lines without a finite main verb
    are items too, unless they end with a colon themselves (``Key points of the second plan:``
    opens the next list). A line that is neither ends the list: a sentence after the items is the
    story going on.

    >>> from helpers import nlp
    >>> from helpers.conditions import segments
    >>> text = "Its terms:\n\n- A truce.\n\n- Aid.\n\nTalks on the aid, which stalled, are set to resume.\n\nMore."
    >>> item_openers(list(segments(nlp.bare_nlp()(text))), text)
    {1: 0, 2: 0}
    """
    out: dict[int, int] = {}
    opener, colon, count = None, False, 0
    lines = _marked_lines(segs, text)
    for i, seg in enumerate(segs):
        if lines[i] or (colon and starts_line(seg, text) and not _opens_list(seg, text) and fragment(seg)):
            if opener is None:
                opener = i - 1 if i > 0 else None
                count = 0
            if opener is not None and count < MAX_ITEMS:
                out[i] = opener
                count += 1
        elif not starts_line(seg, text) and i - 1 in out:
            out[i] = out[i - 1]  # the rest of an item's line
        else:
            opener, count = None, 0
            colon = _opens_list(seg, text)
    return out


#: Words of a list counted in prose (``consists of five points``) and of its items named by ordinals.
ORDINAL_WORDS = language.ordered("ordinal_words")
#: The ordinals that open an item as an adverb (``Second, ...``); ``Finally,`` and ``Lastly,`` close an argument.
ADVERB_ORDINALS = tuple(w for w in ORDINAL_WORDS if w not in ("final", "last"))
COUNT_WORDS = language.ordered("count_words")
LIST_ITEM_NOUNS = language.ordered("list_item_nouns")
#: How many segments after a counted list its ordinal items may come.
ORDINAL_LOOKBACK = 6


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: A sentence that opens with an ordinal item: ``The second point is ...``, ``The fifth is ...``, or
#: with an ordinal adverb, a noun maybe, and a comma, a colon or a dash (``Second, the army is cut
#: to ...``, ``Second principle — the army is cut to ...``).
ORDINAL_ITEM = re.compile(
    rf"^\W*(?:the\s+(?:{_alternatives(ORDINAL_WORDS)})(?:\s+(?:{_alternatives(LIST_ITEM_NOUNS)}))?"
    r"\s+(?:is|are|was|were|concerns|covers|involves|calls|would|will|requires|envisions)\b"
    rf"|(?P<adverb>{_alternatives(ADVERB_ORDINALS)})(?:\s+(?-i:[a-z]+))?\s*(?:,|:|[\u2014\u2013]|-\s))",
    re.IGNORECASE)
#: A sentence that announces a counted list: ``... consists of five points``, ``its three demands``.
COUNTED_LIST = re.compile(
    rf"\b(?:{_alternatives(COUNT_WORDS)}|\d{{1,2}})(?:-|\s+)(?:\w+\s+)?(?:{_alternatives(LIST_ITEM_NOUNS)})\b",
    re.IGNORECASE)


def ordinal_items(segs: list) -> dict[int, int]:
    """Index of each sentence that names an item of a counted list by its ordinal -> index of the
    sentence that counted the list, at most :data:`ORDINAL_LOOKBACK` segments before it (``Its
    plan has five points. ... The second point is a truce. The third is ...``); items in between
    that the ordinal skips are left to the other rules. An item that names its noun belongs to a
    list counted with the same noun (``two demands ... The second point is`` is no item of them).

    >>> from helpers import nlp
    >>> from helpers.conditions import segments
    >>> text = "Norland's plan has three points. It wants a truce. The second point is a vote. Third, aid."
    >>> ordinal_items(list(segments(nlp.bare_nlp()(text))))
    {2: 0, 3: 0}
    >>> text = "Norland has three demands. First \u2014 a truce. Second demand \u2014 a vote."
    >>> ordinal_items(list(segments(nlp.bare_nlp()(text))))
    {1: 0, 2: 0}
    """
    out: dict[int, int] = {}
    for i, seg in enumerate(segs):
        item = ORDINAL_ITEM.match(seg.text)
        if not item or (item.group("adverb") and _says(seg)):
            continue  # ``Second, Anna Berg said ...``: a speaker's sentence, no item of the list
        noun = _item_noun(item.group(0))
        counted = next((j for j in range(i - 1, max(-1, i - 1 - ORDINAL_LOOKBACK), -1)
                        if j not in out and _counts(segs[j].text, noun)), None)
        if counted is not None:
            out[i] = counted
    return out


def _says(seg) -> bool:
    """Whether a segment's main verb is a verb of saying or demanding (a quote cue): its subject speaks."""
    from ..quotes.cues import saying_verb
    return saying_verb(seg.root)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _item_noun(opening: str) -> str | None:
    """The noun an ordinal item names (``The second point is`` -> ``point``), else None."""
    nouns = {_singular(n) for n in LIST_ITEM_NOUNS}
    return next((_singular(w) for w in re.findall(r"[A-Za-z]+", opening) if _singular(w) in nouns), None)


def _counts(text: str, noun: str | None) -> bool:
    """Whether ``text`` counts a list, of ``noun`` when the item names one (``two demands`` is no
    list of points)."""
    return any(noun is None or _singular(m.group(0).split()[-1].split("-")[-1]) == noun
               for m in COUNTED_LIST.finditer(text))
