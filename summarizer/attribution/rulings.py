"""Rulings and findings by a person or body, with no "that" clause (session 9, left10; issue 12):

- "The coroner ruled the death a suicide.", "The fire marshal ruled the blaze accidental.", "The
  state supreme court ruled the map unconstitutional.": a verb of an official finding
  (lang.RULING_VERBS_RE), its object, then a verdict (lang.RULING_PREDICATES). What is found ("the
  death a suicide") is the finder's account, not the outlet's fact;
- "Investigators found no evidence that the fire was set deliberately.", "The researchers found no
  link between the vaccine and the disorder.": what the finders did not find is theirs too, and
  `negated` (the content opens with "no").

The subject is a noun phrase that opens the sentence (no clause word, no pronoun the resolver would
read as a thing). Tried by documents.document_frame (cues.extra_frame) for a sentence the main rules
leave without a frame; "The judge ruled in favor of ...", "Firefighters found a body ...", "ruled
out" are no frame (no verdict, no "no evidence").
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .text import outside

_NOT_MODIFIER = "|".join(sorted(lang.PHRASE_PREPOSITIONS)) + "|" + lang.MODIFIER_BREAKERS_RE
_SUBJECT = (r"\s*(?P<src>(?:(?!(?:" + _NOT_MODIFIER + r")\b)[\w'’.-]+\s+){0,6}?[\w'’.-]+)"
            r"(?:\s*,\s+(?:who|which)\s[^,;:“”\"]{1,60}?,)?\s+"  # "The inspector, who toured the plant, found" (read12c)
            r"(?:on\s+(?i:" + "|".join(sorted(lang.WEEKDAYS)) + r")\s+)?(?:(?:" + lang.RULING_LEADS_RE + r"|(?!only\b)[a-z]+ly)\s+)*")  # "A judge on Tuesday ruled", "The panel ultimately found"
_RULED = re.compile(_SUBJECT + r"(?P<cue>" + lang.RULING_VERBS_RE + r")\s+"
                    r"(?P<obj>(?:" + "|".join(lang.NOUN_DETERMINERS[:-2]) + r")\s+(?:[\w'’-]+\s+){0,5}?)"
                    r"(?:an?\s+)?(?P<pred>" + "|".join(sorted(lang.RULING_PREDICATES)) + r")\b(?=\s*[.,;]|\s+(?:" + lang.RULING_TAILS_RE + r")\b)", re.I)
_FOUND_NONE = re.compile(_SUBJECT + r"(?P<cue>" + lang.FOUND_NONE_VERBS_RE + r")\s+"
                         r"(?P<obj>no\s+(?:(?:" + lang.FOUND_NONE_MODIFIERS_RE + r")\s+)?(?:" + lang.FOUND_NONE_NOUNS_RE + "|(?:" + "|".join(sorted(lang.SIGN_NOUNS)) + r")(?=\s+that\b)"
                         r"))\b", re.I)


def ruling_frame(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of "X ruled the death a suicide" or "X found no
    evidence that ...", or None."""
    m = _FOUND_NONE.match(text, sp.start, sp.end)
    if m is None:
        m = _RULED.match(text, sp.start, sp.end)
    if m is None or not outside(m.start("src"), quotes):
        return None
    first = m.group("src").split()[0].lower()
    if first in lang.CLAUSE_WORDS or first in lang.SUBORDINATORS or first in lang.PRONOUNS or first in lang.PREPOSITIONS:
        return None
    end = sp.end
    while end > m.start("obj") and text[end - 1] in " .!\n":
        end -= 1
    return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (m.start("obj"), end)



def rules_on(cue: str, content: str) -> bool:
    """A cue of an official finding whose content is an object and its verdict ("ruled" + "the
    death a suicide"): the short content is the whole statement, as after a plain "said"."""
    words = re.findall(r"[a-z]+", content.lower())
    return re.fullmatch(lang.RULING_VERBS_RE, cue.strip(), re.I) is not None and len(words) <= 12 \
        and any(w in lang.RULING_PREDICATES for w in words[-4:])
