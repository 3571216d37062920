"""Every word list the rules use, in one place, each with where it came from.

English only. Lists are lower-case unless noted; the modules that use them build their regular
expressions from these, so a word added here reaches every rule that needs it. Sources:
"calendar" is the Gregorian calendar; "seed" means the list was written by hand while reading the
seed articles (seeds/) and the gold set (evals/gold), and should be checked against the dev data
(../shared/devdata) before it grows; "AP style" is the Associated Press Stylebook's list of
abbreviations used before names and dates.
"""

from __future__ import annotations

# -- calendar -------------------------------------------------------------------------------------

#: Calendar.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Calendar.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
#: Calendar: the three-letter abbreviations (jan..dec), in month order.
MONTH_ABBREVIATIONS = tuple(m[:3] for m in MONTHS)
#: Abbreviations a news text uses for months (AP style writes "Sept."); a regex alternation.
MONTH_ABBREVIATIONS_RE = "|".join((*MONTH_ABBREVIATIONS[:8], "sept", *MONTH_ABBREVIATIONS[8:]))

# -- sentence splitting ---------------------------------------------------------------------------

#: Abbreviations that end in a full stop without ending the sentence (AP style titles, Latin,
#: company suffixes, country initials; seed). Month abbreviations are added by chunk.py.
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "maj", "col", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "pres", "st", "no", "vs", "inc", "corp", "ltd", "co", "jr", "sr",
    "e.g", "i.e", "etc", "approx", "est", "u.s", "u.k", "u.n", "a.m", "p.m",
)

# -- page furniture (chunk.py) -------------------------------------------------------------------

#: Regexes (case-insensitive) for the start of a line that is page furniture, not news: share
#: buttons, newsletter prompts, comment disclaimers, copyright lines (seed articles' web pages).
FURNITURE_LINE_STARTS = (
    r"scroll down for (the )?video", r"the comments posted here are not from", r"kindly refrain from using",
    r"(share|tweet|email|print) (this|on)\b", r"share this (article|story)",
    r"(sign up|subscribe)\b.{0,60}\b(newsletter|updates|alerts)", r"click here\b", r"follow us on\b",
    r"advertisement\s*$", r"read more\s*:", r"related (articles|stories|coverage)\s*:?",
    r"(all )?rights reserved", r"copyright ©?", r"©",
)
#: Regexes for furniture that may stand anywhere in a line ("(Agency) – All rights reserved"; seed).
FURNITURE_ANYWHERE_PHRASES = (
    r"all rights reserved", r"the comments posted here are not from", r"scroll down for (the )?video",
    r"sign up for our newsletter", r"share this (article|story)",
)

# -- reporting and hedging (rules.py) -------------------------------------------------------------

#: Verbs that introduce reported speech (seed; cf. the cue words of PolNeAR, devdata/attribution).
REPORTING_VERBS = (
    "said", "says", "say", "told", "stated", "states", "announced", "announces", "reported", "reports",
    "claimed", "claims", "alleged", "alleges", "asserted", "asserts", "added", "warned", "warns",
    "urged", "urges", "denied", "denies", "confirmed", "confirms", "described", "describes",
    "estimated", "estimates", "noted", "argued", "argues", "highlighted", "emphasized", "emphasised",
    "acknowledged", "cited", "informed", "accused", "insisted",
)
#: Regex: wording that marks a report as unconfirmed (seed).
HEDGES_RE = (r"unconfirmed|unverified|could not (?:be )?(?:independently )?verif|reportedly|"
             r"rumou?r|purportedly|not been (?:independently )?(?:confirmed|verified)")
#: Regex: wording of a denial (seed).
DENIALS_RE = r"denied|denies|deny|rejected the claim|dismissed (?:the )?(?:claim|report)s?"
#: Regex: verbs of a claim the writer does not vouch for (seed).
CLAIM_VERBS_RE = r"claimed|claims|claim|alleged|alleges|allegedly|asserted|asserts|insisted"
#: Regex: nouns that head an institutional speaker ("the defence ministry", "police"; seed).
SOURCE_ROLES_RE = (r"ministry|forces|officials|authorities|army|military|governor|spokesman|spokeswoman|"
                   r"government|administration|commanders|media|air force|mayor|minister|president|bloggers?|"
                   r"press secretary|secretary|spokesperson|officials?|sources?|agency|office|police|guard")
#: Subjects that cannot name a speaker on their own: pronouns and bare institutional references.
PRONOUN_SUBJECTS = ("it", "he", "she", "they", "we", "i", "this", "that", "the ministry", "the city",
                    "the agency")
#: Words a reporting clause may put in the subject slot that are not speakers (calendar + seed).
NOT_SPEAKERS = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "also", "previously", "earlier", "later"))

# -- places (digest/build.py) ---------------------------------------------------------------------

#: Prepositions that put a capitalised word after them in the role of a place (seed).
PLACE_PREPOSITIONS = ("in", "near", "over", "at", "into", "from", "across", "around", "outside", "toward",
                      "towards")
#: Capitalised words after a place preposition that are not places (calendar + seed).
NOT_PLACES = frozenset((*WEEKDAYS, *MONTHS, "the", "this", "that", "president"))

# -- seed-specific words, kept only until the rules that use them are generalised ----------------

# TODO(issue 15): the digest helper is rewriting conflicts; these came from the seed articles
# (a war report) and must not survive that rewrite. Held-out data will not share them.
#: Country names and demonyms of the seed articles that digest/build.py skips as "places".
SEED_SKIP_NAMES = frozenset({"russia", "ukraine", "russian", "ukrainian", "moscow's", "kyiv's", "article"})
#: Demonyms of the seed articles that rules.names() does not count as proper names.
SEED_COMMON_CAPS = frozenset({"russian", "ukrainian"})
#: Regex: a front line said to have halted (seed, assertion conflicts in digest/build.py).
FRONT_HALT_RE = r"\b(stabili[sz]ed|halted|stopped|repelled|repulsed|pushed back|thwarted|contained|under control)\b"
#: Regex: forces said to advance (seed, assertion conflicts in digest/build.py).
FRONT_GAIN_RE = (r"\b(advanc(?:e|es|ed|ing)|(?:strategic |territorial )?gains|captur\w*|continu\w* to advance|"
                 r"push\w* forward|broke through|seiz\w*)\b")
