"""One table of cases per rule registry of conditions and relations: (rule, invented sentence, expected).

Each case runs the real extractor on its sentence and keeps the rows whose
``rule`` (or ``holder_rule``) is the rule under test: a positive case names
what the rule must find, a negative case (``set()``) a near miss the rule must
leave alone. Every rule of the condition and relation registries needs at
least one of each (``test_every_rule_has_a_positive_and_a_negative_case``).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import conditions, graph, rules
from helpers.nlp import load_model

from hand_mentions import mentions_in

# Invented actors (no story's people or places).
ACTORS = {"Norland": ("Norland", "state", "NRL"), "Osteria": ("Osteria", "state", "OST"),
          "Anna Berg": ("Anna Berg", "person", "NRL"), "Berg": ("Anna Berg", "person", "NRL"),
          "Osteria Trade Office": ("Osteria Trade Office", "organization", "OST"),
          # actors the tables give no country (their side comes from the sentence: condition_side)
          "Ann Lee": ("Ann Lee", "person", ""), "Norwegian Trade Office": ("Norwegian Trade Office", "organization", ""),
          "Harbour Trade Office": ("Harbour Trade Office", "organization", ""), "Eli Kim": ("Eli Kim", "person", ""),
          "Morgenblad": ("Morgenblad", "organization", ""),
          "Norwegian Eli Kim": ("Norwegian Eli Kim", "person", ""), "Eli Thai Kim": ("Eli Thai Kim", "person", ""),
          "Union of Northern States": ("Union of Northern States", "organization", "INT"),
          "Harbour Liberation Front": ("Harbour Liberation Front", "organization", "OST"),
          "Wire": ("Wire", "organization", "GBR"), "Harbour Post": ("Harbour Post", "organization", "NRL"),
          "Post": ("Post", "organization", "NRL")}
#: A taxonomy with one standalone term (the shipped one has none), for ``standalone_term``.
STANDALONE = dict(category="buffer_zone", cameo="1", role="standalone", pattern=r"\bbuffer zone\b",
                  description="a buffer zone, a term by itself")

# (rule, sentence, speaker of the quoted part or None, expected)
# conditions: expected (holder, category) pairs; relations: (source, relation, target) triples.
#: The headline and the term around the stance sentences of ``condition_side.speaks_for_state_stance``.
STANCE_HEAD, STANCE_TAIL = "Osteria rejects the offer\n\n", "Eli Kim insists that the detainees must be freed before a truce."

CASES = [
    ("condition_cue.cue_before", "Norland will sign the treaty only if Osteria lifts the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_cue.cue_before", "Norland will sign the treaty and Osteria keeps the sanctions.", None, set()),
    # the items of terms whose ``including`` the parser hangs on the verb are in the terms' scope
    ("condition_cue.cue_before", "Osteria set conditions for reopening the bridges, as part of the ceasefire, "
     "including a full withdrawal of Norland forces from the city.", None, {("Osteria", "territory")}),
    ("condition_cue.cue_before", "Osteria met envoys about reopening the bridges, as part of the ceasefire, "
     "including a full withdrawal of Norland forces from the city.", None, set()),
    # a measure its holder keeps or eases on a condition is a term (sanctions "imposed, lifted or kept")
    ("condition_cue.measure_on_condition", "Norland will maintain its sanctions unless Osteria frees the detainees.",
     None, {("Norland", "sanctions")}),
    ("condition_cue.measure_on_condition", "Norland would consider lifting the sanctions only once Osteria frees the "
     "detainees.", None, {("Norland", "sanctions")}),
    ("condition_cue.measure_on_condition", "Norland will not support an easing of the embargo until Osteria frees the "
     "detainees.", None, {("Norland", "sanctions")}),
    ("condition_cue.measure_on_condition", "Norland would consider any easing of sanctions if Osteria frees the "
     "detainees.", None, {("Norland", "sanctions")}),
    # a measure laid down in the past still waits on a term under ``unless``; one kept until a past event does not
    ("condition_cue.measure_on_condition", "Norland imposed new sanctions on Osteria unless Osteria frees the "
     "detainees within a week.", None, {("Norland", "sanctions")}),
    ("condition_cue.measure_on_condition", "Norland kept its sanctions on Osteria until the detainees were freed.",
     None, set()),
    ("condition_cue.measure_on_condition", "Norland imposed new sanctions on Osteria unless the detainees are freed "
     "within a week.", None, {("Norland", "sanctions")}),
    ("condition_cue.measure_on_condition", "Norland lifted all its sanctions on Osteria in 2019, unless one counts the "
     "arms embargo.", None, set()),
    # what a party would accept on a condition that names no term of its own is its term
    ("condition_cue.accepted_on_condition", "Osteria would accept a cap on its army only if the treasury pays its "
     "soldiers.", None, {("Osteria", "demilitarization")}),
    ("condition_cue.accepted_on_condition", "Osteria accepted a cap on its army only after the treasury paid its "
     "soldiers.", None, set()),
    ("condition_cue.accepted_on_condition", "Osteria would accept a cap on its army only if Norland lifts the "
     "sanctions.", None, set()),
    # ``unless`` restricts a refusal; after an acceptance it hedges
    ("condition_cue.accepted_on_condition", "Osteria would accept a cap on its army unless the rains come early.",
     None, set()),
    ("condition_cue.measure_on_condition", "Norland lifted the sanctions after Osteria freed the detainees.", None,
     set()),
    ("condition_cue.measure_on_condition", "Norland will agree to a truce only if Osteria frees the detainees.", None,
     set()),
    ("condition_cue.cue_after", "The lifting of sanctions on Osteria must come first.", None,
     {("Osteria", "sanctions")}),
    ("condition_cue.cue_after", "The lifting of sanctions on Osteria came first.", None, set()),
    # a party's ``will`` holds the step when no other cue does; ``under the deal`` keeps its own cue
    ("condition_cue.pledge_before", "Osteria will lift the sanctions on Norland.", None, {("Osteria", "sanctions")}),
    ("condition_cue.pledge_before", "Osteria will pull its units out of the valley, Anna Berg said.", None,
     {("Osteria", "territory")}),
    ("condition_cue.pledge_before", "Under the pact, Osteria will lift the sanctions on Norland.", None, set()),
    ("condition_cue.pledge_before", "The sanctions on Norland will be lifted by Osteria.", None, set()),
    ("condition_cue.pledge_before", "Osteria will free the detainees, and Norland lifted the sanctions last year.",
     None, set()),
    ("condition_cue.pledge_before", "Osteria will free the detainees next week.", None, set()),
    ("condition_cue.standalone_term", "Norland backs a buffer zone along the river.", None,
     {("Norland", "buffer_zone")}),
    ("condition_cue.standalone_term", "Norland backs a zone of trade along the river.", None, set()),
    # a role with no name set out the list bound to it by ``her``: the one the role was given to, not the one named last
    ("condition_holder.role_set_out_list",
     "Anna Berg, leader of the Osteria Trade Office, spoke on Monday. Eli Kim watched. The Osteria Trade Office "
     "leader set out her demands. These include an end to the sanctions.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.role_set_out_list",
     "Anna Berg, leader of the Osteria Trade Office, spoke on Monday. Eli Kim watched. The Osteria Trade Office "
     "leader rejected her demands. These include an end to the sanctions.", None, set()),
    # a list the sentence gives another owner (``what he called Norland's demands``) is that owner's
    ("condition_holder.role_set_out_list",
     "Eli Kim met Ann Lee on Monday. The Osteria Trade Office leader set out what he called Norland's demands. "
     "These include an end to the sanctions.", None, set()),
    ("condition_holder.list_noun_before",
     "Norland set out its demands on Monday. These include an end to the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.list_noun_before",
     "Norland set out its plans on Monday. These include an end to the sanctions.", None, set()),
    ("condition_holder.possessor_of_list", "Norland's conditions include an end to the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.possessor_of_list", "The conditions include an end to the sanctions on Norland.", None,
     set()),
    # a noun any group may be called stands for the organisation named most so far; with none named, for no one
    ("condition_holder.possessor_of_list", "The Harbour Liberation Front walked out on Monday. The movement's "
     "conditions are an end to the sanctions.", None, {("Harbour Liberation Front", "sanctions")}),
    ("condition_holder.possessor_of_list", "Norland walked out on Monday. The movement's conditions are an end to "
     "the sanctions.", None, set()),
    ("condition_holder.possessor_of_list", "The Harbour Liberation Front walked out on Monday. The protest "
     "movement's conditions are an end to the sanctions.", None, set()),
    # an indefinite noun points back to no one; the organisation in focus is the one named most, not the latest
    ("condition_holder.possessor_of_list", "The Harbour Liberation Front walked out on Monday. A front's conditions "
     "are an end to the sanctions.", None, set()),
    ("condition_holder.possessor_of_list", "The Harbour Liberation Front walked out on Monday. The Harbour "
     "Liberation Front said it would not return. The Osteria Trade Office met on Monday. The movement's conditions "
     "are an end to the sanctions.", None, {("Harbour Liberation Front", "sanctions")}),
    # ``the militia``: an armed group named so (``... Front``), never another body named more often
    ("condition_holder.possessor_of_list", "The Harbour Liberation Front walked out on Monday. The militia's "
     "conditions are an end to the sanctions.", None, {("Harbour Liberation Front", "sanctions")}),
    ("condition_holder.possessor_of_list", "The Osteria Trade Office met on Monday. The Osteria Trade Office "
     "walked out. The militia's conditions are an end to the sanctions.", None, set()),
    # a line that ends with a dash and a name: the name speaks what comes before (a headline's attribution)
    ("condition_holder.name_after_dash", "Talks with Osteria must wait until the spring thaw \u2013 "
     "Anna Berg\n\nBerg spoke in the capital.", None, {("Anna Berg", "negotiation_terms")}),
    ("condition_holder.name_after_dash", "Osteria must lift the sanctions - Norland's chief negotiator\n\nThe "
     "talks went on.", None, {("Norland", "sanctions")}),
    # a dash inside the clause, or more words after the name, is no attribution; nor a body's sentence, nor a
    # clause that names its own holder
    ("condition_holder.name_after_dash", "Eli Kim insists that Norland must lift the sanctions, a demand "
     "rejected by one woman \u2013 Anna Berg.", None, set()),
    ("condition_holder.name_after_dash", "Osteria must lift the sanctions, Eli Kim said on Monday. The call was "
     "rejected within the hour by one envoy \u2013 Anna Berg.", None, set()),
    ("condition_holder.name_after_dash", "Osteria must lift the sanctions, Eli Kim says \u2013 Anna Berg\n\n"
     "The talks went on.", None, set()),
    ("condition_holder.name_after_dash", "Osteria must lift the sanctions \u2013 and Norland must free the "
     "detainees \u2013 Anna Berg said on Monday.", None, set()),
    ("condition_holder.name_after_dash", "Osteria must lift the sanctions \u2013 Norland and its allies agree "
     "on that\n\nThe talks went on.", None, set()),
    # a line that opens with a name and a colon: the name speaks what follows (a headline's attribution)
    ("condition_holder.name_before_colon", "Norland: Osteria must lift the sanctions before any talks\n\nThe talks "
     "went on.", None, {("Norland", "negotiation_terms"), ("Norland", "sanctions")}),
    ("condition_holder.name_before_colon", "Terms: Osteria must lift the sanctions\n\nThe talks went on.", None,
     set()),
    ("condition_holder.name_before_colon", "Osteria and Norland: the sanctions must be lifted\n\nThe talks went "
     "on.", None, set()),
    ("condition_holder.name_before_colon", "Norland: Anna Berg says Osteria must lift the sanctions\n\nThe talks "
     "went on.", None, set()),
    # the name may carry the role of who speaks for it, or be a demonym; other words make it a topic
    ("condition_holder.name_before_colon", "Norland's chief negotiator: Osteria must lift the sanctions first\n\n"
     "The talks went on.", None, {("Norland", "sanctions")}),
    ("condition_holder.name_before_colon", "Norwegian envoy: Osteria must lift the sanctions first\n\nThe talks "
     "went on.", None, {("Norway", "sanctions")}),
    ("condition_holder.name_before_colon", "Norland talks: Osteria must lift the sanctions first\n\nThe talks "
     "went on.", None, set()),
    ("condition_holder.name_before_colon", "Norwegian weather: Osteria must lift the sanctions first\n\nThe talks "
     "went on.", None, set()),
    ("condition_holder.name_before_colon", "Norland economy: Osteria must lift the sanctions first\n\nThe talks "
     "went on.", None, set()),
    ("condition_holder.parties_named_before", "Norland and Osteria met on Monday. Both sides agreed to lift the sanctions.",
     None, {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.parties_named_before", "Norland met the envoys on Monday. Both sides agreed to lift the sanctions.",
     None, set()),
    # an accord far back whose signer is the pronoun of a reported clause: the one who reports it signed it
    ("condition_holder.parties_named_before", "Norland said it had concluded an accord with Osteria. Rain fell on "
     "the valley for days. Envoys met again on Friday. Both sides agreed to free all the detainees.", None,
     {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.parties_named_before", "Norland said that Osteria had concluded an accord with the Union. Rain "
     "fell on the valley for days. Envoys met again on Friday. Both sides agreed to free all the detainees.", None,
     set()),
    # ``the ministers`` agreeing, after the text counted them as two: the same two parties hold the step
    ("condition_holder.parties_named_before", "Norland and Osteria sent envoys on Monday. The two ministers spoke "
     "for hours. Rain fell on the valley. Later the ministers agreed each side must lift its sanctions.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.parties_named_before", "Norland and Osteria sent envoys on Monday. The two ministers spoke "
     "for hours. Rain fell on the valley. Later the envoys agreed each side must lift its sanctions.", None, set()),
    # a ``they`` opening the sentence after a counted noun of parties stands for the same parties
    ("condition_holder.parties_named_before", "Norland and Osteria met on Monday. Both sides agreed to keep their "
     "troops in place. They also agreed to free all the detainees.", None, {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.parties_named_before", "Norland and Osteria met on Monday. The envoys agreed to keep their "
     "troops in place. They also agreed to free all the detainees.", None, set()),
    ("condition_holder.parties_named_before", "Norland and Osteria called for talks. The joint statement urged an end "
     "to the sanctions.", None, {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    # ``the ministers`` after ``the foreign ministers of Norland and Osteria``: the group named by the same
    # noun before; not a noun with a word of its own, nor one whose latest use names no series
    ("condition_holder.parties_named_before", "The foreign ministers of Norland and Osteria met on Monday. The talks "
     "ran late. Anna Berg said the ministers agreed to lift the sanctions.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.parties_named_before", "The foreign ministers of Norland and Osteria met on Monday. The talks "
     "ran late. Anna Berg said the rebel ministers agreed to lift the sanctions.", None, set()),
    ("condition_holder.parties_named_before", "The foreign ministers of Norland and Osteria met on Monday. The "
     "ministers talked late. Anna Berg said the ministers agreed to lift the sanctions.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.parties_named_before", "The ministers of Norland and Osteria met on Monday. Other ministers "
     "arrived later. Anna Berg said the ministers agreed to lift the sanctions.", None, set()),
    ("condition_holder.parties_named_before", "The ministers of Norland and Osteria met on Monday. Ministers from "
     "Valdia joined them later. Anna Berg said the ministers agreed to lift the sanctions.", None, set()),
    ("condition_holder.parties_named_before", "The ministers of Norland and Osteria met on Monday. Both ministers "
     "praised the talks. Anna Berg said the ministers agreed to lift the sanctions.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.parties_named_before", "The farmers of Norland and Osteria marched on Monday. The talks ran "
     "late. Anna Berg said the farmers agreed to lift the sanctions.", None, set()),
    # ``she`` in a clause a named person reports holds for that person, whoever reports the whole
    # sentence (``according to``)
    # a ``she`` after ``X made (it) clear that`` is what X tells, whoever reports it, however the parser hangs the
    # clause; ``found it clear`` tells nothing
    ("condition_holder.subject_of_clause", "According to Karl Vos, Anna Berg made it clear on Monday that she believes "
     "the sanctions must be lifted.", "Karl Vos", {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause", "According to Karl Vos, Anna Berg made it very clear on Monday that she "
     "wants the sanctions lifted.", "Karl Vos", {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause", "According to Karl Vos, Anna Berg found it clear on Monday that she believes "
     "the sanctions must be lifted.", "Karl Vos", {("Karl Vos", "sanctions")}),
    ("condition_holder.subject_of_clause", "According to Karl Vos, Anna Berg said on Monday she was willing to "
     "lift the sanctions.", "Karl Vos", {("Anna Berg", "sanctions")}),
    # a group noun with only words that describe the group already named (``group_descriptors``) points back
    # to it; a word that sets another group apart (``rival``) or makes a different kind of body does not
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front shelled two towns. The militant group wants "
     "Norland to pull its army back from the border strip.", None, {("Harbour Liberation Front", "territory")}),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met envoys. The armed separatist movement "
     "insists that Norland must pull its army back from the border strip.", None,
     {("Harbour Liberation Front", "territory")}),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front shelled two towns. The rival group wants "
     "Norland to pull its army back from the border strip.", None, set()),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met envoys. The student protest movement "
     "insists that Norland must pull its army back from the border strip.", None, set()),
    ("condition_holder.subject_of_clause", "The Osteria Trade Office closed two depots. The armed group wants "
     "Norland to pull its army back from the border strip.", None, set()),
    # what someone fears a party will do (a noun or verb of fear: ``feared``) is no term the party set
    ("condition_holder.subject_of_clause", "There are concerns that Osteria will push Norland to pull its army back "
     "from the border strip.", None, set()),
    ("condition_holder.subject_of_clause", "Norland fears that Osteria will demand that it pull its army back from "
     "the border strip.", None, set()),
    ("condition_holder.subject_of_clause", "Osteria demands that Norland pull its army back from the border strip, "
     "despite concerns in the capital.", None, {("Osteria", "territory")}),
    ("condition_holder.subject_of_clause", "Norland fears it must insist that Osteria pull its army back from the "
     "border strip.", None, {("Norland", "territory")}),
    ("condition_holder.subject_of_clause", "Fears grew after Osteria demanded that Norland pull its army back from "
     "the border strip.", None, {("Osteria", "territory")}),
    ("condition_holder.subject_of_clause", "Osteria's main concern is that Norland must pull its army back from the "
     "border strip.", None, {("Osteria", "territory")}),
    ("condition_holder.subject_of_clause", "Norland insists that Osteria must lift the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.subject_of_clause", "The lifting of sanctions on Osteria must come first.", None, set()),
    # an "its" demand is the named subject's of its clause, whoever reports it; an unnamed subject leaves it to the reporter
    ("condition_holder.subject_of_clause", "According to Anna Berg, Osteria took the chance to restate its demand that "
     "Norland lift the sanctions.", None, {("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause", "According to Anna Berg, the envoys took the chance to restate their demand "
     "that Norland lift the sanctions.", None, {("Anna Berg", "sanctions")}),
    # an "it" reported by a named subject is that subject, whoever the sentence credits; a person is no "it"
    ("condition_holder.subject_of_clause", "According to Anna Berg, Osteria made clear that it considers the lifting "
     "of the sanctions a precondition for any deal.", "Anna Berg", {("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause", "According to Anna Berg, Eli Kim made clear that it considers the lifting "
     "of the sanctions a precondition for any deal.", "Anna Berg", {("Anna Berg", "sanctions")}),
    # "the government" is the state the article is about, "the rebels" the armed group it names; not with an owner
    ("condition_holder.subject_of_clause", "Norland met the Harbour Liberation Front on Monday. The government insists "
     "that the rebels must lift the sanctions.", None, {("Norland", "sanctions")}),
    ("condition_holder.subject_of_clause", "Norland met the Harbour Liberation Front on Monday. The Osterian government "
     "insists that the rebels must lift the sanctions.", None, set()),
    # the bare ``the military``/``the army`` is the armed forces of the state the article is about; a
    # plural or another state's army names no party
    ("condition_holder.subject_of_clause", "Norland met the Harbour Liberation Front on Monday. In return, the military "
     "pledged to lift the sanctions on the valley.", None, {("Norland", "sanctions")}),
    ("condition_holder.subject_of_clause", "Norland met the Harbour Liberation Front on Monday. In return, the Osterian "
     "army pledged to lift the sanctions on the valley.", None, set()),
    ("condition_holder.subject_of_clause", "Norland met the Harbour Liberation Front on Monday. In return, the armies "
     "pledged to lift the sanctions on the valley.", None, set()),
    ("condition_holder.subject_of_clause", "Osteria's army crossed the river on Monday. The army insists that Norland "
     "must lift the sanctions on the valley.", None, set()),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met Norland on Monday. The rebel delegation "
     "insists that Norland must lift the sanctions.", None, {("Harbour Liberation Front", "sanctions")}),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met Norland on Monday. The protest delegation "
     "insists that Norland must lift the sanctions.", None, set()),
    # a proposal a demonym names is its state's, whoever will study it; a response to a proposal is not the proposal
    ("condition_holder.subject_of_clause", "Anna Berg said the rebels will weigh the Danish plan for a pause in "
     "the fighting along the river.", None, {("Denmark", "negotiation_terms")}),
    ("condition_holder.subject_of_clause", "Anna Berg said the rebels had received a Danish reply to the plan "
     "for a pause in the fighting along the river.", None, {("Anna Berg", "negotiation_terms")}),
    # a definite noun that ends an organisation's name written before stands for it; one that ends none names no one
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met envoys on Monday. The front insists "
     "that Norland lift the sanctions.", None, {("Harbour Liberation Front", "sanctions")}),
    ("condition_holder.subject_of_clause", "The Harbour Liberation Front met envoys on Monday. The council "
     "insists that Norland lift the sanctions.", None, set()),
    # ``the council`` is the body whose mention opens the title-case name it ended, cut short in the tables
    ("condition_holder.subject_of_clause", "The Union of Northern States Security Council met. The council "
     "will meet Osteria only once the detainees are freed.", None,
     {("Union of Northern States", "other"), ("Union of Northern States", "negotiation_terms")}),
    ("condition_holder.subject_of_clause", "The Harbour Security Council met. The council "
     "will meet Osteria only once the detainees are freed.", None, set()),
    # the possessive of one item (Osteria withdraws) does not hold the item coordinated with it
    ("condition_holder.subject_of_clause",
     "Norland's terms include Osteria's withdrawal from the border and a pledge to lift the sanctions.", None,
     {("Norland", "sanctions")}),
    # a term no actor before the cue sets is the source's the sentence closes with (its demonym too), not the
    # party asked inside the term; a source that names no actor gives no holder
    ("condition_holder.first_actor_of_sentence", "The grain ban would be suspended in return for Osteria releasing "
     "the detained sailors, a Norwegian memo said.", None, {("Norway", "other")}),
    ("condition_holder.first_actor_of_sentence", "The grain ban would be suspended in return for Osteria releasing "
     "the detained sailors, analysts said.", None, set()),
    # a host or broker of the talks sets none of their terms
    ("condition_holder.first_actor_of_sentence", "The talks, hosted by Norland, are meant to produce a framework "
     "to lift the sanctions.", None, set()),
    ("condition_holder.first_actor_of_sentence", "The talks, held under the auspices of Norland, are meant to "
     "produce a framework to lift the sanctions.", None, set()),
    ("condition_holder.first_actor_of_sentence", "The talks, held by Norland, are meant to produce a framework "
     "to lift the sanctions.", None, {("Norland", "sanctions")}),
    ("condition_holder.first_actor_of_sentence", "The lifting of sanctions on Osteria must come first.", None,
     {("Osteria", "sanctions")}),
    ("condition_holder.first_actor_of_sentence", "Norland insists that Osteria must lift the sanctions.", None,
     set()),
    # an actor named after what a text provides, only as a word describing the measure, is who staffs it
    ("condition_holder.first_actor_of_sentence", "The measure also provides for a Norland peacekeeping force in "
     "the valley.", None, set()),
    ("condition_holder.first_actor_of_sentence", "The settlement foresees a Norland monitoring mission in "
     "the valley.", None, set()),
    # the agency of a dateline files the story and holds no term; named in the sentence, it may
    ("condition_holder.first_actor_of_sentence", "Talks\n\nLIMA, March 3 (Wire) - Osteria must free the "
     "detainees, a source said.", None, set()),
    ("condition_holder.first_actor_of_sentence", "Talks\n\nLIMA, March 3 - For Wire, Osteria must free the "
     "detainees, a source said.", None, {("Wire", "other")}),
    ("condition_holder.unnamed_speaker",
     '"We will talk only if the sanctions are lifted," an official said.', "unnamed: official",
     {("unnamed: official", "negotiation_terms"), ("unnamed: official", "sanctions")}),
    ("condition_holder.unnamed_speaker",
     '"We will talk only if the sanctions are lifted," Anna Berg said.', "Anna Berg", set()),
    # a paper that reports holds nothing, also named by its title word once named whole
    ("condition_holder.subject_of_clause", "The Harbour Post spoke to the envoys. According to the Post, a truce would "
     "require the lifting of the sanctions.", "Post", set()),
    ("condition_holder.speaker_of_subject",
     "A spokesperson for the Osteria Trade Office insisted that the sanctions be lifted.", None,
     {("Osteria Trade Office", "sanctions")}),
    ("condition_holder.speaker_of_subject", "A spokesperson insisted that the sanctions be lifted.", None, set()),
    # a plural of others or a thing is no office that speaks (not the speaker named before)
    ("condition_holder.speaker_of_subject", "Anna Berg spoke on Monday. The envoys insisted that the sanctions "
     "be lifted.", None, set()),
    # parties that pledge to keep a deal hold its terms; one urged to keep it, or said to break it, is not named so
    ("condition_holder.author_of_document", "Norland and Osteria pledged to abide by the accord. The accord envisages "
     "the lifting of the sanctions.", None, {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.author_of_document", "Norland urged Osteria to abide by the accord. The accord envisages "
     "the lifting of the sanctions.", None, set()),
    # a gerund clause's document is its understood subject's: the clause it hangs on names the author
    ("condition_holder.author_of_document", "Anna Berg spoke on Monday, setting out a peace plan. The proposal "
     "envisages the lifting of the sanctions.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.author_of_document", "It was Anna Berg, setting out a peace plan. The proposal "
     "envisages the lifting of the sanctions.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.author_of_document", "Anna Berg spoke on Monday, rejecting a peace plan. The proposal "
     "envisages the lifting of the sanctions.", None, set()),
    ("condition_holder.author_of_document", "Anna Berg spoke on Monday, citing a peace plan. The proposal "
     "envisages the lifting of the sanctions.", None, set()),
    # an international body a deal gives a task serves it: the deal's parties hold the clause; a party's own stays
    ("condition_holder.author_of_document", "Norland and Osteria signed an accord on Monday. Under the accord, the "
     "Union of Northern States would oversee the release of all detainees.", None,
     {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.author_of_document", "Norland and Osteria signed an accord on Monday. Under the accord, the "
     "Union of Northern States would send monitors to oversee the ceasefire.", None,
     {("Norland", "negotiation_terms"), ("Osteria", "negotiation_terms")}),
    ("condition_holder.author_of_document", "Norland and Osteria signed an accord on Monday. The Union of Northern "
     "States would oversee the lifting of the sanctions under the accord.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause", "Norland and Osteria signed an accord on Monday. Under the accord, "
     "Osteria would oversee the release of all detainees.", None, {("Osteria", "other")}),
    ("condition_holder.author_of_document", "Norland and Osteria signed an accord on Monday. Under the accord, "
     "Osteria would oversee the release of all detainees.", None, set()),
    ("condition_holder.author_of_document", "Norland said Osteria violated the accord. The accord envisages "
     "the lifting of the sanctions.", None, set()),
    # the parties a deal is between win over one that pledges to respect it; a pledge doubted is its owner's,
    # one refused, vowed against or made on a condition is none
    ("condition_holder.author_of_document", "The Union of Northern States pledged to respect the accord between "
     "Norland and Osteria. The accord envisages the lifting of the sanctions.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.author_of_document", "Norland questioned Osteria's commitment to the accord. The accord "
     "envisages the lifting of the sanctions.", None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_document", "Norland has made no commitment to the accord. The accord envisages "
     "the lifting of the sanctions.", None, set()),
    ("condition_holder.author_of_document", "Norland vowed to breach the accord. The accord envisages "
     "the lifting of the sanctions.", None, set()),
    ("condition_holder.author_of_document", "Norland will lift the sanctions if Osteria agrees to abide by the "
     "accord. The accord envisages the lifting of the sanctions.", None, set()),
    # a document in which someone sets out terms is that one's; one in which someone is criticised is not
    # a deal signed by fighters a demonym names is that state's (a civil war's parties are coded so);
    # fighters who only lean to the state (``pro-``) sign for no state
    ("condition_holder.author_of_document", "Norwegian rebels have reached an accord with the army to leave the "
     "valley. Rain fell for days. The pact envisages a truce along the river.", None,
     {("Norway", "negotiation_terms")}),
    ("condition_holder.author_of_document", "Pro-Norwegian rebels have reached an accord with the army to leave the "
     "valley. Rain fell for days. The pact envisages a truce along the river.", None, set()),
    ("condition_holder.author_of_document", "Anna Berg welcomed a text in which Osteria set out its terms."
     "\n\nThe document also states that Norland must lift the sanctions.", None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_document", "Anna Berg welcomed a text in which Osteria was criticised."
     "\n\nThe document also states that Norland must lift the sanctions.", None, set()),
    ("condition_holder.author_of_document", "Anna Berg welcomed a text in which Osteria set out its doubts."
     "\n\nThe document also states that Norland must lift the sanctions.", None, set()),
    ("condition_holder.author_of_document", "Anna Berg welcomed a text in which Valdia listed Osteria's demands."
     "\n\nThe document also states that Norland must lift the sanctions.", None, set()),
    # a step the sentence says was agreed in a deal it names with its parties is theirs, not only the one to take it
    ("condition_holder.author_of_document", "Valdia brokered a deal between Norland and Osteria in May, but Osteria "
     "is still to withdraw its units as agreed.", None, {("Norland", "territory"), ("Osteria", "territory")}),
    ("condition_holder.author_of_document", "Valdia brokered a truce in May, but Osteria is still to withdraw its "
     "units as agreed.", None, set()),
    ("condition_holder.author_of_document", "Norland signed a trade deal with Valdia in May, but Osteria is still to "
     "withdraw its units as agreed.", None, set()),
    ("condition_holder.author_of_document", "Valdia brokered a deal between Reykjavik and Helsinki in May, but Iceland "
     "is still to withdraw its units as agreed.", None, {("Iceland", "territory"), ("Finland", "territory")}),
    ("condition_holder.author_of_document",
     "Osteria unveiled a plan on Monday. The plan calls for an end to the sanctions.", None,
     {("Osteria", "sanctions")}),
    ("condition_holder.author_of_document",
     "A plan was unveiled on Monday. The plan calls for an end to the sanctions on Osteria.", None, set()),
    # a document named in a later clause of the sentence states none of the terms before it
    ("condition_holder.author_of_document",
     "The embassy said any deal must end the sanctions and recalled that Osteria never endorsed the Norland "
     "document.", None, set()),
    # the author is the agent of a verb of drafting or handing out, named in the noun it modifies;
    # one who only saw the document is no author
    ("condition_holder.author_of_document",
     "A draft annex circulated by the Norland mediators calls for an end to the sanctions on Osteria.", None,
     {("Norland", "sanctions"), ("Norland", "negotiation_terms")}),
    ("condition_holder.author_of_document",
     "A draft annex seen by the Norland mediators calls for an end to the sanctions on Osteria.", None, set()),
    # a document that is the sentence's subject, no author named: the last document the text gave one
    ("condition_holder.author_of_document",
     "Norland unveiled a proposal on Monday. Talks stalled. A draft that leaked would see Osteria lift the sanctions.",
     None, {("Norland", "sanctions")}),
    ("condition_holder.first_actor_of_sentence",
     "A draft that leaked last week would see Osteria lift the sanctions.", None, set()),
    # an actor that only describes the term's words is what the term is about, not who sets it; a
    # document cited with "according to" is its author's, wherever it stands
    ("condition_holder.author_of_document",
     "An end to Norland's sanctions must come first, according to the Osteria plan.", None, {("Osteria", "sanctions")}),
    ("condition_holder.first_actor_of_sentence", "The lifting of Norland sanctions must come first.", None, set()),
    ("condition_holder.author_of_document", "Osteria must withdraw its troops from the valley, according to Norland's "
     "memorandum on ending the war.", None, {("Norland", "territory")}),
    # a list of terms with no one named before it: its items name who must act; the last document given an owner
    ("condition_holder.first_actor_of_sentence", "The second option sets out ten points, including an end to "
     "the sanctions on Osteria.", None, set()),
    ("condition_holder.first_actor_of_sentence", "As Norland had hoped, the second option sets out ten points, "
     "including an end to the sanctions on Osteria.", None, {("Norland", "sanctions")}),
    ("condition_holder.first_actor_of_sentence", "The second option sets out ten points, including an end to the "
     "sanctions on Osteria, according to Norland.", None, {("Norland", "sanctions")}),
    # a sentence adding to a side's stated conditions goes on with its terms; with no set of terms before, no one's
    ("condition_holder.holder_of_terms_added", "Osteria's conditions for talks are a truce along the river. In "
     "addition, the sanctions on Osteria must be lifted.", None, {("Osteria", "sanctions")}),
    ("condition_holder.holder_of_terms_added", "Norland held talks on Monday. In addition, the sanctions on Osteria "
     "must be lifted.", None, set()),
    ("condition_holder.author_of_list_before", "Norland handed over its memorandum on Monday. The second section "
     "outlines two scenarios. The second option sets out ten points, including an end to the sanctions on Osteria.",
     None, {("Norland", "sanctions")}),
    ("condition_holder.author_of_list_before", "Norland handed over its memorandum on Monday. Anna Berg's second "
     "option sets out ten points, including an end to the sanctions on Osteria.", None, set()),
    ("condition_holder.author_of_list_before", "The second section outlines two scenarios. The second scenario "
     "sets out ten points, including an end to the sanctions on Osteria.", None, set()),
    ("condition_holder.author_of_list_before", "Norland handed over its memorandum on Monday.\n\nThe talks went on."
     "\n\nAnna Berg flew home.\n\nThe weather was bad.\n\nThe second option sets out ten points, including an end "
     "to the sanctions on Osteria.", None, set()),
    # a demonym in front of the document names its author; an ``it`` subject after it stands for it
    ("condition_holder.author_of_document",
     "The Norwegian draft was leaked on Monday. The draft calls for an end to the sanctions on Osteria.", None,
     {("Norway", "sanctions")}),
    ("condition_holder.author_of_document",
     "The leaked draft was read on Monday. The draft calls for an end to the sanctions on Osteria.", None, set()),
    ("condition_holder.subject_of_clause",
     "The Norwegian plan was leaked on Monday. It calls for an end to the sanctions on Osteria.", None,
     {("Norway", "sanctions")}),
    ("condition_holder.subject_of_clause",  # the sentence before has a state, not the plan, as its subject
     "Osteria studied the Norwegian plan on Monday. It calls for an end to the sanctions on Norland.", None,
     {("Osteria", "sanctions")}),
    # ``it`` / ``its`` / ``they`` stand for the subject of the sentence before, not the nearest name
    ("condition_holder.subject_of_clause",
     "Norland's chief demand has not changed since May. Its conditions also include an end to the sanctions on "
     "Osteria.", None, {("Norland", "sanctions")}),
    ("condition_holder.subject_of_clause",  # a document the text introduced before: its author
     "Osteria sent a plan to Anna Berg. The document was leaked. It demands an end to the sanctions on Norland.",
     None, {("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause",  # an ``it`` before stands for the same thing: followed back
     "Norland's draft reached Osteria in May. It is short. It calls for an end to the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.subject_of_clause",  # a ``they`` is no ``it``: not followed back
     "Norland's draft reached Osteria in May. They met. It calls for an end to the sanctions.", None,
     {("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause",  # ``that initiative`` points back to the plan, as an ``it`` would
     "Osteria's plan was leaked in May by Anna Berg. The aim of that initiative would be to secure an end to the "
     "sanctions on Norland.", None, {("Osteria", "sanctions")}),
    ("condition_holder.subject_of_clause",
     "Osteria's plan was leaked in May by Anna Berg. The goal of the talks would be to secure an end to the "
     "sanctions on Norland.", None, set()),
    ("condition_holder.subject_of_clause",  # a quoted ``they``: the plural named before, not the speaker
     'The Norwegians came first. "They want an end to the sanctions on Osteria," Ann Lee said.', "Ann Lee",
     {("Norway", "sanctions")}),
    ("condition_holder.subject_of_clause",  # one state is no ``they``: the speaker holds the term
     'Norland came first. "They want an end to the sanctions on Osteria," Ann Lee said.', "Ann Lee",
     {("Ann Lee", "sanctions")}),
    ("condition_holder.subject_of_clause",  # the subject of an earlier clause of the sentence
     "When the Norwegians arrived in Osteria on Monday, they demanded an end to the sanctions.", None,
     {("Norway", "sanctions")}),
    ("condition_holder.subject_of_clause",  # the subject of a conditional clause is the addressee: the speaker holds
     '"If the Norwegians think they can sign without an end to the sanctions, they will not," Anna Berg said.',
     "Anna Berg", {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause",  # a plural demonym stands for its state
     "The Norwegians insist that Osteria must lift the sanctions.", None, {("Norway", "sanctions")}),
    ("condition_holder.subject_of_clause",
     "A Norwegian insists that Osteria must lift the sanctions.", None, set()),
    ("condition_holder.author_of_document",  # a copy of the plan seen by someone speaks for the plan's author
     "Osteria drafted a plan in May. A copy seen by Anna Berg calls for an end to the sanctions on Norland.",
     None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_document",  # the subject of a relative clause that drafted the plan
     "Anna Berg saw the plan that Osteria drafted in May. The plan calls for an end to the sanctions on Norland.",
     None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_document",
     "Anna Berg spoke of the plan that Osteria rejected in May. The plan calls for an end to the sanctions on Norland.",
     None, set()),
    ("condition_holder.author_before",  # a sentence naming no one goes on with the plan before it
     "Osteria's plan calls for a truce. The sanctions would be lifted in exchange for a withdrawal.", None,
     {("Osteria", "sanctions")}),
    ("condition_holder.author_before",  # a new paragraph is no longer the plan's
     "Osteria's plan calls for a truce.\n\nThe sanctions would be lifted in exchange for a withdrawal.", None,
     set()),
    # the party a term is asked of may be named; a sentence naming its own speaker is not the plan's
    ("condition_holder.author_before", "Norland's plan calls for a truce along the coast. Stage one would "
     "start once Osteria lifts the sanctions it imposed.", None, {("Norland", "sanctions")}),
    ("condition_holder.author_before", "Norland's plan calls for a truce along the coast. Stage one would "
     "start once Osteria lifts the sanctions, Anna Berg said.", None, set()),
    ("condition_holder.holder_of_list_opener",
     "Norland published its plan. Its main points:\n\n1. An end to the sanctions.\n\n2. A new summit.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.holder_of_list_opener",
     "Norland met the press on Monday.\n\n1. An end to the sanctions was reported.\n\n2. A new summit.", None,
     set()),
    # what a colon lays out after an owned noun of terms is the owner's; ``the Lund government`` is
    # the government of the state the article is about
    ("condition_holder.owner_before_colon", "Norland met the Harbour Liberation Front in Lima, Norland said. "
     "The terms of the Lund government, repeated all week, are simple: free the detainees.", None,
     {("Norland", "other")}),
    ("condition_holder.owner_before_colon", "Osteria's demands, repeated all week, are simple: lift the sanctions.",
     None, {("Osteria", "sanctions")}),
    ("condition_holder.owner_before_colon", "Norland met the Harbour Liberation Front in Lima, Norland said. "
     "The terms of the deal, repeated all week, are simple: free the detainees.", None, set()),
    # a clause in the future after a truce written as signed states one of its points, in the outlet's voice only
    ("condition_cue.document_in_context", "Norland and Osteria signed a truce on Monday. Osteria will lift the "
     "sanctions within a month.", None, {("Norland", "sanctions")}),
    ("condition_cue.document_in_context", "Norland and Osteria discussed a truce on Monday. Osteria will lift the "
     "sanctions within a month.", None, set()),
    ("condition_cue.document_in_context", "Osteria's plan was leaked on Monday. Osteria will lift the sanctions "
     "within a month.", None, set()),
    ("condition_cue.document_in_context", "Norland and Osteria signed a truce on Monday. Analysts say Osteria will "
     "lift the sanctions within a month.", None, set()),
    # an explainer goes through a paper clause by clause: a ``would`` in the outlet's voice, just after
    # a document with an author is named, is a point of that document
    ("condition_cue.document_in_context", "Osteria's plan was leaked on Monday. Under the first phase, Norland "
     "would lift the sanctions.", None, {("Osteria", "sanctions")}),
    ("condition_cue.document_in_context", "Osteria met the press on Monday. Under the first phase, Norland would "
     "lift the sanctions.", None, set()),
    ("condition_cue.document_in_context", "Osteria's plan was leaked on Monday. Anna Berg said Norland would lift "
     "the sanctions.", None, set()),
    ("condition_cue.document_in_context", "Osteria signed the accord in 1994. Three years later, Norland would "
     "lift the sanctions.", None, set()),
    ("condition_cue.document_in_context", "Osteria's plan was leaked on Monday. Norland would almost certainly lift "
     "the sanctions, analysts say.", None, set()),
    ("condition_cue.document_in_context", "Osteria's plan was leaked on Monday. Norland would lift the sanctions "
     "within a month, the paper says.", None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_context_document", "Osteria's plan was leaked on Monday. Norland would lift the "
     "sanctions within a month.", None, {("Osteria", "sanctions")}),
    ("condition_holder.author_of_context_document", "Osteria's plan was leaked on Monday. Norland would lift the "
     "sanctions within a month if the weather held.", None, set()),
    # a plan drawn up by several states is each of theirs, and a group's members named in apposition
    # hold it rather than the group
    ("condition_holder.holder_of_list_opener", "In a joint note last month, Norland and Osteria drew up a plan "
     "which calls for:\n\n- an end to the sanctions on the ports;\n- a new summit.", None,
     {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.holder_of_list_opener", "In a joint note last month, the two members of the Union of "
     "Northern States, Norland and Osteria, drew up a plan which calls for:\n\n- an end to the sanctions on the "
     "ports;\n- a new summit.", None, {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.holder_of_list_opener", "In a note last month, Norland, with the backing of Osteria, drew "
     "up a plan which calls for:\n\n- an end to the sanctions on the ports;\n- a new summit.", None,
     {("Norland", "sanctions")}),
    # the parser may end a sentence at the colon: the opener before it still owns what follows
    ("condition_holder.owner_before_colon", "For a lasting deal, Osteria's terms have hardly changed in years: "
     "Norland must abandon its wish to enter the Union and lift the sanctions.", None, {("Osteria", "sanctions")}),
    ("condition_holder.owner_before_colon", "For a lasting deal, the talks have hardly changed in years: "
     "Norland must abandon its wish to enter the Union and lift the sanctions.", None, set()),
    ("condition_holder.owner_before_colon", "For a lasting deal, Osteria's terms have hardly changed in years:\n\n"
     "Norland must abandon its wish to enter the Union and lift the sanctions.", None, {("Osteria", "sanctions")}),
    # a demand in apposition after the term is held by who voices it, not by the sentence's subject
    ("condition_holder.maker_of_demand", "Osteria must lift the sanctions, a demand that Norland repeated on Monday.",
     None, {("Norland", "sanctions")}),
    ("condition_holder.maker_of_demand", "Osteria must lift the sanctions, a demand that Norland rejected on Monday.",
     None, set()),
    # ... or that the demand noun names by ``by``, ``of`` or ``from``, or as its owner
    ("condition_holder.maker_of_demand", "Disarmament, a key demand of Norland, was left out of the text.",
     None, {("Norland", "demilitarization")}),
    ("condition_holder.maker_of_demand", "Disarmament, a key demand of the farmers, was left out of the text.",
     None, set()),
    ("condition_holder.maker_of_demand", "Norland demands disarmament, while the grain tariffs, a key demand of "
     "Osteria, were left out.", None, set()),
    # ... also where the parser hangs the demand noun as a second object of the verb, not as an apposition
    ("condition_holder.maker_of_demand", "Osteria has rejected disarmament, a key demand by Norland.",
     None, {("Norland", "demilitarization")}),
    ("condition_holder.maker_of_demand", "Osteria has rejected the release of all detainees, a demand Norland has "
     "made for years.", None, {("Norland", "other")}),
    ("condition_holder.maker_of_demand", "Osteria has rejected the release of all detainees, a demand that the "
     "crowd found absurd.", None, set()),
    ("condition_holder.maker_of_demand", "Despite the release of all detainees, the main demand of Norland remains "
     "unmet.", None, set()),
    # a sayer set off by commas just before a conditional holds the proviso, whoever the statement's subject is
    ("condition_holder.sayer_of_parenthetical", "A peace deal is possible, Anna Berg said, provided Osteria frees "
     "the detainees held in the valley.", None, {("Anna Berg", "other")}),
    ("condition_holder.sayer_of_parenthetical", "A truce is near, Anna Berg said, if the weather in the hills "
     "holds.", None, set()),
    ("condition_holder.sayer_of_parenthetical", "Anna Berg said a peace deal is possible provided Osteria stops "
     "arming the militia groups in the hills.", None, set()),
    # a relative clause of demanding on the term's phrase names who holds it, whoever the subject is
    ("condition_holder.demander_in_relative_clause", "Osteria rejected the sanctions relief that Norland has "
     "demanded for years.", None, {("Norland", "sanctions")}),
    ("condition_holder.demander_in_relative_clause", "Osteria rejected disarmament, on which Norland has long "
     "insisted.", None, {("Norland", "demilitarization")}),
    ("condition_holder.demander_in_relative_clause", "Osteria rejected the sanctions relief that Norland has called "
     "for.", None, {("Norland", "sanctions")}),
    # ... not a clause of calling it something, nor one on a term the sentence's subject demands itself
    ("condition_holder.demander_in_relative_clause", "Norland insists on sanctions relief, which Osteria called "
     "absurd.", None, set()),
    ("condition_holder.demander_in_relative_clause", "Norland demanded sanctions relief, which Osteria has also "
     "called for.", None, set()),
    # a state's office written with its demonym and no name speaks for that state; a firm does not
    ("condition_holder.subject_of_clause", "The Norwegian president wants Osteria to lift the sanctions.", None,
     {("Norway", "sanctions")}),
    ("condition_holder.subject_of_clause", "A Norwegian company wants Osteria to lift the sanctions.", None, set()),
    ("condition_holder.subject_of_clause", "The Norwegian rebel leader wants Osteria to lift the sanctions.", None,
     set()),
    # a subject pronoun never stands for a name inside its own clause (``In a call with Lee, she ...``)
    ("condition_holder.subject_of_clause", "Berg spoke on Monday. In a call with Ann Lee, she insisted that Osteria "
     "lift the sanctions.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause", "Berg spoke on Monday. Ann Lee said that she insisted that Osteria lift "
     "the sanctions.", None, {("Ann Lee", "sanctions")}),
    # the subject of a passive verb of demanding voices the term when the clause under it demands too
    ("condition_holder.subject_of_clause", "Berg is expected to demand the lifting of sanctions at the summit.",
     None, {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause", "Berg was urged by Ann Lee to demand the lifting of the sanctions.",
     None, {("Ann Lee", "sanctions")}),
    ("condition_holder.subject_of_clause", "Osteria was urged to lift the sanctions at once.", None, set()),
    # the parties whose commitment a third party welcomes or a document includes hold its terms
    ("condition_holder.parties_named_before", "Norland and Osteria met in Lund on Monday. Berg praised the parties' "
     "new commitment to a ceasefire.", None, {("Norland", "negotiation_terms"), ("Osteria", "negotiation_terms")}),
    ("condition_holder.parties_named_before", "Norland and Osteria met in Lund on Monday. The roadmap lists the two "
     "sides' firm commitment to free all detainees.", None, {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.parties_named_before", "Berg praised the parties' new commitment to a ceasefire.", None, set()),
    # a cue that is a noun with a named owner: the owner holds the term, not the one pressed
    ("condition_holder.owner_of_cue_noun", "Osteria is under pressure from Norland to agree to a truce.", None,
     {("Norland", "negotiation_terms")}),
    ("condition_holder.owner_of_cue_noun", "The two sides met on Friday amid Norland's pressure to settle for a truce.",
     None, {("Norland", "negotiation_terms")}),
    ("condition_holder.owner_of_cue_noun", "Osteria is under pressure to agree to a truce, Berg said.", None, set()),
    # a predicate of stance with the party it concerns after ``to`` or ``for``: that party holds the term
    ("condition_holder.experiencer_of_stance", "The deployment of foreign troops in Osteria is unacceptable to Norland, "
     "Berg said.", None, {("Norland", "security_architecture")}),
    ("condition_holder.experiencer_of_stance", "Berg said the deployment of foreign troops is unacceptable to the "
     "people of Norland.", None, set()),
    # a term named with the demand noun that carries it is held by the noun's owner, whoever refuses it
    ("condition_holder.owner_of_term_noun", "Norland will never accept Osteria's territorial demands, Berg said.",
     None, {("Osteria", "territory")}),
    ("condition_holder.owner_of_term_noun", "Norland has repeatedly refused the territorial demands of Osteria.",
     None, {("Osteria", "territory")}),
    ("condition_holder.owner_of_term_noun", "Norland will never accept territorial demands, Berg said.", None, set()),
    # the owner of a goal or demand named after the term holds it, whoever the sentence names first
    ("condition_holder.owner_of_goal_after", "A ceasefire with Osteria is Norland's goal.", None,
     {("Norland", "negotiation_terms")}),
    ("condition_holder.owner_of_goal_after", "A ceasefire with Osteria is the best chance, Norland said.", None, set()),
    # a party that ``would agree to`` a step just after a plan is named states the plan's point; its own part is its own
    ("condition_cue.agreed_in_context", "Norland's plan was leaked on Monday. Osteria would also agree to cap its "
     "army at 50,000 troops.", None, {("Norland", "demilitarization")}),
    ("condition_cue.agreed_in_context", "Norland's plan was leaked on Monday. Osteria, for its part, would agree to "
     "cap its army at 50,000 troops.", None, set()),
    ("condition_holder.owner_of_term_noun", "Norland has repeatedly refused territorial demands.", None, set()),
    # the subject of a passive of letting is let act and holds nothing: the document's parties hold the term
    ("condition_holder.author_of_document", "Norland and Osteria signed a deal on Monday. Under the deal, Osteria "
     "will be allowed to reopen the crossings for aid.", None, {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.subject_of_clause", "Norland and Osteria signed a deal on Monday. Under the deal, Osteria "
     "will be allowed to reopen the crossings for aid.", None, set()),
    # a deal between parties that someone else announces is the parties', not its announcer's; a plan for talks
    # between parties is its author's
    ("condition_holder.author_of_document", "Anna Berg announced on Monday a truce agreement between Osteria and "
     "Norland. That agreement now calls for a truth commission.", None,
     {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.author_of_document", "Norland unveiled a plan for talks between Osteria and Valdia. The plan "
     "calls for a truth commission.", None, {("Norland", "other")}),
    # a document signed or reached between parties is theirs; talks held between them are no document
    ("condition_holder.author_of_document", "The deal signed between Norland and Osteria calls for a truth "
     "commission.", None, {("Norland", "other"), ("Osteria", "other")}),
    ("condition_holder.author_of_document", "The talks held between Norland and Osteria dwelt on a truth "
     "commission.", None, set()),
    ("condition_holder.author_of_document", "The plan discussed between Norland and Osteria calls for a truth "
     "commission.", None, set()),
    ("condition_holder.owner_before_colon",  # the owned noun is an object, not what the colon lays out
     "Norland rejected Osteria's demands on Monday and told reporters: Osteria must lift the sanctions first.",
     None, set()),
    # the author named in a clause inside the relative clause on the document (``which aides say was drafted by``)
    ("condition_holder.holder_of_list_opener",
     "The text, which aides say was drafted by Anna Berg's staff, lists these points:\n\n"
     "1. Osteria would lift the sanctions.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.holder_of_list_opener",
     "The text, which aides say was read by Anna Berg's staff, lists these points:\n\n"
     "1. Osteria would lift the sanctions.", None, set()),
    # an item whose own subject says, thinks or wants it gives that subject's position, not the opener's
    ("condition_holder.holder_of_list_opener", "Asked about the obstacles, Anna Berg summed up the dispute:\n\n"
     "- Osteria wants to keep control of the valley.\n\n- Norland views the valley as vital and says it cannot "
     "pull its soldiers out of the valley.", None, set()),
    ("condition_holder.holder_of_list_opener", "Anna Berg set out her plan:\n\n- Osteria pulls its soldiers "
     "out of the valley.", None, {("Anna Berg", "territory")}),
    ("condition_holder.holder_of_list_opener", "Anna Berg set out her plan:\n\n- Osteria pulls its soldiers "
     "out of the valley and asks the monitors to check the lines.", None, {("Anna Berg", "territory")}),
    ("condition_holder.holder_of_list_opener", "Anna Berg set out her plan:\n\n- In case of a refusal, it is "
     "proposed that Osteria pull its soldiers out of the valley.", None, {("Anna Berg", "territory")}),
    ("condition_holder.holder_of_list_opener",  # a second list's opener holds its own items
     "Osteria's demands include:\n\n- An end to the sanctions.\n\nKey points of the Norland plan:\n\n"
     "- A truce along the river.", None, {("Osteria", "sanctions"), ("Norland", "negotiation_terms")}),
    # a list's holder is not looked for before its section's heading (a live blog's entries)
    ("condition_holder.holder_of_list_opener", "Norland's draft was leaked on Monday.\n\n16:30 | Talks close\n\n"
     "The points read out on Monday:\n\n- An end to the sanctions.", None, set()),
    # a list a document noun opens belongs to that noun's author, not to the last document of another name
    ("condition_holder.holder_of_list_opener",
     "Norland's memorandum reached the envoys.\n\nOsteria circulated a framework last month. That framework "
     "proposed a summit.\n\nThe memorandum lists five points:\n\n- An end to the sanctions.", None,
     {("Norland", "sanctions")}),
    ("condition_holder.holder_of_list_opener",
     "Norland's memorandum reached the envoys.\n\nOsteria circulated a framework last month. That framework "
     "proposed a summit.\n\nThe paper lists five points:\n\n- An end to the sanctions.", None,
     {("Osteria", "sanctions")}),
    # a section that goes on with the document the article introduced before its heading: the items are
    # that document's; a section naming no document, or another one, is not
    ("condition_holder.holder_of_list_opener", "Norland signed a deal with Osteria on Friday.\n\n"
     "What was agreed\n\nStage one of the deal frees the captives. During this stage:\n\n"
     "- An end to the sanctions.", None, {("Norland", "sanctions"), ("Osteria", "sanctions")}),
    ("condition_holder.holder_of_list_opener", "Norland signed a deal with Osteria on Friday.\n\n"
     "What was agreed\n\nStage one of the truce frees the captives. During this stage:\n\n"
     "- An end to the sanctions.", None, set()),
    ("condition_holder.holder_of_list_opener", "Norland signed a deal with Osteria on Friday.\n\n"
     "What was agreed\n\nStage one of the plan frees the captives. During this stage:\n\n"
     "- An end to the sanctions.", None, set()),
    ("condition_holder.holder_of_list_opener", "Norland signed a trade deal with Valdia in 2019.\n\nTruce talks\n\n"
     "Envoys say a deal to stop the fighting is close. In the first stage:\n\n- An end to the sanctions.", None, set()),
    ("condition_holder.holder_of_list_opener", "Norland signed a deal with Osteria on Friday.\n\nDoubts\n\n"
     "Karl Vos says there is a great deal of doubt. In the first stage:\n\n- An end to the sanctions.", None, set()),
    # a line between marked items (a stage's heading) keeps the list open
    ("condition_holder.holder_of_list_opener", "Norland unveiled a plan on Monday. Its main points:\n\n"
     "- A truce along the river.\n\nStage two\n\n- An end to the sanctions.", None,
     {("Norland", "negotiation_terms"), ("Norland", "sanctions")}),
    # condition_side: expected (holder, holder_country) pairs
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent "
     "envoys.\n\nAnn Lee insists that the army must lift the sanctions.", None, {("Ann Lee", "NRL")}),
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and Osteria met on Monday.\n\nAnn Lee "
     "insists that the army must lift the sanctions.", None, set()),
    # an unnamed source of the government or the armed forces, no state named: the leading state's; an
    # outsider (``foreign``, a demonym) or a source of no institution is no one's
    ("condition_side.home_state", 'Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent '
     'envoys.\n\n"The rebels must lift the sanctions before any talks," a senior military official said.',
     "unnamed: senior military official", {("unnamed: senior military official", "NRL")}),
    ("condition_side.home_state", 'Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent '
     'envoys.\n\n"The rebels must lift the sanctions before any talks," a foreign military official said.',
     "unnamed: foreign military official", set()),
    ("condition_side.home_state", 'Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent '
     'envoys.\n\n"The rebels must lift the sanctions before any talks," a relative of a captive said.',
     "unnamed: relative of a captive", set()),
    ("condition_side.home_state", 'Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent '
     'envoys.\n\n"The army must lift the sanctions before any talks," a rebel army commander said.',
     "unnamed: rebel army commander", set()),
    # a holder that fights the leading state from ground written as another state's is that state's
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent "
     "envoys.\n\nAnn Lee, whose fighters have fought Norland for years, controls much of Osteria. Ann Lee "
     "insists that the army must lift the sanctions.", None, {("Ann Lee", "OST")}),
    # ground in another state with no fight against the leading state: still the leading state's
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent "
     "envoys.\n\nAnn Lee, who met Norland for years, controls much of Osteria. Ann Lee "
     "insists that the army must lift the sanctions.", None, {("Ann Lee", "NRL")}),
    # a holder set against the leading state, whose lede names no other state: the other state the text names most
    ("condition_side.home_state", "Talks stall in the north\n\nAnn Lee said her fighters would keep confronting "
     "Norland.\n\nAnn Lee insists that Norland must lift the sanctions. Osteria's army and Osteria's police guard "
     "the towns she holds.", None, {("Ann Lee", "OST")}),
    ("condition_side.home_state", "Talks stall in the north\n\nAnn Lee said her fighters would keep confronting "
     "Norland.\n\nAnn Lee insists that Norland must lift the sanctions. Her fighters guard the towns she holds.",
     None, {("Ann Lee", "NRL")}),
    # ... a mediator's state is no party (``Osteria mediation``), and the subject of a condition is asked to act
    ("condition_side.home_state", "Talks stall in the north\n\nAnn Lee said her fighters would keep confronting "
     "Norland.\n\nAnn Lee insists that Norland must lift the sanctions. Osteria mediation has failed. Osteria "
     "mediation may resume.", None, {("Ann Lee", "NRL")}),
    ("condition_side.home_state", "Talks stall in the north\n\nAnn Lee said her fighters would not disarm unless "
     "Norland lifts the sanctions.\n\nOsteria's army guards the towns she holds. Osteria's police stay.", None,
     {("Ann Lee", "OST")}),
    ("condition_side.home_state", "Talks stall in the north\n\nAnn Lee said her fighters would not disarm unless "
     "Norland lifts the sanctions.\n\nHer fighters guard the towns she holds.", None, {("Ann Lee", "NRL")}),
    # a demand addressed to the leading state sets it against the holder as a fight does
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent "
     "envoys.\n\nAnn Lee, who controls much of Osteria, insists that Norland must lift the sanctions.", None,
     {("Ann Lee", "OST")}),
    ("condition_side.home_state", "Talks resume in the north\n\nNorland and the rebels met on Monday. Norland sent "
     "envoys.\n\nAnn Lee, who controls much of Osteria, insists that the army must lift the sanctions.", None,
     {("Ann Lee", "NRL")}),
    # so does a clause a speaker says with ``must``: the other party the lede names
    ("condition_side.home_state", "Talks stall as Osteria and Norland swap detainees\n\nNorland and Osteria "
     "freed 50 detainees each on Monday, Norland's defence ministry said. Norland sent envoys.\n\n"
     "Commissioner Ann Lee said Norland must free every civilian before any wider talks.", None,
     {("Ann Lee", "OST")}),
    ("condition_side.home_state", "Talks stall as Osteria and Norland swap detainees\n\nNorland and Osteria "
     "freed 50 detainees each on Monday, Norland's defence ministry said. Norland sent envoys.\n\n"
     "Commissioner Ann Lee said the talks will resume once every civilian is free.", None,
     {("Ann Lee", "NRL")}),
    # a body that deals with the leading state, no ground written: the other party the lede names
    ("condition_side.home_state", "Talks stall as Osteria hardens its line\n\nThe Harbour Trade Office warned "
     "that it would oppose any agreement with Norland. Norland sent envoys. Norland met on Monday.\n\n"
     "The Harbour Trade Office insists that Norland must lift the sanctions.", None,
     {("Harbour Trade Office", "OST")}),
    # ... but a state the lede writes as a venue is no party: still the leading state's
    ("condition_side.home_state", "Talks stall in Osteria\n\nThe Harbour Trade Office warned "
     "that it would oppose any agreement with Norland. Norland sent envoys. Norland met on Monday.\n\n"
     "The Harbour Trade Office insists that Norland must lift the sanctions.", None,
     {("Harbour Trade Office", "NRL")}),
    # an ``its`` title after a sentence whose subject is a body: that body's, not the state named last
    ("condition_side.described_at_mention", "Osteria Trade Office said it would wait until Norland lifts the "
     "sanctions. Its chairman, Ann Lee, insists that Norland must lift the sanctions.", None, {("Ann Lee", "OST")}),
    # an office in an international body outranks the nationality the same description gives
    ("condition_side.office_in_body", "Anna Berg, the head of the observer mission of the "
     "Union of Northern States, insists that Osteria must lift the sanctions.", None, {("Anna Berg", "INT")}),
    ("condition_side.office_in_body", "Anna Berg, the Norlandic diplomat who heads the Union of Northern States' "
     "mission, insists that Osteria must lift the sanctions.", None, {("Anna Berg", "INT")}),
    # who chairs an international body speaks for it; the chairman of a bank does not
    ("condition_side.office_in_body", "Norlandic President Anna Berg, the current chairman of the Union of Northern "
     "States, insists that Osteria must lift the sanctions.", None, {("Anna Berg", "INT")}),
    ("condition_side.office_in_body", "Anna Berg, the Chilean chairman of the Union of Northern States' committee, "
     "insists that Osteria must lift the sanctions.", None, set()),
    ("condition_side.office_in_body", "Norlandic President Anna Berg, the chairwoman of a Norlandic bank, insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.office_in_body", "Anna Berg, Norland's envoy to the Union of Northern States, insists that "
     "Osteria must lift the sanctions.", None, set()),
    ("condition_side.office_in_body", "Anna Berg, who met the head of the Union of Northern States on Monday, "
     "insists that Osteria must lift the sanctions.", None, set()),
    # ``the group's`` title points back to the body as ``its`` does, and lends the side the article gives it
    ("condition_side.described_at_mention", "Talks stall as Osteria hardens its line\n\nThe Harbour Trade Office "
     "warned that it would oppose any agreement with Norland. The group's president, Ann Lee, insists that "
     "Norland must lift the sanctions. Norland sent envoys. Norland met on Monday.", None, {("Ann Lee", "OST")}),
    ("condition_side.described_at_mention", "Talks stall as Osteria hardens its line\n\nThe Harbour Trade Office "
     "warned that it would oppose any agreement with Norland. The farmers' president, Ann Lee, insists that "
     "Norland must lift the sanctions. Norland sent envoys. Norland met on Monday.", None, set()),
    ("condition_side.same_actor_elsewhere", '"Osteria must lift the sanctions," Anna Berg said.', "Anna Berg",
     {("Anna Berg", "NRL")}),
    ("condition_side.same_actor_elsewhere", '"Osteria must lift the sanctions," Ann Lee said.', "Ann Lee", set()),
    ("condition_side.named_country", "The Norwegian Trade Office insists that Osteria must lift the sanctions.",
     None, {("Norwegian Trade Office", "NOR")}),
    ("condition_side.named_country", "The Harbour Trade Office insists that Osteria must lift the sanctions.",
     None, set()),
    # a person's name never names a side, whatever words it shares with demonyms
    ("condition_side.named_country", "Norwegian Eli Kim insists that Osteria must lift the sanctions.", None, set()),
    ("condition_side.named_country", "Eli Thai Kim insists that Osteria must lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "Norwegian envoy Ann Lee insists that Osteria must lift the sanctions.",
     None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "Veteran envoy Ann Lee insists that Osteria must lift the sanctions.",
     None, set()),
    # a country where the holder is or goes (a place on a verb) is no side; one on a title noun is
    ("condition_side.described_at_mention", "Ann Lee, who is in Norway for the summit, insists that Osteria must "
     "lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "Ann Lee, who is in Norway for talks with Sweden, insists that Osteria "
     "must lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "Ann Lee, who is in the Norway delegation, insists that Osteria must "
     "lift the sanctions.", None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "Ann Lee, a lawmaker in Norway, insists that Osteria must lift the "
     "sanctions.", None, {("Ann Lee", "NOR")}),
    # another party of a series after a comma is no apposition: it says nothing of the side
    ("condition_side.described_at_mention", "Envoys of Osteria, the Harbour Trade Office, the United States and "
     "Peru met. The Harbour Trade Office insists that Norland must lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "Ann Lee, Peru Foreign Minister, insists that Osteria must lift the "
     "sanctions.", None, {("Ann Lee", "PER")}),
    # a line break ends the words before a mention: a headline's place is no title of the name after it
    ("condition_side.described_at_mention", "Talks held in Norway\n\nAnn Lee insists that Osteria must lift the sanctions.",
     None, set()),
    # so does a subordinating one: ``closed by Norway after Ann Lee ...`` says nothing of her side either
    ("condition_side.described_at_mention", "The crossing was closed by Norway after Ann Lee seized it. Ann Lee "
     "insists that Osteria must lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "The crossing was closed by Norway after Norwegian envoy Ann Lee left. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, {("Ann Lee", "NOR")}),
    # a conjunction ends the words before a mention: ``Norway and Ann Lee`` says nothing of Ann Lee's side
    ("condition_side.described_at_mention", "Talks between Norway and Ann Lee ended. Ann Lee insists that Osteria "
     "must lift the sanctions.", None, set()),
    # the actor tables missed the mention that is described (here: the surname alone)
    # the team a person leads names the person's side
    ("condition_side.described_at_mention", "Norway's team, headed by envoy Ann Lee, arrived on Monday. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "A march led by Ann Lee crossed Norway on Monday. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, set()),
    # also a team that is led by the person, that the person heads, or that the parser hangs the leader away from
    ("condition_side.described_at_mention", "The Norwegian delegation to the talks with Sweden is led by Ann Lee. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "Ann Lee headed the Norwegian delegation at the talks with Sweden. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "A delegation from Norway arrived for the talks with Sweden, headed by "
     "Ann Lee. Ann Lee insists that Osteria must lift the sanctions.", None, {("Ann Lee", "NOR")}),
    # a team with no state before it or ``from`` it names none (not the state it talks with)
    ("condition_side.described_at_mention", "The delegation to the talks with Sweden is led by Ann Lee. "
     "Ann Lee insists that Osteria must lift the sanctions.", None, set()),
    # a leader hung on another state's negotiators leads them; talks or a desk one chairs or heads are no team
    ("condition_side.described_at_mention", "A delegation from Norway met Sweden's negotiators, headed by Ann Lee. "
     "Ann Lee insists that Norway must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.described_at_mention", "Ann Lee, the mediator, chaired the Norwegian-Osterian talks in the "
     "capital. Ann Lee insists that Osteria must lift the sanctions.", None, set()),
    # an ``its`` title in apposition points back to the state named just before
    ("condition_side.described_at_mention", "Norland has raised the stakes. Its foreign minister, Ann Lee, insists "
     "that Osteria must lift the sanctions.", None, {("Ann Lee", "NRL")}),
    ("condition_side.described_at_mention", "Norland met on Monday. The bank raised its rates. Its foreign minister, "
     "Ann Lee, insists that Osteria must lift the sanctions.", None, set()),
    # the state a title deals with (``envoy for``, ``ambassador to``) is not its holder's own
    ("condition_side.described_at_mention", "Ann Lee, the envoy for Norway and a Swedish diplomat, insists that "
     "Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.described_at_mention", "Ann Lee, the special envoy for Norway, insists that Osteria must "
     "lift the sanctions.", None, set()),
    # a capitalised title before the name, past an honorific; a counterpart joined by ``and his`` is another person
    ("condition_side.described_at_mention", "The Swedish Foreign Minister, Mr Ann Lee, and his Norwegian counterpart "
     "insist that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.described_at_mention", "The veteran Foreign Minister, Mr Ann Lee, and his Norwegian counterpart "
     "insist that Osteria must lift the sanctions.", None, set()),
    ("condition_side.described_at_mention", "The Swedish Foreign Minister, Mr Ann Lee, and the Norwegian Foreign "
     "Minister, Mr Bo Park, insist that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.described_at_mention", "Ann Lee, the chief negotiator for Norway, insists that Osteria must "
     "lift the sanctions.", None, {("Ann Lee", "NOR")}),
    # a title before the name: the state it deals with is read past, to the state that sent it
    ("condition_side.described_at_mention", "Osteria must lift the sanctions, the Norwegian president's envoy for "
     "Sweden Ann Lee said on Monday.", None, {("Ann Lee", "NOR")}),
    ("condition_side.described_at_mention", "Osteria must lift the sanctions, the special envoy for Sweden Ann Lee "
     "said on Monday.", None, set()),
    # an office in a group the article places: its holder speaks for the group's side; who met its leader does not
    ("condition_side.office_in_group", "Ann Lee, the leader of the Harbour Liberation Front, insists that Norland "
     "must lift the sanctions.", None, {("Ann Lee", "OST")}),
    ("condition_side.office_in_group", "Ann Lee, who met the leader of the Harbour Liberation Front, insists that "
     "Norland must lift the sanctions.", None, set()),
    ("condition_side.office_in_group", "Ann Lee, a spokesman for the Harbour Liberation Front, insists that Norland "
     "must lift the sanctions.", None, {("Ann Lee", "OST")}),
    ("condition_side.office_in_group", "Ann Lee, the head of the Harbour Liberation Front's rival, insists that "
     "Norland must lift the sanctions.", None, set()),
    # a state named as a group's patron (``Norway-allied``) is not its side; a group based there is
    ("condition_side.described_at_mention", "An alliance of Norway-based groups, the Harbour Trade Office, insists "
     "that Osteria must lift the sanctions.", None, {("Harbour Trade Office", "NOR")}),
    ("condition_side.described_at_mention", "An alliance of Norway-allied groups, the Harbour Trade Office, insists "
     "that Osteria must lift the sanctions.", None, set()),
    # a possessive pronoun before a noun for a state's agents: its referent holds the term
    ("condition_holder.subject_of_clause",
     "Anna Berg spoke on Monday. Her government also demands an end to the sanctions on Osteria.", None,
     {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause",
     "Anna Berg spoke on Monday. Her aides also demand an end to the sanctions on Osteria.", None, set()),
    # a ``her`` after a sentence whose subject is a person: that subject, not a person named later in it
    ("condition_holder.subject_of_clause", "Anna Berg says no deal is possible while troops guard the farm of "
     "Eli Kim. Her government also demands an end to the sanctions on Osteria.", None, {("Anna Berg", "sanctions")}),
    ("condition_holder.subject_of_clause", "Troops guard the farm of Anna Berg near the home of Eli Kim. "
     "Her government also demands an end to the sanctions on Osteria.", None, {("Eli Kim", "sanctions")}),
    # the main clause's subject, not the subject of a clause inside it
    ("condition_holder.subject_of_clause", "Anna Berg was glad after Eli Kim lost her last ally. Her government "
     "also demands an end to the sanctions on Osteria.", None, {("Anna Berg", "sanctions")}),
    ("condition_side.described_in_text", "Kim, an aide to Norway's foreign minister, arrived on Monday. "
     "Eli Kim insists that Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.described_in_text", "Kim, an aide to the foreign minister, arrived on Monday. "
     "Eli Kim insists that Osteria must lift the sanctions.", None, set()),
    # a bare office of a state's government right after a sentence whose subject is a state
    ("condition_side.office_after_state", "Norway, which hosts the talks, has asked for more. Foreign Minister "
     "Eli Kim insists that Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.office_after_state", "The talks in Norway have stalled. Foreign Minister Eli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.office_after_state", "Norway has asked for more.\n\nForeign Minister Eli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),
    # the subject of a sentence opened by a state's capital speaks from it for that state
    ("condition_side.speaks_from_capital", "In Oslo, ministry spokeswoman Eli Kim said that Osteria must lift "
     "the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.speaks_from_capital", "In Geneva, ministry spokeswoman Eli Kim said that Osteria must lift "
     "the sanctions.", None, set()),
    ("condition_side.speaks_from_capital", "In Oslo, the talks resumed on Monday. Eli Kim said that Osteria must "
     "lift the sanctions.", None, set()),
    ("condition_side.speaks_from_capital", "In Norway, which hosts the talks, Eli Kim said that Osteria must "
     "lift the sanctions.", None, set()),
    ("condition_side.speaks_from_capital", "In Norway, Eli Kim is a household name. Eli Kim says that Osteria "
     "must lift the sanctions.", None, set()),
    # who sets out the terms on which a state would act speaks for it; who rejects them need not
    ("condition_side.sets_state_terms", "Eli Kim laid down the conditions on which Norway would sign, insisting "
     "that Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.sets_state_terms", "Eli Kim rejected the conditions under which Norway would sign, insisting "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.sets_state_terms", "Eli Kim recalled the demands that Norway has made, insisting that "
     "Osteria must lift the sanctions.", None, set()),
    # who says a state is ready to act, or gives its position, speaks for it (not the headline's state); not
    # a negated readiness, a mediator, a front's positions, what a state must do, nor a state addressed
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway was willing to meet the envoys. " + STANCE_TAIL, None, {("Eli Kim", "NOR")}),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway's position on the talks was unchanged. " + STANCE_TAIL, None, {("Eli Kim", "NOR")}),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway was not willing to meet the envoys. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim, the mediator, said Norway was willing to meet the envoys. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway's positions near the river were shelled. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway must be willing to meet the envoys. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_stance", STANCE_HEAD + "Eli Kim said Norway was willing to meet the envoys and urged "
     "Norway to free them. " + STANCE_TAIL, None, set()),
    # who says a state, its forces or its government will take a step if another party takes one speaks for
    # that state (a side announces its own offers); not what a state must do, not a mediator, not a step taken
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Eli Kim said Norway would free the prisoners once "
     "Osteria withdraws its troops. " + STANCE_TAIL, None, {("Eli Kim", "NOR")}),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Norwegian troops could pull back from the river if "
     "Osteria frees the prisoners, the party newspaper Morgenblad said. " + STANCE_TAIL, None, {("Morgenblad", "NOR")}),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Eli Kim said Norway's army would pull back from the river "
     "if Osteria frees the prisoners. " + STANCE_TAIL, None, {("Eli Kim", "NOR")}),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Eli Kim said Norway must free the prisoners once "
     "Osteria withdraws its troops. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Eli Kim, the mediator, said Norway would free the "
     "prisoners once Osteria withdraws its troops. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Eli Kim said Norway would free the prisoners if the "
     "weather allowed. " + STANCE_TAIL, None, set()),
    ("condition_side.speaks_for_state_offer", STANCE_HEAD + "Norwegian troops pulled back from the river after "
     "Osteria freed the prisoners, Eli Kim said. " + STANCE_TAIL, None, set()),
    # a section heading that names one state heads its section's unplaced holders (explainers, factboxes)
    ("condition_side.state_of_section", "Talks drag on\n\nWhat does Norway want?\n\nEli Kim insists that "
     "Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.state_of_section", "Talks drag on\n\nWhat do Norway and Sweden want?\n\nEli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.state_of_section", "Talks drag on\n\nRead more: Norway sends envoys\n\nEli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.state_of_section", "Talks drag on\n\nNorway met envoys on Monday.\n\nEli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.state_of_section", "Talks drag on\n\nNorway hosts the talks\n\nEli Kim insists "
     "that Osteria must lift the sanctions.", None, set()),  # a heading of a topic, not of a side's terms
    ("condition_side.state_of_headline", "Norway unveils a truce proposal\n\nEli Kim insists that Osteria must "
     "lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.state_of_headline", "Talks resume in the capital\n\nEli Kim insists that Osteria must "
     "lift the sanctions.", None, set()),
    # a headline that names the talks' host or mediator says whose talks they broker, not whose side a speaker is on
    ("condition_side.state_of_headline", "Norway to mediate truce talks in the north\n\nEli Kim insists that "
     "Osteria must lift the sanctions.", None, set()),
    ("condition_side.state_of_headline", "Norway has agreed to host truce talks\n\nEli Kim insists that Osteria "
     "must lift the sanctions.", None, set()),
    ("condition_side.state_of_headline", "The Netherlands has agreed to host truce talks\n\nEli Kim insists that "
     "Osteria must lift the sanctions.", None, set()),
    ("condition_side.state_of_headline", "Norway asks Sweden to mediate truce talks\n\nEli Kim insists that "
     "Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    ("condition_side.state_of_headline", "Norway rejects truce talks in the north\n\nEli Kim insists that "
     "Osteria must lift the sanctions.", None, {("Eli Kim", "NOR")}),
    # not the article's first person: he may speak for the other side
    ("condition_side.state_of_headline", "Norway unveils a truce proposal\n\nAnna Berg met Eli Kim. Eli Kim "
     "insists that Osteria must lift the sanctions.", None, set()),
    ("condition_side.actor_in_description",
     'The Osteria Trade Office met on Monday. "Norland must lift the sanctions," the officials said.',
     "unnamed: Osteria Trade Office officials", {("unnamed: Osteria Trade Office officials", "OST")}),
    ("condition_side.actor_in_description",
     'The harbour staff met on Monday. "Norland must lift the sanctions," the officials said.',
     "unnamed: harbour officials", set()),
    ("condition_side.described_before_by_noun",
     'Norway\'s negotiators met on Monday. "Norland must lift the sanctions," the negotiators said.',
     "unnamed: negotiators", {("unnamed: negotiators", "NOR")}),
    ("condition_side.described_before_by_noun",
     'Norway\'s negotiators and Sweden\'s negotiators met. "Norland must lift the sanctions," the negotiators said.',
     "unnamed: negotiators", set()),
    # an official in apposition to the envoy or negotiator a state sent, appointed or replaced before is its own
    # an office written with its state and no name, the person named as the next sentence's subject
    ("condition_side.office_in_sentence_before", "The Swedish foreign minister praised the ferry talks on "
     "Monday. Ann Lee insisted that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.office_in_sentence_before", "Sweden's prime minister met the envoys of Osteria in the port. "
     "Ann Lee insisted that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    # an office named with its holder, or no office of a state, is none
    ("condition_side.office_in_sentence_before", "The Swedish prime minister, Karl Vos, met the envoys in the port. "
     "Ann Lee insisted that Osteria must lift the sanctions.", None, set()),
    ("condition_side.office_in_sentence_before", "A Swedish analyst praised the ferry talks on Monday. Ann Lee "
     "insisted that Osteria must lift the sanctions.", None, set()),
    # the person's own words address the office's state: the other side replying
    ("condition_side.office_in_sentence_before", "The Swedish foreign minister praised the ferry talks on "
     "Monday. Ann Lee insisted that Sweden must lift the sanctions.", None, set()),
    ("condition_side.appointed_before", "The Swedish government sent a new envoy to the talks with Osteria. The "
     "envoy, Ann Lee, insists that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.appointed_before", "Sweden replaced its chief negotiator on Friday. The new negotiator, Ann Lee, "
     "insists that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    # an envoy a state expels or summons is another's
    ("condition_side.appointed_before", "The Swedish government expelled an envoy on Monday. The envoy, Ann Lee, "
     "insists that Osteria must lift the sanctions.", None, set()),
    # the nearest such sentence, also a passive; an envoy another state's, sent home, or named jointly is none
    ("condition_side.appointed_before", "Denmark appointed an envoy in March. On Monday, Sweden sent an envoy to the "
     "talks. The envoy, Ann Lee, insists that Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.appointed_before", "An envoy was sent by Sweden to the talks. The envoy, Ann Lee, insists that "
     "Osteria must lift the sanctions.", None, {("Ann Lee", "SWE")}),
    ("condition_side.appointed_before", "Denmark sent the Swedish envoy home on Monday. The envoy, Ann Lee, insists "
     "that Osteria must lift the sanctions.", None, set()),
    ("condition_side.appointed_before", "Denmark and Sweden named a mediator last week. The mediator, Ann Lee, "
     "insists that Osteria must lift the sanctions.", None, set()),
    ("relation.quotes_about", '"Osteria will regret this," Anna Berg said.', "Anna Berg",
     {("Anna Berg", "quotes_about", "Osteria")}),
    ("relation.quotes_about", '"Osteria will regret this," an official said.', "unnamed: official", set()),
    ("relation.co_mention", "Norland and Osteria met on the river.", None,
     {("Norland", "co_mention", "Osteria")}),
    ("relation.co_mention", "Norland met on the river. Osteria stayed away.", None, set()),
    ("relation.demands_from", "Norland insists that Osteria must lift the sanctions.", None,
     {("Norland", "demands_from", "Osteria")}),
    ("relation.demands_from", "Norland insists that the sanctions must be lifted.", None, set()),
    ("relation.verb_active", "Anna Berg praised Osteria.", None, {("Anna Berg", "praises", "Osteria")}),
    ("relation.verb_active", "Anna Berg did not praise Osteria.", None, set()),
    ("relation.verb_passive", "Osteria was praised by Anna Berg.", None, {("Anna Berg", "praises", "Osteria")}),
    ("relation.verb_passive", "Anna Berg praised Osteria.", None, set()),
]
REGISTRY_NAMES = ("condition_cue", "condition_holder", "condition_side", "relation")


@pytest.fixture(scope="module")
def pipe():
    return load_model()


def _quotes(text: str, speaker: str | None) -> list[dict]:
    """The quoted part of ``text`` as a quote row: a direct quote between straight quotation marks, else
    an indirect one after the first comma (``According to Anna Berg, ...``)."""
    if speaker is None:
        return []
    kind = "direct" if '"' in text else "indirect"
    start = text.index('"') + 1 if kind == "direct" else text.index(",") + 2
    end = text.index('"', start) if kind == "direct" else len(text) - 1
    return [dict(article="t.txt", kind=kind, speaker=speaker, speaker_country="", quote=text[start:end],
                 start=start, end=end)]


def found_by(rule: str, pipe, text: str, speaker: str | None) -> set[tuple]:
    """What one rule contributes to the rows of the real extractors on ``text``."""
    doc = pipe(text)
    mentions, quotes = mentions_in(text, ACTORS), _quotes(text, speaker)
    taxonomy = pd.concat([pd.read_csv(conditions.TAXONOMY_FILE, dtype=str, keep_default_na=False),
                          pd.DataFrame([STANDALONE])])
    found = conditions.find_conditions(doc, "t.txt", mentions, quotes, taxonomy=taxonomy)
    if rule.startswith("relation."):
        rows = graph.find_relations(doc, "t.txt", mentions, quotes, found)
        return {(r["source"], r["relation"], r["target"]) for r in rows if r["rule"] == rule}
    if rule.startswith("condition_side."):
        return {(r["holder"], r["holder_country"]) for r in found if rule in r["holder_rule"].split("; ")}
    return {(r["holder"], r["category"]) for r in found if rule in (r["rule"], *r["holder_rule"].split("; "))}


@pytest.mark.parametrize("rule, text, speaker, expected", CASES, ids=[f"{c[0]}-{'+' if c[3] else '-'}" for c in CASES])
def test_rule_case(pipe, rule, text, speaker, expected):
    assert found_by(rule, pipe, text, speaker) == expected


def test_switching_a_rule_off_takes_its_rows_away(pipe):
    text = "Anna Berg praised Osteria."
    with rules.disabled("relation.verb_active"):
        assert found_by("relation.verb_active", pipe, text, None) == set()
    assert found_by("relation.verb_active", pipe, text, None)


def _registered() -> list[str]:
    """Every rule of the condition and relation registries (importing the modules registers them)."""
    return [name for reg in REGISTRY_NAMES for name in rules.REGISTRIES[reg].names()]


def test_the_registries_of_conditions_and_relations_are_listed():
    assert {r.name for r in rules.REGISTRIES.values()
            if any(f.__module__.startswith(("helpers.conditions", "helpers.graph")) for f in r)} == set(REGISTRY_NAMES)


@pytest.mark.parametrize("rule", _registered())
def test_every_rule_has_a_positive_and_a_negative_case(rule):
    cases = [expected for name, _, _, expected in CASES if name == rule]
    assert any(cases), f"{rule}: no positive case in CASES"
    assert any(not e for e in cases), f"{rule}: no negative case in CASES"
