"""A restrictive "who" clause whose verb of saying takes a thing as its object: "A parent who
reported one of the falls told the paper that ...", "The man who found the body said ..." (wild20,
issue 12).

insertions.who_subject reads "Residents who were evacuated said ..." as one subject, but not when
the relative clause itself reports ("residents who said they ... decried ...": the relative holds
the report). A verb of saying followed by a noun phrase and nothing more ("reported one of the
falls", "found the body", "announced the closure") reports no clause of its own: English grammar,
a clause needs a verb. So when the relative clause's cue verb is followed by a determiner or a
number word and no verb follows in the clause, the clause only describes the subject, and the cue
after it is the subject's.
"""

from __future__ import annotations

from .. import lang

#: Words that open a noun phrase object right after the verb ("the", "a", "one", "two", "his").
_OBJECT_OPENERS = frozenset({"one", *lang.NUMBER_UNITS})


def object_only(words: list[str], x: int) -> bool:
    """`words` are the relative clause's words after "who" (lower case), `x` the index of its cue
    verb: True when a noun phrase with no verb of its own follows the cue verb."""
    rest = [w.strip(".,'’") for w in words[x + 1:]]
    if not rest or not (rest[0] in lang.DETERMINERS or rest[0] in _OBJECT_OPENERS
                    or rest[0] in lang.PREPOSITIONS or rest[0] in lang.OBJECT_ONLY_PREPOSITIONS):
        # ("who agree with the tariff said ...": a preposition's object, no clause either)
        return False
    return not any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS or w in lang.MODALS or lang.is_past_form(w, min_len=4)
                   or w in ("that", "if", "whether") for w in rest)
