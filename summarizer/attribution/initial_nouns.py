"""'The EU says it ...', 'The Spaniard says he ...': "the" and one capitalised word opening a clause,
then a present-tense cue and a clause, is a subject and its verb; cue_words.is_cue otherwise reads
"the" and a capitalised word before a cue word as a proper adjective and a noun ("denounced the
Western support"; lead27). Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang
from .text import Tok


def the_capitalised_subject(toks: list[Tok], i: int) -> bool:
    """'The EU says it ...', 'The WHO warns that ...': "the" and an initialism opening the clause, then a
    present-tense cue and a clause (a pronoun, a determiner, a number) is a subject and its verb, not
    a proper adjective and a noun ("rejected the US claims"; lead27)."""
    acro = toks[i - 1].text
    opens = i == 2 or toks[i - 3].text in ",;:-—–" or toks[i - 3].low in lang.COORDINATORS
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not (opens and toks[i].low.endswith("s") and acro.isalpha() and nxt is not None):
        return False
    if 2 <= len(acro) <= 6 and acro.isupper():  # ("The FBI says Kopp has ...": a name and its verb after it)
        return nxt.low in lang.SUBJECT_PRONOUNS or nxt.low in lang.DETERMINERS or nxt.text[:1].isdigit() \
            or nxt.text[:1].isupper() and nxt.low not in lang.NOT_NAMES and i + 2 < len(toks) and toks[i + 2].text.islower()
    # "The Spaniard says he ...", "The Italian believes Roe can ...": a nationality standing for a person
    return acro[1:].islower() and i + 2 < len(toks) and (nxt.low in lang.PERSON_PRONOUNS | lang.GROUP_PRONOUNS | {"that", "the"}
                                                      or nxt.text[:1].isupper() and nxt.low not in lang.NOT_NAMES and toks[i + 2].text.islower()
                                                      or _name_then_verb(toks, i + 1))


def _name_then_verb(toks: list[Tok], k: int) -> bool:
    """From token k, two or three capitalised words and then an auxiliary or a modal ("The Pentagon alleges
    North Korea has sent ..."; lead28): a clause with no "that" after the cue, so the cue is a verb."""
    x = k
    while x < len(toks) and x - k < 3 and toks[x].text[:1].isupper() and toks[x].low not in lang.NOT_NAMES:
        x += 1
    return x - k >= 2 and x < len(toks) and (toks[x].low in lang.AUXILIARY_VERBS or toks[x].low in lang.MODALS)


def named_possessive_subject(toks: list[Tok], i: int) -> bool:
    """'Macy's said it would close ...', 'McDonald's reported that ...': a capitalised name ending in
    "'s" that opens the clause, then a past-tense cue and a clause, is a company's name and its verb,
    not a possessive before a noun ("Smith's claims that ...": not a past form; lead27, a newswire
    shape the factuality suite's half A holds)."""
    name, nxt = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
    opens = i == 1 or toks[i - 2].text in ",;:" or toks[i - 2].low in lang.COORDINATORS
    bare = name.low[:-2]  # (not "It's believed that ...", "That's said to ...": a pronoun and "is")
    if bare in lang.PRONOUNS or bare in lang.FUNCTION_WORDS or bare in lang.NOT_NAMES or re.fullmatch(lang.IS_CONTRACTION_SUBJECTS_RE, bare):
        return False
    return opens and name.text[:1].isupper() and lang.is_past_form(toks[i].low) and nxt is not None \
        and (nxt.low in lang.SUBJECT_PRONOUNS or nxt.low in lang.DETERMINERS or nxt.low in ("that", "on") or nxt.low in lang.TIME_WORDS
             or nxt.text[:1].isdigit())  # ("Macy's said on Monday that ...", "... said Monday it would"; lead28)


def firm_name_at(text: str, end: int) -> bool:
    """The capitalised word ending in "'s" that ends at `end` is a firm's whole name ("Macy's said it
    would ...", "Dillard's, the retailer, reported that ..."): a past-tense or present cue follows (after
    an apposition in commas at most), then what opens its clause: a pronoun, a determiner, "that", a
    number. The name keeps its "'s" (lead28; names.py, resolution.py)."""
    m = re.match(r"(?:\s*,[^,]{1,60},)?\s+([a-z]+)\s+([\w'’]+)", text[end:end + 120])
    if m is None or text[end - 2:end] not in ("'s", "’s"):
        return False
    verb, nxt = m.group(1), m.group(2).lower()
    return verb in lang.CUE_VERBS and (lang.is_past_form(verb) or verb.endswith("s")) \
        and (nxt in lang.SUBJECT_PRONOUNS or nxt in lang.DETERMINERS or nxt in ("that", "on") or nxt in lang.TIME_WORDS or nxt[:1].isdigit())
