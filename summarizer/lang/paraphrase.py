"""Words news outlets use for one another when they state the same fact (digest/synonyms.py): the
agreements' view of the one list of word senses, lang/senses.py WORD_SENSES (merged there by
agree11, session 10; written by agree10 from how wire copy restates a fact: "a faulty software
update" / "a flawed software update"; "crews expect to finish repairs" / "repairs should be
completed"). A word marked there as having another common sense ("fire": a blaze and a dismissal)
is left out: read as a synonym it alone would join unrelated claims. Forms are listed as written;
the alignment matches them by their stems. No topic words.
"""

from __future__ import annotations

from .senses import WORD_SENSES

#: Groups of words that state one predicate or quality, one group a string (a group left with
#: fewer than two words is none).
NEWS_SYNONYMS = tuple(" ".join(ws) for ws in ([w for w in g if not w.startswith("~")] for g in WORD_SENSES)
                      if len(ws) >= 2)
