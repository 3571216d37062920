"""Word lists of cue shapes read on real news (session 41, attr50; issue 12): words that make a cue word no cue for its
subject, a speaker's where-phrase before a closing "according to", a named speaker's closing relative clause, a
clause resumed after an inverted tag. English."""

from __future__ import annotations

#: Quantifiers that take a plural noun only ("Very few <Brand> labels used ...", "A number of <demonym> labels started
#: ..."): a cue word in the -s form after them is the plural noun of the subject, never its verb (attribution/cue_subjects).
PLURAL_ONLY_QUANTIFIERS_RE = r"(?:(?:very|so|too|relatively|only)\s+)?(?:few|many|several|numerous|various|both)|an?\s+(?:number|handful|couple|lot)\s+of"
#: The story a subject tells ("<Labels> tell the story of ...", "Hill told the story of a student who ..."): the
#: topic of an account, never a claim of its own (attribution/cue_subjects.story_object).
STORY_OBJECT_RE = r"\s+(?:the|a|an|their|its|his|her|our)\s+(?:\w+\s+)?(?:story|stories|tale|tales|history)\s+(?:of|about|behind)\b"
#: Prepositions that open where a speaker said it, right after the cue ('"...," she said in the statement, according
#: to <paper>'): her words, the according-to source only relays them (attribution/according_to._where_tail).
WHERE_TAIL_PREPOSITIONS = frozenset("in at during on to".split())
#: Regex: words that lead to a named speaker whose relative clause closes the sentence ('They include Senator <Name>,
#: who said Tuesday, "..."'; attribution/final_relatives.py); a comma leads there too.
FINAL_RELATIVE_LEADS_RE = r"include|includes|included|including|was|were|is|are"
#: Regex: when a relative clause's speaker spoke, between the cue and the words ("who said Tuesday", "who said last
#: week"; attribution/final_relatives.py), besides the weekdays.
FINAL_RELATIVE_WHEN_RE = r"yesterday|today|week|month|year"
#: Regex: forms of "be" in a relative clause that describes an opener's object ("On a mobile page, which was still
#: live, the network said ..."; attribution/frame_parts.prepositional_opener).
BE_RELATIVE_FORMS_RE = r"is|was|are|were|had\s+been|has\s+been"
#: Irregular past forms that resume a clause after an inverted tag set inside it ("<Name>, says press officer <Name2>,
#: found the coin ..."; attribution/inverted.resumed_verb); a regular "-ed" form or an auxiliary does too.
RESUMING_PAST_FORMS = frozenset("found made took gave left went came had got won lost ran held kept sold bought told put".split())
