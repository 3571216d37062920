"""A source's description ending in a lower-case trade after an organisation's name (session 27, read29;
issue 12): "..., Ada Kerr of Brill/Hanson glass blowing said." The "-ing" word closes the name of a trade
("music publishing", "ship building"), not a verb whose object runs on to the cue, so the phrase before the
cue is still a subject."""

from __future__ import annotations

from .. import lang
from .text import Tok, cap


def trade_after_org(phrase: list[Tok]) -> bool:
    """`phrase` (ending in a lower-case "-ing" word) is "<Name> ... of <Capitalised name> <one to three
    lower-case words>" with no comma: "Jon Vale of Orbis/Kell record pressing", or it ends "of <-ing word>"
    ("officers accused of racketeering")."""
    if len(phrase) > 2 and phrase[-2].low == "of":
        return True
    if len(phrase) < 5 or not cap(phrase[0].text):
        return False
    k = next((x for x in range(len(phrase) - 2, 0, -1) if phrase[x].low == "of"), None)
    if k is None or k + 1 >= len(phrase) or not cap(phrase[k + 1].text):
        return False
    tail = phrase[k + 1:]
    lower = [t for t in tail if t.text.islower()]
    upper_end = max(x for x, t in enumerate(tail) if not t.text.islower())
    return 1 <= len(lower) <= 3 and all(t.text.isalpha() for t in tail[upper_end + 1:]) \
        and all(t.text.isalpha() or t.text in "/&-" for t in tail) and len(tail) - upper_end - 1 == len(lower)




def event_noun_object(phrase) -> bool:
    """The subject ends "<preposition> the <noun> meeting / hearing / briefing" ("a report to the meeting said",
    "papers for the council hearing said"): the -ing word is a noun after a preposition's determiner, not a verb
    whose object the phrase is (genre45); "..., requiring state and local police to ..." has none."""
    for d in (2, 3):
        if len(phrase) > d and phrase[-d].low in lang.OBJECT_DETERMINERS and (phrase[-d - 1].low in lang.PREPOSITIONS or phrase[-d - 1].low == "to") \
                and all(t.text.isalpha() for t in phrase[-d + 1:]):
            return True
    return False
