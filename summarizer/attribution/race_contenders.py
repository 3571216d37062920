"""A race's description of a contender ("the GOP front-runner said", "The Democratic nominee added"): the person the
article wrote with a race's noun and the description's own words before the name ("GOP presidential hopeful <Name>").

coref51 wrote this rule (`race_contender`) and undid it: right on its one dev sentence, it cost PolNeAR half B one
claim under the named-source matcher, whose gold writes the description itself. Session 48 (coref57) gave the chain
matcher the persons the article writes with a gold description's title (eval/suites/attribution.described_names), so a
description resolved to its person is judged there; the rule is back on that measure (RESULTS, session 48). The
person merely named before the description is not taken (the first version of coref51 took the wrong candidate six
times in the dev data): only one written with the race's words."""

from __future__ import annotations

import re

from .. import lang

#: "the GOP front-runner", "the presidential hopeful", "the presumptive Democratic nominee".
_RACE_DESCRIPTION = re.compile(r"(?i:the)\s+(?:[\w.'’-]+\s+){0,2}?(" + lang.RACE_CONTENDER_NOUNS_RE + r")")
_RACE_WRITTEN = re.compile(r"\b(?:" + lang.RACE_CONTENDER_NOUNS_RE + r")\s+(?:[A-Z][\w'’.-]*\s+){0,2}$")


def race_contender(text: str, source: str, pos: int, mentions) -> str | None:
    """"the GOP front-runner said": the person the article wrote with a race's word and the description's own words
    before the name ("GOP presidential hopeful Jo Marr"), the last such before `pos`. None for any other source, and
    when no one is so written ("The GOP nominee" is not "Libertarian presidential nominee Al Hale")."""
    m = _RACE_DESCRIPTION.fullmatch(" ".join(source.split()))
    if m is None:
        return None
    words = [w.lower() for w in source.split()[1:-1]]
    written = [x for x in mentions if x.pos < pos and x.kind in ("person", "name") and len(x.name.split()) > 1 and not x.headline
               and _RACE_WRITTEN.search(text[max(0, x.pos - 60):x.pos]) is not None
               and all(re.search(r"\b" + re.escape(v) + r"\b", text[max(0, x.pos - 60):x.pos], re.I) for v in words)]
    return written[-1].name if written else None
