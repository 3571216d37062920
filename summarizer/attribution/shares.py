"""A share of a group as a clause's subject (lead28; issue 12): "58 percent of those asked said ...",
"Two-thirds of respondents say ...", "a majority of the members said ...". A poll's or survey's count of
people speaks for them; the subject reader's length bound for a number-led noun phrase (four words) had
cut these off. Word list in summarizer.lang (SHARE_HEADS)."""

from __future__ import annotations

from .. import lang
from .text import Tok


def share_of_people(phrase: list[Tok]) -> bool:
    """`phrase` is a count or fraction, a share noun (lang.SHARE_HEADS), "of" and at most four words of
    a group of people ("those polled", "the union's members", "voters in the county"; not "of the budget"):
    no verb of its own but the group's participle, no comma, at most nine words."""
    if not 3 <= len(phrase) <= 9 or any(t.text in ",;:" for t in phrase):
        return False
    of = next((x for x in range(1, 4) if x < len(phrase) and phrase[x].low == "of"), None)
    if of is None or of + 1 >= len(phrase) or len(phrase) - of - 1 > 4:
        return False
    head = phrase[of - 1].low
    lead = [t.low for t in phrase[:of - 1]]
    counted = head in lang.SHARE_HEADS and (not lead or all(w in lang.DETERMINERS or w in lang.QUANTITY_LEADS or w[:1].isdigit()
                                                          or w in lang.COMPARATIVE_QUANTIFIERS or w == "than" for w in lead))
    group = phrase[of + 1:]
    people = any(t.low in lang.PERSON_NOUNS or t.low.endswith(lang.AGENT_PLURAL_ENDINGS) or t.low == "those" for t in group)
    return counted and people and not any(t.low in lang.AUXILIARY_VERBS or t.low in lang.MODALS or t.low in lang.CLAUSE_WORDS and t.low != "those"
                               for t in group)
