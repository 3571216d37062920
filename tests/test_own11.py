"""A battery of short news articles written for session 10 (own11, issue 12: attributed statements
shown in the outlet's own voice). 25 articles in tests/own11_battery.txt (local government, sports,
health, labour, banking, courts, statehouses, business, transit, elections, schools, police,
technology, science, infrastructure, weather, trade, energy, crime), each sentence with the
`attributed_to` and `certainty` an analyst expects, written down before the tool was run: speech
verbs outside the common list ("lamented", "assured", "hinted", "reaffirmed", "retorted"), a view
("X views Y as Z", "characterized Y as", "branded", "deemed"), "identified Y as", a time phrase
between the source and its cue ("The court last year ruled"), a cue in an infinitive ("used the
speech to argue", "was quick to point out", "took to social media to complain"), a passive with
the source after "by" ("was criticized by riders' groups as"), light-verb and noun frames ("made
the case that", "expressed confidence that", "raised the possibility that"); and the outlet's own
narration and acts that look like cues ("dubbed the park", "used its first pick to select", "in
2019 approved"). Each sentence is one case, read like tests/test_bat9c.py (the `code` path's claim
covering the sentence, else the attribution stage's relation)."""

from __future__ import annotations

import pathlib

import pytest

from tests.test_bat9c import _articles, _found, _matches

_BATTERY = pathlib.Path(__file__).with_name("own11_battery.txt")
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN: dict[str, str] = {
}


def _cases():
    for art, (_, rows) in _articles(_BATTERY).items():
        for k in range(len(rows)):
            why = _OPEN.get(f"{art}-{k}")
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            yield pytest.param(art, k, id=f"{art}-{k}", marks=marks)


@pytest.mark.parametrize("art,k", list(_cases()))
def test_own11_sentence(art, k):
    sent, who, cert, _ = _articles(_BATTERY)[art][1][k]
    how, got_who, got_cert = _found(art, k, _BATTERY)
    assert _matches(who, got_who), (sent, who, how, got_who)
    if cert != "*":
        assert got_cert in (cert, None), (sent, cert, how, got_cert)
