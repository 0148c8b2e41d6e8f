"""One table of invented cases per quote registry: each rule with a sentence it handles
(positive) and a near miss it must leave alone (negative), run through the real extractor
(the bare model and hand-made mentions); a registered rule without both cases fails."""
from __future__ import annotations

import pytest

from helpers import quotes as q
from helpers import rules

from hand_mentions import mentions_in

ACTORS = {
    "Anna Berg": ("Anna Berg", "person", "SWE"), "Berg": ("Anna Berg", "person", "SWE"),
    "Tomas Lind": ("Tomas Lind", "person", "NOR"), "Lind": ("Tomas Lind", "person", "NOR"),
    "Karl Vos": ("Karl Vos", "person", "NOR"),
    "Kestrel Bank": ("Kestrel Bank", "organization", "NOR"),
    "Vanta Freight": ("Vanta Freight", "organization", "NOR"),
    "Tidewire": ("Tidewire", "organization", "NOR"),
    "Norway": ("Norway", "state", "NOR"),
    "Eastvale District Court": ("Eastvale District Court", "organization", "NOR"),
    "Harbour Liberation Front": ("Harbour Liberation Front", "organization", "NOR"),
    "Harbour Caucus": ("Harbour Caucus", "organization", "NOR"),
}
SAID = "the channel was too shallow for the new ferries."
QUOTE = '"The channel is far too shallow for the new ferries,"'


def age_parsed_as_subject(nlp):
    """``"We will rebuild the pier," Anna Berg, 61, said.`` with the parse that takes the age
    for the subject (the small model's parse varies; this one is fixed by hand)."""
    from spacy.tokens import Doc

    words = ['"', "We", "will", "rebuild", "the", "pier", ",", '"', "Anna", "Berg", ",", "61", ",", "said", "."]
    spaces = [False, True, True, True, True, False, False, True, True, False, True, False, True, False, False]
    heads = [13, 3, 3, 13, 5, 3, 3, 13, 9, 11, 11, 13, 13, 13, 13]
    deps = ["punct", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "punct", "compound", "nmod", "punct",
            "nsubj", "punct", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM",
           "PUNCT", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words[:13]] + ["say", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def quoted_appositive(nlp):
    """``The pilot, "Vennberg Lind", said the channel was shallow.``: an appositive inside
    quotation marks (a name the speaker is called by someone else), parsed by hand."""
    from spacy.tokens import Doc

    words = ["The", "pilot", ",", '"', "Vennberg", "Lind", '"', ",", "said", "the", "channel", "was", "shallow", "."]
    spaces = [True, False, True, False, True, False, False, True, True, True, True, True, False, False]
    heads = [1, 8, 1, 5, 5, 1, 5, 1, 8, 10, 11, 8, 11, 8]
    deps = ["det", "nsubj", "punct", "punct", "compound", "appos", "punct", "punct", "ROOT", "det", "nsubj",
            "ccomp", "acomp", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ",
           "PUNCT"]
    lemmas = ["the", "pilot", ",", '"', "Vennberg", "Lind", '"', ",", "say", "the", "channel", "be", "shallow", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def subject_hung_in_clause(nlp):
    """``Ferries will stop in May, Kestrel Bank said.`` with the parse that hangs the subject
    inside the clause before the verb and leaves the verb without one (as the small model does
    when a headline runs into the sentence; fixed by hand)."""
    from spacy.tokens import Doc

    words = ["Ferries", "will", "stop", "in", "May", ",", "Kestrel", "Bank", "said", "."]
    spaces = [True, True, True, True, False, True, True, True, False, False]
    heads = [2, 2, 8, 2, 3, 2, 7, 2, 8, 8]
    deps = ["nsubj", "aux", "ccomp", "prep", "pobj", "punct", "compound", "npadvmod", "ROOT", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["NNS", "MD", "VB", "IN", "NNP", ",", "NNP", "NNP", "VBD", "."]
    lemmas = ["ferry", "will", "stop", "in", "May", ",", "Kestrel", "Bank", "say", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * 9)


# (rule, text, expected speaker): the rule's row names that speaker; None: the rule stops the
# search without a speaker (no row for it).
POSITIVE = [
    ("speaker.relative_who", f"Anna Berg thanked a pilot who said {SAID}", "Anna Berg"),
    ("speaker.own_voice", '"We will rebuild the pier before the summer," I said.', None),
    ("speaker.pronoun", f"Anna Berg met the crew. She said {SAID}", "Anna Berg"),
    ("speaker.pronoun", "Kvarnlo.no reports that Harbour Minister Anna Berg said this in an interview. She recalled "
                        f"that {SAID}", "Anna Berg"),
    ("speaker.pronoun", "On Monday the harbour master, Anna Berg, thanked Tomas Lind's crew for its work on the "
                        f"ferries. However, she added: {QUOTE}", "Anna Berg"),
    # a run of sentences with one pronoun as subject is about one person, whoever a sentence in between names
    ("speaker.pronoun", f"The harbour master, Anna Berg, has said no. She was speaking beside the ferry chief, Tomas "
                        f"Lind, in Eastvale. She said {SAID}", "Anna Berg"),
    ("speaker.pronoun", f"Anna Berg spoke first. She met Tomas Lind in Eastvale. He said {SAID}", "Tomas Lind"),
    ("speaker.pronoun", f"Tomas Lind lost the vote. After he resigned, Karl Vos took over as mayor. He said "
                        f"{SAID}", "Karl Vos"),
    # a subject pronoun never stands for a name in a phrase of its own clause
    ("speaker.pronoun", f"Anna Berg met the crew. In a call with Tomas Lind, she said {SAID}", "Anna Berg"),
    ("speaker.pronoun", f"Anna Berg met the crew. In Tomas Lind's letter, he said {SAID}", "Tomas Lind"),
    ("speaker.mention", f"Anna Berg said {SAID}", "Anna Berg"),
    ("speaker.appositive_mention", f"The harbour master, Anna Berg, said {SAID}", "Anna Berg"),
    ("speaker.appositive_name", f"The harbour master, Oskar Vennberg, said {SAID}", "Oskar Vennberg"),
    # the holder of an office named after the place it is of, where the parser hangs the name
    ("speaker.appositive_mention", f'{QUOTE} said the president of Norway, Anna Berg, who met the crew.',
     "Anna Berg"),
    ("speaker.appositive_name", f'{QUOTE} said the mayor of Eastvale, Oskar Vennberg, who met the crew.',
     "Oskar Vennberg"),
    ("speaker.age_subject", age_parsed_as_subject, "Anna Berg"),
    ("speaker.group_organisation", f"Analysts at Kestrel Bank said {SAID}", "Kestrel Bank"),
    ("speaker.group_organisation", f"Kestrel Bank analysts said {SAID}", "Kestrel Bank"),
    ("speaker.spokesperson", f"A spokesperson for Kestrel Bank said {SAID}", "Kestrel Bank"),
    ("speaker.document_authors", f"A study by Kestrel Bank was published in March. The study's authors said {SAID}",
     "Kestrel Bank"),
    ("speaker.group_named_before", f"Organisers from Kestrel Bank said the march would go ahead. Organisers said {SAID}",
     "Kestrel Bank"),
    ("speaker.members_of_subject_before", f"The Harbour Caucus issued a statement on Monday. In it, the members said {SAID}",
     "Harbour Caucus"),
    ("speaker.court_document", f"Vanta Freight sued the port. Eastvale District Court ruled in May. The ruling said {SAID}",
     "Eastvale District Court"),
    ("speaker.document_mention", f"A report by Kestrel Bank said {SAID}", "Kestrel Bank"),
    # the document's possessor, a state too, before anyone named last
    ("speaker.document_mention", "Vanta Freight must dredge the channel, according to Norway's proposals on "
                                 "the harbour.", "Norway"),
    ("speaker.document_mention", f"Kestrel Bank runs the port. Anna Berg's report said {SAID}", "Anna Berg"),
    ("speaker.document_name", f"The Vennberg Commission report said {SAID}", "Vennberg Commission"),
    ("speaker.document_issuer_before", f"A report by Kestrel Bank was published in March. The report said {SAID}",
     "Kestrel Bank"),
    ("speaker.document_published", f"Anna Berg's plan for the harbour was leaked on Monday. Vanta Freight runs the "
                                   f"ferries. The document says {SAID}", "Anna Berg"),
    ("speaker.document_published", f"Kestrel Bank released a ten-point plan for the harbour on Monday. The document "
                                   f"says {SAID}", "Kestrel Bank"),
    ("speaker.document_published", 'Anna Berg set out her "harbour plan" on Monday. Vanta Freight runs the ferries. '
                                   f"The plan says {SAID}", "Anna Berg"),
    ("speaker.document_of_subject", "Anna Berg is pushing a ten-point plan that calls for a new pier and deeper "
                                    "channels.", "Anna Berg"),
    ("speaker.it_document", "Kestrel Bank said fares would rise. Vanta Freight's plan tries a middle way. It "
                            "proposes that fares fall by a fifth.", "Vanta Freight"),
    ("speaker.it_speaker", "Kestrel Bank released a plan on Monday. The plan calls for new ferries. Vanta Freight "
                           "runs the old ferries. Fares should fall by a fifth, it says.", "Kestrel Bank"),
    ("speaker.statement_author", f"Kestrel Bank said in a statement that fares would rise. The statement said {SAID}",
     "Kestrel Bank"),
    ("speaker.document_main_source", f"Kestrel Bank said fares would rise. The document said {SAID}", "Kestrel Bank"),
    ("speaker.demonym_state", f"Anna Berg met the delegations on Monday. The Norwegian side said {SAID}", "Norway"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the Norwegian delegation said {SAID}", "Norway"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the Albanian Macedonian side said {SAID}",
     "North Macedonia"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the North Korean side said {SAID}", "North Korea"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the Korean side said {SAID}", "South Korea"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the Sri Lankan side said {SAID}", "Sri Lanka"),
    ("speaker.demonym_ministry", "The ferries will stop in May, according to the Norwegian foreign ministry.",
     "Norwegian Foreign Ministry"),
    ("speaker.title_named_next", f"Norway's envoy said on Monday that {SAID} \"We cannot wait,\" Tomas Lind told "
                                 "reporters.", "Tomas Lind"),
    ("speaker.abbreviated_title", f"Norway PM says the ferries will stop\n\nPrime Minister Tomas Lind said {SAID}",
     "Tomas Lind"),
    ("speaker.abbreviated_title", f"Norwegian PM says the ferries will stop\n\nPrime Minister Tomas Lind said {SAID}",
     "Tomas Lind"),
    ("speaker.title_holder", f"The Premier and Finance Minister Tomas Lind opened the pier. The premier "
                             f"said {SAID}", "Tomas Lind"),
    ("speaker.entity", f"Oskar Vennberg said {SAID}", "Oskar Vennberg"),
    ("speaker.org_role", f"Kestrel Bank cut its rates on Monday. The bank said {SAID}", "Kestrel Bank"),
    ("speaker.org_role", f"Kestrel Bank cut its rates on Monday. The Vanta Freight (VF) shipping group said {SAID}",
     "Vanta Freight"),
    ("speaker.org_role", f"The Harbour Liberation Front met envoys on Monday. The front said {SAID}",
     "Harbour Liberation Front"),
    ("speaker.role", f"Tomas Lind, a ferry pilot, spoke on Monday. The pilot said {SAID}", "Tomas Lind"),
    # a role held in a named body is the person described with that role in that body, however far apart;
    # not one who only speaks of that role (``criticised the Harbour Caucus leader``)
    ("speaker.role", f"Anna Berg, leader of the Harbour Caucus, spoke on Monday. Karl Vos criticised the Harbour "
                     f"Caucus leader on Sunday. The Harbour Caucus leader said {SAID}", "Anna Berg"),
    ("speaker.role", f"Lind says the pier must wait for Anna Berg\n\nA lawmaker, leader of the Harbour Caucus "
                     f"and a former ferry pilot, Tomas Lind said on Monday the pier would close. Anna Berg met "
                     f"the crews. The Harbour Caucus leader said {SAID}", "Tomas Lind"),
    ("speaker.role", f"Lind says the pier must wait for Anna Berg\n\nThe chair of the Harbour Caucus and a "
                     f"former ferry pilot for the port, Tomas Lind spoke on Monday. The ferries ran late. Anna "
                     f"Berg, the port's chair, met the crews. The Harbour Caucus chair said {SAID}", "Tomas Lind"),
    # a person's role noun right after that person spoke is that person, not one of the same role elsewhere
    ("speaker.role", f'Anna Berg led the talks and said Norway wanted "a fair hearing." The envoy said {SAID}',
     "Anna Berg"),
    ("speaker.title_holder", f"Deputy Minister Anna Berg opened the pier. Tomas Lind watched. The deputy minister "
                             f"said {SAID}", "Anna Berg"),
    ("speaker.title_holder", f"Anna Berg, the country's president, met Tomas Lind on Monday. Afterwards the head of "
                             f"state said {SAID}", "Anna Berg"),
    ("speaker.title_holder", f"The deputy minister said {SAID} Anna Berg, the deputy minister, spoke after the "
                             f"vote.", "Anna Berg"),
    ("speaker.title_holder", f"Foreign Minister Tomas Lind and Foreign Minister Anna Berg met on Monday. Later "
                             f"Norway's foreign minister said {SAID}", "Tomas Lind"),
    ("speaker.title_holder", "President Tomas Lind opened the pier. Anna Berg, whose presidential term ended in "
                             f"May, said the pier was old. The president said {SAID}", "Tomas Lind"),
    ("speaker.title_holder", f"Anna Berg, the former harbour minister, met Tomas Lind on Monday. The former minister "
                             f"said {SAID}", "Anna Berg"),
    ("speaker.title_holder", f"The Harbour Safety Coordinator for Kestrel Bank said {SAID} Anna Berg, Kestrel Bank "
                             f"Harbour Safety Coordinator, spoke after the vote.", "Anna Berg"),
    ("speaker.office_holder", f'"We will dredge it in May," Finance Minister Anna Berg said. Later the official '
                              f'said {SAID}', "Anna Berg"),
    ("speaker.office_holder", f'"We will sign in May," Foreign Ministry spokeswoman Anna Berg said. Later the diplomat '
                              f'said {SAID}', "Anna Berg"),
    ("speaker.unnamed_source", f"A local farmer said {SAID}", "unnamed: local farmer"),
    ("direct.governing_verb_in_clause", 'Anna Berg called it "a gift to the big shipping firms" on Monday.', "Anna Berg"),
    ("direct.after_verb", f"{QUOTE} Anna Berg said.", "Anna Berg"),
    # a closed quote's manner-of-speaking verb with no object of its own is still its attribution
    ("direct.after_verb", '"The pier is open again!" Anna Berg shouted from the deck.', "Anna Berg"),
    ("direct.after_verb", '"The pier will reopen in May." Anna Berg shouted.', "Anna Berg"),
    ("direct.after_verb", f"{QUOTE} as Anna Berg said on Monday.", "Anna Berg"),
    ("direct.after_verb", f"{QUOTE} as Anna Berg, who heads the port board, said on Monday.", "Anna Berg"),
    ("direct.after_verb_named", f"{QUOTE} said co-author Dr. Anna Berg of the port board.", "Anna Berg"),
    ("direct.governing_verb", 'Anna Berg said on Monday that the plan was "a gift to the big shipping firms and nobody else".',
     "Anna Berg"),
    ("direct.according_to", 'According to Anna Berg, the channel is "far too shallow for the new ferries".', "Anna Berg"),
    ("direct.before_verb", 'Anna Berg was blunt: "The channel is far too shallow for the new ferries."', "Anna Berg"),
    ("direct.dash", '"The channel is far too shallow for the new ferries." - Anna Berg', "Anna Berg"),
    ("direct.paragraph_subject", 'Anna Berg, 71, has fished from this pier for forty years. "Where would I go if they closed it?"',
     "Anna Berg"),
    ("direct.floating_speaker", '"We will rebuild the pier," Anna Berg said. "It will take us at least a year."', "Anna Berg"),
    ("indirect.passive_this", "The channel was too shallow. This was confirmed by Anna Berg.", "Anna Berg"),
    ("indirect.passive_it", "It was reported by Kestrel Bank that the ferries would stop in May.", "Kestrel Bank"),
    ("indirect.as_clause", "As Anna Berg pointed out, the channel is too shallow for the new ferries.", "Anna Berg"),
    ("indirect.content_clause", f"Anna Berg said {SAID}", "Anna Berg"),
    ("indirect.according_to", "The channel is too shallow for the new ferries, according to Kestrel Bank.", "Kestrel Bank"),
    ("indirect.trailing_report", "Anna Berg told the Tidewire news agency that fares would rise. Berg also said the "
                                 "old pier was \u201ca ruin\u201d, the agency reported on Monday.", "Tidewire"),
    ("indirect.said_this", "The ferries will stop in May and the pier will close. Anna Berg said this on Monday.",
     "Anna Berg"),
    ("indirect.document_finding", "A report by Kestrel Bank found that the channel was too shallow for the new "
                                  "ferries.", "Kestrel Bank"),
    ("indirect.said_after_clause", subject_hung_in_clause, "Kestrel Bank"),
    ("indirect.said_in_parenthesis", "Most of the new ferries, Anna Berg said, are too wide for the old channel.",
     "Anna Berg"),
    ("indirect.headline_verb", "Kestrel Bank says the channel is too shallow for ferries\nThe bank met on Monday.",
     "Kestrel Bank"),
    ("indirect.headline_verb", "Channel too shallow for the new ferries, Kestrel Bank says\nThe bank met on Monday.",
     "Kestrel Bank"),
    ("inner.said_inside", '"I met the old captain on the quay and Tomas Lind told me, \'the channel is far too shallow '
                          'for them,\' before he left," Anna Berg said.', "Tomas Lind"),
]

# (rule, text): near misses the rule must not handle.
NEGATIVE = [
    ("speaker.relative_who", f"Anna Berg thanked Tomas Lind, who said {SAID}"),
    ("speaker.own_voice", f"{QUOTE} Anna Berg said."),
    ("speaker.pronoun", f"Anna Berg met the crew. Berg said {SAID}"),
    ("speaker.mention", f"A local farmer said {SAID}"),
    ("speaker.appositive_mention", f"The harbour master, Oskar Vennberg, said {SAID}"),
    ("speaker.appositive_name", f"The harbour master, Anna Berg, said {SAID}"),
    # a place named again in apposition is no holder of the office
    ("speaker.appositive_mention", f'{QUOTE} said the mayor of Eastvale, Norway, who met the crew.'),
    ("speaker.appositive_name", f'{QUOTE} said the mayor of Eastvale, Norway, who met the crew.'),
    ("speaker.appositive_mention", quoted_appositive),
    ("speaker.age_subject", f"Anna Berg said {SAID}"),
    ("speaker.group_organisation", f"Analysts said {SAID}"),
    ("speaker.spokesperson", f"A spokesperson said {SAID}"),
    ("speaker.document_authors", f"Kestrel Bank published a study in March. The study's authors said {SAID}"),
    ("speaker.group_named_before", f"Organisers said {SAID}"),
    ("speaker.members_of_subject_before", f"Anna Berg met the Harbour Caucus on Monday. The members said {SAID}"),
    ("speaker.members_of_subject_before", f"The Harbour Caucus issued a statement. The members of the public said {SAID}"),
    ("speaker.members_of_subject_before", f"The Harbour Caucus issued a statement. The two members said {SAID}"),
    ("speaker.members_of_subject_before", f"Kestrel Bank closed the club on Monday. The members said {SAID}"),
    ("speaker.court_document", f"The ruling said {SAID}"),
    ("speaker.document_mention", f"The report said {SAID}"),
    ("speaker.document_mention", f"A report on Norway said {SAID}"),
    ("speaker.document_name", f"A report by Kestrel Bank said {SAID}"),
    ("speaker.document_issuer_before", f"Kestrel Bank released a report on Monday. The report said {SAID}"),
    ("speaker.document_published", f"Anna Berg read a ten-point plan for the harbour on Monday. The document "
                                   f"says {SAID}"),
    ("speaker.document_of_subject", "A ten-point plan that calls for a new pier and deeper channels was read by "
                                    "Anna Berg."),
    ("speaker.it_speaker", "Vanta Freight runs the old ferries. Fares should fall by a fifth, it says."),
    ("speaker.it_document", "Kestrel Bank said fares would rise. Vanta Freight met the pilots on Monday. It "
                            "proposes that fares fall by a fifth."),
    ("speaker.statement_author", f"Kestrel Bank said fares would rise. The statement said {SAID}"),
    ("speaker.document_main_source", f"A report by Kestrel Bank said {SAID}"),
    ("speaker.demonym_state", f"Tomas Lind spoke first. Later the eastern side said {SAID}"),
    ("speaker.demonym_ministry", f"Kestrel Bank met on Monday. The ministry said {SAID}"),
    ("speaker.title_named_next", f"Anna Berg's envoy said on Monday that {SAID} \"We cannot wait,\" Berg told "
                                 "reporters."),
    ("speaker.abbreviated_title", f"Kestrel PM says the ferries will stop\n\nPrime Minister Tomas Lind said {SAID}"),
    ("speaker.abbreviated_title", f"Kestrel's PM says the ferries will stop\n\nPrime Minister Tomas Lind said {SAID}"),
    ("speaker.entity", f"Anna Berg said {SAID}"),
    ("speaker.org_role", f"The bank said {SAID}"),
    ("speaker.org_role", f"The Harbour Liberation Front met envoys on Monday. The frontier said {SAID}"),
    ("speaker.role", f"The pilot said {SAID}"),
    ("speaker.role", f'Anna Berg led the talks and said Norway wanted "a fair hearing." The Danish envoy said {SAID}'),
    ("speaker.title_holder", f"Anna Berg, a ferry pilot, opened the pier. The minister said {SAID}"),
    ("speaker.title_holder", f"Minister Anna Berg arrived on Monday. The former minister said {SAID}"),
    ("speaker.title_holder", f"The Harbour Safety Coordinator said {SAID} Anna Berg, a pilot, agreed."),
    ("speaker.office_holder", f'"We will dredge it in May," Anna Berg, a ferry pilot, said. Later the official '
                              f'said {SAID}'),
    ("speaker.office_holder", f'"We will sign in May," a visiting diplomat said. Later the diplomat said {SAID}'),
    ("speaker.unnamed_source", f"A local fisherman said {SAID}"),
    ("direct.governing_verb_in_clause", 'Anna Berg said on Monday that the plan was "a gift to the big shipping firms".'),
    ("direct.after_verb", 'Anna Berg was blunt: "The channel is far too shallow for the new ferries."'),
    # a full stop closes the quote's sentence: a verb of no saying after it opens a sentence of its own
    ("direct.after_verb", 'Anna Berg met the crew on Monday, stressing that "the channel is far too shallow." '
     'However, Norway has yet to reply to the offer.'),
    ("direct.after_verb", 'Anna Berg met the crew on Monday, stressing that "the channel is far too shallow". '
     'Norway has yet to reply to the offer.'),
    ("direct.after_verb", 'Anna Berg met the crew on Monday, stressing that "the channel is far too shallow?" '
     'However, Norway has yet to reply to the offer.'),
    ("direct.after_verb", 'Tomas Lind said Norway is talking "with the pilots to reach a fair deal on fares," as '
                          'Anna Berg seeks to cut them.'),
    ("direct.after_verb", 'Tomas Lind said Norway is talking "with the pilots to reach a fair deal on fares," after '
                          'Anna Berg said fares would rise.'),
    ("direct.after_verb", 'Anna Berg said the owners hope "to wear us all down, bit by bit," to make people leave '
                          'the harbour.'),
    ("direct.after_verb_named", f"{QUOTE} Anna Berg said."),
    # a pronoun the article does not resolve: the name in the next quote is not the speaker
    ("direct.after_verb_named", '"The pier is far too old for the new ferries," he said. "Kestrel Bank will pay '
                                'for the next one."'),
    ("direct.governing_verb", f"{QUOTE} Anna Berg said."),
    ("direct.according_to", 'Anna Berg said: "The channel is far too shallow for the new ferries."'),
    ("direct.before_verb", f"{QUOTE} Anna Berg said."),
    ("direct.dash", f"{QUOTE} Anna Berg said."),
    ("direct.paragraph_subject", '"We will rebuild the pier," Anna Berg said. "It will take us at least a year."'),
    ("direct.floating_speaker", 'Anna Berg, 71, has fished from this pier for forty years. "Where would I go if they closed it?"'),
    ("indirect.passive_this", "The channel was too shallow. This was confirmed on Monday."),
    ("indirect.passive_it", "It was said that the ferries would stop in May."),
    ("indirect.as_clause", f"As the tide rose, Anna Berg said {SAID}"),
    ("indirect.content_clause", f"Anna Berg did not say that {SAID}"),
    ("indirect.according_to", "The channel is too shallow for the new ferries, Kestrel Bank said."),
    ("indirect.trailing_report", "Anna Berg said the old pier was unsafe, adding that the ferries would stop."),
    ("indirect.headline_verb", "Kestrel Bank: the old channel says goodbye to its ferries\nThe bank met on Monday."),
    ("indirect.said_this", "The ferries will stop in May and the pier will close. Anna Berg said this was wrong."),
    ("indirect.document_finding", "The divers from Kestrel Bank found that the channel was too shallow for the new "
                                  "ferries."),
    # a verb the content finder claims, and a direct quote's attribution, are not this fallback's
    ("indirect.said_after_clause", "The ferries would stop running in May unless the channel is dredged, Kestrel Bank "
                                   "said on Friday."),
    ("indirect.said_after_clause", '"We will sell the old ferries" Anna Berg, the harbour master, said.'),
    ("indirect.said_in_parenthesis", "Most of the new ferries are too wide for the old channel, Anna Berg said, and the "
                                     "pier needs work."),
    ("indirect.said_in_parenthesis", "The channel is too shallow, Anna Berg said, but the old ferries rejected it."),
    ("indirect.said_in_parenthesis", "Ferries will return to the pier, a plan it proposed, on Monday."),
    ("inner.said_inside", '"I met the old captain on the quay and he spoke of \'a channel far too shallow for them\' '
                          'before he left," Anna Berg said.'),
]

QUOTE_REGISTRIES = ("speaker", "direct", "indirect", "inner")


@pytest.fixture(scope="module")
def nlp():
    from helpers import nlp as nlp_module

    return nlp_module.bare_nlp()


@pytest.fixture
def stopped(monkeypatch):
    """The rules that answered "nobody" (stopped the speaker search) during a test."""
    seen: list[str] = []
    call = rules.Registry.call

    def recording(self, qualified, rule, *args, **kwargs):
        found = call(self, qualified, rule, *args, **kwargs)
        if found is q.speakers.NOBODY:
            seen.append(qualified)
        return found

    monkeypatch.setattr(rules.Registry, "call", recording)
    return seen


def run(nlp, text):
    doc = text(nlp) if callable(text) else nlp(text)
    return q.find_quotes(doc, "t.txt", mentions_in(doc.text, ACTORS))


@pytest.mark.parametrize("rule, text, speaker", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_rule_handles_its_pattern(nlp, stopped, rule, text, speaker):
    rows = run(nlp, text)
    if speaker is None:
        assert rule in stopped and not [r for r in rows if rule in (r["rule"], r["speaker_rule"])]
    else:
        assert (rule, speaker) in {(r[c], r["speaker"]) for r in rows for c in ("rule", "speaker_rule")}


@pytest.mark.parametrize("rule, text", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_rule_leaves_a_near_miss_alone(nlp, stopped, rule, text):
    rows = run(nlp, text)
    assert rule not in stopped
    assert not [r for r in rows if rule in (r["rule"], r["speaker_rule"])]


def test_every_registered_quote_rule_has_a_positive_and_a_negative_case():
    registered = {name for reg in QUOTE_REGISTRIES for name in rules.REGISTRIES[reg].names()}
    assert registered - {c[0] for c in POSITIVE} == set()
    assert registered - {c[0] for c in NEGATIVE} == set()
    assert {c[0] for c in POSITIVE + NEGATIVE} <= registered  # no case for a rule that is gone


def test_switching_a_rule_off_hands_the_quote_to_the_next_rule(nlp):
    text = '"We will rebuild the pier," Anna Berg said. "It will take us at least a year."'
    with rules.disabled("direct.floating_speaker"):
        rows = run(nlp, text)
    assert [r["rule"] for r in rows if r["kind"] == "direct"] == ["direct.after_verb"]



def _dateline_credit_parse(nlp):
    """``LAKEPORT (Tidewire) — Norwegian President Anna Berg said that ...`` with the parse the small
    model gives a wire story that comes without its headline: the place is the subject and both the
    bracketed credit and the person hang on it as appositions (fixed by hand)."""
    from spacy.tokens import Doc

    words = ["LAKEPORT", "(", "Tidewire", ")", "—", "Norwegian", "President", "Anna", "Berg", "said", "that", "the",
             "channel", "was", "too", "shallow", "."]
    spaces = [True, False, False, True, True, True, True, True, True, True, True, True, True, True, True, False, False]
    heads = [9, 2, 0, 2, 0, 8, 8, 8, 0, 9, 13, 12, 13, 9, 15, 13, 9]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "amod", "compound", "compound", "appos", "ROOT", "mark",
            "det", "nsubj", "ccomp", "advmod", "acomp", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "SCONJ", "DET",
           "NOUN", "AUX", "ADV", "ADJ", "PUNCT"]
    tags = ["NNP", "-LRB-", "NNP", "-RRB-", ":", "JJ", "NNP", "NNP", "NNP", "VBD", "IN", "DT", "NN", "VBD", "RB",
            "JJ", "."]
    lemmas = ["LAKEPORT", "(", "Tidewire", ")", "—", "norwegian", "President", "Anna", "Berg", "say", "that", "the",
              "channel", "be", "too", "shallow", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
               sent_starts=[True] + [False] * 16)


def test_a_wire_datelines_credit_is_not_the_speaker(nlp):
    doc = _dateline_credit_parse(nlp)
    rows = q.find_quotes(doc, "t.txt", mentions_in(doc.text, ACTORS))
    assert [(r["speaker"], r["speaker_rule"]) for r in rows] == [("Anna Berg", "speaker.appositive_mention")]


@pytest.mark.parametrize("text, speaker", [
    # a credit that opens the line before the place and the date (the parser makes it the subject)
    ("(Tidewire) \u2013 LAKEPORT, MAY 2 \u2013 The harbour chief of Lakeport, Anna Berg, told reporters that the "
     "channel was too shallow.", "Anna Berg"),
    ("(Tidewire) - LAKEPORT - Norwegian President Anna Berg told reporters that the channel was too shallow.",
     "Anna Berg"),
    ("(Tide Wire) \u2013 LAKEPORT, Tuesday \u2013 The harbour chief of Lakeport, Anna Berg, told reporters that the "
     "channel was too shallow.", "Anna Berg"),
    # a credit in brackets later in the line is no dateline
    ("Anna Berg (Tidewire) told reporters that the channel was too shallow.", "Anna Berg"),
])
def test_a_credit_first_datelines_credit_is_not_the_speaker(nlp, text, speaker):
    rows = q.find_quotes(nlp(text), "t.txt", mentions_in(text, ACTORS))
    assert {r["speaker"] for r in rows} == {speaker}


#: A participle of saying after a comma in a reported clause of a state or a duty is the reporter's words;
#: after a clause whose subject acts or speaks, that subject's.
REPORTED_CLAUSE_CASES = [
    ("Anna Berg noted that while the crew appeared ready, Norway is interested in a deal because of the weather, "
     "noting that the ferries would be stuck for weeks.", "the ferries would be stuck", "Anna Berg"),
    ("Anna Berg said the crew is interested in a deal, adding that the pier would reopen.", "the pier would reopen",
     "Anna Berg"),
    ("Anna Berg said that Norway must help as well, adding that the pier would reopen.",
     "the pier would reopen", "Anna Berg"),
    ("Anna Berg said Tomas Lind warned the crew, adding that the pier must reopen.", "the pier must reopen",
     "Tomas Lind"),
    ("Anna Berg reported that Norway has published a handbook for the crew, stressing that the pier must reopen.",
     "the pier must reopen", "Norway"),
    ("Anna Berg said Tomas Lind resigned on Monday, saying that the pier must reopen.", "the pier must reopen",
     "Tomas Lind"),
    ("Anna Berg said Norway withdrew from the talks, arguing that the offer was unfair.", "the offer was unfair",
     "Norway"),
]


@pytest.mark.parametrize("text, quote, speaker", REPORTED_CLAUSE_CASES, ids=[c[1] for c in REPORTED_CLAUSE_CASES])
def test_a_participle_of_saying_in_a_reported_clause_is_the_reporters(nlp, text, quote, speaker):
    assert {r["speaker"] for r in run(nlp, text) if r["quote"].startswith(quote)} == {speaker}


# (text, a speaker it must give, a speaker it must not): a noun a participle of saying describes
# speaks when the participle is active (``officials speaking ...``), never when it is passive
# (``the guards accused of ...``: the noun is spoken of)
PARTICIPLE_CASES = [
    ("Osteria must extradite the officers accused of the killings, Anna Berg said.", "Anna Berg", "unnamed: officers"),
    ("The pilots accused of the crash will be tried in May, Anna Berg said.", "Anna Berg", "unnamed: pilots"),
    ("Pilots speaking on condition of anonymity said the runway was closed.", "unnamed: Pilots", None),
    # a verb of saying below the passive participle still climbs through it to the noun
    ("Anna Berg, quoted by the harbour radio as saying that the pier would reopen, left for the capital.",
     "Anna Berg", None),
]


@pytest.mark.parametrize("text, speaker, not_speaker", PARTICIPLE_CASES)
def test_a_passive_participle_of_saying_gives_its_noun_no_voice(nlp, text, speaker, not_speaker):
    speakers = {r["speaker"] for r in run(nlp, text)}
    assert speaker in speakers
    if not_speaker is not None:
        assert not_speaker not in speakers
