"""Cross-article alignment: a negated occasion is no denial of a habit (issue 15; digest57, digest56's Left).

"<Operator> said the first draw had not been broadcast." and "<Broadcaster> said it broadcasts the draw as
<Operator> supplies it." share the verb, and one of them negates it, but the first denies one occasion in the past
and the second tells what the broadcaster does as a rule: no version of the same event, and the digest showed
"<Operator> negates what <Broadcaster> says". `habit_only(neg, other)`: the negated claim's verb is told in the past
in a passive ("had not been <verb>", "was not <verb>ed", "has never been"; not an active "did not cover" against
"covers", a state denied: the lead's merge, int48), and the other claim tells that verb only in the present
third person ("broadcasts", "publishes"), after no determiner (not "the broadcasts", a noun). A past form or a bare
form in the other claim ("it broadcast the draw live") keeps the conflict.
"""

from __future__ import annotations

import re

from .. import lang
from .pairs import Features, stem

__all__ = ["habit_only"]

_PAST_NEGATED = re.compile(lang.PAST_NEGATED_VERB_RE)


def habit_only(neg: Features, other: Features) -> bool:
    """`neg` negates a past occasion of a verb that `other` tells only as a present habit (module doc)."""
    m = _PAST_NEGATED.search(neg.claim.text.lower())
    if m is None or not re.search(r"\bbeen\b|^(?:was|were)\b", m.group(0)):
        return False  # an active "did not cover" against "covers" is a state denied, no occasion (conf10; the merge, int48)
    base = stem(m.group(1))
    words = re.findall(r"[a-z'’]+", other.claim.text.lower())
    forms = [(k, w) for k, w in enumerate(words) if stem(w) == base or w.endswith("s") and stem(w[:-1]) == base or w.endswith("es") and stem(w[:-2]) == base]
    return bool(forms) and all(w.endswith("s") and w != m.group(1) and (k == 0 or words[k - 1] not in lang.DETERMINERS) for k, w in forms)
