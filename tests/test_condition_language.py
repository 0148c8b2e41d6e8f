"""The condition detector reads English news language, not a story: invented sentences only.

Three tables drive most of these tests: one case of each generic category of the
guide (matched with no story, by phrases and lemmas), one positive and one negative
case of every cue of ``data/condition_cues.csv`` (a test checks that no cue goes
without its cases), and the sentences of each pattern of holders and scope the
detector reads (``PATTERN_CASES``). Actors are invented (Norland, Osteria, Anna Berg).
"""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

from helpers import conditions, nlp, story
from helpers.conditions import sides

from hand_mentions import mentions_in

ACTORS = {"Norland": ("Norland", "state", "NRL"), "Osteria": ("Osteria", "state", "OST"),
          "Anna Berg": ("Anna Berg", "person", "NRL"), "Berg": ("Anna Berg", "person", "NRL"),
          "Karl Vos": ("Karl Vos", "person", "OST")}
#: With no story the detector classifies with the generic categories.
GENERIC = conditions.taxonomy_from_frame(story.empty_story().conditions, conditions.load_cues())


@pytest.fixture(scope="module")
def pipe():
    return nlp.bare_nlp()


def rows_for(pipe, text, taxonomy=GENERIC):
    return conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [], taxonomy=taxonomy)


def pairs(rows):
    return sorted({(r["holder"], r["category"]) for r in rows})


#: Invented actors some tables add to :data:`ACTORS`.
MORE_ACTORS = {"Valdia": ("Valdia", "state", "VAL"), "Freedom Front": ("Freedom Front", "organization", "NRL")}


def pairs_with_more(pipe, text):
    """(holder, category) pairs of ``text`` with :data:`MORE_ACTORS` known as well."""
    actors = {**ACTORS, **MORE_ACTORS}
    return pairs(conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC))


# (generic category, a sentence that states it, a near miss that does not)
GENERIC_CASES = [
    # troops withdrawn from a war's or a conflict's zone; a party that quits a war withdraws no troops
    ("territory", "Osteria demands that Norland withdraw its troops from the war zone.",
     "Osteria said Norland ought to withdraw from this war before the spring thaw or forfeit its standing."),
    ("territory", "Anna Berg wants Valdia to pull its units out of the conflict area.",
     "Anna Berg wants Valdia to pull out of the conflict altogether."),
    # a truce asked for is a halt; troops pulled back behind a ceasefire line are placed on a map, no halt
    ("ceasefire", "Norland demands a truce along the whole river before the harvest.",
     "Norland demands that Osteria pull its troops back behind the ceasefire line."),
    ("ceasefire", "Norland demands that Osteria respect the ceasefire line.",
     "Norland demands that both armies stay behind their respective ceasefire lines."),
    # the use of force abjured as renounced; abjuring the use of plastics is no security term
    ("security", "Norland pledged to abjure force against Osteria's ships.",
     "Norland pledged to abjure plastics in its ports."),
    # powers transferred to a region's government, a local citizenship, a people's identity recognised: who
    # governs and a people's rights; funds transferred, a library, a club's players are none
    ("governance", "Norland and the Freedom Front signed an accord on Monday. The accord provides for an irreversible "
     "transfer of competences to the island government.", "Norland agreed to the transfer of funds to the island government."),
    ("governance", "The Freedom Front demands a local citizenship for long-term residents.",
     "The Freedom Front demands a local library for long-term residents."),
    ("governance", "The Freedom Front wants respect for the identity of the hill people.",
     "The Freedom Front wants respect for the players of the hill club."),
    # the security or military provisions of a treaty to be changed; its tax provisions are no security term
    ("security", "Anna Berg asked Osteria to amend the security annex of the peace treaty.",
     "Anna Berg asked Osteria to amend the tax provisions of the peace treaty."),
    ("security", "Norland wants Osteria to revise the military provisions of the accord.",
     "Osteria wants the state press to stop running security articles in the run-up to the deal."),
    # bilateral or diplomatic ties normalised; trade figures normalised are none of that
    ("other", "Osteria agreed to normalise bilateral ties with Norland.",
     "Osteria agreed to normalise bilateral trade figures with Norland."),
    # an armed conflict renounced or ended is a halt; a conflict of interest is none
    ("ceasefire", "Norland demands that the Freedom Front renounce the armed conflict before any talks.",
     "Norland demands that the Freedom Front renounce the conflict of interest before any talks."),
    # a people or its citizens to choose their future, ``own`` or not; a club's players are none
    ("governance", "The Freedom Front demands that the islanders gain a right to choose their future.",
     "The Freedom Front demands that the club's players gain a right to choose their future."),
    # those behind killings to be accountable for them; a state accountable to its people is no justice
    ("accountability", "Norland demands that the commanders be accountable for the killings.",
     "Karl Vos said the new state must be accountable to the people."),
    ("accountability", "The Freedom Front demands accountability for the citizens killed by the drones.",
     "Karl Vos said the new cabinet must stay accountable before parliament."),
    # a plan or draft to be taken as the basis of talks; a budget plan as the basis of spending is none
    ("negotiation_terms", "Karl Vos said the Osterian peace plan must be adopted as the basis.",
     "Karl Vos said the budget plan must be adopted as the basis for next year's spending."),
    # a refusal to engage in talks; not in talks with a union over wages
    ("negotiation_terms", "Norland refuses to engage in direct talks until the militias disarm.",
     "Norland refuses to engage in talks with the union over wages."),
    # talks called for, with a word of more or anew before them; further cuts are none
    ("negotiation_terms", "Osteria calls for further talks with Norland.",
     "Osteria calls for further cuts in the talks budget."),
    # who alone may decide or negotiate, a settlement not to be imposed; who may sail or be taxed is none
    ("negotiation_terms", "Norland said only the islanders can decide the future of the islands.",
     "Norland said only the islanders can sail the old ferries to the islands."),
    ("negotiation_terms", "Osteria's envoy said any settlement cannot be imposed on the hill clans.",
     "Osteria's envoy said any new tax cannot be imposed on the hill clans."),
    # displaced people resettled; offices resettled are none
    ("humanitarian", "Osteria will keep the truce as long as Norland helps resettle people in the valley.",
     "Osteria will keep the truce as long as Norland helps resettle its offices in the valley."),
    ("humanitarian", "Norland demands that the families driven from the hills be resettled before the vote.",
     "Norland demands that the bank's debts from the hills be resettled before the vote."),
    # forces wanted out of a place; fighters out of fuel, or a party out of the talks, are none
    ("territory", "Osteria wants all Norland soldiers out of the river delta before any truce.",
     "Osteria wants a truce because its soldiers are out of fuel in the river delta."),
    ("territory", "Norland says Osteria demands its militias out of the hill country.",
     "Norland says Osteria demands its militias out of the talks on the hill country."),
    # a veto or say over another party's alliances or arms; over its budget or a festival it is none
    ("security", "Osteria is insisting on a veto over Norland's future arms purchases.",
     "Osteria is insisting on a veto over Norland's future film festival."),
    ("security", "Norland wants a say over which alliances Osteria may join.",
     "Norland wants a say over which roads the new tolls may cover."),
    # a land to win independence; a central bank to gain it is none
    ("governance", "Osteria wants Valdia to win full independence.", "Osteria wants its central bank to gain full independence."),
    # a single army for the country; a joint army exercise is none
    ("security", "Osteria wants a single army for the whole country.", "Osteria wants a joint army exercise with Valdia."),
    # people driven out or into exile allowed home; not cattle
    ("humanitarian", "Norland presses its demand for a return of all villagers chased from their land.",
     "Norland presses its demand for the return of the cattle chased from its land."),
    ("humanitarian", "Osteria wants the return of Norlanders expelled from the port years ago.",
     "Osteria wants the return of the ships expelled from the port years ago."),
    # fighters integrated, however many words describe them; not their children
    ("security", "Norland wants the integration of the former northern rebel fighters into the civil service.",
     "Norland wants the integration of the former northern rebel fighters' children into schools."),
    # land left under a party's control; not a fire under control
    ("territory", "Norland would not accept any deal that leaves the border dam under Osteria's control.",
     "Norland would not accept any deal that leaves the forest fire under control."),
    # official status for a dialect; not for a football league
    ("governance", "Norland demands official status for the northern dialect.",
     "Norland wants official status for its football league."),
    # who chairs the sessions, who leads the delegations, who sits at the table with whom
    ("negotiation_terms", "Norland wants Valdia to chair every session.",
     "Norland wants Valdia to chair the board of the national bank."),
    ("negotiation_terms", "Valdia will host the talks provided that both delegations are led by ministers.",
     "Valdia will host the football final provided that both teams are led by captains."),
    ("negotiation_terms", "Osteria would not sit at the same table as the rebels.",
     "Osteria would not sit at the same table as the journalists at the gala dinner."),
    # a state made neutral; not a neutral venue
    ("security", "Anna Berg turned down Valdia's suggestion of a neutral Norland.",
     "Anna Berg turned down Valdia's suggestion of a neutral venue for the games."),
    # people handed over to a court abroad; not to a club
    ("accountability", "Karl Vos said his country would never hand its officers over to a foreign court.",
     "Karl Vos said his country would never hand its officers over to a foreign club."),
    # near misses a reviewer found: an inch given in trade talks, a region estranged, an attack absorbed,
    # farmers' drones or fuel, widows of soldiers, troops home before a court rules, a group driven out
    ("territory", "Osteria refuses to give up an inch of Valdia.", "Norland refuses to give an inch in the trade talks."),
    ("territory", "Norland rejects any alienation of its territory.",
     "Anna Berg wants to end the alienation of the border region from the capital."),
    ("security", "Norland wants the national army to absorb the rebel fighters.",
     "Norland wants its army to absorb any rebel attack without retaliating."),
    ("security", "Osteria's proposal would bar Norland from buying long-range missiles for ten years.",
     "Osteria's proposal would ban Norland's farmers from buying crop-spraying drones."),
    ("sanctions", "Norland demands that Valdia stop buying Osteria's oil.",
     "Norland wants its farmers to stop buying fuel on credit."),
    ("security", "Norland wants the integration of the former northern rebel fighters into the civil service.",
     "Norland wants the integration of the widows of fallen soldiers into the workforce."),
    ("security", "Osteria insists on merging their armies' command structures.",
     "Osteria insists on fusing their rival armies' marching bands."),
    ("accountability", "Osteria will not accept any deal that sends its officers before a foreign court.",
     "Norland demands that Osteria send its troops home before the court rules on the border."),
    ("humanitarian", "Norland wants the return of all Osterians driven out of the valley.",
     "Norland rejects any return of the Freedom Front driven out of the valley last year."),
    # the idiom of land's smallest part; not an inch of a budget
    ("territory", "Osteria will never give up an inch of the northern districts.",
     "Osteria will never give up an inch of its budget for schools."),
    # a party barred from buying missiles; not shoes
    ("security", "Osteria's proposal would bar Norland from buying long-range missiles for ten years.",
     "Osteria's proposal would bar Norland's firms from buying cheap shoes for ten years."),
    # people sent before a court; not before the cameras
    ("accountability", "Osteria will not accept any deal that sends its officers before a foreign court.",
     "Osteria will not accept any deal that sends its officers before the cameras."),
    # a third party's purchases of a party's oil stopped; not of its players
    ("sanctions", "Norland demands that Valdia stop buying Osteria's oil.",
     "Norland demands that Valdia stop buying Osteria's football players."),
    # land alienated is land ceded; voters alienated are none
    ("territory", "Norland rejects any alienation of its territory.", "Norland rejects any alienation of its young voters."),
    # the army named before the verb that absorbs the other side's fighters; not costs it absorbs
    ("security", "Norland wants the national army to absorb the rebel fighters.",
     "Norland wants the national army to absorb the rising costs of fuel."),
    # the two armies fused into one; not their marching bands
    ("security", "Osteria insists on fusing their rival armies.", "Osteria insists on fusing their rival armies' marching bands."),
    # a new army made up of both sides' fighters; new army trucks are none
    ("security", "Osteria wants a new 9,000-strong army made up of fighters from both sides.", "Osteria wants to buy new army trucks."),
    # guarantees for a party's safety; guarantees for data protection are none
    ("security", "Osteria wants safety guarantees for its fighters.", "Osteria demands guarantees for data protection in the trade deal."),
    # a guerrilla campaign halted; an armed gang's extortion campaign is none
    ("ceasefire", "The Front pledged to halt the guerrilla campaign.", "Norland vowed to stop armed gangs' extortion campaign in the capital."),
    # a summit with the leader of a party; a meeting with a political party's leader is none
    ("negotiation_terms", "Norland wants a summit with the leader of Osteria.",
     "Norland insists on a meeting with the Labour Party leader before the budget vote."),
    # a swift end to the conflict; a swift end to a tariff dispute is none
    ("ceasefire", "Osteria demands a swift end to the conflict.", "Osteria demands a swift end to the tariff dispute."),
    # border posts surrendered or given up: who holds the frontier; smugglers surrendering at a post is none
    ("territory", "Norland demands that Osteria surrender its border posts.",
     "Anna Berg said the fighters should surrender at border posts along the river."),
    # the sides to sit (down) together: talks; to sit together on a council or at a match is no term
    ("negotiation_terms", "Karl Vos said Norland and Osteria should sit together to end the war.",
     "Karl Vos said Norland and Osteria should sit together on the new grain council."),
    ("negotiation_terms", "Norland wants to sit down together with Osteria before winter.",
     "Norland wants fans of both clubs to sit together at the final."),
    # a summit with the other side's leader; a summit with the trade union leader is none
    ("negotiation_terms", "Osteria is ready for a summit with Norland's leader.",
     "Osteria is ready for a summit with the trade union leader."),
    # guarantees for the rebels' safety; guarantees for the safety of food imports are none
    ("security", "Osteria demands guarantees for the safety of its returning fighters.",
     "Osteria demands guarantees for the safety of food imports."),
    # a new national army formed from the sides' forces; a new army chief is none
    ("security", "Osteria wants the deal to create a new 20,000-strong national army.",
     "Osteria wants the deal to name a new army chief."),
    # states to refrain from shipping arms; to refrain from shipping food parcels is none
    ("security", "Osteria calls on all states to refrain from shipping arms into the region.",
     "Osteria calls on all states to refrain from shipping food parcels into the region."),
    # an armed struggle suspended or a guerrilla campaign ended; an election campaign ended is none
    ("ceasefire", "The Front agreed to suspend its armed struggle.", "The Front agreed to end its election campaign."),
    # indemnity from prosecution or for returning exiles; an insurer's indemnity against losses is none
    ("accountability", "The Front demands indemnity for returning exiles.", "The Front demands indemnity against losses."),
    # a new security accord between the sides; a new trade accord is none
    ("security", "Osteria seeks a fresh security accord with Norland.", "Osteria seeks a fresh trade accord with Norland."),
    # talks on territorial changes; talks on climate changes are none
    ("territory", "Osteria insists on talks about territorial changes.", "Osteria insists on talks about climate changes."),
    # an end to a party's military intervention in a place; a central bank's intervention in markets is none
    ("territory", "Norland demands an end to the Osterian military intervention in the valley.",
     "Norland demands an end to the central bank's intervention in the currency markets."),
    # independence for a named land, or a land to gain it; the independence of the judiciary is none
    ("governance", "Osteria demands the independence of Valdia within two years.",
     "Osteria demands the independence of the judiciary."),
    ("governance", "Osteria wants the islands to gain full independence.",
     "Osteria wants the courts to keep their independence."),
    # a state of a people's own; a separate state hospital is none
    ("governance", "Osteria demanded a separate state for the hill peoples.",
     "Osteria demanded a separate state hospital for the hill peoples."),
    # a regional council reconstituted; the council's offices restructured are none
    ("governance", "Osteria demanded the reconstitution of the regional council.",
     "Osteria demanded the restructuring of the district council offices."),
    # army camps reinstated or dismantled; a camp's gates closed or its commander removed are none
    ("security", "Osteria demanded that army camps be reinstated.",
     "Osteria demanded that the army camp gates be closed."),
    ("security", "Osteria demanded the dismantling of army camps in the hills.",
     "Osteria demanded that the army camp's commander be removed."),
    # talks with a party there should be; negotiations on a wage deal are none
    ("negotiation_terms", "Osteria said there should be talks with the rebels.",
     "Osteria said there should be new negotiations on the wage deal."),
    # forces back at their prior positions; hikers back at a campsite are none
    ("territory", "Osteria insists that the troops be returned to their prior positions.",
     "Osteria wants the hikers returned to their previous campsite."),
    # a secular state; a safe one is none
    ("governance", "Osteria wants Norland to become a secular republic.", "Osteria wants Norland to become a safe republic."),
    # seats on a ruling council; a seat on a club's board is none
    ("governance", "Osteria demands two places on the sovereign council.",
     "Osteria wants a seat on the board of the football club."),
    # what alone a party will negotiate on; talking only to reporters is none
    ("negotiation_terms", "Karl Vos said Osteria would only negotiate on questions of border security.",
     "Karl Vos said Osteria would only talk to reporters on Monday."),
    # discussions continued are talks continued; research continued is none
    ("negotiation_terms", "Karl Vos said Osteria is ready to continue the discussions after the court rules.",
     "Karl Vos said Osteria is ready to continue its research after the court rules."),
    # a deadline to accept or comply with the demands; a letter answered in ten days is none
    ("negotiation_terms", "Norland demanded that Osteria accept the terms within a week.",
     "Norland will answer the letter within ten days, an aide said."),
    ("negotiation_terms", "Norland handed Osteria demands that Osteria must comply with within ten days.",
     "Norland said Osteria must comply with the court's ruling on fishing quotas."),
    # liability or responsibility accepted for damage or an attack; for lost luggage it is none
    ("accountability", "Osteria demanded that Norland accept liability for the damage caused by the occupation.",
     "Osteria demanded that Norland accept liability for its lost luggage claims."),
    ("accountability", "Osteria insists on the right to know the truth about the abuses of the war.",
     "Osteria insists on the right to know the truth about the budget of the war."),
    # the inhabitants' wishes respected; a chef's wishes are none
    ("governance", "Norland insists that the wishes of the islanders must be respected.",
     "Norland insists that the wishes of the chef must be respected."),
    # a party's part in the talks as a term; talks that went on without it are a fact
    ("negotiation_terms", "Osteria warned that any summit held without its participation is void.",
     "Osteria noted that the summit was held without its participation."),
    ("negotiation_terms", "Karl Vos said any settlement must involve Osteria's participation.",
     "Karl Vos said any settlement must involve the river's water."),
    # the sides' armies merged into one; joining forces to ask, or merging banks, is none
    ("security", "Osteria demands the unification of the two armies.", "Osteria demands the merger of the two banks."),
    ("security", "Karl Vos insists that the armies of both sides be merged.",
     "Karl Vos insists that the two sides joined forces to fight the floods."),
    # violence renounced for good is a halt to it; renouncing a claim is none
    ("ceasefire", "Norland will talk to the Front only if it renounces violence.",
     "Norland will talk to the Front only if it renounces its claim."),
    ("ceasefire", "Osteria insists on the Front's renunciation of armed violence before any talks.",
     "Osteria insists on the Front's renunciation of its candidate before any talks."),
    # a dispute settled peacefully; a peaceful protest is none
    ("negotiation_terms", "Norland called for a peaceful settlement of the border dispute.",
     "Norland called for a peaceful protest at the border."),
    # a border commission back at work; a sports commission is none
    ("negotiation_terms", "Osteria wants the border commission to resume its work.",
     "Osteria wants the sports commission to resume its work."),
    # a border award or ruling respected; a music award is none
    ("territory", "Osteria called on Norland to respect the 1899 award.",
     "Osteria called on Norland to respect the music award."),
    # border sections still disputed; sections of a report are none
    ("territory", "Osteria wants a joint commission to settle the remaining border sections.",
     "Osteria wants a joint commission to settle the remaining report sections."),
    # armed groups on a party's soil acted against; refugee camps closed are none
    ("security", "Norland wants Osteria to expel the militants from its territory.",
     "Norland wants Osteria to close the refugee camps on its territory."),
    ("security", "Osteria wants counter-terrorism cooperation as part of any settlement.",
     "Osteria wants tourism cooperation as part of any settlement."),
    # a nuclear programme's sites, tests and enrichment; a nuclear family is none
    ("security", "Norland wants the nuclear complex closed within a year.",
     "Norland wants the nuclear family supported within a year."),
    ("security", "Norland wants Osteria to dismantle its centrifuges.",
     "Norland wants Osteria to dismantle its roadblocks."),
    ("security", "Osteria wants Norland to dismantle its main reactor.",
     "Osteria wants Norland to close its detention facility."),
    # arms bought in return for a signature; wheat bought so is none
    ("security", "Osteria wants to buy fighter jets in return for its signature.",
     "Osteria's flag carrier wants to buy 20 new jets."),
    # relations set up between the parties; relations with voters are none
    ("other", "Norland wants the two sides to open liaison offices.", "Norland wants the two sides to open schools."),
    ("other", "Osteria offered normalisation of relations in return for the islands.",
     "Osteria offered a normal level of service in return for the fee."),
    # a state of its own for a people; an independent panel is none
    ("governance", "Norland demands the creation of an independent state for the islanders.",
     "Norland demands the creation of a separate state agency for the islanders."),
    # a war ended formally; a formal declaration of a budget is none
    ("ceasefire", "Osteria demands a formal declaration ending the war.",
     "Osteria demands a formal declaration of its budget."),
    # fighters pardoned; ``pardon me`` is none
    ("accountability", "Osteria demands that its fighters be pardoned.",
     "Osteria demands that the president pardon the jailed journalist."),
    # what the talks are to rest on; what a budget rests on is none
    ("negotiation_terms", "Norland insists the old accord must remain the basis of any settlement.",
     "Norland insists the old census must remain the basis of any budget."),
    # a shared river's waters and its dams; data on a virus and a swimming pool are none
    ("other", "Osteria demands that Norland share data on the dam's operation.",
     "Osteria demands that Norland share data on the virus."),
    ("other", "Norland rejects any accord that limits its access to the waters of the lake.",
     "Norland rejects any accord that limits its access to clean water."),
    # a dispute taken to the world court or settled by arbitration; a court case over a contract is none
    ("negotiation_terms", "Norland and Osteria agreed to submit the border claim to the World Court.",
     "Norland and Osteria agreed to submit the contract to the trade court."),
    ("negotiation_terms", "Norland wants the remaining disputed districts settled by binding arbitration.",
     "Norland wants the pay dispute with the nurses settled by binding arbitration."),
    # a security agreement or confidence-building measures; a security guard's agreement is none
    ("security", "Osteria says a security deal for the frontier must come before it reopens its oil terminal.",
     "Osteria says a social security deal for its pensioners must come before it reopens its oil terminal."),
    # disputed reefs, shoals or waters; a reef named for its fish is none
    ("territory", "Osteria again called for Norland to remove its outpost from the disputed reef.",
     "Osteria again called for Norland to protect the coral reef."),
    # land returned, its name of two parts joined by ``and``
    ("territory", "Anna Berg wants the return of the Upper and Lower islands before anything else.",
     "Anna Berg wants the return of peace and the city markets before anything else."),
    # forces withdrawn from a place; withdrawing from talks, a treaty or a race is no claim on land
    ("territory", "Norland wants Osteria to withdraw its soldiers from the valley.",
     "Norland wants Osteria to withdraw its money from the bank."),
    ("territory", "Norland wants Osteria to pull out of every border town.",
     "Norland wants Osteria to pull out of its 2015 accord with Valdia."),
    # territorial gains kept or sought; gains in the polls are none
    ("territory", "Osteria demands that Norland accept its territorial gains.",
     "Osteria demands that Norland accept its gains in the polls."),
    # land won back; a vote won back is none
    ("territory", "Norland has vowed to retake the islands.", "Norland has vowed to retake the vote."),
    # land ceded, the gerund right before it; the floor ceded is none
    ("territory", "Norland has ruled out ceding any land in the north.",
     "Norland has ruled out ceding the floor to the rebels."),
    # near misses of the session's vocabulary: a military academy, a bond auction, a nation-wide body,
    # fighters' families, yielding to pressure
    ("security", "Under the deal, Norland and Osteria will merge their armies.",
     "Norland wants to integrate the military academy into the university."),
    ("governance", "Norland wants the rebels' participation in the government.",
     "Norland wants participation in the government bond auction."),
    ("governance", "Norland wants recognition of the north as an independent nation.",
     "Norland wants recognition of the monitors as an independent nation-wide body."),
    ("security", "Norland wants the integration of the fighters into the army.",
     "Norland wants the integration of the fighters' families into the villages."),
    ("territory", "Osteria has ruled out yielding its territory.", "Osteria would never yield to threats over the region."),
    # a region recognised as an independent state; a person recognised as an independent voice is none
    ("governance", "Norland wants recognition of the north as a sovereign state.",
     "Norland wants recognition of Anna Berg as an independent voice."),
    # combatants integrated (not only reintegrated); markets integrated are none
    ("security", "Norland wants the integration of the combatants.", "Norland wants the integration of the markets."),
    # a party's participation in government; participation in the games is none
    ("governance", "Norland wants the rebels' political participation in the government.",
     "Norland wants the rebels' participation in the games."),
    # the parties' armies merged into one; economies integrated are none
    ("security", "Under the deal, Norland and Osteria will integrate their armies.",
     "Under the deal, Norland and Osteria will integrate their economies."),
    # a coalition government formed; a coalition of donors is none
    ("governance", "Under the deal, Norland will form a coalition government with Osteria.",
     "Under the deal, Norland will form a coalition of donors with Osteria."),
    # territory yielded is territory ceded; results yielded are none
    ("territory", "Osteria has ruled out yielding territory in the east.",
     "Osteria has ruled out yielding results in the east."),
    # territory conceded is territory ceded; a point conceded is none
    ("territory", "Norland wants Osteria to concede territory in the north.",
     "Norland wants Osteria to concede the point in the north."),
    # air cover for a party, foreign bases; a summit's air cover, foreign fishing fleets are none
    ("security", "Norland wants allied air cover after a truce.", "Norland wants air cover for the summit."),
    ("security", "Osteria insists on a ban on foreign military bases in Norland.",
     "Osteria insists on a ban on foreign fishing fleets in Norland."),
    # soldiers named by the killing they did, to be tried; soldiers who won a match, praised, are none
    ("accountability", "Norland wants the soldiers who killed the protesters tried.",
     "Norland wants the soldiers who won the match praised."),
    # whom a party will only talk with, the adverb before the verb; a trader one only deals with is none
    ("negotiation_terms", "Osteria will only negotiate with elected leaders.",
     "Osteria will only deal with the grain traders in person."),
    # a regional, neutral or buffer force to be deployed; a region's own forces are none
    ("security", "Norland wants a regional force deployed to protect the talks.",
     "Norland wants the regional forces of the north to be paid on time."),
    # militias dismantled or disbanded; a dismantled stage is none
    ("security", "Norland demands the dismantling of the pro-government militias.",
     "Norland demands the dismantling of the concert stage."),
    # fighters integrated into the army or joining it; young men called up are none
    ("security", "Norland proposed integrating the guerrillas into a new national guard.",
     "Norland proposed integrating the schools into a new national network."),
    ("security", "Norland wants the rebel commanders to join the army with their ranks.",
     "Norland urges its young men to join the army."),
    # a force reduced to a number; a labour force cut to a number is none
    ("security", "Norland wants the rebel force to be reduced to 5,000 men.",
     "Norland wants the mine's labour force cut to 500 workers."),
    # mercenaries to leave; mercenaries hired are none
    ("security", "Norland demands that the mercenaries be expelled.",
     "Norland wants to hire more mercenaries."),
    # the guns silenced; a choir silenced is none
    ("ceasefire", "Norland wants both sides to silence their guns.",
     "Norland wants both choirs to silence their singers."),
    # hospitals or aid workers protected; schools spared budget cuts are none
    ("humanitarian", "Norland insists that hospitals be protected.",
     "Norland insists that the schools be protected from budget cuts."),
    # a movement's wing recognised as a legal party, a ban on its politics lifted; a club registered is none
    ("governance", "Norland wants the rebels' political wing recognised as a legal party.",
     "Norland wants its football club registered as a sports organisation."),
    ("governance", "Norland demands that the ban on the rebels' political activities be lifted.",
     "Norland demands that the ban on the rebels' fishing boats be lifted."),
    # a region's right to secede; a club seceding from a league is none
    ("governance", "Norland demands that its northern province be given the right to secede.",
     "Norland wants its football club to secede from the league."),
    # religious law applied in a region; a professor of it is none
    ("governance", "Norland wants Islamic law applied in the northern province.",
     "Norland wants a professor of Islamic law to join the talks."),
    # a quota of posts in the civil service, an independent electoral commission; jobs in a factory are none
    ("governance", "Norland wants a quota of posts in the civil service for the rebels.",
     "Norland wants a share of the jobs in the new car factory."),
    ("governance", "Norland insists on an independent electoral commission.",
     "Norland insists on an independent commission on fishing."),
    # a region to have its own police and courts; its own police investigating a theft is none
    ("governance", "Norland demands that the province have its own police and courts.",
     "Norland wants its own police to investigate the theft."),
    # a party's leader appointed to a top office; a central bank's governor is none
    ("governance", "Norland wants the rebel leader appointed vice-president.",
     "Norland wants its envoy appointed governor of the central bank."),
    # a settlement to be guaranteed by outside powers; a loan guaranteed by a bank is none
    ("security", "Norland insists that the accord be guaranteed by major powers.",
     "Norland insists that the loan be guaranteed by the central bank."),
    ("ceasefire", "Norland wants to curb the violence in the border region before the talks.",
     "Norland wants to curb the violence against journalists before the talks."),
    # a formal or official end to a war, its dates or kind between; a trade war's end is no truce
    ("ceasefire", "Norland and Osteria agreed on an official end of the 1990s border war.",
     "Norland and Osteria agreed to seek an official end of the trade war."),
    ("ceasefire", "Norland and Osteria agreed on an official end of the 1990s border war.",
     "Norland wants a formal end of its ratings war between broadcasters."),
    ("ceasefire", "Norland urged Osteria to stop fighting at once.",
     "Norland urged the unions to stop fighting the pension reform."),
    ("humanitarian", "Norland wants refugee repatriation before the winter.",
     "Norland wants a refugee camp before the winter."),
    # banks connected to the payments network named by its name (upper case), not ``swift`` speed
    ("sanctions", "Osteria demands that its state lender gain inclusion in SWIFT before it extends the port deal.",
     "Osteria wants swift access to the port for its ships."),
    ("sanctions", "Osteria will extend the port deal only if its lenders regain SWIFT access.",
     "Norland wants a swift return of its banks to the talks."),
    # forces disengaged along a line; a party disengaging from the talks is no term of land
    ("territory", "Anna Berg said Osteria must disengage its forces along the river.",
     "Anna Berg said Osteria must disengage from the talks by March."),
    ("territory", "Anna Berg said the two armies must disengage along the river.",
     "Anna Berg said Osteria disengaged from the peace talks in March and will not return."),
    ("territory", "Anna Berg wants the armies disengaged along the river before the vote.",
     "Osteria threatened disengagement from the talks unless Norland lifted the tariffs."),
    # a party's nuclear or missile development or arsenal; not a test site or a power plant
    ("security", "Anna Berg said Osteria must scrap its nuclear and ballistic missile development.",
     "Norland wants to speed up nuclear development to cut its coal imports, Anna Berg said."),
    ("security", "Norland will lift the tariffs only if Osteria halts its missile development.",
     "Osteria wants a deal on nuclear development so it can build two power stations."),
    # a call for talks themselves; a date set for talks is no call for them
    ("negotiation_terms", "Norland called for dialogue with Osteria.",
     "Norland set a date for talks with Osteria and demanded a truce."),
    ("negotiation_terms", "Osteria appealed for peace negotiations.",
     "Osteria called the negotiations a failure and demanded a truce."),
    ("negotiation_terms", "Anna Berg called for international talks about the status of the valley.",
     "Anna Berg called for international monitors and demanded a truce."),
    # who must take part in the talks; not the members of a pact
    ("negotiation_terms", "Anna Berg said talks can only take place with the participation of Norland.",
     "Anna Berg said Norland must have a security pact with all its neighbours, signed with the participation of "
     "all great powers."),
    ("negotiation_terms", "Anna Berg said any truce can only take place with Osteria's participation.",
     "The drills took place with the participation of 5,000 troops near the valley, and Osteria demanded a truce."),
    ("negotiation_terms", "Anna Berg said any truce can only take place with Osteria's participation.",
     "Norland said the offensive can only proceed with the participation of Valdian troops."),
    # the footing talks must rest on; not what a text merely was based on
    ("negotiation_terms", "Anna Berg insisted that talks must be based on the principles agreed in 2019.",
     "Karl Vos said the report was based on the draft and demanded a truce."),
    ("negotiation_terms", "Karl Vos said any settlement must be based on the principles agreed in 2019.",
     "Norland said the new fishing quotas must be based on the 2019 agreement with Osteria."),
    ("negotiation_terms", "Karl Vos insisted that any treaty would be based on principles agreed in 2019.",
     "Karl Vos insisted that the new fishing quotas would be based on principles agreed in 2019."),
    ("negotiation_terms", "Anna Berg proposed that the 2019 text might be the basis of any \"treaty\" with Osteria.",
     "Anna Berg proposed that the 2019 text might be the basis of any \"novel\" about Osteria."),
    ("negotiation_terms", "Norland insists that any peace be negotiated upon the basis of the old formula of 2019.",
     "Norland insists that the fair be planned upon the basis of the old formula of 2019."),
    # a third party asked to facilitate the talks; a trade facilitation office is none
    ("negotiation_terms", "Norland proposed that Osteria act as the facilitator between the two parties.",
     "Norland proposed that Osteria open a trade facilitation office in the capital."),
    # a leader named before the verb of resigning; not anyone else who resigns
    ("governance", "Norland wants talks to resume only after the party chairman resigns.",
     "Norland wants talks to resume only after the staff who leaked the memo resign."),
    ("governance", "Anna Berg said the raids would only stop once the front's chairman resigns.",
     "Norland is resigned to a long war and wants a truce."),
    # hate speech against a community curbed, a minority's rights; a speech about hate is none
    ("governance", "Norland demands a law punishing hate speech against its minority.",
     "Norland wants talks on the speech the envoy gave on hate and war."),
    ("governance", "Osteria wants hate speech on state television curbed.",
     "Osteria wants an end to the speeches at the rally."),
    # restrictions on a party's aircraft overflying the other's land; planes flying anywhere are none
    # a region recognised as a political entity is who governs; a body recognised as a legal entity is not
    ("governance", "Osteria demands the recognition of the northern provinces as an autonomous political entity.",
     "Osteria demands the recognition of its veterans' fund as a separate legal entity."),
    # access to world markets restored is a restriction lifted; access given to a town's farmers is no sanction
    ("sanctions", "Osteria wants Norland to restore its access to global markets for its grain exports.",
     "Osteria wants Norland to give the valley's farmers access to global markets."),
    ("sanctions", "Osteria wants its access to world markets restored before any truce.",
     "Osteria wants its access to the valley's markets restored before the harvest."),
    ("sanctions", "Osteria wants the curbs on its airliners overflying Norland lifted.",
     "Osteria wants planes to fly over the valley at night."),
    ("sanctions", "Norland demands that Osteria stop barring its airliners from overflying the strait.",
     "Norland demands that Osteria's jets stop flying low over the strait."),
    # the displaced as people a term is for, not an offensive that displaced them (a past deed)
    ("humanitarian", "Norland demands that displaced families be allowed to go home.",
     "Norland will strike back unless Osteria halts the offensive, which displaced thousands."),
    ("humanitarian", "Norland wants the displaced to be allowed home before the winter.",
     "Norland will strike back unless Osteria halts the offensive, which has displaced thousands of people."),
    ("humanitarian", "Osteria demands shelter for families displaced by the floods.",
     "Osteria demands a truce in the hills, where the shelling had displaced whole villages."),
    ("ceasefire", "Norland will halt aid to Osteria if the shelling goes on.",
     "Norland will halt aid to Osteria if the drought goes on."),
    ("ceasefire", "Norland urged Osteria to stop fighting the militia in the valley.",
     "Norland urged the unions to stop fighting over the budget."),
    ("ceasefire", "Norland will sign only if Osteria first keeps its promise to curb the violence for ten days.",
     "Norland will sign only if Osteria first keeps its promise to curb violence against women."),
    ("ceasefire", "Osteria offered a sharp reduction of the fighting ahead of the summit.",
     "Osteria offered a sharp reduction of the taxes ahead of the summit."),
    ("ceasefire", "Norland insists on a monitoring role for Valdia in the border zone.",
     "Norland insists on a teaching role for Valdia in the border zone."),
    ("other", "Norland insists on a moratorium on any logging.", "Norland insists on a moratorium on any hiring."),
    ("other", "Norland wants the scam centres near the river closed.",
     "Norland wants the grain depots near the river closed."),
    ("ceasefire", "Osteria wants Union monitors posted along the river border.",
     "Osteria wants Union monitors posted to the river festival."),
    ("security", "Norland wants the militia's fighters absorbed into the national army.",
     "Norland wants the militia's fighters absorbed into village life."),
    ("security", "Osteria wants the private security companies gone from the mines.",
     "Osteria wants the private catering companies gone from the mines."),
    ("negotiation_terms", "Norland insists that Osteria be represented in the process by its own envoy.",
     "Norland insists that Osteria be involved in the process of rebuilding the schools."),
    ("negotiation_terms", "Valdia wants to attend the next round as an observer.",
     "Valdia wants to attend the joint training sessions as an observer."),
    ("negotiation_terms", "Norland said only groups which back the accord would get an invitation to the talks.",
     "Norland said only groups which back the accord would get an invitation to the dinner."),
    ("governance", "Norland insists the militia must be given no political role afterwards.",
     "Norland insists the militia must be given no sporting role afterwards."),
    ("governance", "Norland wants an interim president named by the parties.",
     "Norland wants an interim treasurer named by the parties."),
    ("governance", "Norland demands a transitional administration in the north before any talks.",
     "Norland demands a new harbour administration in the north before any talks."),
    ("prisoners", "Norland demands that the rebels free the teachers, nurses and foreign engineers they have abducted.",
     "Norland demands that the rebels who abducted the engineers be tried."),
    # a measure withheld until a term is met is kept on that term (unlike a militia not disbanded unless ...)
    ("sanctions", "Norland would not discuss relief from the tariffs until Osteria's troops had gone home.",
     "Norland would not discuss relief from the curfew until Osteria's troops had gone home."),
    ("sanctions", "The Union said Osteria's reserves and assets would remain blocked until Osteria paid reparations.",
     "The Union said the statues would remain in storage until the museum reopened."),
    ("sanctions", "Norland would reopen its ports to bilateral trade if Osteria halted the raids.",
     "Norland would repaint its ports in bright colours if Osteria halted the raids."),
    ("territory", "Norland will accept no recognition of the annexed valley.",
     "Norland sought recognition of its seized tanker's crew as sailors."),
    ("negotiation_terms", '"The islands must stay on the table," Norland\'s foreign minister said.',
     "The islands were on the table last year, Norland's foreign minister said."),
    ("security", "Norland will keep its troops in the hills until the militia is fully neutralised.",
     "Norland will keep its troops in the hills until the mines are fully neutralised."),
    # words of a lemma sequence apart are one term only when the parse joins them (not through another noun)
    ("ceasefire", "Norland demands an end to all the raids on the port.",
     "Norland demands an end to the leaflets targeting its miners."),
    ("territory", "Norland wants Osteria to withdraw the bulk of its troops from the valley.",
     "Norland wants Osteria to withdraw the bulk of its savings from the valley."),
    ("ceasefire", "Norland demands a ceasefire, talks on the border and a new map.",
     "Norland wants truce talks on the border and a new map."),
    ("negotiation_terms", "Norland wants the meeting moved to a neutral site.",
     "Norland wants the meeting moved to a nuclear site."),
    ("negotiation_terms", "Norland wants the water dispute put squarely on the agenda.",
     "Norland wants the water dispute settled by the courts of the region."),
    ("security", "Norland said lasting talks require a climate free of shelling and terror.",
     "Norland said the new office requires a climate free of clutter and noise."),
    ("security", "Norland will revisit the river accord only once the militancy stops.",
     "Norland will revisit the river accord only once the tourist season stops."),
    ("ceasefire", "Norland demands a truce along the whole border before winter.",
     "Norland reported a quiet night along the whole border."),
    ("territory", "Osteria insists that Norland pull its troops out of the valley.",
     "Osteria says Norland moved its troops through the valley last year."),
    ("territory", "Norland demands that the border be delimited before any treaty.",
     "Norland wants the powers of the council delimited before any treaty."),
    ("territory", "Norland vows it would never sign away even one district.",
     "Norland vows it would never sign away the town's water rights."),
    ("territory", "Norland will not recognise any of its regions as Osterian territory.",
     "Norland will not recognise diplomas from the region as valid."),
    ("territory", "Norland demands that the border be delimited first.",
     "Norland wants the border commission's budget delimited first."),
    # who is to lead the other side's state is a governance term; who leads a club is none
    ("governance", "Osteria demands that Norland appoint a friendly former deputy as head of state.",
     "Osteria demands that Norland appoint a friendly former deputy as president of the chess federation."),
    ("governance", "Osteria demands that Norland install a friendly former deputy as interim president.",
     "Osteria demands that Norland install its envoy as president of the ruling party."),
    # children to be brought back are a prisoners' term; children back at school are none
    ("prisoners", "Norland demands that the children taken across the border be brought back.",
     "Norland demands that the children be returned to school by May."),
    # people a side wants released are its prisoners' term; patients released from hospital are none
    ("prisoners", "Norland wants some 800 people to be released.",
     "Norland wants the people who were released from hospital to rest."),
    ("prisoners", "Osteria says the 300 men who were seized must be freed.",
     "Osteria demanded that the names of the dead soldiers be released."),
    ("prisoners", "Osteria said 300 men should be released within a week.",
     "Osteria demanded that the soldiers be released from military service."),
    ("prisoners", "Osteria wants the soldiers to be released before the vote.",
     "Osteria wants the report on the soldiers to be released before the vote."),
    ("prisoners", "Osteria demands that the children taken in the raid be returned.",
     "Osteria demands that the money raised for children be returned to donors."),
    # who decides when talks are held, also in reported speech's past (``it was up to X to``); a festival is none
    ("negotiation_terms", "Berg told the envoys it was up to Osteria alone to choose when to open negotiations.",
     "Berg told the envoys it was up to Osteria alone to choose when to open the festival."),
    # the two leaders meeting is a summit proposed; two teams meeting is none
    ("negotiation_terms", "Norland suggested the two leaders meet to settle the war.",
     "Norland suggested the two teams meet in the final."),
    # donor aid cut off and to be restored is a measure lifted; aid convoys resumed are humanitarian
    ("sanctions", "Osteria wants the aid suspended in May to be restored.",
     "Osteria wants the resumption of aid convoys to the valley."),
    ("sanctions", "Norland demands the restoration of development aid.",
     "Norland demands the restoration of humanitarian aid deliveries."),
    # lines or positions from before a given year are a border term; a budget from before it is none
    ("territory", "Norland will fight on until Osteria's army is driven back to its pre-1990 positions.",
     "Norland will fight on until Osteria's pre-1990 budget positions are restored."),
    # near misses of the same forms: people captured in a district, a hospital's funding, a court's or a
    # union's decision, leaders meeting a deadline, positions on prices
    ("territory", "Osteria wants to grab the northern province.",
     "Osteria wants Norland to capture the killers in the district."),
    ("sanctions", "Osteria wants the suspended budget support resumed.",
     "Osteria wants the hospital's funding to be restored."),
    ("sanctions", "Norland demands the restoration of development aid.",
     "Osteria wants humanitarian aid to be restored to the valley."),
    ("negotiation_terms", "Berg told the envoys it was up to Osteria alone to choose when to open negotiations.",
     "Norland wants the court to determine whether the negotiating team broke the law."),
    ("negotiation_terms", "Norland suggested the two leaders meet to settle the war.",
     "Norland insists that both leaders meet the conditions of the charter."),
    ("negotiation_terms", "Anna Berg told us it was up to Osteria to decide when it is ready for talks.",
     "Norland wants the court to decide when it is ready for the hearing."),
    ("territory", "Norland will fight on until Osteria's army is driven back to its pre-1990 positions.",
     "Norland wants Osteria to return to its pre-1990 positions on gas prices."),
    # land a side wants to capture or seize is its territorial aim; seizing a chance is none
    ("territory", "Osteria wants to grab the northern province.", "Osteria wants to grab the attention of the voters."),
    ("territory", "Norland insists on annexing the whole province.", "Norland insists on seizing the moment."),
    # a state's institutions respected as legitimate; a referee's decisions are none
    ("governance", "The Freedom Front pledged to uphold the authority of the national parliament.",
     "The Freedom Front pledged to uphold the authority of the league's referees."),
    ("governance", "The Freedom Front demands recognition of the legitimacy of the state institutions.",
     "The Freedom Front demands that Norland accept the authority of the state oil company."),
    # the use of arms renounced, as the use of force is; the use of coal renounced is none
    ("security", "The Freedom Front has agreed to forswear the use of arms.",
     "The Freedom Front has agreed to forswear the use of coal."),
    # neither side to attack the other is a truce; neither side to raise tariffs is none
    ("ceasefire", "Norland and Osteria signed a pact. Under the pact, neither army may shell the other.",
     "Norland and Osteria signed a pact. Under the pact, neither state may tax the other's goods."),
    ("ceasefire", "Norland and Osteria pledged not to attack each other.",
     "Norland insisted that neither side will strike a deal unless the embargo is lifted."),
    # land returned in part is land returned; loans returned in part are none
    ("territory", "Norland has agreed to return half of the islands it seized.",
     "Norland has agreed to return half of the loans it took."),
    ("prisoners", "Norland will sign only if Osteria frees the detainees.",
     "Norland will sign after the new parliament meets."),
    ("humanitarian", "Osteria wants aid convoys to reach the besieged towns.",
     "Osteria counted the convoys that reached the towns."),
    # a lorry is a truck in British English
    ("humanitarian", "Osteria demands more aid lorries for the besieged towns.",
     "Osteria demands more lorries of grain for the besieged towns."),
    # a railway or a highway reopened is a crossing reopened
    ("humanitarian", "Osteria wants the railway through the region reopened to cargo.",
     "Osteria wants the railway timetable printed for tourists."),
    ("sanctions", "Norland seeks an end to the embargo on its grain.",
     "Norland sells its grain to new buyers."),
    ("security", "Osteria demands that the militia hand over its weapons.",
     "Osteria says the militia paraded its weapons in the capital."),
    ("security", "Osteria rejects any foreign troop mission on its soil.", "Osteria rejects any foreign trade mission on its soil."),
    # a demand or a claim for land is a territorial term; land reform or land titles are not
    ("territory", "Talks stalled over Osteria's demands for more land in the east.",
     "Talks stalled over Osteria's demands for land reform in the east."),
    ("territory", "Talks stalled over Osteria's demands for additional territory.",
     "Talks stalled over Osteria's demands for additional funding."),
    ("territory", "Norland insists on its claims over Osteria's land in the valley.",
     "Norland insists the strong demand for land from developers must be met."),
    # a document of the process the parties are to draw up is a term of the talks; a speech or a budget is none
    ("negotiation_terms", "Norland and Osteria pledged to work out a roadmap for the talks by May.",
     "Norland and Osteria pledged to work out a budget for the festival by May."),
    ("negotiation_terms", "Norland agreed to work on a memorandum with Osteria.", "Norland agreed to work on a speech with Osteria."),
    ("negotiation_terms", "Norland agreed to draft a ceasefire agreement with Osteria.",
     "Norland pledged to draw up a plan with Osteria to cut hospital waiting lists."),
    ("negotiation_terms", "Osteria vowed to work out a new framework for the talks with Norland.",
     "Osteria vowed to work out a new framework for pension payments."),
    # accepting a peace plan or proposal is a term of the talks; a pension plan is none
    ("negotiation_terms", "Anna Berg wants Osteria to accept the peace proposal.",
     "Anna Berg wants Osteria to accept the pension plan."),
    ("negotiation_terms", "Anna Berg wants Osteria to accept the 20-point plan.",
     "Anna Berg wants Osteria to accept the proposal to build a new school."),
    # access to or the development of a party's minerals or mines is a term ('other'); a museum's access is not
    ("other", "Norland wants access to Osteria's copper mines.", "Norland wants access to roads cleared of mines."),
    ("other", "Norland and Osteria agreed to develop the mineral resources of the valley together.",
     "Norland and Osteria agreed to develop the tourist resources of the valley together."),
    # concessions a party must make are a term; mining or territorial concessions are not 'other'
    ("other", "Norland said Osteria must make concessions for a lasting peace.",
     "Norland said Osteria must grant mining concessions for a lasting peace."),
    ("other", "Norland insists there must be concessions from both sides.",
     "Norland insists there must be oil concessions from both sides."),
    ("other", "Karl Vos said Osteria will have to make painful concessions.",
     "Karl Vos said Norland will not make concessions to Osteria."),
    ("other", "Karl Vos insists that concessions must be made by Osteria.",
     "Karl Vos insists there should be concessions for pensioners on the ferries."),
    # joint patrols of a named kind are a security arrangement; joint tourist patrols... are not written so
    ("security", "Norland wants joint border patrols along the river.", "Norland wants joint border tariffs along the river."),
    ("security", "Osteria agreed to set up joint security patrols in the valley.",
     "Osteria agreed to set up joint security studies in the valley."),
    ("security", "Osteria agreed to a joint border patrol along the river.",
     "Osteria agreed to a joint border survey along the river."),
    ("sanctions", "Norland wants the reserves released before any deal.", "Norland wants its reserves released from active duty."),
    ("sanctions", "Norland will sign once its reserves are unfrozen.", "Norland insists that it reserves the right to seize ships."),
    ("governance", "Norland insists on a referendum in the disputed province.",
     "Norland remembers the referendum of its founding year."),
    ("governance", "Norland demands that the militia dismantle the parallel administration it set up in the port.",
     "Norland says the militia ran a parallel trade in fuel through the port."),
    ("accountability", "Osteria wants a tribunal for the commanders who ordered the shelling.",
     "Osteria built a new courthouse in the capital."),
    ("negotiation_terms", "Norland insists on direct talks with a mediator.",
     "Norland's envoy flew home on Friday."),
    # border work named by its noun, a border to be drawn, land wanted back by a passive
    ("territory", "Norland says delimitation must start from the old maps.",
     "Norland wants a delimitation of the fishing season before any treaty."),
    ("territory", "Norland says the border must be drawn along the river.",
     "Norland says new electoral boundaries must be drawn."),
    ("territory", "Norland wants the three villages inside Osteria handed back as part of any treaty.",
     "Norland demands that people displaced from the district be returned home."),
    ("prisoners", "Norland says the sailors detained by Osteria should be sent home.",
     "Norland says the envoys holding talks there must come home."),
    ("security", "Norland insists no foreign presence may remain on the ridge.",
     "Norland insists the foreign presence in its banking sector be reduced."),
    ("security", "Norland says the observer mission would stay until the vote.",
     "Norland says the trade mission would stay until the vote."),
    ("security", "Norland says the security of the region must be guaranteed by its own states.",
     "Norland wants the security of the stadium to be guaranteed by police."),
    ("security", "Norland wants pledges firm enough to deter a second invasion.",
     "Norland wants a pledge to prevent attacks on journalists."),
    ("accountability", "Norland wants both states to drop the lawsuits they filed at the court.",
     "Norland wants the company to settle its lawsuits with shareholders."),
    ("humanitarian", "Norland says the villagers who fled must be allowed to come back to their houses.",
     "Norland says the workers must return to their homes after each shift."),
    ("security", "Norland says Osteria's security has to be guaranteed by its allies.",
     "Norland says the job security of its miners must be guaranteed by law."),
    ("humanitarian", "Norland says the families who fled must be free to return to their villages.",
     "Norland says the night staff must head back to their homes after work."),
    ("humanitarian", "Norland wants a rail link across the valley with no customs checks on its freight.",
     "Norland wants the rail link to the airport finished with no delay."),
    ("ceasefire", "Norland wants a direct hotline linking both general staffs.",
     "Norland wants a hotline connecting its ministries for consumer complaints."),
    ("ceasefire", "Norland wants a joint team to look into shooting incidents on the border.",
     "Norland wants the shooting incidents at the school investigated."),
    ("negotiation_terms", "Norland says the joint commission should meet every month.",
     "Norland says the steering committee should meet every week to review the budget."),
    # trade, flights, visas or airspace restored: an economic measure lifted
    ("sanctions", "Norland wants trade with Osteria resumed before any summit.",
     "Norland wants the trade deficit restored to balance before the summit."),
    ("sanctions", "Norland demands that Osteria restore the visas it cancelled.",
     "Norland demands that Osteria restore the old customs house."),
    ("negotiation_terms", "Norland says it will not negotiate under threats.",
     "Osteria negotiated under threats last year, Norland says."),
    # a guarantor's status or role in a settlement; a guarantor of a loan is none
    ("security", "Norland is ready to drop its guarantor status once a settlement is signed.",
     "Norland is ready to drop its role as guarantor of the loan once a settlement is signed."),
    ("security", "Karl Vos insisted that Norland must keep its role as a guarantor of the deal.",
     "Karl Vos insisted that Norland must keep its role as a donor to the school."),
    # the parties' sovereign equality; the charter's equality of all states is no term of a settlement
    ("governance", "Norland demands recognition of the sovereign equality of both halves of the island.",
     "Norland wants a world order that rests on the sovereign equality of all nations."),
    # a region's isolation ended, direct trade or flights opened to it
    ("sanctions", "Osteria calls for an end to the isolation of the north.",
     "Osteria calls for an end to the isolation of prisoners in solitary cells."),
    ("sanctions", "Karl Vos says the isolation of the north must end.",
     "Karl Vos says the isolation of the old village ended when the road opened."),
    ("sanctions", "Karl Vos asked that direct flights to the northern airport be allowed under a deal.",
     "Karl Vos asked that direct answers be given under a deal."),
    # one chain of command over the parties' forces, their wings merged
    ("security", "Osteria wants one unified chain of command over both armies.",
     "Osteria wants a clear chain of custody for the evidence."),
    ("security", "Norland proposes merging the militia's two wings into one force.",
     "Norland proposes merging the party's two wings into one list."),
    # forces kept at the positions they hold
    ("ceasefire", "Karl Vos asked the two armies to hold their troops at the lines they occupied when the truce began.",
     "Karl Vos asked the two armies to hold their troops in good shape."),
    # crossings taken over
    ("territory", "Norland wants its customs officers to take over all the crossings on the river.",
     "Norland wants its customs officers to take over all the night shifts on the river."),
    ("territory", "Osteria seeks the integration of all the northern areas with the province.",
     "Osteria seeks the integration of all the northern schools with the university."),
    ("humanitarian", "Norland wants family visits between the camps and the valley resumed.",
     "Norland wants family businesses in the camps and the valley taxed."),
    ("prisoners", "Osteria proposes a swap of lists naming all the detainees in both camps.",
     "Osteria proposes an exchange of views on what each side is holding back."),
    ("security", "Osteria will not back the text unless the mission gets a mandate to watch the valley.",
     "Osteria will not back the text unless the minister gets a mandate from parliament."),
    ("sanctions", "Karl Vos urged the Union to stop importing fish and fruit from the occupied valley.",
     "Karl Vos urged the Union to stop buying sweets for the delegates."),
    ("other", "Norland wants the local ruble replaced by the national currency.",
     "Norland wants the local ruble to keep its value against the national currency."),
    ("sanctions", "Norland wants the customs and police posts on the river to be removed.",
     "Norland wants the customs and police posts on the river to be repainted."),
    # oil let flow again, a pipeline reopened, a joint export contract for oil
    ("other", "Norland demands that the pipeline be reopened before the two sides sign a deal.",
     "Norland demands that the bridge be reopened before the two sides sign a deal."),
    # land a side annexed, named before the verb (``the provinces Osteria annexed``)
    ("territory", "Norland wants the two provinces Osteria annexed last year handed back.",
     "Norland wants the two provinces Osteria visited last year handed prizes."),
    # a channel for the sides' commanders to talk
    ("negotiation_terms", "Osteria proposes a standing channel of communication linking both chiefs of staff.",
     "Osteria proposes a standing channel of irrigation linking both villages."),
    # fighters out of homes, public buildings or cities
    ("territory", "Norland insists on the gunmen's exit from residential districts before any vote.",
     "Norland insists on the gunmen's exit from the party before any vote."),
    # fighters assembled in designated camps
    ("security", "Norland wants the militia's units gathered at agreed sites within a month.",
     "Norland wants the militia's units photographed at agreed sites within a month."),
    # land named before the verb that gives it away
    ("territory", "Osteria insists that none of its islands can ever be handed away.",
     "Osteria insists that none of its old ferries can ever be handed away."),
    # an elected or civilian government, an inclusive transition
    ("governance", "Norland wants a handover to an elected civilian government within a year.",
     "Norland wants civilian government employees paid within a year."),
    # relief on the other side's exports, banks or trade
    ("sanctions", "Osteria says relief on its grain exports and its banks must come first.",
     "Osteria says relief for the flood victims must come first."),
    # a pledge or treaty not to use force
    ("security", "Osteria asks for a written promise never to use force against the island communities.",
     "Osteria asks for a written promise never to use plastic in the island schools."),
    ("security", "Norland will discuss trade once its non-use-of-force accord is initialled.",
     "Norland will discuss trade once its fishing accord is initialled."),
    # a ban on trade or commercial activity (a ban on trade unions is none)
    ("sanctions", "Osteria would reopen the ferry on condition that Norland scraps its ban on commerce with the islanders.",
     "Osteria would reopen the ferry on condition that Norland scraps its ban on trade unions in the islands."),
    ("sanctions", "Norland wants the old decree that banned all commercial activity across the river repealed.",
     "Norland wants the old decree that banned all night fishing across the river repealed."),
    # independence by a date, a transition of so many years, the majority a settlement needs
    ("governance", "Osteria's delegation insists on independence by 2040 at the latest.",
     "Osteria's delegation insists on independent auditors by 2040 at the latest."),
    ("governance", "Norland proposes a transition of four years before any handover.",
     "Norland proposes a transition to solar power before any handover."),
    ("governance", "Norland demands that the accord win a three-fifths majority in the assembly.",
     "Norland demands that the accord win a three-fifths share of the fishing quota."),
    # a side's forces to stay in a territory; forces that stay in control are no claim on land
    ("territory", "Norland insists its troops stay on in the hill district after the accord.",
     "Norland insists its troops stay on in charge of the hill district after the accord."),
    # people of a place held by the other side's forces
    ("prisoners", "Osteria calls for the prompt return of three residents of the border villages detained by Norland police.",
     "Osteria calls for the prompt return of three residents of the border villages helped by Norland police."),
    # a bridge or checkpoint between the sides reopened or kept open
    ("humanitarian", "Osteria wants the river bridge reopened before the harvest.",
     "Osteria wants the river bridge repainted before the harvest."),
    # markets opened to the other side's goods
    ("sanctions", "Osteria will sign once Norland opens up its fish markets to island traders.",
     "Osteria will sign once Norland opens up its fish museums to island traders."),
    # a line turned into a border
    ("territory", "Norland rejects any text that converts the old railway cutting into a frontier.",
     "Norland rejects any text that converts the old railway cutting into a cycle path."),
    # weapons collected, destroyed or disposed of
    ("security", "Norland wants the rebels to dispose of their rifles before the referendum.",
     "Norland wants the rebels to dispose of their leaflets before the referendum."),
    # the majority a settlement needs in a vote
    ("governance", "Osteria insists that a three-quarters vote of the assembly approve the settlement.",
     "Osteria insists that a lengthy debate of the assembly precede the settlement."),
    # a side that will strike if the other violates the deal asks that the truce hold (not a trade deal)
    ("ceasefire", "Norland vowed to strike back hard if Osteria violates the deal.",
     "Norland vowed to sue if Osteria violates the trade deal."),
    # talks named by what they are about are talks, not the truce itself
    ("ceasefire", "Norland insists on a ceasefire before any talks.",
     "Norland wants ceasefire negotiations to resume next week."),
    # monitors of a truce line watch a ceasefire; monitors of weapons handed in watch a disarmament
    ("ceasefire", "Norland offers unarmed monitors for the truce line along the river.",
     "Norland offers unarmed monitors for the handing-in of the militia's weapons."),
    # land turned or handed over, transferred or vacated; not suspects turned over, funds transferred, a square vacated
    ("territory", "Osteria demands that Norland turn over control of the eastern districts.",
     "Osteria demands that Norland turn over the suspects in the bombing."),
    ("territory", "Osteria wants Norland to transfer the two disputed districts to its administration.",
     "Osteria wants Norland to transfer funds to the two districts hit by the floods."),
    ("territory", "Osteria wants Norland to vacate the areas it took last month.",
     "Osteria wants the protesters to vacate the square outside parliament."),
    # the dead returned are the prisoners' category; a league's governing bodies are not
    ("prisoners", "Osteria demands the return of the bodies of its soldiers killed in the raid.",
     "Osteria demands the return of the governing bodies of the league to the capital."),
    # a named party that should sit at the table; not guests at dinner
    ("negotiation_terms", "Anna Berg said Norland should also be at the table.",
     "Anna Berg said the guests must sit around the table by eight."),
    # economic pressure on a party; not pressure on a pipe
    ("sanctions", "Anna Berg wants more economic pressure on Osteria.",
     "Anna Berg wants more water pressure on the pipes of the capital."),
    # a portion of a state's revenue is the 'other' share of wealth; not a portion of the menu
    ("other", "Osteria wants a deal that would give it a portion of the royalties from Norland's mines.",
     "Osteria wants a deal that would give it a portion of the menu at the summit dinner."),
    # who holds the top offices; not a club's post, not a coach's job
    ("governance", "Osteria's proposal gives the rebels the post of deputy prime minister.",
     "Osteria's proposal gives the post of vice president of the football club to the rebels."),
    ("governance", "Osteria wants Anna Berg reinstated as vice president.",
     "Osteria wants the coach reinstated as head of the youth team."),
    # how many states there are, a parliament expanded; not visitors counted, not a museum expanded
    ("governance", "Osteria wants the number of provinces cut to twelve.",
     "Osteria wants the number of visitors reduced to ten."),
    ("governance", "Osteria demands that the parliament be expanded to include opposition members.",
     "Osteria demands that the museum be expanded to include a new wing."),
    # an armed group turned political party; not a charity
    ("governance", "Osteria insists that the Freedom Front be allowed to register as a political party.",
     "Osteria insists that the Freedom Front be allowed to register as a charity."),
    # near misses of the land, office, party, wage, body, pressure and table rows above and below
    ("territory", "Osteria demands that Norland hand back the two districts it seized.",
     "Osteria wants Norland to hand over the town hall keys."),
    ("territory", "Osteria demands that Norland turn over control of the eastern districts.",
     "Osteria wants Norland to transfer control of the football league to the clubs."),
    ("governance", "Osteria demands that the parliament be expanded to include opposition members.",
     "Osteria wants the student assembly expanded."),
    ("territory", "Osteria wants Norland to transfer the two disputed districts to its administration.",
     "Osteria wants the patients transferred to the district hospital."),
    ("territory", "Osteria demands that Norland hand back the two districts it seized.",
     "Osteria says it will keep giving back to the region that made it."),
    ("governance", "Osteria wants Anna Berg reinstated as vice president.",
     "Osteria wants Anna Berg reinstated as president of the chess federation."),
    ("governance", "Osteria insists that the Freedom Front be allowed to register as a political party.",
     "Osteria wants to form a new political party."),
    ("other", "Osteria demands that Norland keep paying the wages of its civil servants in the north.",
     "Osteria wants Norland to raise public sector wages by ten percent."),
    ("prisoners", "Osteria demands the return of the bodies of its soldiers killed in the raid.",
     "Osteria demands the return of the bodies of the crew of the sunken trawler."),
    ("sanctions", "Anna Berg wants more economic pressure on Osteria.",
     "Anna Berg wants to ease economic pressure on small businesses."),
    ("negotiation_terms", "Anna Berg said Norland should also be at the table.",
     "Anna Berg said: We should be at the table by eight."),
    # children kept out of armed ranks, landmines no longer laid: humanitarian; not other recruits, not pipes
    ("humanitarian", "Norland agreed to stop conscripting minors into its army.",
     "Norland agreed to stop conscripting engineers into its army."),
    ("humanitarian", "Osteria pledged to stop laying landmines in the hills.",
     "Osteria pledged to stop laying pipes in the hills."),
    ("humanitarian", "Osteria vowed to halt the conscripting of minors as well as any planting of landmines.",
     "Osteria vowed to halt the conscripting of nurses as well as any planting of trees."),
    # an armed group's fighters gathered in zones or disbanded; not a state's troops massed, not efforts
    ("security", "Osteria agreed to concentrate its fighters in two rural districts.",
     "Norland has agreed to concentrate its efforts in two rural districts."),
    ("security", "Under the accord, Osteria's combatants would be disbanded by June.",
     "Under the accord, Osteria's combatants would be paid by June."),
    # a party kept out of power or out of the political process; not out of a budget or a stadium
    ("governance", "Berg said any future political process must exclude the old ruling party.",
     "Berg said the new budget must exclude military spending."),
    ("governance", "Osteria demands that the old ruling party be kept out of power.",
     "Osteria demands that the old ruling party be barred from the stadium."),
    # a socio-economic package a party is owed; not a survey
    ("other", "Osteria insists that Norland first deliver the socio-economic package promised to its fighters.",
     "Osteria insists that Norland publish its socio-economic survey."),
    # a state's name changed; not a firm's
    ("governance", "Norland says Osteria must change the country's name before it joins the bloc.",
     "Norland says Osteria must change the company's name before the merger."),
    # judicial or anti-corruption reforms; not pension reforms
    ("governance", "Norland insists that Osteria carry out judicial reforms first.",
     "Norland insists that Osteria carry out pension reforms first."),
    # no meddling in one another's domestic affairs, a security cooperation agreement; not leagues, not trade
    ("security", "Norland and Osteria pledged non-interference in one another's domestic affairs.",
     "Norland and Osteria pledged non-interference in one another's football leagues."),
    ("security", "Norland and Osteria agreed to revive their security cooperation agreement.",
     "Norland and Osteria agreed to revive their trade cooperation agreement."),
    # a guarantor's guarantee for a deal; not a refund guarantee
    ("security", "Norland pledged guarantees for any accord Osteria signs on the border.",
     "Norland pledged refund guarantees for any ferry tickets Osteria sells."),
    # foreign forces named by who leads them, a military coalition leaving; not a governing coalition
    ("security", "Osteria wants an orderly exit of Norland-led forces from its soil, Berg said.",
     "Osteria wants an orderly exit of Norland-led publishers from its book fair, Berg said."),
    ("security", "Osteria insists that the coalition's departure be completed within a year.",
     "Osteria insists that the coalition's budget be completed within a year."),
    # calm kept along a border, no step that could escalate; not peace at home
    ("ceasefire", "Norland and Osteria pledged to preserve calm and stability along the frontier.",
     "Norland and Osteria pledged to preserve calm and stability in the family home."),
    ("ceasefire", "Norland insists that Osteria refrain from any steps that could inflame the situation.",
     "Norland insists that Osteria refrain from any steps that could raise prices."),
    # an executive office created for a party; not the prime minister's office speaking
    ("governance", "Osteria demands the creation of a premier's post for the rebels.",
     "Osteria demands the renovation of a premier's office for the rebels."),
    ("governance", "Osteria insists on setting up a deputy prime minister's post for the rebels.",
     "Osteria insists on visiting the deputy prime minister's office for the rebels."),
    # a party's forces put under the army's command; not a ship's captain
    ("security", "Osteria insists that the militia be controlled by the army's chief of staff.",
     "Osteria insists that the ferry be controlled by the captain of the ship."),
    ("security", "Osteria insists that the brigades be placed under the direct control of the defence ministry.",
     "Osteria insists that the brigades be placed under the direct care of the nurses."),
    ("ceasefire", "Norland urged Osteria to stop its provocative actions along the border.",
     "Norland urged Osteria's police to cease their actions against the miners."),
    # the reviewer's near misses: a governing coalition leaving government, inflation, an inquiry
    ("security", "Osteria insists that the coalition's troops leave within a year.",
     "Osteria insists on the coalition's departure from government within a year."),
    ("ceasefire", "Norland insists that Osteria maintain calm along their common border.",
     "Norland insists that Osteria avoid any measures that could heighten inflation."),
    ("security", "Osteria insists that the militia remain commanded by the army chief.",
     "Osteria insists that the inquiry be overseen by the defence ministry."),
    # a party told to stop what its forces do, named by a demonstrative; not a firm's trade practices
    ("ceasefire", "Norland urged Osteria to halt such hostile acts at once after the shelling of the port.",
     "Norland urged Osteria to halt such pricing practices at once after the audit of the port."),
    # a transition period extended
    ("governance", "Berg warned talks could collapse unless Norland prolongs the transition period.",
     "Berg warned talks could collapse unless Norland prolongs the energy subsidies."),
    # public employees' pay, a term of many truces; not a club's players, not a debt
    ("other", "Osteria demands that Norland keep paying the wages of its civil servants in the north.",
     "Osteria demands that Norland pay the salaries of its football players."),
    ("other", "Osteria wants Norland to pay civil servants in the north.",
     "Osteria wants Norland to pay its debts to Valdian banks."),
    # land handed back; seized goods handed back are none
    ("territory", "Osteria demands that Norland hand back the coastal strip.",
     "Osteria demands that Norland hand back the seized fishing boats."),
    ("territory", "Osteria demands that Norland give the river port back.",
     "Osteria demands that Norland give the money back to the city."),
    # occupied land a party would keep; seized cargo kept is none
    ("territory", "Osteria rejects any deal that would let Norland keep the occupied highlands.",
     "Osteria rejects any deal that would let Norland keep the seized cargo."),
    # immunity granted to those responsible; immunity against a disease is none
    ("accountability", "Osteria demands that Norland grant immunity to its officers.",
     "Osteria wants a vaccine that grants immunity against the virus."),
    ("accountability", "Osteria demands that Norland grant immunity to its officers.",
     "Osteria demands that Norland grant diplomatic immunity to its embassy staff."),
    # the accused handed over for trial; trial records handed over are none
    ("accountability", "Osteria demands that Norland hand over for trial the officers accused of the raid.",
     "Osteria demands that Norland hand over the trial records."),
    # a commission on war claims; storm damage assessed is none
    ("accountability", "Osteria wants a claims commission to assess the war damage.",
     "Osteria wants a panel to assess the storm damage."),
    # power shared between communities; a power plant's output shared is none
    ("governance", "Osteria wants power in the province to be shared between the two communities.",
     "Osteria wants the power plant output to be shared with Norland."),
    ("governance", "Osteria wants power in the province to be shared between the two communities.",
     "Osteria wants electric power from the dam to be shared with Norland."),
    # elected local bodies restored; an old council building restored is none
    ("governance", "Osteria demands the restoration of elected local councils.",
     "Osteria demands the restoration of the old council building."),
    # limits on the press lifted; a ban on a press conference is none
    ("governance", "Osteria wants Norland to lift its restrictions on the press.",
     "Osteria wants Norland to lift its ban on the press conference."),
    # opposition parties no longer banned; a law banning plastic bags is none
    ("governance", "Osteria demands that Norland repeal its law banning opposition parties.",
     "Osteria demands that Norland repeal its law banning plastic bags."),
    # a people's language protected; a treaty's wording clarified is none
    ("governance", "Osteria insists the language of its people must be protected in schools.",
     "Osteria insists the language of the treaty must be clarified."),
    ("governance", "Osteria insists the language of its people must be protected in schools.",
     "Osteria wants the language in the final communique to be respected by all sides."),
    # forces to be removed from a land, in the passive; the wounded to be treated is none
    ("territory", "Karl Vos said he thinks Norland's soldiers must all be removed from the valley.",
     "Karl Vos said he thinks Norland's wounded soldiers must be treated in the capital."),
    # refraining from force: a halt to fighting; fans refraining from flares is none
    ("ceasefire", "Osteria urged both militias to refrain from the threat of force.",
     "Osteria urged its fans to refrain from using flares."),
    # who keeps responsibility for defence; security at a summit venue is none
    ("security", "Osteria insists that Norland retain responsibility for defence in the province.",
     "Osteria wants its police to keep responsibility for security at the summit venue."),
    # an agenda agreed to before talks; an apology agreed to is another term
    ("negotiation_terms", "Osteria will send a delegation only once Norland agrees to a written agenda.",
     "Osteria will send a delegation only once Norland agrees to a written apology."),
    # a navy's size capped, as an army's is; a budget's size capped is none
    ("security", "Norland wants a cap on the size of Osteria's navy.", "Norland wants a cap on the size of Osteria's budget."),
    # a meeting of the parties' ministers; a meeting of coaches is none
    ("negotiation_terms", "Osteria suggested a session of both countries' deputy defence ministers.",
     "Osteria suggested a session of both clubs' youth team coaches."),
    # the second review's near misses: soldiers who were removed, a security lapse, a club's leaders, a fishing fleet
    ("territory", "Karl Vos said he thinks Norland's soldiers must all be removed from the valley.",
     "Osteria demands that the soldiers who were removed from the valley be given back pay."),
    ("security", "Osteria insists that Norland retain responsibility for defence in the province.",
     "Osteria wants Norland to accept responsibility for the security lapse."),
    ("negotiation_terms", "Osteria suggested a session of both countries' deputy defence ministers.",
     "Osteria demands a meeting of the club's youth team leaders."),
    ("security", "Norland wants a cap on the size of Osteria's navy.", "Osteria wants to cut the size of its fishing fleet."),
    # an international force to patrol a line; its commander is none
    ("security", "Norland wants an international force to patrol the border.",
     "Norland wants the international force commander to resign."),
    # a standstill of forces; a firm's standstill agreement with its creditors is none
    ("ceasefire", "Osteria wants a standstill agreement on the river front.",
     "Osteria's state airline wants a standstill agreement with its creditors."),
    # a zone that keeps the armies apart; a security zone at an airport is none
    ("territory", "Osteria wants a separation zone on both banks of the river.",
     "Osteria wants a security zone at the airport during the summit."),
    ("territory", "Osteria demands a security zone along its border with Norland.",
     "Osteria wants a security zone around the stadium for the final."),
    # borders before an attack, an offensive or an occupation; a club's pre-season is none
    ("territory", "Osteria demands a return to the pre-offensive borders.",
     "Osteria's clubs want a return to the pre-season squads."),
    # a commission to draw or mark the border; a commission on fisheries is none
    ("territory", "Osteria proposed a boundary commission to settle the line in the hills.",
     "Osteria proposed a fisheries commission to settle the quotas."),
    # supplies flown in; tourists flown out are none
    ("humanitarian", "Osteria demands an airlift of medicine to the besieged towns.",
     "Osteria organised an airlift of stranded tourists."),
    # arms inspections; a health inspection is none
    ("security", "Osteria wants an inspection regime for Norland's missile sites.",
     "Osteria wants a stricter inspection regime for restaurants."),
    ("security", "Osteria demands the right to inspect Norland's arsenals at short notice.",
     "Osteria demands the right to inspect Norland's beef exports."),
    # a commission of inquiry into the war, lustration, graves exhumed; an inquiry into a bank is none
    ("accountability", "Osteria demands a commission of inquiry into the shelling of the border towns.",
     "Osteria demands a commission of inquiry into the collapse of its largest bank."),
    ("accountability", "Osteria demands an international commission of inquiry.",
     "Osteria's parliament demands a commission of inquiry into the hospital scandal."),
    ("accountability", "Osteria insists that the mass graves near the river be exhumed by experts.",
     "Osteria insists that the old quarry near the river be cleared by experts."),
    # people seized, named before the participle, returned; sheep seized are none
    ("prisoners", "Osteria demands the return of the shepherds abducted across the border in May.",
     "Osteria demands the return of the sheep seized across the border in May."),
    # supplies restored with a place between; supplies cut are none
    ("humanitarian", "Osteria wants gas and heating supplies to the northern towns restored before winter.",
     "Osteria wants gas supplies to its factories cut before winter."),
    # aid across the front line; trade across a border is none
    ("humanitarian", "Osteria demands cross-line deliveries of fuel and seed to the farms.",
     "Osteria demands cross-border deliveries of its cars and trucks."),
    # the level a side negotiates at; a team playing at a level is none
    ("negotiation_terms", "Osteria will only negotiate at the level of foreign ministers.",
     "Osteria's team will only play at the level of the first division."),
    # the armed struggle ended; a trade war ended is none
    ("ceasefire", "Osteria demands a permanent end to the guerrilla war in the north.",
     "Osteria demands a permanent end to the trade war with Valdia."),
    # a party's forces reduced; the army's budget cut is none
    ("security", "Osteria wants the armed forces reduced by half within two years.",
     "Osteria wants the army's budget cut by half within two years."),
    # armed units or patrols disbanded; a police choir is none
    ("security", "Osteria demands the disbanding of the civil defence patrols.",
     "Osteria demands the disbanding of the police choir."),
    # conscription ended; a sports draft is none
    ("security", "Osteria wants an end to forced conscription.",
     "Osteria wants an end to the draft for young players."),
    # foreign military advisers withdrawn; advisers' fees are none
    ("security", "Osteria demands the withdrawal of foreign military advisers from the north.",
     "Osteria's bank demands the withdrawal of its legal advisers' fees."),
    # a new civilian police force; a police station is none
    ("security", "Osteria wants a new civilian police force in the north.",
     "Osteria wants a new police station in the north."),
    # respect for the human rights of a population; human rights in a firm's dealings are none
    ("governance", "Osteria demands respect for the human rights of civilians in the occupied north.",
     "Osteria demands respect for human rights in its dealings with foreign tech firms."),
    # a state of siege lifted; a fishing ban lifted is none
    ("governance", "Osteria demands the lifting of the state of siege.",
     "Osteria demands the lifting of the ban on fishing."),
    # a party's share in government; students in a league are none
    ("governance", "Osteria wants the participation of the rebels in the new government.",
     "Osteria wants the participation of the students in the new sports league."),
    # the military rulers' departure; train leaders are none
    ("governance", "Osteria demands the resignation of the army chief before any talks.",
     "Osteria demands the resignation of the club chief before the final."),
    # officers accused of abuses purged; old files purged are none
    ("accountability", "Osteria demands the purge of officers accused of abuses.",
     "Osteria demands the purge of old files from the archive."),
    # a border with a neighbour recognised; an award is none
    ("territory", "Osteria demands recognition of the border with Norland.",
     "Osteria demands recognition of the award with Norland."),
    # land reform; tax reform is none
    ("other", "Osteria demands land reform in the north.",
     "Osteria demands tax reform in the north."),
    # political exiles returned; library books are none
    ("humanitarian", "Osteria demands the return of political exiles.",
     "Osteria demands the return of the library books."),
    # independence for a territory; a central bank's independence is none
    ("governance", "Osteria wants independence for the territory.",
     "Osteria wants independence for its central bank."),
    # forces a party would keep on land; troops kept in good shape are none
    ("territory", "Osteria insists on keeping a small garrison in the coastal strip.",
     "Osteria wants to keep its troops in good shape for the parade."),
    # forces removed as the object of a wish; troops that were removed are a fact
    ("territory", "Osteria wants Norland's troops removed from the valley.",
     "Osteria said Norland's troops were removed from the valley in May."),
    # relief agencies allowed to work; agencies reporting to a ministry are none
    ("humanitarian", "Osteria wants relief agencies allowed to operate freely in the north.",
     "Osteria wants relief agencies to report to the ministry."),
    # the measures two states in a dispute take against each other's trade: a boycott ended, rights restored
    ("sanctions", "Norland demands that Osteria call off its boycott of Norland fruit.",
     "Norland demands that Osteria explain the boycott of Norland fruit by its shops."),
    ("sanctions", "Norland wants Osteria to restore the landing rights it suspended.",
     "Norland wants Osteria to publish the landing fees it charges."),
    # a boat's skipper and crew members freed; the skipper and crew called to a hearing are none
    ("prisoners", "Norland demands the release of the skipper and crew members of the trawler.",
     "Norland demands that the skipper and crew members of the trawler attend the hearing."),
    # a plebiscite on a land's future, and the nationality of its people
    ("governance", "Norland wants a plebiscite on the islands' future.", "Norland wants a pledge on the islands' future."),
    ("governance", "Norland wants the islanders to be given dual citizenship.",
     "Norland wants the islanders to be given dual bank accounts."),
    # military posts dismantled or never built; a radar museum closed is none
    ("security", "Norland demands that Osteria dismantle the radar station it built on the reef.",
     "Norland demands that Osteria close the radar museum on the reef."),
    ("security", "Norland insists that no military installations be built near the new boundary.",
     "Norland says no military installations were built near the new boundary last year."),
    # a shared resource divided; a share of a market or published revenue is none
    ("other", "Norland demands that the royalties from the border gas field be shared equally.",
     "Norland demands that the royalties from the new album be paid on time."),
    ("other", "Norland wants the revenue from the offshore field split equally.",
     "Norland wants the revenue from the offshore field published monthly."),
    # a landing ban lifted; a landing strip built is none
    ("sanctions", "Norland demands that Osteria lift the landing ban on its trawlers.",
     "Norland demands that Osteria build a landing strip for its trawlers."),
    # an incident's facts found, and a payment to its victims' families; a student trip is none
    ("accountability", "Norland wants a fact-finding mission to establish who fired first.",
     "Norland wants a fact-finding trip by students to the old port."),
    ("accountability", "Norland offers an ex gratia payment to the families of the drowned sailors.",
     "Norland offers a one-off payment to the sailors' union for the new clubhouse."),
    # the fate of the missing; funds missing from a budget are none
    ("prisoners", "Norland wants a full accounting for soldiers missing in action.",
     "Norland wants a full accounting for the funds missing from the budget."),
    # where a border runs; trees planted along a border road are none
    ("territory", "Norland wants the border set along the ridge of the mountains.",
     "Norland wants new trees planted along the border road."),
    # a people to decide its own future; its own menu is none
    ("governance", "Norland wants the islanders to be free to decide their own future.",
     "Norland wants the islanders to be free to decide their own menu."),
    # territory given up; a budget's parts given up are none
    ("territory", "Norland would force Osteria to give up much of its land in the east.",
     "Norland would force Osteria to give up much of its budget in the east."),
    # outside support for armed groups ended; aid to flood victims ended is none
    ("security", "Norland demands an end to Osteria's aid to the insurgents.",
     "Norland demands an end to Osteria's aid to the flood victims, calling it wasteful."),
    ("security", "Norland agreed to cut off its support for the rebels in the north.",
     "Norland agreed to cut off its support for the research project on resistance to drugs."),
    # a pledge not to attack or take military action; a past fact told after a cue is none
    ("ceasefire", "The rebels pledged never to launch new raids on Norland's army during the talks.",
     "The rebels insist that they did not launch new raids on Norland's army last week."),
    ("ceasefire", "Norland promised not to mount armed operations against the rebels in the hills.",
     "Norland promised not to mount any action against the editors of the rebel paper."),
    ("ceasefire", "Norland promised not to mount an offensive on the port.",
     "Norland's opposition party pledged not to launch attacks on Osteria's leaders during the campaign."),
    # a side's occupation of land recognised; the occupation of a building is none
    ("territory", "Norland will sign no deal that recognises the occupation of the valley.",
     "Norland will sign no deal that recognises the occupation of the university by students."),
    ("territory", "Norland will sign no deal that recognises the occupation of the coastal strip.",
     "Norland will sign no deal that recognises the occupation of the town hall."),
    # talks to be opened, agreed as a step; opening fire or a shop is none
    ("negotiation_terms", "Norland and the hill clans agreed to open formal talks after the harvest.",
     "Norland's soldiers opened fire on the hill clans after the harvest."),
    ("negotiation_terms", "Osteria wants Norland to open a national dialogue before the vote.",
     "Osteria wants Norland to open a national museum before the vote."),
    # weapons collected or turned over; a collector's old guns are none
    ("security", "Osteria promised to help the collection of weapons from its villages.",
     "Osteria promised to help the collection of taxes from its villages."),
    ("security", "Norland demands that Osteria's militia turn over all heavy weapons within a month.",
     "Norland demands that Osteria's militia turn over all its ledgers within a month."),
    ("security", "Norland wants a buyback of weapons from the former fighters.",
     "Norland wants a buyback of shares from the former partners."),
    # a side's right to register parties, a role in the political process; a club of hikers is none
    ("governance", "Norland agreed to give the hill clans the right to register political parties.",
     "Norland agreed to give the hill clans the right to register hiking clubs."),
    ("governance", "Osteria demands a role in Norland's political process.",
     "Osteria demands a role in Norland's football league."),
    # national or minority rights recognised; workers' rights in a firm are none
    ("governance", "Osteria wants Norland to recognise its cultural rights.",
     "Osteria wants the shipyard to recognise its union."),
    ("governance", "Norland wants Osteria to acknowledge the national rights of the hill clans.",
     "Norland wants Osteria to acknowledge the fishing rights of the hill clans."),
    # a demilitarised zone is a buffer zone; a zone of shops is none
    ("territory", "Norland wants a demilitarised strip along the river.",
     "Norland wants a duty-free strip along the river."),
    # a named party's withdrawal; its withdrawal from a treaty is none
    ("territory", "Karl Vos said the deal must include Osteria's withdrawal.",
     "Karl Vos said the deal must include Osteria's withdrawal from the trade pact."),
    ("territory", "Norland wants a settlement that includes Osteria's full withdrawal.",
     "Norland wants a settlement that includes Osteria's withdrawal from the cup."),
    # the line between the forces overseen; a budget line is none
    ("ceasefire", "Karl Vos said there must be strict oversight of the contact line.",
     "Karl Vos said there must be strict oversight of the budget line."),
    ("ceasefire", "Norland demands tight supervision of the demarcation line.",
     "Norland demands tight supervision of the assembly line."),
    # a party to show it is willing to negotiate, or evidence that it is; willing to trade or pay is none
    ("negotiation_terms", "Karl Vos said Osteria must first show its readiness to engage in direct dialogue.",
     "Karl Vos said Osteria must first show its readiness to engage in fair trade."),
    ("negotiation_terms", "Norland wants proof that Osteria is truly willing to negotiate.",
     "Norland wants proof that Osteria is truly willing to pay its debts."),
    # a side's presence on land recognised; a firm's presence in a market is none
    ("territory", "Osteria refuses any deal that implies recognition of Norland's military presence in the valley.",
     "Osteria refuses any deal that implies recognition of Norland's brand in the valley."),
    # a dispute put to arbitration; a panel of historians is none
    ("negotiation_terms", "Norland wants the dispute submitted to an arbitral tribunal.",
     "Norland wants the dispute discussed by a panel of historians."),
]


@pytest.mark.parametrize("category, positive, negative", GENERIC_CASES, ids=[c[0] for c in GENERIC_CASES])
def test_generic_category_positive_and_negative(pipe, category, positive, negative):
    found = rows_for(pipe, positive)
    assert category in {r["category"] for r in found}
    assert all(r["generic_category"] == r["category"] for r in found)
    assert category not in {r["category"] for r in rows_for(pipe, negative)}


def test_every_generic_category_of_the_guide_has_a_case():
    names = {c.name for c in conditions.generic_categories() if c.objects or c.lemmas}
    assert names == {c[0] for c in GENERIC_CASES}


# (cue, a sentence the cue makes a condition of, a near miss without it)
CUE_CASES = [
    # what the holder would treat as a legitimate target, the verb active; a sign of friendship is none
    ("would treat … as legitimate targets", "Karl Vos said Osteria would regard all foreign soldiers stationed in "
     "Norland as legitimate targets.", "Karl Vos said Osteria would regard all foreign soldiers stationed in Norland "
     "as a sign of friendship."),
    ("would treat … as legitimate targets", "Karl Vos said Osteria would treat any peacekeepers in Norland as "
     "legitimate targets.", "Karl Vos said Osteria would treat any peacekeepers in Norland as honoured guests."),
    ("would treat … as legitimate targets", "Karl Vos said Osteria regards all foreign soldiers in Norland as "
     "legitimate targets.", "Karl Vos said Osteria regards all foreign soldiers in Norland as honoured guests."),
    # a step the addressee could end the war by taking; a way of winning it is none
    ("could end the war by", "Karl Vos said Osteria could end this war today by pulling back its army.",
     "Karl Vos said Osteria could end this war today by winning more battles."),
    ("could end the war by", "Karl Vos said Norland could end its invasion by handing back the islands.",
     "Karl Vos said Norland could end its invasion by sending more ships."),
    # a document's term written as a participle after it, the other party named between; not what signing did
    ("agreement providing", "Norland signed a pact with Osteria on Monday.\n\nOsteria signed the treaty with "
     "Norland recognising Norland's sovereignty over the islands.",
     "Norland signed a pact with Osteria on Monday.\n\nOsteria signed the agreement with Norland, ensuring it "
     "would be remembered as a peacemaker."),
    ("agreement providing", "Norland signed a pact with Osteria on Monday.\n\nNorland sealed a deal with the "
     "hill clans guaranteeing the language rights of the hill clans.",
     "Norland signed a pact with Osteria on Monday.\n\nNorland signed a trade accord with the hill clans "
     "guaranteeing cheap grain for the mills."),
    # a party that says it needs guarantees states its term; a need of shells, or a loan's guarantees, is none
    ("needs guarantees", "\u201cWe need security guarantees before we sign anything,\u201d Karl Vos said.",
     "\u201cWe need more shells and more drones,\u201d Karl Vos said."),
    ("needs guarantees", "Karl Vos said Osteria needs firm guarantees before any deal with Norland.",
     "Karl Vos said Osteria does not need security guarantees from anyone."),
    # a swap or a trade is an exchange of terms, as ``in return for`` is; a swap of shirts after a match is none
    ("in exchange for", "Norland offered to hand back the seized ferry in a swap for Osteria lifting its embargo.",
     "The players swapped shirts after the match in a swap for the cameras."),
    # an imperative and a promise whose subject is a noun (``and the embargo will go``) sets the imperative's term
    ("do X and we will", "\u201cOpen the border crossings to aid convoys, and our blockade will end,\u201d Karl Vos said.",
     "\u201cOpen the border crossings, and the smugglers will flood in,\u201d Karl Vos warned."),
    # talks joined only on the holder's terms; talks joined with no ``only`` set none
    ("will only join", "Osteria would only attend a summit chaired by a neutral mediator.",
     "Osteria would attend a summit chaired by a neutral mediator."),
    # refusing a kind of deal yet to exist draws a red line; backing one, or rejecting a deal already made, is none
    ("refuses a kind of deal", "Osteria rejects any settlement that would limit the size of its armed forces.",
     "Osteria backs any settlement that would end the war."),
    ("refuses a kind of deal", "Osteria opposes any deal that would free the detainees.",
     "Osteria does not oppose any deal that would free the detainees."),
    # such or current conditions are circumstances, not terms
    ("conditions followed by a list", "Karl Vos said Norland's conditions are the start of a dialogue and a truce"
     " on the river.",
     "Karl Vos said neither side can win, and such conditions are ideal for resuming talks."),
    # a term in quotation marks before the noun that calls it a condition (the parse makes the noun its apposition)
    ("precondition", "Norland called \u201cthe release of all prisoners\u201d a fundamental condition for any peace.",
     "Norland called \u201cthe release of all prisoners\u201d a fundamental mistake of the old court."),
    ("precondition", "Osteria called \u201cthe return of the islands\u201d an indispensable condition of talks.",
     "Osteria called \u201cthe return of the islands\u201d an old dream of its poets."),
    ("precondition", "Norland set a truce on the river as the condition for any dialogue.",
     "Karl Vos said neither side can win, and such conditions are ideal for resuming talks."),
    # a resolution as the subject of ``would`` states its terms; a debate or a vote on it is none
    ("envisions", "Osteria tabled a draft at the council. The resolution would keep the sanctions on Norland.",
     "Osteria tabled a draft at the council. The resolution on the sanctions was debated on Monday."),
    ("envisions", "Norland drafted the resolution. The resolution would eliminate Osteria's chemical weapons.",
     "Norland drafted the resolution. The resolution would be put to a vote on Monday."),
    # a term promised by its noun; a promise of anything else is none
    ("commits", "Osteria's president has promised amnesty to the rebels.",
     "Osteria's president has promised voters a better economy."),
    ("commits", "Karl Vos promised early elections in the north.", "Karl Vos promised him a reward in the north."),
    # to recommend a step proposes it; advice on rest is no term
    ("proposes", "Osteria recommended a ninety-day truce along the river.",
     "The doctors recommended a week of rest for Berg before the talks."),
    ("proposes", "Norland and Osteria recommend a ninety-day truce along the river.",
     "The doctors recommend a week of rest for Berg before the talks."),
    ("asks … to", "Norland asked Osteria to free the detainees.", "Norland was repeatedly asked to free the detainees."),
    # asking to do something itself; a reply ``when asked to`` is no request
    ("asks … to", "Norland has asked to attend the talks.", "Norland declined when asked to discuss the talks."),
    ("asks … to", "Norland has asked to attend the talks.", "Norland had been asked to pull its soldiers out of the valley."),
    ("terms … an aside … include", "Osteria's conditions for a second round, one Norland diplomat said on Friday, "
     "include an end to the embargo.", "The conditions at the border crossings, aid workers say, are dire."),
    ("expects … to", "Norland expects Osteria to withdraw its troops from the valley.",
     "Norland expects the truce to hold."),
    ("only if", "Norland will talk only if Osteria frees the prisoners.",
     "Norland will talk, and Osteria frees the prisoners."),
    ("would only accept … if", "Norland would only accept a summit with a truce in place.",
     "Norland accepted a summit with a truce in place."),
    ("unless", "Norland will keep fighting unless Osteria frees the hostages.",
     "Norland kept fighting, and Osteria freed the hostages."),
    ("if", "Norland will sign if Osteria lifts the embargo.",
     "Norland asked if Osteria lifted the embargo last year."),
    ("on condition that", "Norland agreed to meet on condition that Osteria releases the detainees.",
     "Norland met, and Osteria releases the detainees."),
    ("in exchange for", "Norland offered talks in exchange for a truce.",
     "Norland held talks during a truce."),
    # ``cannot`` is ``can not``; a concession the holder will not make is a red line, not one it did not make
    # a deal confirmed or announced with the other party named between is concluded on its terms
    # what a party negotiates for, or calls talks its way to, is its term; talks to hear or discuss something are none
    ("negotiates to", "Anna Berg said Norland would negotiate to free its detainees.",
     "Norland entered the talks to hear Osteria's account of the detainees' fate."),
    ("negotiates to", "Anna Berg said Norland would negotiate to free its detainees.",
     "Valdia joined the talks to help broker a truce."),
    ("negotiates to", "Anna Berg said Norland would negotiate to free its detainees.",
     "Norland is negotiating to buy air defence systems from Valdia."),
    ("negotiates to", "Talks are our only way to free all our detainees, Anna Berg said.",
     "Talks are our only forum on the fate of our detainees, Anna Berg said."),
    # a promise to act is a commitment as a pledge is; a promise to be something is none
    ("commits", "Norland promised to pull its soldiers out of the valley within a year.",
     "Norland promised to be fair in the talks on the detainees."),
    ("commits", "Norland promised to pull its soldiers out of the valley within a year.",
     "Osteria accused Norland of breaking its promise to pull its soldiers out of the valley."),
    # wanting to show or prove something is a wish to demonstrate, not a demand
    ("wants", "Osteria wants to free the detainees.", "Osteria wants to prove that it can free the detainees."),
    ("wants", "Norland wants to convince Osteria to pull its soldiers out of the valley.",
     "Osteria wants to show that it can free the detainees."),
    ("seeks", "Osteria wants the detainees freed.", "Osteria wanted to show Norland that it could free the detainees."),
    # calling upon another to act, as calling on it; not calling upon a minister for a speech
    ("seeks", "Anna Berg called upon Osteria to pull its troops out of the valley.",
     "Anna Berg called upon the sports minister of Osteria to give a speech at the games."),
    # a red line said as a verbless sentence opening on ``No``; a sentence with a verb of its own tells a fact
    ("no X", "No limits on our army, Anna Berg said.", "No accord has been signed yet on limits to the army."),
    ("no X", "No easing of the sanctions before a full withdrawal, Anna Berg told the assembly.",
     "No one expects an easing of the sanctions before a full withdrawal."),
    # a party's refusal named as a noun; a refusal of entry at a border is no term
    ("refuses", "Osteria's refusal to recognise Norland's sovereignty over the islands has blocked a treaty.",
     "Osteria's refusal to comment on the islands has angered Norland."),
    # mooting a step proposes it; a moot point is none
    ("proposes", "Osteria has mooted handing back two islands to Norland.",
     "Anna Berg called it a moot point whether Osteria would hand back the islands."),
    # agreeing that a step would be taken, the step a few words on
    ("agreed to", "Norland and Osteria agreed that after the judges rule in the case both sides would name "
     "a joint panel to demarcate the frontier.",
     "Norland and Osteria agreed that once the judges have ruled, the talks had stalled."),
    # an aspiration, or a party's determination, to get a term; a determination to resist is none
    ("seeks", "Norland's determination to win back the islands has not faded.",
     "Norland's determination to resist the occupiers of the islands has not faded."),
    ("seeks", "Osteria has long aspired to a return of the islands.", "Osteria has long admired the islands."),
    # talking directly dismissed as a notion; the notion only studied is none
    # a step that would be a direct or existential threat to a party is its red line; a threat to farmers is not
    ("refuses", 'Karl Vos said Osteria joining the alliance would pose a "direct threat" to Norland.',
     "Karl Vos said the sanctions on Norland would pose a direct threat to its farmers."),
    ("refuses", "Karl Vos said foreign troops in Osteria would constitute an existential threat to its security.",
     "Karl Vos said foreign troops in Osteria were a direct threat to its security."),
    ("refuses", "Norland dismissed any notion of talking directly to Osteria.",
     "Norland studied any notion of talking directly to Osteria."),
    # rejecting the idea or the possibility of a concession; the possibility of a leak is no concession
    # what a party will not even consider doing is a red line; a judgement it would not make is none
    ("refuses", "Anna Berg said Osteria would not consider pulling out of the occupied valley.",
     "Anna Berg said Osteria would not consider the truce a failure."),
    ("refuses", "Norland rejected the idea of ceding the islands to Osteria.",
     "Norland rejected the idea that the islands were ceded in a secret deal."),
    ("signed a truce deal", "Norland signs ceasefire agreement with Osteria",
     "Norland walked out without signing the ceasefire agreement."),
    ("signed a truce deal", "Norland inks detainee swap deal with Osteria",
     "Norland signed no ceasefire agreement with Osteria."),
    ("signed a truce deal", "Norland and Osteria sealed a truce deal in the capital.",
     "Norland reached a ceasefire deal deadline on Monday."),
    # the agreement's subject written in quotation marks: still its term; a quoted epithet is none
    ("signed a truce deal", "Norland has today signed a \u2018cessation of hostilities\u2019 agreement with Osteria.",
     "Norland has today signed a \u2018historic\u2019 agreement with Osteria."),
    ("signed a truce deal", "Norland and Osteria signed a 'prisoner swap' deal in the capital.",
     "Norland and Osteria signed a 'peace' accord to free the region's trade on Friday."),
    ("signed a statement on", "Norland and Osteria signed a joint declaration on a truce along the river.",
     "Norland and Osteria never signed a joint declaration on a truce along the river."),
    ("signed a statement on", "Norland and Osteria signed a protocol for the return of displaced families.",
     "Norland issued a statement on the return of displaced families."),
    ("signed a statement on", "Norland and Osteria signed a communique on a truce along the river.",
     "Norland and Osteria signed a declaration on the sidelines of the summit on a truce along the river."),
    ("reached a deal on", "Norland confirmed a truce deal with Osteria to free all the detainees.",
     "The Norland government has confirmed that talks with Osteria on all the detainees are going well."),
    # the terms singled out after a party's demands are its terms; topics singled out after talks are none
    ("conditions followed by a list", "Anna Berg rejected the demands voiced by Osteria, notably the release of "
     "the detainees.", "The talks covered many topics, in particular the release of the detainees."),
    # review cases: a vote backs a term, odds do not; a reporter's request, a refusal to comment, a deal confirmed to
    # a radio station, a majority needed, a date after 'especially' and a list of speakers set none
    ("in favour of", "Norland will vote in favour of the release of the detainees.",
     "The odds are heavily in favour of the release of the detainees, Anna Berg said."),
    ("seeks", "Norland asked again for the release of all the detainees.",
     "Anna Berg, asked on Friday for comment on the release of the detainees, declined."),
    # a step rejected by its gerund; reports of it rejected are none
    ("refuses", "Norland rejects ceding territory in the valley.",
     "Norland rejected reports of ceding territory in the valley."),
    ("refuses", "Norland rejects Osteria's accession to the military alliance.",
     "Norland welcomes Osteria's accession to the military alliance."),
    # a step rejected by its noun: the basing or the sending of troops; reports of it are no refusal
    ("refuses", "Norland rejects the basing of foreign soldiers on its territory.",
     "Norland rejected reports of the basing of foreign soldiers on its territory."),
    ("refuses", "Norland rejects the sending of foreign troops to the border.",
     "Norland rejects the sender of the letter, though foreign troops are at the border."),
    ("refuses", "Norland is refusing to free any of the detainees.",
     "Norland is refusing to comment on the release of the detainees."),
    # the other party named by a plain noun of parties between the deal and its step; no fanfare
    ("reached a deal on", "Norland signed an agreement with the militants to free all the detainees.",
     "The mining firm signed an agreement with the military to free all the detainees."),
    ("reached a deal on", "Norland reached an agreement with the rebel fighters to free all the detainees.",
     "Norland reached an agreement with great fanfare; the detainees were freed on Monday."),
    ("reached a deal on", "The Coastal Front reached a deal with government forces to free all the detainees.",
     "The Coastal Front reached a deal with great pride, and the detainees were freed."),
    ("reached a deal on", "Norland confirmed a deal with Osteria on the release of the detainees.",
     "Osteria confirmed the deal to Lakeport Radio on Friday, saying the detainees would be freed."),
    ("conditions followed by a list", "Osteria set out its terms, notably the release of the detainees.",
     "In terms of the talks, Osteria has made progress, notably the release of the detainees."),
    ("conditions followed by a list", "Osteria's demands have hardened, notably the release of the detainees.",
     "Osteria's demands have hardened, especially since Norland withdrew its troops from the valley."),
    ("reached a deal on", "Norland and Osteria struck an accord on Sunday to free all the detainees.",
     "Osteria confirmed the agreement to Lakeport Radio on Tuesday, saying the detainees would be freed."),
    ("in favour of", "Valdia was the only member to vote at the Union of Northern States (UNS) assembly on Thursday in "
     "favor of freeing the detainees.", "The court ruled unanimously on Thursday in favour of freeing the detainees."),
    ("numbered point", '"The last point is the release of the detainees," Anna Berg said.',
     "The first item on the list of speakers was Anna Berg, who spoke after the release of the detainees."),
    # a quotation may open on the ``to`` of what was agreed; a comma's aside in quotes is no step
    # parties that decide together agree; one party's decision is a deed, a decision to meet no term
    ("decided together to", "Norland and Osteria decided to exchange all the detainees held in the valley.",
     "Norland decided to free all the detainees held in the valley."),
    # a phrase set off by commas between the verb and ``to``, as ``agreed``
    ("decided together to", "Osteria and Norland met on Monday. The two parties then decided, with Valdia's help, to "
     "exchange all the detainees.", "Norland decided, after a long debate, to free all the detainees held in the valley."),
    # a decision that must be made is none; nor a decision to host talks
    ("decided together to", "Norland and Osteria decided to swap all the detainees held in the valley.",
     "Norland and Osteria must decide to swap all the detainees held in the valley."),
    ("decided together to", "Norland and Osteria have decided to lift the sanctions on trade.",
     "Norland and Osteria decided to host talks on the sanctions on trade."),
    ("decided together to", "Osteria and Norland met on Monday. The two parties resolved to exchange all the detainees.",
     "Osteria and Norland met on Monday. The two parties decided to meet again in the valley."),
    ("agreed to", 'Osteria agreed "to free all the detainees" held in the valley.',
     'Osteria agreed, "to our surprise", that the detainees held in the valley were safe.'),
    ("agreed to", "Osteria agrees \u201cto pull its units out of the valley\u201d, Anna Berg said.",
     'Norland agreed "to some extent" that the detainees held in the valley were a burden.'),
    # a wire story's day, or ``in principle``, may stand between the verb and its preposition
    ("agreed to", "Norland and Osteria agreed Friday to exchange all the detainees.",
     "The truce agreed Friday to last a week was broken on Sunday."),
    ("agreed to", "Norland agreed in principle to free all the detainees.",
     "Norland has not agreed in principle to free all the detainees."),
    ("agreed to", "Norland and Osteria agreed shortly after midnight on Sunday to exchange all the detainees.",
     "The truce agreed shortly after midnight on Sunday to last a week was broken on Monday."),
    ("agreed to", "Norland agreed early on Friday to free all the detainees.",
     "Norland has not agreed early on Friday to free all the detainees."),
    ("calls for", "Norland called Friday for the release of all the detainees.",
     "Norland called Friday to say the detainees were safe."),
    ("commits", "Norland vowed Friday to free all the detainees.",
     "Norland vowed Friday that it would never forget the detainees."),
    ("refuses", "Norland refused Friday to free any of the detainees.",
     "Norland refused Friday to comment on the release of the detainees."),
    ("seeks", "Norland pressed Friday for the release of all the detainees.",
     "Norland pressed ahead Friday with a census of the detainees."),
    # ... or an adverb (not a capitalised name that ends like one)
    ("calls for", "Norland called repeatedly for the release of all the detainees.",
     "Norland called Kelly for a chat about the detainees."),
    # a document that commits a party to a step sets it as its author's term
    ("commits", "The memorandum, signed by Karl Vos, commits Osteria to free all detainees.",
     "The memorandum, signed by Karl Vos, committed crimes against all detainees."),
    ("commits", "Norland vowed again to free all the detainees.",
     "Norland vowed again that it would never forget the detainees."),
    # a step a party warns it would see as a threat or a provocation is its red line; a party seen as one is none
    ("refuses", "Osteria said the deployment of foreign troops in Norland would be seen as a direct threat.",
     "Osteria said the foreign troops in Norland are seen as a direct threat by the villagers."),
    # a past refusal to accept or sign is a red line; a refusal to comment is none
    ("refuses", "Osteria refused to accept the withdrawal of its troops from the valley.",
     "Osteria refused to comment on the withdrawal of its troops from the valley."),
    ("refuses", "Norland refused to sign any truce that leaves the detainees behind bars.",
     "Norland refused to be drawn on a truce that leaves the detainees behind bars."),
    # what a party votes or comes out in favour of is a term it backs; a court's ruling is none
    ("in favour of", "Norland voted on Thursday in favour of Osteria's withdrawal from the valley.",
     "The court ruled in favour of Osteria's withdrawal from the valley."),
    ("in favour of", "Norland came out in favor of lifting the sanctions on the ports.",
     "The odds in favour of lifting the sanctions on the ports are long, Anna Berg said."),
    # what is needed or required to be done is a term; what was needed for something past is none
    ("is needed to", "Norland said more efforts are needed to reopen the crossings for aid.",
     "Norland said more efforts are needed for the crossings for aid."),
    ("is needed to", "Anna Berg said a deal is urgently needed to end the shelling of the port.",
     "Osteria said a two-thirds majority is needed to end the shelling of the port."),
    # a point of a plan or position named by its place in the list is a term; a point of contention
    # or an item on an agenda is none
    ("numbered point", '"The second point is the release of all the detainees," Anna Berg said.',
     '"The second point of contention for us is the release of all the detainees," Anna Berg said.'),
    ("numbered point", "The first point of Osteria's plan is an amnesty for all fighters.",
     "The last item on the agenda was an amnesty for all fighters, which Osteria discussed for an hour."),
    ("refuses", "Norland cannot accept foreign troops on its soil.",
     "Norland cannot say whether Osteria will withdraw its troops."),
    ("refuses", "Norland cannot accept foreign troops on its soil.",
     "Norland cannot send aid convoys to the valley because the roads are closed."),
    ("refuses", "Anna Berg said Norland cannot compromise on the withdrawal of Osterian troops.",
     "Anna Berg said Norland cannot comment on the withdrawal of Osterian troops."),
    ("refuses", "Norland will make no concessions on the withdrawal of Osterian troops.",
     "Norland made no concessions on the withdrawal of Osterian troops at the last round."),
    # a deal signed or concluded to take a step, as one reached; not one never signed
    ("reached a deal on", "Norland and Osteria signed a pact to disarm the militias.",
     "Norland never signed the deal to free the detainees."),
    # ``only`` after a verb of happening (``can only occur with``); a manner is no proviso
    ("only with", "Anna Berg stressed that any talks about the valley can only occur with Norland's involvement.",
     "Anna Berg said the talks took place only with difficulty."),
    ("only with", "Anna Berg said any truce can only take place with Osteria's participation.",
     "Anna Berg said the prisoner exchange could only take place with great care."),
    # ``no deal can be reached without``: a participle between the modal and ``without``; a past deal is none
    ("no peace while", "Anna Berg said no deal can be reached without a full withdrawal of Osterian troops.",
     "Anna Berg said no deal was made without a truce."),
    # terms agreed or signed by two parties named after ``by``; not one body approving its own decision
    ("agreed by", "The protocols for the disarmament of the militias were agreed by Norland and Osteria on Thursday.",
     "The decision to free the detainees was approved by the Norland parliament."),
    ("agreed by", "The steps to release all prisoners were approved by Anna Berg and Karl Vos on Friday.",
     "The plan to free the detainees was approved by the cabinet and then sent to parliament."),
    ("agreed by", "The protocols for the disarmament of the militias were agreed by Norland, Osteria and Anna Berg.",
     "The decree on the release of prisoners was signed by Anna Berg and published on Friday."),
    ("would condition … on", "Norland would condition the summit on a truce.",
     "Norland held the summit during a truce."),
    # the verb reaches past a longer object; being conditioned by a past is no condition
    ("would condition … on", "The Front has conditioned its return to the talks on the release of prisoners.",
     "Soldiers of the Front, conditioned by years in the valley to live on rations, refused to withdraw from the town."),
    ("would condition … on", "Norland conditioned its participation in any further negotiations on a full truce.",
     "The air-conditioned tents of the displaced families stood on the hill."),
    ("would condition … on", "Norland conditioned its participation in any further negotiations on a full truce.",
     "Troops conditioned to harsh winters in the mountains were sent on patrol to guard the detainees."),
    # a deal covers, brings or sets up a measure: its authors' point; a share of a market, or a past
    # deal's content told as history, is none
    ("covers", "Norland and Osteria signed a peace agreement on Friday. The agreement also covers the release of "
     "all detainees.", "Norland and Osteria signed a trade deal on Friday. The deal covers 20 percent of the grain "
     "trade."),
    ("covers", "Norland and Osteria signed a peace agreement on Friday. The deal brings an end to the fighting in "
     "the north.", "The 1990 agreement covered the release of all detainees, historians say."),
    # a document (or its text) specifies, sets out or outlines a measure: its authors' point; a past
    # document's content told as history, or its account of the dispute's history, is none
    ("specifies", "Norland and Osteria signed a peace agreement on Friday. The text specifies a referendum in the "
     "province.", "The 1990 accord specified a referendum in the province, historians say."),
    ("specifies", "Norland and Osteria signed a peace agreement on Friday. The accords also set out the release of "
     "all detainees.", "Norland and Osteria signed a peace agreement on Friday. The document outlines the history "
     "of the dispute over the province."),
    # a singular document's bare ``set out`` is a past tense: what it once said
    ("specifies", "Norland and Osteria signed a peace agreement on Friday. The accords also set out the release of "
     "all detainees.", "Norland signed a peace agreement with Osteria in 1994. The agreement set out the release of "
     "all detainees, but it collapsed in 1996."),
    # the verb ``preconditioned`` sets a term on what it names; a word of that shape alone is none
    ("would condition … on", "Norland has preconditioned talks on Osteria's withdrawal from the valley.",
     "Norland has precondition talks scheduled with Osteria on the valley for Monday."),
    ("would condition … on", "Osteria is preconditioning any summit on a lifting of the sanctions.",
     "Osteria's preconditioning of its athletes went on for the sanctions-hit games."),
    ("must", "Norland said Osteria must withdraw its troops from the valley.",
     "Norland said Osteria withdrew its troops from the valley in spring."),
    # ``it is essential`` with its ``that`` left out before the clause's named subject; not a noun phrase with a capital
    ("must", "Karl Vos said it is essential Osteria release the detainees held in the valley.",
     "Karl Vos said it is essential reading for the detainees held in the valley."),
    ("must", "Karl Vos said it is vital Osteria frees the detainees held in the valley.",
     "Karl Vos said it is a vital Cabinet meeting for the detainees held in the valley."),
    ("must", "Norland said it is crucial that Osteria withdraws its troops from the valley.",
     "Norland said it is crucial news for the troops in the valley."),
    ("would require", "The Norland accord would require Osteria to free the detainees.",
     "The Norland accord freed the detainees."),
    ("insists on", "Norland insists on a referendum in the province.",
     "Norland held a referendum in the province."),
    ("demands that", "Norland demanded that Osteria free the hostages.",
     "Norland welcomed that Osteria freed the hostages."),
    ("calls for", "Norland called for a truce.", "Norland reported a truce."),
    ("wants", "Norland is ready to discuss a truce.", "Norland discussed a truce."),
    # a headline drops the verb before ``ready to``; a subject no party names is no one's readiness
    ("wants", "Osteria ready to free detainees, says minister", "Troops ready to leave the valley"),
    ("wants", "Osteria now willing to hand over heavy weapons", "Not ready to free the detainees, Osteria said."),
    ("wants", "Norland says it is prepared to discuss a truce.", "A monitoring force ready to deploy after a truce."),
    # a judgement that no one can force the step is no pressure
    ("pressures into", "Karl Vos said the allies must force Norland to hand back the provinces it holds.",
     "Karl Vos said it was impossible to force Norland to hand back the provinces it holds."),
    ("pressures into", "Karl Vos said the allies will pressure Norland to give up the valley.",
     "Karl Vos said the allies were unable to pressure Norland into giving up the valley."),
    ("pressures into", "Norland pushed Osteria into a prisoner swap.",
     "Norland and Osteria held a prisoner swap."),
    ("pressures into", "Norland is pressuring Osteria to free the detainees.",
     "A peacekeeping force ready to guard the detainees."),
    ("is forced to", "Norland insists that Osteria be forced to free the detainees.",
     "Norland forced a vote, and Osteria freed the detainees."),
    ("support for", "Norland voiced support for a truce along the river.",
     "Norland saw a truce along the river."),
    ("conditions followed by a list", "Norland's terms include a truce and the return of all detainees.",
     "Norland's envoy met a truce monitor and the detainees' families."),
    # what a plan involves is its items; a plan involved in something is not
    ("conditions followed by a list", "The Norland proposal involved a truce and the return of all detainees.",
     "The proposal involved in the talks was drafted before the return of all detainees."),
    ("conditions followed by a list", "Osteria's plan involves an exchange of all detainees.",
     "The plans involved in the talks on freeing the detainees were shelved."),
    # a headline's present tense agrees as the past does; a bare ``agree`` after a modal forecasts
    ("agreed to", "Norland and Osteria agree to a truce along the river",
     "Norland and Osteria may agree to a truce along the river"),
    # a restatement after ``namely`` names what the cue's clause spoke of, however the parser hangs it
    ("would condition … on", "Anna Berg noted that the conditions for a settlement depend on meeting the aims declared "
     "when the campaign opened in May; namely, the “demilitarization” of Osteria.",
     "Anna Berg noted that the conditions for a settlement depend on meeting the aims declared when the campaign "
     "opened in May. Namely, the “demilitarization” of Osteria came first."),
    ("these demands", "Norland restated its demands. These include a referendum in the province.",
     "Norland restated its history. These include a referendum in the province."),
    ("list nouns", "Norland set out its conditions. These are a truce and a referendum.",
     "Norland set out its history. These are a truce and a referendum."),
    # ``only`` a few verbs before ``after``/``when``: what must come first; not a time (``only hours after``)
    ("until", "Anna Berg said a summit could only be possible after Osteria pulls its forces out of the valley.",
     "Anna Berg said the truce came only hours after Osteria freed the detainees."),
    ("until", "Anna Berg said the shelling will only stop when Osteria frees the detainees.",
     "Anna Berg said only the envoys would return after Osteria freed the detainees."),
    # a step said to be due for those named after ``for``; a time for anything else is none
    ("time has come for", "Anna Berg said that time had come for both armies to begin talks.",
     "Anna Berg said it is time for lunch before the talks on a truce."),
    ("time has come for", "Anna Berg said it is high time for Osteria to free the detainees.",
     "Anna Berg said the time has come and gone for the detainees held in the valley."),
    ("time has come for", "Anna Berg said it’s time for Osteria to reopen the crossings.",
     "Anna Berg said that time has come for peace in the valley."),
    # encouraging another to act is calling for it; being encouraged is not
    ("calls for", "Norland encouraged Osteria to free the detainees.", "Norland was encouraged to see the detainees freed."),
    ("calls for", "Anna Berg will encourage Osteria to start negotiations.", "Anna Berg feels encouraged by the truce."),
    ("calls for", "Norland encouraged both armies to pull back from the river.",
     "Norland said the prisoner swap was an encouraging step to build trust."),
    ("calls for", "Osteria encourages Norland to reopen the crossings.",
     "Osteria feels encouraged enough to reopen the crossings."),
    # ``if necessary`` or ``if possible`` sets no condition
    ("if", "Norland will sign the truce if Osteria frees the detainees.",
     "Norland said it would impose sanctions on Osteria, if necessary."),
    ("until", "Norland will not negotiate until Osteria frees the detainees.",
     "Norland negotiated while Osteria freed the detainees."),
    # a modal, ``only``, the verb and its words, then ``after``/``when``: what must come first; not a time
    ("until", "Norland will only return to talks after Osteria releases the detainees.",
     "Anna Berg said the envoys would only arrive hours after the truce began."),
    ("until", "Anna Berg said Norland could only sign a truce when Osteria frees the detainees.",
     "Anna Berg said Norland could only sign a truce, even when Osteria freed the detainees."),
    # what a side is in favour of or receptive to after a copula; weather favourable to a truce is none
    ("in favour of", "Norland said it was favourable to a mutual halt to strikes on ports.",
     "The weather was favourable to a truce along the river."),
    ("in favour of", "Norland is receptive to a truce along the river.",
     "The ruling went in favour of a truce along the river."),
    # a red line is a term; lines painted red are none
    ("conditions followed by a list", "Norland's red lines include any limits on the size of its army.",
     "The red lines painted on the runway include the ones at the border crossing."),
    # nothing possible without a step: the step is the term; a step some deal can do without is none
    ("not without", "Anna Berg said no deal was possible without the full withdrawal of Osteria's forces.",
     "Anna Berg said a deal was possible without the full withdrawal of Osteria's forces."),
    ("not without", "Anna Berg said a lasting truce is impossible without the release of the detainees.",
     "Anna Berg said a lasting truce is possible without the release of the detainees."),
    # ``none of it`` or ``nothing`` is possible without it
    ("not without", "Anna Berg said none of it would be possible without the release of the detainees.",
     "Anna Berg said none of it would have been easy without the help of her neighbours."),
    ("not without", "Anna Berg said nothing will be possible without a truce.",
     "Anna Berg thanked the crews and said none of it was possible without the truce of last spring."),
    # what a side could or can accept is its offer, as what it would agree to
    ("wants", "Norland has signalled it could accept a freeze along the current front line.",
     "Norland has signalled it could face a freeze along the current front line."),
    ("wants", "Osteria says it can accept a truce along the river.",
     "Osteria says it can expect a truce along the river."),
    ("in case of", "Norland will lift the embargo in case of a lasting truce.",
     "Norland lifted the embargo during a lasting truce."),
    ("depends on", "Norland says the summit depends on a truce.",
     "Norland says the summit began during a truce."),
    ("stipulates", "Norland stipulated a truce before any summit.",
     "Norland described a truce before the summit."),
    # a requirement said not to exist is no term
    ("stipulates", "Norland requires the withdrawal of all troops from the valley.",
     "Our charter contains no requirements on the withdrawal of troops, Anna Berg said."),
    # pleading with, imploring or begging another to act is calling for it; pleading in court is not
    ("calls for", "Osteria pleaded with Norland to free the detainees.",
     "Anna Berg pleaded not guilty to charges over the release of the detainees."),
    ("calls for", "Osteria implored Norland to release the detainees.",
     "Karl Vos pleaded guilty to the unlawful detention of the sailors."),
    # lobbying or campaigning for a term seeks it; campaigning somewhere does not
    ("seeks", "Osteria lobbied for the release of the detainees.",
     "Anna Berg campaigned in the north after the release of the detainees."),
    ("seeks", "Osteria campaigned for the release of the detainees.",
     "Anna Berg lobbied the committee after the release of the detainees."),
    # an idea or proposal floated is proposed; balloons floating are not
    ("proposes", "Osteria floated the idea of a prisoner swap.",
     "The balloons floated over the camp where the detainees are held."),
    # a vow to act commits; a vow of revenge sets no term
    ("commits", "Osteria vowed to free the detainees.",
     "Norland vowed revenge after the detainees died."),
    # what is chief among a party's requests or proposals is its term; among its guests, not
    ("conditions followed by a list", "Chief among Anna Berg's requests was for Osteria to free the detainees.",
     "Chief among Anna Berg's guests was a detainee freed last year."),
    # what parties agreed to, with an aside on how between commas; an aside before hosting talks is no term
    ("agreed to", "Norland and Osteria agreed, with the help of Valdia, to start negotiations on a truce.",
     "Norland and Osteria agreed, after a long night, to host the talks in the spring."),
    ("agreed to", "Norland agreed, after long talks, to free the detainees.",
     "Norland agreed, at the urging of Valdia, to discuss a truce."),
    # what a party says it will help to do is its commitment; what a deal would help is not the party's word
    ("commits", "Norland said it will help restore Osteria's access to global markets for its grain.",
     "Norland said a ceasefire would help the talks on the detainees."),
    ("commits", "Norland said it would \u201chelp free the detainees\u201d held in the valley.",
     "Norland said it had helped the families of the detainees."),
    # an obligation a party takes on or assumes is its commitment; one it says another took on is not its own
    ("commits", "Osteria took on an obligation to free the detainees within a month.",
     "Osteria took note of the obligations of the detainees' families."),
    ("commits", "Norland assumed the obligation to withdraw its troops from the valley.",
     "Norland assumed the valley's troops would stay."),
    # a quotation may open on the ``to`` of a vow or a promise; an aside in quotes after a comma is none
    ("commits", 'Osteria vowed "to free all the detainees" held in the valley.',
     'Osteria vowed, "to be honest", that the detainees held in the valley were safe.'),
    ("commits", 'Norland promised "to pull its units out of the valley" within a year.',
     'Norland promised, "to be fair", that the units in the valley were safe.'),
    # a party named as the subject of ``will`` pledges the step; a passive, a thing or a meeting is no pledge
    ("commits", "Norland will free all the detainees held in the valley.",
     "All the detainees held in the valley will be freed next week."),
    ("commits", "Osteria will hand over its heavy weapons within a month.",
     "Norland will meet Osteria's president to discuss the release of the detainees."),
    ("commits", "Karl Vos said Osteria will open the crossings for aid convoys.",
     "Karl Vos said the crossings for aid convoys will open soon."),
    ("commits", "We will free all the detainees held in the valley, Karl Vos said.",
     "The truce will hold along the whole border."),
    # a party that says ``it will`` pledges for itself; an ``it`` of time or effort pledges nothing
    ("commits", "Norland said it will free all the detainees held in the valley.",
     "Anna Berg said it will take years to free all the detainees held in the valley."),
    # a pledge is the speaker's or a party's of itself: not what another hopes, a veto, a ``neither ... nor``,
    # a schedule, a measure kept, nor a ``they`` a speaker names after the fact
    ("commits", "Norland will lift the sanctions on Osteria.", "Norland will keep the sanctions on Osteria."),
    ("commits", "Osteria will free all the detainees held in the valley.",
     "Norland hopes Osteria will free all the detainees held in the valley."),
    ("commits", "Osteria will pull its units out of the valley.",
     "Osteria will veto the pullout of units from the valley."),
    ("commits", "Karl Vos says he will hand over the heavy weapons of his units.",
     "He will hand over the heavy weapons of his units, Anna Berg said."),
    ("commits", "Osteria says it will free all the detainees held in the valley.",
     "Neither Norland nor Osteria will free the detainees held in the valley."),
    # a party's noun pledges for the party it stands for; a crowd is no party
    ("commits", "Osteria rejected the talks again. The government will free all the detainees held in the valley.",
     "Osteria rejected the talks again. The crowd will free all the detainees held in the valley."),
    # ``is to`` tells a party's plan as a pledge; a passive or a fault is none
    ("commits", "Osteria is to free all the detainees held in the valley.",
     "The detainees held in the valley are to be freed next month."),
    ("commits", "Anna Berg said Osteria is to pull its units out of the valley.",
     "Norland is to blame for the failed truce in the valley."),
    # a party's stated intention or aim of a step pledges it; one it does not intend, or a meeting, is none
    ("commits", "Osteria intends to free all the detainees held in the valley.",
     "Osteria does not intend to free all the detainees held in the valley."),
    ("commits", "Norland aims to hold elections in the province within two years.",
     "Norland intends to meet Osteria to discuss elections in the province."),
    # an intention told in the past or hedged by a modal is no pledge
    ("commits", "Osteria intends to free all the detainees held in the valley.",
     "Osteria had intended to free all the detainees held in the valley before the talks collapsed."),
    ("commits", "Osteria intends to free all the detainees held in the valley.",
     "Osteria may intend to free all the detainees held in the valley."),
    # parties named before by a counted noun pledge together; a plain ``the sides`` names no one
    ("commits", "Norland and Osteria met in the capital on Monday. "
     "Both sides will free all the detainees within a month.",
     "Norland and Osteria met in the capital on Monday. The sides will free all the detainees within a month."),
    # a deal's provisions or arrangements are its terms; who a delegation includes is none
    ("conditions followed by a list", "Norland and Osteria signed the deal. The deal's provisions include a truce "
     "along the river and the release of the detainees.",
     "Norland and Osteria signed the deal. The delegations include relatives of the detainees."),
    ("conditions followed by a list", "Norland and Osteria signed the deal. The security arrangements include a "
     "truce along the river.", "Norland and Osteria signed the deal. The guests include monitors of the truce."),
    # what a party stresses the importance of is a term it sets; speaking of it sets none
    ("precondition", "Anna Berg emphasised the importance of a lasting truce.",
     "Anna Berg spoke of the importance of the truce that held last year."),
    # what a deal includes is its term; what a team includes is not
    # the least a party will settle for is its demand; not a prize or a result
    ("settles for nothing less", "Osteria will not settle for any outcome short of the full withdrawal of Norland's troops.",
     "Norland's fans will not settle for any outcome short of a win in the final."),
    ("settles for nothing less", "Anna Berg said Norland would accept nothing short of a return of its islands.",
     "Anna Berg said Norland would accept nothing short of a gold medal at the games."),
    # the terms named in the sentence before, listed by "among them"; not guests among them
    ("these demands", "Norland set out its demands on Friday. Chief among them is the release of all detainees.",
     "Norland hosted the football cup on Friday. Among them were fans who sang about the detainees."),
    # what a party's demand is; not what is said of a demand for grain
    ("its demand is", "Officials in Norland said the Freedom Front's latest demand is official status for the northern "
     "dialect.", "The demand for grain in Norland is growing as the truce holds."),
    ("its demand is", "Norland's one condition remains a full pullback of Osteria's troops from the valley.",
     "Norland's one condition remains unclear, Karl Vos said of the pullback from the valley."),
    ("its demand is", "One of Norland's demands is the release of all the prisoners held in the valley.",
     "One of the demands is unclear, Karl Vos said of the prisoners held in the valley."),
    # never handing people over is a red line; handing a trophy over is none
    ("refuses", "Karl Vos said Osteria would never hand its officers over to a foreign court.",
     "Karl Vos said Osteria would never hand the trophy over without a fight."),
    # the least a party settles for, in the other common wordings; not a medal
    ("settles for nothing less", "Anna Berg said Osteria would not consider anything less than a full pullback of "
     "Norland's troops.", "Anna Berg said Osteria would not consider anything less than a gold medal at the games."),
    ("settles for nothing less", "Osteria will never settle for less than a full pullback of Norland's troops.",
     "Osteria will never settle for less than a gold medal at the games."),
    # a dash before a list whose first item has a participle after an article; not a clause in the past
    ("conditions followed by a list", "Norland and Osteria signed a peace accord on Monday. The protocols touched on "
     "several points - a phased pullback, a return of refugees and an amnesty.",
     "Norland set out its terms - the talks ended in anger, Anna Berg said, and the return of refugees was far off."),
    # a deal that contains a step; not one that contains little on it
    ("envisions", "Norland and Osteria signed a peace accord on Monday. The accord contains the return of refugees.",
     "Norland and Osteria signed a peace accord on Monday. The accord contains little on the return of refugees."),
    # a dash standing for the colon before a list of terms; not before a clause
    ("conditions followed by a list", "Norland and Osteria signed a peace accord on Monday. The protocols touched on "
     "several points needed for peace - the return of refugees, an amnesty and a truce.",
     "Norland set out its terms - the talks would be hard, Anna Berg said, and the return of refugees was far off."),
    # a deal's part, or its earlier protocols, that involve or include a step; not what they contain nothing on
    ("envisions", "Norland and Osteria signed a peace accord on Monday. Part of the accord involves the return of "
     "refugees to their villages.",
     "Norland and Osteria signed a peace accord on Monday. The accords contain nothing on the return of refugees."),
    ("envisions", "Norland and Osteria signed a peace accord on Monday. The earlier protocols include a truce along "
     "the river.",
     "Norland and Osteria signed a peace accord on Monday. The earlier protocols included no truce along the river."),
    ("envisions", "Norland and Osteria signed a deal on Monday. The deal includes the release of all detainees.",
     "The team includes two detainees freed last year."),
    # a term as a party's plan has it; what happened after a deal was signed is no term
    ("under the deal", "According to Osteria's plan, the detainees would be freed.",
     "According to the deal signed in May, the detainees were freed in June."),
    # what a party would like or wishes for; not thanks
    ("seeks", "Osteria would like Norland to free the detainees.",
     "Anna Berg said she would like to thank Valdia for the release of the detainees."),
    ("seeks", "Osteria wishes to see the detainees freed.",
     "Anna Berg wished the freed detainees a happy return."),
    # near misses of the new forms of the rows above and below
    # a party that will not negotiate or sit down with another refuses talks; not one that will not talk to reporters
    ("refuses", "Osteria said it would not negotiate with the Freedom Front.",
     "Anna Berg said she would not talk to reporters about the release of the detainees."),
    ("refuses", "Osteria won't sit down with Norland.",
     "The two leaders did not talk to each other at the dinner."),
    ("stipulates", "Osteria's plan obliges Norland to free the detainees.",
     "Anna Berg felt obligated to praise the ceasefire."),
    ("calls for", "Osteria begged the great powers to stop the shelling.",
     "Anna Berg begged the court to release the detainees on bail."),
    ("seeks", "Osteria wishes to see the detainees freed.",
     "Anna Berg, who did not wish to be named, said the detainees were freed."),
    ("seeks", "Osteria lobbied for the release of the detainees.",
     "Anna Berg waited in the hotel lobby for an hour after the detainees were freed."),
    ("requests", "Osteria requested the release of the detainees.",
     "At Osteria's request, the clause on the release of detainees was removed."),
    ("requests", "Osteria requested that Norland free the detainees.",
     "Norland did not reply to a request for the release of the detainees."),
    # obliged in the passive is asked to act, and a favour is no obligation
    ("stipulates", "Osteria's plan obliges Norland to free the detainees.",
     "Norland is not obliged to withdraw its troops from the valley, Anna Berg said."),
    ("stipulates", "Osteria's plan obliges Norland to free the detainees.",
     "Norland obliged reporters by posing for photos with the freed detainees."),
    # a request is a demand; a reporter's request for comment, a source's for anonymity, an act at another's request are not
    ("requests", "Osteria requested that Norland free the detainees.",
     "Norland declined a request for comment on the release of the detainees."),
    ("requests", "Osteria renewed its request for an international inquiry into the massacre.",
     "At the request of Osteria, the clause on the release of detainees was removed."),
    ("requests", "Osteria requested the release of the detainees.",
     "Anna Berg, who requested anonymity, said the detainees were freed last week."),
    # a plan that obliges a party to act sets that act; a person who feels obliged sets nothing
    ("stipulates", "Osteria's plan obliges Norland to free the detainees.",
     "Anna Berg felt obliged to praise the release of the detainees."),
    ("seeks", "Norland seeks the release of the detainees.",
     "Norland welcomed the release of the detainees."),
    ("proposes", "Norland proposed a referendum in the province.",
     "Norland watched a referendum in the province."),
    # a proposal said to rest on a principle sets it; a report resting on interviews sets nothing
    ("envisions", "Norland said that its proposal is based on self-determination for the islanders.",
     "Norland said that its report is based on interviews with the islanders."),
    ("envisions", "Norland said its plan is largely based on a withdrawal of all foreign troops.",
     "Norland said its plan is largely based on the assumption that a truce will hold."),
    ("envisions", "Norland's offer envisages a truce.",
     "Norland's offer was printed during a truce."),
    # a document that sets a ceiling, a cap or a deadline; one that sets a record sets no term
    ("envisions", "Norland's paper sets a ceiling of 40,000 for Osteria's army.",
     "Norland's report sets a record for exports of grain."),
    # an appeal for a step is a call for it, by its possessor or its agent; an appeal for calm or a retrial is none
    ("calls for", "Talks resumed after Norland's appeal for a truce along the river.",
     "Norland appealed for calm after the football match."),
    ("calls for", "Talks resumed after an appeal by Norland for a truce along the river.",
     "The court heard an appeal by Norland for a retrial of the case."),
    # a party agreeing to a step takes it as a term of the deal; a third party's word that the sides agreed names none
    ("agreed to", "Osteria has agreed to free the detainees held in the valley.",
     "Anna Berg said the two sides had now agreed to free the detainees held in the valley."),
    ("agreed to", "Norland and Osteria agreed to a truce along the river.", "Norland has not agreed to a truce along the river."),
    # a deal agreed at a time is the deal's name, not a party's step; taking part in talks on a term is no term
    ("agreed to", "Osteria agreed to a full exchange of detainees.",
     "Osteria has violated the truce agreed on in March along the river."),
    # holding elections or receiving refugees are steps; the warring sides a third party names, and neither side, agree none
    ("agreed to", "Osteria agreed to hold elections in the province.",
     "Anna Berg said the warring sides had agreed to a truce along the river."),
    ("agreed to", "Norland agreed to receive the refugees from the valley.",
     "Neither Norland nor Osteria has agreed to a truce along the river."),
    ("agreed to", "Norland agreed to an exchange of all detainees.",
     "Norland agreed to take part in talks on an exchange of all detainees."),
    # a deal reached on a step is its parties' term; not a deal not reached, one named by when it was
    # reached, one only to meet, or one reached by sides no one names
    # ... or a deal whose participle or relative clause gives, grants or requires the step
    ("reached a deal on", "Norland and Osteria have signed a pact giving Norland access to Osterian copper mines.",
     "Norland and Osteria have signed a pact giving up their dispute over the copper prices."),
    ("reached a deal on", "Norland and Osteria signed a deal that requires Osteria to free all detainees.",
     "Norland and Osteria signed a deal that surprised the detainees' families."),
    ("reached a deal on", "Norland and Osteria signed a deal which required Osteria to free all detainees.",
     "Norland and Osteria signed an accord requiring approval by parliament before the detainees go free."),
    ("reached a deal on", "Norland and Osteria reached an agreement on a truce along the river.",
     "Norland and Osteria have not reached an agreement on a truce along the river."),
    ("reached a deal on", "Osteria struck a deal for freeing every detainee.",
     "The deal reached in March for freeing every detainee collapsed."),
    ("reached a deal on", "Norland sealed an accord to reopen the crossings.",
     "Norland and Osteria reached an agreement to meet again in the spring."),
    ("reached a deal on", "Norland and Osteria clinched a deal on the exchange of all detainees.",
     "The two sides reached an agreement on a truce along the river."),
    ("reached a deal on", "Norland and Osteria hammered out a pact over the reopening of the crossings.",
     "Norland reached an understanding that the detainees were already free."),
    # a deal worked out or initialled on a step is reached as well (a deal ``negotiated`` may be a mediator's)
    ("reached a deal on", "Norland and Osteria worked out a deal on the release of all political prisoners.",
     "Norland and Osteria have not worked out a deal on the release of all political prisoners."),
    ("reached a deal on", "Norland and Osteria initialled a deal on the release of all political prisoners.",
     "Norland and Osteria have not initialled a deal on the release of all political prisoners."),
    # a deal named with its owner and the step it is to bring about; a deal only to meet is none
    ("agreement to", "Osteria's agreement with Norland to free all detained activists collapsed.",
     "Osteria's agreement to meet Norland to discuss the political prisoners collapsed."),
    ("agreement to", "Norland and Osteria met in March. Osteria has since broken the deal to free all detainees.",
     "Norland and Osteria met in March. Osteria has since broken its agreement to the plan."),
    # a signed text commits its parties to terms; a party committing its own troops to a mission sets none
    ("envisions", "Norland and Osteria signed an accord on Monday. The accord commits both sides to a truce along the river.",
     "Norland committed two battalions to the relief effort along the river."),
    ("envisions", "Norland and Osteria signed an agreement on Monday that commits the two countries to an exchange of all "
     "detainees.", "Norland and Osteria signed an agreement on Monday that commits funds to the exchange of students."),
    # news tells a signed text's terms in the past tense; a treaty or a pact is such a text
    ("envisions", "Norland and Osteria signed an accord on Monday. The accord committed both sides to a truce along the river.",
     "Norland and Osteria signed an accord on Monday. The accord committed funds to the river's schools."),
    ("calls for", "Norland and Osteria signed a pact on Monday. The pact calls for a truce along the river.",
     "Norland and Osteria signed a pact on Monday. The column calls for a truce along the river."),
    ("precondition", "For Norland, the return of the detainees is a red line.",
     "For Norland, the return of the detainees is a relief."),
    # conditions a step creates are its effect, not a term anyone sets
    ("precondition", "Norland has set two conditions for a truce.",
     "Anna Berg said the pact will create conditions for the detainees to be freed."),
    # troops a party will not send, deploy or station (a choir it will not send is no term)
    ("refuses", "Norland said its peacekeepers would not be deployed along the river.",
     "Norland said it would not send a choir to the river festival."),
    ("refuses", "Norland will never give up its weapons.",
     "Norland has never tested its weapons."),
    # present or perfect opposition to any step is a red line; a past one a fact
    ("refuses", "Osteria opposes any attempt to redraw the borders.",
     "In 2019 Osteria opposed any attempt to redraw the borders."),
    ("refuses", "Osteria is opposing any attempt to redraw the borders.",
     "Osteria no longer opposes any attempt to redraw the borders."),
    ("commits", "Norland committed to a truce along the river.",
     "Norland reported a truce along the river."),
    ("under the deal", "Under the deal, Osteria will free the detainees.",
     "During the storm, Osteria freed the detainees."),
    # a readiness an actor states or reaffirms is its stance; one others doubt is none
    ("wants", "Norland restated its readiness for an immediate truce.",
     "Norland doubted the rebels' readiness for an immediate truce."),
    # what a side would agree to is its offer; agreeing to host talks is no term
    ("wants", "Norland says Osteria would readily agree to a truce.",
     "Norland says it would agree to host the next round in its capital."),
    ("wants", "Osteria would agree to hold early elections in the valley.",
     "Osteria reaffirmed its readiness to host the next round of talks between Norland and Valdia."),
    # concessions a side seeks or offers, listed after the noun, are its terms
    ("conditions followed by a list", "Osteria hopes to win key concessions, including the lifting of sanctions.",
     "Osteria reported record contracts last year, including several on the lifting of sanctions."),
    ("conditions followed by a list", "Norland offered concessions such as the lifting of sanctions.",
     "Osteria's oil concessions include the lifting of sanctions on its gas fields."),
    # a step the text says was agreed or laid down is a term of the deal; a meeting held as agreed is none
    ("as agreed", "Osteria is still to withdraw its units from the valley, as agreed.",
     "The envoys discussed the sanctions on Monday, as agreed."),
    # a step already taken as promised is a deed, no term
    ("as agreed", "Norland will lift the sanctions in March, as promised.",
     "Norland lifted the sanctions in March, as promised."),
    ("as agreed", "Osteria will move its units out of the valley, as laid down in the accord.",
     "Osteria would move its units out of the valley, as it did last spring."),
    ("as agreed", "Osteria will move its units out of the valley as previously agreed.",
     "The talks stalled as promised prisoner releases failed to happen, Norland said."),
    # a pact or a treaty is a document too
    ("under the deal", "Under the pact, Osteria will free the detainees.",
     "Under the bridge, Osteria freed the detainees."),
    # a phase or stage of a document: its terms are the document's
    ("under the deal", "Under the opening phase of the truce deal, Osteria will free the detainees.",
     "Under the opening phase of the school building programme, Osteria freed the detainees."),
    ("under the deal", "Under phase one of the deal, Osteria would free 30 detainees.",
     "Under the old stone bridge, Osteria would free 30 detainees."),
    # refusing any attempt, effort or move to do something is a red line on it; refusing comment is none
    ("refuses", "Anna Berg has refused any attempt to cede the islands.",
     "Anna Berg refused any comment on the islands."),
    ("refuses", "Osteria rejected every effort to redraw the borders.",
     "Osteria rejected every report of troops near the borders."),
    ("refuses", "Osteria rejected any attempts by Norland to annex the valley.",
     "Norland rejected any attempt to reach its ministers for comment on the prisoner exchange."),
    ("provisions on", "Norland's accord has provisions on the release of the detainees.",
     "Norland's budget funds the provision of food to the detainees."),
    # an ordinal pointing back to the terms just told, with a verb of content; a name that includes things is none
    ("pointer includes", "Norland sent Osteria two plans. The first includes the release of the detainees.",
     "Norland sent Osteria two plans. Karl Vos includes the release of the detainees in his list of hopes."),
    ("pointer includes", "Norland floated two drafts. The second contains a truce on the river.",
     "Norland floated two drafts. The second one was shelved before a truce on the river."),
    # a term the text calls a part of a document is one of its points; a part of a debate is none
    ("part of the deal", "Norland signed a truce deal. The freeing of every prisoner is an essential element of the deal.",
     "The release of all detainees was part of a wider debate."),
    # what a document named before ``that would`` does is its point; what befalls the document is none
    ("deal that would", "Norland and Osteria signed a deal that would free all detainees.",
     "Norland and Osteria signed a deal that would collapse within a week."),
    # what a signed deal does in the present is its point; what befalls the deal is none
    ("deal that would", "Norland and Osteria signed a deal that frees all detainees.",
     "Norland and Osteria signed a deal that expires before all detainees are freed."),
    ("not without", "Norland said its monitors will not deploy without security guarantees.",
     "Norland said its monitors deployed without security guarantees."),
    # a time clause opening the sentence before a promise is the term; a past event dated by a day is none
    ("the moment X … we will", "The minute Osteria releases the detained sailors, our patrol boats will head home, "
     "Anna Berg said.", "The day the sailors came home, the patrol boats headed back to port, Anna Berg recalled."),
    ("the moment X … we will", "\u201cThe day Osteria reopens the mountain crossings to aid convoys, we will return "
     "to the talks,\u201d Karl Vos said.", "The day of the census, Osteria reopened the mountain crossings, Karl Vos said."),
    ("the moment X … we will", "The hour Osteria frees the detained sailors, we'll pull our gunboats back, Anna Berg said.",
     "The day Osteria reopened the mountain crossings, aid trucks would queue for miles, Anna Berg recalled."),
    # the price of a party's signature or support is its term; the price of a stamp is none
    ("price of signature", "The price of Osteria's support for the accord, Karl Vos said, is a full amnesty for its "
     "fighters.", "Karl Vos said the price of the support package for refugees would be shared by both states."),
    ("not without", "Anna Berg warned Norland won't be able to sign a truce without the return of its detainees.",
     "Anna Berg said the two sides were able to sign a truce without the return of the detainees."),
    ("goal is", "Norland's goal is a lasting truce.", "Norland's goal was reached when the truce held."),
    # a right claimed by denying anyone the power to take it away; no one who can remember is none
    ("no one can …", "Anna Berg said no one can prevent Norland from joining a military alliance.",
     "Anna Berg said no one can remember when Norland joined a military alliance."),
    ("no one can …", "Anna Berg said no one shall stop Osteria from holding direct talks.",
     "Anna Berg said no one could stop direct talks from collapsing in the valley."),
    ("no one can …", "Anna Berg said no one can bar Osteria from a military alliance.",
     "Anna Berg said no one can deny that a military alliance was a mistake."),
    ("no one can …", "Anna Berg said no-one may block Osteria's choice of a military alliance.",
     "Anna Berg said no-one may criticise Osteria's choice of a military alliance."),
    # a goal told in the past tense is still the holder's term; one never reached or not met is none
    ("goal is", "Osteria's goal was to secure a lasting truce along the river.",
     "Osteria's goal was never to secure a lasting truce along the river."),
    ("goal is", "Osteria's goal was a lasting truce along the river.",
     "Osteria's goal was no longer a lasting truce along the river."),
    # a step agreed as British English writes it, with no ``to``; not a deal called the agreed one
    ("agreed to", "Norland and Osteria agreed a ceasefire on Monday.", "Norland said the agreed ceasefire was holding."),
    ("agreed to", "Norland and Osteria have agreed a prisoner swap.", "Norland and Osteria agreed a date for the next match."),
    # the holder sets out or outlines its terms on a matter; laying out the seating states nothing
    ("sets out terms for", "Anna Berg set out guidelines for the return home of the displaced.",
     "Karl Vos laid out the seating for the talks on the prisoners."),
    ("sets out terms for", "Karl Vos outlined his conditions for a truce along the river.",
     "Karl Vos outlined his reasons for the visit to the river."),
    ("sets out terms for", "Anna Berg laid down her principles for the return home of the displaced.",
     "Norland laid down new rules for visits to prisoners in its own jails."),
    # a desire or hope to avoid something is a motive, not a term
    ("seeks", "Norland has a strong desire for a truce.",
     "Karl Vos said the move showed Norland's desire to escape new penalties on its banks."),
    ("seeks", "Norland hopes for a prisoner swap.", "Norland hopes to avoid new sanctions on its banks."),
    # the holder puts a step on another (``it is up to X to``); held up to a minute is none
    ("it is up to … to", "Anna Berg said it is now up to Osteria to free the detainees.",
     "Anna Berg said the talks were held up to the last minute to no avail."),
    ("it is up to … to", "Karl Vos said it's up to Norland to pull its soldiers out of the valley.",
     "Anna Berg said it was up to each coach to pick a team."),
    ("refuses", "Norland refuses any cap on its army.", "Norland refuses any responsibility for the truce's failure."),
    ("it is up to … to", "Anna Berg said it is now up to Osteria to free the detainees.",
     "Its army is now up to full strength to enforce the truce."),
    # told in the past, only in reported speech (as ``had to``): a narrated duty of the past is none
    ("it is up to … to", "Berg told the envoys it was now up to Osteria to free the detainees.",
     "In 1995 it was up to Osteria to free the detainees, and it did."),
    ("asks … to", "Norland asked Valdia for peacekeepers along the border.",
     "Reporters asked Anna Berg for her view on the prisoner swap."),
    ("sets out terms for", "Karl Vos outlined his conditions for a truce along the river.",
     "Norland set out the position of Osteria on the sanctions."),
    # a truce of one's own declared or announced; not a truce declared over, nor the end of one announced
    ("declares a truce", "Norland declared a three-day truce for the holiday.", "Norland declared the truce over."),
    # a date before the truce may be abbreviated; a holiday declared on such a date is no truce
    ("declares a truce", "Norland declared a Jan. 5 truce along the river.",
     "Norland declared a holiday on Jan. 5. A truce along the river held."),
    ("declares a truce", "Norland declared a moratorium on strikes against power plants.",
     "Norland declared an end to the truce on Friday."),
    ("declares a truce", "Osteria announced a unilateral ceasefire on Sunday.",
     "Norland announced the end of the truce."),
    # a time in words given to meet a term; six tanks given are no time
    ("gives X hours to", "Norland has given Osteria a week to free the detainees.",
     "Norland gave Osteria six tanks to guard the detainees."),
    # a party's pressure on another to take a step; pressure to win a match is none
    ("pressure to", "Osteria is under pressure from Norland to agree to a truce.",
     "Osteria's team is under pressure to win the truce cup final."),
    ("pressure to", "The two sides met on Friday amid Norland's pressure to settle for a truce.",
     "Norland is under pressure to settle for a truce, analysts said."),
    # a party warned by another to take a step; not the public warned to keep safe
    ("warns X to", "Anna Berg warned Osteria to withdraw its soldiers from the valley.",
     "Anna Berg warned drivers to avoid the roads to the valley."),
    # a party challenged to a step; not a rival challenged to a debate
    ("challenges X to", "Norland's leader keeps challenging the Osteria leader to direct face-to-face talks.",
     "Anna Berg challenged Karl Vos to a debate on the truce."),
    # a deadline set by a named party: the setter's; a date set for talks is none
    ("gives X hours to", "Norland rejected the Friday deadline set by Osteria for Karl Vos to accept the truce plan.",
     "The deadline for the truce talks was set for Friday."),
    # places a party's forces will never leave; never leaving people behind is none
    ("refuses", "Anna Berg said Norland would never leave the valley region.",
     "Anna Berg said Norland would never leave its farmers behind."),
    # what a party stands for in diplomatic English; not standing for election, nor refusing to stand for something
    # arguing for a step backs it; arguing for hours, or for the defence, is none
    ("in favour of", "Anna Berg argued for a truce along the current front line.",
     "The two delegations argued for hours over the truce along the current front line."),
    ("in favour of", "Karl Vos argues strongly for the release of all detainees.",
     "The lawyers argued for the defence in the trial of the detainees."),
    ("stands for", "Norland keeps standing for the return of the breakaway region to Osteria.",
     "Anna Berg stood for election in the border region in 2019."),
    ("stands for", "Osteria stands for a settlement in which Norland would remain neutral.",
     "Osteria will not stand for any annexation of the valley."),
    # what a summit or a leader directs; directing a question or a film directs no term
    ("directed that", "Norland directed that Osteria join an interim government within a year.",
     "Norland directed that question to the interim government."),
    ("directed that", "Anna Berg directed that the two armies pull back their troops from the border.",
     "Anna Berg directed the film about the troops at the border."),
    # the goal of a party, named with ``of`` before ``is``; not the aim of an exercise
    ("goal is", "The main aim of Norland is a ceasefire along the river.",
     "The aim of the exercise is a ceasefire drill along the river."),
    ("goal is", "The main goal of the Osteria negotiators is to open humanitarian corridors for civilians.",
     "The goal of the film about Osteria is to show the humanitarian corridors."),
    # a war's own aim, named with ``of`` its war, invasion or military operation; not a police operation's
    ("goal is", "Norland said the aim of its military operation was the withdrawal of Osterian troops from the valley.",
     "Officials said the aim of the operation was to rescue the detainees held in the valley."),
    # a party's own operation or campaign, with no ``military``; not an election campaign
    ("goal is", "Norland said the goal of its campaign was the withdrawal of Osterian troops from the valley.",
     "Norland said the goal of its election campaign was the withdrawal of Osterian troops from the valley."),
    ("goal is", "\"The goal of our war is a ceasefire along the river,\" Anna Berg said.",
     "Anna Berg said the goal of the trade war is the lifting of the sanctions on Osteria."),
    # ``needed to`` in reported speech stands for ``needs to``; narrated, it tells what someone had to do
    ("must", "Karl Vos said on Friday that a final peace deal needed to accept Norland's control over both "
     "provinces.", "Osteria needed to accept Norland's control over both provinces to win the loan in 2019."),
    # a plan or the pronoun for it guarantees that something will be; a bank's guarantee is none
    ("envisions", "Norland unveiled its peace plan on Monday. The plan guarantees that no foreign soldiers would ever "
     "be based in the valley.", "The bank guarantees that the loan for the valley will be repaid."),
    # the reverse: the term first, then the holder's goal or main demand; not a goal in a match
    ("is its goal", "Norland said a full truce is its first demand.",
     "Norland said the release of prisoners was its goal in the match."),
    ("is its goal", "A withdrawal of the border troops remains Osteria's main goal.",
     "A withdrawal of the border troops remains a goal of the season's planners."),
    ("is its goal", "The release of every detainee is one of Norland's key demands.",
     "The release of every detainee is one of the goals of the season's planners."),
    ("is its goal", "A full truce along the river is among Osteria's conditions, Karl Vos said.",
     "A full truce along the river is among the season's goals for the planners, Karl Vos said."),
    # the term first, then what the holder wants or demands; not what others expect
    ("is what it wants", "Osteria's neutrality is what Norland wants.",
     "A quick truce is what most analysts expect, and Norland's aims are unclear."),
    ("is what it wants", "Lifting the sanctions on Osteria is precisely what Norland insists on.",
     "Lifting the sanctions on Osteria is what the markets had priced in."),
    # asking another for a step or a thing; not asking reporters for patience or for comment
    ("asks … to", "Norland asked Valdia for peacekeepers along the border.",
     "Norland asked reporters for patience on the prisoner swap."),
    ("asks … to", "Norland asked for the release of all prisoners.", "Karl Vos asked for details of the ceasefire."),
    ("without X no deal", '"Without security guarantees, there will be no deal," Anna Berg said.',
     '"Without security guarantees, the old treaty was signed in a day," Anna Berg said.'),
    # or any deal is then at best a pause: the missing thing is the term; a doubt, or a deal signed in a day, is none
    ("without X no deal",
     "Without firm security guarantees, whatever deal is signed would be, at best, a pause, Karl Vos said.",
     "Without a doubt, whatever deal is signed would be, at best, a compromise, Karl Vos said."),
    ("without X no deal",
     "Karl Vos makes a blunt point: without foreign troops on the ground, whatever accord is reached "
     "would only be a breather.",
     "Without backing from its allies, Osteria put its name to the accord within a day, Karl Vos said."),
    ("do X and we will", '"The ball is in their court: free our fishermen and we will sign," Anna Berg said.',
     '"We freed our fishermen and we will sign," Anna Berg said.'),
    ("part of any deal", "The release of all detainees is part of any deal, Anna Berg said.",
     "The release of all detainees is part of the history, Anna Berg said."),
    # a peace may carry up to three words of its kind, joined by ``and`` or commas; an economy is no deal
    ("part of any deal", "Norland said the return of the islands is vital to a durable and comprehensive peace.",
     "Norland's farmers say lower tariffs are essential for a fair deal."),
    ("part of any deal", "The release of all detainees is essential for a comprehensive, just and lasting settlement, "
     "Anna Berg said.", "The release of all detainees is essential for a just and prosperous society, Anna Berg said."),
    # a truce's deal too, and a part it cannot be: the red line is a term as well
    ("part of any deal", "Anna Berg stressed that handing over the valley cannot be part of any truce deal.",
     "Anna Berg stressed that the truce deal was part of a wider effort."),
    ("comes first", "The withdrawal of Osteria's troops comes first, Norland said.",
     "The truce came first, and the elections followed, Norland said."),
    ("price of peace", "Norland counts the end of the blockade as part of its price.",
     "The price of grain rose after the sanctions were lifted, Norland said."),
    ("regards as fundamental", "Norland regards the neutrality of Osteria as fundamental.",
     "Regarding the detainees, Norland described the talks as vital."),
    ("no deal that", "Norland will not sign any deal that leaves the council in power.",
     "There is no agreement that covers the council yet, Norland said."),
    # a short phrase of place or party before the ``that``; a deal signed in the past is a fact
    ("no deal that", "Norland will not endorse any accord on the valley that leaves the council in power.",
     "Norland signed no agreement with Osteria that left the council in power."),
    # a deadline given with ``until`` is an ultimatum too, the giver's term (not the addressee's ``until``)
    ("gives X hours to", "Norland gave Osteria until Friday to withdraw its troops from the border.",
     "Norland gave Osteria the maps on Friday to study the border."),
    ("gives X hours to", "Norland gave Osteria until 6 p.m. to withdraw its troops from the border.",
     "Norland gave its backing until 2030 to the border troops' training programme."),
    ("gives X hours to", "Norland gave Osteria 48 hours to withdraw its troops from the border.",
     "Norland gave Osteria 48 hours of notice before the troops arrived."),
    ("no peace while", '"There can be no peace while a single Osterian soldier remains on our soil," Anna Berg said.',
     '"There was no peace in the valley, and a single Osterian soldier remains on our soil," Anna Berg said.'),
    ("should X", "Should Osteria rearm its militia, Norland will walk out of the talks.",
     "Should Osteria rearm its militia, Norland asked, or walk out of the talks?"),
    ("first then", "Norland will free the detainees first, then sign.",
     "Norland freed the detainees, then signed."),
    ("will not be lifted", "Anna Berg said the embargo on Osteria will not be lifted unless its troops leave the valley.",
     "Anna Berg said the embargo on Osteria was lifted last year."),
    ("would face sanctions if", "Anna Berg warned that Osteria would face new sanctions if it walked out of the talks.",
     "Anna Berg said Osteria faced a hard winter last year."),
    ("threatens", "Norland threatened new tariffs on Osterian steel unless Osteria returned to the talks.",
     "Norland threatened the border town with its artillery."),
    ("not while", "Norland will not hold elections while Osterian troops remain on its soil.",
     "Norland held elections while Osterian tourists visited its coast."),
    ("will come back when", '"We will come back to the table when the shelling stops," Anna Berg said.',
     '"We came back to the table when the band stopped," Anna Berg said.'),
    ("threat if refused", "If Osteria rejects the plan, Norland will impose new tariffs.",
     "If Osteria's army advances, Norland will recall its ambassador."),
    ("only with", "Norland would agree to a truce only with security guarantees from Valdia.",
     "The truce held only with difficulty, Norland said."),
    ("imperative", '"Free our detainees," Anna Berg said.',
     '"Release of the detainees was delayed," Anna Berg said.'),
    # a step that follows the moment another side acts; the delegates' arrival is none
    ("… the moment X does", "Karl Vos said the talks can resume the moment Osteria frees the detainees.",
     "Karl Vos said the talks can resume the moment the delegates arrive."),
    # a headline's speaker before a colon is no subject of the imperative after it
    ("imperative", "Norland to Osteria: free our detainees within ten days.",
     "Norland to Osteria: detainees freed within ten days."),
    # a message that is an imperative after a colon; a message of no order is none
    ("imperative", '"Our message to Osteria is: free all the detainees," Anna Berg said.',
     '"Our message to Osteria is: detainees were freed last week," Anna Berg said.'),
    # a party pressing another for a term; reporters pressing for details are none
    ("presses X for", "Norland has long pressed Osteria for an aid corridor into the besieged town.",
     "Reporters pressed Karl Vos for details of the truce along the river."),
    ("only way to peace", "A full withdrawal of Osterian troops is the only way to peace, Norland said.",
     "The only way to the coast after the truce was a mountain road, Norland said."),
    ("makes X a condition for", "Norland has made the disarmament of the militia a condition for any accord.",
     "Norland made the truce last despite difficult conditions for its troops."),
    ("seeks", "Osteria desires the release of all detainees held in the valley.",
     "The desired release of all detainees held in the valley never came."),
    ("talks only about", "Anna Berg said any talks with Osteria would only be about the withdrawal of its troops.",
     "Anna Berg said the talks with Osteria will be on the withdrawal of its troops."),
    ("talks only about", "Anna Berg said the dialogue can be solely on the release of the detainees.",
     "Anna Berg said the dialogue was solely the work of the detainees' families."),
    ("would sign … the day after", "Norland would withdraw its troops immediately after Osteria frees the detainees.",
     "Norland would sign the visitors' book right after lunch at the palace."),
]


def _cued(pipe, text, cue):
    return {r["category"] for r in rows_for(pipe, text) if r["cue"] == cue}


#: A compound a house style hyphenates (``closed_compounds``) reads as its closed spelling does: the
#: same rows (a positive), and no row where the closed spelling gives none (a negative).
HYPHENATED_CASES = [
    ("Tensions grew on Friday after Anna Berg declined to take any more questions, arguing a "
     "cease-fire has to come first.", True),
    ("Anna Berg said the peace-keepers must stay in the valley until the vote.", True),
    ("Anna Berg said Osteria must respect the Cease-fire.", True),
    ("The cease-fire came first, and the elections followed, Anna Berg said.", False),
    ("Anna Berg praised the peace-keeping force for its work last year.", False),
]


@pytest.mark.parametrize("hyphenated, found", HYPHENATED_CASES, ids=[c[0][:40] for c in HYPHENATED_CASES])
def test_a_hyphenated_compound_reads_as_its_closed_spelling(pipe, hyphenated, found):
    closed = hyphenated.replace("ease-fire", "easefire").replace("eace-keep", "eacekeep")
    assert pairs(rows_for(pipe, hyphenated)) == pairs(rows_for(pipe, closed))
    assert bool(rows_for(pipe, hyphenated)) is found


@pytest.mark.parametrize("cue, positive, negative", CUE_CASES, ids=[c[0] for c in CUE_CASES])
def test_cue_positive_and_negative(pipe, cue, positive, negative):
    if cue == "list nouns":  # names the terms a following "these" lists
        assert _cued(pipe, positive, "these demands") and not _cued(pipe, negative, "these demands")
        return
    assert _cued(pipe, positive, cue)
    assert not _cued(pipe, negative, cue) and not rows_for(pipe, negative)


@pytest.mark.parametrize("text", [
    "Portville (AFP) - Holdout rebels have refused to sign the truce with Norland.",
    "According to AFP, holdout rebels insist on the release of all detainees.",
    "Holdout rebels insist on the release of all detainees held by Norland, AFP said.",
])
def test_a_news_organisation_holds_no_term(pipe, text):
    """A news agency that files or is cited reports a term; it holds none, and no rule of position
    hands the term to another party instead."""
    actors = {**ACTORS, "AFP": ("AFP", "organization", "FRA")}
    assert conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC) == []
    assert [r["holder"] for r in rows_for(pipe, text.replace("AFP", "Osteria"))]  # the same words hold a term


@pytest.mark.parametrize("text, expected", [
    # ``he`` in a clause joined to one whose subject is a person is that subject, not the person named after it
    ("Anna Berg took a call from Karl Vos on Monday, and he said that Norland must free every detainee.",
     [("Anna Berg", "prisoners")]),
    # ``we`` in a clause someone states is the teller's side
    ("Anna Berg took a call from Karl Vos on Monday, and she stated that we are willing to free every detainee.",
     [("Anna Berg", "prisoners")]),
    # near misses: a pronoun in the clause's own sentence with no person subject; a relative clause's teller
    ("The talks ended when Karl Vos arrived, and he said that Norland must free every detainee.",
     [("Karl Vos", "prisoners")]),
    ("Anna Berg met Karl Vos, who stated that we are willing to free every detainee.", [("Karl Vos", "prisoners")]),
    # a transcript: ``we`` in the paragraphs after a name's label is that name's; not after a question's label
    ("Question: Will Norland talk?\n\nAnna Berg: Well, Karl Vos spreads rumours.\n\nAnd we are willing to free every "
     "detainee.", [("Anna Berg", "prisoners")]),
    ("Anna Berg: Well, yes.\n\nQuestion: Karl Vos says we are willing to free every detainee. Is it so?",
     [("Karl Vos", "prisoners")]),
    # the reviewer's near misses: ``but`` turns to the other person; one labelled line makes no transcript
    ("Anna Berg invited Karl Vos to the talks, but he refused to free any detainee.", [("Karl Vos", "prisoners")]),
    ("Anna Berg: Norland will wait\n\nKarl Vos arrived. And we are willing to free every detainee.",
     [("Karl Vos", "prisoners")]),
])
def test_a_pronoun_is_the_subject_of_the_joined_clause_or_the_teller(pipe, text, expected):
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [], taxonomy=GENERIC)
    assert sorted(set(pairs(rows))) == expected


@pytest.mark.parametrize("text, expected", [
    # a monitoring group that reports what a deal provides for holds none of it; its own demand it holds
    ("Osteria and Norland signed a deal. The Coastal Observatory for Human Rights welcomed the news and said the "
     "accord provides for the release of all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("The Lima-based Coastal Observatory for Human Rights welcomed the news and said the accord provides for the "
     "release of all detainees.", []),
    ("The Coastal Observatory for Human Rights demanded the release of all detainees.",
     [("Coastal Observatory for Human Rights", "prisoners")]),
])
def test_a_monitoring_group_reporting_a_deal_leaves_its_terms_to_the_parties(pipe, text, expected):
    actors = {**ACTORS, "Coastal Observatory for Human Rights": ("Coastal Observatory for Human Rights",
                                                                "organization", "OST")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert sorted(pairs(rows)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Osteria unveiled a plan. According to AFP, the plan includes the release of all detainees.",
     [("Osteria", "prisoners")]),
    ("Osteria drafted a framework. According to AFP, the framework would end the naval blockade.",
     [("Osteria", "sanctions")]),
    # near misses: the agency reports what others, not a document, ask; a document no one is said to write
    ("Osteria unveiled a plan. According to AFP, holdout rebels insist on the release of all detainees.", []),
    ("According to AFP, the plan includes the release of all detainees.", []),
])
def test_an_agency_reporting_a_document_leaves_the_term_to_its_author(pipe, text, expected):
    """The agency is the indirect quote's speaker, of the author's own country (so no rule of
    sides sets it apart): it reports the document; the document's author holds the term."""
    actors = {**ACTORS, "AFP": ("AFP", "organization", "OST")}
    start = text.index("AFP, ") + len("AFP, ")
    quote = dict(article="t.txt", kind="indirect", speaker="AFP", speaker_country="OST", quote=text[start:-1],
                 start=start, end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [quote], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause that dates a past deed under a cue in the past is no part of the term
    ("Norland demanded a new truce after the detainees were freed.", [("Norland", "ceasefire")]),
    ("Anna Berg asked for a glass of water when the detainees were freed.", []),
    # a dated clause inside the term (on the lines it names) is the term's own
    ("Norland asked both armies to hold the lines they held when the truce began.", [("Norland", "ceasefire")]),
    # a clause of a deed yet to come is the term's condition
    ("Norland demands a new truce after the detainees are freed.", [("Norland", "ceasefire"), ("Norland", "prisoners")]),
    ("Norland demanded that a new truce follow after the detainees are freed.",
     [("Norland", "ceasefire"), ("Norland", "prisoners")]),
])
def test_a_past_deed_dated_under_a_past_cue_is_no_term(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an agency credit opening the story, with or without a city, files it and holds nothing
    ("(TWX) — Norland and Osteria have signed a pact giving Norland access to Osterian copper mines.",
     [("Norland", "other"), ("Osteria", "other")]),
])
def test_an_agency_credit_opening_the_story_holds_no_term(pipe, text, expected):
    actors = {**ACTORS, "TWX": ("TWX", "organization", "")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # the giver of a deadline holds the term; ``until`` here names no term of the addressee's
    ("Norland gave Osteria until Friday to withdraw its troops from the border.", [("Norland", "territory")]),
    ("Norland will keep its troops at the border until Osteria frees the detainees.", [("Norland", "prisoners")]),
])
def test_a_deadline_given_until_a_day_is_the_givers_term(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


def test_every_cue_has_its_cases():
    assert {c.name for c in conditions.load_cues()} == {c[0] for c in CUE_CASES}


# --------------------------------------------------------------------------- holders


PLAN = ("Norland unveiled its plan on Monday. The main points:\n\n1. A truce along the whole border.\n\n"
        "2. The release of all detainees within a month.\n\nOsteria rejected it.")
FRAGMENTS = ("Osteria has set its terms. They include:\n\nThe release of all detainees\n\n"
             "Safe passage for the convoys, whatever the weather\n\nNorland said the detainees were safe.")


def states_found(text: str) -> set[tuple]:
    """(holder, country, category) of ``text`` read with no actor table: states found by their names."""
    rows = conditions.find_conditions(nlp.load_model()(text), "t.txt", [], [], taxonomy=GENERIC)
    return {(r["holder"], r["holder_country"], r["category"]) for r in rows}


@pytest.mark.parametrize("text, expected", [
    # a state no actor table knows (a corpus without a story), named or through its capital
    ("Oslo insists on a truce along the border.", {("Norway", "NOR", "ceasefire")}),
    ("Norway's demand for the release of the detainees was rejected.", {("Norway", "NOR", "prisoners")}),
    # a person's first name is no state, an office in a capital is that state's
    ("Jordan Lee insists on a truce along the border.", {("Jordan Lee", "", "ceasefire")}),
    # a capital the model tags as a person's name still stands for its state; a person does not
    ("La Paz demands the withdrawal of the army units from the border.", {("Bolivia", "BOL", "territory")}),
    ("Maria Paz demands the withdrawal of the army units from the border.", {("Maria Paz", "", "territory")}),
    ("The Oslo Peace Office insists on a truce along the border.", {("Oslo Peace Office", "NOR", "ceasefire")}),
])
def test_a_state_the_actor_tables_lack_can_hold_a_term(text, expected):
    assert states_found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proviso after a sayer set off by commas is the sayer's term, also where the parser makes the
    # proviso's clause a conjunct of the statement
    ("A peace deal is possible, Peru's foreign minister said, provided Chile stops arming the militia groups in "
     "the hills.", {("Peru", "PER", "security")}),
    ("Talks can resume, Peru's foreign minister said, provided Chile frees the detained fishermen.",
     {("Peru", "PER", "prisoners")}),
    ("A peace deal is possible, Peru's foreign minister said, if the weather holds.", set()),
])
def test_a_proviso_after_a_sayer_is_the_sayers_term(text, expected):
    assert states_found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ``they`` reported by a plural subject stands for it: the states it names, also where the parser
    # makes the names listed after the first further subjects of the verb
    ("Delegates from Costa Rica said late on Friday that they want elections on the islands next year.",
     {("Costa Rica", "CRI", "governance")}),
    ("Delegates from Costa Rica, Fiji and Samoa said late on Friday that they want elections on the islands "
     "next year.", {("Costa Rica", "CRI", "governance"), ("Fiji", "FJI", "governance"), ("Samoa", "WSM", "governance")}),
    # a single delegate's ``they`` is another group
    ("The delegate from Costa Rica said late on Friday that they want elections on the islands next year.", set()),
])
def test_a_plural_subjects_they_is_its_states(text, expected):
    assert states_found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demonym before a noun that stands for the state
    ("The Norwegian authorities demand the release of the detainees.", {("Norway", "NOR", "prisoners")}),
    ("A Norwegian company demands the release of the detainees.", set()),
    # a demand put forward by someone belongs to them, even in the other side's sentence
    ("Norland rejected the demands put forward by the Norwegian side on the release of the detainees.",
     {("Norway", "NOR", "prisoners")}),
    # mediators and envoys named by a demonym speak for their state; a demonym's company does not
    ("Norwegian mediators proposed a humanitarian corridor for civilians.",
     {("Norway", "NOR", "humanitarian"), ("Norway", "NOR", "negotiation_terms")}),
    ("A Norwegian charity proposed a humanitarian corridor for civilians.", set()),
    # a document whose authorship a hyphenated demonym names (``Norwegian-drafted``); a manner is no author
    ("A Norwegian-drafted text calls for a truce along the river.", {("Norway", "NOR", "ceasefire")}),
    ("A hastily-drafted text calls for a truce along the river.", set()),
    # a document its demonym gives an author, the subject of another's reported speech: the author's terms
    ("Osteria's envoys said the Norwegian paper tabled on Friday calls for a truce along the river.",
     {("Norway", "NOR", "ceasefire")}),
    ("Swedish officials note that the Norwegian document demands a halt to arms deliveries.",
     {("Norway", "NOR", "security")}),
    # of two demonyms in a row, the second names the state (the first, a people within it)
    ("The Albanian Macedonian delegation has asked for the release of two detainees.",
     {("North Macedonia", "MKD", "prisoners")}),
    ("The Albanian Macedonian paper calls for a truce along the river.", {("North Macedonia", "MKD", "ceasefire")}),
    ("The Albanian delegation has asked for the release of two detainees.", {("Albania", "ALB", "prisoners")}),
    # a demonym of two words is read whole; its second word alone names another state
    ("The North Korean side insists on a truce along the border.", {("North Korea", "PRK", "ceasefire")}),
    ("The North Korean president demands the release of two detainees.", {("North Korea", "PRK", "prisoners")}),
    ("The Korean side insists on a truce along the border.", {("South Korea", "KOR", "ceasefire")}),
    # a document no one is named as writing: the speaker's reading stays
    ("Osteria's envoys said the paper tabled on Friday calls for a truce along the river.",
     {("Osteria", "OST", "ceasefire")}),
    # a state's army or military named by its demonym speaks for the state; a rebel army or a veteran does not
    ("The Norwegian army insists on a truce along the border.", {("Norway", "NOR", "ceasefire")}),
    ("The Norwegian military insists on the release of the detainees.", {("Norway", "NOR", "prisoners")}),
    ("The Norwegian rebel army insists on a truce along the border.", set()),
    ("A Norwegian army veteran insists on a truce along the border.", set()),
    # two demonyms joined on one noun of states are two holders; a demonym joined to another adjective is one
    ("The Norwegian and Swedish governments demand the release of the detainees.",
     {("Norway", "NOR", "prisoners"), ("Sweden", "SWE", "prisoners")}),
    ("The Norwegian and friendly governments demand the release of the detainees.", {("Norway", "NOR", "prisoners")}),
    ("The Norwegian and Latin American delegations demand the release of the detainees.",
     {("Norway", "NOR", "prisoners")}),
])
def test_a_state_named_by_its_demonym(text, expected):
    doc = nlp.load_model()(text)
    mentions = mentions_in(text, ACTORS)
    rows = conditions.find_conditions(doc, "t.txt", mentions, [], taxonomy=GENERIC)
    assert {(r["holder"], r["holder_country"], r["category"]) for r in rows} == expected


@pytest.mark.parametrize("source, expected", [
    # a document no one is named as writing holds nothing; an unnamed person does
    ("a copy of the treaty shown to reporters", set()),
    ("drafts of the deal", set()),
    # the press reports terms and sets none
    ("a local journalist", set()),
    ("reporters", set()),
    ("a senior official", {"unnamed: a senior official"}),
    ("deal negotiators", {"unnamed: deal negotiators"}),
])
def test_an_unnamed_document_is_no_holder(pipe, source, expected):
    lead = "The detainees must be freed within a month, according to "
    text = lead + source + "."
    quote = dict(article="t.txt", kind="indirect", speaker=f"unnamed: {source}", speaker_country="",
                 speaker_surface=source, quote=text[:len(lead) - 15], start=0, end=len(lead) - 15)
    rows = conditions.find_conditions(pipe(text), "t.txt", [], [quote], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == expected


@pytest.mark.parametrize("source, pronoun, expected", [
    ("Norwegian officials", "they", {("unnamed: Norwegian officials", "NOR")}),  # reported speech: the source itself
    ("Norwegian officials", "we", {("unnamed: Norwegian officials", "NOR")}),
    ("Officials", "they", {("Osteria", "OST")}),  # a source of no known side: the pronoun's antecedent
])
def test_an_unnamed_source_of_a_known_side_speaks_of_itself(pipe, source, pronoun, expected):
    lead = f"Osteria will not sign the accord. {source} say "
    text = lead + f"{pronoun} want the tariffs lifted before any signing."
    quote = dict(article="t.txt", kind="indirect", speaker=f"unnamed: {source}", speaker_country="",
                 speaker_surface=source, quote=text[len(lead):-1], start=len(lead), end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert {(r["holder"], r["holder_country"]) for r in rows} == expected


@pytest.mark.parametrize("source, pronoun, expected", [
    # a ``his`` of an unnamed source's reported speech: the source, of the side of the body it is from
    ("A Lakeport Ministry official", "his", {("unnamed: Lakeport Ministry official", "NRL")}),
    ("A Lakeport Ministry spokeswoman", "her", {("unnamed: Lakeport Ministry spokeswoman", "NRL")}),
    # a source from no body of a known side: the nearest person named before, as before
    ("An official", "his", {("Karl Vos", "OST")}),
])
def test_an_unnamed_source_of_a_named_body_speaks_of_its_government(pipe, source, pronoun, expected):
    actors = {**ACTORS, "Lakeport Ministry": ("Lakeport Ministry", "organization", "NRL")}
    lead = f"Karl Vos left the talks. {source} said "
    text = lead + f"{pronoun} government would lift the tariffs if the rebels signed a truce."
    quote = dict(article="t.txt", kind="indirect", speaker=f"unnamed: {source.split(' ', 1)[1]}", speaker_country="",
                 speaker_surface=source, quote=text[len(lead):-1], start=len(lead), end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [quote], taxonomy=GENERIC)
    assert {(r["holder"], r["holder_country"]) for r in rows} == expected


THINK_TANK = ("A report by the {name}, {desc} in Valdia, looks at the talks between Norland and Osteria.\n"
              "According to the {noun}, the pillars are:\n1. A truce along the whole border.\n"
              "2. The freeing of every detainee.\nThe {noun}'s director, Karl Vos, said a truce should come first.\n"
              "The {noun} also argues that the embargo should be lifted.\n"
              "Norland insists on freeing every detainee.")


@pytest.mark.parametrize("name, desc, noun, expected", [
    # a body that studies and comments, and its staff: their points are a view
    ("Norpol Institute", "a think tank", "institute", [("Norland", "prisoners")]),
    ("Institute of Peace Studies", "a research body", "institute", [("Norland", "prisoners")]),  # named so
    ("Norpol Front", "a rebel group", "front", [("Karl Vos", "ceasefire"), ("Norland", "prisoners"),
                                                ("Norpol Front", "ceasefire"), ("Norpol Front", "prisoners"),
                                                ("Norpol Front", "sanctions")]),
])
def test_a_think_tanks_points_and_its_staffs_views_are_no_terms(pipe, name, desc, noun, expected):
    text = THINK_TANK.format(name=name, desc=desc, noun=noun)
    actors = {**ACTORS, name: (name, "organization", "VAL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("presenter, verb, expected", [
    ("The State of Osteria", "presented", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria", "handed", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria", "met", []),  # met the envoys with a draft: not its author
])
def test_a_draft_presented_to_the_parties_is_its_presenters_list(pipe, presenter, verb, expected):
    text = (f"{presenter} {verb} the envoys of Norland with a draft roadmap on Monday.\n"
            "According to reporters who read it, the draft roadmap sets out:\n"
            "- a truce along the whole border;\n- the freeing of every detainee.")
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


def test_a_joint_statement_of_a_bloc_is_held_by_its_international_body(pipe):
    actors = {**ACTORS, "Valdia": ("Valdia", "state", "VAL"), "the Union": ("the Union", "organization", "INT")}
    text = "Norland, Osteria, Valdia and the Union urged a truce."
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == [("the Union", "ceasefire")]
    text = "Norland, Osteria and Valdia urged a truce."
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == [("Norland", "ceasefire"), ("Osteria", "ceasefire"), ("Valdia", "ceasefire")]


def _placed(text, *names):
    """Mention-like dicts for ``(name, type, country)`` at each place ``name`` is written in ``text``."""
    return [{"actor": n, "type": t, "country": c, "start": i, "end": i + len(n)}
            for n, t, c in names for i in [m.start() for m in re.finditer(re.escape(n), text)]]


def test_the_talks_venue_and_host_are_not_the_state_an_article_is_about(pipe):
    text = "Talks in Osteria resume\nNorland sent envoys to talks hosted by Osteria. Fighting in Norland went on."
    names = [("Norland", "state", "NOR"), ("Osteria", "state", "OST")]
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "NOR"
    text = "Talks resume\nNorland sent envoys. Osteria shelled the border. Fighting in Osteria went on."
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "OST"


@pytest.mark.parametrize("text, name, host", [
    # a state written in a third party's part: hosting, mediating, facilitating
    ("Osteria, which has hosted the process since 2001, sent envoys.", "Osteria", True),
    ("Osteria, which has fought the rebels since 2001, sent envoys.", "Osteria", False),
    ("Osteria is acting as facilitator again.", "Osteria", True),
    ("Osteria is acting as a spoiler again.", "Osteria", False),
    ("Osteria, the mediator, said nothing.", "Osteria", True),
    ("Osteria, the aggressor, said nothing.", "Osteria", False),
    ("The bloc backs Osteria's mediation.", "Osteria", True),
    ("Osteria, which hosts two million refugees, sent envoys.", "Osteria", False),
    ("Osteria, the host of the games, sent envoys.", "Osteria", False),
    ("Osteria brokered the last truce.", "Osteria", True),
    ("The bloc backs Osteria's army.", "Osteria", False),
    ("Osteria hosts the talks.", "Osteria", True),
    ("Osteria was hosted by the rebels.", "Osteria", False),
    # the verb of hosting or mediating as the infinitive of the subject's verb; not one refused
    ("Osteria has agreed to mediate the talks.", "Osteria", True),
    ("Osteria offered again to host the talks.", "Osteria", True),
    ("Osteria refused to host the talks.", "Osteria", False),
    ("Osteria has agreed to fight the rebels.", "Osteria", False),
    ("Valdia asked Osteria to mediate the talks.", "Valdia", False),
    ("Osteria declined to mediate the talks.", "Osteria", False),
    # a capital before the talks is their venue; a state's own name, their topic
    ("The rebels came to the Lima peace table.", "Lima", True),
    ("The Peru talks resumed on Monday.", "Peru", False),
])
def test_a_state_in_a_third_party_s_part_or_a_venue_is_no_state_the_article_is_about(pipe, text, name, host):
    from helpers.actors.countries import host_place
    start = text.index(name)
    assert host_place(pipe(text), start, start + len(name)) is host


@pytest.mark.parametrize("people, lead", [
    ("The Peruvian government and the Peruvian army", "PER"),  # a state's own bodies, named by its demonym
    ("The Peruvian facilitator and the Peruvian envoy", "NOR"),  # a demonym's people, no body of that state
    ("The Peruvian government, which hosts the talks, and the Peruvian envoy", "NOR"),  # a host's government
])
def test_a_government_named_by_its_demonym_counts_for_its_state(pipe, people, lead):
    text = f"Talks open\n{people} met the rebels; Norland watched.\n\nNorland waits."
    assert sides.lead_state(_placed(text, ("Norland", "state", "NOR")), pipe(text)) == lead


@pytest.mark.parametrize("text, expected", [
    # ``the coalition``: the organisation whose name holds the word, named before or after
    ("The coalition wants a truce on the river.\n\nThe Coalition of Harbour Movements met on Monday.",
     [("Coalition of Harbour Movements", "ceasefire")]),
    ("The Coalition of Harbour Movements met on Monday. The coalition of armed movements wants a truce on the river.",
     [("Coalition of Harbour Movements", "ceasefire")]),
    # an owner names another coalition; no organisation so named, no such holder
    ("Norland's coalition wants a truce on the river.\n\nThe Coalition of Harbour Movements met on Monday.",
     [("Norland", "ceasefire")]),
    ("The coalition wants a truce on the river.\n\nThe Harbour Movement met on Monday.", []),
    # a modifier or a plural names another group (a word inside a name that is not its head: _name_head)
    ("The ruling coalition wants a truce on the river.\n\nThe Coalition of Harbour Movements met on Monday.", []),
    ("The Harbour Movement met on Monday. The movements want a truce on the river.", []),
])
def test_a_group_named_again_by_the_head_of_its_name(pipe, text, expected):
    actors = {**ACTORS, "Coalition of Harbour Movements": ("Coalition of Harbour Movements", "organization", "NRL"),
              "Harbour Movement": ("Harbour Movement", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a group introduced in apposition to a group word is ``the alliance`` (or ``the coalition``) after it
    ("Norland's opposition alliance, the Lakeside Union, met the army. The alliance demands a truce on the river.",
     [("Lakeside Union", "ceasefire")]),
    ("The Lakeside Union, an opposition alliance, met the army. Some of the coalition's demands are a truce on the river"
     " and the freeing of all detainees.", [("Lakeside Union", "ceasefire"), ("Lakeside Union", "prisoners")]),
    # no apposition: the group word names no one
    ("Norland's opposition alliance met on Monday, said the Lakeside Union. The alliance demands a truce on the river.", []),
    # introduced only after the noun: not yet named
    ("The alliance demands a truce on the river. Norland's opposition alliance, the Lakeside Union, met the army.", []),
])
def test_a_group_named_again_by_the_word_that_introduced_it(pipe, text, expected):
    actors = {**ACTORS, "Lakeside Union": ("Lakeside Union", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert sorted(pairs(rows)) == expected


def test_a_host_state_does_not_outweigh_the_state_at_war(pipe):
    text = ("What Norland and the rebels bring to the Lima peace table\nOsteria, which hosts the talks, is acting as "
            "facilitator, and Osteria's envoy met both sides.\n\nNorland wants a truce.")
    names = [("Norland", "state", "NOR"), ("Osteria", "state", "OST"), ("Lima", "state", "PER")]
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "NOR"


def test_the_lede_of_a_text_without_blank_lines_is_its_headline_and_first_paragraph(pipe):
    names = [("Norland", "state", "NOR"), ("Osteria", "state", "OST")]
    text = "Talks resume\nWire staff, May 2 -\nNorland sent envoys to the border.\nOsteria waited. Osteria left."
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "NOR"  # the dateline line is no paragraph
    text = "Talks resume\nOsteria waited.\nNorland sent envoys to the border. Norland left."
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "OST"


@pytest.mark.parametrize("text, lead", [
    # the outlet's own city on the byline line or a title-case dateline is where it files from
    ("Talks stall over sequencing\nBy Wire staff | Osteria City | May 2\nThe talks on Norland remain stuck.", "NOR"),
    ("Talks stall over sequencing\nOsteria City, Lakeport Wire - The talks on Norland remain stuck.", "NOR"),
    # with no state in the lede itself, the dateline tells where the story is (a state agency at home)
    ("Council demands a pullback\nOsteria City, May 2 (Wire) - The council met on Thursday.", "OST"),
    # a long masthead line under the headline, no blank line between them, in a text of paragraphs
    ("Talks stall over sequencing\nMonday, May 2 - Rolling coverage by our reporters at the conference "
     "centre on the east side of Osteria City\n\nThe talks on Norland remain stuck.\n\nOsteria City waits. Osteria City hopes.", "NOR"),
    # a place that opens a sentence in lower-case words is no dateline; counted, it ties
    ("Talks stall over sequencing\nOsteria City, which watches them, says the talks on Norland are stuck.", None),
])
def test_the_places_an_outlet_files_from_count_only_when_the_lede_names_no_state(pipe, text, lead):
    names = [("Norland", "state", "NOR"), ("Osteria City", "state", "OST")]
    assert sides.lead_state(_placed(text, *names), pipe(text)) == lead


def test_a_tie_in_the_lede_is_broken_by_the_bodies_of_one_state(pipe):
    text = "Talks resume\n\nNorland and Osteria sent envoys.\n\nThe Northern Army met. Osteria waited. Osteria left."
    names = [("Norland", "state", "NOR"), ("Osteria", "state", "OST")]
    body = ("The Northern Army", "organization", "NOR")
    assert sides.lead_state(_placed(text, *names, body), pipe(text)) == "NOR"
    assert sides.lead_state(_placed(text, *names), pipe(text)) == "OST"  # no body: the whole article's leader


def test_the_co_signatories_of_a_document_named_earlier_hold_its_terms(pipe):
    text = "Norland and Osteria signed an accord brokered by Karl Vos. The accord calls for a truce."
    assert pairs(rows_for(pipe, text)) == [("Norland", "ceasefire"), ("Osteria", "ceasefire")]


@pytest.mark.parametrize("text, expected", [
    # a list of what a side has done tells facts; a list of what it wants states terms
    ("Anna Berg listed the steps Norland has taken:\n\n- Declaring a truce along the river;\n\n"
     "- Freeing forty detainees held in the valley.", []),
    ("Anna Berg listed the acts of goodwill taken by Norland:\n\n- Declaring a truce along the river;\n\n"
     "- Freeing forty detainees held in the valley.", []),
    ("Anna Berg listed the steps Norland wants:\n\n- Declaring a truce along the river;\n\n"
     "- Freeing forty detainees held in the valley.", [("Anna Berg", "ceasefire"), ("Anna Berg", "prisoners")]),
    # what a side should have done, or a plan taken up, is no deed done
    ("Anna Berg listed the steps Norland should have taken:\n\n- Declaring a truce along the river;\n\n"
     "- Freeing forty detainees held in the valley.", [("Anna Berg", "ceasefire"), ("Anna Berg", "prisoners")]),
    # a list of past events, by its opener or by its items' past clauses, tells facts
    ("Osteria's history with Norland, in brief:\n\n- a border war in 1970\n\n- a truce that lasted a decade\n\n"
     "- a trade embargo lifted in 1995", []),
    ("Osteria's record, in brief:\n\n- a truce that lasted a decade\n\n- a trade embargo lifted in 1995", []),
    # a history named beside the terms, or what a party did to an item's noun, leaves the terms
    ("Osteria, citing a history of broken promises, listed its terms:\n\n- a truce along the river\n\n"
     "- the release of all detainees", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria set out its terms on Monday:\n\n- a truce that Norland proposed\n\n"
     "- the release of detainees that Norland seized", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    # items in the present or with a deadline are terms; a past date inside a term's own noun keeps it one
    ("Osteria's terms, in brief:\n\n- a truce that lasts a year\n\n- the embargo lifted within a month",
     [("Osteria", "ceasefire"), ("Osteria", "sanctions")]),
    ("Osteria's terms, in brief:\n\n- a truce along the river\n\n- an end to the embargo imposed in 1995",
     [("Osteria", "ceasefire"), ("Osteria", "sanctions")]),
])
def test_a_list_of_deeds_done_is_no_list_of_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a side's suggestion is a document of its terms: ``this plan`` after it is the suggester's
    ("Anna Berg dismissed Karl Vos's suggestion that the talks could include a buffer zone. Under this plan, "
     "Osteria would free all detainees held in the valley.", [("Karl Vos", "prisoners"), ("Karl Vos", "territory")]),
    # a suggestion no side makes, of a fact, sets no term
    ("Anna Berg dismissed a suggestion in the press that a truce was near.", []),
])
def test_a_sides_suggestion_is_a_document_of_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ``It involves`` (includes, calls for) right after a document is named lists its author's terms
    ("Norland unveiled a peace plan on Monday. It involves a truce along the river and the release of all "
     "detainees.", [("Norland", "ceasefire"), ("Norland", "prisoners")]),
    ("Osteria tabled a draft on Friday. It calls for the release of all detainees held in the valley.",
     [("Osteria", "prisoners")]),
    ("Osteria tabled a draft on Friday. It calls for Norland to free all detainees held in the valley.",
     [("Osteria", "prisoners")]),
    # ``It commits`` a party to a step, after a document that is a sentence's subject: the document's term
    ("Norland's four-page declaration came after three days of talks in the capital. It commits the government "
     "to free all political prisoners.", [("Norland", "prisoners")]),
    ("Norland's harvest failed after three days of rain in the capital. It commits the government to free all "
     "political prisoners.", []),
    # ``It lifts`` (a verb with which a document sets a term) after a document a side presents
    ("Norland unveiled a memorandum on Monday. It lifts the import bans on fish.", [("Norland", "sanctions")]),
    ("Norland's harvest failed on Monday. It lifts the import bans on fish.", []),
    # ``It would ...`` after a document a side presents is the document's, as after one that is a subject
    ("Norland unveiled a plan on Monday. It would cap Osteria's army at 40,000 soldiers and free all "
     "detainees.", [("Norland", "prisoners"), ("Norland", "security")]),
    # the ``it`` is the document's, whose author holds its terms, not the actor named last before it
    ("Norland welcomed the talks on Monday. Osteria outlined a plan on Friday. It involves the release of all "
     "detainees held in the valley.", [("Osteria", "prisoners")]),
    # after a sentence that names no document, or told in the past, no list of terms
    ("Norland's harvest failed on Monday. It involves a truce along the river and the release of all detainees.",
     []),
    ("Norland unveiled a peace plan in 1990. It included the release of all detainees, historians say.", []),
    # after a document the parties signed (concluded, reached), ``It`` is the deal: both signatories hold it
    ("Norland and Osteria signed a peace accord on Monday. It also includes the release of all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland and Osteria concluded a truce deal in the capital. It provides for the refugees' return home.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    # ``They`` after several documents, of the pronoun's number; not after one, nor after talks only held
    ("Norland and Osteria signed three accords on Monday. They include the return of refugees to the valley.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    ("Norland and Osteria signed a peace accord on Monday. They include the return of refugees to the valley.",
     []),
    ("Norland and Osteria held two rounds of talks on Monday. They include the return of refugees to the "
     "valley.", []),
    # a document only discussed, left unsigned or only possibly signed is not yet anyone's terms
    ("Norland and Osteria discussed a peace accord on Monday. It includes the release of all detainees.", []),
    ("Norland and Osteria did not sign the peace accord on Monday. It includes the release of all detainees.",
     []),
    ("Norland and Osteria could sign a peace accord on Monday. It includes the release of all detainees.", []),
    # ``They`` after a document that is a subject is as often its readers, unless it sets out a content
    ("Norland's proposals reached Osteria's generals on Monday. They keep the sanctions in place.", []),
    ("Norland's proposals reached Osteria's generals on Monday. They include the return of refugees to the "
     "valley.", [("Norland", "humanitarian")]),
])
def test_it_opening_a_sentence_after_a_document_sets_out_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that adds to a side's stated conditions (``In addition,``) goes on with that side's terms
    ("Osteria's conditions for talks are a truce along the river. In addition, Norland should free all "
     "detainees held in the valley.", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria's demands are a truce along the river. Moreover, the detainees held in the valley must be freed.",
     [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    # after a sentence naming no set of terms, or with no additive opening, the term has no holder
    ("Norland held talks on Monday. In addition, Norland should free all detainees held in the valley.", []),
    ("Norland won the vote by six points. Moreover, the detainees held in the valley must be freed.", []),
    ("Osteria's conditions for talks are a truce along the river. Norland should free all detainees held in "
     "the valley.", [("Osteria", "ceasefire")]),
])
def test_a_sentence_adding_to_a_sides_conditions_goes_on_with_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # bullets touching their items' capitals mark a list (scraped pages lose the space); one such line
    # alone is a footnote's asterisk, and an asterisk before a lower-case word no item
    ("Osteria set out its terms on Monday.\n\n*A truce along the river\n\n*The release of all detainees",
     [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria set out its terms on Monday.\n\n*a truce along the river\n\n*the release of all detainees", []),
    ("Osteria set out its terms on Monday.\n\n*An earlier version of this story said Norland demanded the "
     "release of all detainees.", [("Norland", "prisoners")]),
    # principles, like demands or points, name a set of terms; a list after an opener naming no set is facts
    ("Osteria issued the following principles on Monday.\n\n- A truce along the river\n\n- The release of all "
     "detainees", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Osteria's farmers met on Monday.\n\n- A truce along the river\n\n- The release of all detainees", []),
])
def test_a_marked_list_after_an_opener_naming_a_set_of_terms_states_them(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a third party who describes a deal the text gave parties states their terms, not its own
    ("A deal between Norland and Osteria was signed on Monday. Eli Kim said the deal would bring the release of "
     "all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Valdia brokered a truce and a swap deal between Norland and Osteria. Eli Kim said the deal would bring "
     "the release of all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # a party's own people speak for it; a deal with no parties named leaves the speaker's words his own
    ("A deal between Norland and Osteria was signed on Monday. Anna Berg said the deal would bring the release "
     "of all detainees.", [("Anna Berg", "prisoners")]),
    ("A deal was signed on Monday. Eli Kim said the deal would bring the release of all detainees.",
     [("Eli Kim", "prisoners")]),
    # a party the deal was made with speaks for it too; a deal's proposer is its author, whoever it is between
    ("Norland signed a deal with Valdia on Monday. Eli Kim said the deal would bring the release of all detainees.",
     [("Eli Kim", "prisoners")]),
    ("Valdia proposed a deal between Norland and Osteria. The deal calls for freeing every detainee.",
     [("Valdia", "prisoners")]),
    ("Valdia floated a deal between Norland and Osteria. The deal calls for freeing every detainee.",
     [("Valdia", "prisoners")]),
])
def test_a_deal_described_by_a_third_party_is_its_parties_terms(pipe, text, expected):
    actors = {**ACTORS, "Valdia": ("Valdia", "state", "VAL"), "Eli Kim": ("Eli Kim", "person", "VAL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain plural noun counted as two stands for the two parties joined by ``and`` just before
    ("Norland and Osteria met in the capital. Both parties agreed on a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    ("Envoys praised Norland and Osteria and said the two countries had agreed to an exchange of all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland and Osteria met again on Monday. Both governments called for a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    # not joined by ``and``: the two countries its own sentence names before it
    ("Anna Berg told Osteria to keep to the talks in which both parties agreed on a truce.",
     [("Anna Berg", "ceasefire"), ("Osteria", "ceasefire")]),
    ("Anna Berg told the envoys to keep to the talks in which both parties agreed on a truce.", []),
    # two sentences back, any pair counts (further back, a subject pair: a lede's, within six sentences);
    # three coordinated parties, or two other ones, are no pair
    ("Norland and Osteria met. Rain fell all day. Both parties agreed on a truce.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    ("Norland, Osteria and Valdia met on Monday. The two countries agreed on a truce.", []),
    ("Norland and Osteria met on Monday. Two other countries called for a truce along the river.", []),
    # no two parties named before: whoever reports the pair's agreement holds nothing
    ("Anna Berg said both sides had agreed to a truce along the river.", []),
    ("Norland met Anna Berg on Monday. Both parties agreed on a truce along the river.", []),
    ("Norland and Osteria met. One. Two. Three. Four. Five. Six. Both parties agreed on a truce.", []),
    # the same counted noun again, further back than any window, stands for the parties an earlier use of it
    # stood for; not when that one stood for none, nor a noun of another word
    ("Norland and Osteria met. The two countries exchanged gifts. One. Two. Three. Four. Five. Six. Seven. "
     "The two countries pledged to free every detainee.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland and Osteria met. One. Two. Three. Four. Five. Six. Seven. The two countries exchanged gifts. "
     "The two countries pledged to free every detainee.", []),
    ("Norland and Osteria met. The two countries exchanged gifts. One. Two. Three. Four. Five. Six. Seven. "
     "Both parties pledged to free every detainee.", []),
    # with no pair named near, the signatories of the latest document signed by as many parties as it counts
    ("Norland signed a declaration with Osteria on Saturday. One. Two. Three. Four. Five. Six. Seven. "
     "Both parties pledged to free every detainee.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland signed a declaration on Saturday. One. Two. Three. Four. Five. Six. Seven. "
     "Both parties pledged to free every detainee.", []),
    ("Norland signed a declaration with Osteria and Anna Berg on Saturday. One. Two. Three. Four. Five. Six. "
     "Seven. Both parties pledged to free every detainee.", []),
    ("Norland signed a trade pact with Osteria. One. Two. Three. Four. Five. Six. Seven. "
     "Both parties pledged to free every detainee.", []),
    # a document that binds a counted pair binds the parties named before, whoever reports it; a person who
    # commits them is no document
    ("Norland and Osteria signed a charter on Friday. Berg said the pact commits the two sides to reopen the "
     "border crossings.", [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    ("Norland and Osteria signed a charter on Friday. Berg said she commits the two sides to reopen the "
     "border crossings.", [("Anna Berg", "humanitarian")]),
    # an uncounted plural noun names no pair
    ("Norland and Osteria met in the capital. Anna Berg said the sides agreed to a truce along the river.", []),
    ("Norland and Osteria signed a truce. The parties agreed to release all detainees.", []),
    # the parties of the dispute or the deal (``the warring parties``, ``the parties to the accord``) are those named before
    ("Norland and Osteria signed a truce. The warring parties agreed to withdraw troops from the border.",
     [("Norland", "territory"), ("Osteria", "territory")]),
    ("Talks between Norland and Osteria resumed. The parties to the accord then agreed to release all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland and Osteria met on Monday. The rival delegations pledged to release all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # ... when two or more are named before; one named alone makes no dispute's parties
    ("Norland held a vote on Monday. The rival parties agreed to release all detainees.", []),
    ("Norland and Osteria met. The parties to the north agreed to release all detainees.", []),
    ("Norland and Osteria met. The parties to the talks agreed to release all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # ... the host of talks is no state fought in; a series in a relative clause is no dispute's parties
    ("The negotiating parties in Osteria agreed on Thursday to a truce along the river.", []),
    ("Anna Berg held elections, which Osteria and Norland praised. The rival parties agreed to release all detainees.",
     []),
    # with none named before, the parties of a war placed in a state are that state's (a civil war's sides)
    ("The warring parties in Norland agreed on Thursday to a truce along the river.", [("Norland", "ceasefire")]),
    ("The warring parties in the valley agreed on Thursday to a truce along the river.", []),
    # a place named as where a report was heard is no side of the pair its sentence names; a second
    # speaker is
    ("A Norland broadcast heard in Osteria claimed both parties pledged to free every detainee.", []),
    ("A Norland broadcast and Osteria claimed both parties pledged to free every detainee.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("A Norland envoy met officials in Osteria, and both parties pledged to free every detainee.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
])
def test_both_sides_are_the_two_parties_named_before(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


#: A body named by a common noun (not a proper noun the quote module would take for a speaker by itself).
MINISTRY = {"Osterian foreign ministry": ("Osterian Foreign Ministry", "organization", "OST")}


@pytest.mark.parametrize("text, expected", [
    # one who says what a term needs is no addressee of it, also where the parser lost the clause's subject
    ("The Osterian foreign ministry welcomed the mediation but said a deal between the rivals needed to "
     "include a full amnesty.", [("Osterian Foreign Ministry", "accountability")]),
    ("The Osterian foreign ministry thanked the hosts and said any accord of the sort needed to free all "
     "detainees.", [("Osterian Foreign Ministry", "prisoners")]),
    # ... not one who sees or hears it
    ("The Osterian foreign ministry saw that any accord of the sort needed to free all detainees.", []),
    ("The Osterian foreign ministry thanked the hosts and saw any accord of the sort needed to free all "
     "detainees.", []),
])
def test_who_says_what_a_term_needs_holds_it(pipe, text, expected):
    actors = {**ACTORS, **MINISTRY}
    assert pairs(conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [],
                                            taxonomy=GENERIC)) == expected


@pytest.mark.parametrize("text, expected", [
    # a series of subjects the parser splits (an apposition, then a second subject) is read from the words
    ("Norland, the United Kingdom, the Czech Republic, and Osteria urged on Tuesday a month-long "
     "truce across the hills.", [("Czech Republic", "ceasefire"), ("Norland", "ceasefire"), ("Osteria", "ceasefire"),
                              ("United Kingdom", "ceasefire")]),
    ("Norland, Valdia, and Osteria demanded on Monday the release of all detainees held since spring.",
     [("Norland", "prisoners"), ("Osteria", "prisoners"), ("Valdia", "prisoners")]),
    # an apposition that is no name, or names joined by no ``and``, make no series
    ("Norland, a close partner of Osteria, called for a truce along the river.", [("Norland", "ceasefire")]),
    ("Norland, Osteria says, called for a truce along the river.", [("Norland", "ceasefire")]),
])
def test_a_series_of_subjects_holds_the_term_together(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the party a document was concluded with is its signatory too, where it was made and later
    ("Norland reached an agreement with Osteria that calls for freeing every prisoner.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland signed a deal with Osteria on Monday. Below are the details.\n\n- The deal provides for "
     "freeing every prisoner.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # a deal a party confirmed with another is concluded; a plan signed with another's backing is not the backer's
    ("Norland confirmed a deal with Osteria on Monday. The deal calls for freeing every prisoner.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland signed a plan with Osteria's backing on Monday. The plan calls for freeing every prisoner.",
     [("Norland", "prisoners")]),
    ("Norland signed a deal with Osteria's government on Monday. The deal calls for freeing every prisoner.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # discussing or sharing a document with someone makes no signatory, nor does refusing any deal with them
    # (the trade deal withheld is the refuser's economic lever)
    ("Norland will not sign any trade deal with Osteria if the fighting continues.",
     [("Norland", "ceasefire"), ("Norland", "sanctions")]),
    # a demand made beside a deal is the demander's alone
    ("Norland signed a trade deal with Osteria on Monday and demanded the release of all detainees.",
     [("Norland", "prisoners")]),
    ("Norland discussed a plan with Osteria that calls for freeing every prisoner.",
     [("Norland", "prisoners")]),
    ("Norland shared the deal with Osteria on Monday. Below are the details.\n\n- The deal provides for "
     "freeing every prisoner.", [("Norland", "prisoners")]),
    # a deal named with a relative clause that concluded it (``the deal X signed with Y``), and every party after ``with``
    ("Crowds denounced the agreement Anna Berg signed with Osteria last week. The agreement calls for freeing every "
     "prisoner.", [("Anna Berg", "prisoners"), ("Osteria", "prisoners")]),
    ("Anna Berg signed a deal with Osteria and Karl Vos on Monday. The deal provides for freeing every prisoner.",
     [("Anna Berg", "prisoners"), ("Karl Vos", "prisoners"), ("Osteria", "prisoners")]),
    # the parties a document was agreed by hold it together: the one after the first is no addressee
    ("The plan for the disarmament of the militias was agreed upon by Norland and Osteria on Thursday.",
     [("Norland", "security"), ("Osteria", "security")]),
    # a clause that says the deal was not concluded, or a deal yet to exist, makes no party
    ("Crowds fear any deal Anna Berg signs with Osteria. The deal calls for freeing every prisoner.", []),
    ("Crowds denounced the agreement Anna Berg did not sign with Osteria. The agreement calls for freeing every "
     "prisoner.", []),
])
def test_the_party_a_deal_was_concluded_with_signs_it_too(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a pair joined by a dash before a document's noun are both its parties, either way round
    ("The Norland-Osteria agreement calls for a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    ("Under the Freedom Front-Norland accord, all detainees will be freed.",
     [("Freedom Front", "prisoners"), ("Norland", "prisoners")]),
    # so are two states' demonyms joined so (``the Norwegian-Swedish accord``)
    ("The Norwegian-Swedish accord was signed today. The accord provides for the exchange of prisoners.",
     [("Norway", "prisoners"), ("Sweden", "prisoners")]),
    # a dash before any other noun, or with spaces around it, joins no parties
    ("The Norland-Osteria border talks call for a truce along the river.", [("Osteria", "ceasefire")]),
    ("Norwegian-Swedish talks resumed today. The accord provides for the exchange of prisoners.", []),
    # (Norland calls: Osteria only owns the ally Norland is, relational_party_nouns)
    ("Norland - Osteria's ally - calls for a truce along the river.", [("Norland", "ceasefire")]),
])
def test_parties_joined_by_a_dash_before_a_document_hold_it_together(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party that accepts, signs or agrees to another's proposal holds its terms too
    ("Anna Berg accepted Osteria's proposal for an immediate truce.", [("Anna Berg", "ceasefire"), ("Osteria", "ceasefire")]),
    ("Anna Berg said she agreed to Osteria's proposal for the release of all detainees.",
     [("Anna Berg", "prisoners"), ("Osteria", "prisoners")]),
    # not one that refuses, only might accept, or weighs it
    ("Anna Berg refused to sign Osteria's plan for an immediate truce.", [("Osteria", "ceasefire")]),
    ("Karl Vos hoped that Anna Berg would accept Osteria's proposal for an immediate truce.", [("Osteria", "ceasefire")]),
    ("Anna Berg studied Osteria's proposal for an immediate truce.", [("Osteria", "ceasefire")]),
    # nor one only asked to accept it, nor a pair that neither accepted it
    ("Norland demanded that Osteria accept the proposal for an immediate truce.", [("Norland", "ceasefire")]),
    ("Neither Anna Berg nor Karl Vos accepted Osteria's proposal for an immediate truce.", [("Osteria", "ceasefire")]),
])
def test_a_party_that_takes_on_a_proposal_holds_its_terms_too(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative pronoun that is its clause's subject stands for the noun before it
    ("Norland's plan was rejected by Osteria, which insists on an unconditional ceasefire.", [("Osteria", "ceasefire")]),
    ("Anna Berg met Karl Vos, who said Osteria must withdraw its troops from the valley.", [("Karl Vos", "territory")]),
    ("Anna Berg met Karl Vos in the capital of Osteria, which wants an international commission to guard the "
     "detainees.", [("Osteria", "prisoners")]),
    # an object ``which`` keeps the clause's own subject; a document with no author, no one
    ("The truce, which Osteria wants extended, expires on Friday.", [("Osteria", "ceasefire")]),
    ("Norland rejected the plan, which calls for a truce.", []),
])
def test_a_relative_pronoun_subject_is_the_noun_it_stands_for(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ``they`` after a series of names is the whole series, in its sentence or the one after
    ("Anna Berg and Karl Vos announced that they had reached an agreement on a truce.",
     [("Anna Berg", "ceasefire"), ("Karl Vos", "ceasefire")]),
    ("Norland and Osteria met on Monday. They agreed to a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    # a ``they`` that another subject tells what to do is its addressee, not the series
    ("Norland and Osteria met on Monday. Valdia said they must free the detainees.", [("Valdia", "prisoners")]),
    ("Anna Berg and Karl Vos met on Monday. Norland said they must free the detainees.", [("Norland", "prisoners")]),
])
def test_they_after_a_series_of_names_is_the_series(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, speech, expected", [
    # the quote table names one speaker of a series that reports a deal: the series holds its terms
    ("Anna Berg and Karl Vos said on Monday that they had reached an agreement on a truce.",
     "they had reached an agreement on a truce", [("Anna Berg", "ceasefire"), ("Karl Vos", "ceasefire")]),
    ("Anna Berg and her counterpart Karl Vos said on Monday that they want a truce along the river.",
     "they want a truce along the river", [("Anna Berg", "ceasefire"), ("Karl Vos", "ceasefire")]),
    # a speaker named alone holds alone, whoever else the sentence names
    ("Anna Berg and Karl Vos met on Monday, and Berg said afterwards that she wants a truce along the river.",
     "she wants a truce along the river", [("Anna Berg", "ceasefire")]),
    ("Anna Berg said on Monday, after Karl Vos left, that she wants a truce along the river.",
     "she wants a truce along the river", [("Anna Berg", "ceasefire")]),
    ("Anna Berg told Karl Vos on Monday that she wants a truce along the river.",
     "she wants a truce along the river", [("Anna Berg", "ceasefire")]),
])
def test_a_reported_speech_of_a_series_is_the_series(pipe, text, speech, expected):
    start = text.index(speech)
    quote = dict(article="t.txt", kind="indirect", speaker="Anna Berg", speaker_country="NRL", quote=speech,
                 start=start, end=start + len(speech))
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a document's relative clause of what it would do holds its points, for its author or signatories
    ("Norland and Osteria signed a deal that would pull Osterian units out of the hills.",
     [("Norland", "territory"), ("Osteria", "territory")]),
    ("Anna Berg said Norland had drafted a plan that would free all detainees.", [("Norland", "prisoners")]),
    # a plan its reader rejects is not the reader's; a deal still talked about holds no term
    ("Osteria rejected a plan that would pull its units out of the hills.", []),
    ("Talks on a deal that would free all detainees stalled on Monday.", []),
])
def test_what_a_deal_would_do_is_its_point(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a term called a part or a condition of a deal is the deal's signatories', not its own subject's
    # possessor's, and the deal it is part of is no term of its own; a deal only said to be between
    # two is both parties' (the second is coordinated with the first, not the one asked)
    ("The pullback of all troops is the main condition of the truce accord between Norland and Osteria.",
     [("Norland", "territory"), ("Osteria", "territory")]),
    ("Norland signed a deal with Valdia. Osteria's pullout of its soldiers is a core component of the deal.",
     [("Norland", "territory"), ("Valdia", "territory")]),
    # a deal named after the capital it was signed in is not that state's; a plan named after one is
    ("Osteria's pullout of its soldiers is a core component of the Lima accord, brokered by Valdia.", []),
    ("Osteria's pullout of its soldiers is a core component of the Lima plan.", [("Peru", "territory")]),
    # no document: no one's term
    ("Osteria's pullout of its soldiers is a core component of the story.", []),
])
def test_a_part_of_a_deal_is_its_parties_term(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal brokered or facilitated by a third party is its parties', not the broker's
    ("Norland and Osteria signed a deal. The deal was brokered by Valdia. The deal calls for freeing every "
     "prisoner.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Valdia facilitated the accord. The accord provides for freeing every prisoner.", []),
    # a deal its drafter wrote or proposed stays the drafter's
    ("Valdia drafted the accord. The accord provides for freeing every prisoner.", [("Valdia", "prisoners")]),
])
def test_a_broker_is_no_author_of_the_deal(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted plural noun stands for as many parties joined by ``and`` before it
    ("Norland, Osteria and Valdia met on Monday. The three countries called for a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire"), ("Valdia", "ceasefire")]),
    ("Norland, Valdia, and Osteria sent envoys on Monday. All three countries demanded the release of all "
     "detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners"), ("Valdia", "prisoners")]),
    ("Norland, Osteria and Valdia brokered the talks. The three mediators demanded the release of all detainees.",
     [("Norland", "negotiation_terms"), ("Norland", "prisoners"), ("Osteria", "negotiation_terms"),
      ("Osteria", "prisoners"), ("Valdia", "negotiation_terms"), ("Valdia", "prisoners")]),
    # a story's lede names the parties a counted noun stands for some paragraphs later: a subject series
    # (or one beside the subject) of exactly that many, not any pair named in passing
    ("Norland and Osteria met on Monday. Rain fell. Envoys waited. Crowds gathered. The two countries then "
     "pledged to free every detainee.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("The three mediators, Norland, Osteria and Valdia, met on Monday. Rain fell. Envoys waited. Crowds "
     "gathered. The three countries called for a truce along the river.",
     [("Norland", "ceasefire"), ("Osteria", "ceasefire"), ("Valdia", "ceasefire")]),
    ("Aid reached Norland and Osteria on Monday. Rain fell. Envoys waited. Crowds gathered. The two countries "
     "then pledged to free every detainee.", []),
    ("Norland and Osteria met on Monday. Rain fell. Envoys waited. Crowds gathered. The three countries "
     "called for a truce along the river.", []),
    # a lede that names a second pair after the first names no sure one
    ("Norland and Valdia condemned the clashes between Osteria and the Freedom Front on Monday. Dozens died. "
     "Hospitals were full. Rain fell. The two sides later agreed to free all detainees.", []),
    # a count that does not match the parties named, or no count, stands for no one
    ("Norland and Osteria met on Monday. The three countries called for a truce along the river.", []),
    ("Norland, Osteria and Valdia met on Monday. The countries called for a truce along the river.", []),
    # a joint statement is its issuers', the nearest series of parties named as a subject before it
    ("Norland, Valdia, and Osteria called on Friday for talks. Rain fell. Envoys met. The joint statement urged "
     "both armies to let aid convoys through.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian"), ("Valdia", "humanitarian")]),
    ("Norland met envoys on Friday. The joint statement urged both armies to let aid convoys through.", []),
    # a statement said to be from its issuers is theirs; issuers named long before are too far
    ("The joint statement from Osteria and Norland urged both armies to let aid convoys through.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    ("Norland and Osteria met envoys. One. Two. Three. Four. Five. Six. Seven. The joint statement urged "
     "both armies to let aid convoys through.", []),
    ("Norland, Valdia, and Osteria met envoys. Norland's statement urged both armies to let aid convoys "
     "through.", [("Norland", "humanitarian")]),
    # parties that agree a step should be taken hold it together, whoever it asks to act
    ("Norland and Osteria met on Monday. The two ministers concurred that both sides must free every detainee.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("Norland and Osteria met on Monday. The two leaders also agreed both sides must reopen the aid corridors.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    ("Norland and Osteria met on Monday. Norland agreed that Osteria should free every detainee.",
     [("Norland", "prisoners")]),
    ("Norland and Osteria met on Monday. The two ministers said both sides should free every detainee.", []),
    ("Norland and Osteria met on Monday. The two ministers did not agree that both sides should free every detainee.",
     []),
])
def test_a_counted_group_or_a_joint_statement_is_the_parties_named_before(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive verb of demanding: its ``by`` agent asks, its subject is asked
    ("Osteria was urged by Norland to stop fighting.", [("Norland", "ceasefire")]),
    ("Osteria has been urged by Norland to release all detainees.", [("Norland", "prisoners")]),
    # no agent: who is asked sets nothing; a term demanded by a party is still the party's
    ("Osteria was urged to stop fighting.", []),
    ("Norland said Osteria was urged to release all detainees.", []),
    ("A truce along the river is demanded by Norland.", [("Norland", "ceasefire")]),
])
def test_a_passive_demand_is_its_agents(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what a document focuses on, in the present tense, are its points
    ("Norland and Osteria signed an agreement. The agreement focuses on the return of refugees.",
     [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
    # a past tense tells what it did; talks are no document
    ("Norland and Osteria signed an agreement. The agreement focused on the return of refugees.", []),
    ("Norland and Osteria met. The talks focus on the return of refugees.", []),
])
def test_what_a_document_focuses_on_is_its_point(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a document that sets or fixes a term in the present tense states it
    ("Norland and Osteria signed a treaty. The treaty sets the border along the river.",
     [("Norland", "territory"), ("Osteria", "territory")]),
    ("Norland and Osteria signed an accord. The accord fixes the border along the river.",
     [("Norland", "territory"), ("Osteria", "territory")]),
    # what a document lifts, and a verb joined to its verb by ``but``, in the present tense
    ("Norland and Osteria signed an accord. The accord lifts the import bans on fish.",
     [("Norland", "sanctions"), ("Osteria", "sanctions")]),
    ("Norland and Osteria signed an accord. The accord waives the claims to the islands but lifts the import bans "
     "on fish.", [("Norland", "sanctions"), ("Norland", "territory"), ("Osteria", "sanctions"), ("Osteria", "territory")]),
    ("Norland and Osteria signed an accord. The accord does not lift the import bans on fish.", []),
    # a settlement or an armistice is such a document
    ("The Norwegian-Swedish settlement lifts the import bans on fish.", [("Norway", "sanctions"), ("Sweden", "sanctions")]),
    ("Norland and Osteria reached a settlement in 1990. The settlement lifted the import bans on fish.", []),
    # in the past tense it tells what one did; a court is no document
    ("Norland and Osteria signed a treaty in 1921. The treaty set the border along the river.", []),
    ("Norland and Osteria signed a treaty. The court sets the border along the river.", []),
    # an idiom of what a document brings about sets no term
    ("Norland and Osteria signed an accord. The accord sets a precedent for the release of all detainees.", []),
    # a document that gives up a means of war sets its end as a term; a past one tells what it did
    ("Norland and Osteria signed a pact on Monday. The pact renounces all armed conflict and opens the roads.",
     [("Norland", "ceasefire"), ("Norland", "humanitarian"), ("Osteria", "ceasefire"), ("Osteria", "humanitarian")]),
    ("Norland and Osteria signed a pact in 1990. The pact renounced all armed conflict.", []),
])
def test_what_a_document_sets_is_its_term(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the step a deal is to bring about is held by the deal's owner, named by its possessor or its ``its``
    ("Anna Berg attacked Osteria for failing to honour its agreement with Norland to release all political "
     "prisoners.", [("Osteria", "prisoners")]),
    ("Norland opposed Osteria's deal to free all political prisoners.", [("Osteria", "prisoners")]),
    # one who criticises or welcomes a deal holds none of its steps
    ("Norland criticised the deal to free all political prisoners.", []),
    ("Norland welcomed the deal to free all political prisoners.", []),
    # a deal asked for (``a deal``) is the asker's demand, as before
    ("Norland called for a deal to free all political prisoners.", [("Norland", "prisoners")]),
])
def test_the_step_a_deal_is_to_bring_about_is_its_owners(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a document to end a war or dispute named by its parties: the parties hold its terms
    ("An accord to end the Norwegian-Swedish fisheries war redraws the maritime boundary along the median line.",
     [("Norway", "territory"), ("Sweden", "territory")]),
    ("A deal to end Osteria's civil war provides for a power-sharing cabinet and fresh elections.",
     [("Osteria", "governance")]),
    ("An accord to end the long war between Norland and Osteria provides for the release of all detainees.",
     [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # a day or an hour may stand between the document and its ``to``
    ("Negotiators signed an accord early on Tuesday to end Osteria's civil war. The accord provides for freeing "
     "all prisoners.", [("Osteria", "prisoners")]),
    ("Mediators signed an accord at midnight to end the Norland-Osteria border war. The accord provides for freeing "
     "all prisoners.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ("The envoys signed an accord on Friday to end the Norland-Osteria border war. The accord provides for freeing "
     "all prisoners.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    # a war named by no party, or a document to end something else, names no parties
    ("An accord to end the war provides for the release of all detainees.", []),
    ("Negotiators signed an accord early on Tuesday to end the school strike. The accord provides for freeing all "
     "prisoners.", []),
    ("A proposal to end the Norwegian-Swedish school exchange provides for the release of all detainees.", []),
])
def test_the_parties_of_the_war_a_document_ends_hold_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted noun stands for the states a series of demonyms named before it
    ("Norwegian and Swedish negotiators concluded their swap pact after midnight. Both sides are to release all "
     "detainees held over the fishing dispute.", [("Norway", "prisoners"), ("Sweden", "prisoners")]),
    ("Norwegian, Swedish and Danish envoys met. The three countries agreed to free all detainees.",
     [("Denmark", "prisoners"), ("Norway", "prisoners"), ("Sweden", "prisoners")]),
    # demonyms not joined, or fewer than it counts, stand for none
    ("Norwegian fans met Swedish fans. Both sides agreed to free all detainees.", []),
    ("Norwegian and Swedish envoys met. The three countries agreed to free all detainees.", []),
    ("The talks were held in Norwegian and Swedish. Both sides agreed to free all detainees.", []),
    ("Speaking in Norwegian, Swedish envoys said the talks had failed. Both sides agreed to free all detainees.", []),
])
def test_a_counted_noun_stands_for_the_states_of_a_demonym_series(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a party's accord ``with`` another: both are its parties
    ("Osteria's accord with Norland, described by the two governments as final, calls for the withdrawal of all "
     "Osterian troops from the river delta.", [("Norland", "territory"), ("Osteria", "territory")]),
    # a party that hails (or signs) its own accord with another: the other is a party too
    ("Osteria hailed its truce agreement with Norland as a breakthrough. The deal requires a 72-hour pause in "
     "hostilities.", [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    # talks with another are no document: the other sets nothing
    ("Osteria's talks with Norland will focus on pulling every Osterian unit out of the river delta, "
     "Osteria said.", [("Osteria", "territory")]),
])
def test_the_party_a_possessed_deal_is_with_holds_it_too(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ``It`` opening the sentence after a document signed by two parties' officials: both hold its terms
    ("A security memorandum was initialled on Monday by the defence ministers of Norland and Osteria. It provides "
     "for mutual security guarantees and a joint inspection team.", [("Norland", "security"), ("Osteria", "security")]),
    # an ``it`` that stands for no document adds no party
    ("Officials of Norland and Osteria met on Monday. It was a cold day, and Osteria demanded security guarantees.",
     [("Osteria", "security")]),
])
def test_it_standing_for_a_document_gives_its_terms_to_all_its_parties(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ``Under it,`` opening a sentence right after one that names a document: the document's terms
    ("Osteria's government and the northern rebels reached a peace pact late on Monday. Under it, rebel fighters "
     "are to leave the three towns they seized last spring.", [("Osteria", "territory")]),
    # after a sentence that names no document, none
    ("Osteria's harvest failed late on Monday. Under it, rebel fighters are to leave the three towns they seized "
     "last spring.", []),
    ("Norland and Osteria discussed a pact on Monday. Under it, rebel fighters are to leave the three towns.", []),
])
def test_under_it_after_a_document_gives_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


def test_a_tie_among_states_is_broken_by_the_bodies_of_one(pipe):
    text = "Talks resume\nNorland and Osteria sent envoys. The Cabinet of Norland met the envoys."
    def at(name, type_, country):
        start = text.find(name)
        return {"actor": name, "type": type_, "country": country, "start": start, "end": start + len(name)}
    states = [at("Norland", "state", "NOR"), at("Osteria", "state", "OST")]
    assert sides.lead_state(states, pipe(text)) is None
    assert sides.lead_state(states + [at("Cabinet of Norland", "organization", "NOR")], pipe(text)) == "NOR"
    assert sides.lead_state(states + [at("Cabinet of Norland", "organization", "INT")], pipe(text)) is None
    # bodies of a third state break no tie between two others
    assert sides.lead_state(states + [at("Cabinet of Norland", "organization", "VAL")], pipe(text)) is None


def test_a_negated_verb_of_demanding_states_no_term(pipe):
    assert rows_for(pipe, "Norland has not urged Osteria to agree to a truce.") == []
    assert pairs(rows_for(pipe, "Norland does not want a truce that lets Osteria rearm.")) == [
        ("Norland", "ceasefire"), ("Norland", "security")]


def test_a_venue_or_a_backer_is_no_fallback_holder(pipe):
    assert rows_for(pipe, "Rebels met in Norland and will sign a deal that would include a truce.") == []
    assert rows_for(pipe, "Osteria-backed rebels will sign a deal that would include a truce.") == []


def test_a_time_frame_is_no_term(pipe):
    assert pairs(rows_for(pipe, "Norland insists that Osteria must not rearm throughout the winter truce.")) == [
        ("Norland", "security")]
    # what a term must come before is what it is for, not a term of its own
    assert pairs(rows_for(pipe, "Norland insists that Osteria must not rearm before a truce.")) == [
        ("Norland", "security")]


def _quoted(text: str, speaker: str, kind: str) -> list[dict]:
    start = text.index('"') + 1
    end = text.index('"', start)
    return [dict(article="t.txt", kind=kind, speaker=speaker, speaker_country="", quote=text[start:end],
                 start=start, end=end)]


@pytest.mark.parametrize("kind, expected", [
    # the quoted words are those of the sentence's subject, not of whoever the quote table gives them to
    ("direct", [("Osteria", "ceasefire")]),
    # a pronoun subject outside an indirect quote stands for the quote's speaker
    ("indirect", [("Karl Vos", "ceasefire")]),
])
def test_a_cue_outside_a_quote_reads_the_sentence_subject(pipe, kind, expected):
    text = 'Karl Vos spoke first. Osteria then put forward a demand for "a full truce along the river."'
    if kind == "indirect":
        text = 'Karl Vos spoke first. He then put forward a demand for "a full truce along the river."'
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS),
                                      _quoted(text, "Anna Berg" if kind == "direct" else "Karl Vos", kind),
                                      taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("subject, expected", [
    # a document that reports the quoted words speaks for the party that signed it, not for the official the
    # quote table gave the words to; a person who reports them is that speaker
    ("The declaration", [("Norland", "ceasefire")]),
    ("The mediator", [("Karl Vos", "ceasefire")]),
])
def test_a_document_reporting_an_indirect_quote_speaks_for_its_author(pipe, subject, expected):
    text = ("The government of Norland signed a declaration with the rebels on Monday. Karl Vos praised it. "
            f'{subject} lays down "a pledge to keep a lasting truce along the river."')
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS),
                                      _quoted(text, "Karl Vos", "indirect"), taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("signer, expected", [
    # a state's government named with ``of`` is that state, as its title is (``the Republic of``)
    ("The government of Norland", [("Norland", "ceasefire")]),
    ("Norland", [("Norland", "ceasefire")]),
    # ... a government of no state named is none
    ("The government of the island", []),
])
def test_a_document_signed_by_the_government_of_a_state_is_that_states(pipe, signer, expected):
    text = (f"{signer} signed a declaration with the rebels on Monday. Rain fell. "
            "The declaration calls for a lasting truce.")
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the actor tables marked only the first ``Osteria``: the second is written the same way
    ("Osteria spoke on Monday. Osteria officials insist on a truce.", [("Osteria", "ceasefire")]),
    ("Osteria spoke on Monday. Harbour officials insist on a truce.", []),
])
def test_a_proper_noun_written_as_a_mention_elsewhere_is_that_actor(pipe, text, expected):
    first = [m for m in mentions_in(text, ACTORS) if m["start"] == 0]
    rows = conditions.find_conditions(pipe(text), "t.txt", first, [], taxonomy=GENERIC)
    assert pairs(rows) == expected


def test_under_a_deal_each_clause_names_its_own_party(pipe):
    text = "Under the accord, Norland is to pull its army out of the valley and Osteria is to disband its militia."
    assert pairs(rows_for(pipe, text)) == [("Norland", "territory"), ("Osteria", "security")]


@pytest.mark.parametrize("text, expected", [
    ("It was a reply to Norland's demand that Osteria free the detainees.", True),
    # a clause break ends the noun's clause
    ("It was a reply to Norland's demand, and Osteria freed the detainees.", False),
])
def test_a_noun_of_demanding_governs_its_that_clause(pipe, text, expected):
    doc = pipe(text)
    cue_at, obj_at = text.index("demand"), text.index("detainees")
    cue = conditions.Match(cue_at, cue_at + len("demand"), "demands that", "demand")
    obj = conditions.Match(obj_at, obj_at + len("detainees"), "prisoners", "object")
    assert conditions._noun_clause(cue, obj, conditions._token_at(doc, cue_at)) is expected


def test_a_deadline_for_signing_is_a_negotiation_term(pipe):
    assert pairs(rows_for(pipe, "Norland urged Osteria to sign the accord without delay.")) == [
        ("Norland", "negotiation_terms")]


def test_an_inverted_conditional_is_no_obligation(pipe):
    assert rows_for(pipe, "Guarantees, should the truce fail, are vital.") == []
    assert pairs(rows_for(pipe, "Norland says Osteria should agree to a truce.")) == [("Norland", "ceasefire")]


def test_the_subject_of_a_passive_of_pressure_is_the_addressee(pipe):
    # Osteria is to be forced to pay: the term is held by the plan's author, not by Osteria.
    text = "Karl Vos unveiled a plan. Under his plan, Osteria would be forced to pay reparations."
    assert pairs(rows_for(pipe, text)) == [("Karl Vos", "accountability")]


def test_a_demand_reported_by_the_other_side_belongs_to_its_holder(pipe):
    text = "Norland rejected Osteria's demand that its militia hand over its weapons."
    assert pairs(rows_for(pipe, text)) == [("Osteria", "security")]


@pytest.mark.parametrize("text", [
    "Norland demanded that Osteria withdraw its troops in exchange for a truce.",
    "Norland says a deal is possible only if Osteria commits to a truce.",
])
def test_the_subject_of_a_demanded_or_conditional_clause_is_the_addressee(pipe, text):
    rows = rows_for(pipe, text)
    assert {r["holder"] for r in rows} == {"Norland"} and {r["addressee"] for r in rows} == {"Osteria"}


def test_a_document_speaks_for_its_author_named_earlier(pipe):
    text = "Osteria unveiled a plan on Monday. The plan calls for the release of all detainees."
    rows = rows_for(pipe, text)
    assert pairs(rows) == [("Osteria", "prisoners")]
    assert rows[0]["holder_rule"] == "condition_holder.author_of_document"


@pytest.mark.parametrize("text, expected", [
    ("Norland is drafting a peace proposal. Vos met Berg on Monday. An aide told reporters the plan would lift the"
     " tariffs on Osteria.", [("Norland", "sanctions")]),
    ("Osteria has sent over its draft. Berg met Vos on Monday. Officials said that the framework would end the naval"
     " blockade.", [("Osteria", "sanctions")]),
    # near misses: a deal yet to exist, and a document that is the subject of another clause
    ("Norland is drafting a peace proposal. Vos spoke to Berg on Monday. An aide told reporters any deal would lift"
     " the tariffs on Osteria.", [("Osteria", "sanctions")]),
    ("Norland is drafting a peace proposal. An aide said the plan was ready, but Osteria wants to lift the tariffs"
     " on Valdia.", [("Osteria", "sanctions")]),
])
def test_a_document_that_is_the_subject_of_the_terms_clause_is_its_earlier_authors(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Berg criticised Vos in a post. Her administration has drafted a peace proposal. The proposal includes the"
     " return of all prisoners.", [("Anna Berg", "prisoners")]),
    ("Karl Vos spoke on Monday. His government has drafted a plan. The plan calls for lifting the naval blockade of the ports.",
     [("Karl Vos", "sanctions")]),
    # near misses: a pronoun of those who are no state's agents, a plan no one is said to write
    ("Berg criticised Vos in a post. Her critics have written a peace proposal. The proposal includes the return of"
     " all prisoners.", []),
    ("Karl Vos spoke on Monday. His government has rejected a plan. The plan calls for lifting the naval blockade of the ports.",
     []),
])
def test_a_document_written_by_her_government_is_that_persons(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Osteria announced that the authorities of Norland agreed to open the border crossings.",
     [("Norland", "humanitarian")]),
    ("Osteria announced that the government of Norland agreed to open the border crossings.",
     [("Norland", "humanitarian")]),
    # near miss: a body of no state after ``of``; the announcer stays
    ("Osteria announced that the owners of the Norland ferry agreed to open the border crossings.",
     [("Osteria", "humanitarian")]),
])
def test_a_states_government_or_authorities_named_with_of_is_that_state(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, category", [
    # near misses of the generic rows for exclusion from power, a state's name, guarantees, fighters in
    # zones, landmines, child recruitment, internal affairs and a transition period
    ("Norland insists that its inspectors not be barred from the power plant.", "governance"),
    ("Osteria insists that its farmers not be excluded from the government's compensation scheme.", "governance"),
    ("Osteria proposed an alternative name for the joint commission.", "governance"),
    ("Norland says the state airline must change its name before the merger.", "governance"),
    ("Osteria wants a written guarantee that its loan will be repaid.", "security"),
    ("Norland demands guarantees for the gas supply deal.", "security"),
    ("Osteria demanded that its army concentrate on rebels holding the pass.", "security"),
    ("Norland threatened to lay landmines along the border if Osteria does not withdraw.", "humanitarian"),
    ("Osteria wants Norland to recruit more children's nurses for its hospitals.", "humanitarian"),
    ("Norland and Osteria pledged non-interference in one another's football affairs.", "security"),
    ("Norland wants an extended transition period for the new car tariffs.", "governance"),
])
def test_generic_rows_do_not_reach_neighbouring_topics(pipe, text, category):
    assert category not in {r["category"] for r in rows_for(pipe, text)}


def test_a_condition_in_the_outlet_voice_and_in_a_quote(pipe):
    text = 'Berg said: "Osteria must release the hostages first."'
    start = text.index('"') + 1
    quote = dict(article="t.txt", kind="direct", speaker="Anna Berg", speaker_country="NRL",
                 quote=text[start:-1], start=start, end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert [(r["holder"], r["category"], r["voice"]) for r in rows] == [("Anna Berg", "prisoners", "quote")]


@pytest.mark.parametrize("subject, expected", [("Nobody", []), ("No one", []), ("Everyone", [("Anna Berg", "territory")])])
def test_a_quote_denying_anyone_asks_states_no_term(pipe, subject, expected):
    text = f'Berg said: "{subject} in Norland is asking for one metre of Osterian soil."'
    start = text.index('"') + 1
    quote = dict(article="t.txt", kind="direct", speaker="Anna Berg", speaker_country="NRL",
                 quote=text[start:-1], start=start, end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert pairs(rows) == expected


# --------------------------------------------------------------------------- categories per story


def test_no_story_gives_the_generic_categories(pipe):
    rows = rows_for(pipe, "Norland demands a truce.")
    assert [(r["category"], r["generic_category"]) for r in rows] == [("ceasefire", "ceasefire")]
    assert list(rows[0]) == conditions.COLUMNS and conditions.COLUMNS[-1] == "generic_category"


def test_a_story_renames_generic_matches_to_its_own_categories(pipe):
    own = pd.DataFrame([
        dict(category="talks", generic_category="negotiation_terms", role="object", pattern=r"\bsummit\b"),
        dict(category="talks", generic_category="ceasefire", role="generic", pattern=""),
    ])
    taxonomy = conditions.taxonomy_from_frame(own, conditions.load_cues())
    assert [(r["category"], r["generic_category"]) for r in rows_for(pipe, "Norland demands a truce.", taxonomy)] \
        == [("talks", "ceasefire")]
    assert [(r["category"], r["generic_category"]) for r in rows_for(pipe, "Norland demands a summit.", taxonomy)] \
        == [("talks", "negotiation_terms")]
    # a generic category the story does not map is not reported
    assert rows_for(pipe, "Norland demands the release of the detainees.", taxonomy) == []


def test_a_story_pattern_wins_over_an_overlapping_generic_one(pipe):
    own = pd.DataFrame([
        dict(category="hostage_deal", generic_category="prisoners", role="object", pattern=r"\bhostages\b"),
        dict(category="other", generic_category="prisoners", role="generic", pattern=""),
    ])
    taxonomy = conditions.taxonomy_from_frame(own, conditions.load_cues())
    rows = rows_for(pipe, "Norland demands that Osteria free the hostages.", taxonomy)
    assert [(r["category"], r["generic_category"]) for r in rows] == [("hostage_deal", "prisoners")]


def test_the_seeds_story_keeps_the_guide_categories_and_maps_each_to_a_generic_one():
    table = conditions.taxonomy_table(conditions.story_taxonomy(story.load_story("ukraine")))
    own = table[table.source == "story"]
    with open(conditions.TAXONOMY_FILE, encoding="utf-8", newline="") as fh:  # the story's names, from its file
        listed = {row["category"] for row in csv.DictReader(fh) if row["role"] != "generic"}
    assert listed and set(own.category) == listed
    generic = {c.name for c in conditions.generic_categories()}
    assert set(own.generic_category) <= generic


def test_lemma_sequences_match_inflected_forms(pipe):
    seq = conditions.parse_lemmas("withdraw > troop")
    for text in ("They withdrew all their troops.", "They are withdrawing the last troops."):
        assert conditions.lemma_matches(list(pipe(text)), seq)
    assert not conditions.lemma_matches(list(pipe("Troops arrived and nobody withdrew.")), seq)


#: Patterns of news language the detector reads, each with its invented sentences (a sentence that
#: states a term, and near misses that state none): ``(text, expected (holder, category) pairs)``.
PATTERN_CASES = {
    # a headline's one name before a colon speaks alone: the party after the colon is the one told
    "a_headline_name_before_a_colon_speaks_alone": [
        ("Osteria: Norland must pull its troops back from the valley", [("Osteria", "territory")]),
        ("Osteria: Norland and Valdia must free all detainees", [("Osteria", "prisoners")]),
    ],
    # a step kept on its timetable is no pledge; a promised one is
    "a_step_on_its_timetable_is_no_pledge": [
        ("Norland will hold parliamentary elections in October as scheduled, the election board said.", []),
        ("Norland will hold free elections in October, Anna Berg promised.", [("Norland", "governance")]),
    ],
    # a deal signed by a group the tables lack and a named party: the named signer joined to the agent's object
    "a_document_signed_by_unnamed_groups_and_a_named_party": [
        ("A peace accord was signed by three rebel groups and Anna Berg as a witness. The terms of the agreement "
         "included a truce and the freeing of all detainees.", []),
        ("A peace accord was signed by three rebel groups and Anna Berg. The terms of the agreement included a "
         "truce and the freeing of all detainees.", [("Anna Berg", "ceasefire"), ("Anna Berg", "prisoners")]),
        ("A peace accord was signed by three rebel groups and foreign observers. The terms of the agreement "
         "included a truce and the freeing of all detainees.", []),
    ],
    "a_clause_framed_by_a_document_with_an_author": [
        # the document's author sets the terms of what both sides would do under it
        ("Under Osteria's proposal, both sides would declare a truce on Monday.", [("Osteria", "ceasefire")]),
        ("Under Osteria's plan, both sides would pull their heavy artillery back from the river.", [("Osteria", "security")]),
        # a document with no author named: both sides stand for no parties named before
        ("Under the proposal, both sides would declare a truce on Monday.", []),
        # terms named by who tabled them, with no article before them
        ("Under terms proposed by Norland, the detainees would be freed within a week.", [("Norland", "prisoners")]),
        ("Under terms of the lease, the detainees would be housed in the port.", []),
        ("Under terms tabled by Norland, Osteria would pull its soldiers out of the valley.", [("Norland", "territory")]),
        # a draft frames its terms as a plan does
        ("Under Osteria's draft, a general amnesty would cover fighters on both sides.", [("Osteria", "accountability")]),
        ("According to Osteria's plan, both sides would pull their heavy artillery back from the river.",
         [("Osteria", "security")]),
    ],
    "terms_announced_in_one_sentence_and_stated_in_the_next": [
        # a side that names its terms without stating them holds what the next sentence asks of the other
        ("Norland set one condition for a settlement. Osteria must lift its ban on Norlandic goods.",
         [("Norland", "sanctions")]),
        ("Norland has two demands. Osteria must free the detainees and lift the ban on Norlandic goods.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        # a sentence that names no terms lends no holder
        ("Norland held talks on Monday. Osteria must free the detainees.", []),
    ],
    "an_answer_opened_by_only_if": [
        # a question answered by a bare ``Only if ...`` and its speaker: the speaker's term
        ("Would Osteria sign? Only if Norland accepts an international force to patrol the border, Karl Vos said.",
         [("Karl Vos", "security")]),
    ],
    "the_one_told_in_a_passive_is_no_holder": [
        # the subject of a passive verb of telling is the one told: the teller after ``by``, or the sayer above
        ("Osteria has been told it must free the detainees, Norland said.", [("Norland", "prisoners")]),
        ("Osteria was told by Norland that the detainees must be freed.", [("Norland", "prisoners")]),
        ("Anna Berg said Osteria had been informed that any deal would require the release of the detainees.",
         [("Anna Berg", "prisoners")]),
        # the active teller is the subject, as before
        ("Norland told Osteria that it must free the detainees.", [("Norland", "prisoners")]),
    ],
    "a_demand_noun_after_the_term_names_its_maker_as_agent": [
        # the term, then a demand noun whose participle of voicing names who made it
        ("Osteria would free the detainees, a demand made by Norland.", [("Norland", "prisoners")]),
        ("The deal frees the detainees, a request put forward by Norland.", [("Norland", "prisoners")]),
        # a participle of reading names no maker
        ("Osteria would free the detainees, a demand read out by Norland.", []),
    ],
    "who_watches_over_a_deal_is_one_of_its_terms": [
        # a truce accepted provided that monitors police it: the monitors, after ``by``, are its term
        ("Norland would accept a truce provided that it is policed by neutral monitors.", [("Norland", "ceasefire")]),
        ("Norland would accept a truce provided that it is patrolled by peacekeepers.", [("Norland", "security")]),
        # who proposes a deal, after ``by``, is none of its terms
        ("Norland would accept a truce provided that it is proposed by neutral mediators.", []),
        # nor is one who watches it that is no body of monitors
        ("Norland would accept a truce provided that it is monitored by the families of the detainees.", []),
    ],
    "a_measure_offered_on_a_proviso_the_parser_hung_elsewhere": [
        # the proviso hung on the verb of saying or joined to the verb: the measure offered is a term too
        ("Norland said it would ease its export controls on Osteria provided that Osteria returned to the talks.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        ("Norland would ease the sanctions on Osteria provided that Osteria returned to the talks.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        # a measure eased in the past on a proviso is no term
        ("Norland eased the sanctions on Osteria last year.", []),
    ],
    "a_step_offered_only_if_the_other_side_takes_it_too": [
        # a step offered on the condition that the other side does the same: the step is the offerer's term
        ("Norland will stop shelling the border villages only if Osteria does the same.", [("Norland", "ceasefire")]),
        ("Norland will stop shelling the border villages if Osteria does the same.", [("Norland", "ceasefire")]),
        # a refusal on the same proviso is the refusal cue's (the step refused)
        ("Norland will not stop shelling the border villages unless Osteria does the same.", [("Norland", "ceasefire")]),
        ("Norland would pull its soldiers out of the valley provided that Osteria follows suit.", [("Norland", "territory")]),
        ("Norland would pull its soldiers out of the valley as long as Osteria follows suit.", [("Norland", "territory")]),
        ("Norland will free the detainees on condition that Osteria does the same.", [("Norland", "prisoners")]),
        # a step taken after the other side's: what was done
        ("Norland pulled its soldiers out of the valley only after Osteria did the same.", []),
        # a step offered on a term of its own: that term is the offerer's, not the step
        ("Norland will pull its soldiers out of the valley only if Osteria frees the detainees.", [("Norland", "prisoners")]),
    ],
    "a_plan_its_author_introduced_set_off_by_commas": [
        # a plan its author introduced or outlined, however long the clause set off by commas: its items
        ("The ten-point peace plan, which Anna Berg introduced at a summit in the capital of Valdia last November, "
         "includes the full withdrawal of Osterian troops from the valley.", [("Anna Berg", "territory")]),
        ("The plan, which Karl Vos outlined on Monday, calls for a truce along the river.", [("Karl Vos", "ceasefire")]),
        # a plan that reporters only welcomed has no author here
        ("The ten-point plan, which was welcomed by reporters at the summit in the capital, includes the withdrawal "
         "of Osterian troops.", []),
    ],
    "a_party_that_agreed_only_to_a_step": [
        # agreed only to a step: the step is still its term, if less than was asked
        ("Norland agreed only to lift the warrants issued against the militia commanders.", [("Norland", "accountability")]),
        ("Norland agreed only to release the detained sailors.", [("Norland", "prisoners")]),
        # ``agreed, only to ...`` tells what followed the agreement
        ("Norland agreed, only to lift the warrants issued against the militia commanders a week later.", []),
    ],
    "a_relative_pronoun_before_a_verb_of_saying_asks_nothing": [
        # grievances ``which its envoy said had to be addressed``: the relative pronoun is no question word
        ("Osteria published a list of grievances which its envoy said had to be addressed before it returned to the "
         "negotiating table.", [("Osteria", "negotiation_terms")]),
        ("Osteria published a list of grievances which the cabinet said had to be addressed before it returned to "
         "the negotiating table.", [("Osteria", "negotiation_terms")]),
        # a question after a preposition, or one a question word fronts over ``thinks``, still states no term
        ("Norland and Osteria argued about how the detainees must be freed.", []),
        ("Reporters asked Karl Vos what he thinks Osteria must give up in the valley.", []),
    ],
    "what_cannot_be_done_without_a_step": [
        # peace that cannot be restored without a step: the step is the speaker's term
        ("Karl Vos said peace cannot be restored without the withdrawal of Norland's troops.", [("Karl Vos", "territory")]),
        ("Karl Vos said the threats to his country cannot be removed without the disarmament of Norland.",
         [("Karl Vos", "security")]),
        ("Karl Vos said peace can't be restored without the withdrawal of Norland's troops.", [("Karl Vos", "territory")]),
        # a long clause between ``cannot`` and ``without`` (more than three words) is no such term
        ("Karl Vos said reporters cannot cover the pullback of the troops from the valley for weeks without permits.", []),
    ],
    "a_stance_predicate_names_the_party_it_concerns": [
        # unacceptable to a party, a red line for it: that party's term, whoever reports it
        ("Karl Vos said the deployment of foreign troops in Osteria is unacceptable to Norland.", [("Norland", "security")]),
        ("Karl Vos said the deployment of foreign troops in Osteria is a red line for Norland.", [("Norland", "security")]),
        ("Karl Vos said the deployment of foreign troops in Osteria is non-negotiable for Norland.", [("Norland", "security")]),
        # a people of a party, or a noun it owns, is no party named: the speaker's own stance
        ("Karl Vos said the deployment of foreign troops is unacceptable to the people of Norland.",
         [("Karl Vos", "security")]),
        ("Karl Vos said foreign troops in Osteria are unacceptable to Norland's farmers.", [("Karl Vos", "security")]),
        # a demand's addressee after ``to`` sets nothing; a stance denied is none of the party's
        ("Karl Vos said freeing the detainees was his first request to Norland.", [("Karl Vos", "prisoners")]),
        ("Anna Berg said a truce was not a red line for Osteria.", [("Anna Berg", "ceasefire")]),
    ],
    "officials_named_by_the_parties_they_serve": [
        # representatives or ministers of the parties sign for them: the deal's terms are the parties'
        ("Representatives of Norland and Osteria signed a deal on Thursday. The deal calls for a truce along the border.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("The foreign ministers of Norland and Osteria signed an accord in the capital. The accord provides for the "
         "release of all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        # their ``they`` stands for every party they are named by
        ("Representatives of Norland and Osteria said they want a truce.", [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        # relatives of one party's detainees sign for no party
        ("Relatives of Norland's detainees signed a letter. The letter calls for the release of all detainees.", []),
        # signed by them, in the passive: the same parties
        ("The deal was signed by representatives of Norland and Osteria. The deal calls for a truce along the border.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        # rebel leaders of a party, or representatives of a body it owns, speak for no state
        ("Rebel leaders of Osteria signed a declaration. The declaration calls for a truce along the river.", []),
        ("Representatives of Norland's ethnic minority signed a declaration. The declaration calls for the release of "
         "all detainees.", []),
        # leaders of the sides of one state's own war sign for that state, as its civil war's parties are coded
        ("The leaders of Osteria's two main factions signed an accord on Friday. The accord includes a truce along the "
         "river.", [("Osteria", "ceasefire")]),
        ("Envoys of Osteria's warring parties signed a declaration. The declaration calls for the release of all "
         "detainees.", [("Osteria", "prisoners")]),
        # its political parties, named with no word of war, or ruling, are no war's sides
        ("The leaders of Osteria's ruling parties signed a declaration. The declaration calls for the release of all "
         "detainees.", []),
        ("Leaders of Osteria's parties signed a declaration. The declaration calls for a truce along the river.", []),
        ("The leaders of Osteria's two main parties signed a declaration. The declaration calls for the release of "
         "all detainees.", []),
    ],
    "agreements_signed_to_bring_a_term_about": [
        # agreements signed, on a weekday, intended to bring a step about: the signatories' term
        ("Norland and Osteria signed agreements on Thursday intended to bring about the release of all detainees.",
         [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        # a weekday's ``on`` opens no deal's subject: talks held after the signing are no term of it
        ("Norland and Osteria signed agreements on Thursday after talks about the release of all detainees.", []),
    ],
    "a_kind_of_deal_refused_states_the_refusers_own_terms": [
        # any deal that would require a step, rejected or opposed: the refuser's own red line
        ("Osteria rejects any plan that would require it to disband its militia.", [("Osteria", "security")]),
        ("Osteria has rejected any proposal that would require it to release the detained sailors.",
         [("Osteria", "prisoners")]),
        # one particular plan rejected: its terms are its authors', none of the refuser's
        ("Osteria rejected the plan that would require it to disband its militia.", []),
        # each of the plans already tabled, rejected, stays its author's; a kind only studied states no stance
        ("Norland tabled three proposals. Osteria rejected each proposal that called for the release of the detainees.",
         [("Norland", "prisoners")]),
        ("Osteria has studied any plan that calls for the withdrawal of foreign troops from the valley.", []),
    ],
    "a_document_another_is_pressed_to_accept_is_the_pressers": [
        # the one pressed to accept or sign a deal is asked, no author of it: its terms are the presser's
        ("Karl Vos has pressed Norland to accept a deal that would see it give up the occupied land.",
         [("Karl Vos", "negotiation_terms"), ("Karl Vos", "territory")]),
        ("Karl Vos pushed Norland to sign a plan, which would see it cede the occupied land.",
         [("Karl Vos", "negotiation_terms"), ("Karl Vos", "territory")]),
        # one who signs it holds what it would see
        ("Norland signed a deal that would see Osteria give up the occupied land.", [("Norland", "territory")]),
    ],
    "words_or_signs_that_suggest_propose_nothing": [
        # remarks, comments or data that suggest something show it: no one proposes it
        ("The remarks by Anna Berg suggested the talks would continue.", []),
        ("Her comments suggest Norland is ready to lift the sanctions.", [("Norland", "sanctions")]),
        # a person who suggests proposes
        ("Anna Berg suggested the talks continue in Geneva.", [("Anna Berg", "negotiation_terms")]),
    ],
    "an_agenda_held_to_some_issues_is_a_term_of_the_talks": [
        ("Anna Berg said the only subjects up for negotiation with Osteria were the border and the detainees.",
         [("Anna Berg", "negotiation_terms")]),
        ("Karl Vos said no other questions would ever be discussed with Norland.", [("Karl Vos", "negotiation_terms")]),
        # the only topics on someone's mind, or on a council's agenda, are no agenda of talks
        ("The only issues on the minds of voters were prices and jobs, Anna Berg said.", []),
        ("The only items on the agenda were the budget and the school calendar, Anna Berg said.", []),
    ],
    "a_clause_after_a_noun_cue_is_its_content_wherever_the_parser_hangs_it": [
        # ``insistence that ...`` states the insisting party's term even when the parser hangs the clause
        # on a noun before the cue
        ("Norland’s resolve to win back the valleys it lost since 2019 runs into Karl Vos’s insistence that it "
         "accept the “facts on the ground.”", [("Karl Vos", "territory")]),
        # a relative ``that`` after the noun tells of the demand, it states none
        ("Karl Vos’s insistence that was widely reported surprised Anna Berg.", []),
    ],
    "words_that_name_the_body_that_asks_are_no_term": [
        # ``the mediation team proposed``: the words say who proposes
        ("The Norland mediation team proposed holding a referendum in the valley.", [("Norland", "governance")]),
        # mediation proposed by a party is its term of the talks
        ("Norland proposed mediation by a team of envoys.", [("Norland", "negotiation_terms")]),
    ],
    "the_ministers_or_presidents_of_the_parties_named_before_agree_for_them": [
        ("Anna Berg met Karl Vos in Geneva. Both ministers agreed to free all prisoners.",
         [("Anna Berg", "prisoners"), ("Karl Vos", "prisoners")]),
        # ministers of one portfolio named by it are no such pair
        ("Anna Berg met Karl Vos in Geneva. The finance ministers agreed to free all prisoners.", []),
    ],
    "a_term_an_authorless_document_states_inside_an_agreement_is_the_agreeing_parties": [
        # the accord speaks, but no one wrote it here: the parties that agreed on it hold its term
        ("Anna Berg met Karl Vos in Geneva on Monday. The two leaders agreed that the old accord would serve as "
         "the sole basis of any talks.", [("Anna Berg", "negotiation_terms"), ("Karl Vos", "negotiation_terms")]),
        # with no cue around it, an accord's word alone holds nothing
        ("Anna Berg met Karl Vos in Geneva on Monday. The old accord would serve as the sole basis of any talks.", []),
    ],
    "the_items_a_document_lists_are_its_authors": [
        # a party named as the owner of an item (``Norland's neutrality``) is who the item concerns
        ("Osteria tabled a memorandum on Monday. It has provisions on Norland's neutrality and the lifting of "
         "sanctions.", [("Osteria", "sanctions"), ("Osteria", "security")]),
        # a pronoun or an ordinal pointing back to the terms just told speaks for their document's author
        ("Osteria tabled a memorandum with two variants of a truce. The second includes an end to mobilisation "
         "in Norland and the release of all prisoners.",
         [("Osteria", "ceasefire"), ("Osteria", "prisoners"), ("Osteria", "security")]),
        ("Osteria tabled a memorandum on Monday. These contain provisions on the release of all prisoners.",
         [("Osteria", "prisoners")]),
        # a pointer whose sentence before names no terms, and a second of some other things, are no one's
        ("Osteria signed the accord in March. Since then Norland troops have moved into the valley. This would "
         "require a new truce.", []),
        ("Norland tabled a peace plan on Monday. Osteria has two demands. The first includes the release of "
         "prisoners.", [("Osteria", "prisoners")]),
        # with no document told before, the second of a festival's events is no one's term
        ("A festival programme was published on Monday. The second includes a concert for the release of "
         "prisoners.", []),
    ],
    "the_party_a_text_requires_to_act_is_no_co_holder": [
        # a party coordinated with the holder but named as the one a text requires to act holds nothing
        ("On Sunday, Norland and Osteria noted progress on a draft framework requiring Osteria to concede territory.",
         [("Norland", "territory")]),
        # parties that agreed hold it both; parties that urge another hold it both
        ("Norland and Osteria agreed that Osteria would withdraw its troops from the valley.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        ("Norland and Osteria urged Valdia to free the detainees.",
         [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ],
    "what_a_dated_text_held_is_no_term_now": [
        # an agreement told in a relative clause of a document dated to a past year (``of 1994`` or ``the 1994``)
        ("The Lakeport accord of 1994, in which Norland and Osteria agreed to stop all attacks on the port, "
         "later collapsed.", []),
        ("The 1994 accord, in which Norland and Osteria agreed to stop all attacks on the port, later collapsed.", []),
        # an undated one is what the parties agreed
        ("The accord, in which Norland and Osteria agreed to stop all attacks on the port, was signed on Monday.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
    ],
    "a_subject_no_table_knows_leaves_the_term_unheld": [
        # ``Diplomats proposed ...``: the clause names its holder, unknown; the state its term benefits is none
        ("Diplomats proposed using frozen assets to fund Osteria's reconstruction.", []),
        ("European leaders proposed using frozen assets to pay for Osteria's reconstruction.", []),
        # a named subject, or one a demonym places, holds it
        ("Norland proposed using frozen assets to fund Osteria's reconstruction.",
         [("Norland", "humanitarian"), ("Norland", "sanctions")]),
        ("Norwegian officials proposed lifting the sanctions on Osteria.", [("Norway", "sanctions")]),
    ],
    "the_state_a_title_deals_with_is_no_party": [
        # ``the envoy for Osteria`` deals with Osteria; ``the envoy of Osteria`` speaks for it
        ("The special envoy for Osteria said Norland must lift the sanctions.", []),
        ("The envoy of Osteria said Norland must lift the sanctions.", [("Osteria", "sanctions")]),
    ],
    "talks_as_a_point_of_a_list": [
        # a point written as a step about talks is the talks' term; a point that only tells of talks is none
        ("Norland and Osteria agreed on these points:\n\n1. To initiate negotiations with the observers.\n\n"
         "2. To free all detainees.", [("Norland", "negotiation_terms"), ("Norland", "prisoners"),
                                       ("Osteria", "negotiation_terms"), ("Osteria", "prisoners")]),
        ("Norland and Osteria agreed on these points:\n\n1. The negotiations with the observers failed.\n\n"
         "2. To free all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland and Osteria agreed on these points:\n\n1. To report on the negotiations to parliament.\n\n"
         "2. To free all detainees.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
    ],
    "the_two_who_met_are_a_counted_pair": [
        # a host and a guest (``received``, ``hosted``, ``met``) are the pair ``the two leaders`` counts
        ("Anna Berg received Karl Vos on Monday. The two leaders then agreed to free all detainees.",
         [("Anna Berg", "prisoners"), ("Karl Vos", "prisoners")]),
        ("Anna Berg praised Karl Vos on Monday. The two leaders then agreed to free all detainees.", []),
        # a bloc named in front of them is the one they belong to; a state's adjective makes them that state's
        ("Anna Berg received Karl Vos on Monday. The two EU leaders then agreed to free all detainees.",
         [("Anna Berg", "prisoners"), ("Karl Vos", "prisoners")]),
        ("Anna Berg received Karl Vos on Monday. The two European leaders then agreed to free all detainees.",
         [("Anna Berg", "prisoners"), ("Karl Vos", "prisoners")]),
        ("Anna Berg received Karl Vos on Monday. The two Norwegian leaders then agreed to free all detainees.",
         [("Norway", "prisoners")]),
        ("Anna Berg received Karl Vos and two EU mediators on Monday. The two EU mediators then agreed to free "
         "all detainees.", []),
        # a thing of the guest's welcomed, a letter from the guest, a meeting that did not happen: no pair
        ("Anna Berg welcomed Karl Vos's proposal on Monday. The two leaders then agreed to free all detainees.", []),
        ("Anna Berg received a letter from Karl Vos on Monday. The two leaders then agreed to free all detainees.", []),
        ("Anna Berg did not meet Karl Vos on Monday. The two leaders then agreed to free all detainees.", []),
        # a list the pair rejects is none of theirs to hold
        ("Anna Berg received Karl Vos on Monday.\n\nThe two leaders rejected the following points:\n\n"
         "1. To initiate negotiations on a truce within four months;\n\n2. To free all detainees.", []),
        # and they hold the points of a list they open
        ("Anna Berg received Karl Vos on Monday.\n\nThe two leaders agreed on these points:\n\n"
         "1. To initiate negotiations on a truce within four months;\n\n2. To free all detainees.",
         [("Anna Berg", "ceasefire"), ("Anna Berg", "prisoners"), ("Karl Vos", "ceasefire"), ("Karl Vos", "prisoners")]),
        ("Anna Berg praised Karl Vos on Monday.\n\nThe two leaders agreed on these points:\n\n"
         "1. To initiate negotiations on a truce within four months;\n\n2. To free all detainees.", []),
    ],
    "who_signs_by_a_gerund_is_the_documents_party": [
        # ``took a step by signing an accord``, ``after signing``: the main clause's subject signed it
        ("Norland and Osteria took a step towards peace by signing an accord on Saturday, an envoy said. Talks will "
         "resume soon. Saturday's agreement provides for the withdrawal of all forces from the valley.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        ("After signing the accord on Saturday, Norland said talks would resume. The agreement provides for the "
         "withdrawal of all forces from the valley.", [("Norland", "territory")]),
        # who praised a signing, criticised another for signing or left without signing signed nothing
        ("Norland criticised Osteria for signing an accord with the rebels. The agreement provides for the "
         "withdrawal of all forces from the valley.", []),
        ("Norland left the summit without signing the accord. The agreement provides for the withdrawal of all "
         "forces from the valley.", []),
        ("Norland praised the signing of an accord on Saturday. The agreement provides for the withdrawal of all "
         "forces from the valley.", []),
    ],
    "a_patron_named_in_a_compound_is_no_holder": [
        # ``Norland-allied``, ``Norland-funded``: the state named first backs the group, it does not speak
        ("An alliance of Norland-allied rebel groups has ruled out disarming.", []),
        ("A coalition of Osteria-funded militias has ruled out disarming.", []),
        # a group based in a state, or a state's own units, are that state's
        ("An alliance of Norland-based rebel groups has ruled out disarming.", [("Norland", "security")]),
    ],
    "an_as_clause_describes_the_subject": [
        # ``as proposed by``, hung on the main verb: the subject is what was proposed, by the agent
        ("A full ceasefire, as first proposed by the Norland side, was rejected by Osteria.",
         [("Norland", "ceasefire")]),
        ("A month-long truce, as Norland had proposed, was turned down by Osteria.", [("Norland", "ceasefire")]),
        # a clause with an object of its own, or a subject that is not the term, describes nothing of it
        ("A full ceasefire, as Norland proposed talks, was rejected by Osteria.", []),
        ("Osteria, as Norland proposed, rejected a full ceasefire.", []),
    ],
    "second_review_near_misses_and_kept_terms": [
        # an argument's last point and a speaker's own sentence are no items of a counted list
        ("Norland set out three conditions for talks on Monday. Osteria rejected them.\n\nFinally, Osteria demanded "
         "the release of its pilots.", [("Osteria", "prisoners")]),
        ("Norland has tabled a five-point plan.\n\nFirst, all detainees are freed.\n\nSecond, Anna Berg said she "
         "wants the detainees freed.", [("Anna Berg", "prisoners"), ("Norland", "prisoners")]),
        # airspace, guarantees, ceilings and zones outside a settlement's security
        ("Norland wants a common policy for the airspace over the bay.", []),
        ("Norland wants air traffic controllers to monitor the civilian airspace more closely.", []),
        ("Norland wants Osteria to become the guarantor of Osteria's energy security.", []),
        ("Norland wants a system of guarantees for savers' deposits.", []),
        ("Norland insists the old system of guarantees must go.", [("Norland", "security")]),
        ("Norland wants the guarantor countries of the loan to pay.", []),
        ("Norland wants a ceiling for pay rises for the armed forces.", []),
        ("Norland wants a green belt 2 kilometres wide around the capital.", []),
        # 'had to' of a deed dated inside the clause, or recalled, is narrated; a date elsewhere in it is not
        ("Anna Berg said Osteria had to honour the truce agreed last month.", [("Anna Berg", "ceasefire")]),
        ("Anna Berg said Osteria, which invaded in 2019, had to withdraw its troops from the river.",
         [("Anna Berg", "territory")]),
        ("Anna Berg recalled that Osteria had to withdraw its troops from the river after the war.", []),
        # terms the first mends lost
        ("Norland wants Osteria's army gradually cut to 40,000 soldiers.", [("Norland", "security")]),
        ("Norland proposes confederation with Osteria.", [("Norland", "governance")]),
        ("Norland insists on a unitary state governed from the capital.", [("Norland", "governance")]),
        # near misses the first mends let through
        ("Norland wants Osteria to lift the ban on parking at the church.", []),
        ("Anna Berg said Norland would keep its sanctions for as long as it takes.", []),
        # a party's own verbs after a reader of a document stay the party's; a plan brought down was not brought
        ("Osteria has read the draft that Norland tabled. It demands the release of all detainees.",
         [("Osteria", "prisoners")]),
        ("Osteria has read the draft that Norland tabled. It will insist on the release of all detainees.",
         [("Osteria", "prisoners")]),
        ("The plan that Karl Vos brought down last year called for a truce.", []),
    ],
    "near_misses_of_this_sessions_vocabulary": [
        ("Norland demands that army pay be capped at last year's level.", []),
        ("Norland wants more English-language teaching in its schools.", []),
        ("Norland wants Osteria to lift the ban on parking near the church.", []),
        ("Karl Vos said he could not guarantee a deal that ends the fighting by Friday.", []),
        ("Osteria views the amnesty of 2019 as a vital chapter of its past.", []),
        ("Anna Berg said Norland would keep its sanctions for as long as it could.", []),
        # an item naming its noun belongs to a list counted with that noun
        ("Norland has rejected two demands from its own farmers. Osteria wants a truce. The second point is a "
         "rotating presidency.", [("Osteria", "ceasefire")]),
    ],
    "had_to_narrated_or_quoted_and_had_to_reported": [
        ("Anna Berg said Osteria had to withdraw its troops from the river in 2019.", []),
        ('"We had to withdraw our troops from the river," Karl Vos said of the old retreat.', []),
        ("Karl Vos stressed that the release of the detainees had to come first.", [("Karl Vos", "prisoners")]),
        ("According to Karl Vos, the release of the detainees had to come first.", [("Karl Vos", "prisoners")]),
        # a quote that ends before the clause, its marks mismatched as copy often has them, does not hold it
        ('\u201cWe will not wait," Karl Vos said, adding that the release of the detainees had to come first.',
         [("Karl Vos", "prisoners")]),
        # a deadline is no past date
        ("Anna Berg said Osteria had to withdraw its troops from the river by March.", [("Anna Berg", "territory")]),
    ],
    "a_party_that_read_a_document_keeps_its_own_it_and_bearers_yield_to_named_owners": [
        ("Osteria has read the draft that Norland tabled. It insists on the release of all detainees.",
         [("Osteria", "prisoners")]),
        ("Osteria has obtained the draft that Norland tabled last week. Its negotiators want the release of all "
         "detainees first.", [("Osteria", "prisoners")]),
        ("The Norwegian proposal that Anna Berg carried to Osteria calls for a truce.", [("Norway", "ceasefire")]),
        ("The proposal that Anna Berg brought back from Osteria calls for a truce.", []),
        # who hands over land under a swap wrote no swap
        ("Karl Vos proposed a swap under which Norland would hand over the valley.", [("Karl Vos", "territory")]),
    ],
    "guarantor_powers_a_ceiling_for_an_army_a_zone_of_given_depth_and_air_policing": [
        ("Norland insists that the guarantor powers keep no troops on the island.", [("Norland", "security")]),
        ("Norland wants a peacetime ceiling of 60,000 for Osteria's armed forces.", [("Norland", "security")]),
        ("Norland proposes a zone 20 kilometres deep along the river.", [("Norland", "territory")]),
        ("Norland insists that its jets police the airspace over western Osteria.", [("Norland", "security")]),
        # a guarantor of a deal's implementation takes part in the talks; a ferry corridor is no buffer
        ("Norland wants to be a guarantor of the deal.", []),
        ("Norland wants a corridor 3 kilometres wide for the ferries.", []),
        ("Norland wants a ceiling of 5 percent for rent rises.", []),
    ],
    "items_of_a_counted_list_opened_by_ordinal_adverbs": [
        ("A source said Norland's draft contains four points.\n\nFirst, Osteria's army is cut to 40,000 soldiers.\n\n"
         "Second, all detainees are freed within a month.", [("Norland", "prisoners"), ("Norland", "security")]),
        # no list was counted before
        ("Talks resumed on Monday.\n\nFirst, all detainees are freed within a month.", []),
    ],
    "a_deal_one_will_not_underwrite_and_criminal_cases_dropped": [
        ("Norland will not underwrite any arrangement that leaves Osterian troops on its soil.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Anna Berg demanded that Norland drop the criminal cases opened against the rebels.",
         [("Anna Berg", "accountability")]),
        # a loan one will not underwrite; a word dropped from a text
        ("Norland will not underwrite any loan that funds the new bridge.", []),
        ("Anna Berg said Norland dropped the word cases from the text.", []),
    ],
    "the_provisions_of_a_document_the_sentence_before_is_according_to": [
        ("Norland drew up the draft law that it handed to the mediators on Monday. According to the document, the "
         "valley would keep wide powers. Its main provisions are:\n\n- Osteria's army is capped at 20,000 soldiers.\n"
         "- All detainees are released within a month.\n\nTalks go on.",
         [("Norland", "prisoners"), ("Norland", "security")]),
        # provisions of food are no terms
        ("Osteria insists the town keeps food provisions for a month.", []),
    ],
    "an_obligation_in_the_past_states_a_term_only_in_reported_speech": [
        ("Karl Vos said the release of the detainees had to come first.", [("Karl Vos", "prisoners")]),
        ("Anna Berg said Osteria had to withdraw its troops from the river.", [("Anna Berg", "territory")]),
        # what a party had to do is narrated
        ("Osteria had to withdraw its troops from the river in 2019.", []),
        ("After the flood the detainees had to be moved to another camp.", []),
    ],
    "a_measure_kept_for_as_long_as_a_state_lasts_and_not_one_kept_in_the_past": [
        ("Anna Berg said Norland will keep its sanctions on Osteria for as long as Osteria holds the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Anna Berg said Norland would keep the embargo for as long as Osteria holds the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        # what a party did or has done is a fact, no term
        ("Anna Berg said Norland has kept its sanctions as long as anyone remembers.", []),
        ("Anna Berg said Norland kept its sanctions until the new year.", []),
    ],
    "a_measure_kept_until_a_term_is_met_in_the_passive": [
        ("Anna Berg said no sanctions should be eased until Osteria had freed the detainees.",
         [("Anna Berg", "prisoners"), ("Anna Berg", "sanctions")]),
        ("Anna Berg said sanctions should not be eased until Osteria had kept to the truce.",
         [("Anna Berg", "ceasefire"), ("Anna Berg", "sanctions")]),
        # what was done after a step is a fact; a review is no act that keeps or lifts a measure
        ("Anna Berg said sanctions were eased after Osteria had freed the detainees.", []),
        ("Anna Berg said the sanctions should be reviewed until Osteria frees the detainees.",
         [("Anna Berg", "prisoners")]),
    ],
    "a_measure_rolled_back_or_given_as_a_reward_for_a_step": [
        ("Norland offers Osteria a staged rollback of its restrictions.", [("Norland", "sanctions")]),
        # a prize for a film, a rollback of a pension reform
        ("Anna Berg said the Union got a prize for its film about the truce.", []),
        ("Anna Berg said the Union would give its soldiers medals as a reward for holding the truce line.", []),
        ("Norland offers its workers a staged rollback of the pension reform.", []),
    ],
    "what_a_party_calls_essential_in_its_own_quoted_words": [
        ('Norland regards the withdrawal of Osteria\'s troops as "an essential part of any deal".', [("Norland", "territory")]),
        ("Norland sees the release of all detainees as indispensable.", [("Norland", "prisoners")]),
        # essential to a history, not to a deal
        ("Norland regards the old treaty as an essential part of its history.", []),
    ],
    "schooling_in_a_communitys_language_worship_and_churches": [
        ("Norland insists that Osteria guarantee minority-language schooling.", [("Norland", "governance")]),
        ("Norland demands the right of every church to worship.", [("Norland", "governance")]),
        ("Norland demands the repeal of laws that restrict the activity of the church.", [("Norland", "governance")]),
        # a ban on a church's roof repairs, a right to strike
        ("Norland wants the ban on the old church roof repairs lifted.", []),
        ("Norland insists that Osteria guarantee a right to strike.", []),
    ],
    "the_ordinal_items_of_a_list_counted_in_prose": [
        ("Norland's minimum for a deal consists of four points, its envoy said. It wants Osteria to pull its troops "
         "back to the river. The second point is a rotating presidency. The third is the release of all detainees.",
         [("Norland", "governance"), ("Norland", "prisoners"), ("Norland", "territory")]),
        ("Osteria has three conditions for a deal. The first is a truce along the river. The second condition is "
         "the release of all detainees.", [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
        # no list was counted before the ordinal, or what was counted is no list of terms
        ("Norland wants a truce. The second point is a rotating presidency.", [("Norland", "ceasefire")]),
        ("The town has three bridges. The second is a rotating presidency of the club.", []),
    ],
    "an_it_after_a_reader_of_a_document_with_a_named_writer_is_the_document": [
        ("Norland radio has seen a copy of the paper that Anna Berg circulated on Tuesday. It proposes:\n"
         "- a rotating presidency between the two banks;\n- the release of all detainees within 30 days.\n\nTalks go on.",
         [("Anna Berg", "governance"), ("Anna Berg", "prisoners")]),
        # the parser breaks the relative clause after a document's name in quotation marks
        ('Norland radio has seen a copy of the "bridge paper" that the special envoy, Anna Berg, circulated on '
         "Tuesday. It proposes:\n- a rotating presidency between the two banks;\n\nTalks go on.",
         [("Anna Berg", "governance")]),
        ("Osteria obtained the draft that Norland tabled last week. It calls for the release of all detainees.",
         [("Norland", "prisoners")]),
        # a reader of a document nobody is named as writing is still what ``it`` stands for
        ("Osteria has seen the draft. It wants the release of all detainees.", [("Osteria", "prisoners")]),
    ],
    "the_terms_of_a_power_sharing_settlement": [
        ("Osteria demands a blocking minority on foreign policy in the joint legislature.", [("Osteria", "governance")]),
        ("Osteria wants a rotating presidency between the two communities.", [("Osteria", "governance")]),
        ("Norland insists on a third of the seats in the upper chamber.", [("Norland", "governance")]),
        ("Norland proposes a loose confederation of the two states.", [("Norland", "governance")]),
        # a rota that is not a presidency, a share of profits, a veto nobody holds over anything
        ("Osteria demands a rotating schedule for the ferry crews.", []),
        ("Norland insists on a third of the profits from the ferry.", []),
        ("Norland wants a veto over the festival's programme.", []),
        # a body named a confederation, a state exam, seats on a board or a bus, a budget vote's majority
        ("The Norland Confederation of Trade Unions wants a pay rise for dockers.", []),
        ("Norland wants a common state exam for all pupils.", []),
        ("Norland insists on a right to leave the common state should Osteria ever merge with Valdia.",
         [("Norland", "governance")]),
        ("Norland insists on a third of the seats on the football club's board.", []),
        ("Norland insists on a two-thirds majority for the budget vote.", []),
    ],
    "economic_union_and_amnesty_and_armed_units_of_a_settlement": [
        ("Norland wants internal customs posts dismantled.", [("Norland", "sanctions")]),
        ("Norland wants the customs and police posts along the river removed.", [("Norland", "sanctions")]),
        ("Norland wants the police posts along the river removed.", []),
        ("Osteria insists the common currency stay.", [("Osteria", "other")]),
        ("Norland demands that fighters who took part in the uprising be amnestied.", [("Norland", "accountability")]),
        ("Osteria wants the armed formations in the valley disbanded.", [("Osteria", "security")]),
        # a customs house, a common room, dance formations
        ("Norland wants the old customs house turned into a museum.", []),
        ("Osteria insists the common room stay open.", []),
        ("Osteria wants the dance formations in the valley disbanded.", []),
    ],
    "what_would_make_a_deal_impossible_is_a_red_line": [
        ("Karl Vos said that the presence of foreign troops in Osteria would make an agreement impossible.",
         [("Karl Vos", "security")]),
        ("Karl Vos said any withdrawal from the river would be a non-starter.", [("Karl Vos", "territory")]),
        # what makes a harvest impossible, or talks hard to schedule, is no term
        ("Karl Vos said that the bad weather would make the harvest impossible.", []),
        # what made a truce impossible in the past, or impossible to monitor, is no red line
        ("Karl Vos said the flooding made a truce impossible to monitor.", []),
        ("Karl Vos said the shelling of the port made the truce impossible last year.", []),
    ],
    # what a party says it is inadmissible to do, or not up for negotiation, is a red line; evidence inadmissible
    # in court, an airline not for sale and an option off the table are none
    "inadmissible_or_not_for_sale_is_a_red_line": [
        ("Karl Vos said it is inadmissible to restrict the rights of the minority.", [("Karl Vos", "governance")]),
        ("Karl Vos said any withdrawal from the river is not up for negotiation.", [("Karl Vos", "territory")]),
        ("Karl Vos said the evidence of war crimes was inadmissible in court.", []),
        ("Karl Vos said the state airline is not for sale despite the sanctions.", []),
        ("Karl Vos said no option is off the table, including sanctions.", []),
    ],
    "a_deal_under_which_a_party_would_act_is_its_proposers": [
        ("Anna Berg floated a compromise under which Osteria's army would be capped at 40,000 soldiers.",
         [("Anna Berg", "security")]),
        ("Norland tabled a deal under which Osteria would free all detainees.", [("Norland", "prisoners")]),
        # the day it was reached may stand between the deal and ``under which``; a meeting's day is no deal
        ("Norland and Osteria agreed a text on Wednesday under which Osteria would free all political prisoners.",
         [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland and Osteria agreed a text on Wednesday near the bridge under which Osteria's troops had hidden "
         "their weapons.", []),
        # a deal one rejects or recalls, and a place ``under which``, set no term of the subject's
        ("Osteria rejected a deal under which it would free all detainees.", []),
        ("Anna Berg recalled the old deal under which Osteria had freed all detainees.", []),
        ("Anna Berg visited the bridge under which the old troops had hidden their weapons.", []),
    ],
    "a_document_carried_or_brought_to_talks_is_its_bearers": [
        ("The plan that Norwegian negotiators carried to the summit is thin. It asks Osteria to withdraw its troops.",
         [("Norway", "territory")]),
        ("The draft Norland brought to the table calls for a truce.", [("Norland", "ceasefire")]),
        # a plan its critics name is not theirs, and the party it asks is no holder
        ("The plan that Norwegian negotiators criticised is thin. It asks Osteria to withdraw its troops.", []),
    ],
    "the_party_a_term_is_asked_of_is_no_holder_of_the_document_that_asks_it": [
        ("Norland's draft is short. The tariffs would go only if Osteria frees the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Karl Vos's plan splits the difference. Sanctions would be eased only in stages, and only if Norland "
         "observes the truce.", [("Karl Vos", "ceasefire"), ("Karl Vos", "sanctions")]),
        # with no conditional, clauses in the conditional mood right after the plan is named are its own
        # points, whoever they name as acting (document_in_context)
        ("Karl Vos's plan splits the difference. Sanctions would be eased only in stages, and Norland would "
         "observe the truce.", [("Karl Vos", "ceasefire"), ("Karl Vos", "sanctions")]),
        ("The draft is thin. Anna Berg urges Osteria to free the detainees.", [("Anna Berg", "prisoners")]),
    ],
    "an_army_capped_at_a_number_with_a_modal_between": [
        ("Under Norland's plan, the Osterian army would be capped at 40,000 soldiers.", [("Norland", "security")]),
        ("Norland wants Osteria's army to be limited to 30,000 men.", [("Norland", "security")]),
        # the army's pay, not the army, is capped: three words stand between
        ("Norland demands that the army's pay be capped at last year's level.", []),
        ("Norland wants the army kept at the barracks.", []),
    ],
    "an_alternative_set_aside_after_not_is_no_term": [
        ("Norland insists that any settlement must be settled by a joint panel, not an international court.",
         []),
        ("Norland wants the detainees freed, not a tribunal.", [("Norland", "prisoners")]),
        ("Norland wants a referendum, not the release of the detainees.", [("Norland", "governance")]),
        # ``not only ... but also`` sets nothing aside
        ("Norland demands not only the release of the detainees but also a truce.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland insists that any settlement must go through the international court.",
         [("Norland", "accountability")]),
    ],
    "a_thing_held_hostage_to_another_is_a_figure_of_speech": [
        ("Norland says relief convoys cannot be held hostage to the talks.", []),
        ("Norland demands the release of the people held hostage by the militia.", [("Norland", "prisoners")]),
        ("Norland wants the nurses held hostage to be freed.", [("Norland", "prisoners")]),
        ("Norland demands freedom for the sailors held hostage to this day.", [("Norland", "prisoners")]),
        ("Norland demands freedom for the nurses held hostage to extract a ransom.", [("Norland", "prisoners")]),
    ],
    "an_observer_team_enlarged_or_unarmed_monitors_watch_a_truce": [
        ("Norland wants an expanded regional monitoring mission.", [("Norland", "ceasefire")]),
        ("Norland insists on unarmed monitors along the river.", [("Norland", "ceasefire")]),
        # observers of a vote watch no truce; a mission named as an actor states nothing
        ("Norland wants an election observer mission.", [("Norland", "governance")]),
        ("The monitoring mission said the town was quiet.", []),
    ],
    "a_deal_whose_terms_its_own_clause_sets_out_is_their_frame": [
        ("Norland said it would not accept any truce that left the militia free to rearm.",
         [("Norland", "security")]),
        ("Osteria will not back any truce without the release of the detainees.", [("Osteria", "prisoners")]),
        ("Norland said any truce must free the detainees.", [("Norland", "prisoners")]),
        # a deal wanted for itself, a deal with nothing set out, and a term that is no deal stay terms
        ("Norland wants a truce that lets the detainees go home.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland said any truce must start on Monday.", [("Norland", "ceasefire")]),
        # terms in a clause joined to it or set before it are not the truce's own
        ("Norland said any truce must begin at once and all detainees must be freed.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland insists any truce must come first, before the release of the detainees.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        # a deal a step is asked ``as part of`` frames the step; a term asked as part of a deal that is no
        # term, or a deal asked beside the step, stays a term
        ("Norland has demanded that Osterian troops leave the valley as part of any truce deal.",
         [("Norland", "territory")]),
        ("Norland wants Osteria to free all detainees as part of a ceasefire agreement.", [("Norland", "prisoners")]),
        ("Norland wants a ceasefire as part of a wider deal.", [("Norland", "ceasefire")]),
        ("Norland wants a truce and the release of all detainees as part of a wider deal.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
    ],
    "a_threat_tied_to_a_refusal_is_a_term_of_who_threatens": [
        ("Norland will step up weapons deliveries to Valdia if Osteria walks away from the talks.",
         [("Norland", "security")]),
        ("Should Osteria refuse, Norland will impose new tariffs.", [("Norland", "sanctions")]),
        ("In case of Osteria's refusal, Norland will impose new tariffs.", [("Norland", "sanctions")]),
        # the measure named as the passive subject of the threatened clause
        ("New tariffs will be imposed if Osteria walks away from the talks, Norland said.",
         [("Norland", "sanctions")]),
        # what is rejected is no term of who threatens; a rejection told as a past event is no threat
        ("If Osteria rejects the truce, Norland will recall its envoy.", []),
        ("If Osteria fails to comply, the truce will collapse, Norland said.", []),
        ("Osteria rejected the plan, and Norland imposed new tariffs.", []),
        # who refuses is the addressee, never the holder of the threat
        ("If Osteria refuses the talks, halting arms supplies to Valdia is being considered.", []),
    ],
    "a_conditional_about_the_speakers_own_words_sets_no_term": [
        ('"If you ask me, Norland will never negotiate," Anna Berg said.', []),
        ('"If I could tell the envoys one thing, it would be this: Norland does not negotiate," Anna Berg said.',
         []),
        # asking for something, or telling someone to do it, is a term
        ('"If you tell them to withdraw, we will talk," Anna Berg told Osteria.',
         [("Anna Berg", "negotiation_terms")]),
    ],
    "talks_that_wait_for_an_obligation_met_first": [
        ("Osteria must free the detainees before any talks, Norland said.",
         [("Norland", "negotiation_terms"), ("Norland", "prisoners")]),
        ("Norland said Osteria has to lift the embargo before talks can begin.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        # a past event before the talks, or an obligation before a date, makes no talks conditional
        ("Osteria freed the detainees before the talks, Norland said.", []),
        ("Osteria must free the detainees before winter, Norland said.", [("Norland", "prisoners")]),
        # a demand governs the ``before`` too; talks that ended before something are no term
        ("Norland wants Osteria to lift the embargo before any talks.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        ("Norland demanded a truce before the talks in March collapsed.", [("Norland", "ceasefire")]),
        # a noun of demanding governs its ``that`` clause's ``before`` too; a claim is no demand
        ("Osteria brushed aside Norland's demand that it ratify the old charter before any negotiations.",
         [("Norland", "negotiation_terms")]),
        ("Norland's demand that Osteria accept the old formula before any talks was rejected.",
         [("Norland", "negotiation_terms")]),
        ("Norland's claim that Osteria accepted the old formula before the talks was rejected.", []),
    ],
    "more_forms_of_a_demand": [
        ('"The only way to end the war is a full withdrawal of Osterian troops," Anna Berg said.',
         [("Anna Berg", "territory")]),
        ("Norland said the truce was the only way to save the harvest.", []),
        ("Norland is pressing Osteria to free the detainees.", [("Norland", "prisoners")]),
        ("Norland continues to press Osteria to free the detainees.", [("Norland", "prisoners")]),
        ("Norland held a press conference to announce the truce.", []),
        ("Norland is pressing ahead to rebuild the border towns freed from the siege.", []),
        ("Norland's leaders were pressed for time before the truce talks.", []),
        ("Norland is holding out for a full withdrawal of Osterian troops.", [("Norland", "territory")]),
        ("Norland held out for three weeks during the truce.", []),
        ("Among Norland's demands is the release of all detainees.", [("Norland", "prisoners")]),
        ("Among Norland's soldiers were men released from detention in the swap.", []),
        # an objective predicate names a term as a precondition (``called X a precondition``)
        ("Norland called the release of all detainees a precondition for talks.", [("Norland", "prisoners")]),
        ("Norland called the truce a success.", []),
    ],
    "a_dated_deal_described_in_the_past_sets_no_term": [
        ("The 2019 deal, which required Osteria to free the detainees, collapsed within a year, Norland said.", []),
        ("Under the previous accord, Osteria withdrew its troops from the valley, Norland said.", []),
        ("The old accord provided for a prisoner swap, Norland said.", []),
        # a dated deal still binding now, or a plan of now told in the past tense, states terms
        ("Under the 2019 accord, Osteria must withdraw its troops from the valley, Norland said.",
         [("Norland", "territory")]),
        ("Norland's plan, unveiled on Monday, called for a truce.", [("Norland", "ceasefire")]),
    ],
    "what_commentators_say_must_happen_is_a_view": [
        ("Analysts say Norland must lift the embargo to win back investors.", []),
        ("Experts say any deal would have to include security guarantees for Norland.", []),
        ("Norland must free the detainees before any talks, analysts said.", []),
        # a party's own analysts drafting a plan, or a party saying it, state terms
        ("Norland's analysts drafted a plan that calls for a truce.", [("Norland", "ceasefire")]),
        ("Norland says Osteria must free the detainees.", [("Norland", "prisoners")]),
        # commentators who are the subject of the term's own clause are a party of it
        ("Critics of the war in Norland will not vote without a truce, Anna Berg said.",
         [("Anna Berg", "ceasefire")]),
    ],
    "the_terms_of_a_deal_in_force_are_no_demand": [
        ("Osteria violated the terms of the truce, Norland said.", []),
        ("Norland cited Osteria's failure to comply with the conditions of the old arms accord.", []),
        ("Norland's conditions for a truce include the withdrawal of Osterian troops.", [("Norland", "territory")]),
        # what the terms are for, named by a gerund, is no term; a gerund among the terms is one
        ("Norland said its conditions for joining talks with Osteria include a return to the pre-war borders.",
         [("Norland", "territory")]),
        ("Norland said its conditions include joining talks with Osteria at once.", [("Norland", "negotiation_terms")]),
    ],
    "a_signed_deals_points_in_the_present_or_the_future": [
        # every verb of the relative clause's series, wherever the parser hangs it
        ("Norland and Osteria signed a deal that halts the raids, withdraws troops from the valley and frees all "
         "detainees.", [("Norland", "ceasefire"), ("Norland", "prisoners"), ("Norland", "territory"),
                        ("Osteria", "ceasefire"), ("Osteria", "prisoners"), ("Osteria", "territory")]),
        # a deal not signed, or a signing too far back, states no point
        ("Norland and Osteria have not signed a deal that frees all detainees.", []),
        ("Norland and Osteria signed a truce in 2019. The truce held for a year. Then fighting resumed. Talks "
         "stalled. The army regrouped. Envoys left. Osteria will reimpose the sanctions next week.", []),
    ],
    "a_doubt_denied_is_no_denial": [
        ("Anna Berg said she did not doubt that Osteria wants a truce.", [("Osteria", "ceasefire")]),
        ("Anna Berg said she doubted that Osteria wants a truce.", []),
    ],
    "no_deal_without_a_partys_involvement_is_a_term_of_the_talks": [
        ("Norland would never sign an accord struck without its participation.", [("Norland", "negotiation_terms")]),
        ("Anna Berg said no settlement can be signed without their consent.", [("Anna Berg", "negotiation_terms")]),
        # a deal made without someone's approval, told as a fact, sets no term
        ("The deal was signed without the approval of parliament.", []),
    ],
    "a_denied_or_questioned_demand_states_no_term": [
        ("Norland denied that it had demanded a truce.", []),
        ("Norland dismissed calls for a truce.", []),
        ("Norland expressed doubt that Osteria wants a truce.", []),
        ("Norland doubts that Osteria wants a truce.", []),
        ("There is no doubt that Osteria wants a truce, Anna Berg said.", [("Osteria", "ceasefire")]),
        ("It is unclear whether Norland will insist on a truce.", []),
        ("Will Norland demand a truce along the border?", []),
        ("Norland did not rule out a truce.", []),
        # a denial in a clause of its own leaves the demand beside it; a question in a quote may state a term
        ("Norland dismissed the offer and demanded a truce.", [("Norland", "ceasefire")]),
        ('"Will we sign? Never, unless Osteria frees the detainees," Anna Berg said.',
         [("Anna Berg", "prisoners")]),
        ("Norland ruled out a truce.", [("Norland", "ceasefire")]),
        # an offer's ``if`` clause is the offer's: an offer denied states neither; one reported states its term
        ("Norland's cabinet denied on Monday that its envoy had offered to free the captured crews if Osteria "
         "lifted its embargo.", []),
        ("Norland's cabinet confirmed on Monday that its envoy had offered to free the captured crews if Osteria "
         "lifted its embargo.", [("Norland", "prisoners"), ("Norland", "sanctions")]),
        # a condition hung on the refusal itself is the refuser's term
        ("Norland dismissed any talks unless Osteria first withdrew its troops from the bay.", [("Norland", "territory")]),
        # an offer's content the parser hangs on the verb that received it is still under the denial
        ("Norland denied receiving any offer from Osteria to free the crews in exchange for an amnesty.", []),
        ("Norland received an offer from Osteria to free the crews in exchange for an amnesty.",
         [("Osteria", "accountability"), ("Osteria", "prisoners")]),
        ("Norland dismissed the offer, to insist instead on a full withdrawal of Osterian troops from the valley.",
         [("Norland", "territory")]),
        ("Norland denied the request so as to insist on the release of all detainees.", [("Norland", "prisoners")]),
    ],
    "an_inverted_were_and_a_refusal_before_a_term": [
        # the embargo lifted on the condition is the holder's own measure, a term too (sanctions "lifted or kept")
        ("Were Osteria to withdraw its troops, Norland would lift the embargo.",
         [("Norland", "sanctions"), ("Norland", "territory")]),
        ("Were the detainees freed last year? Nobody in Norland knows.", []),
        ("Norland will not lift the embargo before Osteria frees the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland will not sign before the end of the month, when the detainees are expected home.", []),
    ],
    "a_bare_imperative_states_the_speakers_term": [
        ('"Give us back our detainees," Anna Berg said.', [("Anna Berg", "prisoners")]),
        ('"Stop the shelling," Anna Berg told Osteria.', [("Anna Berg", "ceasefire")]),
        ("Free the detainees now or face new tariffs, Norland told Osteria.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        # a noun or a subject of its own is no imperative
        ("Free movement across the border resumed after the truce, Norland said.", []),
        ("Return of the detainees is not expected before spring, Norland said.", []),
    ],
    "a_concessive_or_a_comparison_is_no_condition": [
        ("Norland will fight on even if Osteria frees the detainees.", []),
        ("Norland acted as if the truce had already collapsed.", []),
        ("Norland will fight on if Osteria keeps the detainees.", [("Norland", "prisoners")]),
    ],
    "more_forms_of_a_condition": [
        ("Norland will keep the truce so long as Osteria frees the detainees.", [("Norland", "prisoners")]),
        ("Any deal is predicated on the release of all detainees, Norland said.", [("Norland", "prisoners")]),
        ("Norland said the release of all detainees was essential for any deal.", [("Norland", "prisoners")]),
        ("Norland said fresh water was essential for the truce monitors.", []),
        ("Norland will not compromise on its sovereignty over the valley.", [("Norland", "territory")]),
        ("Norland did not budge from the valley during the truce.", []),
    ],
    "a_headline_ties_a_term_without_articles": [
        ("Norland ties truce to prisoner release", [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland links Osterian troops to massacre in valley", []),
    ],
    "what_commentators_report_of_a_party_is_its_term": [
        # a party's stance that commentators report stays the party's; what they advise it is a view
        ("Analysts say Norland insists on a withdrawal of Osterian troops from the valley.", [("Norland", "territory")]),
        ("Experts note that Osteria still links any truce to the release of its detainees.",
         [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
        ("Analysts say Norland should insist on a withdrawal of Osterian troops from the valley.", []),
        ("Experts say any truce must include the freeing of every detainee.", []),
        # what commentators guess a party might do on a condition, or propose themselves, is their view
        ("Analysts suggest Norland might agree to a joint inquiry if Osteria withdrew its troops from the bay.", []),
        ("Norland might agree to a joint inquiry if Osteria withdrew its troops from the bay, analysts suggest.", []),
        ("Norland said it would agree to a joint inquiry if Osteria withdrew its troops from the bay.",
         [("Norland", "territory")]),
        # a condition commentators report without a guess stays the party's (``would`` reports ``will``)
        ("Experts noted that Norland will accept a truce only if Osteria withdraws its troops from the bay.",
         [("Norland", "territory")]),
        ("Experts note that the Norwegian side would tie any truce to a release of every detainee.",
         [("Norway", "ceasefire"), ("Norway", "prisoners")]),
    ],
    "a_guess_anyone_speculates_about_a_party_is_no_term": [
        # whoever speculates, what a party might do is a guess; the party's own word stays its term
        ("A columnist speculated that Osteria might ask for a truce along the river.", []),
        ("A newspaper speculated in an editorial that Norland could press for the freeing of its detained fishermen.",
         []),
        ("Reporters wondered whether Osteria might insist on a withdrawal of Norwegian troops from the valley.", []),
        ("Osteria said it might insist on a withdrawal of Norwegian troops from the valley.", [("Osteria", "territory")]),
        # a condition in the guess is the guess's too, however deep the parser hangs it
        ("Reporters speculated that Norland might sign if Osteria freed the detainees.", []),
        ("Analysts speculate that Norland could be talked into letting aid trucks reach the camps if the embargo "
         "on its ports were eased.", []),
        ("Karl Vos speculated that the rain might stop, and said Osteria must free the detained fishermen.",
         [("Karl Vos", "prisoners")]),
        # a hedged stance a verb of saying reports beside a guess, and a speaker hedging an offer, stay terms
        ("Analysts speculated that the talks could collapse, but Norland said it might insist on a withdrawal of "
         "Osterian troops from the valley.", [("Norland", "territory")]),
        ('"I guess we could lift the embargo if Osteria frees the detainees," Anna Berg said.',
         [("Anna Berg", "prisoners"), ("Anna Berg", "sanctions")]),
    ],
    "a_guess_a_commentator_tells_of_a_party_is_no_term": [
        # a professor or an analyst named before, saying what a party might ask, by name or pronoun, guesses
        ("Anna Berg, a professor of international relations, has followed the dispute. Berg said Norland might "
         "eventually ask for a truce.", []),
        ("Anna Berg, a professor of law, spoke on the radio. She said Norland could press for the freeing of its "
         "detained fishermen.", []),
        ("Anna Berg, a professor of law, spoke on the radio. Berg said Norland might decide to demand a truce "
         "along the river.", []),
        # the party's official hedging, or a commentator reporting a demand made, keeps the term
        ("Anna Berg, Osteria's foreign minister, spoke. Berg said Norland might ask for a truce.",
         [("Norland", "ceasefire")]),
        ("Anna Berg, a professor of law, spoke. Berg said Norland wants a truce along the river.",
         [("Norland", "ceasefire")]),
    ],
    "a_claim_of_a_business_or_a_sporting_body_is_no_term": [
        # a firm, its lawyers or shareholders, or a sports body demand in commerce, law or sport
        ("Norland's biggest shipping firm demanded that Osteria lift its embargo on the harbour.", []),
        ("Lawyers for an Osterian importer demanded that a court unfreeze the importer's accounts.", []),
        ("Norland's rowing federation demanded security guarantees for its crews at the regatta.", []),
        # a state, its negotiators or a federation by name still hold their terms
        ("Norland's government demanded that Osteria lift its embargo on the harbour.", [("Norland", "sanctions")]),
        ("Norland's negotiating team demanded security guarantees for its observers.", [("Norland", "security")]),
        ("Norland's policy makers demanded that Osteria pull its troops out of the valley.", [("Norland", "territory")]),
        ("The head of the federation, Karl Vos, demanded that Norland free the detainees.", [("Karl Vos", "prisoners")]),
        ("The Osterian Federation demanded that Norland lift its embargo on the harbour.",
         [("Osterian Federation", "sanctions")]),
    ],
    "a_headline_order_to_a_named_party": [
        # ``Norland to Osteria: ...`` gives an order to a named party; a coach to fans, a column, are none
        ("Norland to Osteria: free our detainees within ten days.", [("Norland", "prisoners")]),
        ("Karl Vos to club owners: stop the attacks on referees.", []),
        ("Anna Berg's column: stop the attacks on refugees.", []),
    ],
    "talks_begin_the_moment_the_other_side_acts": [
        ("Karl Vos said direct talks with Norland can begin the moment Norland stops its shelling of the valley.",
         [("Karl Vos", "ceasefire")]),
        ("Karl Vos said the talks can begin the moment the delegates arrive.", []),
        ("Karl Vos said the situation will change the moment Osteria stops the shelling.", []),
        ("Osteria will return the moment Norland withdraws its troops from the valley, Karl Vos warned.", []),
    ],
    "only_backing_a_deal_that_does_something_makes_it_a_term": [
        ("Karl Vos said Norland would only endorse a deal that frees every detainee.", [("Norland", "prisoners")]),
        ("Norland will only sign an accord that pulls Osterian troops out of the valley.", [("Norland", "territory")]),
        ("Norland will only sign the guest book at the palace.", []),
    ],
    "on_condition_without_that_opens_the_term": [
        # a headline drops ``that``; ``on condition of anonymity`` is how a source speaks, no term
        ("Norland accepts truce, on condition Osterian troops leave the valley", [("Norland", "territory")]),
        ("Norland accepts a truce on condition Osteria frees the detainees.", [("Norland", "prisoners")]),
        ("Karl Vos, talking on condition of anonymity, mentioned the detainees.", []),
        # the verbs of disarming and renouncing open the term as well
        ("Norland will talk to the Front on condition its fighters lay down their weapons.", [("Norland", "security")]),
        ("Norland accepts a truce on condition Osteria dissolves its militias.", [("Norland", "security")]),
        ("Karl Vos spoke on condition he not be named about the truce.", []),
    ],
    "an_appeal_from_a_party_to_act_is_its_call": [
        ("Osteria rejected an appeal from Norland to pull its troops out of the valley.", [("Norland", "territory")]),
        ("Osteria heeded a request by Norland to free the detainees.", [("Norland", "prisoners")]),
        # an appeal to a court or a body is a destination, not a call to act
        ("Osteria filed an appeal from Norland to the court over the detainees.", []),
    ],
    "the_party_a_process_must_involve_is_a_term_of_the_talks": [
        # the efforts, steps or rounds must involve a party named, or require its participation
        ("Karl Vos insists that the next steps have to involve Valdia.", [("Karl Vos", "negotiation_terms")]),
        ("Karl Vos insists that any further round requires the full participation of Valdia.",
         [("Karl Vos", "negotiation_terms")]),
        # a thing, not a party, or no party at all
        ("Karl Vos insists that the next steps have to involve sacrifices.", []),
        ("Karl Vos insists that the coming steps require the presence of mind.", []),
        # ``have to`` may stand between; efforts made to involve a party set no term
        ("Karl Vos said any further talks have to engage Osteria directly.", [("Karl Vos", "negotiation_terms")]),
        ("Karl Vos welcomed efforts to involve Valdia in the talks.", []),
    ],
    "an_ousted_leader_let_back_is_governance": [
        ("Norland demands that the deposed president be allowed to return.", [("Norland", "governance")]),
        ("Osteria wants the return of the ousted premier.", [("Osteria", "governance")]),
        # one who returns to other work, or a return of things, is none
        ("Norland said the deposed president will return to teaching next year.", []),
        ("Osteria wants the return of the stolen paintings.", []),
    ],
    "talks_without_any_conditions_are_a_term_of_the_talks": [
        # talks offered with no conditions of any kind, the conditions named by one or two adjectives
        ("Norland is open to talks with the Front without any prior conditions.", [("Norland", "negotiation_terms")]),
        ("Norland says it is ready for a dialogue on the valley without prior or unilateral conditions.",
         [("Norland", "negotiation_terms")]),
        ("Norland reaffirmed its openness to negotiations with the Front without preconditions.",
         [("Norland", "negotiation_terms")]),
        # a truce without conditions is a truce; conditions for something else are none of the talks'
        ("Norland is open to a truce with the Front without conditions.", [("Norland", "ceasefire")]),
        ("The talks between Norland and the Front broke up without conditions for a truce.", []),
        ("Norland is open to talks with the Front.", []),
    ],
    "an_appeal_to_a_party_to_act_is_a_call": [
        ("Norland appealed to Osteria to pull its units out of the valley.", [("Norland", "territory")]),
        ("Norland renewed its appeal to the Osterian government to free the detainees.", [("Norland", "prisoners")]),
        ("Norland appealed again to Osteria, Valdia and their allies to free the detainees.", [("Norland", "prisoners")]),
        # an appeal to a court or a panel, one not made, or one that attracts a group asks no party to act
        ("Norland appealed to the supreme court to free the detainees.", []),
        ("Norland appealed to the arbitration panel to order the release of the detainees.", []),
        ("Norland has not appealed to Osteria to pull its units out of the valley.", []),
        ("Norland's plan appeals to hardliners opposed to withdrawing from the valley.", []),
        # the infinitive may open a quotation: the call is the same
        ("Norland appealed to Osteria \"to pull its units out of the valley\", a spokesman said.",
         [("Norland", "territory")]),
        ("Norland appealed to Osteria \u201cto free the detainees without delay\u201d.", [("Norland", "prisoners")]),
        ("Norland appealed to the supreme court \u201cto free the detainees\u201d.", []),
        ("Norland has not appealed to Osteria \"to free the detainees\".", []),
        ("Norland appealed to Osteria 'to free the detainees without delay'.", [("Norland", "prisoners")]),
    ],
    "sanctions_threatened_on_whoever_breaks_a_truce": [
        # the measure and the term it enforces, as for ``threatens ... unless``
        ("Norland will impose new sanctions on anyone who breaches the truce.",
         [("Norland", "ceasefire"), ("Norland", "sanctions")]),
        ("Norland will impose sanctions on anyone it catches smuggling.", []),
    ],
    "one_national_army_and_power_to_civilians": [
        ("Norland would support the ceasefire so long as it kept the cohesion of Osteria's national army.",
         [("Norland", "security")]),
        ("Norland insists that the Front must not keep a separate army of its own.", [("Norland", "security")]),
        ("The Front ran a separate army in the old days.", []),
        ("Osteria wants the junta to transfer power to an elected government.", [("Osteria", "governance")]),
        ("Osteria transferred power to elected leaders decades ago.", []),
    ],
    "a_thing_after_by_is_the_term_someone_is_not": [
        # (the truce any such clause is about is the frame of the term: framed_by_terms)
        ("Norland said every truce must be secured by \u201cfirm security guarantees, with a backstop\u201d.",
         [("Norland", "security")]),
        ("Karl Vos said any truce must be backed by a mechanism to free the detainees.",
         [("Karl Vos", "prisoners")]),
        ("Karl Vos said any truce must be proposed by the detainees.", [("Karl Vos", "ceasefire")]),
    ],
    "the_trial_of_a_sides_fighters_is_accountability": [
        ("Osteria says Norland seeks the trial of the fighters who shelled the port.", [("Norland", "accountability")]),
        ("The trial of the commanders opened in the capital decades ago.", []),
    ],
    "imprisoned_insurgents_wanted_home_are_a_prisoners_term": [
        ("Osteria wants its imprisoned insurgents home before the next round.", [("Osteria", "prisoners")]),
        ("Imprisoned insurgents staged a hunger strike in the old fortress.", []),
    ],
    "an_infinitive_ties_or_links_a_term": [
        # ``continues to link X to Y``, ``will tie X to Y``: the bare verb after ``to`` or a modal
        ("Norland continues to link a truce to the freeing of every detainee.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland will tie any truce to a pull-back of Osterian troops from the valley.",
         [("Norland", "ceasefire"), ("Norland", "territory")]),
        ("Norland continues to link the new road to the old harbour.", []),
    ],
    "impossible_while_makes_an_end_the_term": [
        ("Karl Vos said it was impossible to hold talks on a truce while the detainees stay in prison.",
         [("Karl Vos", "negotiation_terms"), ("Karl Vos", "prisoners")]),
        ("A deal is out of the question while Osterian troops remain in the valley, Norland said.",
         [("Norland", "territory")]),
        ("It was impossible to sleep while the storm lasted, Karl Vos said.", []),
    ],
    "what_is_agreed_only_with_a_term_is_no_term": [
        ("Norland will sign only on the basis of a full withdrawal of Osterian troops.", [("Norland", "territory")]),
        ("Osteria's army fought only with old rifles during the truce.", []),
    ],
    "a_hope_for_a_deal_between_others_is_no_term": [
        ("Valdia hopes for a truce between Norland and Osteria.", []),
        ("Norland hopes for a truce along the border.", [("Norland", "ceasefire")]),
        ("Valdia expressed its desire for a truce between Norland and Osteria.", []),
        ("Norland expressed its desire for a truce along the border.", [("Norland", "ceasefire")]),
        # a demand for a deal between two parties is still a term of who demands it
        ("Valdia demands a truce between Norland and Osteria.", [("Valdia", "ceasefire")]),
    ],
    "an_expletive_there_leaves_the_addressee_open": [
        ("Norland's position is that there can be no truce without a withdrawal of Osterian troops.",
         [("Norland", "ceasefire"), ("Norland", "territory")]),
        ("Anna Berg's stance is that there will be no talks unless the detainees are freed.",
         [("Anna Berg", "negotiation_terms"), ("Anna Berg", "prisoners")]),
        # an expletive in a statement of fact, or in a commentator's view, sets no term
        ("Norland's position is that there were no troops in the valley.", []),
        ("There can be no truce without a withdrawal of Osterian troops, analysts say.", []),
    ],
    "a_person_described_as_a_commentator_sets_no_term": [
        # an analyst's or researcher's view of what a deal needs is nobody's term; an envoy's is
        ("Karl Vos, a defence analyst with a think tank, says Norland should not sign until the detainees are freed.",
         []),
        ("Karl Vos, a senior research fellow, said a truce must come first.", []),
        ("Karl Vos, the chief envoy, says Norland will not sign until the detainees are freed.",
         [("Norland", "prisoners")]),
        ("Professor Karl Vos says any truce must come before the talks.", []),
    ],
    "what_a_document_envisions_is_its_authors_term": [
        # the clause a document's verb governs names the addressee; ``the text`` is a document too
        ("Norland sent a draft to the mediators on Monday. The text foresees a swap of all detainees for an end to "
         "the embargo.", [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland unveiled a plan on Monday. It envisages Osterian troops withdrawing from the valley.",
         [("Norland", "territory")]),
        # a reply to a proposal speaks for whoever sent it
        ("Osteria handed the mediators its reply on Monday. The reply calls for a swap of all detainees.",
         [("Osteria", "prisoners")]),
        # no document: who trades is the holder; a text's owner is its author, not the party it names
        ("Osteria will free the detainees in exchange for an end to the embargo.",
         [("Osteria", "prisoners"), ("Osteria", "sanctions")]),
        ("Norland unveiled a plan on Monday. Osteria's text envisions Norland lifting the embargo.",
         [("Osteria", "sanctions")]),
    ],
    "a_sentence_opening_under_the_plan_frames_all_its_clauses": [
        # one side's plan, introduced before: every clause after ``Under the plan,`` is its author's term
        ("Norland circulated a plan on Monday. Under the plan, envoys would meet in a neutral city, Osteria would "
         "free the detainees and reconstruction of the bombed towns would start at once.",
         [("Norland", "humanitarian"), ("Norland", "prisoners")]),
        # a deal's clauses name each party's own terms; a plan whose owner the phrase names is that owner's
        ("Norland and Osteria signed a deal on Monday. Under the deal, Osteria is to free the detainees within a "
         "week and Norland is to scrap the embargo.", [("Norland", "sanctions"), ("Osteria", "prisoners")]),
        ("Norland circulated a plan on Monday. Under Osteria's plan, a committee would run the province and "
         "reconstruction would begin in the south.", [("Osteria", "humanitarian")]),
    ],
    "terms_set_off_from_their_items_by_an_aside": [
        # what the aside or the terms' own phrase names is no item (``a security pact``)
        ("Osteria's terms at the summit on a defence treaty, according to a Norland envoy, include a truce along "
         "the river.", [("Osteria", "ceasefire")]),
        ("The demands of the protesters, who marched on Monday, were ignored by the police.", []),
        ("The terms of the loan, the bank said, were generous.", []),
    ],
    "a_quotation_mark_inside_a_cue_leaves_it_a_cue": [
        ('Anna Berg said the ceasefire could hold only "after Osteria frees the detainees."',
         [("Anna Berg", "prisoners")]),
        ('Anna Berg said the talks would resume only “after Osteria lifts the embargo.”',
         [("Anna Berg", "negotiation_terms"), ("Anna Berg", "sanctions")]),
        ('Anna Berg said the truce started "when Osteria freed the detainees."', []),
    ],
    "asked_in_the_passive_or_asking_a_question_is_no_request": [
        ("Reporters asked Anna Berg whether she wanted to sign a truce.", []),
        ("Asked by reporters to comment on the embargo, Anna Berg said nothing.", []),
        ("Norland was asked to free the detainees.", []),
    ],
    "a_question_after_a_preposition_states_no_term": [
        ("Norland and Osteria argued about how the detainees must be exchanged.", []),
        ("Norland and Osteria split over which detainees should be freed first.", []),
        ("Norland insists that the detainees must be exchanged at the border.", [("Norland", "prisoners")]),
        ("The talks stalled, which is why Norland insists that the detainees must be freed.", [("Norland", "prisoners")]),
        ("For its part, Norland has told the mediators that any deal must free the detainees, an official said.",
         [("Norland", "prisoners")]),
    ],
    "what_a_party_would_accept_on_a_condition_is_no_term": [
        # the object offered on a condition is what the terms are for, as the subject of ``a truce will follow only if``
        ("Norland is prepared to consider a truce only if Osteria frees the detainees.", [("Norland", "prisoners")]),
        ("Norland would sign a truce only if Osteria lifts the embargo.", [("Norland", "sanctions")]),
        # what a verb of demanding or proposing takes is the term, whatever the conditional
        ("Norland demands a truce along the border if the talks fail.", [("Norland", "ceasefire")]),
        ("Norland will propose a truce if the talks fail.", [("Norland", "ceasefire")]),
        # a measure brought on by a refusal is a threat's term, as its verb's object or its preposition's
        ("Norland will resort to sanctions on Osterian banks if Osteria turns down the offer.", [("Norland", "sanctions")]),
        ("Norland will agree to a truce if Osteria frees the detainees.", [("Norland", "prisoners")]),
    ],
    "a_party_expected_to_act_is_a_term_a_forecast_is_none": [
        ("Norland expects the embargo on its fish exports to be lifted.", [("Norland", "sanctions")]),
        ("Osteria expects the government to free the detainees before any talks.",
         [("Osteria", "negotiation_terms"), ("Osteria", "prisoners")]),
        ("Norland expects the talks to resume next month.", []),
        ("Norland expected Osteria to reject the truce.", []),
        ("Norland expects Osteria to send envoys to the truce talks next week.", []),
        ("Analysts expect Norland to lift the embargo.", []),
        # an expected act dated to the near future is a schedule, not a term
        ("Norland expects Osteria to free the detainees soon.", []),
        ("Osteria expects the army to withdraw from the port in the coming days.", []),
        ("Norland expects Osteria to lift the embargo next month.", []),
        ("Norland expects Osteria to free the detainees under whatever accord is signed this week.", [("Norland", "prisoners")]),
    ],
    "a_cue_between_the_lemmas_of_a_term_is_no_part_of_it": [
        # ``troops ... leave`` is a lemma sequence; the ``demanded`` between its lemmas still cues it
        ("The withdrawal of troops demanded by Osteria would leave the valley undefended, Anna Berg said.",
         [("Osteria", "territory")]),
        ("The pullout of the army units demanded by Osteria would leave the pass open, Karl Vos said.",
         [("Osteria", "territory")]),
        # no cue, or a cue that is no demand of a term, between them
        ("The troops sent by Osteria would leave the valley on Monday, Anna Berg said.", []),
        ("Soldiers proposed for the mission will leave the base on Monday.", []),
    ],
    "a_monitor_of_a_truce_is_no_fallback_holder": [
        # who would watch over a truce sets no term of it, nor does one joined to it
        ("Any truce would have to be monitored by Norland and Osteria, the envoys agreed.", []),
        ("Any truce would have to be verified by Norland, the envoys agreed.", []),
        # who would ask for it does
        ("Any truce would have to be requested by Norland, the envoys agreed.", [("Norland", "ceasefire")]),
    ],
    "a_demand_a_demonym_names_is_that_states": [
        # a demand a demonym names is that state's, whoever rejects it
        ("Norland will not agree to Danish demands to lift the sanctions, Anna Berg said.", [("Denmark", "sanctions")]),
        ("Norland rejected the Danish call for an end to the sanctions.", [("Denmark", "sanctions")]),
        # a demonym on the term itself is the addressee's, not the holder's
        ("Norland demands a Danish withdrawal from the valley.", [("Norland", "territory")]),
    ],
    "a_dismissed_demand_with_an_owner_is_the_owners": [
        # what is dismissed is no term of the one who dismisses, but an owned demand stays its owner's
        ("Norland dismissed Osteria's demand for an end to the sanctions.", [("Osteria", "sanctions")]),
        ("Norland dismissed the Danish demand for an end to the sanctions.", [("Denmark", "sanctions")]),
        ("Norland dismissed calls for an end to the sanctions.", []),
        ("Norland dismissed its own demand for an end to the sanctions.", []),
    ],
    "a_plans_would_see_with_an_adverb_is_its_term": [
        ("Osteria's draft was leaked. It would also see the embargo on Norland eased in stages.",
         [("Osteria", "sanctions")]),
        ("Osteria's draft was leaked. It would then include the embargo on Norland in a later phase.",
         [("Osteria", "sanctions")]),
        ("Osteria's draft was leaked. Its authors also saw the embargo on Norland eased last year.", []),
    ],
    "a_verb_joined_by_and_shares_its_subject": [
        ("Norland said the release of the captives was overdue and should come first.", [("Norland", "prisoners")]),
        ("Anna Berg said the return of the captives was a duty and has to come before any accord.",
         [("Anna Berg", "prisoners")]),
        # the second verb has a subject of its own
        ("Norland said the release of the captives was overdue and talks should come first.", []),
    ],
    "a_contact_relative_clause_wants_its_noun": [
        ("The truce Norland is pushing for would start at midnight.", [("Norland", "ceasefire")]),
        ("The prisoner swap Norland has proposed would see 50 detainees go home.", [("Norland", "prisoners")]),
        ("The truce Norland rejected would start at midnight.", []),
    ],
    "a_pseudo_cleft_names_the_term": [
        ("What Norland wants is a full withdrawal of Osterian troops.", [("Norland", "territory")]),
        ("The release of all detainees is what Norland is asking for.", [("Norland", "prisoners")]),
        ("Norland's bottom line is the release of all detainees.", [("Norland", "prisoners")]),
        # a question or an unclear wish on the other side of ``is`` is no term
        ("What Norland wants to know is whether the truce will hold.", []),
        ("What Osteria wants is not clear, and the truce is fragile.", []),
        ("The bottom line is that the truce is holding.", []),
    ],
    "a_list_of_terms_or_of_facts": [
        ("Norland lists three conditions for a truce: the release of all detainees and an end to the embargo.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland set out its terms on Monday: a truce along the border and the release of all detainees.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        # items told in the past tense are facts, even after a colon
        ("Osteria said on Monday:\n\n- The truce was holding.\n- The detainees were counted.", []),
        ("Osteria set out the accord:\n\n- It was signed in Valdia and involves the release of all detainees.",
         [("Osteria", "prisoners")]),
        ("Osteria set out its plan:\n\n- Both sides would observe a truce along the border.\n- All detainees would be released.",
         [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ],
    "an_offer_or_a_draft_lists_its_terms": [
        ("Norland's offer includes a truce along the border.", [("Norland", "ceasefire")]),
        ("Norland's counterproposal includes a prisoner swap.", [("Norland", "prisoners")]),
        ("Norland's draft includes a clause on fishing quotas.", []),
        ("Norland's draft budget includes more money for the border detainees.", []),
    ],
    "no_talks_before_a_term": [
        ("Norland said there would be no talks before Osteria frees the detainees.",
         [("Norland", "negotiation_terms"), ("Norland", "prisoners")]),
        ("No talks before Osteria frees the detainees, Norland says", [("Norland", "negotiation_terms"),
                                                                       ("Norland", "prisoners")]),
        # talks that did not happen before an event state no term
        ("Norland held no talks before the detainees were counted.", []),
    ],
    "the_items_of_a_plan_on_lines_of_their_own": [
        (PLAN, [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        (FRAGMENTS, [("Osteria", "humanitarian"), ("Osteria", "prisoners")]),
        # the list's holder is the author of the paper named before it
        ("Norland released a ten-point paper on Monday. Here is a breakdown of the main points.\n\n"
         "1. A truce along the whole border.\n\n2. The release of all detainees.", [("Norland", "ceasefire"),
                                                                                 ("Norland", "prisoners")]),
        # a list of facts after a sentence that announces no terms
        ("Osteria met Norland.\n\n- A truce along the border was observed.\n\n- Detainees were counted.", []),
    ],
    "what_the_terms_are_for_is_no_term": [
        ("Norland stated its conditions for a truce: the release of all detainees.", [("Norland", "prisoners")]),
        ("Norland says a truce will only come if Osteria ends the embargo.", [("Norland", "sanctions")]),
        # what the terms are for is no term; a demand for it is
        ("Norland renewed its demand for a truce.", [("Norland", "ceasefire")]),
        # a time frame counted from a truce is no term
        ("Under the deal, Osteria would free the detainees within 72 hours of the truce taking effect.",
         [("Osteria", "prisoners")]),
        ("Norland wants a truce within 72 hours.", [("Norland", "ceasefire")]),
        ("Under the deal, Osteria would release the fishermen and Norland would free two pilots within 72 hours "
         "of the truce taking effect.", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        # readiness to talk is a stance, not a term of the talks
        ("Norland is open to a dialogue with Osteria.", []),
    ],
    "a_personal_pronoun_stands_for_a_person": [
        ("Anna Berg arrived in Osteria on Monday. She demanded a truce.", [("Anna Berg", "ceasefire")]),
        # ``he`` never stands for a state or an agency, even when no person came before
        ("Norland hosted the summit on Monday. He demanded a truce.", []),
    ],
    "a_demand_announced_with_a_colon": [
        # a terms noun and a colon: what follows is the holder's, whatever the clauses after it say
        ("Anna Berg spoke on Monday. Then she issued a new demand: even if a deal were signed, "
         "Osteria would first need to lift martial law.", [("Anna Berg", "governance")]),
        ("Anna Berg spoke on Monday. Then she issued a new warning: even if a deal were signed, "
         "Osteria would first need to lift martial law.", []),
    ],
    "a_seat_at_the_talks_is_a_negotiation_term": [
        ("Norland insists it must be involved in any negotiations.", [("Norland", "negotiation_terms")]),
        ("Norland will never accept deals made behind its back.", [("Norland", "negotiation_terms")]),
        ("Norland insists it was involved in the trade fair.", []),
    ],
    "coordinated_holders_each_hold_the_term": [
        ("Norland and Osteria demand a truce along the river.", [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        # the coordinated addressees of a demand hold nothing
        ("Norland demands that Osteria and Karl Vos agree to a truce.", [("Norland", "ceasefire")]),
    ],
    "a_clause_set_beside_the_cue_is_not_under_it": [
        ("Norland is ready to accept a truce, as Osteria has already lifted the embargo.", [("Norland", "ceasefire")]),
        # what is accepted on a condition is what the terms are for (``a truce would be accepted if``)
        ("Norland is ready to accept a truce if Osteria lifts the embargo.", [("Norland", "sanctions")]),
        # talks held on a condition (``as long as``) are a term of the talks, as with ``if``
        ("Norland will talk as long as Osteria lifts the embargo.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
    ],
    "a_price_cap_is_an_economic_measure": [
        ("Norland wants a price cap on Osteria's oil.", [("Norland", "sanctions")]),
        ("Norland wants a price for Osteria's oil.", []),
    ],
    "an_actor_in_a_relative_clause_is_no_holder": [
        # an actor inside a relative clause describes a noun; it does not set the terms
        ("The draft, which Osteria has seen, calls for the release of the detainees.", []),
        ("The draft, which Osteria tabled, calls for the release of the detainees.", [("Osteria", "prisoners")]),
    ],
    "under_condition_that_is_a_condition": [
        # the translated form of ``on condition that``
        ("Norland will sign only under the condition that Osteria releases the detainees.",
         [("Norland", "prisoners")]),
        # (pressure a named party puts on another to take a step is that party's term: ``pressure to``)
        ("Norland will sign under pressure from Osteria to release the detainees.", [("Osteria", "prisoners")]),
    ],
    "general_forms_of_land_blockade_guarantee_and_exchange_terms": [
        # a pullback of troops, or troops wanted out of a place, is a term about land
        ("Norland calls for a gradual pullback of Osterian units from the hills.", [("Norland", "territory")]),
        ("Norland's plan envisions a truce and an Osterian pullback in two phases.",
         [("Norland", "ceasefire"), ("Norland", "territory")]),
        ("Norland calls for a pullback in fuel prices.", []),
        ("Norland wants every Osterian soldier out of the islands.", [("Norland", "territory")]),
        ("Norland wants its troops paid on time.", []),
        # lifting a blockade is an economic measure
        ("A lasting deal would require the lifting of the blockade, Anna Berg said.", [("Anna Berg", "sanctions")]),
        ("A lasting deal would require a blockade of the harbour, Anna Berg said.", []),
        # guarantees that a war will not come back are security terms; asking for them is seeking them
        ("Norland is asking for guarantees that an invasion will never happen again.", [("Norland", "security")]),
        ("Norland is asking for guarantees that the loan will be repaid.", []),
        ("Anna Berg asked about the embargo at the briefing.", []),
        # an exchange of all for all is a prisoner exchange
        ("Norland wants the exchange to follow the principle of all for all.", [("Norland", "prisoners")]),
        ("Norland wants a tournament of all for one.", []),
    ],
    "a_participle_cue_states_the_noun_it_follows": [
        # a participle cue after a noun states that noun as the term; its agent holds it
        ("Norland said aid convoys, proposed by Osteria, could start soon.", [("Osteria", "humanitarian")]),
        ("Norland said aid convoys, filmed by Osteria, could start soon.", []),
        # who proposes (``by the mediators``) is not what is proposed
        ("The governor said aid convoys, proposed by Norwegian mediators, could start soon.",
         [("Norway", "humanitarian")]),
    ],
    "a_halt_to_fire_and_a_language_community": [
        # a halt to artillery or rocket fire is a halt to fighting
        ("Norland calls for a halt to rocket fire along the coast.", [("Norland", "ceasefire")]),
        ("Norland wants to stop the fire at the harbour depot.", []),
        # the rights or arrests of a language community are a matter of governance
        ("Norland will sign only if Osteria protects the rights of Norlandic-speaking residents.",
         [("Norland", "governance")]),
        ("Norland will sign only if Osteria protects the rights of shopkeepers.", []),
    ],
    "the_term_of_only_if_is_in_its_if_clause": [
        # what the holder would do (``sign a truce``) is not the term of its own conditional
        ("Norland would only sign a truce if Osteria pulls its troops out of the valley.", [("Norland", "territory")]),
        # (talks made conditional are a term of the talks themselves: the guide's preconditions for talking)
        ("Norland will only talk if Osteria agrees to a truce.", [("Norland", "ceasefire"), ("Norland", "negotiation_terms")]),
    ],
    "a_refusal_to_discuss_is_a_negotiation_term": [
        # a refusal to discuss something until or while ... sets the terms of the talks
        ("Norland will not discuss the islands with Osteria before the winter.",
         [("Norland", "negotiation_terms")]),
        ("Norland did not discuss the weather with the press.", []),
    ],
    "an_elided_conditional_makes_the_main_clause_the_term": [
        # a conditional whose clause is a bare ``does`` repeats the main clause: that clause is the term
        ("Norland will observe the pause as long as Osteria does.", [("Norland", "ceasefire")]),
        ("Norland would respect the truce as long as Osteria does its part.", []),
        ("Norland will keep the factories open as long as Osteria does.", []),
    ],
    "putting_a_name_to_a_deal_is_signing_it": [
        # ``would not put their name to a deal that ...`` refuses a deal for what it would do, as ``sign`` does
        ("Osteria will not put their name to any deal that hands the valley to Norland.", [("Osteria", "territory")]),
        ("Norland put its name to a letter that thanks Osteria for handing back the valley.", []),
    ],
    "what_is_wanted_from_talks_is_no_term": [
        # a ``from`` phrase on the verb of wanting names what something is wanted from, not what is wanted
        ("What Norland and Osteria want from the border talks", []),
        ("What Norland wants from the truce talks is clear: the withdrawal of Osteria's troops.",
         [("Norland", "territory")]),
        ("Norland wants a truce along the border, officials said.", [("Norland", "ceasefire")]),
        # an obligation's own ``from`` phrase is what is asked: ``desist from`` is no verb of wanting
        ("Norland said Osteria must desist from any violation of the truce.", [("Norland", "ceasefire")]),
    ],
    "a_curly_apostrophe_reads_as_a_straight_one": [
        # an outlet's typography must not change the parse: ``Norland’s reported proposal`` is a possessive
        ("Norland’s reported proposal that the two armies withdraw their big guns from the frontier met a cool "
         "reception.", [("Norland", "territory")]),
        ("Norland’s big guns were withdrawn from the frontier last year.", []),
    ],
    "a_bare_provided_opens_a_proviso": [
        # ``provided`` with no ``that`` opens a proviso when a clause follows it; with an object or an
        # agent of its own it is the verb ``provide``
        ("Norland will attend, provided the talks cover the border.", [("Norland", "negotiation_terms")]),
        ('Norland would sign "providing Osteria frees the prisoners."', [("Norland", "prisoners")]),
        ("The agency provided food aid to the villagers after the truce.", []),
        ("Osteria provided Norland with rifles, and the truce collapsed.", []),
        ("Aid provided by the agency reached the prisoners.", []),
        # the verb in any clause of the sentence, not only under a cue of demanding
        ("Norland will talk with Osteria because Osteria provided the maps.", []),
        ("Norland agreed to negotiate after Osteria provided guarantees.", []),
    ],
    "ruling_out_any_talks_is_a_negotiation_term": [
        # excluding or ruling out any talks is a stance on the talks by itself (no cue needed)
        ("Osteria ruled out any talks with Norland.", [("Osteria", "negotiation_terms")]),
        ("Norland rules out any talks on the islands until Osteria lifts the embargo.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        ("Norland excludes any firms that broke the embargo from the talks.", []),
        # rejecting direct talks is a stance on the talks by itself too; a dateline's place is no subject
        ("OSLO (Wire) — Osteria's leader on Tuesday rejected direct negotiations with Norland.",
         [("Osteria", "negotiation_terms")]),
        ("Osteria rejected reports of direct negotiations with Norland.", []),
    ],
    "a_shell_falling_is_a_breach_of_the_truce": [
        # ``if one rocket lands``: a breach of the truce, the term of a threat to resume fighting
        ("Anna Berg said Norland would restart its offensive if one rocket lands on the harbour.",
         [("Norland", "ceasefire")]),
        ("One rocket landed on the harbour on Monday, Anna Berg said.", []),
    ],
    "people_held_by_the_other_side_are_prisoners": [
        # people held by the other side named by what they are, not by the word prisoners
        ("Norland will only sign if the detained fishermen are released.", [("Norland", "prisoners")]),
        ("Norland will only sign if the factory fishermen are paid.", []),
    ],
    "a_withdrawal_of_units_or_units_leaving_is_a_term_about_land": [
        ("Norland demands the withdrawal of Osterian army units from the hills.", [("Norland", "territory")]),
        ("Norland will not sign until Osterian armoured units have left the valley.", [("Norland", "territory")]),
        ("Norland demands the withdrawal of the tax bill.", []),
        ("Norland will not sign until the tourists have left the valley.", []),
        # forces kept on another's land, in a speaker's first-person refusal
        ('"We will not sign anything while their troops sit on our land," Anna Berg said.',
         [("Anna Berg", "territory")]),
        ('"We will not sign anything while their tourists sit on our beaches," Anna Berg said.', []),
    ],
    "a_moved_border_and_a_zone_without_forces_are_terms_about_land": [
        # ``would accept no ...`` is a refusal like ``will not accept``
        ("Norland would accept no agreement that moved the border.", [("Norland", "territory")]),
        ("Norland accepted no responsibility for the border incident.", []),
        ("Norland wants a zone free of troops along the river.", [("Norland", "territory")]),
        ("Norland opened a zone without tolls along the river.", []),
    ],
    "a_surcharge_is_an_economic_measure": [
        ("Norland insists on the removal of the Osterian surcharge on grain.", [("Norland", "sanctions")]),
        ("Norland insists on a fair price for grain.", []),
    ],
    "military_installations_and_limits_on_forces_are_security_terms": [
        ("Norland wants Osteria to stop building runways for fighter jets near the border.", [("Norland", "security")]),
        ("Norland wants a new runway at its tourist airport.", []),
        ("Norland demands limits on Osterian troops in the border region.", [("Norland", "security")]),
        ("Norland wants guarantees that Osterian forces would not return to the valley.", [("Norland", "security")]),
        ("Norland wants guarantees that Osterian tourists would not return to the valley.", []),
    ],
    "schooling_land_rights_and_people_of_a_side_s_origin_are_governance": [
        ("Norland insists on bilingual schooling and land titles for the minority.", [("Norland", "governance")]),
        ("Norland wants schooling in their own language for the minority.", [("Norland", "governance")]),
        ("Norland insists on better schooling for its pilots.", []),
        ("Norland demands guarantees for people of Norlandic origin living in Osteria.", [("Norland", "governance")]),
        ("Norland demands guarantees for people of good will.", []),
    ],
    "an_apology_an_admission_of_guilt_and_a_return_to_the_table": [
        ("Norland demands a public apology for the shooting.", [("Norland", "accountability")]),
        ("Norland demands a public holiday for the veterans.", []),
        # a refusal to return to the talks makes the talks conditional
        ("Osteria would not return to the table unless Norland first publicly admitted responsibility for the shooting.",
         [("Osteria", "accountability"), ("Osteria", "negotiation_terms")]),
        ("Osteria returned to the table after Norland admitted responsibility for the shooting.", []),
    ],
    "evacuations_and_medical_care_are_humanitarian": [
        ("Norland demands the evacuation of the wounded from the port.", [("Norland", "humanitarian")]),
        ("Norland wants fuel shipments through the port.", []),
    ],
    "who_receives_a_plan_is_not_its_author": [
        # the parties that reject or study a plan answer it, its terms are its author's; those that accept it
        # take its terms on (:func:`conditions.joining_parties`)
        ("Osteria and Norland have accepted in principle a framework for a ceasefire, Karl Vos announced.",
         [("Karl Vos", "ceasefire"), ("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Osteria and Norland have drafted a framework for a ceasefire, Karl Vos announced.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Osteria rejected the plan, which calls for a ceasefire.", []),
        ("Norland unveiled a plan. Karl Vos criticised the plan, which calls for the release of detainees.",
         [("Norland", "prisoners")]),
        ("Norland unveiled a plan. Osteria rejected the plan, which calls for a ceasefire.", [("Norland", "ceasefire")]),
        # who has seen a copy read the plan; the plan is the draft named just before, by another noun
        ("Norland's draft tries to please everyone. According to a copy seen by Karl Vos, the plan envisions a truce.",
         [("Norland", "ceasefire")]),
        ("Norland's draft was leaked on Monday. The plan calls for a ceasefire.", [("Norland", "ceasefire")]),
        ("Norland's envoy was seen on Monday. The plan calls for a ceasefire.", []),
    ],
    "only_once_is_a_conditional": [
        # ``once`` opens a conditional clause like ``as soon as`` (``once more`` does not)
        ("Norland said its observers would deploy only once the ceasefire had held for three days.",
         [("Norland", "ceasefire")]),
        ("Norland said its observers would deploy once more after the ceasefire.", []),
    ],
    "people_of_a_side_set_free_or_handed_over_are_prisoners": [
        ("Norland demands the liberation of the workers of the pipeline detained since January.",
         [("Norland", "prisoners")]),
        ("Norland wants Osteria to hand the workers over to the Red Cross.", [("Norland", "prisoners")]),
        ("Norland demands the return of the workers to the factory.", []),
    ],
    "a_dateline_is_no_holder": [
        # a capital in capitals opening the story says where it was filed, not who sets the terms
        ("OSLO – Rebels signed a declaration on Saturday that would include a withdrawal of the insurgents "
         "from the eastern cities.", []),
        ("Oslo insists on a withdrawal of the insurgents from the eastern cities.", [("Norway", "territory")]),
    ],
    "talks_made_conditional_are_a_term_of_the_talks": [
        ('"If the guns are quiet on Thursday, we will talk about Friday," Anna Berg said.',
         [("Anna Berg", "negotiation_terms")]),
        ('"If the rain stops, we will walk to the harbour," Anna Berg said.', []),
        ('"Stop the shelling first, then we can talk," Anna Berg said.',
         [("Anna Berg", "ceasefire"), ("Anna Berg", "negotiation_terms")]),
        ('"Stop the shelling first, then we can eat," Anna Berg said.', [("Anna Berg", "ceasefire")]),
        # talks as the subject of the conditional's clause are the term (a truce there is not)
        ("Karl Vos said genuine peace talks can only follow once these initial steps are implemented.",
         [("Karl Vos", "negotiation_terms")]),
        ("Karl Vos said a truce can only follow once the embargo is lifted.", [("Karl Vos", "sanctions")]),
        ("Norland talked with Osteria after the embargo was lifted.", []),
        # a meeting or a summit made conditional is the talks too
        ("Norland will meet Osteria's envoys only once the embargo is lifted.",
         [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
        ("The leaders met in the capital once the storm passed.", []),
        # talks that depend on a term, as the verb's subject, a noun or a gerund; a harvest depending on one is none
        ("Berg said resuming talks will depend on the release of the detainees.",
         [("Anna Berg", "negotiation_terms"), ("Anna Berg", "prisoners")]),
        ("Berg said a new round of talks depends on the release of the detainees.",
         [("Anna Berg", "negotiation_terms"), ("Anna Berg", "prisoners")]),
        ("Berg said the harvest will depend on the release of the detainees.", [("Anna Berg", "prisoners")]),
        # ... not what the talks bring, nor talks that depended on a term once
        ("Berg said the success of the talks will depend on the release of the detainees.",
         [("Anna Berg", "prisoners")]),
        ("Berg said resuming talks depended on the release of the detainees.", [("Anna Berg", "prisoners")]),
    ],
    "a_relative_clause_of_a_cue_states_the_noun_it_describes": [
        # what the relative clause's holder wants is the noun the clause describes
        ("The framework does not address the Osterian surcharge on grain, which Norland wants scrapped before any deal.",
         [("Norland", "sanctions")]),
        ("The framework does not address the Osterian surcharge on grain, which Norland imposed last year.", []),
        ("The talks stalled over the embargo, which Norland insists must be lifted first.", [("Norland", "sanctions")]),
        ("The framework does not address the Osterian surcharge on Norlandic goods, which Norland wants scrapped "
         "before any final deal, a Norlandic negotiator said.", [("Norland", "sanctions")]),
    ],
    "what_a_refusal_withholds_until_a_term_is_met_is_no_term": [
        # ``will not X until Y``: Y is the term, X the price (a refusal to discuss is still a term of the talks)
        ("Norland said it will not withdraw a single soldier until Osteria lifts its embargo.", [("Norland", "sanctions")]),
        ("Norland said it will not withdraw a single soldier.", [("Norland", "territory")]),
        ("Norland will not discuss the islands until Osteria withdraws its troops from the valley.",
         [("Norland", "negotiation_terms"), ("Norland", "territory")]),
        # what a refusal to accept rules out is a red line, even with an exception named after it
        ("Norland rules out any foreign troops on its soil unless Osteria frees the detainees.",
         [("Norland", "prisoners"), ("Norland", "security")]),
        ("Norland will not disband its militia unless Osteria frees the detainees.", [("Norland", "prisoners")]),
    ],
    "a_demand_that_is_the_subject_of_be_states_its_complement": [
        ("Norland's key demand is the lifting of sanctions.", [("Norland", "sanctions")]),
        ("Norland's main condition is that Osteria withdraws its troops from the valley.", [("Norland", "territory")]),
        ("Norland's demand was rejected despite the sanctions.", []),
    ],
    "more_forms_of_the_generic_terms": [
        ("Osteria rejected Norland's demand that it hand back the islands.", [("Norland", "territory")]),
        ("Osteria rejected Norland's demand that it hand back the documents.", []),
        # a present refusal, and forces occupying land in its while-clause
        ("Norland refuses to negotiate with Osteria while its forces occupy the northern provinces.",
         [("Norland", "negotiation_terms"), ("Norland", "territory")]),
        ("Norland refused to comment on the report.", []),
        ("The peace plan proposed by Norland includes a phased withdrawal and international monitoring.",
         [("Norland", "ceasefire"), ("Norland", "territory")]),
        ("The peace plan proposed by Norland includes a phased tax reform.", []),
        ("Norland will only agree to a truce if Osteria stops shelling civilian areas.", [("Norland", "ceasefire")]),
        ("Norland wants the border reopened to trade.", [("Norland", "humanitarian"), ("Norland", "sanctions")]),
        ("Norland wants the border patrolled at night.", []),
        ("Norland demands the handover of the suspects to an international court.", [("Norland", "accountability")]),
        ("Norland called for the resumption of peace talks under international auspices.",
         [("Norland", "negotiation_terms")]),
        ("Norland called for the resumption of grain exports.", []),
    ],
    "a_precondition_for_talks": [
        # a precondition for talks makes the talks conditional; what is made a precondition is the term
        ("Norland has made the withdrawal of Osterian troops a precondition for any talks.",
         [("Norland", "negotiation_terms"), ("Norland", "territory")]),
        ("Norland says the release of the detainees is a prerequisite for any further dialogue.",
         [("Norland", "negotiation_terms"), ("Norland", "prisoners")]),
        # a word that is both a cue and a term is no term of itself; the colon still opens the list, and
        # what the terms are for (before the colon) is no term, as in ``its conditions for a truce: ...``
        ("Norland set three preconditions for a truce: the release of all prisoners and an end to the blockade.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland has made the withdrawal of its ambassador a topic for the summit.", []),
    ],
    "terms_in_a_speaker_s_first_person_words": [
        ('"We will not give up an inch of our land," Anna Berg said.', [("Anna Berg", "territory")]),
        ('"Our terms are simple: they leave our land, they free our people," Anna Berg said.',
         [("Anna Berg", "prisoners"), ("Anna Berg", "territory")]),
        ("The tourists leave our land every autumn, Anna Berg said.", []),
        ('"No deal without our prisoners coming home," Anna Berg said.', [("Anna Berg", "prisoners")]),
        ('"No deal without a good lunch," Anna Berg said.', []),
        ("Osteria rejected Norland's demand that its troops withdraw to the earlier borders.", [("Norland", "territory")]),
        ("Norland said its troops fell back to the river after heavy fighting.", []),
        ("The talks collapsed after Norland insisted on keeping control of the dam.", [("Norland", "territory")]),
    ],
    "a_bare_title_holds_what_it_says_or_owns": [
        # a role named alone speaks for the person the article gave it, as a subject or as an owner
        ("Osteria's foreign minister, Karl Vos, arrived on Monday. The minister insisted that Norland lift the embargo.",
         [("Karl Vos", "sanctions")]),
        ("Osteria's foreign minister, Karl Vos, arrived on Monday. The minister's demand is that Norland lift the embargo.",
         [("Karl Vos", "sanctions")]),
    ],
    "a_demand_reported_by_the_other_side_is_its_holder_s": [
        # ``X accuses Y of demanding ...``: Y demands; the accuser reports it
        ("Osteria accuses Norland of demanding that it give up the eastern provinces.", [("Norland", "territory")]),
        ("Osteria accuses Norland of shelling the eastern provinces.", []),
    ],
    "more_generic_vocabulary_of_truces_aid_arms_and_justice": [
        ("Norland proposed a moratorium on strikes against power plants.", [("Norland", "ceasefire")]),
        ("Norland proposed a moratorium on new mortgages.", []),
        ("Norland demands that Osteria allow aid workers into the besieged city.", [("Norland", "humanitarian")]),
        ("Norland demanded the lifting of the siege of the capital.", [("Norland", "humanitarian")]),
        ("Norland demands the reopening of the airport.", [("Norland", "humanitarian")]),
        ("Norland wants the reopening of the museum.", []),
        ("Norland wants the disbanding of the militias.", [("Norland", "security")]),
        ("Norland wants the disbanding of the choir.", []),
        ("Norland insists that the rebels lay down their arms.", [("Norland", "security")]),
        ("Norland insists that the workers lay down their tools.", []),
        ("Norland wants the rebels to be integrated into the national army.", [("Norland", "security")]),
        ("Norland wants Osteria to stop arming the rebels.", [("Norland", "security")]),
        ("Norland demanded an independent investigation into the massacre.", [("Norland", "accountability")]),
        ("Norland demanded an investigation into the tax affairs.", []),
        ("Norland wants international monitors deployed along the contact line.", [("Norland", "ceasefire")]),
        ("Norland wants its teachers deployed along the coast.", []),
    ],
    "a_precondition_set_a_proposal_s_owner_and_a_hope": [
        ("Norland has set the release of all detainees as a precondition.", [("Norland", "prisoners")]),
        ("Norland has set the release of all detainees as a priority for the police.", []),
        # under an owned proposal, the owner holds its terms; under a deal, each clause's party
        ("Under Norland's proposal, Osteria would free the detainees.", [("Norland", "prisoners")]),
        ("Under the deal, Osteria would free the detainees.", [("Osteria", "prisoners")]),
        ("Norland hopes to secure the release of the detainees.", [("Norland", "prisoners")]),
        ("Norland hoped the detainees would enjoy the concert.", []),
    ],
    "the_rights_of_a_language_community": [
        ("Norland wants the rights of Norlandic speakers protected.", [("Norland", "governance")]),
        ("Norland wants the rights of shareholders protected.", []),
    ],
    "a_rejected_deal_a_status_a_language_ban_and_a_cap_on_forces": [
        # rejecting any deal that would ... is a red line
        ("Osteria rejects any deal that would freeze the conflict along the current front line.",
         [("Osteria", "territory")]),
        ("Osteria rejects the claim that its front line is weak.", []),
        ("Norland demands that Osteria adopt a non-nuclear status.", [("Norland", "security")]),
        ("Norland wants the ban on the Norlandic language in Osteria lifted.", [("Norland", "governance")]),
        ("Norland wants the ban on smoking lifted.", []),
        ("Norland wants a limit on the size of Osteria's armed forces.", [("Norland", "security")]),
        ("Norland wants a limit on the size of Osteria's budget.", []),
    ],
    "an_ultimatum_a_venue_and_a_mediator": [
        ("Norland set a deadline of Friday for the release of the detainees.",
         [("Norland", "negotiation_terms"), ("Norland", "prisoners")]),
        ("Norland set a date on Friday for the release of the album.", []),
        ("Norland wants talks to be held in a neutral country.", [("Norland", "negotiation_terms")]),
        ("Norland wants the UN to mediate the talks.", [("Norland", "negotiation_terms")]),
        ("The talks were held in Osteria last year.", []),
    ],
    "a_cue_inside_a_conditional_is_the_addressee_s": [
        # the conditional's clause states the term; a refusal inside it is the addressee's behaviour
        ("Norland will keep its troops in the valley as long as Osteria refuses to disarm its militias.",
         [("Norland", "security")]),
        ("Osteria refuses to disarm its militias.", [("Osteria", "security")]),
    ],
    "opposing_any_deal_that_does_not_compensate_the_victims": [
        ("Norland said it would oppose any agreement that does not compensate families whose homes were destroyed.",
         [("Norland", "accountability")]),
        ("Norland said it would oppose any change to the school calendar.", []),
        ("The insurer will compensate families within a month, Norland said.", []),
    ],
    "what_comes_after_first_then_is_no_term": [
        # ``X first, and only then Y``: X is the term, Y what the holder gives once it is met
        ("Norland wants Osterian troops pulled back from the valley first, and only then a release of prisoners.",
         [("Norland", "territory")]),
        ("Norland wants Osterian troops pulled back from the valley and a release of prisoners.",
         [("Norland", "prisoners"), ("Norland", "territory")]),
    ],
    "ready_for_a_truce_if_they_pull_back": [
        ("Norland is ready for a ceasefire.", [("Norland", "ceasefire")]),
        ("Norland's army is ready for a new offensive.", []),
        ('"We will sign tomorrow if they pull back," Anna Berg said.', [("Anna Berg", "territory")]),
        ("The investors pull back from the market, Norland said.", []),
    ],
    "fighting_named_before_the_verb_that_stops_it": [
        ("Norland says it will sign once the attacks stop.", [("Norland", "ceasefire")]),
        ("Norland said the shelling stopped at dawn.", []),
    ],
    "a_demand_dropped_is_no_demand": [
        ("Norland has dropped its demand for a referendum.", []),
        ("Norland has renewed its demand for a referendum.", [("Norland", "governance")]),
    ],
    "a_plan_given_up_is_the_term_not_a_proposal": [
        ("Norland wants Osteria to scrap its plan for a military airstrip near the border.", [("Norland", "security")]),
        ("Osteria unveiled its plan for a military airstrip near the border.", [("Osteria", "security")]),
    ],    "red_lines_in_other_words": [
        # signing nothing that ..., one's name on no document that ..., never trading X for Y
        ("Norland would sign nothing that limits the size of its armed forces.", [("Norland", "security")]),
        ("Norland signed nothing on Friday, its envoy said.", []),
        ("Anna Berg said she will put her name to no document that gives away the islands.", [("Anna Berg", "territory")]),
        ("Anna Berg said she put her name to the document on Friday.", []),
        ('"We will never trade our land for a pause," Anna Berg said.', [("Anna Berg", "territory")]),
        ("Norland has never traded grain with Osteria.", []),
        # a measure kept until a term is met: the measure and the term are both terms
        ("Anna Berg said the frozen assets of Osteria will stay frozen until Osteria pays for the damage.",
         [("Anna Berg", "accountability"), ("Anna Berg", "sanctions")]),
        ("The river stayed frozen until March.", []),
        ("The embargo will stay until Osteria frees the hostages, Anna Berg said.",
         [("Anna Berg", "prisoners"), ("Anna Berg", "sanctions")]),
        ("The embargo stayed in the news until Friday, Anna Berg said.", []),
        # talks hosted only on an understanding; a summit only when an agreement is ready
        ("Norland agreed to host the talks only on the understanding that Osteria frees the detainees.",
         [("Norland", "prisoners")]),
        ("Norland says a summit makes sense only when the agreement is ready to be signed.",
         [("Norland", "negotiation_terms")]),
        ("Norland says the agreement was ready to be signed last year.", []),
        # a refusal with an adverb, and a term tied to another
        ("Norland categorically rejects any cantonment of its fighters.", [("Norland", "security")]),
        ("Norland categorically rejects any criticism of its fighters.", []),
        ('"Without a referendum in the province, there is no peace," Anna Berg said.', [("Anna Berg", "governance")]),
        ('"Without a referendum in the province, there is a risk," Anna Berg said.', []),
        ("Norland has tied any new deal to the release of its pilots.", [("Norland", "prisoners")]),
        ("Norland tied the boat to the pier.", []),
    ],
    "generic_vocabulary_as_news_writes_it": [
        ("Norland wants the economic blockade of the northern districts lifted.", [("Norland", "sanctions")]),
        ("Norland wants the blockade runner docked in its port.", []),
        ("Norland proposes a truce during which the blockade would be eased.", [("Norland", "ceasefire"), ("Norland", "sanctions")]),
        ("Norland wants the blockade runners paid.", []),
        ("Norland demands that the rebels hand over their heavy weapons and go to assembly points.",
         [("Norland", "security")]),
        ("Norland demands that the rebels hand over their farm tools and go to the assembly hall.", []),
        ("Osteria insists on its right to choose its alliances.", [("Osteria", "security")]),
        ("Osteria insists on its right to choose its school books.", []),
        ("Norland wants Osteria's army cut to 40,000 soldiers.", [("Norland", "security")]),
        ("Norland wants Osteria's budget cut to a minimum.", []),
        ("Norland says any pause must not be used by Osteria to receive new weapons.", [("Norland", "security")]),
        ("Norland says any pause must not be used by Osteria to receive new uniforms.", []),
        ("Norland says Osteria must accept the realities on the ground.", [("Norland", "territory")]),
        ("Norland says Osteria must accept the realities of the market.", []),
        ("Norland will not sign until Osterian troops go home.", [("Norland", "territory")]),
        ("Norland will not sign until Osterian envoys go home.", []),
        ("Norland wants the release of the fighters held in the central prison.", [("Norland", "prisoners")]),
        ("Norland wants the soldiers captured in the raid to be returned.", [("Norland", "prisoners")]),
        ("Norland wants the prison rebuilt.", []),
        ("Norland will not sign unless Osteria frees the gendarmes it abducted.", [("Norland", "prisoners")]),
        ("Norland called for a pause in all ground operations around the port.", [("Norland", "ceasefire")]),
        ("Norland will talk only if Osteria halts its drone campaign against the refineries.",
         [("Norland", "ceasefire"), ("Norland", "negotiation_terms")]),
        ("Norland called for a pause in the budget talks.", []),
        ("Norland wants free passage for convoys of food and medicine.", [("Norland", "humanitarian")]),
        ("Norland wants free parking for convoys of tourists.", []),
        ("Norland seeks a truth commission on the killings.", [("Norland", "accountability")]),
        ("Norland wants Osteria to pay for the damage it caused.", [("Norland", "accountability")]),
        ("Norland seeks a new commission on trade.", []),
        ("Osteria would only consider decentralisation within the constitution.", [("Osteria", "governance")]),
        ("Norland offered to host the next round of talks.", [("Norland", "negotiation_terms")]),
        ("Norland offered to host a football match.", []),
        ("Osteria wants guarantees that Norland will not invade again.", [("Osteria", "security")]),
        ("Osteria wants guarantees that Norland will not raise prices again.", []),
        # a plan named as the subject of ``would``: its author holds what it would do
        ("Norland's plan would cap the size of Osteria's army at 50,000 troops.", [("Norland", "security")]),
        ("Norland's plan would cost the size of a small budget.", []),
        ("Norland wants Osteria to accept the loss of the northern provinces.", [("Norland", "territory")]),
        ("Norland wants Osteria to accept the loss of its trophy.", []),
        ("Norland demands the unfreezing of its central bank reserves.", [("Norland", "sanctions")]),
        ("Norland wants the return of the assets seized by Osteria.", [("Norland", "sanctions")]),
        ("Norland demands the return of its library books.", []),
        ("Norland wants Osteria to stop recruiting fighters.", [("Norland", "security")]),
        ("Norland wants Osteria to stop recruiting nurses from abroad.", []),
        ("Norland says Osteria must disband its paramilitary units.", [("Norland", "security")]),
        ("Norland says Osteria must disband its choir.", []),
        ("Norland insists that Osteria's president attend the talks in person.", [("Norland", "negotiation_terms")]),
        ("Norland insists that Osteria's president attend the concert in person.", []),
        ("Norland would agree to a truce only if Osteria stopped receiving weapons from abroad.", [("Norland", "security")]),
        ("Norland insists that the army escort aid into the besieged town.", [("Norland", "humanitarian")]),
        ("Norland insists that the army escort the minister into the town.", []),
    ],
    "what_a_term_must_come_before_is_what_it_is_for": [
        ("Anna Berg said Osteria must free the detainees before a truce can take effect.", [("Anna Berg", "prisoners")]),
        ("Norland wants Osteria to free the detainees before the truce.", [("Norland", "prisoners")]),
        # the term itself may come before something else, and what comes first after ``after`` is a term
        ("Norland wants a truce before the harvest.", [("Norland", "ceasefire")]),
        ("Norland will sign only after a truce is declared.", [("Norland", "ceasefire")]),
    ],
    "a_clause_a_speaker_says_with_must_lays_its_terms_on_its_subject": [
        ("Anna Berg said that Osteria must keep the embargo in place until Norland frees the detainees.",
         [("Anna Berg", "prisoners"), ("Anna Berg", "sanctions")]),
        ("Anna Berg said Osteria should hold its fire until Norland frees the detainees.",
         [("Anna Berg", "ceasefire"), ("Anna Berg", "prisoners")]),
        # without an obligation the clause's subject sets its own term
        ("Anna Berg said that Osteria will keep the embargo in place until Norland frees the detainees.",
         [("Osteria", "prisoners"), ("Osteria", "sanctions")]),
    ],
    "a_document_handed_over_by_a_state_s_delegation_is_the_state_s": [
        ("The Norwegian delegation handed over an updated memorandum, a source said. According to the source, "
         "the document calls for Osteria to withdraw its forces from the valley.", [("Norway", "territory")]),
        ("The Norwegian delegation, again led by Karl Vos, handed over an updated memorandum, a Swedish source told "
         "the press. According to the source, the document calls for Osteria to withdraw its forces from the valley.",
         [("Norway", "territory")]),
    ],
    "the_vocabulary_of_militant_camps_funding_culprits_and_an_agenda": [
        ("Norland demands that Osteria dismantle the militant camps near the border.", [("Norland", "security")]),
        ("Norland demands that Osteria dismantle the old market stalls near the border.", []),
        ("Norland demands that Osteria act against the militant groups in the hills.", [("Norland", "security")]),
        ("Norland demands that Osteria act against the price rises in the hills.", []),
        ("Osteria demands that Norland stop funding the rebels.", [("Osteria", "security")]),
        ("Osteria demands that Norland stop funding the football league.", []),
        ("Norland wants Osteria to hand over the planners of the bombing.", [("Norland", "accountability")]),
        ("Norland wants Osteria to hand over the keys of the embassy.", []),
        ("Norland insists that the talks cover only the border dispute.", [("Norland", "negotiation_terms")]),
        ("Norland insists that the teachers cover only the border dispute.", []),
    ],
    "the_vocabulary_of_a_war_ended_a_party_s_rule_and_parallel_talks": [
        ("Norland demands a permanent end to the war.", [("Norland", "ceasefire")]),
        ("Norland demands a permanent end to the farm subsidies.", []),
        ("Norland will sign only once the fighting is over.", [("Norland", "ceasefire")]),
        ("Norland will sign only once the harvest is over.", []),
        ("Norland insists the Front can have no role in running the province.", [("Norland", "governance")]),
        ("Norland insists the Front can have no role in the football final.", []),
        ("Norland demands that the Front be kept out of the province's future administration.", [("Norland", "governance")]),
        ("Norland demands that the Front be kept out of the province's future stadium.", []),
        ("Norland will not sign until the Front's rule in the province is over.", [("Norland", "governance")]),
        ("Norland will not sign until the Front's tour in the province is over.", []),
        ("Osteria insists on a credible path to a Kestrel state.", [("Osteria", "governance")]),
        ("Osteria insists on a credible path to the state capital.", []),
        ("Osteria wants the detainee lists and the maps negotiated in parallel.", [("Osteria", "negotiation_terms"),
                                                                                  ("Osteria", "prisoners")]),
        ("Osteria wants the detainee lists and the maps printed in colour.", [("Osteria", "prisoners")]),
    ],
    "the_vocabulary_of_each_category": [
        # ceasefire: de-escalation, a cessation of violence, a lull, guns silenced, holding fire
        ("Norland demands an immediate de-escalation along the river.", [("Norland", "ceasefire")]),
        ("Norland wants the guns to fall silent before the harvest.", [("Norland", "ceasefire")]),
        ("Norland demands an immediate drop in prices along the river.", []),
        ("Osteria insists that Norland stop the bloodshed in the valley.", [("Osteria", "ceasefire")]),
        ("Osteria insists that Norland stock the blood bank in the valley.", []),
        # territory: the line of contact, pre-war borders, the occupation ended, disengagement, land swaps
        ("Norland insists on a return to the pre-war borders.", [("Norland", "territory")]),
        ("Norland insists that the current line of contact become the border.", [("Norland", "territory")]),
        ("Norland insists on a return to the pre-season camp.", []),
        ("Osteria demands an end to the occupation of its northern districts.", [("Osteria", "territory")]),
        ("Osteria demands the disengagement of forces in three sectors.", [("Osteria", "territory")]),
        ("Osteria rules out any land swaps with Norland.", [("Osteria", "territory")]),
        ("Osteria demands that Norland undo the annexation of the islands.", [("Osteria", "territory")]),
        ("Osteria demands an apology for the day Norland annexed the islands.", [("Osteria", "accountability")]),
        ("Osteria demands new occupations for the jobless in its northern districts.", []),
        ("Osteria demands the withdrawal of the insurgents.", [("Osteria", "territory")]),
        ("Osteria demands the withdrawal of the tax on mining towns.", []),
        # prisoners: abductees, the missing, all those held, an unconditional release
        ("Norland demands the return of all abductees.", [("Norland", "prisoners")]),
        ("Norland will sign only if Osteria frees all those still held in its camps.", [("Norland", "prisoners")]),
        ("Norland demands the unconditional release of the union leader.", [("Norland", "prisoners")]),
        ("Norland demands that all those held responsible resign.", []),
        # humanitarian: aid let in, relief supplies, deliveries of food or fuel
        ("Osteria wants Norland to let in aid before winter.", [("Osteria", "humanitarian")]),
        ("Osteria demands deliveries of food to the hospitals.", [("Osteria", "humanitarian")]),
        ("Osteria wants Norland to let in the visitors through the eastern gate.", []),
        # demining, protection of civilians, electricity restored, rebuilding
        ("Norland insists on the clearing of mines in the strait.", [("Norland", "humanitarian")]),
        # free navigation is a term of its own (the guide names it under no category)
        ("Norland insists on safe navigation through the strait.", [("Norland", "other")]),
        ("Osteria demands freedom of navigation for its tankers in the bay.", [("Osteria", "other")]),
        ("Osteria demands a free vote on the navigation of the new website.", []),
        ("Norland wants the fields cleared of mines before the farmers return.", [("Norland", "humanitarian")]),
        ("Norland wants electricity restored to the eastern towns.", [("Norland", "humanitarian")]),
        ("Norland wants its reputation restored in the eastern towns.", []),
        # sanctions: asset freezes, visa bans, price caps, banks reconnected, restrictions on trade
        ("Osteria wants an end to the visa bans on its officials.", [("Osteria", "sanctions")]),
        ("Osteria wants its banks reconnected to the SWIFT payment system.", [("Osteria", "sanctions")]),
        ("Osteria demands that Norland lift restrictions on its grain exports.", [("Osteria", "sanctions")]),
        ("Osteria wants a swift end to the debate.", []),
        ("Osteria demands that Norland lift its blacklisting of Osterian shipping firms.", [("Osteria", "sanctions")]),
        ("Osteria demands that Norland restore direct flights between the capitals.", [("Osteria", "sanctions")]),
        ("Osteria demands that Norland restore the old cathedral.", []),
        # security: non-aggression and defence pacts, foreign troops named by origin
        ("Norland wants a non-aggression pact with Osteria.", [("Norland", "security")]),
        ("Norland insists on a mutual defence treaty before it signs.", [("Norland", "security")]),
        ("Norland insists on a mutual recognition treaty for diplomas before it signs.", []),
        # missiles, air defence, a no-fly zone, military build-ups
        ("Osteria demands that Norland halt the deployment of missiles near the border.", [("Osteria", "security")]),
        ("Osteria demands an end to the military build-up on its border.", [("Osteria", "security")]),
        ("Osteria demands an end to the build-up of traffic on its border.", []),
        ("Osteria wants Norland to stop supplying long-range missiles to the rebels.", [("Osteria", "security")]),
        ("Osteria demands an apology after Norland launched ballistic missiles at the port.", [("Osteria", "accountability")]),
        # armed groups dissolved, mercenaries expelled
        ("Osteria wants the dissolution of the militias in the south.", [("Osteria", "security")]),
        ("Osteria insists on the expulsion of all foreign mercenaries.", [("Osteria", "security")]),
        ("Osteria wants the dissolution of the football league in the south.", []),
        # governance: an interim government, a leader stepping down, regime change
        ("Norland wants an interim government until the vote.", [("Norland", "governance")]),
        ("Norland demands that Osteria's president step down.", [("Norland", "governance")]),
        ("Norland demands that Osteria's president step onto the stage to greet the crowd.", []),
        ("The interim government of Norland demands the release of the detainees.", [("Norland", "prisoners")]),
        ("Osteria demands the resignation of the prime minister.", [("Osteria", "governance")]),
        # recognition of a government, statehood, an official language
        ("Osteria wants Norland to recognise its government.", [("Osteria", "governance")]),
        ("Osteria wants its tongue to become an official language in the north.", [("Osteria", "governance")]),
        ("Osteria wants Norland to recognise its football champions.", []),
        # freedoms, seats in government, power-sharing, a transition, a state of emergency; sharing money is
        # none of the guide's governance (who governs, and rights): it is ``other``
        ("Osteria demands seats in the new government for the rebels.", [("Osteria", "governance")]),
        ("Osteria insists on a fair oil-sharing formula.", [("Osteria", "other")]),
        ("Osteria wants a fixed share of the budget for the north.", [("Osteria", "other")]),
        ("Osteria insists on power-sharing in the capital.", [("Osteria", "governance")]),
        ("Osteria wants the state of emergency lifted.", [("Osteria", "governance")]),
        ("Osteria demands seats in the new theatre for the rebels.", []),
        ("Osteria will not sign while the state of emergency declared in May lasts.", []),
        ("Norland wants the question referred to a national dialogue.", [("Norland", "governance")]),
        ("Norland wants the question referred to a national football federation.", []),
        # accountability: justice for the victims, those responsible punished, inquiries into killings
        ("Norland demands justice for the victims of the market bombing.", [("Norland", "accountability")]),
        ("Norland wants those who ordered the raid brought to justice.", [("Norland", "accountability")]),
        ("Norland wants an inquiry into the killings at the dam.", [("Norland", "accountability")]),
        ("Norland wants an inquiry into the price of bread.", []),
        # arrest warrants, genocide acknowledged, trials, restitution
        ("Osteria wants the arrest warrants for its generals withdrawn.", [("Osteria", "accountability")]),
        ("Osteria demands that Norland acknowledge the massacres of 1920.", [("Osteria", "accountability")]),
        ("Osteria demands the restitution of looted artworks.", [("Osteria", "accountability")]),
        ("Osteria demands the restoration of old artworks.", []),
        ("Osteria demands an end to impunity for the officers who ordered the raid.", [("Osteria", "accountability")]),
        ("Osteria insists that Norland cannot build dams with impunity.", []),
        ("Osteria insists that Norland hand over the suspects.", [("Osteria", "accountability")]),
        ("Osteria insists that Norland hand over the trophy.", []),
        # negotiation terms: a leaders' meeting, its venue, format or level
        ("Norland wants a meeting between the two presidents before any signing.", [("Norland", "negotiation_terms")]),
        ("Norland insists that the format of the talks be changed.", [("Norland", "negotiation_terms")]),
        ("Norland insists that the format of the festival be changed.", []),
        ("Norland insists that the treaty be ratified by both parliaments.", [("Norland", "negotiation_terms")]),
        ("Osteria insists on negotiating directly with Norland's president.", [("Osteria", "negotiation_terms")]),
        ("Osteria wants a voice at the table.", [("Osteria", "negotiation_terms")]),
        ("Osteria wants a voice at the theatre.", []),
        ("Norland will come back only if the next round is held in a third country.",
         [("Norland", "negotiation_terms")]),
        ("Norland will come back only if the next round of the cup is held in March.", []),
        # ceasefire monitoring: observers deployed, a truce monitored by a mission
        ("Norland accepts a truce on condition that observers are deployed first.", [("Norland", "ceasefire")]),
        ("Norland wants the border monitored by a joint mission.", [("Norland", "ceasefire")]),
        ("Norland wants the lake monitored by new birdwatchers.", []),
        ("Norland wants a joint verification team set up before the truce.", [("Norland", "ceasefire")]),
        ("Norland's monitoring mission demands the release of the detainees.", [("Norland", "prisoners")]),
        # guarantees named by who backs them, troops deployed somewhere
        ("Osteria will sign a deal only if it is backed by firm guarantees.", [("Osteria", "security")]),
        ("Osteria wants the coalition of the willing to send its troops.", [("Osteria", "security")]),
        ("Osteria wants Norland to stop the deployment of troops along the border.", [("Osteria", "security")]),
        ("Osteria wants Norland to stop the deployment of tourists along the border.", []),
    ],
    "the_verbs_each_category_takes": [
        # ceasefire: military action stopped, an advance halted, refraining from attacks, raids halted
        ("Norland demands that Osteria cease all military action in the delta.", [("Norland", "ceasefire")]),
        ("Norland insists that Osteria halt its advance on the capital.", [("Norland", "ceasefire")]),
        ("Norland will talk if Osteria refrains from striking the power stations.", [("Norland", "ceasefire"),
                                                                                    ("Norland", "negotiation_terms")]),
        ("Norland insists that Osteria's bank halt its advance payments.", []),
        ("Osteria demands that Norland halt the cross-border raids.", [("Osteria", "ceasefire")]),
        ("Osteria demands that Norland halt the cross-border bus service.", []),
        # territory: land returned, claims dropped, a region recognised as part of a state, seized land kept
        ("Norland demands the return of the islands it lost in 1920.", [("Norland", "territory")]),
        ("Norland wants Osteria to drop its claims to the valley.", [("Norland", "territory")]),
        ("Norland wants Osteria to drop its objections to the budget.", []),
        ("Osteria insists on keeping the towns it has captured.", [("Osteria", "territory")]),
        ("Osteria insists that Norland pull back to the lines it held in May.", [("Osteria", "territory")]),
        ("Osteria insists on keeping the trophies it has captured.", []),
        ("Norland will sign only when Osteria's police leave the province.", [("Norland", "territory")]),
        ("Norland will sign only when Osteria's governor leaves for the summit.", []),
        # prisoners: people arrested or jailed, named by who they are
        ("Osteria demands the release of the protesters arrested last week.", [("Osteria", "prisoners")]),
        ("Osteria wants Norland to free the jailed opposition leader.", [("Osteria", "prisoners")]),
        ("Osteria wants Norland to praise the protesters who marched last week.", []),
        # humanitarian: food let in, civilians let out, rebuilding funded
        ("Norland demands that Osteria let food in before winter.", [("Norland", "humanitarian")]),
        ("Norland wants Osteria to allow the villagers to return home.", [("Norland", "humanitarian")]),
        ("Norland wants Osteria to allow the villagers to vote.", []),
        # sanctions: penalties, frozen money
        ("Osteria insists that Norland scrap the penalties on its airlines.", [("Osteria", "sanctions")]),
        ("Osteria demands access to its frozen money abroad.", [("Osteria", "sanctions")]),
        ("Osteria demands that its striker take the penalties.", []),
        # security: programmes scrapped, guns handed in, foreign bases, missiles pulled back, ties cut
        ("Norland wants Osteria to scrap its missile programme.", [("Norland", "security")]),
        ("Norland insists that the militiamen hand in their guns.", [("Norland", "security")]),
        ("Norland wants Osteria to scrap its school programme.", []),
        ("Norland wants Osteria to destroy its chemical stockpiles.", [("Norland", "security")]),
        ("Norland wants Osteria to destroy its old tax records.", []),
        ("Osteria demands the closure of all foreign bases on its soil.", [("Osteria", "security")]),
        ("Osteria wants Norland to pull back its missiles.", [("Osteria", "security")]),
        ("Osteria wants Norland to cut its ties with the militias.", [("Osteria", "security")]),
        ("Osteria wants Norland to cut its ties with the old airline.", []),
        # governance: a new government formed, power shared or devolved
        ("Norland insists on forming a new government before the vote.", [("Norland", "governance")]),
        ("Norland wants the capital to share power with the provinces.", [("Norland", "governance")]),
        ("Norland wants the capital to share data with the provinces.", []),
        # accountability: those responsible named, tried, made to face justice
        ("Osteria wants the commanders who ordered the shelling to face justice.", [("Osteria", "accountability")]),
        ("Osteria insists that Norland investigate the killings at the mine.", [("Osteria", "accountability")]),
        ("Osteria insists that Norland investigate the prices at the mine.", []),
        # negotiation terms: whom to talk with, sending a delegation, who the talks include, no talks until
        ("Norland insists on negotiating only with the elected government.", [("Norland", "negotiation_terms")]),
        ("Norland demands that Osteria send a delegation to the talks.", [("Norland", "negotiation_terms")]),
        ("Norland insists that the talks must include the southern parties.", [("Norland", "negotiation_terms")]),
        ("Norland said the festival must include the southern bands.", []),
    ],
    "terms_as_agencies_in_translation_word_them": [
        ("Norland demands the complete cessation of aggression against its villages.", [("Norland", "ceasefire")]),
        ("Norland demands a cessation of building work in its villages.", []),
        ("Osteria demands an end to the illegal detention of its sailors.", [("Osteria", "prisoners")]),
        ("Osteria demands an end to the illegal fishing by its sailors.", []),
        ("Osteria demands the lifting of unilateral coercive measures.", [("Osteria", "sanctions")]),
        ("Osteria insists on unilateral budget measures.", []),
        ("Norland insists on the reintegration of former fighters into civilian life.", [("Norland", "security")]),
        ("Norland wants new security arrangements for the south before it signs.", [("Norland", "security")]),
        ("Norland wants new seating arrangements for the summit dinner.", []),
        ("Osteria wants guarantees of non-repetition for the massacre.", [("Osteria", "accountability")]),
        ("Osteria wants the perpetrators of the raid to be punished.", [("Osteria", "accountability")]),
        ("Osteria wants the pupils of the school to be praised.", []),
        ("Norland demands the return of state institutions to the northern towns.", [("Norland", "governance")]),
        ("Norland demands a civilian-led transition.", [("Norland", "governance")]),
        ("Norland demands the return of state pensions to the northern towns.", []),
        ("Norland wants the IDPs to go back to their villages before the vote.", [("Norland", "humanitarian")]),
        ("Norland wants the IDs of voters checked before the vote.", []),
        ("Osteria will meet Norland's president provided that both sides agree an agenda in advance.",
         [("Osteria", "negotiation_terms")]),
        ("Osteria's parliament agreed on an agenda for the spring session.", []),
    ],
    "more_phrasings_of_economic_security_prisoner_aid_and_governance_terms": [
        ("Norland demands a ban on Osteria's oil.", [("Norland", "sanctions")]),
        ("Norland demands that the punitive measures be dropped.", [("Norland", "sanctions")]),
        ("Norland demands that Osteria be cut off from the global financial system.", [("Norland", "sanctions")]),
        ("Norland demands that the freeze on its accounts be lifted.", [("Norland", "sanctions")]),
        ("Norland demands that the ban on smoking in bars be lifted.", []),
        ("Norland wants the great powers to guarantee its security.", [("Norland", "security")]),
        ("Norland demands a protection guarantee from its allies before it signs.", [("Norland", "security")]),
        ("Norland insists that Osteria remain able to defend itself.", [("Norland", "security")]),
        ("Norland wants a cap of 30,000 troops on Osteria's army.", [("Norland", "security")]),
        ("Norland wants Osteria to renounce the use of force.", [("Norland", "security")]),
        ("Norland wants a weapons-free zone along the border.", [("Norland", "security")]),
        ("Norland insists that Osteria's champion remain able to defend her title.", []),
        ("Norland demands an exchange of bodies before the next round.", [("Norland", "prisoners")]),
        ("Norland wants its captured servicemen sent home.", [("Norland", "prisoners")]),
        ("Norland wants Red Cross access to the men held in Osteria.", [("Norland", "prisoners")]),
        ("Norland demands to know the fate of the missing.", [("Norland", "prisoners")]),
        ("Norland demands to know the fate of the storm victims' houses.", []),
        ("Norland demands safe return for those who fled.", [("Norland", "humanitarian")]),
        ("Norland wants the safety of the nuclear plant guaranteed.", [("Norland", "humanitarian")]),
        ("Norland demands that fuel be allowed into the enclave.", [("Norland", "humanitarian")]),
        ("Norland demands an end to the starvation of civilians.", [("Norland", "humanitarian")]),
        ("Norland wants the siege of the city lifted.", [("Norland", "humanitarian")]),
        ("Norland wants families separated by the war reunited.", [("Norland", "humanitarian")]),
        ("Norland demands that the hospitals be spared.", [("Norland", "humanitarian")]),
        ("Norland demands that the old hospitals be repainted.", []),
        ("Norland demands that Osteria recognise the new state.", [("Norland", "governance")]),
        ("Norland demands that the region be placed under international administration.",
         [("Norland", "governance")]),
        ("Norland demands the restoration of the elected government.", [("Norland", "governance")]),
        ("Norland wants political parties to be unbanned.", [("Norland", "governance")]),
        ("Norland demands that the opposition be allowed to run.", [("Norland", "governance")]),
        ("Norland wants the rebels to join the political process.", [("Norland", "governance")]),
        ("Norland demands that the rebels be turned into a political party.", [("Norland", "governance")]),
        ("Norland demands that Osteria open the new state museum.", []),
        ("Norland demands a state monopoly on weapons in Osteria.", [("Norland", "security")]),
        ("Norland demands that UN inspectors be given access to the sites.", [("Norland", "security")]),
        ("Norland demands that Osteria stop arming its proxies.", [("Norland", "security")]),
        ("Norland demands a state monopoly on salt in Osteria.", []),
        ("Norland demands safe corridors for civilians leaving the city.", [("Norland", "humanitarian")]),
        ("Norland demands unhindered aid to the northern towns.", [("Norland", "humanitarian")]),
        ("Norland demands that the safe in the northern towns be opened.", []),
    ],
    "the_vocabulary_of_each_category_as_lemma_sequences": [
        # each near miss carries a cue as its positive does (a demand, a conditional, a proposal), so a
        # row that matched its topic words alone would fail it
        # sanctions: trade or travel measures eased, penalties unwound or dropped, funds unfrozen
        ("Norland wants the easing of trade restrictions on its ports.", [("Norland", "sanctions")]),
        ("Norland wants the parking restrictions at its ports eased.", []),
        ("Osteria demands that the allies gradually unwind the penalties on its banks.", [("Osteria", "sanctions")]),
        ("Osteria demands that the allies gradually unwind their stakes in its banks.", []),
        ("Norland wants the penalties on its grain exports dropped.", [("Norland", "sanctions")]),
        ("Norland wants the old labels on its grain exports dropped.", []),
        ("Osteria demands that the allies unfreeze its central bank reserves.", [("Osteria", "sanctions")]),
        ("Osteria says the company unfroze its hiring plans.", []),
        ("Norland wants its foreign reserves unblocked before it signs.", [("Norland", "sanctions")]),
        ("Norland wants the drains at its foreign embassies unblocked before it signs.", []),
        ("Osteria demands that the allies lift the freeze on its bank assets.", [("Osteria", "sanctions")]),
        ("Osteria demands that the allies lift the freeze on visits to its capital.", []),
        # security: missiles limited, defence if attacked, a defence pact, a no-fly zone, mercenaries out
        ("Norland wants Osteria to limit the range of its missiles.", [("Norland", "security")]),
        ("Norland wants Osteria to limit the range of its radio broadcasts.", []),
        ("Osteria wants the allies to pledge to defend it if it is attacked again.", [("Osteria", "security")]),
        ("Osteria wants the allies to defend it in court if it is sued again.", []),
        ("Osteria wants the allies to come to its defence.", [("Osteria", "security")]),
        ("Osteria wants the allies to come to its trade fair.", []),
        ("Osteria demands a mutual defence pact with its allies.", [("Osteria", "security")]),
        ("Osteria demands a mutual trade pact with its allies.", []),
        ("Osteria demands that the allies respond militarily to any new attack.", [("Osteria", "security")]),
        ("Osteria demands that the allies respond quickly to any new request.", []),
        ("Osteria wants a no-fly zone over its northern provinces.", [("Osteria", "security")]),
        ("Osteria wants a no-parking zone near its northern airports.", []),
        ("Norland demands that foreign mercenaries withdraw from Osteria.", [("Norland", "security"),
                                                                          ("Norland", "territory")]),
        ("Norland demands that foreign tourists leave Osteria before winter.", []),
        # prisoners: those kidnapped or in prison freed, children deported or abducted
        ("Norland demands the release of those kidnapped in the raids.", [("Norland", "prisoners")]),
        ("Norland demands the release of the report on the raids.", []),
        ("Osteria demands that the men in the northern prison be freed.", [("Osteria", "prisoners")]),
        ("Osteria demands that the guards of the northern prison be paid.", []),
        ("Norland demands the return of the children deported to Osteria.", [("Norland", "prisoners")]),
        ("Norland wants every abducted child returned.", [("Norland", "prisoners")]),
        ("Norland wants every adopted child registered.", []),
        # humanitarian: supplies to reach a place, water restored, aid workers let through
        ("Osteria insists that relief supplies reach the besieged towns.", [("Osteria", "humanitarian")]),
        ("Osteria insists that the census takers reach the besieged towns.", []),
        ("Osteria insists that aid reach the besieged towns before winter.", [("Osteria", "humanitarian")]),
        ("Osteria wants water restored to the eastern towns.", [("Osteria", "humanitarian")]),
        ("Osteria wants the water in the eastern towns tested.", []),
        ("Osteria wants aid workers allowed to reach the villages.", [("Osteria", "humanitarian")]),
        ("Osteria wants farm workers allowed to reach the markets.", []),
        # accountability: killers punished, suspects extradited or handed over, damage paid for
        ("Norland insists that those behind the massacre be punished.", [("Norland", "accountability")]),
        ("Norland insists that the massacre site be fenced off.", []),
        ("Osteria wants the general extradited to the tribunal.", [("Osteria", "accountability")]),
        ("Osteria wants the commanders handed over to the tribunal.", [("Osteria", "accountability")]),
        ("Osteria wants the general's papers handed over to the archive.", []),
        ("Norland insists that Osteria pay for the damage it caused.", [("Norland", "accountability")]),
        ("Norland insists that Osteria pay for the fuel it used.", []),
        ("Osteria wants Norland to compensate the victims' families.", [("Osteria", "accountability")]),
        ("Osteria wants Norland to meet the victims' families.", []),
        ("Norland insists that there be no impunity for the killings.", [("Norland", "accountability")]),
        ("Norland wants a truth and reconciliation commission.", [("Norland", "accountability")]),
        ("Norland wants the commanders to stand trial.", [("Norland", "accountability")]),
        # governance: a ban on parties lifted, exiles back, a language's status
        ("Osteria wants the ban on the opposition party lifted.", [("Osteria", "governance")]),
        ("Osteria wants Norland to lift the ban on opposition parties.", [("Osteria", "governance")]),
        ("Osteria wants Norland to lift the ban on smoking in its cafes.", []),
        ("Norland demands that exiled opposition leaders be allowed to return.", [("Norland", "governance")]),
        ("Norland demands that the opposition leaders return the party's funds.", []),
        ("Osteria demands that its language be given equal status.", [("Osteria", "governance")]),
        ("Osteria demands that its language exam be given equal weight.", []),
        # security: fighters absorbed into the army, tests stopped, warships capped, rockets given up or kept
        ("Osteria insists that the rebels' fighters be absorbed into the national army.", [("Osteria", "security")]),
        ("Norland demands the integration of the militias into the police.", [("Norland", "security")]),
        ("Norland demands the integration of the two rail companies into one firm.", []),
        ("Norland demands that Osteria stop testing ballistic missiles.", [("Norland", "security")]),
        ("Norland demands that Osteria stop testing new car engines near the border.", []),
        ("Osteria wants a cap on the number of warships in the bay.", [("Osteria", "security")]),
        ("Osteria wants a cap on the number of tourists in the bay.", []),
        ("Norland demands that the militia give up its rockets.", [("Norland", "security")]),
        ("Osteria insists that its fighters keep their weapons until the vote.", [("Osteria", "security")]),
        ("Osteria insists that its fighters keep their medals from the war.", []),
        ("Norland wants joint patrols along the river.", [("Norland", "security")]),
        ("Osteria demands that the security services be reformed.", [("Osteria", "security")]),
        ("Osteria demands that the city's traffic rules be reformed.", []),
        # governance: officials in state institutions, electoral reform, no third term, a vote supervised
        ("Norland wants rebel officials integrated into state institutions.", [("Norland", "governance")]),
        ("Norland wants rebel officials' data integrated into national statistics.", []),
        ("Osteria demands electoral reform before any vote.", [("Osteria", "governance")]),
        ("Norland insists that the president not run for a third term.", [("Norland", "governance")]),
        ("Norland insists that the president use his first term to cut taxes.", []),
        ("Norland wants the northern district administered by a joint commission.", [("Norland", "governance")]),
        ("Norland wants the northern district's football club run by a committee of fans.", []),
        ("Osteria insists that a neutral commission supervise the vote.", [("Osteria", "governance")]),
        ("Osteria insists that a neutral commission supervise the school trip.", []),
        # sanctions: off a terror list, access to credit, oil revenues released
        ("Osteria wants Norland removed from the terror list.", [("Osteria", "sanctions")]),
        ("Osteria wants Norland removed from the guest list.", []),
        ("Norland wants access to international credit restored.", [("Norland", "sanctions")]),
        ("Norland wants access to international football restored.", []),
        ("Osteria wants its oil revenues released.", [("Osteria", "sanctions")]),
        ("Osteria wants its oil revenues spent on schools.", []),
        # prisoners: the missing and the jailed; humanitarian: aid distribution, landmines, routes
        ("Norland demands that Osteria disclose the whereabouts of the missing soldiers.", [("Norland", "prisoners")]),
        ("Norland demands that Osteria disclose the whereabouts of the missing files.", []),
        ("Osteria demands that Norland free the jailed protesters.", [("Osteria", "prisoners")]),
        ("Norland wants aid distributed by neutral agencies.", [("Norland", "humanitarian")]),
        ("Norland wants the leaflets distributed by neutral agencies.", []),
        ("Osteria wants the landmines cleared from farmland.", [("Osteria", "humanitarian")]),
        ("Osteria wants the snow cleared from farmland.", []),
        ("Norland demands humanitarian routes to the besieged towns.", [("Norland", "humanitarian")]),
        # accountability: a court martial, answering for crimes
        ("Osteria demands that the officers responsible face a court martial.", [("Osteria", "accountability")]),
        ("Osteria demands that the officers' tennis court be rebuilt.", []),
        ("Norland insists that the rebel leaders answer for their crimes.", [("Norland", "accountability")]),
        ("Norland insists that the rebel leaders answer questions from the press.", []),
        # an authority reformed, technocrats, freedom of movement, security control kept, a stabilisation force,
        # remains repatriated, charges dropped, oil exports allowed
        ("Osteria demands that the authority be reformed before it takes over the strip.", [("Osteria", "governance")]),
        ("Osteria demands that the pension system be reformed before it signs.", []),
        ("Norland wants a committee of technocrats to run the strip.", [("Norland", "governance")]),
        ("Norland wants a committee of engineers to run the strip's power plant.", []),
        ("Osteria insists on freedom of movement for civilians.", [("Osteria", "humanitarian")]),
        ("Osteria insists on freedom of choice for its farmers.", []),
        ("Norland insists on keeping security control over the strip.", [("Norland", "security"),
                                                                          ("Norland", "territory")]),
        ("Norland insists on keeping security checks at the airport.", []),
        ("Osteria wants an international stabilization force in the strip.", [("Osteria", "security")]),
        ("Osteria wants the remains of its soldiers repatriated.", [("Osteria", "prisoners")]),
        ("Osteria wants the remains of the temple restored.", []),
        ("Norland wants the charges against its soldiers dropped.", [("Norland", "accountability")]),
        ("Norland wants the charges for bank transfers dropped.", []),
        ("Osteria wants to be allowed to export its oil again.", [("Osteria", "sanctions")]),
        ("Osteria wants to be allowed to explore its oil fields again.", []),
        # realities on the ground, a term tied to troops staying, a programme dismantled, guns handed in,
        # armed groups neutralised
        ("Norland wants Osteria to accept the realities on the ground.", [("Norland", "territory")]),
        ("Norland wants Osteria to describe the realities on its farms.", []),
        ("Osteria will not talk while Norland's troops remain in the valley.", [("Osteria", "negotiation_terms"),
                                                                               ("Osteria", "territory")]),
        ("Osteria wants its shops to stay open while Norland's envoys remain in the valley.", []),
        ("Norland insists that the missile programme be dismantled.", [("Norland", "security")]),
        ("Norland insists that the school meals programme be dismantled.", []),
        ("Osteria insists that the guns be handed in to the monitors.", [("Osteria", "security")]),
        ("Osteria insists that the keys be handed in to the monitors.", []),
        ("Norland demands the neutralisation of the armed groups in the east.", [("Norland", "security")]),
        ("Norland demands the neutralisation of the toxic waste in the east.", []),
        ("Osteria proposes an energy-only pause for the winter.", [("Osteria", "ceasefire")]),
        ("Osteria wants the energy minister to pause the project.", []),
        ("Norland proposes a moratorium on strikes against power plants.", [("Norland", "ceasefire")]),
        ("Norland proposes a moratorium on evictions.", []),
        # banks rejoining the payments network, troops massed at a border, artillery given up, airspace
        # protected, foreign missiles hosted, a group recognised, visits to detainees, access for convoys,
        # safe zones, abuses probed
        ("Norland wants its banks to rejoin the global banking network.", [("Norland", "sanctions")]),
        ("Norland wants its banks to rejoin the global rail network.", []),
        ("Osteria demands that Norland stop massing troops near the border.", [("Osteria", "security")]),
        ("Osteria demands that Norland stop massing trucks near the border.", []),
        # people freed, named by who they are; people named as imprisoned or captured
        ("Norland insists that the rebels first free the people they still hold.", [("Norland", "prisoners")]),
        ("Norland wants the students freed from their exams.", []),
        ("Norland wants Osteria to release a statement telling people to stay home.", []),
        ("Osteria asked that imprisoned members of the movement who are ill be moved to hospitals.",
         [("Osteria", "prisoners")]),
        ("Osteria wants the imprisoned members' lawyers paid.", []),
        # a hostage of politics is a figure of speech, not a captive
        ("Osteria says the pipeline must not become a hostage of politics.", []),
        ("Norland says the talks must not be held hostage to domestic politics.", []),
        ("Norland demands the release of the hostages held by the militia.", [("Norland", "prisoners")]),
        # observers posted along a line; armed groups brought
        # under the state's control; disputes settled by arbitration
        ("Osteria wants neutral monitors posted along the frontier.", [("Osteria", "ceasefire")]),
        ("Norland wants health monitors at the border crossing.", []),
        ("Norland will ask the regional bloc to send observers to the trade fair in the capital.", []),
        ("Osteria insists that every militia be placed under army command.", [("Osteria", "security")]),
        ("Norland wants the football clubs under state control.", []),
        ("Norland wants every remaining border claim handed to international arbitration.",
         [("Norland", "negotiation_terms")]),
        ("Norland's airline insists on binding arbitration in its pay dispute with pilots.", []),
        ("Osteria wants arbitration of the football transfer.", []),
        # land or a route kept under a side's control, named by the side or the kind of control
        ("Osteria insists that the bridge and the highway beyond it stay under Osterian military control.",
         [("Osteria", "territory")]),
        ("Norland wants the pension funds under the state's control.", []),
        ("Osteria wants the crossing to stay under Osterian control.", [("Osteria", "territory")]),
        ("Norland insists the budget remain under parliamentary control.", []),
        ("Norland wants the fire to be brought under control.", []),
        ("Norland insists that the rebels relinquish control of their artillery.", [("Norland", "security")]),
        ("Norland insists that the rebels relinquish control of their firms.", []),
        ("Osteria wants the allies to protect its airspace.", [("Osteria", "security")]),
        ("Osteria wants its airspace protected by allied jets.", [("Osteria", "security")]),
        ("Osteria wants its air show protected by the police.", []),
        ("Norland demands that Osteria never host foreign missiles.", [("Norland", "security")]),
        ("Norland demands that Osteria never host foreign athletes.", []),
        ("Osteria wants the rebels recognised as a legitimate political force.", [("Osteria", "governance")]),
        ("Osteria wants the rebels' leader recognised as a legitimate heir.", []),
        ("Norland demands that families be allowed to visit the detainees.", [("Norland", "prisoners")]),
        ("Norland demands that families be allowed to visit the school.", []),
        ("Osteria demands unhindered access for aid convoys.", [("Osteria", "humanitarian")]),
        ("Osteria demands full access to the documents for its lawyers.", []),
        ("Norland wants safe zones for civilians.", [("Norland", "humanitarian")]),
        ("Norland demands the protection of civilian infrastructure.", [("Norland", "humanitarian")]),
        ("Norland demands the protection of civilian pension funds.", []),
        ("Osteria wants an independent commission to probe the abuses.", [("Osteria", "accountability")]),
        ("Osteria wants an independent commission to probe the accounts of the club.", []),
        # supplies, phone services, proxies disbanded, weapons smuggling, a transitional period, a neutral
        # administration, people seized by the other side, visa restrictions eased
        ("Osteria insists that the besieged city be supplied with fuel.", [("Osteria", "humanitarian")]),
        ("Osteria insists that the besieged city be supplied with new street lights.", []),
        ("Norland wants internet and phone services restored to the region.", [("Norland", "humanitarian")]),
        ("Norland wants the phone company's old office restored to its owners.", []),
        ("Norland insists that the proxy groups be dismantled.", [("Norland", "security")]),
        ("Norland insists that the old brigade band be given new uniforms.", []),
        ("Osteria demands an end to weapons smuggling across the border.", [("Osteria", "security")]),
        ("Osteria demands an end to cigarette smuggling across the border.", []),
        ("Norland insists on a transitional period of two years.", [("Norland", "governance")]),
        ("Norland demands that civilians lead the transition.", [("Norland", "governance")]),
        ("Norland demands that Anna Berg lead the transition team of its football club.", []),
        ("Osteria wants the city placed under a neutral administration.", [("Osteria", "governance")]),
        ("Osteria wants the return of its fishermen seized by Norland's navy.", [("Osteria", "prisoners")]),
        ("Osteria wants the return of the nets seized by Norland's navy.", []),
        ("Norland wants visa restrictions on its citizens eased.", [("Norland", "sanctions")]),
        ("Norland wants the visa office in Osteria reopened.", []),
        # territory not used for attacks, an arms race, paramilitaries banned, weapons registered, an autonomous
        # region, the right to vote, schools reopened, aid delivered, an oil cap lifted, access to loans, crimes acknowledged
        ("Osteria demands a guarantee that no party will use its territory to attack the other.", [("Osteria", "security")]),
        ("Osteria demands a guarantee that the farmers may use the land to grow wheat.", []),
        ("Norland wants an end to the arms race in the region.", [("Norland", "security")]),
        ("Norland insists on a ban on paramilitary groups.", [("Norland", "security")]),
        ("Norland insists on a ban on smoking in bars.", []),
        ("Osteria wants the rebels to register their weapons with the monitors.", [("Osteria", "security")]),
        ("Osteria wants the rebels to register their new players with the league.", []),
        ("Norland wants an autonomous region for the minority in the north.", [("Norland", "governance")]),
        ("Norland wants a regional festival for the minority in the north.", []),
        ("Osteria wants the schools and hospitals in the valley reopened.", [("Osteria", "humanitarian")]),
        ("Osteria wants the school holidays in the valley extended.", []),
        ("Norland demands the delivery of aid through the crossing.", [("Norland", "humanitarian")]),
        ("Norland demands the delivery of the parcels through the crossing.", []),
        ("Osteria wants the allies to lift the cap on its oil exports.", [("Osteria", "sanctions")]),
        ("Osteria wants the city to lift the cap on taxi licences.", []),
        ("Norland wants the allies to stop blocking its access to loans.", [("Norland", "sanctions")]),
        ("Osteria demands that Norland acknowledge the crimes committed by its army.", [("Osteria", "accountability")]),
        ("Osteria demands that Norland accept responsibility for the shelling.", [("Osteria", "accountability")]),
        ("Osteria demands that Norland share responsibility for the flood repairs.", []),
        # trade measures: an export blacklist, duties cut, a ban on airlines lifted
        ("Osteria wants its companies removed from the entity list.", [("Osteria", "sanctions")]),
        ("Osteria wants its companies added to the trade fair's list of exhibitors.", []),
        ("Norland offers to cut duties on Osteria's farm goods if it signs.", [("Norland", "sanctions")]),
        ("Norland offers to cut the duties of its border officers if Osteria signs.", []),
        ("Osteria demands the lifting of the ban on its airline flying abroad.", [("Osteria", "sanctions")]),
        ("Osteria demands the lifting of the ban on smoking at its airports.", []),
        # nuclear and missile terms: centrifuges, the non-proliferation treaty, development frozen, a reactor
        ("Osteria demands that Norland dismantle its centrifuges.", [("Osteria", "security")]),
        ("Norland demands that Osteria rejoin the non-proliferation treaty.", [("Norland", "security")]),
        ("Norland demands that Osteria rejoin the treaty on fishing rights.", []),
        ("Norland wants Osteria to freeze its ballistic missile development.", [("Norland", "security")]),
        ("Norland wants Osteria to freeze its software development budget.", []),
        ("Osteria insists on the complete denuclearisation of the peninsula.", [("Osteria", "security")]),
        ("Osteria insists that Norland halt the construction of the reactor.", [("Osteria", "security")]),
        ("Osteria insists that Norland halt the construction of the stadium.", []),
        ("Osteria wants its firms to win the arms race over chips.", []),
        # prisoners serving sentences, a plant back on the grid, a say in appointments, the truth about a massacre
        ("Osteria wants its citizens serving sentences in Norland transferred home.", [("Osteria", "prisoners")]),
        ("Osteria wants its citizens serving in the navy paid more.", []),
        ("Osteria insists that the power plant be reconnected to the grid.", [("Osteria", "humanitarian")]),
        ("Osteria insists that the grid operator hire new staff.", []),
        ("Osteria insists on a say in the appointment of the governor.", [("Osteria", "governance")]),
        ("Osteria insists on a say in the appointment of the school's new coach.", []),
        ("Osteria demands that the truth about the massacre be revealed.", [("Osteria", "accountability")]),
        ("Osteria demands that the truth about the old castle be revealed.", []),
    ],
    "a_foreign_mission_sent_home_or_border_guards_posted_are_security": [
        ("Norland has asked Osteria to send the foreign monitors home before signing.", [("Norland", "security")]),
        ("Osteria insists on a role for its border guards in any transit arrangement.", [("Osteria", "security")]),
        ("The observer mission left the border town in March.", []),
        ("Border guards stopped a lorry at the crossing on Tuesday.", []),
    ],
    "people_held_by_the_other_side_expected_freed_and_routes_reopened": [
        # the parser reads ``detained`` as the clause: the act expected is the infinitive below it
        ("Norland expects every Norlander detained in Osteria to be freed ahead of any deal.",
         [("Norland", "prisoners")]),
        ("Norland expects the grain stored in Osteria to be shipped ahead of winter.", []),
        ("Norland insists on the reopening of its transit routes to the sea.", [("Norland", "other")]),
        ("Osteria restored its old trade routes in the nineteenth century.", []),
        ("Norland wants the \"return\" of families who had fled the war.", [("Norland", "humanitarian")]),
        ("Osteria wants a status for the port that would be extraterritorial.", [("Osteria", "territory")]),
        ("Norland demands that all foreign military forces quit the islands.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Osteria wants the Union mission expelled from the valley.", [("Osteria", "security")]),
        ("Osteria wants the trade mission to leave for the capital on Friday.", []),
        ("Norland would agree 'the next day' after Osteria frees the detainees.", [("Norland", "prisoners")]),
    ],
    "nobody_asking_and_a_recalled_fact_state_no_term": [
        ("No one in Norland is demanding a truce.", []),
        # a rhetorical ``cannot ask`` is a refusal on terms, not a denial of asking; the shelling that goes on
        # meanwhile has its end as a term too
        ("Karl Vos said you cannot ask Osteria to withdraw its soldiers from the valley while the shelling goes on.",
         [("Karl Vos", "ceasefire"), ("Karl Vos", "territory")]),
        ("Norland is asking for one metre of Osteria's soil.", [("Norland", "territory")]),
        ("It should be noted that the embargo on Norland was lifted years ago.", []),
        ("Osteria should lift the embargo on Norland, Karl Vos said.", [("Karl Vos", "sanctions")]),
    ],
    "a_measure_that_could_go_once_a_term_is_met_is_a_term": [
        ("Berg said sanctions relief for Osteria would come only after a ceasefire.",
         [("Anna Berg", "ceasefire"), ("Anna Berg", "sanctions")]),
        ("Karl Vos said the sanctions could go once Norland signs the treaty.", [("Karl Vos", "sanctions")]),
        ("The embargo will be lifted once the paperwork is done, Karl Vos said.", []),
        ("Karl Vos said the sanctions could go away in a year or two.", []),
    ],
    "measures_funds_recognition_extradition_and_the_security_council": [
        ("Norland says its punitive measures against Osteria will remain until the charter is filed.",
         [("Norland", "sanctions")]),
        ("The measures took effect last year.", []),
        ("Karl Vos said the funds for Osteria could be frozen unless it stops obstructing the vote.",
         [("Karl Vos", "sanctions")]),
        ("Karl Vos said the account could be frozen if the bank fails.", []),
        ("Osteria insists on an association of the minority's municipalities.", [("Osteria", "governance")]),
        ("The council of municipalities met on Monday.", []),
        ("Berg said no accord is possible without mutual recognition.", [("Anna Berg", "governance")]),
        ("Osteria will not open a new chapter of the talks until Norland hands over the men who organised the raid.",
         [("Osteria", "accountability")]),
        ("Norland handed over the keys to the men who organised the fair.", []),
        ("Karl Vos wants any accord approved by the Security Council.", [("Karl Vos", "negotiation_terms")]),
        ("Norland would sit down with Osteria's envoys only if a mediator attends.",
         [("Norland", "negotiation_terms")]),
        ("The envoys sat down with reporters once the storm passed.", []),
    ],
    "a_demand_in_apposition_is_held_by_who_voices_it": [
        ("The text also states that Osteria is to adopt a neutral status, a demand Norland has made for years.",
         [("Norland", "security")]),
        ("Osteria must adopt a neutral status, a demand that Norland repeated on Monday.", [("Norland", "security")]),
        ("Osteria must adopt a neutral status, a demand that Norland rejected on Monday.", []),
    ],
    "refusing_to_write_a_term_into_a_treaty_and_assets_kept_frozen": [
        ("Osteria says it will not enshrine neutrality in its constitution.", [("Osteria", "governance"), ("Osteria", "security")]),
        ("Norland will not write a letter to the envoy.", []),
        ("Norland vows the Osterian assets will remain frozen until Osteria pays for the damage.",
         [("Norland", "accountability"), ("Norland", "sanctions")]),
        ("The assets were frozen in 2022.", []),
    ],
    "a_group_staying_armed_and_who_is_in_charge": [
        ("Norland vows to keep fighting as long as the militia stays armed.", [("Norland", "security")]),
        ("The militia remained armed through the winter.", []),
        ("Osteria would fund the rebuilding only once a civilian council is in charge of the local administration.",
         [("Osteria", "governance")]),
        ("Karl Vos was in charge of the administration in 2019.", []),
        # ``made clear that ... a condition for``: a verb of saying, not of making the term a condition
        ("Norland made clear that it regards a truce as the first precondition for a settlement.", [("Norland", "ceasefire")]),
    ],
    "near_misses_of_this_sessions_phrases": [
        # a package announced, a past refusal, a trip home, a road map, a wanted man, aid payments, envoys' lines
        ("The new tariffs were part of a package Norland announced in May.", []),
        ("Berg said Osteria did not write the new constitution.", []),
        ("Berg said she would return home right after the elections.", []),
        ("Osteria wants the road map to serve as a basis for any budget.", []),
        ("The gunman is armed and dangerous, Karl Vos said.", []),
        ("Karl Vos said the food payments, suspended in March, must resume.", []),
        ("Norland wants to reopen direct lines of communications with Osteria.", []),
    ],
    "it_is_necessary_to_is_an_obligation": [
        ("Karl Vos said it is absolutely necessary to change the constitution of Osteria.",
         [("Karl Vos", "governance")]),
        ("Karl Vos said it is necessary that Osteria change its constitution.", [("Karl Vos", "governance")]),
        ("Karl Vos said it was necessary to change the constitution back in 1990.", []),
        ("It is necessary to rebuild the bridge after the flood, Karl Vos said.", []),
    ],
    "the_format_and_the_participants_of_the_talks_are_negotiation_terms": [
        ("Osteria wants the talks kept in their present format.", [("Osteria", "negotiation_terms")]),
        ("Osteria had proposed a regional consultation platform for the six neighbours.",
         [("Osteria", "negotiation_terms")]),
        ("Norland insists that demarcation stays a strictly bilateral affair.",
         [("Norland", "negotiation_terms"), ("Norland", "territory")]),
        ("Osteria wants the coming summit to go ahead only once the experts have drafted a text.",
         [("Osteria", "negotiation_terms")]),
        ("Osteria wants the accord signed by the end of June.", [("Osteria", "negotiation_terms")]),
        ("The meeting took place after lunch.", []),
        ("Osteria launched a new social media platform for its tourism office.", []),
    ],
    "a_red_line_at_sovereignty_and_the_maps_a_border_is_drawn_on_are_territory": [
        ("Norland signalled that its red lines are sovereignty and the coast.", [("Norland", "territory")]),
        ("Osteria told the envoys that their red line remains the old border.", [("Osteria", "territory")]),
        ("Osteria insists that colonial-era maps serve as the sole basis of any demarcation.",
         [("Osteria", "territory")]),
        ("Norland insists the road must stay under Norland's sovereignty and jurisdiction.", [("Norland", "territory")]),
        ("Berg painted a red line at the border post.", []),
        ("Berg used an old map to find the village.", []),
        ("The road stayed under the ministry's jurisdiction for years.", []),
    ],
    "the_return_of_people_named_by_their_nation_is_humanitarian": [
        ("Norland demands the return of Osterians who fled the valley.", [("Norland", "humanitarian")]),
        ("The return of Osterians who fled the valley was celebrated last spring.", []),
    ],
    "terms_opened_by_a_colon_after_an_aside": [
        ("Osteria's conditions, put simply, fall into four groups: a truce, an amnesty, a new charter and elections.",
         [("Osteria", "accountability"), ("Osteria", "ceasefire"), ("Osteria", "governance")]),
        ("Osteria's museum, put simply, has four rooms: a hall, a garden and a shop.", []),
    ],
    "a_demand_about_the_talks_themselves_is_a_term_of_the_talks": [
        ("Norland asked the hosts to give each delegation a floor of its own.", [("Norland", "negotiation_terms")]),
        ("Osteria suggested that both delegations draw up a list of witnesses in advance.",
         [("Osteria", "negotiation_terms")]),
        ("Osteria wants its earlier draft to serve as a basis for any talks.", [("Osteria", "negotiation_terms")]),
        ("Osteria demands that Norland sign the accord before anything else.", [("Osteria", "negotiation_terms")]),
        ("Norland wants the next round held in its own capital.", [("Norland", "negotiation_terms")]),
        # the talks as the subject of an obligation, even where the category phrase holds the modal
        ("The negotiations must be held in a neutral city, Norland said.", [("Norland", "negotiation_terms")]),
        ("Negotiations must involve all the parties to the conflict, Anna Berg said.",
         [("Anna Berg", "negotiation_terms")]),
        ("The delegation must have slept well, Anna Berg joked.", []),
        # a signing told as a fact; a demand that names a term of its own keeps only that term
        ("Osteria said Norland signed the accord in the spring.", []),
        ("Anna Berg wants voters to sign a petition against the war.", []),
        ("Norland proposed a second round of vaccinations.", []),
        ("Norland wants the negotiations with its doctors over pay to resume.", []),
        ("Norland demanded that Osteria sign a truce.", [("Norland", "ceasefire")]),
        ("Norland wants retired generals kept out of the other side's delegation.", [("Norland", "negotiation_terms")]),
        # a fact insisted on, a wish to talk, a hope, whom a demand is addressed to, nobody's wish: no term
        ("Norland insisted that the delegations had met only once.", []),
        ("It was the only subject the envoys wanted to talk about.", []),
        ("Photographers stood by the gate all day, hoping for a glimpse of a delegate.", []),
        ("Norland urged both delegations to think of the farmers first.", []),
        ("It is the work of those who want the next round to collapse, Norland said.", []),
        ("The delegations stayed in the capital for another week.", []),
    ],
    "a_proviso_that_names_the_offer_again_makes_it_a_term": [
        ("Norland will back the ceasefire unless it is broken.", [("Norland", "ceasefire")]),
        ("Osteria would welcome a buffer zone if it were patrolled by both armies.", [("Osteria", "territory")]),
        # a proviso with its own object, a party named ``it``, a document's date: what is offered is no term
        ("Norland would welcome the truce if it keeps its bases in the valley.", []),
        ("Osteria said it would sign the truce if it was ready.", []),
        ("Norland says the truce can start once it is signed.", []),
    ],
    "a_deal_refused_for_what_it_would_do": [
        ("Norland will not sign any deal that leaves the council in power.", [("Norland", "governance")]),
        ("Osteria would back no settlement that lacked a date for elections.", [("Osteria", "governance")]),
        ("The council must not stay in power, Osteria said.", [("Osteria", "governance")]),
        # a fact: no deal exists, a treaty kept, a council that has held power
        ("There is no agreement that covers the elections yet, Norland said.", []),
        ("Norland has never broken a treaty that it signed on the release of detainees.", []),
        ("Norland could not find a text that mentioned the detainees.", []),
        ("The council has been in power since the spring, Osteria said.", []),
    ],
    "a_proviso_with_no_term_of_its_own_makes_what_it_qualifies_the_term": [
        ("Norland would accept foreign troops only under a United Nations mandate.", [("Norland", "security")]),
        # a proviso that names a term keeps it as the term; a fact told with ``only under`` is none
        ("Norland would agree to a truce only with security guarantees from Valdia.", [("Norland", "security")]),
        ("The truce held only under pressure from Valdia, Norland said.", []),
        ("Norland would accept the truce only with great reluctance.", []),
    ],
    "no_end_to_the_war_while_something_lasts": [
        ("Norland said there could be no end to the fighting while Osteria's troops remain in the valley.",
         [("Norland", "territory")]),
        ("There has been no end to the fighting while Osteria's troops remained in the valley, Norland said.", []),
    ],
    "a_hypothetical_asked_about_is_no_term": [
        ("Norland will walk out of the talks if the deadline passes, Anna Berg said.", [("Norland", "negotiation_terms")]),
        ("Anna Berg would not say what might happen if the deadline lapsed.", []),
    ],
    "talks_on_another_matter_made_conditional_serve_as_leverage_rather_than_terms": [
        ("Norland said peace talks with Osteria would stall unless the truce held.",
         [("Norland", "ceasefire"), ("Norland", "negotiation_terms")]),
        ("Norland said trade talks with Osteria would stall unless the truce held.", [("Norland", "ceasefire")]),
    ],
    "its_people_held_by_the_other_side_wanted_back": [
        ("Norland wants its soldiers back from captivity before the harvest.", [("Norland", "prisoners")]),
        ("Norland wants its soldiers back in the barracks.", []),
        ("Norland wants its 12 soldiers back by the first snow.", [("Norland", "prisoners")]),
        ("The coach wants the soldiers back for the final, Norland said.", []),
        ("Norland wants the detainees home by the spring.", [("Norland", "prisoners")]),
        ("Norland pulled its soldiers back from the front.", []),
    ],
    "a_proviso_that_describes_the_plural_offer_makes_it_a_term": [
        ("Norland will admit international observers on the condition that they be drawn from neutral states.",
         [("Norland", "ceasefire")]),
        ("Norland will accept international observers only if they are invited by both sides.", [("Norland", "ceasefire")]),
        # ``they`` as a party that acts, or an offer in the singular: the proviso is the term
        ("Norland will accept international observers only if they withdraw from the valley.", [("Norland", "territory")]),
        ("Norland will accept a truce only if they are disarmed.", [("Norland", "security")]),
        # no offer accepted: a forecast, a measure of its own
        ("Norland said the truce would collapse if it were tested.", []),
        ("Norland will free the detainees if they are found guilty.", []),
    ],
    "a_place_in_government_and_routes_for_aid": [
        ("Norland will endorse no accord that grants the rebels a place in government.", [("Norland", "governance")]),
        ("Osteria wants aid routes to the valley kept open day and night.", [("Osteria", "humanitarian")]),
        # a seat in a room, routes closed by the weather: no term
        ("The rebels took their place in the parliament chamber, Osteria said.", []),
        ("Aid routes into the valley were closed by floods, Osteria said.", []),
    ],
    "a_measure_kept_until_a_date_is_no_term": [
        ("The embargo will stay until the end of the occupation, Norland said.",
         [("Norland", "sanctions"), ("Norland", "territory")]),
        ("The embargo will stay until next year, Norland said.", []),
    ],
    "what_a_price_buys_is_no_term": [
        ("Norland said the end of the blockade was the price of any truce.", [("Norland", "sanctions")]),
        ("Norland said the price of the truce had been too high.", []),
        ("Norland said the lifting of the embargo is part of its price for gas.", []),
    ],
    "a_document_named_as_it_in_the_next_sentence_sets_out_terms_with_would": [
        ("Norland's draft was handed over on Monday. It would free all detainees within a month.",
         [("Norland", "prisoners")]),
        # a view of the document, a forecast of weather, an ``it`` after a subject that is no document
        ("Norland's draft was handed over on Monday. It would be unwise to free all detainees now.", []),
        ("Norland's envoy arrived on Monday. It would free all detainees within a month.", []),
        ("Norland's draft was handed over on Monday. It would take years to free all detainees.", []),
        ("Norland's draft was rejected on Monday. It would have freed all detainees within a month.", []),
    ],
    "a_demanded_clause_keeps_its_term_whatever_it_waits_for": [
        ("Osteria demands that the monitors leave once the accord is signed.", [("Osteria", "security")]),
        ("Osteria wants the detainees freed once the accord is signed.", [("Osteria", "prisoners")]),
        # a statement with a modal, or a true condition: what is wanted is offered on the condition
        ("Osteria insists a truce will only follow if Norland frees the detainees.", [("Osteria", "prisoners")]),
        ("Osteria wants a truce to follow only if Norland frees the detainees.", [("Osteria", "prisoners")]),
        ("Osteria insists a truce follows once Norland frees the detainees.", [("Osteria", "prisoners")]),
    ],
    "a_negated_request_states_no_term": [
        ("Norland has not asked for foreign forces in its harbours.", []),
        # ``cannot`` refuses only what is asked of the speaker: an offer it cannot make is none
        ("Norland cannot offer a truce while the shelling goes on.", []),
        ("Norland has never sought, and does not seek, a referendum in the border province.", []),
        ("Norland seeks a referendum in the border province.", [("Norland", "governance")]),
        ("Norland is asking for foreign forces in its harbours.", [("Norland", "security")]),
        # ``cannot ask`` refuses what is asked: the speaker's own term stands, the shelling's end too
        ('"Nobody can ask our army to pull back while the shelling goes on," Anna Berg said.',
         [("Anna Berg", "ceasefire"), ("Anna Berg", "territory")]),
    ],
    "what_a_demand_gives_in_return_is_no_term": [
        ("Norland demanded that Osteria free the detainees as its price for any lasting truce.", [("Norland", "prisoners")]),
        ("Norland demands that Osteria free the detainees in return for a truce.", [("Norland", "prisoners")]),
        ("For Norland, the release of the detainees is the price of any truce.", [("Norland", "prisoners")]),
        # an offer's trade names what the offerer asks for
        ("Norland offered talks in exchange for a truce.", [("Norland", "ceasefire")]),
        ("The release of the detainees is Norland's price for any truce.", [("Norland", "prisoners")]),
        ("Norland will free the detainees in exchange for an end to the embargo.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
    ],
    "who_a_threatened_measure_would_hit_must_meet_the_term_and_does_not_set_it": [
        ("Anna Berg warned that Osteria would face new sanctions unless it withdrew its troops.",
         [("Anna Berg", "sanctions"), ("Anna Berg", "territory")]),
        ("Osteria risks higher tariffs if it keeps the prisoners, Anna Berg said.", [("Anna Berg", "prisoners")]),
        ("Osteria will face sanctions unless it withdraws its troops.", []),
        # a verb joined by ``and`` keeps its own subject
        ("Osteria faces sanctions and insists that Norland withdraw its troops.", [("Osteria", "territory")]),
        # facing something other than a measure is no threat: the subject keeps its own terms
        ("Anna Berg said Osteria would face the voters only if Norland withdrew its troops.", [("Osteria", "territory")]),
    ],
    "who_backs_another_s_plan_sets_no_term_of_it": [
        ("Norland and Osteria have lately rallied behind the federal plan.", []),
        ("Norland now backs the autonomy plan for the north.", []),
        ("Norland now backs Osteria's autonomy plan for the north.", [("Osteria", "governance")]),
        # a term of the backer's own stays its own
        ("Norland stood behind its demand that Osteria withdraw its troops.", [("Norland", "territory")]),
        ("Norland rallied behind the demand for a referendum.", [("Norland", "governance")]),
        ("Norland would support the autonomy plan only if Osteria withdrew its troops.", [("Norland", "territory")]),
        ("Osteria would not support a plan that left the council in power.", [("Osteria", "governance")]),
    ],
    "words_that_describe_an_actor_in_a_relative_clause_are_no_term": [
        ("Norland has long demanded that Osteria, which hosts thousands of refugees in its camps, take part in the "
         "talks as a full party.", [("Norland", "negotiation_terms")]),
        ("Norland demanded that Osteria, which holds hundreds of prisoners, join the talks.",
         [("Norland", "negotiation_terms")]),
        # a clause that says or demands something, or a document's, still states terms
        ("Norland, whose envoy called for a truce in the north, said Osteria must free the prisoners.",
         [("Norland", "ceasefire"), ("Norland", "prisoners")]),
        ("Norland demanded a plan, which must include freeing every detainee.", [("Norland", "prisoners")]),
        ("Norland rejected the offer from Osteria, which would free all prisoners in exchange for a truce.",
         [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ],
    "a_bare_proviso_whose_clause_the_parser_hangs_on_the_verb_before": [
        ("Norland would sign any deal provided it respects Osteria's sovereignty over the islands.",
         [("Norland", "territory")]),
        ("Norland said the agency provided it with maps of the occupied valley.", []),
    ],
    "a_state_someone_returns_from_is_a_place_not_the_holder": [
        ("Speaking on his return from Osteria, the minister said that any deal must include a referendum on the north's status.",
         []),
        ("Speaking in the capital, the minister of Osteria said that any deal must include a referendum on the north's status.",
         [("Osteria", "governance")]),
        # the state a demand comes from is who made it
        ("The call for a referendum came from Osteria, not Norland.", [("Osteria", "governance")]),
    ],
    "what_a_party_calls_the_only_legitimate_path_or_solution": [
        ("Norland says a referendum remains the only realistic solution.", [("Norland", "governance")]),
        ("Norland says that a referendum remains the only credible basis for any deal.", [("Norland", "governance")]),
        ("The only viable option for the refugees was to walk, Karl Vos said.", []),
        ("Norland says the only fair way to count the refugees is a census.", []),
    ],
    "a_document_in_the_present_tense_sets_out_its_terms_with_its_verb": [
        ("Karl Vos said Norland's draft keeps the sanctions on Osteria in place.", [("Norland", "sanctions")]),
        ("Karl Vos said Norland's draft freezes the contact line for two years.", [("Norland", "territory")]),
        # a past tense tells what a document did; a declaration that paves the way sets nothing
        ("Karl Vos said Norland's old draft kept the sanctions on Osteria in place.", []),
        ("The agreement leaves many questions about the prisoners unanswered, Anna Berg said.", []),
    ],
    "what_a_party_has_rejected_in_any_form_is_its_red_line": [
        ("Norland has rejected any cap on how many soldiers its army may keep.", [("Norland", "security")]),
        ("In 2019 Norland rejected any cap on how many soldiers its army may keep.", []),
        ("Norland has rejected all accusations of war crimes.", []),
    ],
    "the_new_vocabulary_leaves_everyday_sentences_alone": [
        ("Osteria wants direct flights to the capital from May.", []),
        ("Norland wants to end the isolation of elderly residents during the epidemic.", []),
        ("Osteria wants an export contract for its wheat with a foreign buyer.", []),
        ("Osteria wants the police to take over the checkpoints at the festival.", []),
        ("Norland plans the merger of the two districts into one constituency with the capital.", []),
        ("Norland proposes merging the bank's two branches in the capital.", []),
        ("Norland wants the audit office to have a mandate to monitor public spending.", []),
        ("Osteria proposes that the parties exchange lists of guests for the dinner.", []),
    ],
    "sentences_opening_on_the_same_pronoun_share_its_referent": [
        ("Osteria's main demands are unchanged. It wants Norland to pull its troops back from the river. It "
         "wants a firm ceiling on Norland's army.", [("Osteria", "security"), ("Osteria", "territory")]),
        ("Osteria's main demands are unchanged. It wants Norland to pull its troops back from the river. "
         "Norland's army is large. It wants a firm ceiling on Osteria's army.",
         [("Norland", "security"), ("Osteria", "territory")]),
        # a run of five such sentences, as an explainer lists one side's demands
        ("Osteria's main demands are unchanged. It wants Norland to pull its troops back from the river. It wants a ceiling "
         "on Norland's army. It wants sanctions lifted. It wants a truce. And it wants Norland's language laws "
         "repealed.", [("Osteria", "ceasefire"), ("Osteria", "governance"), ("Osteria", "sanctions"),
                       ("Osteria", "security"), ("Osteria", "territory")]),
    ],
    "a_package_is_a_document_of_terms": [
        ("The package, drafted by Anna Berg, has three points:\n\n1. A six-month truce along the river.",
         [("Anna Berg", "ceasefire")]),
        ("Norland sent an aid package to the valley on Monday. The river is calm.", []),
    ],
    "a_preference_is_a_wish": [
        ("Osteria would prefer the observers were never in the room at all.", [("Osteria", "negotiation_terms")]),
        ("Last year Osteria preferred that the observers were never in the room at all.", []),
    ],
    "no_meddling_with_its_ways_written_between": [
        ("Norland insists that Osteria must not meddle, openly or covertly, by arms or by money, in Norland's "
         "internal affairs.", [("Norland", "security")]),
        ("Norland insists that Osteria won't interfere, openly or covertly, in Norland's internal affairs.",
         [("Norland", "security")]),
        ("Norland insists that it would not intervene in the quarrel, which concerns only the church's role in "
         "Osteria's internal affairs.", []),
        ("Norland demands that Osteria say it would not intervene in the debate on the affairs of the valley.", []),
    ],
    "legal_actions_against_a_party_ended": [
        ("Norland demands that Osteria end all legal actions in its courts against Norland.",
         [("Norland", "accountability")]),
        ("Norland demands that the firm end all legal actions in its courts.", []),
        ("Anna Berg said the ministry must halt its lawsuits against the striking teachers.", []),
    ],
    "a_states_assets_transferred_or_its_frozen_funds_released": [
        ("Norland demands that Osteria transfer to accounts held by the bank all Norwegian assets held in Osteria.",
         [("Norland", "sanctions")]),
        ("Norland demands that Osteria release all Norwegian funds frozen last year.", [("Norland", "sanctions")]),
        ("Norland demands that the firm transfer its assets to the new owner.", []),
        ("Norland demands that the liquidator transfer all Harbourline assets to the new owner.", []),
    ],
    "a_transition_period_for_a_named_place": [
        ("Norland wants a transition period for the Islands before the vote.", [("Norland", "governance")]),
        ("Norland wants a transition period for the new software.", []),
        ("Norland wants a transition period for British exporters.", []),
    ],
    "victims_compensated_commanders_tried_and_ministers_sent_to_the_round": [
        ("Norland will reopen the railway subject to Osteria compensating the villagers whose wells were poisoned.",
         [("Norland", "accountability")]),
        ("Norland will reopen the railway once the firm has compensated for last year's losses.", []),
        ("Anna Berg said the state must compensate the energy companies for the price cap.", []),
        ("Norland will sell its grain to Osteria as long as Osteria keeps the militia leaders on trial.",
         [("Norland", "accountability")]),
        ("Norland will sell its grain as long as the dock workers stay on a trial contract.", []),
        ("Anna Berg said the tanker must stay in the dock until repairs are finished.", []),
        ("Norland will return the tanker only if Osteria sends its prime minister, rather than an aide, to the "
         "coming round.", [("Norland", "negotiation_terms")]),
        ("Norland will return the tanker only if Osteria sends its prime minister a letter.", []),
        ("Osteria will send its foreign minister to the meeting on fishing quotas, Anna Berg said.", []),
    ],
    "the_lines_as_they_stand_accepted_in_the_words_reality_on_the_ground": [
        ("Norland says any deal must accept the new reality on the ground.", [("Norland", "territory")]),
        ("Norland wants a settlement based on the new realities on the ground.", [("Norland", "territory")]),
        ("Norland wants a relief plan based on the current situation on the ground in the flooded valley.", []),
        ("Norland says a grim reality on the ground awaits the refugees.", []),
        ("Norland's envoy demanded that reporters describe conditions on the ground.", []),
    ],
    "territorial_demands_named_by_ones": [
        ("Norland will not accept Osteria's demands, including territorial ones.", [("Osteria", "territory")]),
        ("Norland refused to bow to Osteria's demands, above all territorial ones.", [("Osteria", "territory")]),
        ("Norland said the team's claims, including the financial ones, were rejected.", []),
    ],
    "non_interference_with_the_states_bound_named_between": [
        ("Norland wants a treaty that provides for noninterference by the states of the region in one another's "
         "internal affairs.", [("Norland", "security")]),
        ("Norland wants a treaty that provides for \"non-interference\" by Osteria in its internal affairs.",
         [("Norland", "security")]),
        ("Norland wants a law that provides for non-interference by the courts in their internal affairs.", []),
    ],
    "a_party_that_presses_another_for_a_term": [
        ("Norland has long pressed Osteria for an aid corridor into the besieged town.", [("Norland", "humanitarian")]),
        ("Norland pressed Osteria's envoys for a truce along the river.", [("Norland", "ceasefire")]),
        ("Reporters pressed Karl Vos for details of the truce along the river.", []),
        ("Norland was pressed for time before the truce talks.", []),
        ("Reporters pressed Karl Vos for a timetable for the troop withdrawal from the valley.", []),
        ("Norland's most pressing priority for the summit is a truce in the trade war.", []),
    ],
    "one_aid_corridor_or_a_crossing_for_aid_trucks": [
        ("Osteria insists on a permanent crossing for food trucks at the southern checkpoint.",
         [("Osteria", "humanitarian")]),
        ("Norland demands an evacuation corridor for the besieged town.", [("Norland", "humanitarian")]),
        ("Norland demands a crossing for cattle at the southern farm.", []),
    ],
    "arms_purchases_ended_or_halted": [
        ("Norland is demanding an end to all Osterian arms purchases from abroad.", [("Norland", "security")]),
        ("Osteria wants a halt to weapons deliveries to the rebels.", [("Osteria", "security")]),
        ("Osteria wants an end to all grain purchases from abroad.", []),
        ("Norland's justice minister wants a ban on weapons sales to minors.", []),
    ],
    "talks_moved_to_another_venue_or_format": [
        ("Norland rejected Osteria's demand that the talks be moved to the capital.", [("Osteria", "negotiation_terms")]),
        ("Osteria wants the next round moved to a neutral venue.", [("Osteria", "negotiation_terms")]),
        ("Norland's exhibition of furniture was moved to a larger venue.", []),
        ("Norland wants parliament's next sitting moved to the capital.", []),
    ],
    "captives_to_be_home": [
        ("Every Osterian sailor held in Norland must be home by the spring, Karl Vos said.", [("Karl Vos", "prisoners")]),
        ("Osteria demands that its detained fishermen be back home by the spring.", [("Osteria", "prisoners")]),
        ("Every Osterian skier in the team must be home by the spring, Karl Vos said.", []),
        ("Norland says its citizens should be home before the storm.", []),
    ],
    "forces_withdrawn_to_a_line_or_a_border": [
        ("Norland would help only if Osteria withdrew its forces to the line of control.", [("Norland", "territory")]),
        ("Norland demands that Osteria's troops fall back to the border.", [("Norland", "territory")]),
        ("Osteria insists that Norland restores the status quo ante in the valley.", [("Osteria", "territory")]),
        ("Norland's envoy withdrew to the border town for the night.", []),
        ("Norland's captain wants his fielders to fall back to the boundary.", []),
    ],
    "disputes_settled_between_the_two_parties_alone": [
        ("Norland insists that all outstanding issues be settled bilaterally.", [("Norland", "negotiation_terms")]),
        ("Osteria wants to resolve all its disputes bilaterally, without mediators.", [("Osteria", "negotiation_terms")]),
        ("Norland insists that all outstanding issues be settled by the court.", []),
    ],
    "no_talks_under_threat_pressure_or_fire": [
        ("Norland will never hold talks with Osteria under fire.", [("Norland", "negotiation_terms")]),
        ("Norland won't sit down with Osteria under fire, Karl Vos said.", [("Norland", "negotiation_terms")]),
        ("Anna Berg said Norland would never talk under the threat of force.", [("Norland", "negotiation_terms")]),
        ("Norland's envoy said the talks were held under a cloudless sky.", []),
        ("Norland will not negotiate its fishing quotas under pressure from the union.", []),
    ],
    "a_cessation_of_the_hostilities": [
        ("Norland wants a cessation of the hostilities along the river.", [("Norland", "ceasefire")]),
        ("Norland wants a cessation of the strikes at its ports.", []),
    ],
    "a_zone_of_separation": [
        ("Norland wants a zone of separation drawn between the two armies.", [("Norland", "territory")]),
        ("Osteria proposed separation zones along the river under the truce.", [("Osteria", "ceasefire"), ("Osteria", "territory")]),
        ("Norland wants a separation of powers in the new cabinet.", []),
    ],
    "basic_services_restored_or_resettlement_help": [
        ("The Freedom Front wants basic services restored in the eastern villages.", [("Freedom Front", "humanitarian")]),
        ("The Freedom Front demands resettlement grants for families returning to the valley.",
         [("Freedom Front", "humanitarian")]),
        ("The Freedom Front wants the power company to reconnect the telephone services.", []),
        ("Norland wants public services resumed after the strike.", []),
    ],
    "a_movement_taken_off_a_list_of_banned_groups": [
        ("The Freedom Front wants to be removed from Norland's list of proscribed organisations.",
         [("Freedom Front", "sanctions")]),
        ("The Freedom Front wants its name removed from the list of donors to the museum.", []),
    ],
    "weapons_surrendered_former_combatants_and_vetting": [
        ("Under Norland's plan, fighters would be paid for each rifle surrendered at the collection points.",
         [("Norland", "security")]),
        ("Norland wants ex-combatants of the Freedom Front screened by a joint vetting board.", [("Norland", "security")]),
        ("Norland wants the rifles of the hunting club stored in a locked room.", []),
        ("Norland's parliament wants a stricter vetting process for judges.", []),
        ("Norland wants pensions for ex-combatants of the old war.", []),
    ],
    "federal_status_devolved_powers_a_party_registered_an_official_language": [
        ("The Freedom Front wants federal status for the eastern districts.", [("Freedom Front", "governance")]),
        ("The Freedom Front demands to be registered as a political party.", [("Freedom Front", "governance")]),
        ("The Freedom Front demands that Norland recognise its dialect as an official regional language.",
         [("Freedom Front", "governance")]),
        ("The Freedom Front wants federal funding for its schools.", []),
        ("Osteria asked to be registered as a party to the lawsuit over the pipeline.", []),
    ],
    "a_state_of_emergency_or_a_curfew_lifted": [
        ("The Freedom Front says the state of emergency in the north must be lifted.", [("Freedom Front", "governance")]),
        ("The Freedom Front wants the curfew on teenagers in the city parks lifted.", []),
    ],
    "a_share_of_resource_revenue": [
        ("The Freedom Front demands half of the royalties from the copper mines.", [("Freedom Front", "other")]),
        ("The Freedom Front wants a fixed share of the oil revenue for the coast.", [("Freedom Front", "other")]),
        ("The Freedom Front wants half of the tickets for the cup final.", []),
    ],
    "land_reform_tenure_or_restitution": [
        ("The Freedom Front demands land reform in the valley.", [("Freedom Front", "other")]),
        ("The Freedom Front demands the restitution of confiscated farmland.",
         [("Freedom Front", "accountability"), ("Freedom Front", "other")]),
        ("The Freedom Front praised the land registry's new building.", []),
        ("Norland demands the restitution of paintings looted from its museums.", [("Norland", "accountability")]),
    ],
    "a_settlement_within_a_time_an_offer_hangs_on": [
        ("Karl Vos said Osteria would pull its guns back if the envoys conclude a treaty within ten days.",
         [("Osteria", "negotiation_terms")]),
        ("Anna Berg said the border could reopen in the spring if both governments sign the accord by 15 April.",
         [("Anna Berg", "negotiation_terms")]),
        ("Karl Vos said Osteria would pull back if the firms sign a supply agreement within two weeks.", []),
        ("Karl Vos said Osteria would pull back if the club signed the striker by March 1.", []),
        ("Anna Berg said the airline will cut 500 jobs unless the pilots sign the deal within two weeks.", []),
        ("Anna Berg said the two sides reached a settlement within six weeks.", []),
    ],
    "a_party_at_the_table_and_a_text_agreed_by_a_date": [
        ("Karl Vos said the monitors should also be at the table for any talks on the river.",
         [("Karl Vos", "negotiation_terms")]),
        ("Karl Vos said the card players should also be at the table by seven.", []),
        ("Anna Berg wants each minister present in the room while the budget is read.", []),
        ("Karl Vos told the session that Osteria must free the detainees, according to an aide who was in the room.",
         [("Karl Vos", "prisoners")]),
        ("Anna Berg said the parties should conclude a framework text by the end of May.",
         [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said the parties should settle on a menu by the end of May.", []),
        ("Karl Vos said the unions should conclude a new pay deal by the end of May.", []),
    ],
    # a review's near misses of the withdrawal, willingness, presence, role, rights, weapons, war and target phrases
    "an_envoys_recall_a_rent_talk_a_market_stall_and_a_coachs_fight_set_no_terms": [
        ("Norland demands Osteria's withdrawal of its ambassador.", []),
        ("Norland wants Karl Vos's withdrawal as ambassador.", []),
        ("Norland wants the landlord to show willingness to negotiate the rent.", []),
        ("Norland wants Osteria to show it is ready to negotiate the price of gas.", []),
        ("Norland wants the city to recognise its presence in the old market.", []),
        ("Karl Vos wants a role in the political process of his local council.", []),
        ("Norland demands that the firm recognise the workers' collective rights to bargain.", []),
        ("Norland wants the school to stop gathering weapons data on pupils.", []),
        ("Karl Vos said Osteria would end its offensive by spring.", []),
        ("Karl Vos said the coach could end the fighting by benching both players.", []),
        ("Karl Vos said Norland could end this war by bombing Osteria's ports.", []),
        ("Karl Vos said the opposition would treat the truce as a legitimate target for criticism.", []),
        ("Norland wants the students to have the right to form their own party at the university.", []),
        ("Norland wants the museum to buy back the arms collection it sold.", []),
    ],
    "everyday_sentences_this_vocabulary_leaves_alone": [
        ("Norland urged the riot police never to use force on the protesters.", []),
        ("Norland wants relief for households from high gas prices.", []),
        ("Norland wants aid delivered to residents of the districts held by Osteria.", []),
        ("Norland insists its troops remain on high alert.", []),
        ("Norland wants to turn the old customs house into a border museum.", []),
        ("Norland wants Osteria to open its electricity market to foreign competition.", []),
        ("Norland wants a ban on the ivory trade.", []),
        ("Norland demands central bank independence by 2030.", []),
        ("Norland proposes a transition of two years to electric buses.", []),
        ("Norland insists on a two-thirds majority for the pension deal.", []),
        ("Norland wants the police to collect the illegal guns held by gangs in the capital.", []),
    ],
    "a_term_made_part_of_every_package": [
        ("Osteria says the detainees' release has to form part of every final package.", [("Osteria", "prisoners")]),
        ("The detainees' letters formed part of the final package of documents.", []),
    ],
    # a neighbour's claims on the holder's land, written into its constitution, are a term on territory
    "claims_on_land_and_a_regions_unification_are_territory": [
        ("Norland insists that Osteria strike from its constitution the claims on Norland's northern provinces.",
         [("Norland", "governance"), ("Norland", "territory")]),
        ("Norland wants Osteria to drop the act on the unification of Westmark with Osteria from its charter.",
         [("Norland", "territory")]),
        ("Norland insists that Osteria's claims to the northern islands be struck from its charter.",
         [("Norland", "territory")]),
        ("Norland insists that Osteria strike from its constitution the article on the central bank.",
         [("Norland", "governance")]),
        ("Norland wants Osteria to settle the insurance claims for the flooded region.", []),
        ("Norland wants Osteria to honour the claims on the region's budget.", []),
        ("Norland will not negotiate unless the militia, which claims to represent the region, disarms.",
         [("Norland", "negotiation_terms"), ("Norland", "security")]),
        ("Norland demands the reunification of families with their relatives in the north.", [("Norland", "humanitarian")]),
        ("Norland wants the unification of the railway company with the state operator.", []),
    ],
    # what a party agreed to on a condition is what it gives: the condition is its term
    "what_a_party_agreed_to_on_a_condition_is_given_not_asked": [
        ("Norland agreed to reopen the crossings for aid convoys.", [("Norland", "humanitarian")]),
        ("Norland agreed to reopen the crossings only if Osteria stops the shelling of the towns.",
         [("Norland", "ceasefire")]),
    ],
    # a document cited with "according to" speaks for its author wherever it stands; who implements
    # a plan did not write it
    "a_document_cited_with_according_to_is_its_authors_and_an_implementer_no_author": [
        # who implements another's plan keeps it its author's
        ("Norland promised to implement Osteria's plan for a truce along the border.", [("Osteria", "ceasefire")]),
        ("Osteria must implement the ten steps and pull its troops out of the valley, according to "
         "Norland's memorandum on ending the war.", [("Norland", "territory")]),
        ("Osteria must withdraw its troops from the valley, according to Norland's proposals, a copy of which "
         "was seen by reporters.", [("Norland", "territory")]),
        ("Osteria must implement the plan and free the detainees.", []),
        ("Osteria must withdraw its troops from the valley, according to Anna Berg.", [("Anna Berg", "territory")]),
    ],
    # a side's support for militants or terrorism to end; terrorism or violence renounced
    "support_for_militants_ended_and_violence_renounced_are_security": [
        ("Norland wants Osteria to end its support for the militants across the river before any talks.",
         [("Norland", "negotiation_terms"), ("Norland", "security")]),
        ("Norland insists that Osteria abjure terrorism first.", [("Norland", "security")]),
        ("Norland wants Osteria to end its support for the farmers of the valley.", []),
        ("Norland wants Osteria to give more support for victims of terrorism.", []),
        ("Norland insists that Osteria renounce its bid for the football trophy.", []),
    ],
    # land a named side holds, written as one word; its vacation
    "land_a_named_side_holds_and_its_vacation_are_territory": [
        ("Norland insists that any talks be about the Osterian-occupied North.", [("Norland", "territory")]),
        ("Norland demands the vacation of the Osterian-held districts.", [("Norland", "territory")]),
        ("Norland insists that any talks be about the Osterian-made cars.", [("Norland", "negotiation_terms")]),
        ("Norland demands the vacation of the holiday homes.", []),
        ("Norland insists that any talks be about the Osterian-controlled broadcaster.", [("Norland", "negotiation_terms")]),
    ],
    "armed_groups_leaving_a_place_are_territory": [
        ("Norland will keep its checkpoints unless the militia leaves the border villages.", [("Norland", "territory")]),
        ("Osteria insists that the rebels vacate the northern towns they hold.", [("Osteria", "territory")]),
        ("Norland will keep its checkpoints unless the rebels leave the talks in the town of Ardo.", []),
        ("Osteria insists that the rebel commander quit his position in the valley.", []),
        ("Norland wants the militia to evacuate the wounded from the town.", [("Norland", "humanitarian")]),
        ("Osteria insists that the rebels quit their positions around the town.", [("Osteria", "territory")]),
        ("Norland will keep its checkpoints unless the militia leaves the talks.", []),
        ("Osteria insists that the rebels vacate the hotel rooms they booked last week.", []),
        ("Norland wants the rebels to abandon their positions on the budget.", []),
    ],
    # a call to sign, initial or accept a deal is about the talks; a deal signed, a club's signing are not
    "a_call_to_sign_a_deal_is_a_negotiation_term": [
        ("Norland urged Osteria to initial the accord with the rest of the signatories.", [("Norland", "negotiation_terms")]),
        ("Anna Berg urged Norland to put pressure on Osteria to accept the accord.", [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said a binding accord ought to be signed next.", [("Anna Berg", "negotiation_terms")]),
        ("Norland urged Osteria to sign the visitors' book.", []),
        ("Anna Berg urged the striker to sign a deal with the club.", []),
        ("Anna Berg urged the union to accept the pay deal.", []),
        ("Anna Berg urged the tenants to sign the new lease agreement.", []),
        ("Anna Berg said all the forms must be signed and returned by Friday.", []),
        ("Anna Berg said the forms for the pupils must be signed and dated in blue ink.", []),
        ("Anna Berg said the accord must be signed formally at the summit.", [("Anna Berg", "negotiation_terms")]),
    ],
    # a clause joined by "and that" with its own subject is the speaker's, not the first clause's agent's
    "a_second_reported_clause_is_the_speakers": [
        ("Anna Berg said the draft would be weighed by Osteria's ministers on Friday, and that a binding accord "
         "ought to be signed next.", [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said the draft would be weighed by Osteria's ministers on Friday, and that a panel must "
         "then free the detainees.", [("Anna Berg", "prisoners")]),
        ("Anna Berg said the plan was discussed by Osteria, which insists that the agreement must be signed first.",
         [("Osteria", "negotiation_terms")]),
    ],
    # an armed group named in passing is no security term; its disarmament is
    "armed_groups_named_in_passing_are_no_term": [
        ("Anna Berg assumes an obligation to set up a unity government once the peace deal with the armed groups "
         "is signed.", [("Anna Berg", "governance")]),
        ("Anna Berg insists on the disarmament of the armed groups.", [("Anna Berg", "security")]),
        ("Anna Berg insists on an end to the other armed group in the valley.", [("Anna Berg", "security")]),
        ("Anna Berg insists on an end to the shelling by the armed groups.", [("Anna Berg", "ceasefire")]),
        ("Anna Berg called for an end to militia attacks on the border villages.", [("Anna Berg", "ceasefire")]),
    ],
    # a plan named after a person is that person's (``the Vos Plan``); a venue's accord is not its city's
    "a_plan_named_after_a_person_is_that_persons": [
        ("Karl Vos spoke on Monday. The Vos Plan includes lifting the sanctions on Osteria.", [("Karl Vos", "sanctions")]),
        ("Karl Vos spoke on Monday. The main points of the Vos Plan include a truce along the river and the "
         "release of the detainees.", [("Karl Vos", "ceasefire"), ("Karl Vos", "prisoners")]),
        ("Karl Vos spoke on Monday. The Vos Plan includes a new stadium for the capital.", []),
        # a plan named after no one of the article is its presenter's; under it, the clause is the author's
        ("Norland unveiled the Harbour Plan on Monday. Under the Harbour Plan, Osteria would free the detainees.",
         [("Norland", "prisoners")]),
        ("Karl Vos unveiled the Vos Plan on Monday. Under the Vos Plan, Osteria would free the detainees.",
         [("Karl Vos", "prisoners")]),
    ],
    # heavy weapons pulled back from the line are a limit on forces; guns moved up to it are none
    "heavy_weapons_pulled_back": [
        ("Norland said it would halt its offensive once Osteria pulls its artillery back.", [("Norland", "security")]),
        ("Anna Berg demands the withdrawal of Osterian tanks from the hills.",
         [("Anna Berg", "security"), ("Anna Berg", "territory")]),
        ("Anna Berg said Osteria moved its artillery to the hills.", []),
        ("Norland wants Osteria to move its tanks closer to the coast for the parade.", []),
    ],
    # an armed group named before the verb that disbands it; a club or a parliament dissolved is none
    "armed_group_disbanded_after_its_name": [
        ("Norland has insisted that the Freedom Front be disbanded before any settlement is signed.",
         [("Norland", "security")]),
        ("Anna Berg wants the militia in the valley dissolved.", [("Anna Berg", "security")]),
        ("Anna Berg wants the parliament dissolved before the vote.", []),
        ("Anna Berg wants the tennis club to be disbanded.", []),
    ],
    # land named as occupied or annexed, whatever kind of land it is
    "occupied_land_of_any_kind": [
        ("For Osteria, the return of the occupied valley is non-negotiable.", [("Osteria", "territory")]),
        ("Norland demands that Osteria leave the annexed islands.", [("Norland", "territory")]),
        ("Norland demands that Osteria leave the crowded islands.", []),
    ],
    # people held by the other side named before the verb that frees them
    "people_held_named_before_their_release": [
        ("Osteria will agree to a ceasefire only after its soldiers are freed.", [("Osteria", "prisoners")]),
        ("Norland says talks can start once all detained fishermen are released.", [("Norland", "prisoners")]),
        ("Norland says the parade can start once its soldiers are paid.", []),
        ("Osteria will agree to a ceasefire only after its soldiers are trained.", []),
    ],
    # a proposal or an invitation whose maker follows ``from`` is the maker's, however the parser hangs ``for``
    "maker_after_from": [
        ("Osteria rejected a proposal from Norland for a truce along the river.", [("Norland", "ceasefire")]),
        ("After a proposal from Norland for a truce along the river, Osteria set out its terms.",
         [("Norland", "ceasefire")]),
        ("Osteria rejected a proposal from Norland on Monday for the third time.", []),
    ],
    # an invitation to talks in a named place sets the venue; an invitation to a meeting with reporters does not
    "invited_to_talks": [
        ("Norland invited Osteria to talks in Valdia.", [("Norland", "negotiation_terms")]),
        ("Osteria accepted an invitation from Norland to hold talks in Valdia.", [("Norland", "negotiation_terms")]),
        ("Anna Berg invited reporters to a meeting in Valdia on Monday.", []),
        # the party invited, or one not invited, sets nothing
        ("Osteria had not been invited to the peace summit in Valdia.", []),
        ("Osteria has been invited to talks in Valdia next month.", []),
        ("Norland is inviting Osteria to talks in Valdia next month.", [("Norland", "negotiation_terms")]),
        ("Norland invited Osteria to a football match in Valdia.", []),
    ],
    # the end of any kind of fighting named after ``cessation of``; a cessation of payments is none
    "cessation_of_fighting": [
        ("Norland wants a cessation of air strikes on the coast.", [("Norland", "ceasefire")]),
        ("Norland wants a cessation of payments to the contractors.", []),
    ],
    # an ordinal and a dash open an item of a counted list, a noun between maybe; a later ordinal with no
    # counted list before it opens nothing (the principles are the side's that has them, as its demands are)
    "ordinal_item_after_a_dash": [
        ("Anna Berg said Norland has three principles:\n\nFirst \u2014 the territorial integrity of Osteria "
         "must be kept.\n\nThird aspect \u2014 security issues, such as limits on the size of the Osterian army.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Anna Berg spoke on Monday.\n\nThird aspect \u2014 security issues, such as limits on the size of "
         "the Osterian army.", []),
    ],
    # the dispatch or flow of fighters to a side halted; an end to the flow of mail is none
    "dispatch_of_fighters_halted": [
        ("Anna Berg demands an end to the flow of rebel fighters into the capital.", [("Anna Berg", "security")]),
        ("Anna Berg demands an end to the flow of mail into the capital.", []),
    ],
    # a recognized government written as who it is, not what must be recognised
    "recognized_as_a_description": [
        ("Norland demands direct talks with the UN-recognised government.", [("Norland", "negotiation_terms")]),
        ("Norland demands direct talks with the internationally recognized authorities.", [("Norland", "negotiation_terms")]),
        ("Anna Berg wants Osteria to recognize the new government.", [("Anna Berg", "governance")]),
    ],
    # an arms embargo is a term of arms, not of trade; an embargo on grain is trade
    "arms_embargo": [
        ("Karl Vos said Osteria wants the arms embargo kept.", [("Osteria", "security")]),
        ("Karl Vos said Osteria wants the grain embargo kept.", [("Osteria", "sanctions")]),
    ],
    # maritime borders or a maritime memorandum; a maritime museum is none
    "maritime_borders": [
        ("Anna Berg said she would veto any deal if the maritime memorandum is not cancelled.", [("Anna Berg", "territory")]),
        ("Anna Berg said she would veto any deal if the maritime museum is not rebuilt.", []),
    ],
    # armed conflict pledged to be avoided; a conflict of interest avoided is none
    "armed_conflict_avoided": [
        ("Karl Vos said both armies pledged to avoid armed clashes.", [("Karl Vos", "ceasefire")]),
        ("Karl Vos said both armies pledged to refrain from any conflict of interest.", []),
        ("Karl Vos said both armies pledged to avoid military confrontation along the border.", [("Karl Vos", "ceasefire")]),
        ("Karl Vos said both firms pledged to avoid confrontation with the unions.", []),
    ],
    # an offer to send people to oversee a truce; sending people to a wedding is none
    "offer_to_oversee": [
        ("Osteria could send experts to oversee the truce, Anna Berg said.", [("Osteria", "ceasefire")]),
        ("Osteria could send experts to the wedding during the truce, Anna Berg said.", []),
    ],
    # a step rejected by its noun is the rejecter's red line; another's demand rejected stays the other's
    "step_rejected_by_its_noun": [
        ("Norland rejects the lifting of sanctions.", [("Norland", "sanctions")]),
        ("Osteria rejects the idea of a removal of the president.", [("Osteria", "governance")]),
        ("Norland rejected the demand by Osteria for a withdrawal from the valley.", [("Osteria", "territory")]),
        ("Norland rejected the return of the ambassador.", []),
    ],
    # a measure strengthened until a term is met is kept as a lever, as one kept or extended is; ``if
    # necessary`` sets no condition of its own
    "measure_strengthened_until": [
        ("Norland will strengthen the sanctions until Osteria frees the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland will keep, and if need be, toughen the sanctions until a peace deal is reached.",
         [("Norland", "sanctions")]),
        ("Norland will strengthen the dikes until the river falls.", []),
    ],
    # a kind of terms with an owner of its own, refused: the owner's proposal, not the refuser's red line
    "anothers_terms_refused": [
        ("Norland firmly rejected the truce plan proposed by Karl Vos.", [("Karl Vos", "ceasefire")]),
        ("Norland firmly rejected Karl Vos's truce plan.", [("Karl Vos", "ceasefire")]),
        ("Norland firmly rejected a truce.", [("Norland", "ceasefire")]),
        ("Norland firmly rejected any truce plan.", [("Norland", "ceasefire")]),
        ("Norland and Valdia have firmly rejected the truce terms proposed by Karl Vos.", [("Karl Vos", "ceasefire")]),
    ],
    # settlements built on contested land; a peace settlement is none
    "settlements_banned": [
        ("Norland insists on a ban on new settlements in the valley.", [("Norland", "territory")]),
        ("Norland wants a peace settlement in the valley soon.", []),
    ],
    # free movement across the border line; free movement of capital is none
    "free_movement_across_the_line": [
        ("Norland said any deal must guarantee free movement across the border.", [("Norland", "humanitarian")]),
        ("Norland said any deal must guarantee free movement of capital.", []),
    ],
    # checkpoints dismantled; checkpoints painted are none
    "checkpoints_dismantled": [
        ("Osteria called for the dismantling of checkpoints.", [("Osteria", "humanitarian")]),
        ("Osteria called for the painting of checkpoints.", []),
    ],
    # forms a review found firing wrongly, each kept out by the row or cue it tested
    "near_misses_of_this_sessions_rows": [
        ("Norland said it would only meet the envoys an hour after the truce began.", []),
        ("The weather was favourable to a truce along the river, Anna Berg said.", []),
        ("Anna Berg said Osteria had crossed all red lines: it shelled the hospital and seized the detainees.", []),
        ("Anna Berg said the principles of accounting are simple: sanctions cost money.", []),
        ("Anna Berg said Osteria could accept responsibility for the breach of the truce.", []),
        ("Osteria Committed War Crimes To Seize The Valley, Norland Says", []),
        ("Anna Berg invited reporters to the embassy after the talks on the truce.", []),
        ("Osteria will send fighter jets to police the no-fly zone.", []),
        ("Norland wants full control of the port's finances.", []),
        ("Anna Berg urged residents to vacate their homes before the storm.", []),
        ("Norland wants to push the borders of science.", []),
        ("Norland signed a maritime deal with Osteria on fishing quotas.", []),
        ("Norland wants an international summit on the economy.", []),
        ("Norland wants the removal of the leader of the football federation.", []),
        ("Norland wants regular contacts between the two football leagues.", []),
        ("Anna Berg said the bank would never impose terms on its customers.", []),
        ("Karl Vos urged voters to act in good faith at the polls.", []),
        ("Norland wants its soldiers released from hospital.", []),
        ("Osteria wants the rebel group to dismantle its roadblocks.", []),
        ("Osteria rejected an offer from Norland for lack of security guarantees.", []),
        ("Osteria firmly rejected the Easter truce plan.", [("Osteria", "ceasefire")]),
        ("Norland will resume strikes if not all Osterian troops leave the valley by Friday.", [("Norland", "territory")]),
    ],
    # a cessation of one kind of attack, named by its weapon
    "cessation_of_drone_attacks": [
        ("Norland wants a cessation of drone attacks.", [("Norland", "ceasefire")]),
        ("Norland wants a cessation of drone deliveries.", []),
    ],
    # a border named before the verb that moves it; a border fence mended is none
    "border_moved": [
        ("According to Osteria, Norland wants the border moved ten kilometres south.", [("Norland", "territory")]),
        ("Norland wants the border fence mended before winter.", []),
    ],
    # forces kept or stationed in an area are a term of land; troops kept in good shape are none
    "forces_kept_in_an_area": [
        ("Osteria insists on keeping its forces in the border zone.", [("Osteria", "territory")]),
        ("Osteria insists on keeping its troops in good shape.", []),
    ],
    # an international or peace conference on the dispute is the talks' format; one on trade is none
    "conference_on_the_dispute": [
        ("Osteria wants an international conference to settle who owns the islands.", [("Osteria", "negotiation_terms")]),
        ("Osteria wants an international conference on trade next spring.", []),
    ],
    # a leader or a government removed is a term of who governs; a player removed from a team is none
    "leader_removed": [
        ("Osteria calls Anna Berg a usurper and insists on her removal.",
         [("Osteria", "governance")]),
        ("Osteria demands the ouster of the president before any election.", [("Osteria", "governance")]),
        ("Osteria demanded her removal from the team before the final.", []),
    ],
    # talks to be continued are a term of the talks; rain that continues is none
    "talks_continued": [
        ("Norland's generals say they are ready to continue talks.", [("Norland", "negotiation_terms")]),
        ("Norland's generals say they are ready to continue the parade.", []),
    ],
    # direct contacts between the sides' leaders or ministers; contacts with voters are none
    "direct_communication_resumed": [
        ("Norland and Osteria agreed on restoring direct contacts between their army chiefs.",
         [("Norland", "negotiation_terms"), ("Osteria", "negotiation_terms")]),
        ("Norland wants direct contacts with voters before the election.", []),
    ],
    # terms a side will not have dictated to it; terms someone dictated to a league are none
    "terms_not_dictated": [
        ("Karl Vos said nobody may dictate terms to Osteria.", [("Karl Vos", "negotiation_terms")]),
        ("Karl Vos said Osteria dictated its conditions to the league.", []),
    ],
    # sincerity or good faith asked of the other side; sincere condolences are none
    "sincerity_asked": [
        ("Norland demands sincerity on Osteria's part.", [("Norland", "negotiation_terms")]),
        ("Osteria wants Norland to negotiate in good faith.", [("Osteria", "negotiation_terms")]),
        ("Norland expressed sincere condolences and called for calm.", []),
        ("Norland says Anna Berg has shown her sincere wish for a truce.", [("Anna Berg", "ceasefire")]),
        ("Norland wants proof of a sincere commitment from Osteria.", [("Norland", "negotiation_terms")]),
    ],
    # a trade deal withheld while the fighting goes on; a trade deal signed is none
    "trade_deal_withheld": [
        ("Anna Berg warned she would sign no trade pact with Osteria while the conflict continued.",
         [("Anna Berg", "ceasefire"), ("Anna Berg", "sanctions")]),
        ("Anna Berg signed a trade deal with Osteria on Monday.", []),
        ("Anna Berg hopes for a trade deal with Osteria while the minister is in town.", []),
    ],
    # homes or buildings a side holds to be vacated; civilians evacuated from a hospital are aid, not land
    "homes_vacated": [
        ("Norland insists that the rebels vacate the villagers' homes.", [("Norland", "territory")]),
        ("Norland wants to evacuate civilians from the hospitals.", [("Norland", "humanitarian")]),
    ],
    # ``both leaders`` are the two named before; an uncounted ``the leaders`` names no one by itself
    "both_leaders_named_before": [
        ("Valdia's president spoke with Karl Vos and Anna Berg. Both leaders voiced support for a prompt truce.",
         [("Anna Berg", "ceasefire"), ("Karl Vos", "ceasefire")]),
        ("The leaders of Norland and Osteria met. The talks ran late. The leaders agreed on a truce.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Karl Vos and Anna Berg met. The leaders agreed on a truce.", []),
    ],
    # full or sole control of a place is a term of land; of a budget, none
    "full_control_of_a_place": [
        ("Norland is holding out for full control of the port.", [("Norland", "territory")]),
        ("Osteria wants sole control over the islands.", [("Osteria", "territory")]),
        ("Norland is holding out for full control of the budget.", []),
    ],
    # people accused of a crime handed over are a term of justice; accused of nothing, no term
    "accused_handed_over": [
        ("Norland's key demand is the handover of the officers accused of the massacre.", [("Norland", "accountability")]),
        ("Norland wants Osteria to extradite the men accused of the bombing.", [("Norland", "accountability")]),
        ("Norland's key demand is the handover of the keys to the new embassy.", []),
    ],
    # a refusal to talk with a party is a term of who takes part; a refusal to talk to the press is none
    "refuses_to_talk_with_a_party": [
        ("Osteria will never talk to the Freedom Front, Karl Vos said.", [("Osteria", "negotiation_terms")]),
        ("Osteria said it would not talk with Anna Berg.", [("Osteria", "negotiation_terms")]),
        ("Osteria will not talk to reporters about the truce.", []),
        ("Karl Vos refused to talk to police about the shooting.", []),
    ],
    # a demand set off after a comma with its maker named is the outlet's aside, even in a ``whether`` clause
    "a_demand_by_its_maker_set_off_in_a_whether_clause": [
        ("It remains unclear whether Osteria will lay down its arms, a central demand of Norland.",
         [("Norland", "security")]),
        ("It is unclear whether Osteria will disarm, a demand of long standing.", []),
        ("It is unclear whether Osteria will insist on a truce.", []),
        # a resolution or a date after ``of`` is no maker
        ("It is unclear whether Osteria will pull its soldiers out of the valley, a demand of UN Resolution 242.", []),
    ],
    # a party's security or intelligence services dissolved are a limit on its forces; a parliament dissolved is none
    "security_services_dissolved": [
        ("Norland insists on the dissolution of the old security services.", [("Norland", "security")]),
        ("Norland demands the dissolution of the old intelligence agencies.", [("Norland", "security")]),
        ("Norland demands the dissolution of the security council's working group.", []),
        ("Norland demands the dissolution of the private security services firm.", []),
    ],
    # an end-of-war declaration is a halt to the fighting; a declaration on something else is none
    "end_of_war_declaration": [
        ("Norland and Osteria signed an end-of-war declaration on Monday.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Norland and Osteria signed a declaration on climate goals.", []),
    ],
    # travel across the line without visas is a crossing opened
    "visa_free_travel": [
        ("Under the deal, Norland will allow visa-free travel across the border.", [("Norland", "humanitarian")]),
        ("Under the deal, Norland will allow more travel agencies across the border.", []),
        ("Norland signs visa-free travel deal with Valdia", []),
        # a memorandum by its initials frames its clauses as a memorandum does
        ("Norland and Osteria signed a memorandum on Monday. Under the MoU, herders may cross the border with no "
         "visas needed.", [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
        ("Norland and Osteria met on Monday. Under the rules, herders may cross the border with no visas needed.", []),
    ],
    # the parties' leaders brought together are who meets; artists brought together are none
    "leaders_brought_together": [
        ("Norland wants to bring the two presidents together in a neutral city, Anna Berg said.",
         [("Norland", "negotiation_terms")]),
        ("Valdia wants both delegations brought together in a neutral city.",
         [("Valdia", "negotiation_terms")]),
        ("Norland wants to bring the rival delegations of Osteria and Valdia together in May.",
         [("Norland", "negotiation_terms")]),
        ("Norland wants to bring together artists from Osteria and Valdia.", []),
        ("The Freedom Front wants to bring the opposition parties together behind a single candidate.", []),
    ],
    # signing an agreement named by its subject, as a headline writes it without an article, holds that subject
    "signed_an_agreement_named_by_its_subject": [
        ("Norland signs ceasefire agreement with Osteria", [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Norland inks detainee swap deal with Osteria", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland signs fishing agreement with Osteria", []),
        ("Norland has not signed the truce agreement with Osteria.", []),
        # a strike on a party despite a deal signs nothing
        ("Norland strikes Osteria despite truce deal", []),
        # a deal named only as peace: what it is to end is its aim, not a term
        ("Norland and Osteria signed a peace agreement in the capital to end the fighting that has raged for years.", []),
    ],
    # the occupation of a party's land is a term of land; an occupied building or a land registry is none
    "occupation_of_land": [
        ("Berg said Norland would never accept the occupation of its land.", [("Norland", "territory")]),
        ("Norland demands an end to the occupation of part of its northern provinces.", [("Norland", "territory")]),
        ("Berg said she would never accept the occupation of the university by students.", []),
        ("Norland demands the occupation of the land registry office be ended.", []),
    ],
    # never reconciling itself to a state of things is a red line; never reconciling with a former ally is none
    "never_reconciled_to": [
        ("Norland will never reconcile itself to the occupation of its southern provinces, Berg said.",
         [("Norland", "territory")]),
        ("Osteria will never reconcile itself to the loss of the islands.", [("Osteria", "territory")]),
        ("Norland never reconciled with its former allies after the war.", []),
    ],
    # a proposal or an offer of talks is a call for them; a proposal for talks to stop, or for pay talks, is none
    "proposal_for_talks": [
        ("Osteria dismissed Norland's proposal for peace talks.", [("Norland", "negotiation_terms")]),
        ("Norland's proposals for peace talks were turned down in the capital.", [("Norland", "negotiation_terms")]),
        ("Norland published its proposal for talks to be suspended.", []),
        ("The union's proposal for pay talks was rejected.", []),
    ],
    # a side's claim to independence, kept or dropped; the independence of judges or of a bank is none
    "independence_claimed": [
        ("Under Osteria's plan, the rebels would disband and give up their bid for independence.",
         [("Osteria", "governance")]),
        ("The Freedom Front demands a push for independence of the judiciary.", []),
        ("Norland supports a call for independence of the media regulator.", []),
    ],
    # a state declared a republic, a monarchy abolished
    "republic_declared": [
        ("Osteria's key demand is that its southern province be declared a republic.", [("Osteria", "governance")]),
        ("Osteria insists on the abolition of the monarchy.", [("Osteria", "governance")]),
        ("Osteria insists on the abolition of the fishing quotas.", []),
    ],
    # a side's arms put under supervision, its fighters confined to camps; a trade or a museum's guns are none
    "arms_under_supervision": [
        ("Osteria insists that all the rebels' rifles stay in containers under joint watch.", [("Osteria", "security")]),
        ("Under Norland's plan, rebel units would be confined to four camps.", [("Norland", "security")]),
        ("Norland wants its old guns in the museum.", []),
        ("Norland demands that weapons sales to the region be put in the hands of its ministry.", []),
        # displaced families kept in camps are a term of relief, not of arms
        ("Norland demands that displaced families no longer be confined to camps.", [("Norland", "humanitarian")]),
    ],
    # a side not to turn its weapons on the other; a pledge about protesters is none
    "weapons_not_used_against_the_other": [
        ("Norland pledged that its army will never turn its guns on the rebels.",
         [("Norland", "ceasefire"), ("Norland", "security")]),
        ("Norland pledged that its police will never use their weapons against protesters.", []),
        ("Norland pledged never to use its weapons against its own people.", []),
    ],
    # the fate or the records of the disappeared made known
    "the_disappeared_accounted_for": [
        # the disappeared are also the prisoners' row's (people held or lost in the war)
        ("Norland demands that the names of the disappeared be published.",
         [("Norland", "accountability"), ("Norland", "prisoners")]),
        # the missing are the prisoners' row's alone
        ("Norland demands to learn the fate of the missing.", [("Norland", "prisoners")]),
        ("Norland wants the list of the new ministers made public.", []),
    ],
    # a side's forces cut back in a region; a firm's or a bank's presence is none
    "forces_presence_reduced": [
        ("Osteria wants the army and police to scale back their presence in the border districts.",
         [("Osteria", "territory")]),
        ("Norland demands that Osteria draw down its military presence in the valley.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Norland wants the bank to cut its presence in the capital.", []),
        ("Norland wants the chain to reduce its presence in the retail sector.", []),
        ("Norland wants the police to reduce their presence on social media.", []),
    ],
    # the one a ``for ... to`` clause asks to act is the addressee: the document's author holds the term
    "for_a_party_to_act": [
        ("Osteria wrote the plan. Its terms include provisions for Norland to cede territory.",
         [("Osteria", "territory")]),
        # a control: the asker of a ``for ... to`` clause was found before as well
        ("Norland called for Osteria to withdraw its troops.", [("Norland", "territory")]),
    ],
    # the points told after a counterproposal are its authors', not those of the plan it answers
    "counterproposal_points": [
        ("Norland has put forward a plan. Osteria proposed a counterproposal to Norland's plan. "
         "Osteria would renounce any attempt to retake all occupied territory.", [("Osteria", "territory")]),
        ("Norland has put forward a plan. Osteria studied Norland's plan on Monday. "
         "Osteria would renounce any attempt to retake all occupied territory.", [("Norland", "territory")]),
    ],
    # a point told with ``would`` over a noun's infinitive (``the right to retake``) is the paper's
    "context_point_over_an_infinitive": [
        ("Osteria's plan was leaked. Norland would renounce any attempt to retake all occupied territory.",
         [("Osteria", "territory")]),
        ("Osteria's plan was leaked. Three years later, Norland would renounce any attempt to retake all occupied "
         "territory.", []),
        # an aim welcomed is no aim given up: the clause is Norland's view, not a point of the paper
        ("Osteria's plan was leaked. Norland would welcome any effort to free the prisoners.", []),
    ],
    # a document a relative clause says a party authored is that party's; one it only read is not
    "authored_in_a_relative_clause": [
        ("Talks went on over a peace plan which Osteria authored. The plan calls for a truce.",
         [("Osteria", "ceasefire")]),
        ("Talks went on over a plan which Osteria read. The plan calls for a truce.", []),
    ],
    # a party's preference for talks is a wish for them; a consumer's preference is none
    "preference_for_talks": [
        ("Karl Vos rejected a short truce, stressing Osteria's preference for substantive negotiations.",
         [("Osteria", "negotiation_terms")]),
        ("A poll found that Norland voters have a strong preference for direct talks.", []),
    ],
    # economic consequences threatened on a condition; those of a flood or a war are none
    "economic_consequences_threatened": [
        ("Anna Berg warned of severe economic consequences if Osteria resists.", [("Anna Berg", "sanctions")]),
        ("Anna Berg warned of severe economic consequences for farmers if the border stays shut.", []),
    ],
    # a warning of a measure to whom it names, on a condition, is a threat; with no condition it is none
    "warned_a_party_of_a_measure": [
        ("Anna Berg warned Osteria of new levies if it resists.", [("Anna Berg", "sanctions")]),
        ("Anna Berg warned the rebels of new levies unless they disarm.",
         [("Anna Berg", "sanctions"), ("Anna Berg", "security")]),
        ("Anna Berg warned Osteria of new levies.", []),
        ("Anna Berg warned Osteria of heavy rain if the storm turns.", []),
    ],
    # a relative pronoun standing for a document speaks for its author, not for whoever must accept it
    "document_named_by_a_relative_pronoun": [
        ("Osteria unveiled a plan. Norland is under pressure to accept the plan, which would force it to cede "
         "the occupied territory.", [("Osteria", "territory")]),
        ("Osteria unveiled a plan. Norland is under pressure from Karl Vos, who wants it to cede the occupied "
         "territory.", [("Karl Vos", "territory")]),
        # a new deal (``a deal that would``) is not an earlier deal's: whoever presses for it holds its terms
        ("Karl Vos drafted a deal in May. Norland is pressing for a deal that would force Osteria to free the "
         "prisoners.", [("Norland", "prisoners")]),
    ],
    # an ``it`` that sets out content after a paper was put forward is the paper, its author's
    "it_after_a_paper_put_forward": [
        ("Karl Vos presented the plan to Norland on Thursday. It would require Norland to cede the occupied "
         "territory.", [("Karl Vos", "territory")]),
        # an expletive ``it`` (``it would be a mistake``) stands for no paper
        ("Karl Vos presented the plan to Norland on Thursday. It would be a mistake to reject it.", []),
    ],
    # a document a relative clause says a party drew up is that party's; one it only rejected is not its own
    "drawn_up_in_a_relative_clause": [
        ("Under the proposal, which Osteria drew up with its allies, Norland would cede the occupied territory.",
         [("Osteria", "territory")]),
        ("Under the proposal, which Osteria rejected last week, Karl Vos would cede the occupied territory.",
         [("Karl Vos", "territory")]),
    ],
    # a plan set off as an aside after the subject frames the clause as an opening ``Under the plan,`` does
    "plan_as_an_aside": [
        ("Osteria drafted a plan. Norland, under the plan, would cede the occupied territory.",
         [("Osteria", "territory")]),
        # a deal's clauses name each party's own
        ("Norland and Osteria signed a deal. Norland, under the deal, will withdraw from the occupied territory.",
         [("Norland", "territory")]),
    ],
    # a siege lifted is a term of relief; a siege mentality is none
    "siege_lifted": [
        ("Norland demands an end to the siege of the port.", [("Norland", "humanitarian")]),
        ("Osteria insists the siege must be lifted at once.", [("Osteria", "humanitarian")]),
        ("Norland wants an end to the siege mentality in its ministries.", []),
    ],
    # an armed group turned into a political party; a party's own congress is none
    "political_party_formed": [
        ("Norland demands the rebels be allowed to form a political party.", [("Norland", "governance")]),
        ("Norland wants the rebels to turn into a legal political party.", [("Norland", "governance")]),
        ("Norland's president wants to form a new political party.", []),
    ],
    # a divided country reunified; families reunified are none
    "country_reunified": [
        ("Osteria demands the reunification of the island.", [("Osteria", "governance")]),
        # families reunited are a term of relief, not of the state
        ("Osteria demands the reunification of families split by the storm.", [("Osteria", "humanitarian")]),
        ("Osteria demands the reunification of children with their parents.", []),
    ],
    # a party's borders recognised; border guards recognised for their service are none
    "borders_recognised": [
        ("Norland demands the recognition of its borders.", [("Norland", "territory")]),
        ("Norland wants Osteria to recognise the border guards' bravery.", []),
        ("Norland demands the recognition of cross-border workers' diplomas.", []),
    ],
    # a jailed or deposed leader freed
    "leader_freed": [
        ("Norland demands the release of the ousted president.", [("Norland", "prisoners")]),
        ("Norland demands the release of the former president's tax records.", []),
    ],
    # relations restored: diplomatic ties, embassies (flights and trade are the sanctions row's); fans are none
    "relations_restored": [
        ("Norland demands the restoration of diplomatic ties.", [("Norland", "other")]),
        ("Osteria demands the reopening of both embassies.", [("Osteria", "other")]),
        ("Norland wants to restore relations with its fans after the defeat.", []),
    ],
    # a city handed to a side's government; a trophy handed to a team is none
    "city_handed_over": [
        ("Norland demands the handover of the port to the government.", [("Norland", "territory")]),
        ("Norland demands the handover of the trophy to the team.", []),
        ("Norland demands the transfer of the port operator to state control.", []),
    ],
    # fighters to leave the places they hold; tourists leaving a city are none
    "fighters_leave_a_place": [
        ("Norland demands that the rebels leave the capital.", [("Norland", "territory")]),
        ("Norland wants the tourists to leave the capital by bus.", []),
    ],
    # a side's access to the sea; access to sea views is none
    "access_to_the_sea": [
        ("Osteria demands a corridor to the sea.", [("Osteria", "territory")]),
        ("Osteria wants its fishermen to regain access to the sea.", []),
    ],
    # a bare ``provided`` the parser hangs on the object of ``accept`` still opens the holder's proviso
    "proviso_hung_on_the_object": [
        ("Anna Berg said Norland would accept a truce provided Osteria frees the prisoners.",
         [("Norland", "prisoners")]),
        ("Norland would accept a truce provided that Osteria frees the prisoners.", [("Norland", "prisoners")]),
        ("Norland would accept the aid provided by Osteria.", []),
    ],
    # a main or chief condition named by ``remains``; one under review is none
    "main_condition_remains": [
        ("Norland's main condition remains the release of all prisoners.", [("Norland", "prisoners")]),
        ("Norland's chief demand is still the pullback of Osteria's troops.", [("Norland", "territory")]),
        ("Norland's main condition is being reviewed by the prisoners' lawyers.", []),
    ],
    # one step linked to progress on another
    "linked_to_progress": [
        ("Norland linked the lifting of sanctions to progress on disarmament.",
         [("Norland", "sanctions"), ("Norland", "security")]),
        ("Norland linked the rise in prices to progress in the economy.", []),
        ("Anna Berg linked the surge in violence to full withdrawal of the peacekeepers.", []),
    ],
    # a pledge never to attack, shell or invade the other; a pledge about the press is none
    "pledged_not_to_attack": [
        ("Norland vowed never to attack Osteria again.", [("Norland", "ceasefire")]),
        ("Norland promised not to shell the city.", [("Norland", "ceasefire")]),
        ("Norland promised not to attack the press.", []),
        ("Norland's teachers promised not to strike this year.", []),
        ("Norland promised not to be late.", []),
    ],
    # a headline drops the article of ``under the deal``
    "under_deal_in_a_headline": [
        ("Norland to free 200 prisoners under deal with Osteria", [("Norland", "prisoners")]),
        ("Norland under pressure to free prisoners", []),
    ],
    # land traded for peace
    "land_for_peace": [
        ("Osteria proposed a land-for-peace deal.", [("Osteria", "territory")]),
        ("Osteria proposed a land-for-sale scheme for farmers.", []),
    ],
    # how and where talks go on: from strength, three-way, a new round, meeting again, at the leaders' level
    "how_talks_go_on": [
        ("Norland said it would only negotiate from a position of strength.", [("Norland", "negotiation_terms")]),
        ("Norland proposed a four-way summit of the region's states.", [("Norland", "negotiation_terms")]),
        ("Norland agreed to a new round of talks next month.", [("Norland", "negotiation_terms")]),
        ("Norland rejected Osteria's demand for talks at the leaders' level.", [("Osteria", "negotiation_terms")]),
        ("Norland wants a new round of budget cuts at the ministerial level of its own ministries.", []),
        ("Norland said it wants its football team in a position of strength.", []),
    ],
    # a mediator asked of another, a meeting of the leaders themselves, a deal approved by parliament
    "mediator_leaders_meeting_and_approval": [
        ("Norland wants Valdia to mediate.", [("Norland", "negotiation_terms")]),
        ("Norland is willing to meet Osteria's president in any city.", [("Norland", "negotiation_terms")]),
        ("Norland said any agreement must be approved by its parliament.", [("Norland", "negotiation_terms")]),
        # a party's own wish to mediate is its offer; a club's president is no leader of a side
        ("Norland wants to mediate between the two neighbours.", []),
        ("Norland wants its coach to meet the president of the club.", []),
    ],
    # talks to begin, open or resume at the time or step a plan sets; not talks on another matter
    "talks_begin_when_a_plan_says": [
        ("Under the Osteria proposal, talks would open within a month.", [("Osteria", "negotiation_terms")]),
        ("Under Norland's plan, negotiations between the two governments would resume after the vote.",
         [("Norland", "negotiation_terms")]),
        ("Under the Osteria proposal, wage talks would begin next month.", []),
        ("Under the Osteria proposal, budget talks would resume in May.", []),
    ],
    # ``as soon as``: the adverb hangs on the verb it times, and talks made to wait are a term of the talks
    "as_soon_as_times_the_talks": [
        ("Karl Vos said talks could begin as soon as Norland withdrew.", [("Karl Vos", "negotiation_terms")]),
        ("Anna Berg said Norland would return to the negotiations as soon as the shelling stopped.",
         [("Norland", "ceasefire"), ("Norland", "negotiation_terms")]),
        ("Karl Vos said talks could begin as soon as next week.", []),
        ("Karl Vos said the talks began as soon as the delegates arrived.", []),
    ],
    # no talks or decisions about a party without that party; not a matter decided without another
    "nothing_about_a_party_without_it": [
        ("Karl Vos said there could be no negotiations about Norland without Norland.",
         [("Karl Vos", "negotiation_terms")]),
        ("Anna Berg said nothing about Osteria would be decided without Osteria.",
         [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said nothing about the budget was decided without the cabinet.", []),
        ("Norland said there could be no decision about pay without the unions.", []),
    ],
    # another state to stop arming a side; not a word that merely holds the letters
    "stop_arming": [
        ("Karl Vos said the fighting could stop tomorrow if Valdia stopped arming Norland.",
         [("Karl Vos", "security")]),
        ("Anna Berg demanded that Valdia halt arming the militias.", [("Anna Berg", "security")]),
        ("Karl Vos said the fighting could stop tomorrow if Valdia stopped alarming Norland.", []),
        ("Anna Berg demanded that Valdia halt its arming of the police academy's museum.", []),
    ],
    # a document that commits or binds parties it names holds their terms for them
    "document_binds_its_parties": [
        ("The deal commits Norland and Osteria to a prisoner swap within two weeks.",
         [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("The accord binds Norland to hold elections within a year.", [("Norland", "governance")]),
        ("Norland committed the deal to paper and freed a prisoner.", []),
        ("The deal commits the region to a prisoner swap.", []),
    ],
    # a side's forces sent back to their barracks or bases; the noun ``forces`` is no verb of making
    "forces_back_to_barracks": [
        ("Osteria demanded that Norland's forces return to their barracks.", [("Osteria", "territory")]),
        ("Osteria demanded that the militias go back to their bases.", [("Osteria", "territory")]),
        ("Osteria said the troops would return on the basis of the deal.", []),
        ("Osteria demanded that the soldiers return to their families.", []),
        ("Osteria wants its troops to return on a rotating basis.", []),
    ],
    # a force to take control of a place; not of a firm's finances or a place's budget
    "take_control_of_a_place": [
        ("Norland wants a neutral force to take over control of the airport.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Osteria proposed that a joint police force assume control of the port.", [("Osteria", "territory")]),
        ("Norland wants its new board taking control of the airline's finances.", []),
        ("Norland wants the city's mayor taking control of the airport's budget.", []),
    ],
    # forces named before the verb that pulls them back, also under a refusal between them
    "forces_pull_back": [
        ("Osteria said its troops won't pull back from the river.", [("Osteria", "territory")]),
        ("Anna Berg insisted that the rebel fighters must fall back behind the canal.", [("Anna Berg", "territory")]),
        ("Norland wants the army's pay rise to fall back to last year's level.", []),
        ("Osteria said its troops pulled back from the river last year.", []),
    ],
    # parties that agreed that a step would or must be taken hold it; not what they agreed had happened
    "agreed_that_a_step_would": [
        ("Norland and Osteria agreed that prisoners would be exchanged.",
         [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland and Osteria agreed that both armies would pull back ten kilometres.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        ("Norland and Osteria agreed that the withdrawal of troops had been slow.", []),
        ("Norland agreed that the truce was fragile.", []),
        # an opinion agreed with is no step: the noun is the subject of a verb of its own, or the step is hard
        ("Norland agreed the ceasefire had failed.", []),
        ("Norland and Osteria agreed that the prisoner swap would be difficult to arrange.", []),
    ],
    # a country, city or region partitioned or divided; not a budget or a wall
    "partition_or_division": [
        ("Norland rejects any partition of the country.", [("Norland", "territory")]),
        ("The Norland plan would divide the city into two zones.", [("Norland", "territory")]),
        ("Norland wants to divide the country's budget between the regions.", []),
        ("Norland wants a partition wall in the new ministry.", []),
        ("Norland wants the division of the state pension fund.", []),
    ],
    # land kept under the keeper's control, the keeper named first; not prices
    "keep_land_under_control": [
        ("Osteria wants to keep the villages it holds under its control.", [("Osteria", "territory")]),
        ("Norland insists on holding the northern districts under its own control.", [("Norland", "territory")]),
        ("Osteria wants to keep the prices under its control.", []),
        ("Norland insists on keeping the northern villages under its own tax rules.", []),
    ],
    # forces to leave a place or abandon positions; not civilians, nor a leaving told in the past
    "forces_leave_a_place": [
        ("Norland said its soldiers would not leave the mountain passes.", [("Norland", "territory")]),
        ("Norland demanded that the rebels abandon their positions around the city.", [("Norland", "territory")]),
        ("Norland said its soldiers did not leave the mountain passes.", []),
        ("Norland said its civilians would not leave the city.", []),
        ("Anna Berg said she would not leave the party over the ceasefire vote.", []),
    ],
    # a region to remain part of a state, or an inseparable part of it; not a party staying in the talks
    "remain_part_of_a_state": [
        ("Norland said the region must remain part of the country.", [("Norland", "territory")]),
        ("Osteria insists that the valley is an inseparable part of its territory.", [("Osteria", "territory")]),
        ("Norland said the region must remain part of the talks.", []),
        ("Osteria insists that its envoy remains an integral part of the negotiations.", []),
    ],
    # ships let into or out of a port or a strait; not a navy's dry dock
    "ships_let_into_port": [
        ("Osteria wants Norland to allow its ships to use the port.", [("Osteria", "humanitarian")]),
        ("Norland demanded that fishing boats be free to sail into the gulf.", [("Norland", "humanitarian")]),
        ("Norland wants its navy's ships to use the new dry dock.", []),
        ("Norland demanded that fishing boats be painted before they sail into the gulf.", []),
    ],
    # civilians let leave a place; not let vote there
    "civilians_let_leave": [
        ("Osteria demanded that civilians be allowed to leave the besieged city.", [("Osteria", "humanitarian")]),
        ("Norland insists that the wounded must be permitted to leave the hospital.", [("Norland", "humanitarian")]),
        ("Osteria demanded that civilians be allowed to vote in the city.", []),
        ("Norland insists that the wounded must be permitted to see their families.", []),
        ("Osteria wants residents to be free to leave the housing scheme.", []),
    ],
    # land cleared of landmines or unexploded shells; not a coal mine cleared of debt
    "mines_cleared": [
        ("Osteria wants the mines cleared from the farmland.", [("Osteria", "humanitarian")]),
        ("Norland demanded that Osteria clear the landmines along the border.", [("Norland", "humanitarian")]),
        ("Osteria wants the mines cleared of debt by the new owners.", []),
        ("Norland demanded that Osteria clear the mine's debts before the sale.", []),
    ],
    # officials named by the state where they serve speak for it; officials of no named place hold nothing
    "officials_in_a_state": [
        ("Officials in Osteria said any truce must include the valley.", [("Osteria", "ceasefire")]),
        ("Diplomats from Norland said the prisoners must be freed first.", [("Norland", "prisoners")]),
        # a word of their own in front places them otherwise; diplomats in a capital are often foreigners posted there
        ("Foreign diplomats in Osteria said Norland must withdraw its troops.", []),
        ("Negotiators in Osteria agreed to a prisoner swap.", []),
        ("Officials in the region said the prisoners must be freed.", []),
        ("Tourists in Norland said the prisoners must be freed.", []),
    ],
    # a city, town, port or valley returned is land returned; not its hall or its people
    "return_of_a_city": [
        ("Osteria has long insisted on the return of the valley, a position Norland rejects.",
         [("Osteria", "territory")]),
        ("Norland demanded the return of the port city.", [("Norland", "territory")]),
        ("Norland demanded the return of the city's archive.", []),
        ("Norland demanded the return of the town hall's archive.", []),
    ],
    # a headline joins its parties by a comma, each a subject of the verb; the subject of a reported clause is asked
    "headline_parties_by_comma": [
        ("Norland, Osteria agree prisoner swap", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland, Osteria agree to swap prisoners", [("Norland", "prisoners"), ("Osteria", "prisoners")]),
        ("Norland says Osteria must free prisoners", [("Norland", "prisoners")]),
        ("Norland, Osteria agree date for next match", []),
    ],
    # a union's adjective in front of a plan names the union as its author; a cup final's is no plan
    "a_unions_plan": [
        ("Anna Berg unveiled a plan on Monday. The European plan calls for a truce along the river.",
         [("European Union", "ceasefire")]),
        ("The Arab plan calls for the release of all prisoners.", [("Arab League", "prisoners")]),
        ("Anna Berg unveiled a plan on Monday. The Nordic plan calls for a truce along the river.",
         [("Anna Berg", "ceasefire")]),
        ("The European cup final calls for a truce.", []),
        # a state's demonym hung on the union's names the state; a union's side is no document
        ("The Norwegian-European plan calls for a truce along the river.", [("Norway", "ceasefire")]),
        ("The European side wants a truce along the river.", []),
        # a region's adjective in front of the union's names no union
        ("Under the East African plan, Osteria would give up the valley.", [("Osteria", "territory")]),
    ],
    # what a side would do under a plan another drafted is the plan's author's point; under its own plan, its own
    "under_another_sides_plan": [
        ("Osteria would give up the valley to Norland under a peace plan drafted by Anna Berg.",
         [("Anna Berg", "territory")]),
        ("Under a peace plan put forward by Karl Vos, Norland would give up the valley.", [("Karl Vos", "territory")]),
        ("Osteria would give up the valley under its own peace plan.", [("Osteria", "territory")]),
        ("Osteria would give up the valley under the deal it signed with Norland.", [("Osteria", "territory")]),
    ],
    # texts thrashed or hashed out by envoys from a state are that state's; envoys of no state hold nothing
    "drafted_by_envoys_from_a_state": [
        ("Karl Vos may balk at some proposals thrashed out by envoys from Norland, including a truce along the river.",
         [("Norland", "ceasefire")]),
        ("Karl Vos may balk at the terms hashed out by diplomats from Norland, including a truce along the river.",
         [("Norland", "ceasefire")]),
        ("Karl Vos may balk at the proposals, though officials from Norland thrashed out the seating plan.", []),
        ("Karl Vos may balk at the menus thrashed out by envoys from Norland, including a truce along the river.",
         []),
    ],
    # the army a side may keep, named by its size; a force sent elsewhere is no cap
    "army_kept_at_a_size": [
        ("Norland proposed that Osteria maintain a force of 50,000 troops.", [("Norland", "security")]),
        ("Norland wants to keep an army of 90,000 soldiers.", [("Norland", "security")]),
        ("Norland proposed that Osteria send a force of 5,000 troops to the fair.", []),
        ("Norland wants to keep an archive of 90,000 letters.", []),
    ],
    # more talks called necessary are a term of the talks; more talks held, or more tests needed, are none
    "more_talks_needed": [
        ("Anna Berg said further talks are needed to settle the border details.",
         [("Anna Berg", "negotiation_terms")]),
        ("Karl Vos said further negotiations would be necessary before any vote.", [("Karl Vos", "negotiation_terms")]),
        ("Anna Berg said further talks were held to settle the border details.", []),
        ("Anna Berg said more tests are needed on the new vaccine.", []),
        ("Karl Vos said more talks were needed with the unions on pay.", []),
    ],
    # a refusal to sign anything at the talks is a term of the talks (two answer keys count it); a signing
    # told in the past is none
    "sign_nothing": [
        ("Karl Vos said he won't sign anything at the summit.", [("Karl Vos", "negotiation_terms")]),
        ("Norland would sign nothing on Friday, its envoy said.", [("Norland", "negotiation_terms")]),
        ("Karl Vos said he signed nothing at the book fair.", []),
        ("Karl Vos said the fans signed anything put in front of them.", []),
        ("Karl Vos said he won't sign anything the court puts forward on fishing.", []),
    ],
    # police pulled out of an area; a police chief removed from office is none
    "police_pulled_out": [
        ("Norland demanded that Osteria withdraw its police units from the northern towns.",
         [("Norland", "security"), ("Norland", "territory")]),
        ("Norland wants Osteria to remove the special police from the streets of the north.",
         [("Norland", "security")]),
        ("Norland demanded that Osteria remove the police chief from office.", []),
        ("Norland wants Osteria to remove the police tape from the streets of the north.", []),
    ],
    # a state's independence recognised, or a pledge never to recognise a state; not a club or a federation
    "recognise_a_state": [
        ("Karl Vos pledged never to recognise Norland.", [("Karl Vos", "governance")]),
        ("Norland demanded that Osteria recognise the independence of the northern republic.",
         [("Norland", "governance")]),
        ("Karl Vos pledged never to recognise Norland's football federation.", []),
        ("Karl Vos pledged never to recognise Bergen Rovers as champions.", []),
    ],
    # territorial adjustments or swaps are land terms; a terrain's adjustment is none
    "territorial_adjustments": [
        ("Karl Vos laid out his terms for territorial adjustments.", [("Karl Vos", "territory")]),
        ("Norland proposed territorial swaps along the river.", [("Norland", "territory")]),
        ("Norland proposed seasonal adjustments to the river's flow.", []),
        ("Karl Vos laid out his terms for the adjustment of the school holidays.", []),
    ],
    # who urges another to accept a proposal holds its terms beside its author; an urging denied holds nothing
    "urged_to_accept_a_proposal": [
        ("Karl Vos urged Osteria to accept Norland's proposal for direct talks.",
         [("Karl Vos", "negotiation_terms"), ("Norland", "negotiation_terms")]),
        ("Karl Vos went online to urge Osteria to accept Norland's proposal for direct talks.",
         [("Karl Vos", "negotiation_terms"), ("Norland", "negotiation_terms")]),
        ("Karl Vos did not urge Osteria to accept Norland's proposal for direct talks.",
         [("Norland", "negotiation_terms")]),
        ("Karl Vos urged Osteria to read Norland's proposal for direct talks.", [("Norland", "negotiation_terms")]),
        ("Karl Vos urged Osteria not to accept Norland's proposal for direct talks.",
         [("Norland", "negotiation_terms")]),
        ("Karl Vos refused to urge Osteria to accept Norland's proposal for direct talks.",
         [("Norland", "negotiation_terms")]),
    ],
    # a step a side would take ``under the plan`` named before is the plan's author's, wherever the phrase stands
    "under_the_plan_after_the_clause": [
        ("Anna Berg unveiled a plan on Monday. Osteria would give up the valley under the plan, officials said.",
         [("Anna Berg", "territory")]),
        ("Karl Vos unveiled a plan on Monday. Norland would free all prisoners under the proposal.",
         [("Karl Vos", "prisoners")]),
        ("Anna Berg unveiled a plan on Monday. Osteria would give up the valley under a plan of its own.",
         [("Osteria", "territory")]),
        ("Anna Berg unveiled a plan on Monday. Osteria would give up the valley under a deal with Norland.",
         [("Osteria", "territory")]),
    ],
    # a side that ``would agree to`` a step in the outlet's voice, just after a plan with an author is named, is the
    # plan's point; someone's words, a bare offer or one on a condition stay the side's own
    "agreed_in_a_plans_context": [
        ("Norland's plan was leaked on Monday. Osteria would also agree to cap its army at 50,000 troops.",
         [("Norland", "security")]),
        ("Karl Vos unveiled a plan on Monday. Norland would agree to free all prisoners.", [("Karl Vos", "prisoners")]),
        ("Norland's plan was leaked on Monday. Karl Vos said Osteria would agree to cap its army at 50,000 troops.",
         [("Osteria", "security")]),
        ("Norland's plan was leaked on Monday. Osteria would agree to a truce if the shelling stopped.",
         [("Osteria", "ceasefire")]),
        ("Osteria's plan leaked on Monday. Norland, for its part, would agree to a truce.", [("Norland", "ceasefire")]),
    ],
    # a deal made legally or internationally binding is the form the talks must give it; binding guarantees are
    # the security row's, and a court's binding ruling is none
    "legally_binding_deal": [
        ("Norland wants a legally binding agreement with Osteria.", [("Norland", "negotiation_terms")]),
        ("Karl Vos said it is now up to Valdia to make the pact internationally binding.",
         [("Karl Vos", "negotiation_terms")]),
        ("Norland wants legally binding guarantees.", [("Norland", "security")]),
        ("Norland wants the court's ruling to be binding on the clubs.", []),
        ("Norland wants the contract to be legally binding for both companies.", []),
    ],
    # civilians returned or released are prisoners' terms; a return to civilian rule is a government's
    "civilians_returned": [
        ("Norland demanded the return of all deported civilians.", [("Norland", "prisoners")]),
        ("Osteria agreed to release the civilian detainees.", [("Osteria", "prisoners")]),
        ("Norland demanded that the junta set a date for a return to civilian rule.", [("Norland", "governance")]),
        ("Norland wants the release of the civilian airport's flight schedule.", []),
    ],
    # who controls or commands the army or the police is a security term; control of land is territory's, and
    # control of the army's budget is none
    "control_of_the_army": [
        ("Norland wants control of the army transferred to the electoral court.", [("Norland", "security")]),
        ("Osteria demands civilian control over the military.", [("Osteria", "governance"), ("Osteria", "security")]),
        ("Norland wants to regain control of the valley.", [("Norland", "territory")]),
        ("Norland wants control of the army's pension fund transferred to the bank.", []),
        ("Norland wants to regain control of the army base near the river.",
         [("Norland", "security"), ("Norland", "territory")]),
    ],
    # talks named direct and another word, weapons handed over as a noun, forces redeployed out of a place, a
    # power of veto, diplomatic relations restored after their noun, transport links opened; with near misses
    "talks_weapons_relations_and_links": [
        ("Osteria is ready to take part in direct and substantive negotiations with Norland.",
         [("Osteria", "negotiation_terms")]),
        ("Osteria is ready to take part in direct and substantive research on the river.", []),
        ("Osteria said the envoy was direct and the meeting with Norland went well.", []),
        ("Norland demands a gradual handover of Osteria's weapons to the monitors.", [("Norland", "security")]),
        ("Norland demands a gradual handover of Osteria's archives to the museum.", []),
        ("Norland demands that Osteria start redeployments from the valley within two years.",
         [("Norland", "territory")]),
        ("Norland demands that Osteria redeploy its troops to the valley within two years.", []),
        ("Osteria insists on a power of veto over the budget of any unity cabinet.", [("Osteria", "governance")]),
        ("Osteria insists on the power of a veteran over the budget.", []),
        ("Norland wants diplomatic relations with Osteria restored.", [("Norland", "other")]),
        ("Norland wants the embassy's garden restored.", []),
        ("Norland wants the embassy garden restored.", []),
        ("Norland wants the opening of transportation and communication links with Osteria.", [("Norland", "other")]),
        ("Norland wants the opening of a communication office in the capital.", []),
    ],
    # land handed over or ceded named by its noun; the handover of documents or of a prize is none
    "land_handed_over_as_a_noun": [
        ("Osteria insists on a prompt handover of further territory by Norland.", [("Osteria", "territory")]),
        ("Osteria insists on the cession of the eastern regions.", [("Osteria", "territory")]),
        ("Osteria insists on the handover of the documents to the court.", []),
        ("Osteria insists on the cession of its shares in the airline.", []),
        ("Osteria insists on the handover of the province's archives to the museum.", []),
        ("Osteria insists on the handover of the area commander's post.", []),
    ],
    # a deposed leader returned or restored to power or office; power restored to towns is electricity, and
    # staff back at the office are none
    "deposed_leader_restored": [
        ("Norland demanded that the ousted president be returned to power.", [("Norland", "governance")]),
        ("Osteria wants the deposed leader restored to office before the vote.", [("Osteria", "governance")]),
        ("Norland insists that the toppled leader's presidency be restored.", [("Norland", "governance")]),
        ("Norland wants the power supply restored to the eastern towns.", [("Norland", "humanitarian")]),
        ("Osteria wants its staff to return to office work by Monday.", []),
        ("Osteria wants the old mill restored to power the bakery.", []),
        ("Osteria wants the reactor restored to power before the winter.", []),
        ("Osteria wants its civil servants to return to office on Monday.", []),
    ],
    # regional or local leaders to be elected; not elected to a club's board
    "local_leaders_elected": [
        ("Osteria wants regional governors to be elected rather than appointed.", [("Osteria", "governance")]),
        ("Norland proposed that district councils be elected within a year.", [("Norland", "governance")]),
        ("Osteria wants its mayors to be elected to the board of the football club.", []),
        ("Osteria said the governors were elected last year.", []),
    ],
    # revenues or wealth shared are a term of their own; office space shared is none
    "wealth_shared": [
        ("Norland agreed to share oil revenues with the regions.", [("Norland", "other")]),
        ("Osteria wants a wealth-sharing deal with the regions.", [("Osteria", "other")]),
        ("Norland agreed to share office space with the regions.", []),
        ("Norland agreed to share its recipes with the regions.", []),
    ],
    # a meeting at the level of leaders or ministers; experts meeting on a budget are none
    "meeting_at_the_level_of_leaders": [
        ("Osteria said it was ready for a meeting at the level of leaders.", [("Osteria", "negotiation_terms")]),
        ("Norland proposed talks at the level of foreign ministers next month.", [("Norland", "negotiation_terms")]),
        ("Norland wants a meeting at the level of experts on the budget.", []),
        ("Norland wants a meeting at the level of the river's banks.", []),
    ],
    # the principles of a settlement set out first; the principles of a diet are none
    "principles_of_a_settlement": [
        ("Norland wants a memorandum setting out the principles of a settlement.", [("Norland", "negotiation_terms")]),
        ("Osteria proposed principles for a final peace agreement.", [("Osteria", "negotiation_terms")]),
        ("Norland wants the principles of a healthy diet taught in schools.", []),
        ("Osteria proposed principles for a fair football league.", []),
    ],
    # the owner of a goal or demand named after the term holds it, whoever the sentence names first
    "goal_owner_after_the_term": [
        ("A ceasefire with Osteria is Norland's goal.", [("Norland", "ceasefire")]),
        ("Norland wants calm. A truce with Osteria remains its goal.", [("Norland", "ceasefire")]),
        ("A ceasefire with Osteria was reached on Monday.", []),
        ("A ceasefire with Osteria is Norland's best chance, analysts said.", []),
    ],
    # a party that agreed to another's proposal holds its terms, also when the parser hangs the proposal's
    # ``for`` on the verb; agreeing to meet holds no proposal's terms
    "agreed_to_a_proposal_for": [
        ("Osteria agreed to a US plan for an immediate 45-day ceasefire.",
         [("Osteria", "ceasefire"), ("United States", "ceasefire")]),
        ("Osteria agreed to a proposal for an immediate ceasefire.", [("Osteria", "ceasefire")]),
        ("Osteria agreed to meet for talks on a ceasefire.", []),
        ("Osteria agreed to a date for the football final.", []),
    ],
    # a state kept neutral or out of any bloc; not neutral in a dispute
    "neutral_or_out_of_blocs": [
        ("Norland wants Osteria to remain neutral.", [("Norland", "security")]),
        ("Norland wants Osteria to never enter a military-political bloc.", [("Norland", "security")]),
        ("Anna Berg said Norland would remain neutral in the dispute over the river.", []),
        ("Norland wants Osteria to enter the bloc's grain market.", []),
    ],
    # who makes up the army: equal or ethnic shares in it are the security order, seats in government governance
    "shares_in_the_army": [
        ("Under the accord, Osteria's community gets an equal share in the army.", [("Osteria", "security")]),
        ("Norland wants ethnic quotas in the armed forces.", [("Norland", "security")]),
        ("Norland wants equal representation in parliament.", [("Norland", "governance")]),
        ("Norland praised the equal representation of women in the army choir.", []),
    ],
    # land a party says is not up for negotiation, or not part of any talks; a budget not up for debate is none
    "land_not_negotiable": [
        ("Norland says the islands are not up for negotiation.", [("Norland", "territory")]),
        ("Norland does not regard the northern peninsula as a subject for any future talks.", [("Norland", "territory")]),
        ("Norland says the budget is not up for debate.", []),
    ],
    # how the talks must go: concessions from both sides, a dialogue of all parties, a party part of the talks
    "talks_of_all_sides": [
        ("Norland said any final accord would call for concessions from both sides.",
         [("Norland", "negotiation_terms")]),
        ("Norland said an inclusive dialogue among all the factions would be vital for a settlement.",
         [("Norland", "negotiation_terms")]),
        ("Norland stressed the need for Osteria to be part of the peace talks.", [("Norland", "negotiation_terms")]),
        ("Norland said the mining concessions from both sides would be reviewed next year.", []),
        ("Norland said Osteria would be part of the trade fair.", []),
    ],
    # a provisional or interim authority; a provisional timetable for a football league is none
    "provisional_authority": [
        ("Norland proposed a provisional administrative structure for the north.", [("Norland", "governance")]),
        ("Norland proposed a provisional squad for the football league.", []),
    ],
    # a sum of aid given: the giver's term; the party it goes to sets none
    "sums_of_aid": [
        ("Norland pledged to provide 400 million euros in aid to Osteria to help the peace talks.",
         [("Norland", "humanitarian")]),
        ("Donor states pledged to provide 400 million euros in aid to Osteria to help the peace talks.", []),
        ("Norland said 400 million euros in bonds would be sold to Osteria next year.", []),
    ],
    # a deal signed as protocols is a document: the deal named next by another word is the signers'
    "protocols_signed": [
        ("Norland and Osteria signed two protocols on Monday. The resulting accord, which envisions a truce plus "
         "an amnesty, came after talks in the capital.", [("Norland", "accountability"), ("Norland", "ceasefire"),
                                                          ("Osteria", "accountability"), ("Osteria", "ceasefire")]),
        ("Norland's doctors followed the protocol for the new vaccine.", []),
    ],
    # the status of a disputed land decided, put off or made final
    "status_of_a_land": [
        ("Norland and Osteria agreed to defer any decision on the valley's status until 2030.",
         [("Norland", "governance"), ("Osteria", "governance")]),
        ("Norland wants the final status of the valley settled first.", [("Norland", "governance")]),
        ("Norland wants a quick decision on its status as a donor country.", []),
    ],
    # a state's territorial sovereignty respected, as its territorial integrity is
    "territorial_sovereignty": [
        ("Norland insists that the territorial sovereignty of every state be respected.", [("Norland", "territory")]),
        ("Norland demands respect for the sovereignty of its central bank.", []),
    ],
    # a side's hold on land recognised as the price of a deal
    "control_over_land_recognised": [
        ("Norland insists any accord must recognise Osteria's control over both provinces.",
         [("Norland", "territory")]),
        ("Osteria demands recognition of its control over all the eastern districts.", [("Osteria", "territory")]),
        ("Norland insists any accord must recognise Osteria's control over the budget.", []),
    ],
    # an armed group named by its acronym becomes a political party
    "acronym_group_becomes_a_party": [
        ("Norland directed that the NLFO become a political party by next spring.", [("Norland", "governance")]),
        ("Norland said that the NLFO became a popular party in the capital.", []),
    ],
    # a refusal asked for in a demand's content is the demand's term, its holder the one who demands; a
    # refusal in a clause set beside the demand is the refuser's own
    "a_refusal_asked_for_is_the_askers_term": [
        ("Osteria wants guarantees that Norland will never withdraw its soldiers from the valley.",
         [("Osteria", "territory")]),
        ("Osteria insists on pledges that Norland will not withdraw its soldiers from the valley.",
         [("Osteria", "territory")]),
        ("Osteria wants talks, but Norland will never withdraw its soldiers from the valley.",
         [("Norland", "territory")]),
        ("Osteria wants talks, although Norland will never withdraw its soldiers from the valley.",
         [("Norland", "territory")]),
    ],
    # the parties a term is asked of, joined by ``and``, set none of it; a source named beside them does
    "the_asked_parties_joined_by_and_set_no_term": [
        ("Besides, Norland and Osteria should carry out a swap of all detainees.", []),
        ("Besides, Karl Vos and Anna Berg should carry out a swap of all detainees.", []),
        ("According to Berg, Norland and Osteria should carry out a swap of all detainees.",
         [("Anna Berg", "prisoners")]),
    ],
    # what would break down by itself holds no term: whoever warns of it sets the condition
    "breakdown_warned_of": [
        ("Osteria's new cabinet will collapse if the rebels fail to disarm by March, Karl Vos warned.",
         [("Karl Vos", "security")]),
        ("Karl Vos warned that Osteria's coalition would unravel unless the rebels disarm.", [("Karl Vos", "security")]),
        # the parser may hang the subject of what would collapse on the verb above it
        ("Osteria's new council to be formed in May would collapse if the rebels fail to disarm by March, "
         "opposition leader Karl Vos warned tonight.", [("Karl Vos", "security")]),
        # a party that acts of its own will still holds what it offers
        ("Osteria's army will withdraw if the rebels disarm by March, Karl Vos said.", [("Osteria", "security")]),
        # a verb of breaking down with an object is a deed of its subject's
        ("Osteria said Norland threatened to collapse the government unless Osteria's army leaves the occupied "
         "territory.", [("Norland", "territory")]),
    ],
    "a_deal_weighed_by_a_modal_is_the_speakers_not_its_parties": [
        # a deal yet to come about that a modal or a negation weighs binds no one: the speaker sets the term
        ("Karl Vos said a deal to end the Norland-Osteria war would be impossible unless Osteria pulled its "
         "units out of the valley.", [("Karl Vos", "territory")]),
        ("Karl Vos said a settlement to end the Norland-Osteria war could not be achieved unless the detainees "
         "are freed.", [("Karl Vos", "prisoners")]),
        # a deal made, or one named before, is its parties'
        ("Karl Vos said the accord to end the Norland-Osteria war requires Osteria to pull its units out of the "
         "valley.", [("Norland", "territory")]),
        ("Karl Vos said a deal to end the Norland-Osteria war was reached on Friday and requires Osteria to pull "
         "its units out of the valley.", [("Norland", "territory")]),
        # a deal that will be signed is scheduled, not weighed
        ("Karl Vos said a deal to end the Norland-Osteria war will be signed on Friday and requires Osteria to "
         "pull its units out of the valley.", [("Norland", "territory")]),
    ],
    "widening_a_measure_on_a_condition_is_a_term": [
        # widening a measure acts on it as tightening does
        ("Norland would widen its embargo on Osteria unless Osteria frees the detainees.",
         [("Norland", "prisoners"), ("Norland", "sanctions")]),
        ("Norland would widen the coastal road unless Osteria frees the detainees.", [("Norland", "prisoners")]),
    ],
    "the_deal_parties_just_agreed_to_is_theirs": [
        # a deal named with ``the`` right after the parties agreed to it is theirs, each of them
        ("Norland and Osteria agreed to a full truce on Monday. The agreement provides for the withdrawal of "
         "their units from the valley.", [("Norland", "ceasefire"), ("Norland", "territory"), ("Osteria", "ceasefire"),
                                          ("Osteria", "territory")]),
        # parties that did not agree, or a deal no one is said to have agreed to, hold nothing of it
        ("Norland and Osteria have not agreed to a truce. The agreement provides for the withdrawal of their units "
         "from the valley.", []),
        ("Norland and Osteria met on Monday. The agreement provides for the withdrawal of their units from the "
         "valley.", []),
    ],
    "a_deal_regarding_a_peoples_political_rights": [
        # a deal reached regarding or concerning a step; a people's political rights are governance
        ("Norland and the Front reached an accord regarding political rights for the hill clans.",
         [("Norland", "governance")]),
        ("Norland and Osteria signed a deal concerning the withdrawal of their units from the valley.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        # a deal on prices is no term; political rights activists named in passing are none
        ("Norland and Osteria reached a deal regarding the price of grain.", []),
        ("Norland's police detained two political rights activists on Monday.", []),
        # political rights given to a people
        ("Norland signed a pact with Osteria on Monday. Under the pact, Norland grants political rights to the hill clans.",
         [("Norland", "governance")]),
    ],
    "a_joint_body_to_go_on_talking_is_the_talks_format": [
        ("Norland and Osteria signed an accord on Monday. The accord provides for a joint commission to further "
         "discuss the status of the valley.", [("Norland", "negotiation_terms"), ("Osteria", "negotiation_terms")]),
        ("Norland and Osteria signed an accord on Monday. The accord provides for a joint commission to organise "
         "the spring fair.", []),
        ("Norland and Osteria signed an accord on Monday. The accord provides for a joint task force to tackle "
         "cattle smuggling.", []),
    ],
    "a_named_detainee_set_free_or_brought_back": [
        # a named person's release or return is a prisoners term, a role or a quoted title before the name
        ("Osteria demanded the release of Tomas Brill, its former commander.", [("Osteria", "prisoners")]),
        ("Osteria asked Norland to help bring back its \u2018deputy leader\u2019 Tomas Brill from abroad.",
         [("Osteria", "prisoners")]),
        ("Osteria demanded the freeing of its chief negotiator Tomas Brill.", [("Osteria", "prisoners")]),
        # a report, a title or a region after the verb is no person
        ("Osteria demanded the release of the Harbour Board Report.", []),
        ("Osteria demanded the return of the Lake Heights.", []),
        ("Osteria welcomed the release of Tomas Brill on Monday.", []),
    ],
    "traffic_on_a_road_or_across_a_border_opened": [
        # a deal's opening of road, rail or border traffic is a humanitarian term; traffic lights are none
        ("Norland and Osteria signed a pact on Monday. The pact stipulates the resumption of civilian traffic through "
         "the mountain pass.",
         [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
        ("Norland and Osteria signed a pact on Monday. The pact stipulates the resumption of rail traffic between "
         "the two capitals.", [("Norland", "humanitarian"), ("Osteria", "humanitarian")]),
        ("Norland and Osteria signed a pact on Monday. The pact stipulates the opening of traffic lights at the "
         "harbour.", []),
    ],
    "the_agreement_after_parties_agreed_to_take_a_step": [
        # parties that agreed to take a step of a truce made a deal: ``the agreement`` after it is theirs
        ("Norland and Osteria have agreed to cease hostilities at the border. The agreement stipulates the reopening "
         "of the border crossings.", [("Norland", "ceasefire"), ("Norland", "humanitarian"), ("Osteria", "ceasefire"),
                                      ("Osteria", "humanitarian")]),
        ("Norland and Osteria agreed to withdraw their troops from the ridge. The agreement stipulates an exchange of "
         "all prisoners.", [("Norland", "prisoners"), ("Norland", "territory"), ("Osteria", "prisoners"),
                            ("Osteria", "territory")]),
        # agreeing to meet again makes no deal: an ``agreement`` after it has no party named
        ("Norland and Osteria agreed to meet again next month. The agreement stipulates the reopening of the border "
         "crossings.", []),
    ],
    "not_supporting_a_bid_or_an_unrealistic_objective": [
        # a party that will not support a step, or calls a step an unrealistic objective, draws a red line
        ("Anna Berg said Norland would not support Osteria's bid to join the military alliance.",
         [("Norland", "security")]),
        ("Anna Berg called a return to Osteria's old frontiers an unrealistic goal.",
         [("Anna Berg", "territory")]),
        # backing down, or a budget called unrealistic, is none
        ("Anna Berg said Norland would not back down over the alliance.", []),
        ("Anna Berg said that the harbour board's new budget is unrealistic.", []),
    ],
    "an_autonomous_region_with_a_word_between": [
        # an autonomous region a party seeks, one word between, is governance; a test track for cars is none
        ("Osteria wants an autonomous tribal homeland in the hills.", [("Osteria", "governance")]),
        ("Osteria demands a new autonomous tribal administration for the valley.", [("Osteria", "governance")]),
        ("Osteria is seeking an autonomous driving region for its test cars.", []),
    ],
    "a_deal_dated_to_a_year": [
        # a deal reached on a date with its year is history retold, not a term set now
        ("Anna Berg said Norland and Osteria reached a truce deal in July 1994.", []),
        ("Anna Berg said Norland and Osteria struck a truce deal on October 3, 2001, after long talks.", []),
        # the day alone, or a place, is this week's news: the deal's terms stand
        ("Anna Berg said Norland and Osteria reached a truce deal on Monday.", [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        ("Anna Berg said Norland and Osteria reached a truce deal in Lakeport.",
         [("Norland", "ceasefire"), ("Osteria", "ceasefire")]),
        # what was agreed ``on`` is no date, whatever year it names
        ("Anna Berg said Norland and Osteria agreed on a return to the 1994 borders.",
         [("Norland", "territory"), ("Osteria", "territory")]),
    ],
    "a_border_to_be_marked": [
        # a border to be marked on the ground is a term on the line
        ("Norland and Osteria signed a peace deal. The deal sets up a commission to mark the 300-mile border.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        ("Norland wants a joint team to mark the common boundary with Osteria.", [("Norland", "territory")]),
        # a ceremony for a border's reopening, or the boundary of something else, is none
        ("Norland wants a ceremony to mark the border reopening.", [("Norland", "humanitarian")]),
        ("Norland wants a vote to mark the boundary of its influence.", []),
    ],
    "a_united_nations_force": [
        # a UN force or troops to be deployed: a foreign force keeping the line
        ("Norland demands that a UN force be sent to the valley.", [("Norland", "security")]),
        ("Norland wants U.N. troops to patrol the border.", [("Norland", "security")]),
        # its commanders at the talks, or a team of another kind, are none
        ("Norland wants the UN force commanders to attend the talks.", [("Norland", "negotiation_terms")]),
        ("Norland wants the UN mission to investigate the killings.", [("Norland", "accountability")]),
    ],
    "be_to_after_a_signed_deal": [
        # ``are to`` tells a signed deal's points as ``will`` does
        ("Norland and Osteria signed a truce on Monday. Both armies are to pull back from the valley by June 2.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        ("Norland and Osteria signed a truce on Monday. Both armies are to pull back from the river by Friday.",
         [("Norland", "territory"), ("Osteria", "territory")]),
        # no deal signed, or a negated ``be to``, tells no point
        ("Norland and Osteria discussed a truce on Monday. Both armies are to pull back from the valley by June 2.", []),
        ("Norland and Osteria signed a truce on Monday. The armies are not to pull back from the valley.", []),
        # what was due, what is not done yet, blame, or a task as the subject, is no point of the deal
        ("Norland and Osteria signed a truce on Monday. Both armies were to pull back from the valley by June 2.", []),
        ("Norland and Osteria signed a truce on Monday. Both armies are yet to pull back from the valley.", []),
        ("Norland and Osteria signed a truce on Monday. Both armies are to blame for the collapse of the old truce.", []),
        ("Norland and Osteria signed a truce on Monday. The hard part is to get both armies to pull back from the valley.",
         []),
    ],
    "talks_with_the_current_leadership": [
        # talks with the other side's current leadership or government, refused or offered: a term on whom to talk to
        ("Anna Berg ruled out a dialogue with the incumbent Osterian leadership.", [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said Norland was ready for negotiations with Osteria's current government.",
         [("Norland", "negotiation_terms")]),
        # talks with a union's or a bank's leaders are no term of the war
        ("Anna Berg ruled out a dialogue with the current trade union leadership.", []),
        ("Anna Berg ruled out a dialogue with the current leaders of the union.", []),
    ],
    "no_settlement_without_a_party": [
        # no peace, deal or plan that would work without a party's participation or consent: a term on who takes part
        ("No peace plan for the region would succeed without Norland's participation, Anna Berg said.",
         [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said no new accord would work without Osteria's consent.", [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said no plan will be successful without Osteria's consent.", [("Anna Berg", "negotiation_terms")]),
        ("Anna Berg said there could be no lasting peace without Norland's participation.",
         [("Anna Berg", "negotiation_terms")]),
        # a past fact, a question, or a party left out of talks already held, sets no term
        ("Anna Berg said no deal had been signed without Norland's participation.", []),
        ("Anna Berg said no talks took place without Norland's participation.", []),
        ("Anna Berg asked whether there would be no accord without Norland's participation.", []),
        ("No plan exists yet and the talks went ahead without Norland's participation.", []),
    ],
    "a_refused_step_is_the_refusers_not_its_owners": [
        # a refusal said of a party's step is the sayer's, not the party's whose step it is
        ("Karl Vos said Osteria's return to the old borders is unacceptable.", [("Karl Vos", "territory")]),
        # with no one else to say it, the step's owner refuses its own step
        ("Norland's disarmament is unacceptable, the country's army chief said.", [("Norland", "security")]),
    ],
    "a_demanded_step_is_the_askers_not_its_owners": [
        # a party's step named as a condition or demand is the sayer's term, not the party's whose step it is
        ("Anna Berg said Osteria's neutrality was a key condition.", [("Anna Berg", "security")]),
        ("Osteria's withdrawal from the valley is a precondition for any talks, Karl Vos said.",
         [("Karl Vos", "negotiation_terms"), ("Karl Vos", "territory")]),
        # with no one else to ask it, the step's owner holds it; a party's own demand named as a condition is its own
        ("Osteria's neutrality was a key condition for the deal.", [("Osteria", "security")]),
        ("Anna Berg said Osteria's demand for a truce was a key condition.", [("Osteria", "ceasefire")]),
        # a goal or demand whose owner the cue names keeps that owner
        ("Anna Berg said Norland's neutrality remains its main goal.", [("Norland", "security")]),
        # what a party holds or gains, named as a condition, is its own demand
        ("Osteria's right to defend itself is a key condition for any deal, Anna Berg said.", [("Osteria", "security")]),
    ],
    "a_clause_on_the_subject_tells_who_it_is_not_what_it_asks": [
        # a relative clause set off by commas on the subject of a cue: what it tells is no term of the cue
        ("But Anna Berg, who said Norland had helped arrange exchanges of detainees, now seeks a bigger role.", []),
        # the cue's own content stays its term, and the clause's own cue makes its own row
        ("Anna Berg, who once led the army, now demands that Osteria free all prisoners.", [("Anna Berg", "prisoners")]),
        ("Norland, which wants a truce along the river, sent envoys to the talks on Monday.", [("Norland", "ceasefire")]),
        # a thing's clause may be the term itself
        ("A deal, which would free all prisoners held in the valley, remains Norland's main goal.",
         [("Norland", "prisoners")]),
    ],
    "a_term_named_before_its_holders_demand_is_the_holders": [
        # the term first, then one of the holder's demands, or what the holder wants
        ("Osteria's neutrality was one of Norland's demands.", [("Norland", "security")]),
        ("Osteria's neutrality is what Norland is asking for.", [("Norland", "security")]),
        ("One of Norland's demands is the release of every detainee.", [("Norland", "prisoners")]),
        ("Karl Vos said one of Norland's main conditions for a deal is a truce along the river.", [("Norland", "ceasefire")]),
        ("Karl Vos said a truce along the river was exactly what Norland demanded.", [("Norland", "ceasefire")]),
        ("Anna Berg said one of Osteria's red lines is any withdrawal from the valley.", [("Osteria", "territory")]),
        ("One of the conditions in Osteria's plan is a truce along the river, Anna Berg said.", [("Osteria", "ceasefire")]),
        # what one fears or believes another wants, a want never held, a demand met in the past: none
        ("A truce along the river is what Karl Vos believes Norland wants.", []),
        ("A withdrawal from the valley is what Osteria has never sought.", []),
        ("One of Norland's demands was finally met when Osteria freed the prisoners.", []),
        # a demand of no party, or a demand named and then refused, is none
        ("One of the demands of the protesters was higher wages.", []),
        ("One of Norland's demands was rejected by Osteria after the truce.", []),
    ],
    "a_series_the_parser_made_the_main_verb_is_still_called_for": [
        # the second and third verbs of a series a document calls for, which the parser made the main verb
        ("Norland's draft calls for Osteria to cede land to Valdia, cap its army at 40,000 troops, and drop its bid to "
         "join the alliance.", [("Norland", "security"), ("Norland", "territory")]),
        # a series with no verb after the first: its one term
        ("Norland's draft calls for Osteria to cede land to Valdia.", [("Norland", "territory")]),
    ],
    "what_renewed_calls_ask_for_is_their_term": [
        # a ``for ... to`` clause after a noun of demands is what the demands ask, wherever the parser hangs it
        ("Karl Vos renewed his calls for Osteria to cede the valley.", [("Karl Vos", "territory")]),
        ("Karl Vos renewed his calls for Osteria to join the football league.", []),
        # calls withdrawn are no longer the speaker's
        ("Karl Vos withdrew his calls for Osteria to cede the valley.", []),
    ],
    "who_condemns_or_likens_calls_holds_none_of_them": [
        # one who condemns calls for a step, or likens them to something else, answers others' calls: no term of its own
        ("Karl Vos likened calls for Osteria to cede the valley to the appeasement of an earlier age.", []),
        ("Karl Vos condemned demands for Osteria to cede the valley.", []),
        # one who echoes the calls, or compares something else and demands the step, holds it
        ("Karl Vos echoed calls for Osteria to cede the valley.", [("Karl Vos", "territory")]),
        ("Karl Vos compared the two drafts and demanded that Osteria cede the valley.", [("Karl Vos", "territory")]),
    ],
}


@pytest.mark.parametrize("text, expected", [
    # the person is named elsewhere in full; in the plan's name the tables mark no mention
    ("Anna Berg spoke on Monday. The Berg Plan includes lifting the sanctions on Osteria.", [("Anna Berg", "sanctions")]),
    ("Anna Berg spoke on Monday. The key provisions of the Berg Plan include a truce along the river.",
     [("Anna Berg", "ceasefire")]),
    ("Anna Berg spoke on Monday. The Berg plan includes lifting the sanctions on Osteria.", [("Anna Berg", "sanctions")]),
    # no one of the article bears the name: no holder
    ("Anna Berg spoke on Monday. The Lund Plan includes lifting the sanctions on Osteria.", []),
])
def test_a_plan_named_after_a_person_of_the_article_is_theirs(pipe, text, expected):
    mentions = [m for m in mentions_in(text, {"Anna Berg": ACTORS["Anna Berg"], "Osteria": ACTORS["Osteria"]})]
    assert pairs(conditions.find_conditions(pipe(text), "t.txt", mentions, [], taxonomy=GENERIC)) == expected


@pytest.mark.parametrize("text, expected", [case for cases in PATTERN_CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in PATTERN_CASES.items() for i in range(len(cases))])
def test_a_pattern_of_news_language_gives_its_terms(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


_SUMMARY_LEAD = ("Norland published a plan for the river last week.\n\nThe talks opened in a lakeside hotel.\n\n"
                 "Delegates arrived late on Sunday.\n\nReporters waited in the lobby for hours.\n\n"
                 "Where things stand on the third day:\n\n")


@pytest.mark.parametrize("item, expected", [
    # a summary list whose opener names no holder: an item with its own subject says whose term it is
    ("- Osteria has tied any deal to the release of its prisoners.", [("Osteria", "prisoners")]),
    # an item with no subject of its own still falls to the last plan named before the list
    ("- A truce along the river within ten days.", [("Norland", "ceasefire")]),
    # nor does an item whose subject only received a plan
    ("- Osteria has studied the call for a truce along the river.", [("Norland", "ceasefire")]),
])
def test_an_item_of_a_summary_list_with_its_own_subject_is_that_subject_s(pipe, item, expected):
    assert pairs(rows_for(pipe, _SUMMARY_LEAD + item + "\n- The next session opens on Tuesday.\n")) == expected


_DIGEST_LEAD = ("Norland has offered a plan for ending the fighting.\n\nKey points\n\n"
                "• Osteria said the talks would go on.\n\n")


@pytest.mark.parametrize("item, expected", [
    # a digest's point whose actor speaks in it is that actor's, even after a list its opener holds
    ("• Karl Vos says the fighting would stop at once if Norland pulled its forces out of the valley.",
     [("Karl Vos", "territory"), ("Norland", "ceasefire")]),
    # a point with no speaker of its own is still the opener's plan's
    ("• Osteria withdraws its forces from the valley.", [("Norland", "ceasefire"), ("Norland", "territory")]),
])
def test_a_point_whose_actor_speaks_in_it_is_the_speaker_s(pipe, item, expected):
    assert pairs(rows_for(pipe, _DIGEST_LEAD + item + "\n")) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal one only witnesses is none of one's own: its parties hold what it calls for
    ("Anna Berg flew in to witness the accord, which calls for a vote within three years.", []),
    ("Norland and Osteria signed a peace accord on Monday. Anna Berg flew in to witness the accord, which "
     "calls for a vote within three years.", [("Norland", "governance"), ("Osteria", "governance")]),
    ("Anna Berg drafted the accord, which calls for a vote within three years.", [("Anna Berg", "governance")]),
    # whoever is aware of the terms is told them; the speaker's side sets them
    ("Karl Vos said Osteria is well aware of conditions that, once fulfilled, would halt the fighting at once.",
     [("Karl Vos", "ceasefire")]),
    ("Karl Vos said Osteria has set conditions that, once fulfilled, would halt the fighting at once.",
     [("Osteria", "ceasefire")]),
    # a plan's point read from a draft of it: the plan's author's, not the party that would agree to it
    ("Norland wrote a peace plan last month. According to a draft leaked to the press, Osteria would agree to "
     "pull its soldiers out of the valley.", [("Norland", "territory")]),
    ("Norland wrote a peace plan last month. Osteria would agree to pull its soldiers out of the valley under "
     "its own plan.", [("Osteria", "territory")]),
    # the draft cited as the source, two sentences after the plan was named with its author
    ("Norland presented a peace plan on Monday. Reporters said the text was shown to the envoys. According to a "
     "leaked draft, Osteria would agree to pull its soldiers out of the valley.", [("Norland", "territory")]),
    ("According to a leaked draft, Osteria would agree to pull its soldiers out of the valley.",
     [("Osteria", "territory")]),
    # one who gives a reaction to a proposal answers it and did not write it; a reaction that is a proposal is one's own
    ("Anna Berg gave her reaction to the truce proposal.", []),
    ("Anna Berg's reaction was a proposal for a truce.", [("Anna Berg", "ceasefire")]),
    # the one given time to act, or directed to, is asked: a summit or leaders no one names hold no row
    ("The summit gave Osteria six weeks to begin direct talks.", []),
    ("Norland gave Osteria six weeks to begin direct talks.", [("Norland", "negotiation_terms")]),
    ("The council directed that Osteria join an interim government within a year.", []),
])
def test_who_witnesses_knows_reads_or_is_given_a_term_does_not_hold_it(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses of the cues read from warnings, challenges, pressure, directives and deadlines
    ("The Norland embassy warned its nationals to avoid any travel to the occupied valley.", []),
    ("Karl Vos challenged Norland's claim to the occupied valley at the tribunal.", []),
    ("Mounting pressure on Anna Berg to free the detainees grew on Friday.", []),
    ("Osteria faces Norwegian pressure to lift the sanctions.", [("Norway", "sanctions")]),
    ("The court directed that the detainees be freed, Osteria media reported.", []),
    ("Anna Berg stood for the national anthem before the talks with Osteria.", []),
    ("The Norland pension plan guarantees that retirees will be paid even if sanctions hit Osteria.", []),
    ("Osteria missed the deadline set by the court to free the detainees.", []),
    ("The summit gave Osteria a week to free the detainees.", []),
    ("Karl Vos, who had to free the detainees, told reporters the talks with Norland were over.", []),
    # and of the rows: a trade bloc, gender balance in the army, a budget's process
    ("Norland wants to join a trade bloc with its neighbours.", []),
    ("Anna Berg called for gender balance in the military.", []),
    ("Norland wants all parties to be part of the process of drafting the budget.", []),
])
def test_near_misses_of_the_cues_and_rows_read_this_session(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("source, holder", [
    # an unnamed source described by a union's adjective speaks for the union
    ("European officials", ("European Union", "INT")),
    # one described otherwise stays unnamed, with no side
    ("Senior officials", ("unnamed: Senior officials", "")),
])
def test_an_unnamed_source_named_by_a_union_s_adjective_is_the_union_s(pipe, source, holder):
    text = f"{source} stressed the need for Osteria to be part of the peace talks."
    said = "the need for Osteria to be part of the peace talks"
    start = text.index(said)
    quote = dict(article="t.txt", kind="indirect", speaker=f"unnamed: {source}", speaker_country="", quote=said,
                 cue="stressed", start=start, end=start + len(said), sentence=text, speaker_surface=source)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert {(r["holder"], r["holder_country"]) for r in rows} == {holder}


@pytest.mark.parametrize("verb, holder", [("seen", "Norland"), ("written", "Karl Vos")])
def test_a_speaker_who_only_read_the_document_does_not_hold_its_terms(pipe, verb, holder):
    # the quote table may give the items to whoever saw a copy; the document speaks for its author
    text = (f"Norland's draft tries to please everyone. According to a copy {verb} by Karl Vos, the plan envisions "
            "a sequence: Osterian units withdraw from the hills within ten days.")
    items = "Osterian units withdraw from the hills within ten days"
    start = text.index(items)
    quote = dict(article="t.txt", kind="indirect", speaker="Karl Vos", speaker_country="OST", quote=items,
                 cue="according to", start=start, end=start + len(items), sentence=text, speaker_surface="Karl Vos")
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert pairs(rows) == [(holder, "territory")]


# (a sentence, its (holder, story category) pairs) with the seeds' story's own categories; a near miss of
# the story's vocabulary carries a cue, so a row that matched its topic words alone would fail it
SEEDS_STORY_CASES = [
    # a force to keep the armies apart is the story's buffer; separating families or waste is none
    ("Norland wants a peacekeeping force to separate Osterian and Norland troops.", [("Norland", "demilitarization"),
                                                                                    ("Norland", "security_architecture")]),
    ("Norland wants a relief agency to separate families from the fighting.", []),
    ("Norland wants separate talks on Osterian troops in the valley.", [("Norland", "negotiation_terms")]),
    ("Norland wants aid workers to separate civilians from armed forces in the valley.", [("Norland", "other")]),
    # membership in the alliance by its long name is the story's NATO membership; a grain council is none
    ("Karl Vos said that Norland's membership of the North Atlantic Alliance was unacceptable to Osteria.",
     [("Osteria", "nato_membership")]),
    ("Karl Vos said Norland's membership in the grain council is unacceptable to Osteria.", []),
    # outside states asked to refrain from shipping arms: the story's military aid; food parcels are none
    ("Norland insists that other states refrain from shipping arms into Osteria.", [("Norland", "military_aid")]),
    ("Norland insists that other states refrain from shipping food parcels into Osteria.", []),
    # a security accord with the other side is the story's security order; a trade accord is none
    ("Norland insists that Europe needs a security accord with Osteria first.", [("Norland", "security_architecture")]),
    ("Norland insists that Europe needs a trade accord with Osteria first.", []),
    # foreign bases are the story's security order; foreign fishing fleets are none
    ("Osteria insists on a ban on allied air bases in Norland.", [("Osteria", "security_architecture")]),
    ("Osteria insists on a ban on foreign fishing fleets in Norland.", []),
    # a pact guaranteed by outside powers is the story's security order; a loan guaranteed by a bank is none
    ("Norland wants the accord to be guaranteed by leading powers.", [("Norland", "security_architecture")]),
    ("Norland wants the loan to be guaranteed by the central bank.", []),
    # international troops on the ground are the story's security order, as foreign troops are; observers are a truce's
    ("Norland proposed that international troops be stationed along the line.", [("Norland", "security_architecture")]),
    ("Norland proposed that international observers be stationed along the line.", [("Norland", "negotiation_terms")]),
    # a military presence near a party's borders is the story's security order; one near a stadium is none
    ("Norland wants the West to stop expanding its military presence near its borders.",
     [("Norland", "security_architecture")]),
    ("Norland wants the West to stop expanding its military presence near the stadium.", []),
    # long-range missiles a side wants are the story's military aid; long-range forecasts are none
    ("Osteria wants long-range missiles to strike targets deep inside Norland.", [("Osteria", "military_aid")]),
    ("Osteria wants long-range forecasts before the harvest.", []),
    # taking part in alliances is the story's alliance membership; taking part in festivals is none
    ("Norland insists on participating in any alliances it chooses.", [("Norland", "nato_membership")]),
    ("Norland insists on participating in any festivals it chooses.", []),
    ("Norland insists that parties participating in alliances for the elections must register.", [("Norland", "other")]),
    # limits on a party's defence forces, as on its army, are the story's demilitarization; on its defence budget, none
    ("Norland insists there must be no restrictions on Osteria's defence forces.", [("Norland", "demilitarization")]),
    ("Norland insists there must be no restrictions on Osteria's defence budget.", []),
    # heavy forces pulled back from the line are the story's demilitarization; heavy machinery moved is none
    ("Norland is ready to pull back its heavy forces if Osteria mirrors the pullback.", [("Norland", "demilitarization")]),
    ("Norland is ready to move its heavy machinery to the new factory.", []),
    ("Norland is ready to move its heavy forces to the border.", [("Norland", "territory")]),
    # relief on a party's exports or banks is the story's sanctions; relief for flood victims is none
    ("Osteria says relief on its grain exports and its banks must come first.", [("Osteria", "sanctions")]),
    ("Osteria says relief for the flood victims must come first.", []),
    # forces disengaged, or zones of disengagement, are a buffer between the armies; disengaging from talks is none
    ("Osteria pledged to disengage its forces in three more sectors by March.", [("Osteria", "demilitarization")]),
    ("Osteria insists on new zones of disengagement along the river.", [("Osteria", "demilitarization")]),
    ("Osteria demands the disengagement of Osterian and Norlandic forces along the river.",
     [("Osteria", "demilitarization")]),
    ("Osteria pledged to disengage from the talks by March.", []),
    # money shared is the story's 'other'; a loan's guarantor, a draft's article and a fishing zone are no security
    ("Osteria insists on a fair oil-sharing formula.", [("Osteria", "other")]),
    ("Norland wants the bank to act as guarantor of the loan for the new bridge.", []),
    ("Norland wants Article 4 of the draft, on the river ferries, rewritten.", []),
    ("Norland wants a fishing zone 200 miles wide off its coast.", []),
    ("Osteria demands Russian-language instruction in the eastern regions.", [("Osteria", "denazification")]),
    # what a party would treat as a legitimate target, guarantors and treaty articles, foreign military contingents,
    # artillery pulled back and a zone of a given depth
    ("Karl Vos said any foreign contingent on Osterian soil would be regarded as a legitimate military target.",
     [("Karl Vos", "security_architecture")]),
    ("Karl Vos said the old fort was regarded as a legitimate tourist attraction for foreign troops.", []),
    ("Norland wants the guarantors to meet within a day of any attack.", [("Norland", "security_architecture")]),
    ("Norland demands that no foreign military contingents stay on Osterian soil.", [("Norland", "security_architecture")]),
    ("Norland wants Osteria's artillery pulled back from the line.", [("Norland", "demilitarization")]),
    ("Norland wants the old guns moved back to the museum.", []),
    ("Norland proposes a zone 20 kilometres deep along the river.", [("Norland", "demilitarization")]),
    # a rollback written as one word
    ("Norland offers Osteria a staged rollback of sanctions.", [("Norland", "sanctions")]),
    ("Norland offers its workers a staged rollback of the pension reform.", []),
    # schooling in a community's language and the right to worship are the story's laws on language and church
    ("Norland insists that Osteria guarantee minority-language schooling and the right of every church to worship.",
     [("Norland", "denazification")]),
    ("Norland insists that Osteria guarantee a right to strike.", []),
    # an army capped at a number, a modal and its auxiliary between; a cap on its pay is none
    ("Under Norland's plan, the Osterian army would be capped at 40,000 soldiers.", [("Norland", "demilitarization")]),
    ("Norland demands that the army's pay be capped at last year's level.", []),
    # a measure kept until a term is met, inside a longer phrase of the story's category: the cue still counts
    ("Anna Berg said sanctions on Osteria would remain until Osteria ended its offensive.",
     [("Anna Berg", "negotiation_terms"), ("Anna Berg", "sanctions")]),
    # kept until a date: a time frame, no term
    ("Anna Berg said sanctions on Osteria would remain until the spring.", []),
    # weapons supplies named before the verb that stops them
    ("Norland said it would agree to a truce only if foreign arms supplies were halted.", [("Norland", "military_aid")]),
    ("Norland wants foreign weapons deliveries to Osteria to stop.", [("Norland", "military_aid")]),
    ("Norland wants the grain deliveries to Osteria to stop.", []),    # the right to choose alliances, an army cut to a size, rearming in a pause, frozen assets
    ("Norland will sign no deal that bars Osteria from joining alliances.", [("Norland", "nato_membership")]),
    ("Norland says Osteria joined two trade alliances.", []),
    ("Norland wants Osteria's armed forces cut to 50,000 soldiers.", [("Norland", "demilitarization")]),
    # a ceiling on troop numbers; troop numbers or troop pay alone are no limit
    ("Norland rules out every limit on its troop numbers.", [("Norland", "demilitarization")]),
    ("Osteria wants the troop ceiling kept in the draft.", [("Osteria", "demilitarization")]),
    ("Osteria wants troop numbers at the border published.", []),
    ("Osteria wants a ceiling on troop pay.", []),
    ("Norland says any pause must not let Osteria receive new weapons.", [("Norland", "military_aid")]),
    ("Norland says any pause must let Osteria receive new uniforms.", []),
    ("Norland insists that the immobilised Osterian assets remain frozen.", [("Norland", "sanctions")]),
    ("Norland insists that its new assets abroad remain insured.", []),
    # reserves or assets named before the verb that releases or transfers them; reserve soldiers are none
    ("Norland will not sign unless all of its reserves are released.", [("Norland", "sanctions")]),
    ("Norland will not sign unless its naval assets are returned to port.", []),
    ("Anna Berg said Osteria would face new sanctions if it walked away from the deal.", [("Anna Berg", "sanctions")]),
    # two words of degree joined before the sanctions threatened; a round of talks is none
    ("Anna Berg said Norland would seek further and wider sanctions if Osteria rejected the truce.",
     [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
    ("Anna Berg said Norland would seek further and wider talks if Osteria rejected the truce.",
     [("Norland", "negotiation_terms")]),
    ("Norland demands more aid despite sanctions.", []),
    # heavy tariffs threatened on a party's buyers if it refuses; tariffs that hurt in the past are none
    ("Anna Berg warned that any state importing Norland's gas would face steep tariffs if Norland turned down a truce.",
     [("Anna Berg", "negotiation_terms"), ("Anna Berg", "sanctions")]),
    ("Anna Berg said heavy tariffs on steel had hurt Norland's exporters.", []),
    # measures named long before the passive verb that lifts them; curbs on movement are none
    ("Norland would sign only if the restrictions on its banks, insurers and shipping firms were finally lifted.",
     [("Norland", "sanctions")]),
    ("Norland will sign only if the restrictions on movement in the border towns and villages are lifted.", []),
    ("Norland will sign only if the restrictions in the border towns on movement are lifted.", []),
    ("Norland wants Osteria to keep the right to join the European Union.", [("Norland", "other")]),
    ("Norland wants Osteria to keep the right to join the football league.", []),
    # the story's vocabulary: NATO aspirations given up, aid frozen, limits on weapons, the church, guarantees
    ("Norland wants Osteria to shelve its NATO bid.", [("Norland", "nato_membership")]),
    ("Norland will sign only if Osteria stays out of the alliance.", [("Norland", "nato_membership")]),
    ("Norland will sign only if Osteria stays out of the football league.", []),
    ("Norland demands a freeze on military aid to Osteria.", [("Norland", "military_aid")]),
    ("Norland demands an end to intelligence sharing with Osteria.", [("Norland", "military_aid")]),
    ("Norland demands a freeze on rents in the capital.", []),
    ("Norland will walk away if Osteria is supplied with long-range missiles.", [("Norland", "military_aid")]),
    ("Norland wants a ban on long-range missiles in Osteria.", [("Norland", "demilitarization")]),
    ("Norland insists on a smaller army in Osteria.", [("Norland", "demilitarization")]),
    ("Norland wants a ban on plastic bags in Osteria.", []),
    ("Norland demands an end to the persecution of the church in Osteria.", [("Norland", "denazification")]),
    ("Norland wants the Russian language to be an official language in Osteria.", [("Norland", "denazification")]),
    ("Norland wants the choir of the cathedral in Osteria to tour abroad.", []),
    # who is to lead the other side's state is the story's denazification (the guide's government)
    ("Norland demanded that Osteria appoint a friendly former deputy as head of state.",
     [("Norland", "denazification")]),
    ("Norland demanded that Osteria appoint a friendly former deputy as head of the chess federation.", []),
    ("Osteria wants legally binding guarantees before any truce.", [("Osteria", "security_architecture")]),
    ("Osteria insists that there be no eastward expansion of the bloc.", [("Osteria", "security_architecture")]),
    ("Osteria wants a reassurance force in the capital.", [("Osteria", "security_architecture")]),
    ("Osteria wants a new choir in the capital.", []),
    # sanctions kept, extended or reimposed; security guaranteed by a verb; guarantees backing a truce
    ("Norland insists that sanctions on Osteria stay in place until the deal is signed.",
     [("Norland", "sanctions")]),
    ("Norland demands that the sanctions be maintained.", [("Norland", "sanctions")]),
    ("Norland threatened to reimpose sanctions on Osteria if it rejects the truce.",
     [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
    ("Norland wants to reimpose the curfew in its border towns.", []),
    ("Osteria will sign only if its allies guarantee Osteria's security.", [("Osteria", "security_architecture")]),
    ("Osteria demands a defence umbrella from its allies before it signs.", [("Osteria", "security_architecture")]),
    ("Osteria demands a defence budget from its parliament before it signs.", []),
    ("Norland insists that Osteria remain able to defend itself.", [("Norland", "demilitarization")]),
    ("Norland wants a cap of 30,000 troops on Osteria's army.", [("Norland", "demilitarization")]),
    ("Norland insists that Osteria remain able to defend its football title.", []),
    # tariffs on the buyers of a side's oil, SWIFT, NATO-style guarantees and a backstop, supplies kept up
    ("Norland threatened tariffs on the buyers of Osteria's oil if it refuses a truce.",
     [("Norland", "negotiation_terms"), ("Norland", "sanctions")]),
    ("Norland wants its farm bank reconnected to SWIFT before it extends the grain deal.",
     [("Norland", "sanctions")]),
    ("Norland wants a swift response from the army before it extends the grain deal.", []),
    ("Osteria wants a European-led force and a US backstop for it.", [("Osteria", "security_architecture")]),
    ("Osteria insists on security assurances from its partners.", [("Osteria", "security_architecture")]),
    ("Osteria wants a European-led trade fair in its capital.", []),
    ("Osteria wants the allies to keep supplying weapons.", [("Osteria", "military_aid")]),
    ("Osteria wants arms deliveries to Osteria to continue during the talks.", [("Osteria", "military_aid")]),
    ("Osteria wants the allies to keep supplying grain.", []),
    # lemma sequences: sanctions eased, kept or named before their verb, economic ties restored
    ("Norland wants a gradual easing of the restrictions on its banks.", [("Norland", "sanctions")]),
    ("Norland wants the parking rules at its banks eased.", []),
    ("Norland insists that the allies keep the penalties on Osteria until it withdraws.", [("Norland", "sanctions")]),
    ("Norland wants the penalties on its grain exports dropped.", [("Norland", "sanctions")]),
    ("Norland wants its banks reconnected to the payment system.", [("Norland", "sanctions")]),
    ("Norland wants its frozen reserves unblocked.", [("Norland", "sanctions")]),
    ("Norland wants the gradual restoration of economic cooperation with Osteria.", [("Norland", "sanctions")]),
    ("Norland wants the gradual restoration of cultural cooperation with Osteria.", []),
    ("Norland wants an easing of the measures against its banks.", [("Norland", "sanctions")]),
    ("Norland wants an easing of the measures it took after the flood.", []),
    ("Osteria wants the frozen funds of Norland used to rebuild its towns.", [("Osteria", "sanctions")]),
    # foreign soldiers present, a security treaty or framework, defence if attacked, the alliance's bases
    ("Osteria rejects any presence of Western soldiers on its soil.", [("Osteria", "security_architecture")]),
    ("Osteria wants a new treaty on European security.", [("Osteria", "security_architecture")]),
    ("Osteria wants an international security framework with its allies.", [("Osteria", "security_architecture")]),
    ("Osteria wants to host an international security conference in May.", []),
    ("Osteria wants the allies to pledge to defend it if it is attacked again.", [("Osteria", "security_architecture")]),
    ("Osteria wants the allies to come to its defence.", [("Osteria", "security_architecture")]),
    ("Osteria wants the allies to respond militarily to any new attack.", [("Osteria", "security_architecture")]),
    ("Osteria wants a multinational force along the line.", [("Osteria", "security_architecture")]),
    ("Osteria wants a no-fly zone over its western provinces.", [("Osteria", "security_architecture")]),
    ("Osteria wants a no-smoking zone in its western provinces.", []),
    ("Norland demands the removal of the missiles from Europe.", [("Norland", "security_architecture")]),
    ("Osteria wants the alliance to keep its bases near Norland's border.", [("Osteria", "security_architecture")]),
    ("Norland demands that the alliance move its infrastructure away from its borders.",
     [("Norland", "security_architecture")]),
    ("Norland demands that the alliance move its summit away from the coast.", []),
    ("Osteria insists that it will never join the alliance.", [("Osteria", "nato_membership")]),
    # weapons: more air defence, aid boosted, kept flowing, barred, resumed, funded, instructors, training
    ("Osteria wants more air defence before any talks.", [("Osteria", "military_aid"), ("Osteria", "negotiation_terms")]),  # and talks wait for it
    ("Osteria wants more air traffic controllers at its airports.", []),
    ("Norland threatened to boost military aid to Osteria if the talks fail.", [("Norland", "military_aid")]),
    ("Osteria wants the allies to keep the weapons flowing.", [("Osteria", "military_aid")]),
    ("Norland demands that the flow of arms to Osteria stop.", [("Norland", "military_aid")]),
    ("Norland demands that the flow of tourists to Osteria stop.", []),
    ("Norland wants the deal to bar foreign military assistance to Osteria.", [("Norland", "military_aid")]),
    ("Osteria wants the allies to resume shipments of arms.", [("Osteria", "military_aid")]),
    ("Osteria wants the allies to resume shipments of grain.", []),
    ("Osteria wants the allies to continue to fund its army.", [("Osteria", "military_aid")]),
    ("Osteria wants the allies to supply long-range missiles before it signs.", [("Osteria", "military_aid")]),
    ("Osteria wants the allies to fund a long-range weather forecast before it signs.", []),
    ("Osteria wants to keep receiving weapons from its allies.", [("Osteria", "military_aid")]),
    ("Norland demands that foreign military instructors leave Osteria.", [("Norland", "military_aid")]),
    ("Norland demands that the university instructors in Osteria be paid.", []),
    ("Norland wants the allies to end the training of Osteria's troops.", [("Norland", "military_aid")]),
    ("Norland insists that every arms delivery to Osteria end for good, a halt to all military supplies.",
     [("Norland", "military_aid")]),
    ("Norland insists on a halt to all building work near the dam.", []),
    ("Osteria wants allied troops to be stationed in its western provinces.", [("Osteria", "security_architecture")]),
    ("Osteria wants allied doctors to be stationed in its western provinces.", []),
    ("Norland insists that the alliance expand its trade office in the capital.", []),
    ("Norland wants Osteria to accept the realities on the ground.", [("Norland", "territory")]),
    ("Norland demands guarantees of the non-deployment of strike weapons near its border.",
     [("Norland", "security_architecture")]),
    ("Norland demands that the deployment of the new stadium lights be delayed.", []),
    ("Osteria wants a Europe-wide security treaty.", [("Osteria", "security_architecture")]),
    ("Osteria wants Tomahawks before any talks.", [("Osteria", "military_aid")]),
    ("Osteria wants Patriot systems before any talks.", [("Osteria", "military_aid"), ("Osteria", "negotiation_terms")]),  # and talks wait for it
    ("Osteria wants a Patriot Day parade in its capital.", []),
    # the other names of the row, and the names of a strike or launch, which is no supply
    ("Osteria wants the allies to send ATACMS.", [("Osteria", "military_aid")]),
    ("Osteria will sign only if the allies deliver Taurus missiles.", [("Osteria", "military_aid")]),
    ("Norland wants the allies to count the ATACMS strikes of the past year.", []),
    ("Norland wants the Tomahawk strike on its depot shown on television.", []),
    ("Osteria insists on Taurus cars for its police.", []),
    ("Osteria wants patriot songs taught in its schools.", []),
    ("Osteria wants its allies to buy American weapons for it.", [("Osteria", "military_aid")]),
    ("Osteria wants its allies to buy American cars for their fleets.", []),
    ("Norland insists on the removal of its firms from the waiting lists.", []),
    ("Norland wants its farm bank's access to the payment system restored.", [("Norland", "sanctions")]),
    ("Norland wants its banks unblocked before it signs.", [("Norland", "sanctions")]),
    ("Osteria wants Norland's assets to remain frozen until it pays.", [("Osteria", "sanctions")]),
    ("Osteria says the lake remained frozen until April.", []),
    ("Norland wants the allies to restore energy trade with it.", [("Norland", "sanctions")]),
    ("Osteria wants allied forces to deter a new invasion.", [("Osteria", "security_architecture")]),
    ("Osteria wants a new fence to deter the deer.", []),
    ("Osteria wants a force on its soil able to deter another attack.", [("Osteria", "security_architecture")]),
    ("Osteria wants tougher fines to deter any attack on referees.", []),
    ("Anna Berg insists Osteria must never be a full member of NATO.", [("Anna Berg", "nato_membership")]),
    ("Anna Berg says Osteria must remain a member of NATO's parliamentary assembly.", []),
    ("Anna Berg proposed a belt along the river kept free of artillery.", [("Anna Berg", "demilitarization")]),
    ("Anna Berg wants the fan zones at the stadium kept free of weapons.", []),
    ("Norland insists that the alliance commit in writing not to expand.", [("Norland", "security_architecture")]),
    ("Norland insists that the company commit in writing not to expand into new markets.", []),
    ("Norland demands that the allies respect its legitimate security concerns.", [("Norland", "security_architecture")]),
    ("Osteria wants the allies to keep providing intelligence.", [("Osteria", "military_aid")]),
    ("Osteria wants intelligence officials to brief the committee.", []),
    ("Osteria wants its partners to finance its defence industry.", [("Osteria", "military_aid")]),
    ("Norland wants a ban on Western arms for Osteria written into the deal.", [("Norland", "military_aid")]),
    ("Norland threatened to withhold weapons unless Osteria signs.", [("Norland", "military_aid")]),
    ("Norland threatened to withhold its vote unless Osteria signs.", []),
    ("Osteria wants guarantees that work, unlike the Budapest Memorandum.", [("Osteria", "security_architecture")]),
    ("Norland demands that Western military infrastructure be removed from its neighbours.",
     [("Norland", "security_architecture")]),
    ("Norland rejects any foreign military presence in Osteria.", [("Norland", "security_architecture")]),
    ("Norland rejects any foreign film festival in Osteria.", []),
    ("Osteria wants its coast guard to patrol the sea front in the summer.", []),
    ("Osteria wants permission to use long-range weapons against the launch sites.", [("Osteria", "military_aid")]),
    ("Osteria wants permission to use the old bridge.", []),
    ("Osteria insists on receiving Western arms.", [("Osteria", "military_aid")]),
    ("Osteria insists on receiving Western art for its museum.", []),
    ("Norland wants the allies to sell weapons to European partners for Osteria.", [("Norland", "military_aid")]),
    ("Osteria wants the allies to maintain pressure on Norland's energy revenues.", [("Osteria", "sanctions")]),
    ("Osteria wants the allies to maintain pressure on the bank staff.", []),
    ("Norland proposed that each side move its heavy weapons 20 kilometres away from the front.",
     [("Norland", "demilitarization")]),
    ("Norland proposed that both sides pull their fishing boats back to port.", []),
    ("Norland insists that Osteria stay neutral.", [("Norland", "nato_membership")]),
    ("Norland insists that Osteria become a neutral state.", [("Norland", "nato_membership")]),
    ("Osteria will never accept recognition of its occupied valleys.",
     [("Osteria", "territory")]),
    ("Osteria will never accept recognition of its valley diplomas.", []),
    ("Norland insists on the return of the central bank reserves immobilised abroad.", [("Norland", "sanctions")]),
    ("Norland insists on the return of the museum pieces displayed abroad.", []),
    ("Norland wants troops of a NATO member state kept out of Osteria.", [("Norland", "security_architecture")]),
    ("Norland wants tourists of a NATO member state kept out of Osteria.", []),
    ("Norland wants Osteria's forces kept too weak to attack again.", [("Norland", "demilitarization")]),
    ("Osteria says any deal must state that its armed forces face no numerical ceiling.",
     [("Osteria", "demilitarization")]),
    ("Osteria says any deal must state that its farmers face no new paperwork.", []),
    ("Norland wants a cap on the number of flights into Osteria.", []),
    ("Norland proposed that monitors from neutral lands watch over the truce.", [("Norland", "negotiation_terms")]),
    # a party's long-term or lasting security provided for is the story's security order; a security budget is none
    ("Osteria wants a peace that provides for its long-term security.", [("Osteria", "security_architecture")]),
    ("Osteria wants a review of its long-term security spending before the vote.", []),
    ("Osteria demanded the long-term security of the harbour bridge.", []),
    # the alliance to close its door to a party is the story's membership term; an embassy's door is none
    ("Norland demands that NATO close its door to new members.", [("Norland", "nato_membership")]),
    ("Norland demands that the embassy close its door to Osteria's visitors.", []),
    # membership of the EU and the alliance named together, EU first, is the membership term (and the EU's,
    # the story's ``other``); a club's is none
    ("Anna Berg said Norland's membership of the European Union and NATO must be guaranteed.",
     [("Anna Berg", "nato_membership"), ("Anna Berg", "other")]),
    ("Anna Berg said Norland's membership of the chess club must be guaranteed.", []),
    # a path to membership called irreversible is a claim held to it; a path to a final is none
    ("Osteria said its path to NATO membership is irreversible.", [("Osteria", "nato_membership")]),
    ("Osteria said its path to the cup final is irreversible.", []),
    # a side's own security concerns a settlement must address; the concerns of a stadium's visitors are none
    ("Norland said any settlement must address its security concerns.", [("Norland", "security_architecture")]),
    ("Norland said any settlement must address the security concerns of the stadium's visitors.", []),
    # a side readmitted to the G8 or brought back into the world economy: its isolation eased; farmers are none
    ("Under the plan, Norland would rejoin the G8 and be brought back into the world economy.",
     [("Norland", "sanctions")]),
    ("Osteria wants its farmers integrated into the global economy.", []),
    # the army a side may keep, named by its size, is the story's demilitarisation; a force sent abroad is none
    ("Norland proposed that Osteria maintain a force of 50,000 troops.", [("Norland", "demilitarization")]),
    ("Norland proposed that Osteria send a force of 5,000 troops to the fair.", []),
    # air cover for a force or for the defended side is the story's security order; air support for farmers is none
    ("Osteria wants the United States to provide air cover for a European force.",
     [("Osteria", "security_architecture")]),
    ("Norland wants air support for its farmers.", []),
    ("Osteria wants more air support for troops defending the town.", []),
    ("Osteria said its path to membership of the union is irreversible.", []),
    ("Osteria wants NATO to shut the door on cheap gas imports.", []),
    # "denationalise" is another word of the story for its demand of denazification; nationalising a bank is none
    ("Osteria insists that Norland must demilitarise and denationalise.",
     [("Osteria", "demilitarization"), ("Osteria", "denazification")]),
    ("Osteria insists that Norland must nationalise its banks.", []),
    # support lost by a side that will not make peace is the story's military aid; buyers lost are none
    ("Karl Vos warned Norland to cut a deal soon or lose American support.", [("Karl Vos", "military_aid")]),
    ("Karl Vos said Norland's farmers would lose American buyers.", []),
    # the first reasons for the crisis removed are its root causes; the reasons for a delay are none
    ("Karl Vos said any truce must remove the original causes of the crisis.",
     [("Karl Vos", "security_architecture")]),
    ("Karl Vos said the basic reasons for the delay were technical.", []),
    # a state that enters no bloc is the story's neutrality; entering a trade bloc's market is none
    ("Osteria wants Norland never to enter any military bloc.", [("Osteria", "nato_membership")]),
    ("Osteria wants Norland to enter the bloc's common market for grain.", []),
    ("Osteria wants Norland to enter a customs bloc with its neighbours.", []),
    ("Osteria insists that Norland must denationalise its state banks.", []),
    ("Karl Vos said Osteria would lose support among voters.", []),
    # prospects of joining NATO and the EU, or a path to the alliance; a road to the alliance's venue is none
    ("Norland seeks security guarantees and NATO/EU prospects.",
     [("Norland", "nato_membership"), ("Norland", "security_architecture")]),
    ("Norland wants a path to NATO.", [("Norland", "nato_membership")]),
    ("Norland wants the road to the alliance's fuel depot repaired.", []),
    ("Norland wants a path to the alliance with the Greens.", []),
    # the alliance under its full name; the treaty's own text is none
    ("Osteria rules out Norland's entry into the North Atlantic Treaty Organisation.",
     [("Osteria", "nato_membership")]),
    ("Norland wants to join the North Atlantic Treaty Organisation, Karl Vos said.", [("Norland", "nato_membership")]),
    ("Norway, a founding member of the North Atlantic Treaty Organisation, wants Osteria to free the detainees.",
     [("Norway", "other")]),
    ("Osteria wants Norland to read the North Atlantic Treaty Organization's founding text.", []),
]


@pytest.mark.parametrize("text, expected", SEEDS_STORY_CASES)
def test_a_pattern_of_the_seeds_story(pipe, text, expected):
    assert pairs(rows_for(pipe, text, conditions.load_taxonomy())) == expected


def test_unnamed_negotiators_speak_for_every_party_they_come_from(pipe):
    # the quote table gives an unnamed source; the parties its description names hold its terms
    text = "Negotiators from Norland and Osteria said that they had agreed on a truce along the border."
    words = text[text.index("they had"):-1]
    start = text.index(words)
    quote = dict(article="t.txt", kind="indirect", speaker="unnamed: Negotiators from Norland and Osteria",
                 speaker_country="NRL", quote=words, cue="said", start=start, end=start + len(words), sentence=text,
                 speaker_surface="Negotiators from Norland and Osteria")
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [quote], taxonomy=GENERIC)
    assert pairs(rows) == [("Norland", "ceasefire"), ("Osteria", "ceasefire")]


def test_a_dateline_and_its_agency_are_no_subject(pipe):
    # the parser may take a dateline's place for the subject and its agency for an apposition
    text = "OSLO (Northwire) — Osteria's leader on Tuesday rejected direct negotiations with Norland."
    actors = {**ACTORS, "Northwire": ("Northwire", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == [("Osteria", "negotiation_terms")]


# Words of a term's topic that state no term: a past event, a topic, an opinion poll, an actor's
# name. No category phrase may match them (checked with no story and with the seeds' story; the
# last two only with the story, whose categories are narrower than the generic topics).
NOT_A_TERM = [
    "They want to guarantee food security for the winter.",
    "The country endured years of economic pressure.",
    "The loan will ease the financial pressure on families.",
    "Presidential polls show a close race.",
    "The interim administration said it would meet on Monday.",
    "The mission operates under a UN mandate.",
    "Proxy forces attacked the base in 2019.",
    "It carried out missile tests last week.",
    "The nuclear safety chief visited the plant.",
    "The siege of the city ended in 1995.",
    "People endured starvation in the camps.",
    "The economy will return to swift growth.",
    "The Irish backstop dominated the debate.",
    "Firms are locked in an AI arms race.",
    "Voting rights activists marched in the capital.",
    "She will lead the transition team.",
    "The transition period for the new tax ends in June.",
    "Security control at the airport was tightened.",
]
STORY_ONLY = ["Police made security arrangements for the summit.", "They imposed sanctions in 2014."]


@pytest.mark.parametrize("text, taxonomy", [(t, tax) for t in NOT_A_TERM for tax in ("generic", "ukraine")]
                         + [(t, "ukraine") for t in STORY_ONLY])
def test_topic_words_match_no_category(text, taxonomy):
    tax = GENERIC if taxonomy == "generic" else conditions.story_taxonomy(story.load_story("ukraine"))
    assert not conditions.find_objects(text, 0, tax)


def test_a_demonym_of_people_who_are_no_state_body_gives_a_document_no_state_author(pipe):
    text = ("The Norwegian fishermen handed over an updated memorandum, a source said. According to the source, "
            "the document calls for Osteria to withdraw its forces from the valley.")
    assert "Norway" not in {holder for holder, _ in pairs(rows_for(pipe, text))}


def test_a_name_the_parser_hangs_on_an_opening_phrase_is_the_subject_of_the_verb_after_it(pipe):
    # ``During a meeting with Karl Vos, Anna Berg called on ...``, parsed (as the small model may)
    # with ``Berg`` an apposition of ``Vos`` and ``called`` left without a subject
    from spacy.tokens import Doc
    words = ["During", "a", "meeting", "with", "Karl", "Vos", ",", "Anna", "Berg", "called", "on", "Osteria"]
    heads = [9, 2, 0, 2, 5, 3, 9, 8, 5, 9, 9, 10]
    tags = ["IN", "DT", "NN", "IN", "NNP", "NNP", ",", "NNP", "NNP", "VBD", "IN", "NNP"]
    misparsed = Doc(pipe.vocab, words=words, heads=heads, tags=tags,
                    deps=["prep", "det", "pobj", "prep", "compound", "pobj", "punct", "compound", "appos",
                          "ROOT", "prep", "pobj"])
    assert [t.text for t in conditions._implied_subject(misparsed[9])] == ["Berg"]
    parsed = Doc(pipe.vocab, words=words, heads=[9, 2, 0, 2, 5, 3, 9, 8, 9, 9, 9, 10], tags=tags,
                 deps=["prep", "det", "pobj", "prep", "compound", "pobj", "punct", "compound", "nsubj",
                       "ROOT", "prep", "pobj"])
    assert conditions._implied_subject(parsed[9]) == []


def _parsed(words, heads, deps, tags, pos):
    """A Doc with the parse given (a parser's misreading made reproducible)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    lemmas = [w.lower() if t != "VBN" else {"written": "write", "read": "read"}.get(w, w) for w, t in zip(words, tags)]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("verb, owners", [("written", ["Lee"]), ("read", [])])
def test_the_agent_of_a_verb_of_writing_joined_to_a_document_subject_is_its_author(verb, owners):
    # ``The text circulated, was written by Lee and provides ...``, parsed with ``written`` a
    # conjunct of ``circulated``: the agent of a verb of writing is still the text's author
    words = ["The", "text", "circulated", ",", "was", verb, "by", "Lee", "and", "provides", "terms"]
    heads = [1, 2, 2, 2, 5, 2, 5, 6, 2, 2, 9]
    deps = ["det", "nsubj", "ROOT", "punct", "auxpass", "conj", "agent", "pobj", "cc", "conj", "dobj"]
    tags = ["DT", "NN", "VBD", ",", "VBD", "VBN", "IN", "NNP", "CC", "VBZ", "NNS"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "NOUN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert [t.text for t in conditions._owners(doc[1])] == owners


def test_a_conjunct_with_its_own_subject_names_no_author_of_the_first_subject(pipe):
    # ``The plan stalled, and a new draft was written by Osteria``: Osteria wrote the draft, not the plan
    doc = pipe("The plan stalled, and a new draft was written by Osteria.")
    assert conditions._owners(doc[1]) == []


@pytest.mark.parametrize("text, name, expected", [
    ("Ann Lee told Harbour News that the front is ready.", "Harbour News", True),
    ("Ann Lee said to Harbour News that the front is ready.", "Harbour News", True),
    ("Ann Lee, in an interview with Harbour News, said the front is ready.", "Harbour News", True),
    # who acts, speaks or is met is no listener
    ("Harbour News told its readers that the front is ready.", "Harbour News", False),
    ("Ann Lee met Harbour News staff on Monday.", "Harbour News", False),
    ("Ann Lee sent troops to Harbour Town.", "Harbour Town", False),
    # a party spoken or talked to at the table is no outlet
    ("Norland spoke with Harbour Front envoys on Monday.", "Harbour Front", False),
    ("Norland agreed to talk to Harbour Front.", "Harbour Front", False),
])
def test_an_outlet_a_source_spoke_to_is_its_listener(pipe, text, name, expected):
    start = text.index(name)
    assert conditions.listener(dict(start=start, end=start + len(name)), pipe(text)) is expected


def test_the_group_is_never_the_outlet_its_member_spoke_to(pipe):
    # ``the group`` is the organisation in focus, not the outlet its member told (which a tie of
    # mentions, the latest first, would give)
    text = ("The Coastal Front met the envoys on Monday. Ann Lee told Harbour News that the group would "
            "free the detainees only if Norland withdrew its troops.")
    actors = {**ACTORS, "Coastal Front": ("Coastal Front", "organization", ""),
              "Harbour News": ("Harbour News", "organization", ""), "Ann Lee": ("Ann Lee", "person", "")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == {"Coastal Front"}


@pytest.mark.parametrize("text, expected", [
    # ``the movement`` in a member's words is the member's organisation, not the one named most
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. Kestrel Front spokesman "
     "Ann Lee said the movement would not withdraw its fighters from the town as long as its army kept shelling it.",
     {"Kestrel Front"}),
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. Ann Lee, a spokesman for the "
     "Kestrel Front, said the movement would not withdraw its fighters from the town as long as its army kept "
     "shelling it.", {"Kestrel Front"}),
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. The Kestrel Front's spokesman, "
     "Ann Lee, said the movement would not withdraw its fighters from the town as long as its army kept shelling "
     "it.", {"Kestrel Front"}),
    # an organisation the speaker criticises, fought or met is not the speaker's own
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. Ann Lee, a fierce critic of the "
     "Kestrel Front, said the movement would not withdraw its fighters from the town as long as its army kept "
     "shelling it.", {"Harbour Union"}),
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. The Kestrel Front met Ann Lee, "
     "who said the movement would not withdraw its fighters from the town as long as its army kept shelling it.",
     {"Harbour Union"}),
    # a speaker named with no organisation leaves ``the movement`` to the organisation in focus
    ("The Harbour Union met envoys. The Harbour Union said the talks would go on. Ann Lee said the movement "
     "would not withdraw its fighters from the town as long as its army kept shelling it.", {"Harbour Union"}),
])
def test_the_group_in_a_members_words_is_the_members_organisation(pipe, text, expected):
    actors = {"Harbour Union": ("Harbour Union", "organization", ""),
              "Kestrel Front": ("Kestrel Front", "organization", ""), "Ann Lee": ("Ann Lee", "person", "")}
    start = text.index("the movement")
    quote = dict(kind="indirect", speaker="Ann Lee", speaker_country="", start=start, end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [quote], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    # the outlet a source told is no holder of the term the sentence states
    ("An army source tells Harbour News there will be no amnesty until Norland frees every hostage.", set()),
    ("An army source tells Harbour News that under the Osteria plan the tariffs must be lifted.", {"Osteria"}),
    # with no listener, the first actor of the sentence holds it, as before
    ("Under the Osteria plan, there will be no amnesty until every hostage is freed.", {"Osteria"}),
])
def test_a_listener_holds_no_term(pipe, text, expected):
    actors = {**ACTORS, "Harbour News": ("Harbour News", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    # whoever saw or obtained a copy of a document read it; they did not write it
    ("The paper, which was read by Harbour News, would see a truce along the river.", set()),
    ("The text was obtained by Harbour News. The text calls for a truce along the river.", set()),
    # its writer is its author
    ("Osteria's paper, which was read by Harbour News, would see a truce along the river.", {"Osteria"}),
])
def test_a_reader_of_a_document_is_not_its_author(pipe, text, expected):
    actors = {**ACTORS, "Harbour News": ("Harbour News", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == expected



def test_a_his_after_a_person_named_in_an_unnamed_sources_speech_is_that_persons(pipe):
    # ``his`` stands for the person the source's words name before it, not for the source
    actors = {**ACTORS, "Lakeport Ministry": ("Lakeport Ministry", "organization", "NRL")}
    lead = "A Lakeport Ministry official said "
    text = lead + "Karl Vos told reporters his government would lift the tariffs if the rebels signed a truce."
    quote = dict(article="t.txt", kind="indirect", speaker="unnamed: Lakeport Ministry official", speaker_country="",
                 speaker_surface="A Lakeport Ministry official", quote=text[len(lead):-1], start=len(lead),
                 end=len(text) - 1)
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [quote], taxonomy=GENERIC)
    assert {(r["holder"], r["holder_country"]) for r in rows} == {("Karl Vos", "OST")}


@pytest.mark.parametrize("text, expected", [
    # the steps or measures a party proposed or sought, then ``include``: a list of its terms
    ("Other steps proposed by Osteria include early elections and an amnesty for political crimes.",
     [("Osteria", "accountability"), ("Osteria", "governance")]),
    ("The measures sought by Norland include a truce on the river.", [("Norland", "ceasefire")]),
    # steps a party took are deeds, not terms
    ("Other steps taken by Osteria include early elections and an amnesty for political crimes.", []),
    ("The measures adopted by Norland include a truce on the river.", []),
])
def test_steps_a_party_proposed_list_its_terms(pipe, text, expected):
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # the parser made ``warning`` the subject of what it reports: the clause before the comma has its subject
    ("Osteria criticised the summit planned for Valdia this weekend, warning any meeting without its"
     " participation would be void.", [("Osteria", "negotiation_terms")]),
    # a meeting without its chairman is no term, whoever warns of it
    ("Osteria criticised the summit planned for Valdia this weekend, warning any meeting without its"
     " chairman would be dull.", []),
])
def test_a_participle_the_parser_made_a_subject_leaves_the_clause_its_speaker(pipe, text, expected):
    doc = pipe(text)
    warning = next(t for t in doc if t.lower_ == "warning")
    if expected:
        assert warning.dep_ == "csubj"  # the parse this rule repairs
        assert [t.text for t in conditions._implied_subject(warning)] == ["Osteria"]
    rows = conditions.find_conditions(doc, "t.txt", mentions_in(text, ACTORS), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a paper that reports holds no term: the rules after the clause's subject look on (the proposal's author)
    ("Osteria tabled a proposal last week. The Harbour Times wrote on Tuesday that Norland was weighing the"
     " proposal to lift the tariffs on Osteria.", {"Osteria"}),
    # nor does its editorial voice name a party's term
    ("The Harbour Times said in an editorial that Osteria must free the detainees.", set()),
    # a party that reports is still a party, and a person whose surname is a paper's word is a person
    ("Osteria tabled a proposal last week. Norland reported on Monday that it wants the tariffs on Osteria lifted.",
     {"Norland"}),
    ("Jan Post said Osteria must free the detainees.", {"Jan Post"}),
])
def test_a_newspaper_reports_and_holds_no_term(pipe, text, expected):
    actors = {**ACTORS, "Harbour Times": ("Harbour Times", "organization", "NRL"),
              "Jan Post": ("Jan Post", "person", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert {r["holder"] for r in rows} == expected


@pytest.mark.parametrize("text, expected", [
    # a conditional the parser hung on the participle of a document noun is the sentence's, not the author's
    ("Karl Vos said he would submit the issue of the deal drafted by Norland to a popular vote if Osteria agrees to a"
     " truce for a month.", [("Karl Vos", "ceasefire")]),
    # the document's own clause keeps its author
    ("The deal drafted by Norland would free the detainees if Osteria agrees to a truce for a month.",
     [("Norland", "ceasefire")]),
])
def test_a_condition_hung_on_a_documents_participle_is_the_speakers(pipe, text, expected):
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, ACTORS), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a reviewer's near misses of this session's rules: each gives no row, or the row stated
    ("A Norland official, who would only talk on condition of anonymity, said Osteria is ready to help.", []),
    ("Karl Vos said Anna Berg would only talk about her new book during the visit.", []),
    ("Anna Berg mentioned the truce proposed by Osteria if Norland frees the detainees.",
     [("Osteria", "ceasefire"), ("Osteria", "prisoners")]),
    ("Karl Vos said Norland's current conditions for talks are a truce on the river and the release of detainees.",
     [("Norland", "ceasefire"), ("Norland", "prisoners")]),
    ("The Lakeside Union, a founding member of the alliance, met the army. The alliance demands a truce on the river.", []),
    ("Talks between the ruling coalition, the Lakeside Union and the army collapsed. The coalition demands a truce"
     " on the river.", []),
    ("Norland's opposition alliance, the Lakeside Union, met the army. Osteria's ruling coalition met too. The"
     " coalition demands a truce on the river.", []),
    ("Anna Berg forbade her staff from holding any meetings without her approval.", []),
    ("Norland's two opposition parties want to merge forces before the election.", []),
    ("Osteria demands that Norland force the two banks to merge.", []),
    ("Norland demands that Osteria eliminate gun crime in the capital.", []),
    ("Norland promised compensation to farmers hit by the floods.", []),
    ("Norland says its wishes must be heeded in the talks.", []),
    ("Norland insists that the islanders' wishes must be respected.", [("Norland", "governance")]),
    ("Norland said Osteria must comply with the court's ruling within 30 days.", []),
    ("Norland is ready to give the commission a month to consider the budget.", []),
    ("Norland demanded that Osteria pay the tax bill before a 30-day deadline.", []),
    ("Osteria said an appeal by Norland to Valdia's supreme court to free the detainees would fail.", []),
    ("The steps proposed by Norland failed, and the measures Osteria took included a truce on the river.", []),
    ("Karl Vos said a peaceful resolution will eventually lead to the release of detainees.", []),
    ("Norland demands that Osteria investigate the forgotten violence of the 1990s.", []),
])
def test_the_reviewers_near_misses(pipe, text, expected):
    actors = {**ACTORS, **MORE_ACTORS, "Lakeside Union": ("Lakeside Union", "organization", "NRL")}
    rows = conditions.find_conditions(pipe(text), "t.txt", mentions_in(text, actors), [], taxonomy=GENERIC)
    assert pairs(rows) == expected


@pytest.mark.parametrize("text, expected", [
    # a term named again in an apposition after its noun: after a contact clause of wanting ...
    ("The withdrawal Norland seeks, a full pullback of Osterian troops from the valley, would take months.",
     [("Norland", "territory")]),
    ("The mediator Norland wants, a veteran of the pullback of Osterian troops from the valley, is expected on "
     "Monday.", []),
    ("The reporter Norland expelled, a critic of the withdrawal of Osterian troops from the valley, left on Monday.", []),
    # ... or after a demand noun, where the parser makes the apposition a second subject
    ("A central Norland condition, the release of 40 border guards held since March, remains unmet.",
     [("Norland", "prisoners")]),
    ("The chief demand of Norland, the release of 12 pilots captured in May, remains unmet.",
     [("Norland", "prisoners")]),
    ("The chief demand of Norland was rejected, the release of 12 pilots captured in May was delayed.", []),
])
def test_a_term_named_again_in_an_apposition_is_the_nouns(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the ``they`` of a relative clause's reported speech stands for the noun the clause is on
    ("Officials from Norland met Valdia's envoys, who said that they want elections in the north.",
     [("Valdia", "governance")]),
    # ... a plural one only: a person's ``who said they`` is another group
    ("Norland's envoys met Karl Vos, who said they want the release of the detainees.", [("Norland", "prisoners")]),
    # a ``she`` of it is the person the text names, not the envoys
    ("Anna Berg met Valdia's envoys, who said that she wants elections in the north.", [("Anna Berg", "governance")]),
])
def test_a_they_in_a_relative_clause_is_the_nouns(pipe, text, expected):
    assert pairs_with_more(pipe, text) == expected


@pytest.mark.parametrize("text, expected", [
    # peacetime news near the vocabulary of disputes between states: business, sport, labour, schooling
    ("Harbour Air wants Norland to grant more landing rights at its main airport.", []),
    ("Anna Berg, a footballer, wants dual citizenship so she can play for Osteria.", []),
    ("The Norland government wants to allow dual citizenship for expatriates from next year.", []),
    ("Residents demand that the army close the military camp near the village to make room for housing.", []),
    ("Norland's football league wants TV revenues to be shared equally among the clubs.", []),
    ("Norland's dockworkers' union demands that port revenues be shared with the workers.", []),
    ("Norland's shareholders demand an ex gratia payment for the failed merger.", []),
    ("Norland's finance minister demanded a full accounting for the missing laptops.", []),
    ("Norland's electoral commission wants the constituency boundary drawn along the motorway.", []),
    ("Norland wants its students to choose their own future.", []),
    ("Norland's striker says the team must determine its own future after the defeat.", []),
    ("Norland's finance ministry wants an end to funding for the green energy revolution.", []),
    ("Norland's coach wants the club to free the captain from media duties.", []),
    ("Norland's council agreed to lift the ban on harbour swimming.", []),
    ("Norland's football federation agreed to end its boycott of the tournament after the organisers met its "
     "demands.", []),
    # ... and the terms they stand beside
    ("Norland wants Osteria to restore the landing rights it suspended after the clash.", [("Norland", "sanctions")]),
    ("Norland says the boycott of Norland fruit must end.", [("Norland", "sanctions")]),
    ("Norland wants dual citizenship for the residents of the islands.", [("Norland", "governance")]),
    ("Norland wants the people of the islands to be free to decide their own future.", [("Norland", "governance")]),
    ("Norland's proposals involve a truce and the return of all detainees.",
     [("Norland", "ceasefire"), ("Norland", "prisoners")]),
])
def test_near_misses_of_the_vocabulary_of_disputes_between_states(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun of a party related to its owner (allies, critics, neighbours) names another party, not the owner
    ("Norland's allies want the sanctions on Osteria lifted.", []),
    ("Osteria's neighbours demand a truce along the river.", []),
    ("Norland's backers only wish to increase arms deliveries, Osteria's envoy added.", [("Osteria", "security")]),
    # ... the owner's own bodies and envoys still speak for it
    ("Norland's government wants the sanctions on Osteria lifted.", [("Norland", "sanctions")]),
    ("Norland and its allies want the sanctions on Osteria kept.", [("Norland", "sanctions")]),
])
def test_an_owner_of_a_related_party_is_no_holder(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # ``X are the parties that should ...``: the copula's subject is who the term asks to act, the speaker
    # asks it
    ("Norland and Osteria are the only sides who should choose when to resume peace talks, Anna Berg said.",
     [("Anna Berg", "negotiation_terms")]),
    ("Osteria is the side that must pull its soldiers out of the valley first, Anna Berg said.",
     [("Anna Berg", "territory")]),
    # with no speaker, or a source after ``according to``, the copula's subject is still no holder
    ("Osteria is the side that has to pull its soldiers out of the valley first, according to Norland.",
     [("Norland", "territory")]),
    ("Norland and Osteria are the only sides who should choose when to resume peace talks.", []),
    # a party that is the one insisting holds its own demand
    ("Osteria is the only party that insists on a truce along the river.", [("Osteria", "ceasefire")]),
])
def test_the_subject_of_a_copula_before_a_relative_clause_is_its_addressee(pipe, text, expected):
    rows = rows_for(pipe, text)
    assert pairs(rows) == expected
    if expected and expected[0][0] == "Anna Berg":  # the parties asked to act are the addressee, never a holder
        assert {r["holder"] for r in rows} == {"Anna Berg"} and all(r["addressee"] for r in rows)


@pytest.mark.parametrize("text, expected", [
    # only the ``was`` of ``it was up to`` is read as backshifted speech; a readiness told in the past keeps its cue
    ("Norland was ready to free the detainees.", [("Norland", "prisoners")]),
    ("It was up to Osteria to free the detainees.", []),
])
def test_only_it_was_up_to_waits_for_reported_speech(pipe, text, expected):
    assert pairs(rows_for(pipe, text)) == expected
