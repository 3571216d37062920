"""Word lists of cue shapes read on real news (session 42, attr51; issue 12): an account dismissed by pointing back
to it, the writer's past belief, a described name after a quotation closed mid-sentence, counts noted down, a past
intention given up, a prepared speech's tag, a source's clause after a spaced dash. English."""

from __future__ import annotations

#: Regex: an account pointed back to by "that/those/these/such" that a source dismisses ("rubbished those claims",
#: "dismissed these reports"; not "rejected the claims", which may be insurance claims; attribution/relations.py).
POINTED_ACCOUNT_RE = r"\s*(?:that|those|these|such)\s+(?:[a-z]+\s+)?(?:claims?|reports?|story|stories|accounts?)\b"
#: Past forms of the writer's belief cues ("I always felt my church would shun me": the writer's past belief, not the
#: outlet's fact; attribution/cues.py, only before a clause, PAST_BELIEF_CLAUSE_RE; real50).
WRITER_PAST_BELIEF_CUES = frozenset("thought believed felt suspected feared assumed".split())
#: Regex: a clause after such a past cue: up to four words, then a finite auxiliary or modal ("my church would",
#: "that the plan was"); not "I felt a sharp pain in my chest".
PAST_BELIEF_CLAUSE_RE = r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:would|could|might|should|was|were|had|is|are|will)\b"
#: Regex: determiners of a short description between a quotation closed mid-sentence and the name it describes ('He
#: "is much better," his daughter, <Name>, told <paper>'; attribution/apposition.QUOTE_DESCRIBED).
QUOTE_DESCRIPTION_DETERMINERS_RE = r"his|her|their|its|the|a|an"
#: Number words that may open a counted object noted down ("has noted three names": a record, no statement;
#: attribution/bare_findings.no_report).
COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands".split())
#: Past forms of intention cues whose intention a sentence can tell as given up ("intended to open <film> on <date>, but
#: production was halted": GUIDELINES §14 (b); attribution/past_intentions.py).
GIVEN_UP_INTENTIONS = frozenset("intended planned aimed wanted".split())
#: Words of a time or place that may follow a prepared speech's tag ('"...," <Name> is expected to say on Monday.';
#: attribution/speaking_leads.expected_tag).
EXPECTED_TAG_FOLLOWERS = frozenset("on at in tonight today tomorrow later".split())
#: Regex: cues of a source's clause after a spaced dash ("<A> this year - the UN says <B>"; second_predicates.py).
DASH_SOURCE_CUES_RE = r"says|said|reports|reported|estimates|estimated"
