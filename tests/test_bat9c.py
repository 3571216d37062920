"""A battery of short news articles written for session 8 (bat9c, issue 12: attribution across
sentences and paragraphs): quotations over several sentences and paragraphs, "he said" / "it
added" / "they said" / "the agency" resolving to the last fitting source, speakers alternating,
a surname or first name alone, interviews, the outlet's narration between quotes, "In a
statement, X said ... The statement also ...". The articles and the answers expected for every
sentence (written before the tool was run) are in tests/bat9c_battery.txt; each sentence is one
case, checked on the `code` path's claims (the claim whose evidence covers most of the
sentence), else on the attribution stage's relation for the sentence."""

from __future__ import annotations

import functools
import pathlib
import re

import pytest

from summarizer.attribution import analyze
from tests.test_reading_outputs import _code

_BATTERY = pathlib.Path(__file__).with_name("bat9c_battery.txt")
_OUTLET = "article"
#: Cases still wrong, by why (strict: a case that starts passing must leave this list).
_OPEN = {
    "tech-qa-5": "an interview's second 'Q:' is read as a colon frame of a speaker 'Q'",
    "business-bank-board-0": "'Shareholders of X rejected the pay package': a vote read as a denial",
    "sports-league-team-3": "'the team' for a team named 'Bay City Comets' (no organisation word in the name)",
    "courts-lawsuit-suit-4": "'the company' for 'GreenEarth Disposal' (a company name with no trade word in lang)",
    "science-colon-list-1": "'The panel's report made three recommendations: ...' is no frame",
}


@functools.lru_cache(maxsize=None)
def _articles(battery: pathlib.Path = _BATTERY) -> dict[str, tuple[str, list[tuple[str, str, str, int]]]]:
    """id -> (text, [(sentence, who, certainty, start)]): the headline, a blank line, then the
    paragraphs, sentences joined by a space (tests/test_pol10.py reads its own battery file)."""
    out, cur, head, paras = {}, None, None, [[]]
    lines = [ln for ln in battery.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]

    def close():
        if cur is None:
            return
        text, rows = head + "\n\n", []
        for p in [p for p in paras if p]:
            for k, (who, cert, sent) in enumerate(p):
                text += ("" if k == 0 else " ")
                rows.append((sent, who, cert, len(text)))
                text += sent
            text += "\n\n"
        out[cur] = (text.rstrip() + "\n", rows)

    for ln in lines + ["=== end"]:
        if ln.startswith("=== "):
            close()
            cur, head, paras = ln[4:].strip(), None, [[]]
        elif head is None and ln.strip():
            head = ln.strip()
        elif not ln.strip():
            if paras[-1]:
                paras.append([])
        else:
            who, cert, sent = (x.strip() for x in ln.split("|", 2))
            paras[-1].append((who, cert, sent))
    out.pop("end", None)
    return out


@functools.lru_cache(maxsize=None)
def _claims(art: str, battery: pathlib.Path = _BATTERY):
    return _code(_articles(battery)[art][0]).claims


def _cases():
    for art, (_, rows) in _articles().items():
        for k, (sent, who, cert, _) in enumerate(rows):
            why = _OPEN.get(f"{art}-{k}")
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            yield pytest.param(art, k, id=f"{art}-{k}", marks=marks)


def _matches(expected: str, got: str | None) -> bool:
    """`expected` (alternatives split by "/"): the outlet, or a source whose last two words (a
    first name and surname: the fullest name the article gives) are words of what the tool gave."""
    got = got or _OUTLET
    for alt in expected.split("/"):
        if alt == _OUTLET:
            if got == _OUTLET:
                return True
        elif got != _OUTLET and re.search(r"\b" + re.escape(" ".join(alt.split()[-2:]).lower()) + r"\b", got.lower()):
            return True
    return False


def _found(art: str, k: int, battery: pathlib.Path = _BATTERY) -> tuple[str, str | None]:
    """(how found, who, certainty) for sentence k: the code path's claim whose evidence covers
    most of the sentence (at least half of it or of the claim), else the attribution stage's."""
    text, rows = _articles(battery)[art]
    sent, _, _, start = rows[k]
    end = start + len(sent)
    best, cov = None, 0
    for c in _claims(art, battery):
        a, b = c.evidence.start, c.evidence.end
        ov = max(0, min(b, end) - max(a, start))
        if ov * 2 >= min(end - start, b - a) and ov > cov:
            best, cov = c, ov
    if best is not None:
        return "claim", best.attributed_to, best.certainty
    rel = analyze(text).relation_for(start, end)
    return "stage", (rel.name if rel else _OUTLET), None


@pytest.mark.parametrize("art,k", list(_cases()))
def test_battery_sentence(art, k):
    sent, who, cert, _ = _articles()[art][1][k]
    how, got_who, got_cert = _found(art, k)
    if who != "*":
        assert _matches(who, got_who), (sent, who, how, got_who)
    if cert != "*" and got_cert is not None:
        assert got_cert == cert, (sent, cert, how, got_cert)


# -- shared by the batteries written the same way (pol10, over11, own11, read11a, read11b) ----------

def battery_cases(path: pathlib.Path, still_open: dict[str, str]):
    """pytest params (article, index) for every sentence of a battery; the ones listed in
    `still_open` are strict xfails with their reason (a case that starts passing must leave it)."""
    for art, (_, rows) in _articles(path).items():
        for k in range(len(rows)):
            why = still_open.get(f"{art}-{k}")
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            yield pytest.param(art, k, id=f"{art}-{k}", marks=marks)


def check_battery_sentence(path: pathlib.Path, art: str, k: int, claim_needed: bool = False) -> None:
    """The sentence's expected source ('*': any) and certainty ('*': any) against the `code` path's
    claim covering it, else the attribution stage; `claim_needed`: a certainty needs a claim."""
    sent, who, cert, _ = _articles(path)[art][1][k]
    how, got_who, got_cert = _found(art, k, path)
    if who != "*":
        assert _matches(who, got_who), (sent, who, how, got_who)
    if cert != "*":
        assert got_cert is not None or not claim_needed, (sent, "no claim")
        assert got_cert in (cert, None), (sent, cert, how, got_cert)
