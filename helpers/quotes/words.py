"""The word lists the quote rules consult, loaded from ``helpers/data/words/`` (see
:mod:`helpers.language`); regular expressions are built here from the words.

Lists that overlapped are kept once: a sub-list holds its own words and the
wider list is the union (``ORG_NOUNS`` = ``org_nouns`` + ``generic_org_nouns``).
"""
from __future__ import annotations

import re

from .. import language
from ..actors import TITLES  # noqa: F401 - re-exported for the rules (titles belong to actors)

#: Common nouns that name a person or group who can speak without a name.
GROUP_NOUNS = language.words("group_nouns")
SPOKES_NOUNS = language.words("spokes_nouns")
SOURCE_NOUNS = language.words("source_nouns") | GROUP_NOUNS | SPOKES_NOUNS
#: Plurals that name an organisation's own people as one voice (``the members said``).
MEMBERSHIP_PLURALS = language.words("membership_plurals")
#: Last words of a body whose members speak as it (``caucus``, ``union``, ``committee``).
MEMBERSHIP_BODIES = language.words("membership_bodies")
AUTHOR_NOUNS = language.words("author_nouns")
DATA_NOUNS = language.words("data_nouns")
#: Head nouns of an organisation's name; of those, the nouns any company may be called.
GENERIC_ORG_NOUNS = language.words("generic_org_nouns")
ORG_NOUNS = language.words("org_nouns") | GENERIC_ORG_NOUNS
#: Nouns whose words belong to their author (``the report said``); those a court issues.
COURT_DOCUMENTS = language.words("court_documents")
DOCUMENT_NOUNS = language.words("document_nouns") | COURT_DOCUMENTS
READ_VERBS = language.words("read_verbs")
#: Verbs whose object is a document the subject issues (``Acme released a plan``).
PUBLISH_VERBS = language.words("publish_verbs")
THINKING_VERBS = language.words("thinking_verbs")
#: Passive verbs whose subject speaks the verb of saying under them (``was quoted as saying``).
PASSIVE_REPORT_VERBS = language.words("passive_report_verbs")
#: Verbs that report a finding when their subject is a document (``the study found that``).
DOCUMENT_FINDING_VERBS = language.words("document_finding_verbs")
MODALS = language.words("modal_verbs")
NOT_REPORT_HEADS = language.words("not_report_heads")

#: Third-person pronouns and the kind of actor each can stand for; the gender they state.
PRONOUNS = {**{w: "person" for w in language.ordered("pronouns_personal")},
            **{w: "plural" for w in language.ordered("plural_pronouns")},
            **{w: "thing" for w in language.ordered("thing_pronouns")}}
GENDER = {w: "f" if w in language.words("female_pronouns") else "m" for w in language.ordered("pronouns_personal")}
OWN_VOICE = language.words("own_voice_pronouns")
#: Collective nouns that, after a demonym, speak for the state (``the Ruritanian side``).
STATE_VOICE_NOUNS = language.words("state_voice_nouns")
#: Offices a news lede names before the person (``Ruritania's envoy said ...``; named next).
LEDE_TITLES = language.words("lede_titles")


def _alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: A verb of saying right after a closing mark (``…,” Lee said``): the mark closed a quote.
SPEECH_AFTER = re.compile(
    r"^\s*(?:[,.]\s*)?(?:(?:[A-Z][\w.'’-]*|" + _alternation(language.ordered("attribution_subjects"))
    + r")\s+){0,4}?(?:" + _alternation(language.ordered("attribution_verbs")) + r")\b",
    re.IGNORECASE,
)
#: ``City of X``: a place that speaks as its local government.
MUNICIPAL = re.compile(r"^(?:" + _alternation(language.ordered("municipal_nouns")) + r") of [A-Z]")
