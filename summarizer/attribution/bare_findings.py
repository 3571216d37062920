"""A clause with no "that" after a verb of finding whose verb is a plain past form with an object (session 28,
read30; issue 12): "But he found such a scheme created problems for towns" is the finder's statement
(cue_words._bare_clause read only "is", "was", "had", ... as such a clause's verb). A past form before a
preposition or a stop is a participle of the thing found ("found the car parked in a lane") and no clause."""

from __future__ import annotations

import re

from .. import lang
from .text import Tok


def past_verb_with_object(toks: list[Tok], k: int) -> bool:
    """toks[k] is a lower-case past form in "-ed" and an object follows it: a determiner, a possessive or an
    object pronoun, or a lower-case plural noun ("created problems")."""
    w = toks[k].text
    if not (w.islower() and w.endswith("ed") and len(w) > 4) or k + 1 >= len(toks) or w in lang.PASSIVE_PARTICIPLES:
        return False
    nxt = toks[k + 1]
    return nxt.low in lang.NOUN_DETERMINERS or nxt.low in lang.POSSESSIVE_DETERMINERS or nxt.low in lang.OBJECT_PRONOUNS \
        or nxt.text.islower() and nxt.low.endswith("s") and not nxt.low.endswith("ss") and nxt.low not in lang.FUNCTION_WORDS


# Session 42 (attr51): two verbs of saying or finding that report nothing. "<Name> has noted 1,821 names" notes down a
# count of things (a record kept, no statement; "He noted 40 percent of voters are undecided" has a clause and stays a
# cue); "<Name> found it was a good way to meet people" tells a means the subject came on, no finding of fact
# ("Inspectors found it was unsafe" stays a finding).

#: Verbs of noting down that take a counted object.
_NOTING = frozenset("note notes noted".split())
#: Verbs of finding before "it was a ... way to".
_FINDING = frozenset("find finds found".split())


def no_report(toks: list[Tok], i: int) -> bool:
    """toks[i] notes a counted object with no clause after it, finds "it was a/an (adjective) way to", is "swore at"
    someone, or is a noun a verb of drawing a response takes ("drew praise from", "drew (sharp) criticism from"): no
    report."""
    w, rest = toks[i].low, [t.low for t in toks[i + 1:i + 12]]
    if w in lang.SWEARING_FORMS and rest[:1] == ["at"]:
        return True  # "the prisoner swore at a guard and tried to ...": an insult, no statement ("swore that ..." stays)
    if any(x >= 0 and re.fullmatch(lang.RESPONSE_DRAWING_VERBS_RE, toks[x].low) and all(t.text.islower() for t in toks[x + 1:i])
           for x in (i - 1, i - 2)):
        return True  # "The announcement drew praise from <Name>": a noun, no subject "The announcement drew" (attr54)
    if w in _NOTING and rest and (rest[0][:1].isdigit() or rest[0] in lang.COUNT_WORDS):
        clause = []
        for x in rest[1:]:
            if x in (".", ";", ":", "!", "?"):
                break
            clause.append(x)
        return not any(x in lang.AUXILIARY_VERBS or x in lang.BE_FORMS or x == "that" for x in clause)
    if w in _FINDING:
        k = 1 if rest[:1] == ["that"] else 0
        tail = rest[k:k + 6]
        return tail[:1] == ["it"] and tail[1:2] in (["was"], ["is"]) and tail[2:3] in (["a"], ["an"]) \
            and ("way" in tail[3:5]) and "to" in rest[k + 4:k + 7]
    return False
