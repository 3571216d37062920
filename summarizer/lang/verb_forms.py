"""One test of a verb's past form (tidy19, issue 12: rules that are general, word lists in one place).

"The word is a past-tense verb: it ends in -ed or is an irregular past" was written out in about
fifteen places with small variations (a minimum length, another list of irregular forms); they
all read this one function now. English grammar: a regular past ends in "-ed" ("voted", "urged");
an irregular one is listed (lang.IRREGULAR_PAST: "drew", "said", "began"). The word is compared as
given (the callers lower-case it).

The variations, as parameters:
- `min_len`: an "-ed" word counts only when it is longer than this. 4 rejects the short words that
  end in "-ed" but are mostly no past verb here ("need", "feed", "shed", "seed", "bred", "used", "red",
  "bed"); 0 (the default) takes every "-ed" word.
- `irregular`: the list of irregular forms. lang.IRREGULAR_PAST (the default) is the past tenses
  that open a clause; the digest compares words by sense and reads lang.IRREGULAR_FORMS (pasts and
  past participles with their base forms); attribution/pending.py reads the pasts a "nearly" may
  negate (lang.NEAR_MISS_IRREGULAR_PASTS).

The lists of irregular forms and where each lives (one rule each; merging them changes behaviour):
- lang.IRREGULAR_PAST (grammar.py): the pasts that open a clause; this module's default;
- PAST_MARKERS (below, dates.py): IRREGULAR_PAST's pasts but two, twelve more and the auxiliaries;
- lang.NEAR_MISS_IRREGULAR_PASTS (pending.py): the pasts a "nearly" may negate ("nearly sank"), not
  "said" or "told"; lang.IRREGULAR_VERBS (grammar.py): a counted phrase's end, present forms too;
  lang.IRREGULAR_FORMS (senses.py): pasts and participles with their base forms, for the digest;
  lang.DESCRIPTION_PARTICIPLES (time.py): participles with no "-ed" that open a description.

Tests that differ and keep their own spelling (not a past form: a different rule):
- the verb forms that end a counted noun phrase (lang.IRREGULAR_VERBS holds present forms too:
  "remain", "faces"; quantity.py, picks.py, dates.py, fields.py, attribution/certainty.py);
- attribution/speech_events.py (an irregular past but "left", "met", "led", which are also nouns
  and adjectives there), quantity.py ("-ing" forms too), digest/nounneg.py and rowcontext.py
  (participles: "-en" too).
"""

from __future__ import annotations

from collections.abc import Collection

from .grammar import IRREGULAR_PAST


def is_past_form(word: str, *, min_len: int = 0, irregular: Collection[str] = IRREGULAR_PAST) -> bool:
    """`word` is a past form: in `irregular`, or ending in "-ed" and longer than `min_len`."""
    return word in irregular or (len(word) > min_len and word.endswith("ed"))


#: Words that put a sentence in the past or the perfect: a SCHEDULE_VERBS word in it does not make
#: its day a coming one ("The store was open on Sunday", "Smith hit a home run on Sunday";
#: dates.py; English grammar: auxiliaries and irregular pasts; verbs ending in "-ed" count as well).
#: The irregular pasts are IRREGULAR_PAST's but two ("said", "told": "Roe said the store opens on
#: Sunday" tells a coming day), and twelve IRREGULAR_PAST lacks (tidy20: one list, not two copies).
#: "drew", "knew", "sought" are in since left21 ("The club that opens the league drew a record crowd on
#: Sunday" was read as a coming Sunday).
PAST_MARKERS = ("was", "were", "had", "has", "have", "did") + tuple(sorted(
    IRREGULAR_PAST - {"said", "told"}
    | set("sat hit beat shot flew drove ate felt taught withdrew sank overtook".split())))
