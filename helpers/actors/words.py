"""Word lists and patterns of English news language that the actor rules consult."""
from __future__ import annotations

import csv
import re

from .. import config

#: The file of demonyms that let the text state a discovered actor's country
#: (``Russian analyst X``): demonym, ISO alpha-3. Edit it to add nationalities.
DEMONYMS_FILE = config.DATA_DIR / "demonyms.csv"


def load_demonyms(path=None) -> dict[str, str]:
    """Lower-case demonym -> ISO alpha-3 code, from ``data/demonyms.csv``.

    >>> load_demonyms()["russian"]
    'RUS'
    """
    with open(path or DEMONYMS_FILE, newline="", encoding="utf-8") as fh:
        return {row["demonym"].strip().lower(): row["country"].strip() for row in csv.DictReader(fh)}


DEMONYMS = load_demonyms()


_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "den", "de", "du", "da", "di", "i", "y",
              "la", "le", "del", "dos", "das", "mac", "st", "jr", "sr"}


_PLACE_WORDS = {"region", "oblast", "province", "state", "city", "county", "district", "krai",
                "territory", "republic"}


_TITLE_CUES = {"titled", "entitled", "headlined", "called", "named", "dubbed", "book", "film",
               "movie", "novel", "documentary", "song", "album", "play", "series", "poem", "essay",
               "opera", "painting", "exhibition", "column", "show", "memoir", "biography"}


_QUOTE_CHARS = "\"“”„«»‘’'‹›"


_BYLINE_WORDS = {",", ";", "and", "&", "by", "|", "/", "·", "•", "with"}


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&\-]{0,5}$")


#: Lower-case words allowed inside an organisation's name (``Department of Justice``).
_CONNECTORS = {"of", "and", "for", "the", "on", "in", "at", "to"}


#: Titles written before a person's name; never part of the canonical name.
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "president", "vice", "prime", "minister", "senator", "sen", "rep", "representative",
          "congressman", "congresswoman", "governor", "gov", "mayor", "councillor", "councilor",
          "councilman", "councilwoman", "alderman", "judge", "justice", "general", "gen", "colonel",
          "col", "lt", "lieutenant", "capt", "captain", "major", "sgt", "sergeant", "officer",
          "detective", "inspector", "commissioner", "chancellor", "secretary", "ambassador",
          "deputy", "chief", "coach", "father", "rev", "reverend", "bishop", "archbishop", "pope",
          "rabbi", "imam", "sheikh", "king", "queen", "prince", "princess", "chairman",
          "chairwoman", "chair", "speaker", "premier", "director", "superintendent", "dean",
          "attorney", "mp", "mep", "councillors", "supervisor", "assemblyman", "assemblywoman",
          "trustee", "magistrate", "sheriff", "alderwoman", "economy", "finance", "foreign", "defence",
          "defense", "interior", "health", "justice", "trade", "majority", "minority", "leader",
          "whip", "spokesman", "spokeswoman", "spokesperson"}


#: Marks of a retired officer written after the rank (``Lt. Gen. (retd) Ann Lee``).
_RETIRED = {"retd", "ret", "rtd", "retired"}


#: Legal-form suffixes of company names, never part of the canonical name (``Acme Widgets Ltd``).
DESIGNATORS = {"inc", "ltd", "plc", "corp", "llc", "l.l.c", "s.a", "sa", "ag", "gmbh", "nv", "n.v", "bv",
               "b.v", "pty", "spa", "s.p.a", "limited", "incorporated", "pvt", "s.a.s", "sas", "ab", "asa", "oyj"}


#: Last words of names of places (``Pine Hollow``, ``Harbour Square``): a place unless it acts.
_PLACE_ENDINGS = {"palace", "hollow", "square", "street", "avenue", "road", "bridge", "park",
                  "hall", "tower", "stadium", "arena", "airport", "station", "building", "castle",
                  "cathedral", "valley", "ridge", "creek", "falls", "lake", "river", "mountain",
                  "mountains", "heights", "springs", "beach", "island", "islands", "bay", "canyon",
                  "flat", "flats", "hill", "hills", "plaza", "gardens", "grove", "wood", "woods"}


#: Last words of a building's name that make it an institution (``St Anne's Hospital``).
_INSTITUTION_ENDINGS = {"hospital", "university", "college", "school", "institute", "museum",
                        "library", "clinic", "academy"}


#: Lower-case nouns written after an organisation's own name (``the CGT union``, ``the Elabe
#: institute``): the bare name is the actor.
ORG_TRAILERS = {"union", "party", "group", "alliance", "coalition", "federation", "movement", "bloc",
                "institute", "agency", "firm", "company", "network", "association", "confederation",
                "organisation", "organization", "pollster", "broadcaster", "newspaper", "carrier",
                "operator", "airline", "bank", "insurer", "lender", "watchdog", "regulator"}


#: A municipality named as ``City of X`` speaks and acts as its government.
_MUNICIPAL = re.compile(r"^(?:City|Town|Municipality|Borough|Village|County) of [A-Z]")


#: An acronym given in brackets after a name: ``the Harbour Pilots Guild (HPG)``.
_BRACKET_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


#: Honorifics that make an entity tagged ORG a person (``Councillor Ann Lee``).
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "councillor", "councilor",
              "councilman", "councilwoman", "senator", "sen", "congressman", "congresswoman",
              "mayor", "professor", "prof", "rev", "reverend", "father"}


#: Words before a place name that make a longer place, not an organisation (``North Dakota``).
_PLACE_MODIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                    "central", "greater", "upper", "lower", "new", "mount", "mt", "lake", "port", "san",
                    "santa", "st", "fort", "cape", "downtown", "rural", "metro", "inner", "outer"}


#: Capitalised abbreviations that name a role or a thing, never an organisation.
_NOT_ORG_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "MP", "MPS", "MEP", "PM", "GP", "TV", "PR", "GDP", "AI",
                     "OK", "ID", "PC", "DJ", "VIP", "HR", "IT", "QC", "KC"}


#: Last words of an organisation's name written in title case (``the Harbour Pilots Committee``).
ORG_HEADS = {"committee", "association", "council", "commission", "service", "agency", "ministry",
             "department", "office", "authority", "institute", "observatory", "foundation", "federation",
             "union", "board", "bureau", "court", "police", "force", "party", "bank", "fund",
             "organisation", "organization", "prefecture", "confederation", "society", "trust",
             "tribunal", "inquiry", "administration", "directorate", "secretariat", "corporation",
             "alliance", "coalition", "network", "league", "parliament", "assembly", "cabinet",
             "command", "inspectorate", "regulator", "watchdog"}


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


_MOTION_VERBS = {"return", "go", "come", "move", "arrive", "travel", "enter", "fly", "head",
                 "walk", "drive", "visit", "leave", "storm"}


#: A wire story's closing credit (``(Reporting by A in X; Editing by B)``) or contributor line.
_CREDIT_LINE = re.compile(r"^\W*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|"
                          r"produced|graphics?|research)\s+by\b|\bcontributed\s+(?:to\s+)?(?:this|the)\s+"
                          r"(?:report|story|article)", re.IGNORECASE)
