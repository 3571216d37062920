"""Parts of a sentence whose modal or negation is not its main clause's (session 42, the lead's reading of
three-outlet digests). `main_clause` drops them before certainty reads the clause:

- a trailing saying participle or a coordinated "and said" and its content ("renewed her attack, and said a top
  aide should be jailed"; "She aimed her fire at both parties, saying she did not know what they stood for";
  "tried to clarify it by insisting that he merely meant that X has not been ..."): the content is the speaker's
  words, its "not" or "may" is not the outlet's event;
- the "that" clause of a content noun ("People are losing a belief that things will get better", "to explain his
  claim that the war may not be winnable"): what the belief or claim holds, not the losing or explaining. Not a
  prospect's ("a warning that fares would rise"; lang.PROSPECT_CONTENT_NOUNS), and the noun stays ("There were
  rumors that ..." still reads as hearsay);
- "not <V>ing X, but (rather) <V>ing Y" ("The address was spent not attacking rivals, but rather demanding
  discipline"): which of two acts, the second happened.
"""

from __future__ import annotations

import re

from .. import lang

__all__ = ["tails_out"]

_SAYING_TAIL = re.compile(r"(?:,\s+|\s+by\s+)(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(lang.SAYING_PARTICIPLES)) + r")\b[^;]*$")
_SAID_TOO = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+)?(?:" + "|".join(sorted(set(lang.SAYING_PAST.values()) | {"says", "added"}))
                       + r")\b[^;]*$")
_NOUN_COMPLEMENT = re.compile(r"\b((?:" + "|".join(sorted(lang.CONTENT_DETERMINERS)) + r"|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?("
                              + "|".join(sorted(lang.COMPLEMENT_NOUNS - lang.PROSPECT_CONTENT_NOUNS)) + r"))\s+that\s+[^,;]*", re.I)
_NOT_GERUND_BUT = re.compile(r"\bnot\s+[a-z]+ing\b[^,;.]{0,80}?,?\s+but\s+(?:rather\s+|instead\s+)?(?=[a-z]+ing\b)", re.I)
#: fewer words than this left: the cut took the clause itself, keep the sentence
_MIN_WORDS = 4


def _kept(seg: str, cut: str) -> str:
    return cut if len(cut.split()) >= _MIN_WORDS else seg


def _complement_out(m: re.Match, cue: str) -> str:
    """The noun without its "that" clause; unchanged when the noun is the relation's own cue or opens the clause (a
    subject: "The board's claim that the ferry may close was not true" goes on to its own predicate) or sits in a
    prepositional phrase after a speech verb ("said in a joint statement that ...")."""
    before = m.string[:m.start()].split()
    if m.group(2).lower() == cue or len(before) < 2 or before[-1].lower() in lang.SPEECH_SETTING_PREPOSITIONS:
        return m.group(0)  # (nor "said in a joint statement that ...": the speech verb's content)
    return m.group(1)


def tails_out(seg: str, cue: str = "") -> str:
    """`seg` without a trailing saying participle's content, content nouns' "that" clauses (not the noun that is the
    relation's own cue: "drew a warning that fares would rise from the union" is the union's forecast), and the
    rejected act of "not A-ing, but B-ing"."""
    seg = _kept(seg, _SAYING_TAIL.sub("", seg))
    seg = _kept(seg, _SAID_TOO.sub("", seg))
    seg = _kept(seg, _NOUN_COMPLEMENT.sub(lambda m: _complement_out(m, cue), seg))
    return _NOT_GERUND_BUT.sub("", seg)

