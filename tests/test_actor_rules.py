"""One table of cases per actor registry: (rule, sentence, surface, fires), run through the real pipeline.

A case ``fires`` when switching its rule off (``rules.disabled``) changes the mention
rows over ``surface``; a candidate rule's positive case must also mark the row with
its name in the ``rule`` column. Each registered rule needs a positive and a negative
case; ``ents`` (optional) sets the model's entities by hand, as when the small model
splits or misses a name (listed in text order).
"""
from __future__ import annotations

import pytest

from helpers import actors, nlp, rules
from helpers.actors import candidates, countries, filters, mentions, names

from hand_registry import WORLD

ACTOR_REGISTRIES = [candidates.CANDIDATES, names.SHAPE, filters.FILTERS, names.NAMES, countries.KINDS,
                    countries.COUNTRIES, countries.AFFILIATIONS, filters.RESOLVED_FILTERS, mentions.RECALL,
                    mentions.PLACES]

# (rule, text, surface, fires, ents): ents = [(words, label), ...] replaces the model's entities.
CASES = [
    ("candidates.registry_alias", "The Citadel said talks would resume on Monday.", "Citadel", True, None),
    ("candidates.registry_alias", "The citadel of the old town is a museum today.", "citadel", False, None),
    # two registered names sharing their last words, written once: the lone first word is the other state
    ("candidates.elided_alias", "Envoys of North and South Velmark met on Friday.", "North", True, None),
    ("candidates.elided_alias", "The leaders of Marchia and South Velmark met on Friday.", "Marchia", False, None),
    ("candidates.elided_alias", "Rain fell in the north and South Velmark closed its ports.", "north", False, None),
    ("candidates.elided_alias", "Storms in the North and South Velmark closed the roads.", "North", False, None),
    ("candidates.bracket_acronym", "The Harbour Pilots Guild (HPG) opposed the plan, and the HPG said it "
     "would strike.", "HPG said", True, None),
    ("candidates.bracket_acronym", "Pilots met in Lakeport (briefly) to discuss pay.", "briefly", False, None),
    ("candidates.agency_before_place", "Officials from Public Safety Ruritania said the roads were closed.",
     "Public Safety Ruritania", True, [("Ruritania", "GPE")]),
    ("candidates.agency_before_place", "Farmers in North Dakota said the drought had cut yields.",
     "North Dakota", False, [("North Dakota", "GPE")]),
    ("candidates.org_before_of_place", "The count was confirmed by the Electoral Board of Ruritania late on "
     "Sunday.", "Electoral Board of Ruritania", True, [("Electoral Board of", "ORG")]),
    ("candidates.org_before_of_place", "The Election Board said the vote would be held in May.",
     "Election Board", False, None),
    ("candidates.split_at_and", "The Centre for Tidal Research and Coastal Studies said sea levels were "
     "rising.", "Centre for Tidal Research and Coastal Studies", True, None),
    ("candidates.split_at_and", "The Harbour Council and the Ferry Union said sea levels were rising.",
     "Ferry Union", False, None),
    ("candidates.possessive_office", "The County Sheriff's Department said the road was closed.",
     "County Sheriff's Department", True, None),
    ("candidates.possessive_office", "The county sheriff said the road was closed.", "sheriff", False, None),
    ("candidates.bare_acronym", "Ferry operator KSVF said two crossings had been cancelled.", "KSVF", True, []),
    ("candidates.bare_acronym", "The CEO said two crossings had been cancelled.", "CEO", False, []),
    ("candidates.slash_acronym", "The KLF/A alliance said it would not withdraw from the valley.", "KLF/A", True, []),
    ("candidates.slash_acronym", "The 2024/25 season ended early.", "2024/25", False, []),
    ("candidates.slash_acronym", "Fares rose 5% on the AB / CD route.", "AB / CD", False, []),
    ("candidates.slash_acronym", "The US/UK draft was rejected on Monday.", "US/UK", False, []),
    ("candidates.slash_acronym", "Clinics treat HIV/AIDS patients in the north.", "HIV/AIDS", False, []),
    # a standing format of talks among states: named after its place (which it swallows), or by its noun alone
    ("candidates.named_grouping", "The Lissa format said the truce must hold until May.", "Lissa format", True, None),
    ("candidates.named_grouping", "Envoys of the Quartet urged both armies to hold the truce.", "Quartet", True,
     None),
    ("candidates.named_grouping", "Ann Okafor, a veteran of the Lissa process, said the truce must hold.",
     "Lissa process", False, None),
    ("candidates.named_grouping", "The peace process stalled on Monday, officials said.", "peace process", False,
     None),
    ("candidates.headed_organisation", "Ann Lee, who sits on the Harbour Dredging Oversight Committee, said "
     "the work was late.", "Harbour Dredging Oversight Committee", True, []),
    ("candidates.headed_organisation", "Ports Cabinet Secretary Ann Lee said the work was late.",
     "Ports Cabinet", False, []),
    # an armed group's head word ends a name the model may leave untagged
    ("candidates.headed_organisation", "Rebels talk\n\nGunmen of the Harbour Brigades fired on a patrol near the "
     "port on Tuesday, police said.", "Harbour Brigades", True, []),
    ("candidates.headed_organisation", "Rebels talk\n\nThe harbour brigades issued a statement on Tuesday.",
     "harbour brigades", False, []),
    ("candidates.headed_organisation", "Rebels talk\n\nUnits of the Rapid Coast Forces fired on a patrol near the "
     "port on Tuesday, police said.", "Rapid Coast Forces", True, []),
    ("candidates.headed_organisation", "Rebels talk\n\nFighters of the Coastal Liberation Army fired on a patrol "
     "near the port on Tuesday, police said.", "Coastal Liberation Army", True, []),
    ("candidates.headed_organisation", "Rebels talk\n\nThe country's armed forces fired on a patrol near the port "
     "on Tuesday, police said.", "armed forces", False, []),
    # a conference named for the place it is about, whole, though the model splits it at its venue
    ("candidates.conference_name", "The Lakeport II Conference on Ruritania urged both armies to hold the truce.",
     "Lakeport II Conference on Ruritania", True, [("Lakeport", "GPE"), ("Ruritania", "GPE")]),
    ("candidates.conference_name", "A conference on trade in Lakeport urged both firms to hold prices.",
     "conference on trade", False, [("Lakeport", "GPE")]),
    ("candidates.conference_name", "The Lakeport Conference on Tuesday urged both armies to hold the truce.",
     "Lakeport Conference on Tuesday", False, [("Lakeport", "GPE"), ("Tuesday", "DATE")]),
    ("candidates.ner_person", "Ann Okafor said the bridge was safe.", "Ann Okafor", True, None),
    ("candidates.ner_person", "The engineer said the bridge was safe.", "engineer", False, None),
    ("candidates.ner_org", "Tidewater Freight said the bridge was safe.", "Tidewater Freight", True, None),
    ("candidates.ner_org", "The freight company said the bridge was safe.", "freight company", False, None),
    ("candidates.municipal_name", "The City of Lakeport said the bridge was safe.", "City of Lakeport", True,
     None),
    ("candidates.municipal_name", "The city of Lakeport is on a river.", "Lakeport", False, None),
    ("candidates.institution_building", "Doctors at Mercy Hospital said the wards were full.",
     "Mercy Hospital", True, [("Mercy Hospital", "FAC")]),
    ("candidates.institution_building", "Visitors walked past Mercy Church on Sunday.", "Mercy Church", False,
     [("Mercy Church", "FAC")]),
    ("candidates.coded_name", "The XR21 rebel group seized the port. Later the XR21 said it would sign a deal.",
     "XR21 said", True, [("XR21", "GPE"), ("XR21", "GPE")]),
    ("candidates.coded_name", "The rebels seized Lakeport on Monday.", "Lakeport", False, [("Lakeport", "GPE")]),
    # a name the model tags as a place right after an office's title is a person; a place that modifies the
    # office after it (``Deputy Port Lakeview mayor``) is the place
    ("candidates.title_before_place", "Talks resumed. President Tarek Ossan said the ferry would sail.",
     "Tarek Ossan", True, [("Tarek Ossan", "GPE")]),
    ("candidates.title_before_place", "Talks resumed. Deputy Port Lakeview mayor Tarek Ossan said the ferry would "
     "sail.", "Port Lakeview", False, [("Port Lakeview", "GPE"), ("Tarek Ossan", "PERSON")]),
    # a name the model tags as nothing right after an office's title is a person; a title-case headline is none
    ("candidates.title_before_untagged", "Talks resumed. Foreign Minister Odval Enkhjargal said the ferry would sail.",
     "Odval Enkhjargal", True, []),
    ("candidates.title_before_untagged", "Foreign Minister Meets Envoys In Capital\nThe ferry would sail, the minister "
     "said.", "Meets Envoys", False, []),
    ("candidates.title_before_untagged", "The Deputy Relief Coordinator for the agency said the ferry would sail.",
     "Relief Coordinator", False, []),
    ("candidates.title_before_untagged", "The Chief Harbour Master said the ferry would sail.", "Harbour Master",
     False, []),
    ("candidates.title_before_untagged", "Pilgrims filled Pope Ivo Square for the blessing.", "Ivo Square", False, []),
    ("candidates.title_before_untagged", "Prime Minister Harbour Deal\n\nThe ferry would sail, officials said.",
     "Harbour Deal", False, []),
    # a name the model tags as a place, in apposition to a person's role (or to what the role is of)
    ("candidates.appositive_to_role", "The leader of the Harbour Front, Tarek Ossan, said the talks had failed.",
     "Tarek Ossan", True, [("Harbour Front", "ORG"), ("Tarek Ossan", "GPE")]),
    ("candidates.appositive_to_role", "The capital of the region, Port Lakeview, was shelled on Monday.",
     "Port Lakeview", False, [("Port Lakeview", "GPE")]),
    ("candidates.role_appositive_person", "Amara Lind, a senior adviser to the board, said the pier was safe.",
     "Amara Lind", True, [("Amara Lind", "WORK_OF_ART")]),
    ("candidates.role_appositive_person", "Harbour Lights, a film about the pier, opened on Monday.", "Harbour Lights",
     False, [("Harbour Lights", "WORK_OF_ART")]),
    ("filters.byline", "Bridge closes\nBy Ann Okafor and Tom Reyes\nThe bridge closed on Monday, officials "
     "said.", "Ann Okafor", True, None),
    ("filters.byline", "Bridge closes\nThe bridge closed on Monday, Ann Okafor said.", "Ann Okafor", False,
     None),
    ("filters.footnote", "The bridge closed on Monday.\n* Ann Okafor is a fellow at the institute.",
     "Ann Okafor", True, None),
    ("filters.footnote", "The bridge closed on Monday.\nAnn Okafor is a fellow at the institute.",
     "Ann Okafor", False, None),
    ("filters.address_place", "The plant is in the region, Marchia, near the border.", "Marchia", True, None),
    ("filters.address_place", "Marchia said the plant was near the border.", "Marchia", False, None),
    # a state after a place that ends an opening phrase, as the subject of the verb after it, is an actor
    ("filters.address_place", "Ahead of the summit in the region, Marchia offered talks on the border.", "Marchia",
     False, None),
    ("filters.address_place", "The plant is in the region, Marchia, and it offered talks on the border.", "Marchia",
     True, None),
    # a sentence that does not open on such a phrase: the place and its state are an address, whatever the parse
    ("filters.address_place", "A hospital in the region, Marchia was hit on Monday.", "Marchia", True, None),
    # a wire story's place in capitals, first line included when the headline is missing; not a body in capitals
    ("filters.wire_dateline", "LAKEPORT (Wire) — Norwegian President Ann Okafor said Friday that her country wants "
     "guarantees.", "LAKEPORT", True, [("LAKEPORT", "ORG")]),
    ("filters.wire_dateline", "HARBOUR TRUST, a charity, said on Friday the bridge was safe.", "HARBOUR TRUST", False,
     [("HARBOUR TRUST", "ORG")]),
    ("filters.wire_dateline", "KSVF – the ferry union – said on Monday it would strike.", "KSVF", False,
     [("KSVF", "ORG")]),
    ("filters.visited_place", "The minister returned to the Citadel on Monday.", "Citadel", True, None),
    ("filters.visited_place", "The Citadel said the minister returned on Monday.", "Citadel", False, None),
    ("shape.name_edges", "Officials at the Tidewater Freight said fares would rise.", "Tidewater Freight", True,
     [("the Tidewater Freight", "ORG")]),
    ("shape.name_edges", "Officials at Tidewater Freight said fares would rise.", "Tidewater Freight", False,
     [("Tidewater Freight", "ORG")]),
    # a title-case headline's finite verb is no part of the name before it; a body's name is left
    ("shape.headline_verb", "Ferry Guilds Agree to Truce\n\nThe ferry guilds agreed to a truce on Monday.",
     "Ferry Guilds Agree", True, [("Ferry Guilds Agree", "ORG")]),
    ("shape.headline_verb", "Ferry Crews Refuse to Sail\n\nThe crews refused on Monday.",
     "Ferry Crews Refuse", True, [("Ferry Crews Refuse", "ORG")]),
    ("shape.headline_verb", "Fares rise\n\nDock Unions Agree on Wage Deal after the talks.",
     "Dock Unions Agree", False, [("Dock Unions Agree", "ORG")]),
    ("shape.headline_verb", "Ferry Guilds Agree to Truce after the talks on Monday.",
     "Ferry Guilds Agree", False, [("Ferry Guilds Agree", "ORG")]),
    ("shape.headline_verb", "Ferry Guilds Meet in Lakeport\n\nThe Ferry Guilds met on Monday.",
     "Ferry Guilds", False, [("Ferry Guilds", "ORG")]),
    # a sentence's opening adverb, or a plural before a registered name, is no part of the name
    ("shape.opening_word", "Ann Okafor spoke on Monday. Later Okafor said the bridge was safe.", "Later Okafor", True,
     [("Ann Okafor", "PERSON"), ("Later Okafor", "ORG")]),
    ("shape.opening_word", "Rivals Marchia and Corvenia met on Friday.", "Rivals Marchia", True,
     [("Rivals Marchia", "ORG")]),
    ("shape.opening_word", "Rivals Tidewater said fares would rise.", "Rivals Tidewater", False,
     [("Rivals Tidewater", "ORG")]),
    ("shape.opening_word", "Still Waters Trust said fares would rise.", "Still Waters Trust", False,
     [("Still Waters Trust", "ORG")]),
    ("shape.opening_word", "Ann Okafor spoke on Monday. Tidewater Freight later said fares would rise.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    ("shape.unit_number", "The 5th Harbour Brigade said the pier was safe.", "5th Harbour Brigade", True,
     [("5th", "ORDINAL"), ("Harbour Brigade", "ORG")]),
    ("shape.unit_number", "On the 5th Harbour Day was calm, the Harbour Brigade said.", "Harbour Brigade", False,
     [("Harbour Brigade", "ORG")]),
    ("shape.honorific_person", "Councillor Ann Okafor said the bridge was safe.", "Ann Okafor", True,
     [("Councillor Ann Okafor", "ORG")]),
    ("shape.honorific_person", "The Harbour Pilots Guild said the bridge was safe.", "Harbour Pilots Guild", False,
     [("Harbour Pilots Guild", "ORG")]),
    # a group named by its members, its singular written as a modifier; not a people of a region or faith
    ("candidates.member_plural", "The Kestrels said they would leave the port. A Kestrel commander agreed.",
     "Kestrels said", True, [("Kestrels", "PERSON")]),
    ("candidates.member_plural", "The Europeans said they would object. A European diplomat agreed.",
     "Europeans said", False, [("Europeans", "NORP")]),
    ("candidates.member_plural", "The Kestrels said they would leave the port.", "Kestrels said", False,
     [("Kestrels", "PERSON")]),
    ("candidates.member_plural", "The Varnans said they would leave the port. A Varnan commander agreed.",
     "Varnans said", False, [("Varnans", "NORP"), ("Varnan", "NORP")]),
    ("candidates.member_plural", "The Kestrels Trust said it would leave the port. A Kestrel commander agreed.",
     "Kestrels Trust", False, [("Kestrels Trust", "ORG")]),
    ("shape.appositive_person", "The spokesman for the harbour, Tomas Okafor, said the bridge was safe.",
     "Tomas Okafor", True, [("Tomas Okafor", "ORG")]),
    ("shape.appositive_person", "The operator of the ferries, Tidewater Freight, said the bridge was safe.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    # a name followed by the title of an office in apposition is a person's, whatever label the model gave it
    ("shape.role_after_person", "Tomas Okafor, head of the harbour authority, spoke about the bridge.", "Tomas Okafor",
     True, [("Tomas Okafor", "ORG")]),
    ("shape.role_after_person", "Tide Line, the market leader, spoke about the bridge.", "Tide Line",
     False, [("Tide Line", "ORG")]),
    # ... and a person where the model saw no name at all
    ("candidates.titled_name", "Tomas Okafor, head of the harbour authority, spoke about the bridge.", "Tomas Okafor",
     True, []),
    ("candidates.titled_name", "Tide Line, the market leader, spoke about the bridge.", "Tide Line",
     False, []),
    ("shape.role_before_person", "The Union's special representative Tomas Okafor spoke about the bridge.", "Tomas Okafor", True,
     [("Tomas Okafor", "ORG")]),
    ("shape.role_before_person", "The Union's negotiator Tomas Okafor spoke about the bridge.", "Tomas Okafor", True,
     [("Tomas Okafor", "ORG")]),
    # a noun an organisation may be too (partner, owner) is no office; an organisation's head word stays
    ("shape.role_before_person", "The port signed a deal with its partner Tidewater Freight on Monday.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    ("shape.role_before_person", "The Union's special representative Harbour Pilots Association spoke about the bridge.",
     "Harbour Pilots Association", False, [("Harbour Pilots Association", "ORG")]),
    # a capitalised title before a name the model took for an organisation
    ("shape.role_before_person", "Marchian President Tomas-Ivo Okafor spoke about the bridge.", "Tomas-Ivo Okafor", True,
     [("Tomas-Ivo Okafor", "ORG")]),
    ("shape.role_before_person", "Talks with the President\n\nTidewater Freight said the bridge was safe.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    # the state's name the model glued in front of an office holder's after "<title> of"
    ("shape.office_holder", "The President of Marchia Tomas-Ivo Okafor spoke about the bridge.", "Tomas-Ivo Okafor", True,
     [("Marchia Tomas-Ivo Okafor", "PERSON")]),
    ("shape.office_holder", "The Prime Minister of the United Shires of Corvenia Ann Okafor spoke about the bridge.",
     "Ann Okafor", True, [("Ann Okafor", "ORG")]),
    ("shape.office_holder", "The son of Marchia Tomas-Ivo Okafor spoke about the bridge.", "Tomas-Ivo Okafor", False,
     [("Marchia Tomas-Ivo Okafor", "PERSON")]),
    ("shape.office_holder", "The President of Marchia Harbour Pilots Association spoke about the bridge.",
     "Harbour Pilots Association", False, [("Harbour Pilots Association", "ORG")]),
    ("shape.office_holder", "The director of Marchia Airlines said the flights were cancelled.", "Marchia Airlines",
     False, [("Marchia Airlines", "ORG")]),
    ("shape.person_titles", "Councillor Ann Okafor said the bridge was safe.", "Ann Okafor", True,
     [("Councillor Ann Okafor", "PERSON")]),
    ("shape.person_titles", "Councillor Ann Okafor said the bridge was safe.", "Ann Okafor", False,
     [("Ann Okafor", "PERSON")]),
    # the mark of a dead person, capitalised as some outlets write it, is no part of the name; a name that
    # only begins with the same letters keeps them
    ("shape.person_titles", "The union was founded by the Late Ann Okafor in 1961.", "Ann Okafor", True,
     [("Late Ann Okafor", "PERSON")]),
    ("shape.person_titles", "The union was founded by Lately Okafor in 1961.", "Lately Okafor", False,
     [("Lately Okafor", "PERSON")]),
    ("shape.given_name", "The engineer Ann Okafor said the bridge was safe.", "Ann Okafor", True,
     [("Okafor", "PERSON")]),
    ("shape.given_name", "His counterpart, Amara Okafor Lind, said the bridge was safe.", "Amara Okafor Lind", True,
     [("Amara", "NORP"), ("Okafor Lind", "PERSON")]),
    ("shape.given_name", "The engineer Ann Okafor said the bridge was safe.", "Ann Okafor", False,
     [("Ann Okafor", "PERSON")]),
    ("filters.outlet_name", "Storm closes the bridge - Lakeport Herald\nThe bridge closed on Monday.",
     "Lakeport Herald", True, [("Lakeport Herald", "ORG")]),
    ("filters.outlet_name", "Storm closes the bridge\nThe Lakeport Herald reported that the bridge closed.",
     "Lakeport Herald", False, [("Lakeport Herald", "ORG")]),
    ("filters.picture_credit", "The bridge closed on Monday. Photo: Ann Okafor\nOfficials said it would reopen.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("filters.picture_credit", "The bridge closed on Monday. Ann Okafor said it would reopen.", "Ann Okafor",
     False, [("Ann Okafor", "PERSON")]),
    ("filters.implausible", "Traffic on Route 9 was slow on Monday.", "Route 9", True, [("Route 9", "ORG")]),
    ("filters.implausible", "The 5th Harbour Brigade said the pier was safe.", "5th Harbour Brigade", False,
     [("5th Harbour Brigade", "ORG")]),
    ("shape.name_edges", "Yesterday 5th Harbour Brigade said the pier was safe.", "5th Harbour Brigade", False,
     [("5th Harbour Brigade", "ORG")]),
    ("filters.implausible", "Tidewater Freight said traffic was slow on Monday.", "Tidewater Freight", False,
     [("Tidewater Freight", "ORG")]),
    # a title-case headline's verb and particle glued to a name end on a stop word; a name ends on a name word
    ("filters.implausible", "Tidewater Rules Out Talks Before Spring\n\nThe port said so.", "Tidewater Rules Out",
     True, [("Tidewater Rules Out", "ORG")]),
    ("filters.implausible", "Tidewater Freight Rules Port Talks\n\nThe port said so.", "Tidewater Freight",
     False, [("Tidewater Freight", "ORG")]),
    # a site's menu glued to a headline runs small letters into capitals twice; a name may once (McKay)
    ("filters.implausible", "HomeWorld NewsTidewater Freight cuts fares\n\nThe firm said so.",
     "HomeWorld NewsTidewater Freight", True, [("HomeWorld NewsTidewater Freight", "ORG")]),
    ("filters.implausible", "McKay Tidewater Freight cuts fares\n\nThe firm said so.",
     "McKay Tidewater Freight", False, [("McKay Tidewater Freight", "ORG")]),
    ("filters.implausible", "Park Su-in said the pier was safe.", "Park Su-in", False, [("Park Su-in", "PERSON")]),
    # a possessive inside a body's name that ends on an organisation's head; a possessor before a body is no name
    ("filters.implausible", "A spokesman for the Harbour Keeper's Liberation Army said the talks had failed.",
     "Harbour Keeper's Liberation Army", False, [("Harbour Keeper's Liberation Army", "ORG")]),
    ("filters.implausible", "A spokesman for Harbour Keeper's liberation fighters said the talks had failed.",
     "Harbour Keeper's liberation", True, [("Harbour Keeper's liberation", "ORG")]),
    ("filters.work_title", 'She starred in a film titled "Ann Okafor Goes Home" last year.', "Ann Okafor",
     True, None),
    ("filters.work_title", "She met Ann Okafor last year.", "Ann Okafor", False, None),
    ("names.longest_form", "Ann Okafor said the bridge was safe. Okafor added that it would reopen.",
     "Okafor added", True, [("Ann Okafor", "PERSON"), ("Okafor", "PERSON")]),
    ("names.longest_form", "Ann Okafor said the bridge was safe. Tom Reyes added that it would reopen.",
     "Reyes added", False, [("Ann Okafor", "PERSON"), ("Tom Reyes", "PERSON")]),
    ("filters.former_holder", "The former Veldanian President said the talks were a trap.", "Veldanian President", True,
     None),
    ("filters.capital_as_place", "The talks between Tirana and the rebels resumed on Monday.", "Tirana", True, None),
    ("filters.capital_as_place", "TIRANA (Wire) - Tirana said on Monday that the accord was signed.", "TIRANA", True,
     None),
    ("filters.capital_as_place", "Tirana said on Monday that the accord was signed.", "Tirana", False, None),
    # a state's name after a place word in title case is a region's name; the state itself is no region
    ("filters.region_of_state", "Talks on the future of Northern Albania resumed on Monday.", "Albania", True, None),
    ("filters.region_of_state", "Albania said on Monday that the talks on the north would resume.", "Albania",
     False, None),
    ("filters.region_of_state", "New Albania sanctions were announced on Monday.", "Albania", False, None),
    ("filters.region_of_state", "The fighting in northern Albania ended, Albania said on Monday.", "Albania", False, None),
    ("filters.seat_as_place", "The two envoys shook hands at the White House after lunch.", "White House",
     True, None),
    ("filters.seat_as_place", "Protesters gathered outside the Pentagon on Monday.", "Pentagon", True, None),
    ("filters.seat_as_place", "The White House said late last night that the pact holds.", "White House", False,
     None),
    ("filters.seat_as_place", "A Pentagon spokesman said late last night that the pact holds.", "Pentagon", False,
     None),
    # a plan, formula or doctrine named after its author or place is a document, not an actor
    ("resolved_filters.document_name", "The main points of the Okafor Plan include a shared harbour.",
     "Okafor Plan", True, [("Okafor Plan", "ORG")]),
    ("resolved_filters.document_name", "The Okafor Planning Group said the harbour would be shared.",
     "Okafor Planning Group", False, [("Okafor Planning Group", "ORG")]),
    ("resolved_filters.document_name", "The Lakeport Agreement said the harbour would be shared.",
     "Lakeport Agreement", True, [("Lakeport Agreement", "ORG")]),
    ("resolved_filters.document_name", "The Lakeport Harbour Board said the harbour would be shared.",
     "Lakeport Harbour Board", False, [("Lakeport Harbour Board", "ORG")]),
    # a name ending in a noun of terms, a truce or talks (a subheading's words) is no actor either
    ("resolved_filters.document_name", "Truce and Detainee Release Terms\n\nThe first phase lasts six weeks.",
     "Detainee Release Terms", True, [("Detainee Release Terms", "ORG")]),
    ("resolved_filters.document_name", "The Lakeport Talks ended on Monday without a deal.",
     "Lakeport Talks", True, [("Lakeport Talks", "ORG")]),
    ("resolved_filters.document_name", "The Lakeport Terminals Board said the harbour would be shared.",
     "Lakeport Terminals Board", False, [("Lakeport Terminals Board", "ORG")]),
    ("resolved_filters.title_only", "Talks with Norwegian President Ann Okafor went on, the Norwegian President said.",
     "Norwegian President said", True, [("Norwegian", "PERSON"), ("Ann Okafor", "PERSON"), ("Norwegian President", "PERSON")]),
    ("resolved_filters.title_only", "Talks with Sri Lankan President Ann Okafor went on, the Sri Lankan President "
     "said.", "Sri Lankan President said", True, [("Ann Okafor", "PERSON"), ("Sri Lankan President", "PERSON")]),
    ("resolved_filters.title_only", "Lieutenant General Ann Okafor spoke first. The Lieutenant General told reporters the "
     "port would close.", "Lieutenant General told", True, [("Lieutenant General", "ORG"), ("Ann Okafor", "PERSON"),
                                                            ("Lieutenant General", "ORG")]),
    ("resolved_filters.title_only", "Ann Okafor spoke first. The Harbour General told reporters the port would close.",
     "Harbour General", False, [("Ann Okafor", "PERSON"), ("Harbour General", "ORG")]),
    ("resolved_filters.title_only", "Talks with President Ann Okafor went on, Ann Okafor said.", "Ann Okafor said",
     False, [("Ann Okafor", "PERSON"), ("Ann Okafor", "PERSON")]),
    # a state's demonym alone, of one word or two, singular or plural, is no one's name
    ("resolved_filters.demonym_only", "Sri Lankan officials told reporters on Tuesday that the fishing talks would go on.",
     "Sri Lankan", True, [("Sri Lankan", "PERSON")]),
    ("resolved_filters.demonym_only", "The South Sudanese told the mediators on Monday that they would stay.",
     "South Sudanese", True, [("South Sudanese", "ORG")]),
    ("resolved_filters.demonym_only", "The mediators said the Costa Ricans had agreed to return on Monday.",
     "Costa Ricans", True, [("Costa Ricans", "PERSON")]),
    ("resolved_filters.demonym_only", "Ann English said on Monday that the fishing talks would go on.",
     "Ann English", False, [("Ann English", "PERSON")]),
    ("resolved_filters.demonym_only", "Lankan Okoro said on Monday that the fishing talks would go on.",
     "Lankan Okoro", False, [("Lankan Okoro", "PERSON")]),
    ("resolved_filters.named_as_place", "Brakmoor said the shelling went on. Shells hit the city of Brakmoor again.",
     "Brakmoor", True, [("Brakmoor", "ORG")]),
    ("resolved_filters.named_as_place", "Brakmoor said the shelling went on. Shells hit the city of Lakeport again.",
     "Brakmoor", False, [("Brakmoor", "ORG")]),
    # a name of two words after a place noun and ``of`` is a place too; after it, a person's village
    ("resolved_filters.named_as_place", "Port Brakmoor said the shelling went on. Shells hit the central city of "
     "Port Brakmoor again.", "Port Brakmoor", True, [("Port Brakmoor", "PERSON"), ("Port Brakmoor", "PERSON")]),
    ("resolved_filters.named_as_place", "Ann Okafor said the shelling went on. Shells hit Ann Okafor's village again.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON"), ("Ann Okafor", "PERSON")]),
    ("filters.office_words", "Ann Okafor, Secretary of Coastal Affairs, said the port would close.",
     "Coastal Affairs", True, [("Ann Okafor", "PERSON"), ("Coastal Affairs", "ORG")]),
    # a portfolio's word before ``Minister`` is the front of a person's title; a ministry so named is a body
    ("filters.office_words", "Regional Home Minister Ann Okafor said the curfew would end.", "Regional Home", True,
     [("Regional Home", "ORG"), ("Ann Okafor", "PERSON")]),
    ("filters.office_words", "The Regional Home Ministry said the curfew would end.", "Regional Home Ministry", False,
     [("Regional Home Ministry", "ORG")]),
    ("filters.office_words", "Lakeland Board of Trade Commissioner Ann Okafor said the port would reopen.",
     "Lakeland Board of Trade", False, [("Lakeland Board of Trade", "ORG"), ("Ann Okafor", "PERSON")]),
    ("filters.office_words", "Ann Okafor, a director of Tidewater Freight, said the port would close.",
     "Tidewater Freight", False, [("Ann Okafor", "PERSON"), ("Tidewater Freight", "ORG")]),
    ("places.state_only_as_place", "The envoys met in Peru on Monday and later flew to Chile.", "Peru", True, None),
    ("resolved_filters.document_name", "The Lakeport Agreement said the harbour would be shared.",
     "Lakeport Agreement", True, [("Lakeport Agreement", "ORG")]),
    ("resolved_filters.document_name", "The Lakeport Harbour Board said the harbour would be shared.",
     "Lakeport Harbour Board", False, [("Lakeport Harbour Board", "ORG")]),
    ("resolved_filters.named_as_place", "Brakmoor said the shelling went on. Shells hit the city of Brakmoor again.",
     "Brakmoor", True, [("Brakmoor", "ORG")]),
    ("resolved_filters.named_as_place", "Brakmoor said the shelling went on. Shells hit the city of Lakeport again.",
     "Brakmoor", False, [("Brakmoor", "ORG")]),
    ("filters.office_words", "Ann Okafor, Secretary of Coastal Affairs, said the port would close.",
     "Coastal Affairs", True, [("Ann Okafor", "PERSON"), ("Coastal Affairs", "ORG")]),
    ("filters.office_words", "Ann Okafor, a director of Tidewater Freight, said the port would close.",
     "Tidewater Freight", False, [("Ann Okafor", "PERSON"), ("Tidewater Freight", "ORG")]),
    ("places.state_only_as_place", "The envoys met in Peru on Monday, and Peru said the talks went well.", "Peru",
     False, None),
    ("filters.former_holder", "The Veldanian President said the talks were a trap.", "Veldanian President", False, None),
    # a state named as what fell or broke up dates an event; its government so named keeps the state
    ("filters.ended_state", "Since the dissolution of Czechoslovakia, the two states have traded freely.",
     "Czechoslovakia", True, None),
    ("filters.ended_state", "Trade grew after the break-up of Yugoslavia, officials said.", "Yugoslavia", True, None),
    ("filters.ended_state", "Czechoslovakia signed the trade accord on Monday.", "Czechoslovakia", False, None),
    ("filters.ended_state", "The collapse of Albania's government came on Monday.", "Albania", False, None),
    ("filters.ended_state", "After Yugoslavia's collapse, trade grew, officials said.", "Yugoslavia", True, None),
    ("filters.ended_state", "Trade grew after the break up of Yugoslavia, officials said.", "Yugoslavia", True, None),
    # a state of today so named is left alone: a team's collapse, a feared one
    ("filters.ended_state", "After the collapse of Iceland in the second half, Norway won the match.", "Iceland",
     False, None),
    ("names.acronym_to_full", "The Harbour Pilots Guild said the bridge was safe. Later the HPG said it "
     "would strike.", "HPG", True, None),
    ("names.acronym_to_full", "The Harbour Pilots Guild said the bridge was safe. Later the QRZ said it "
     "would strike.", "QRZ", False, None),
    ("kinds.one_word_firm", "Tidewater Corp said fares would rise. Later Tidewater said the ferries would stop.",
     "Tidewater said", True, [("Tidewater Corp", "ORG"), ("Tidewater", "PERSON")]),
    ("kinds.one_word_firm", "Tidewater Corp said fares would rise. Later Ann Okafor said the ferries would stop.",
     "Ann Okafor", False, [("Tidewater Corp", "ORG"), ("Ann Okafor", "PERSON")]),
    ("kinds.person_seen", "Ann Okafor said the bridge was safe, and Minister Ann Okafor signed the order.",
     "Minister Ann Okafor", True, [("Ann Okafor", "PERSON"), ("Minister Ann Okafor", "ORG")]),
    ("kinds.person_seen", "Tidewater Freight said the bridge was safe, and the Minister signed the order.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    ("kinds.full_form_label", "Tidewater Freight said fares would rise. Tidewater said the ferries would stop.",
     "Tidewater said", True, [("Tidewater Freight", "ORG"), ("Tidewater", "PERSON")]),
    ("kinds.full_form_label", "Tidewater Freight said fares would rise. Ann Okafor said the ferries would stop.",
     "Ann Okafor", False, [("Tidewater Freight", "ORG"), ("Ann Okafor", "PERSON")]),
    ("countries.demonym_before", "British engineer Ann Okafor said the bridge was safe.", "Ann Okafor", True, None),
    # a name that heads a state's own government written with a demonym; not a name after another noun
    ("countries.body_of_name", "Talks\n\nThe deal between the British government of Prime Minister Ann Okafor and "
     "the unions was welcomed.", "Ann Okafor", True, None),
    ("countries.body_of_name", "Talks\n\nThe deal between the British band of singer Ann Okafor and the unions "
     "was welcomed.", "Ann Okafor", False, None),
    ("countries.demonym_before", "Ann Okafor said the British bridge was safe.", "Ann Okafor", False, None),
    ("countries.epithet_after", "Rebel talks\n\nTalks with the Harbour Brigades stalled on Monday, with the Chilean "
     "armed group saying it wanted a truce.", "Harbour Brigades", True, []),
    ("countries.epithet_after", "Rebel talks\n\nThe Harbour Brigades rejected the offer. The Chilean movement said it "
     "wanted a truce.", "Harbour Brigades", True, []),
    ("countries.epithet_after", "Rebel talks\n\nThe Harbour Brigades met the Chilean armed group on Monday.",
     "Harbour Brigades", False, []),
    ("countries.epithet_after", "Rebel talks\n\nThe Harbour Brigades rejected the offer. The Chilean government said it "
     "wanted a truce.", "Harbour Brigades", False, []),
    ("countries.demonym_before", "Talks\n\nThe plan was welcomed by a veteran British diplomat, Ann Okafor, on Monday.",
     "Ann Okafor", True, None),
    ("countries.demonym_before", "Talks\n\nThe plan was drafted by British officials, Ann Okafor said on Monday.",
     "Ann Okafor", False, None),
    ("countries.speaker_for_state_subject", "Truce talks\n\nChile is ready to sign a truce if Peru frees the "
     "detainees, Foreign Minister Ann Okafor said on Monday.", "Ann Okafor", True, None),
    ("countries.speaker_for_state_subject", "Truce talks\n\nChile is ready to sign a truce if Peru frees the "
     "detainees, analyst Ann Okafor said on Monday.", "Ann Okafor", False, None),
    ("countries.speaker_for_state_subject", "Truce talks\n\nThe truce will hold if Peru frees the detainees, "
     "Foreign Minister Ann Okafor said on Monday.", "Ann Okafor", False, None),
    # a name's own counterpart of one state, in an article of two states, makes the name the other's
    ("countries.counterpart_of_other_state", "Border talks\n\nForeign Minister Ann Okafor and her Chilean counterpart "
     "Bo Ekdal agreed on Monday to reopen the crossings between Peru and Chile.", "Ann Okafor", True, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor met his Chilean counterpart Bo Ekdal in "
     "Lima on Monday, Peru said.", "Ann Okafor", True, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor held talks with her Chilean counterpart Bo "
     "Ekdal in Lima on Monday, Peru said.", "Ann Okafor", True, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor was welcomed by her Chilean counterpart Bo "
     "Ekdal in Lima on Monday, Peru said.", "Ann Okafor", True, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor met her counterpart from Chile in Lima on "
     "Monday, Peru said.", "Ann Okafor", True, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor met her counterpart from the ministry in Lima "
     "on Monday, Peru said.", "Ann Okafor", False, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor welcomed Bo Ekdal's talks with his Chilean "
     "counterpart in Lima on Monday, Peru said.", "Ann Okafor", False, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor praised Bo Ekdal and his Chilean counterpart "
     "Kai Berg for the Peru-Chile talks.", "Ann Okafor", False, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nRebel commander Ann Okafor met her Chilean counterpart "
     "Bo Ekdal in Lima on Monday, Peru said.", "Ann Okafor", False, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor, who heads the European Union mission, met her "
     "Chilean counterpart Bo Ekdal in Lima on Monday, Peru said.", "Ann Okafor", False, None),
    ("countries.counterpart_of_other_state", "Border talks\n\nAnn Okafor met her Chilean counterpart Bo Ekdal on "
     "Monday; Peru and Bolivia sent envoys.", "Ann Okafor", False, None),
    # making it clear is a way of saying; making a toast is not
    ("countries.speaker_for_state_subject", "Truce talks in Peru\n\nPeru met the envoys. Peru waited. Foreign Minister "
     "Ann Okafor made it clear that Chile will not sign a truce.", "Ann Okafor", True, None),
    ("countries.speaker_for_state_subject", "Truce talks in Peru\n\nPeru met the envoys. Peru waited. Foreign Minister "
     "Ann Okafor made a toast that Chile liked.", "Ann Okafor", False, None),
    ("countries.demonym_before", "Rebel talks\n\nBritish negotiators for the Harbour Brigades met at noon.",
     "Harbour Brigades", False, []),
    ("countries.demonym_before", "Rebel talks\n\nBritish and Harbour Brigades negotiators met at noon.",
     "Harbour Brigades", False, []),
    ("countries.demonym_before", "Rebel talks\n\nBritish-backed Harbour Brigades fighters met at noon.",
     "Harbour Brigades", False, []),
    ("countries.demonym_before", "Rebel talks\n\nThe British armed group Harbour Brigades said it would talk.",
     "Harbour Brigades", True, []),
    ("countries.demonym_after", "Ann Okafor, a Kenyan engineer, said the bridge was safe.", "Ann Okafor",
     True, None),
    ("countries.demonym_after", "Ann Okafor, an engineer, said the bridge was safe.", "Ann Okafor", False,
     None),
    # the demonym describes the subject of the next clause, not the name before the comma
    ("countries.demonym_after", "According to Ann Okafor, the Kenyan delegation rejected the offer.",
     "Ann Okafor", False, None),
    ("countries.demonym_after", "In a letter to Ann Okafor, the Kenyan minister rejected the offer.",
     "Ann Okafor", False, None),
    # a demonym past the verb of the clause the name hangs in describes someone else
    ("countries.demonym_after", "Ann Okafor, spokeswoman for the Harbour Board, on Monday rejected criticism from "
     "Kenyan opposition leader Ann Lee over the port.", "Harbour Board", False, None),
    ("countries.demonym_after", "The Harbour Board, a Kenyan body, on Monday answered reports that traders had left.",
     "Harbour Board", True, None),
    # a clause after the name's comma is no apposition: its demonym describes someone else
    ("countries.demonym_after", "The captives were freed by the Harbour Board, without naming the Kenyan negotiators.",
     "Harbour Board", False, None),
    ("countries.demonym_after", "The captives were freed by the Harbour Board, while Kenyan envoys watched.",
     "Harbour Board", False, None),
    ("countries.demonym_after", "The captives were freed by the Harbour Board, a Kenyan body, on Monday.",
     "Harbour Board", True, None),
    # ... but the name's own participle after its comma describes it
    ("countries.demonym_after", "The Harbour Board, based in the Kenyan port of Lakeport, freed the captives.",
     "Harbour Board", True, None),
    ("resolved_filters.lone_word", "Visitors praised the food at Tidewater on Monday.", "Tidewater", True,
     [("Tidewater", "ORG")]),
    ("resolved_filters.lone_word", "Tidewater said the food was good.", "Tidewater", False, [("Tidewater", "ORG")]),
    # a name written before a generic noun that acts acts, one describing word between too
    ("resolved_filters.lone_word", "The Harbourfront rebel alliance opened talks on Monday.", "Harbourfront", False,
     [("Harbourfront", "ORG")]),
    ("resolved_filters.lone_word", "Envoys met the Harbourfront rebel alliance on Monday.", "Harbourfront", True,
     [("Harbourfront", "ORG")]),
    # a format of talks named by its noun alone is a name where it does not act
    # a surname written after a state's office names a person though no longer name introduced it
    ("resolved_filters.lone_word", "Talks resumed. Maravec said the ferry would sail on Monday.", "Maravec", True,
     [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Talks resumed. President Maravec said the ferry would sail on Monday.",
     "Maravec", False, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "The first phase of Prime Minister Maravec's plan starts on Monday.",
     "Maravec", False, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Talks resumed. The company president Maravec said the ferry would sail.",
     "Maravec", True, [("Maravec", "PERSON")]),
    # a surname after an honorific or a peer's title names a person too; ``Sir`` stands before a first name
    ("resolved_filters.lone_word", "Talks resumed. Mr Maravec said the ferry would sail on Monday.",
     "Maravec", False, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Talks resumed. Lord Maravec said the ferry would sail on Monday.",
     "Maravec", False, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Talks resumed. Sir Maravec said the ferry would sail on Monday.",
     "Maravec", True, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Talks resumed. The Lord Maravec was praised in the hymn on Monday.",
     "Maravec", True, [("Maravec", "PERSON")]),
    ("resolved_filters.lone_word", "Envoys of the Troika met the rebels on Monday.", "Troika", False,
     [("Troika", "ORG")]),
    ("resolved_filters.visited_name", "The minister returned to Tidewater Freight on Monday.", "Tidewater Freight",
     True, [("Tidewater Freight", "ORG")]),
    ("resolved_filters.visited_name", "Tidewater Freight said the minister returned on Monday.",
     "Tidewater Freight", False, [("Tidewater Freight", "ORG")]),
    ("countries.state_before", "France's foreign minister Ann Okafor said Spain was safe.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.state_before", "In France, Ann Okafor said the bridge was safe.", "Ann Okafor", False,
     [("Ann Okafor", "PERSON")]),
    ("countries.state_after", "Ann Okafor, the foreign minister of France, said the bridge was safe.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.state_after", "Ann Okafor, who lives in France, said the bridge was safe.", "Ann Okafor",
     False, [("Ann Okafor", "PERSON")]),
    ("countries.state_after", "Ann Okafor, who is in France as an envoy, said the bridge was safe.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.state_after", "Ann Okafor, the ambassador to France, said the bridge was safe.", "Ann Okafor",
     False, [("Ann Okafor", "PERSON")]),
    ("countries.state_after", "Ann Okafor, France's ambassador, said the bridge was safe.", "Ann Okafor",
     True, [("Ann Okafor", "PERSON")]),
    ("countries.titled_in_one_state_sentence", "President Ann Okafor said the talks in France would not wait.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.titled_in_one_state_sentence", "President Ann Okafor said France and Spain would not wait.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    # a capital that only names a signed text after where it was signed is no state of the sentence
    ("countries.titled_in_one_state_sentence", "President Ann Okafor said the Lisbon accord would not wait.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.titled_in_one_state_sentence", "President Ann Okafor said the talks in Lisbon would not wait.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    # a state written as the title of another's office after the name is that other's
    ("countries.titled_in_one_state_sentence", "Prime Minister Ann Okafor and Spain President Bo Lindqvist signed "
     "the accord.", "Ann Okafor", False, [("Ann Okafor", "PERSON"), ("Bo Lindqvist", "PERSON")]),
    ("countries.titled_in_one_state_sentence", "Prime Minister Ann Okafor and President Bo Lindqvist signed the "
     "accord in Spain.", "Ann Okafor", True, [("Ann Okafor", "PERSON"), ("Bo Lindqvist", "PERSON")]),
    # a ministry or office of state written with the state's name is that state's own
    ("countries.titled_in_one_state_sentence", "President Ann Okafor said the Spain Foreign Office had protested.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.titled_in_one_state_sentence", "President Ann Okafor handed out the Spain President's Cup on Sunday.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.national_body", "The Spanish Coastal Defense Force said the bridge was safe.",
     "Spanish Coastal Defense Force", True, [("Spanish Coastal Defense Force", "ORG")]),
    ("countries.national_body", "The Lakeport Coastal Defense Force said the bridge was safe.",
     "Lakeport Coastal Defense Force", False, [("Lakeport Coastal Defense Force", "ORG")]),
    # a state's armed forces named with its demonym and ``Military``
    ("countries.national_body", "The Chilean Military said the bridge was safe.",
     "Chilean Military", True, [("Chilean Military", "ORG")]),
    ("countries.national_body", "The Lakeport Military said the bridge was safe.",
     "Lakeport Military", False, [("Lakeport Military", "ORG")]),
    ("countries.body_of_state", "The Coastal Guard of Spain said the bridge was safe.",
     "Coastal Guard of Spain", True, [("Coastal Guard of Spain", "ORG")]),
    ("countries.body_of_state", "The Coastal Guard of Lakeport said the bridge was safe.",
     "Coastal Guard of Lakeport", False, [("Coastal Guard of Lakeport", "ORG")]),
    ("countries.body_of_state", "The Ministry of Coastal Affairs of Spain said the bridge was safe.",
     "Ministry of Coastal Affairs of Spain", True, [("Ministry of Coastal Affairs of Spain", "ORG")]),
    ("countries.body_of_state", "The Harbour Liberation Front of Spain said the bridge was safe.",
     "Harbour Liberation Front of Spain", True, [("Harbour Liberation Front of Spain", "ORG")]),
    ("countries.body_of_state", "The Harbour Liberation Front of Lakeport said the bridge was safe.",
     "Harbour Liberation Front of Lakeport", False, [("Harbour Liberation Front of Lakeport", "ORG")]),
    ("countries.body_of_state", "The Friends of Spain said the bridge was safe.",
     "Friends of Spain", False, [("Friends of Spain", "ORG")]),
    ("countries.armed_group_home", "Peru sent envoys. The Coastal Liberation Front said Peru must pull back first.",
     "Coastal Liberation Front", True, [("Coastal Liberation Front", "ORG")]),
    ("countries.armed_group_home", "Peru sent envoys. Tidewater Guild rebels said Peru must pull back first.",
     "Tidewater Guild", True, [("Tidewater Guild", "ORG")]),
    # the armed group's word must be in the name's own phrase or an apposition, not across a comma
    ("countries.armed_group_home", "Peru sent envoys. The militia, Tidewater Guild, said Peru must pull back "
     "first.", "Tidewater Guild", True, [("Tidewater Guild", "ORG")]),
    ("countries.armed_group_home", "Peru sent envoys. Asked what angered the rebels, Tidewater "
     "Guild said Peru must pull back first.", "Tidewater Guild", False, [("Tidewater Guild", "ORG")]),
    ("countries.armed_group_home", "Peru sent envoys. The rebel group Tidewater Guild said Peru must pull back "
     "first.", "Tidewater Guild", True, [("Tidewater Guild", "ORG")]),
    ("countries.armed_group_home", "Peru and Chile sent envoys. The Coastal Liberation Front said both must "
     "pull back.", "Coastal Liberation Front", False, [("Coastal Liberation Front", "ORG")]),
    ("countries.armed_group_home", "Peru sent envoys. The Coastal Trade Council said Peru must pay first.",
     "Coastal Trade Council", False, [("Coastal Trade Council", "ORG")]),
    # a state written as where a group is based places it, even in an article about its enemy
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, a Chile-based militia, said "
     "the talks must wait.", "Coastal Liberation Front", True, [("Coastal Liberation Front", "ORG")]),
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, headquartered in Chile, said "
     "the talks must wait.", "Coastal Liberation Front", True, [("Coastal Liberation Front", "ORG")]),
    # where a group's leaders live is not its ground: its leadership or its exile based in a state
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, with its leadership based in Chile, "
     "said the talks must wait.", "Coastal Liberation Front", False, [("Coastal Liberation Front", "ORG")]),
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, based in exile in Chile, said "
     "the talks must wait.", "Coastal Liberation Front", False, [("Coastal Liberation Front", "ORG")]),
    # ``Chile-backed`` names a backer, not the group's ground
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, a Chile-backed militia, said "
     "Peru must pull back first.", "Coastal Liberation Front", False, [("Coastal Liberation Front", "ORG")]),
    ("countries.based_in_state", "Peru sent envoys. The Coastal Liberation Front, headquartered near the sea, "
     "said Chile must pull back first.", "Coastal Liberation Front", False, [("Coastal Liberation Front", "ORG")]),
    # a group that fights the article's state from ground the text places in another state is that state's
    ("countries.armed_group_home", "Peru sent envoys. The Coastal Liberation Front, which has fought Peru "
     "for years, controls much of northern Chile.", "Coastal Liberation Front", True,
     [("Coastal Liberation Front", "ORG")]),
    ("countries.home_government_office", "Peru sent troops. The government's chief negotiator, Ann Okafor, "
     "said Peru would wait.", "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.home_government_office", "Peru sent troops. Ann Okafor, the government's envoy, said Peru "
     "would wait.", "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.home_government_office", "Peru and Chile sent troops. The government's chief negotiator, "
     "Ann Okafor, said both would wait.", "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.home_government_office", "Peru sent troops. The government's critics, Ann Okafor among them, "
     "said Peru would wait.", "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.state_before", "France's foreign minister, Ann Okafor, said Spain was safe.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    # an office ``of`` a state, then the name after one comma; a trip to a state before a name is none
    ("countries.state_before", "The President of France, Ann Okafor, said the bridge was safe.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.state_before", "On the trip to France, Ann Okafor said the bridge was safe.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.state_before", "After talks with the President of France, Ann Okafor said the bridge was safe.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    # another's name between the state and the comma: the state is that person's, not the next name's
    ("countries.state_before", "Asked about the plan of France's envoy Karl Brandt, Ann Okafor said it was vague.",
     "Ann Okafor", False, [("Karl Brandt", "PERSON"), ("Ann Okafor", "PERSON")]),
    ("countries.state_before", "Asked about the plan, France's chief envoy, Ann Okafor, said it was vague.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    # an army's chief is no office of "the government": in a war between states it may be either side's
    ("countries.home_government_office", "Peru sent troops. Army chief Ann Okafor said Peru would wait.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("countries.home_government_office", "Peru sent troops. Government spokesman Ann Okafor said Peru would wait.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("countries.possessed_body", "Spain's Council of Ministers said the convoys were late.",
     "Spain's Council of Ministers", True, [("Spain's Council of Ministers", "ORG")]),
    ("countries.possessed_body", "Lakeport's Council of Ministers said the convoys were late.",
     "Lakeport's Council of Ministers", False, [("Lakeport's Council of Ministers", "ORG")]),
    ("countries.international_name", "Harbour Aid International said the convoys were late.",
     "Harbour Aid International", True, [("Harbour Aid International", "ORG")]),
    ("countries.international_name", "Harbour Aid Network said the convoys were late.",
     "Harbour Aid Network", False, [("Harbour Aid Network", "ORG")]),
    # a body named for a union of European or African states (its name ending in an institution's noun) is
    # an international body; a party or movement named with the continent is not
    ("countries.international_name", "The European Fisheries Office said the convoys were late.",
     "European Fisheries Office", True, [("European Fisheries Office", "ORG")]),
    ("countries.international_name", "European Harbour Solidarity said the convoys were late.",
     "European Harbour Solidarity", False, [("European Harbour Solidarity", "ORG")]),
    # a monitoring or observer mission named for the place it watches is sent from abroad; a trade mission is not
    ("countries.international_name", "The Lakeport Monitoring Mission said the convoys were late.",
     "Lakeport Monitoring Mission", True, [("Lakeport Monitoring Mission", "ORG")]),
    ("countries.international_name", "The Lakeport Trade Mission said the convoys were late.",
     "Lakeport Trade Mission", False, [("Lakeport Trade Mission", "ORG")]),
    # a conference named for the place it is about gathers several states; one without it is left alone
    ("countries.conference_on_place", "The Lakeport Conference on Ruritania, hosted by Peru, urged a truce.",
     "Lakeport Conference on Ruritania", True, [("Lakeport Conference on Ruritania", "ORG"), ("Peru", "GPE")]),
    ("countries.conference_on_place", "The Lakeport Conference, hosted by Peru, urged a truce.",
     "Lakeport Conference", False, [("Lakeport Conference", "ORG"), ("Peru", "GPE")]),
    # a registered body's name without its owner's, the owner named elsewhere in the article, is that body
    ("countries.body_of_named_owner", "U.N. envoys arrived on Monday. The Security Council said the truce must hold.",
     "Security Council", True, [("U.N.", "ORG"), ("Security Council", "ORG")]),
    ("countries.body_of_named_owner", "U.N. envoys arrived on Monday. Peru's Security Council said the truce must "
     "hold.", "Security Council", False, [("U.N.", "ORG"), ("Peru", "GPE"), ("Security Council", "ORG")]),
    ("countries.body_of_named_owner", "Envoys arrived on Monday. The Security Council said the truce must hold.",
     "Security Council", False, [("Security Council", "ORG")]),
    # a body whose name opens with a legislature's word or adjective belongs to the one registered legislature named
    ("countries.body_of_named_legislature", "The bill reached Congress on Monday. The Congressional Harbour Caucus "
     "said the truce must hold.", "Congressional Harbour Caucus", True, [("Congress", "ORG"),
                                                                          ("Congressional Harbour Caucus", "ORG")]),
    ("countries.body_of_named_legislature", "The bill reached Congress on Monday. The Senate Harbour Committee "
     "said the truce must hold.", "Senate Harbour Committee", True, [("Congress", "ORG"),
                                                                      ("Senate Harbour Committee", "ORG")]),
    ("countries.body_of_named_legislature", "The bill was debated on Monday. The Congressional Harbour Caucus "
     "said the truce must hold.", "Congressional Harbour Caucus", False, [("Congressional Harbour Caucus", "ORG")]),
    ("countries.body_of_named_legislature", "The bill reached Congress on Monday. The Harbour Policy Caucus "
     "said the truce must hold.", "Harbour Policy Caucus", False, [("Congress", "ORG"),
                                                                    ("Harbour Policy Caucus", "ORG")]),
    ("countries.body_of_named_legislature", "The bill reached the European Parliament on Monday. The Parliamentary "
     "Harbour Group said the truce must hold.", "Parliamentary Harbour Group", False,
     [("European Parliament", "ORG"), ("Parliamentary Harbour Group", "ORG")]),
    ("countries.body_of_named_legislature", "The bill reached Congress on Monday. The Parliamentary Harbour Board of "
     "Osteria said the truce must hold.", "Parliamentary Harbour Board of Osteria", False,
     [("Congress", "ORG"), ("Parliamentary Harbour Board of Osteria", "ORG")]),
    ("countries.grouping_name", "The Quartet, a group made up of Peru, Chile and Spain, said the truce must hold.",
     "Quartet", True, [("Quartet", "ORG"), ("Peru", "GPE"), ("Chile", "GPE"), ("Spain", "GPE")]),
    ("countries.grouping_name", "The Lakeport Institute, a think tank in Peru, said the truce must hold.",
     "Lakeport Institute", False, [("Lakeport Institute", "ORG"), ("Peru", "GPE")]),
    ("affiliations.organisation_before", "Lakeside Policy Forum analyst Ann Okafor said the bridge was unsafe.",
     "Ann Okafor", True, [("Ann Okafor", "PERSON")]),
    ("affiliations.organisation_before", "The Lakeside Policy Forum met, and Ann Okafor said the bridge was unsafe.",
     "Ann Okafor", False, [("Ann Okafor", "PERSON")]),
    ("affiliations.organisation_after", "Peru's Coastal Freight Union met. Ann Okafor, the Coastal Freight Union's "
     "chief negotiator, said the bridge was unsafe.", "Ann Okafor", True, [("Coastal Freight Union", "ORG"),
                                                                         ("Ann Okafor", "PERSON"),
                                                                         ("Coastal Freight Union", "ORG")]),
    ("affiliations.organisation_after", "Peru's Coastal Freight Union met. Ann Okafor, who once sued the Coastal "
     "Freight Union, said the bridge was unsafe.", "Ann Okafor", False, [("Coastal Freight Union", "ORG"),
                                                                        ("Ann Okafor", "PERSON"),
                                                                        ("Coastal Freight Union", "ORG")]),
    # a person titled as a legislator sits in the one legislature the article names, whose country is known
    ("affiliations.member_of_named_legislature", "Peru's Senate passed the bill. Senator Ann Okafor said the bridge "
     "was unsafe.", "Ann Okafor", True, [("Senate", "ORG"), ("Ann Okafor", "PERSON")]),
    ("affiliations.member_of_named_legislature", "Peru's Senate passed the bill. Ann Okafor, a senator who chairs "
     "its roads panel, said the bridge was unsafe.", "Ann Okafor", True, [("Senate", "ORG"), ("Ann Okafor", "PERSON")]),
    ("affiliations.member_of_named_legislature", "Peru's Senate passed the bill. Engineer Ann Okafor said the "
     "bridge was unsafe.", "Ann Okafor", False, [("Senate", "ORG"), ("Ann Okafor", "PERSON")]),
    ("affiliations.member_of_named_legislature", "Peru's Senate passed the bill. Ann Okafor, an aide to a senator, "
     "said the bridge was unsafe.", "Ann Okafor", False, [("Senate", "ORG"), ("Ann Okafor", "PERSON")]),
    ("affiliations.member_of_named_legislature", "Peru's Senate and Chile's Parliament passed the bill. Senator "
     "Ann Okafor said the bridge was unsafe.", "Ann Okafor", False, [("Senate", "ORG"), ("Parliament", "ORG"),
                                                                   ("Ann Okafor", "PERSON")]),
    ("resolved_filters.division_as_person", "The envoy, a teacher from northern Harrow State, said he was tired.",
     "Harrow State", True, [("Harrow State", "PERSON")]),
    ("resolved_filters.division_as_person", "The envoy, a teacher from northern Harrow, said he was tired.",
     "Harrow", False, [("Harrow", "PERSON")]),
    ("resolved_filters.division_as_person", "Ann Harrow Lee, a teacher, said she was tired.",
     "Ann Harrow Lee", False, [("Ann Harrow Lee", "PERSON")]),
    ("resolved_filters.place_name", "Hikers gathered at Pine Hollow on Monday.", "Pine Hollow", True, None),
    ("resolved_filters.place_name", "Tidewater Freight said on Monday that the bridge was safe.",
     "Tidewater Freight", False, None),
    ("recall.later_surname", "Ann Okafor said the bridge was safe. Okafor, a British engineer, added that "
     "it would reopen.", "Okafor, a", True, None),
    ("recall.later_surname", "Ann Okafor said the bridge was safe.", "Ann Okafor", False, None),
    # a former state's capital stands for it where today's state is not named by its own name
    ("places.former_state_seat", "The Soviet Union offered to pull its troops out, Soviet envoys said. Moscow said "
     "the talks would resume.", "Moscow", True, None),
    ("places.former_state_seat", "Yugoslavia and the Yugoslav army sent envoys on Monday, and Belgrade said the "
     "talks would resume.", "Belgrade", True, None),
    ("places.former_state_seat", "Russia has changed since the Soviet Union collapsed, and Moscow said the talks "
     "would resume.", "Moscow", False, None),
    ("places.former_state_seat", "Moscow said the talks would resume.", "Moscow", False, None),
    # recalled once in modern news, or with today's demonym beside it, the former state takes no capital
    ("places.former_state_seat", "Moscow said on Monday it would host the chess final, thirty years after the Soviet "
     "Union collapsed.", "Moscow", False, None),
    ("places.former_state_seat", "Moscow said the talks would resume, and Russian officials recalled the Soviet "
     "Union's old stadiums and Soviet coaches.", "Moscow", False, None),
]

@pytest.fixture(scope="module")
def pipe():
    return nlp.load_nlp(actors.ruler_patterns(WORLD))


def _parse(pipe, text, ents):
    doc = pipe(text)
    if ents is not None:
        spans, after = [], 0
        for words, label in ents:  # in text order: each is looked for after the one before
            start = text.index(words, after)
            after = start + len(words)
            span = doc.char_span(start, start + len(words), label=label)
            assert span is not None, f"{words!r} is not a token range of the test sentence"
            spans.append(span)
        doc.ents = spans
    return doc


def _rows(pipe, text, surface, ents):
    start = text.index(surface)
    end = start + len(surface)
    return sorted((m["surface"], m["actor"], m["type"], m["country"], m["rule"])
                  for m in actors.find_mentions(_parse(pipe, text, ents), "t.txt", registry=WORLD)
                  if m["start"] < end and start < m["end"])


@pytest.mark.parametrize("rule,text,surface,fires,ents", CASES,
                         ids=[f"{c[0]}-{'pos' if c[3] else 'neg'}-{i}" for i, c in enumerate(CASES)])
def test_rule_case(pipe, rule, text, surface, fires, ents):
    on = _rows(pipe, text, surface, ents)
    with rules.disabled(rule):
        off = _rows(pipe, text, surface, ents)
    assert (on != off) is fires, f"{rule}: with the rule {on}, without it {off}"
    if rule.startswith("candidates.") and fires:
        assert any(r[0] == surface.split(",")[0].removesuffix(" said") and r[4] == rule for r in on), on
    if rule.startswith("candidates.") and not fires:
        assert not any(r[4] == rule for r in on), on


def _covered():
    return {(rule, fires) for rule, _, _, fires, _ in CASES}


@pytest.mark.parametrize("rule", [n for reg in ACTOR_REGISTRIES for n in reg.names()])
def test_every_rule_has_a_positive_and_a_negative_case(rule):
    assert {(rule, True), (rule, False)} <= _covered(), f"{rule} needs a positive and a negative case"


def test_the_table_names_only_registered_rules():
    registered = {n for reg in ACTOR_REGISTRIES for n in reg.names()}
    assert {rule for rule, *_ in CASES} <= registered


@pytest.mark.parametrize("body, country", [
    # the lede names the state the article is about; a report from elsewhere names its own state more
    ("Chile hosted the talks. Chile sent envoys. Chile paid for the hall.", "PER"),
    # with no state in the lede, the whole article's count decides
    ("", "PER"),
])
def test_an_armed_group_is_placed_in_the_state_the_lede_names(pipe, body, country):
    text = ("Rebels talk in the capital\n\nPeru and the rebels met on Monday. Peru wants a truce.\n\n"
            + body + "\n\nThe Coastal Liberation Front said Peru must pull back first.")
    if not body:
        text = "Rebels talk\n\nThe talks opened on Monday.\n\nPeru sent envoys.\n\nThe Coastal Liberation Front said it would wait."
    rows = _rows(pipe, text, "Coastal Liberation Front", None)
    assert {r[3] for r in rows} == {country}


@pytest.mark.parametrize("second, country", [
    # fights the article's state, holds ground in another: the other state's
    ("The Coastal Liberation Front, which has fought Peru for years, controls much of northern Chile.", "CHL"),
    ("The Coastal Liberation Front wants a deal with Peru and operates in Chile.", "CHL"),
    # a demand addressed to the article's state sets it against the group as a fight does
    ("The Coastal Liberation Front insists that Peru must pull back, and it operates in Chile.", "CHL"),
    ("The Coastal Liberation Front insists that Peru must pull back, and it met envoys from Chile.", "PER"),
    # fights the article's state with no other ground written: a civil war's rebels are their state's
    ("The Coastal Liberation Front has fought Peru for years and met envoys from Chile.", "PER"),
    # ground in another state but no fight with the article's state: the article's state still
    ("The Coastal Liberation Front controls much of northern Chile and met Peru.", "PER"),
    # the article's state is the other party of the group's deal, and another state's government is
    # written: the group is that state's (a foreign power's deal with an insurgency)
    ("Peru signed a deal with the Coastal Liberation Front, and talks between the Front and the Chilean "
     "government will follow.", "CHL"),
    ("Peru reached an agreement with the Coastal Liberation Front, and the Coastal Liberation Front will hold "
     "talks with the Chilean army.", "CHL"),
    # a foreign government that only welcomes the deal, or a war rather than a deal, places no group
    ("Peru signed a deal with the Coastal Liberation Front. The Chilean government welcomed the deal.", "PER"),
    ("Peru and the Coastal Liberation Front have been at war for years, and the Chilean government condemned "
     "the violence.", "PER"),
    # its own state's government, or only a fight with another state's, leaves it the article's state's
    ("Peru signed a deal with the Coastal Liberation Front, and the Peruvian government will free its fighters.",
     "PER"),
    ("The Coastal Liberation Front has fought Peru for years, and the Chilean government condemned it.", "PER"),
    ("Peru and the Coastal Liberation Front met at a festival, and the Chilean government sent a band.", "PER"),
])
def test_an_armed_group_fighting_the_articles_state_from_another_takes_that_other(pipe, second, country):
    text = "Peru sent envoys. Peru wants a truce. " + second
    assert {r[3] for r in _rows(pipe, text, "Coastal Liberation Front", None)} == {country}


@pytest.mark.parametrize("text, country", [
    # a story that names no state as an actor: the state it writes as the group's place is its ground
    ("The Coastal Liberation Front said it would keep the three towns it holds in northern Peru.", "PER"),
    ("The Coastal Liberation Front, which operates in southern Peru, will not send negotiators, its spokesman "
     "said.", "PER"),
    ("The Coastal Liberation Front wants to fix the borders of an enclave under its control in northern Peru.",
     "PER"),
    # a state written as where its leaders live in exile, or what its fighters crossed into, is no ground
    ("The Coastal Liberation Front, whose leaders live in exile in Chile, said it would keep the towns.", ""),
    ("The Coastal Liberation Front said its fighters had crossed into Chilean territory overnight.", ""),
    # a demonym before a division of land writes the state as a place; before any other noun, no ground
    ("The Coastal Liberation Front wants services restored in the Peruvian districts it holds.", "PER"),
    ("The Coastal Liberation Front met Peruvian mediators on Monday to discuss a truce.", ""),
    # two states written as places alike lead nowhere; a state named as an actor still decides
    ("The Coastal Liberation Front said it would keep the towns it holds in Peru and in Chile.", ""),
    ("The Coastal Liberation Front said it would keep the towns it holds in northern Peru. Chile sent envoys "
     "to the talks.", "CHL"),
])
def test_an_armed_group_in_a_story_naming_no_state_as_an_actor_takes_the_place_it_is_written_in(pipe, text,
                                                                                                 country):
    assert {r[3] for r in _rows(pipe, text, "Coastal Liberation Front", None)} == {country}


def test_a_person_is_not_placed_through_an_armed_group_whose_country_is_a_guess(pipe):
    # the group's country is only the state the article names most; the corpus may know better
    text = "Peru sent envoys. Coastal Liberation Front commander Ann Okafor said Peru must pull back first."
    assert {r[3] for r in _rows(pipe, text, "Coastal Liberation Front", None)} == {"PER"}
    assert {r[3] for r in _rows(pipe, text, "Ann Okafor", None)} == {""}


@pytest.mark.parametrize("text, kept", [
    # a name written before an armed group's noun acts when the noun does, as before ``union``
    ("Officials said the Tidewater rebels would not withdraw from the port.", True),
    ("Officials said the Tidewater fighters would not withdraw from the port.", True),
    ("Officials said the Tidewater harbour would not reopen before May.", False),  # a place's noun: no actor
])
def test_a_name_before_an_armed_groups_noun_is_an_actor(pipe, text, kept):
    assert bool(_rows(pipe, text, "Tidewater", [("Tidewater", "ORG")])) is kept


@pytest.mark.parametrize("text, expected", [
    ("The Harbourfront union said it would strike.", "union"),
    ("The Harbourfront rebel alliance opened talks.", "alliance"),
    # a topic word between the name and the noun is no description of a group
    ("The Harbourfront response group said cases fell.", None),
])
def test_a_name_before_a_describing_word_and_a_generic_noun(pipe, text, expected):
    from helpers.actors.names import _trailer_head
    doc = pipe(text)
    found = _trailer_head(doc[1])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize("text, country", [
    ("Ann Okafor, an Albanian Macedonian engineer, said the bridge was safe.", "MKD"),
    ("Ann Okafor, an Albanian engineer from the coast, said the bridge was safe.", "ALB"),
])
def test_of_two_demonyms_in_a_row_the_second_names_the_state(pipe, text, country):
    """``an Albanian Macedonian engineer``: the first demonym names a people within the state the
    second names; a single demonym keeps its own state."""
    rows = _rows(pipe, text, "Ann Okafor", [("Ann Okafor", "PERSON")])
    assert {r[3] for r in rows if r[0] == "Ann Okafor"} == {country}


@pytest.mark.parametrize("text, country", [
    ("North Korean engineer Ann Okafor said the bridge was safe.", "PRK"),
    ("Sri Lankan engineer Ann Okafor said the bridge was safe.", "LKA"),
    ("Ann Okafor, a North Korean engineer, said the bridge was safe.", "PRK"),
    # near misses: the one-word demonym alone, and a compass word that makes no demonym with it
    ("Korean engineer Ann Okafor said the bridge was safe.", "KOR"),
    ("Eastern Korean engineer Ann Okafor said the bridge was safe.", "KOR"),
    # the two words may be hyphened; a region's people read whole name no state, the bare word its own
    ("North-Korean engineer Ann Okafor said the bridge was safe.", "PRK"),
    ("Latin American engineer Ann Okafor said the bridge was safe.", ""),
    ("Ann Okafor, a South-American engineer, said the bridge was safe.", ""),
    ("American engineer Ann Okafor said the bridge was safe.", "USA"),
])
def test_a_two_word_demonym_names_its_own_state(pipe, text, country):
    """``North Korean`` is no ``Korean``: the two words are read together where the list has them."""
    rows = _rows(pipe, text, "Ann Okafor", [("Ann Okafor", "PERSON")])
    assert {r[3] for r in rows if r[0] == "Ann Okafor"} == {country}


def test_a_surname_written_whole_wins_over_one_without_its_article(pipe):
    """``Noor`` after ``Ali Hassan al-Noor`` and ``Sami Noor``: the name whose surname is ``Noor`` itself."""
    text = "Ali Hassan al-Noor met Sami Noor on Monday. Speaking in the capital, Noor said the talks would resume."
    rows = _rows(pipe, text, "Noor said", [("Ali Hassan al-Noor", "PERSON"), ("Sami Noor", "PERSON"), ("Noor", "ORG")])
    assert {r[1] for r in rows if r[0] == "Noor"} == {"Sami Noor"}


@pytest.mark.parametrize("full, expected", [
    ("Ali Hassan al-Noor", "Ali Hassan al-Noor"),
    ("Ali Hassan el-Noor", "Ali Hassan el-Noor"),
    # near misses: a double-barrelled surname's first half, a saint's abbreviation, are no article
    ("Ali Hassan Smith-Noor", "Noor"),
    ("Ali Hassan St-Noor", "Noor"),
])
def test_a_surname_written_without_its_particle_is_the_same_person(pipe, full, expected):
    """``al-Noor`` and later ``Noor`` (even where the model tags it an organisation) are one person."""
    text = f"President {full} spoke on Monday. Speaking in the capital, Noor said the talks would resume."
    rows = _rows(pipe, text, "Noor said", [(full, "PERSON"), ("Noor", "ORG")])
    assert {r[1] for r in rows if r[0] == "Noor"} == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # a hyphen inside a compound title joins office words; a dash between a place and a name does not
    ("UN Secretary-General Ann Okafor said the bridge was safe.", (1, 4), True),
    ("UN Director-General Ann Okafor said the bridge was safe.", (1, 4), True),
    ("Kenya - Ann Okafor said the bridge was safe.", (1, 2), False),
    ("UN envoy - spokesman Ann Okafor said the bridge was safe.", (1, 4), False),
    ("UN Secretary- Ann Okafor said the bridge was safe.", (1, 2), False),
])
def test_a_compound_title_joined_by_a_hyphen_is_office_words(pipe, text, words, expected):
    doc = pipe(text)
    assert countries._title_words(doc[words[0]:words[1]]) is expected


_TITLED = [("Tamuzo", "PERSON"), ("Lakeland", "GPE"), ("Tamuzo", "ORG")]


@pytest.mark.parametrize("text, ents, expected", [
    # after a state's office, under a place the model tags elsewhere: a person, though tagged a firm later
    ("Lakeland Chief Minister Tamuzo opened the bridge in Lakeland. Later Tamuzo said the ferries would stop.",
     _TITLED, {"person"}),
    # after a club's office the name stays what the model makes of it elsewhere
    ("Harbour Club President Tamuzo opened the bridge in Lakeland. Later Tamuzo said the ferries would stop.",
     _TITLED, {"organization"}),
    # a brand named with an honorific that the model tags a firm's there too stays a firm
    ("Mr Tamuzo, the cleaning chain, opened a shop in Lakeland. Later Tamuzo said it would cut jobs.",
     [("Tamuzo", "ORG"), ("Lakeland", "GPE"), ("Tamuzo", "ORG")], {"organization"}),
])
def test_a_one_word_name_after_a_states_office_is_a_person_wherever_else_it_is_tagged(pipe, text, ents, expected):
    found = actors.find_mentions(_parse(pipe, text, ents), "t.txt", registry=WORLD)
    assert {m["type"] for m in found if m["actor"] == "Tamuzo"} == expected


@pytest.mark.parametrize("text, surface, ents, expected", [
    # a registered person's surname after another given name is a namesake, and so is its lone use after
    ("Mara Pryce, a lawmaker in Tarsk, spoke on Monday. Ms Pryce said the talks would resume.", "Pryce said",
     [("Mara Pryce", "PERSON"), ("Pryce", "PERSON")], "Mara Pryce"),
    ("Mara Pryce said on Monday that the talks would resume.", "Mara Pryce", [("Mara Pryce", "PERSON")], "Mara Pryce"),
    # near misses: the registered person named in full, or by an office title, keeps the lone surname
    ("Harlan Pryce met Mara Pryce on Monday. Later Pryce said the talks would resume.", "Pryce said",
     [("Harlan Pryce", "PERSON"), ("Mara Pryce", "PERSON"), ("Pryce", "PERSON")], "Harlan Pryce"),
    ("Mara Pryce met President Pryce on Monday. Later Pryce said the talks would resume.", "Pryce said",
     [("Mara Pryce", "PERSON"), ("Pryce", "PERSON"), ("Pryce", "PERSON")], "Harlan Pryce"),
    # a title before another given name does not hide it
    ("Talks went on. Senator Mara Pryce said the talks would resume.", "Mara Pryce", [("Mara Pryce", "PERSON")],
     "Mara Pryce"),
    # a title with a full stop, or a middle initial, is no other given name
    ("Dr. Pryce said on Monday that the talks would resume.", "Pryce said", [("Dr. Pryce", "PERSON")], "Harlan Pryce"),
    ("Harlan J. Pryce said on Monday that the talks would resume.", "Pryce", [("Harlan J. Pryce", "PERSON")],
     "Harlan Pryce"),
    # a short form of the person's own given name starts with its letter: the same person
    ("Hal Pryce, the envoy, said on Monday that the talks would resume.", "Pryce", [("Hal Pryce", "PERSON")],
     "Harlan Pryce"),
])
def test_a_registered_surname_after_another_given_name_is_a_namesake(pipe, text, surface, ents, expected):
    rows = _rows(pipe, text, surface, ents)
    assert {r[1] for r in rows if r[0] in ("Pryce", "Mara Pryce")} == {expected}, rows
