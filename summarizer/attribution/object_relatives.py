"""Two shapes clause_shapes reads a relative clause's hedge in, split out at its 400-line bound (attr58; the lead's Left
of session 48):

- a bare plural object right after a past verb, then "that" ("The firm recalled cars that may have faulty brakes"):
  the "that" opens a relative clause on the object, so its "may" is the relative's own, not the main clause's; not
  after a verb that takes an addressee and a "that" clause ("warned residents that the dam may burst", "told
  reporters that ...", "convinced voters that ...": those are the content);
- a present "-s" verb right after a sentence's opening noun phrase ("The law gives residents the right to sue for any
  damage that the plant may have caused"): a verb before the object relative, as a past form is, so the "that" is no
  frame's content with its verb left out.
"""

from __future__ import annotations

from .. import lang


def noun_after_past(w: list[str], j: int) -> bool:
    """w[j] == "that" after a bare plural noun that a past verb's object is ("recalled cars that ..."), the verb no
    verb of saying, thinking or persuading (but "recalled" of goods, lang.RECALLED_GOODS)."""
    if j < 2:
        return False
    noun, verb = w[j - 1], w[j - 2]
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun.isalpha() and noun not in lang.FUNCTION_WORDS \
        and lang.is_past_form(verb, min_len=4) and (verb in lang.RECALL_FORMS and noun in lang.RECALLED_GOODS  # (goods, no memory)
                                                    or verb not in lang.CUE_VERBS | lang.THAT_CLAUSE_VERBS | lang.PERSUADING_VERBS | lang.SPEECH_VERBS)


def present_after_subject(w: list[str], k: int) -> bool:
    """w[k] is a present "-s" verb right after the sentence's opening noun phrase: a determiner and one or two words
    ("The law gives residents ...", "The new rule lets tenants ..."), then a word that opens its object."""
    if k not in (2, 3) or k + 1 >= len(w) or w[0] not in lang.DETERMINERS:
        return False
    x = w[k]
    return x.endswith("s") and not x.endswith(("ss", "us", "is", "'s", "’s")) and x.isalpha() and x not in lang.FUNCTION_WORDS \
        and all(y.isalpha() and y not in lang.FUNCTION_WORDS and not y.endswith("s") for y in w[1:k]) \
        and (w[k + 1] in lang.DETERMINERS or w[k + 1] in lang.OBJECT_PRONOUNS or w[k + 1].isalpha() and w[k + 1] not in lang.FUNCTION_WORDS)
