"""Storylines: the names several articles mention, with the claims that mention them.

Split from align.py (which pairs and groups claims) when it reached the 400-line limit; the
on-disk path (streamalign.stored_storylines) shares `first_uncovered`, `name_as_written` and
`merge_same_titles` with the in-memory `storylines` here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from .. import lang, thresholds
from .commonnouns import common_nouns
from .pairs import STOP, Features
from .schema import ClaimRef, Storyline


def article_order(aid: str):
    return (int(aid[1:]) if aid[1:].isdigit() else 0, aid)


def name_as_written(name: str, fs: Iterable[Features]) -> str:
    """A lower-cased name as the claims write it ("gop" -> "GOP", "washington post" -> "Washington Post"),
    with the full stop of an abbreviation it ends in ("u.s" -> "U.S.", never "U.S")."""
    # the joining words a name's key leaves out stay as written ("Sponsors of Terrorism Act", not "Sponsors Terrorism Act")
    # a possessive inside the run stays as written ("ABL's Northern Division", not "Abl Northern Division"; digest33)
    rx = re.compile(r"\b" + r"(?:\s?['’]s)?\W+(?:(?:of|de|the)\W+)?".join(re.escape(p) for p in name.split()) + r"\b", re.I)
    for f in fs:
        for written in (f.claim.text, f.claim.evidence.quote):
            m = rx.search(written) or _quoted_title(name, written)
            if m:
                head = _FOR_HEAD.search(written[:m.start()])  # "Centers for Disease Control", not "Disease Control" (lead37)
                if head and not _OPENING.search(written[:head.start()]):
                    return head.group(0) + m.group(0)
                return m.group(0) + ("." if written[m.end():m.end() + 1] == "." and _abbreviated(m.group(0)) else "")
    return name.title() + ("." if _abbreviated(name) else "")


def _abbreviated(name: str) -> bool:
    """The name ends in an abbreviation that takes a full stop ("U.S", "Acme Co", "D.C")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in lang.ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last) is not None


#: The capitalised head of a name that joins its second part with "for" ("Centers for", "Coalition for the").
_FOR_HEAD = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+(?:for|" + "|".join(lang.CAPITALISED_TITLE_LINKS) + r")\s+(?:the\s+)?$")  # (a title's capitalised link: "Justice
# Against Sponsors of Terrorism Act", not "Sponsors of Terrorism Act"; the lead, session 48)
#: A US party-and-state tag as a name's key ("d-mo", "r-texas", "d-n.y"; attribution/apposition.py reads the same tag).
_PARTY_TAG = re.compile(r"[dri]-[a-z][a-z.]*")
#: Where a sentence opens: the start of a text, after a sentence's end or a dash, or an opening quote.
_OPENING = re.compile(r"(?:^|[.!?:;—–-][\"”’')]*\s+)[\"“‘'(]*$")


def _quoted_title(name: str, written: str):
    """The name inside a quoted title whose capitalised function words its key left out ("god trust" of '"In God We
    Trust"', shown as "God Trust"): the whole quoted run of capitalised words holding the key's words in order, a
    match object over it (the lead, session 48)."""
    for q in re.finditer(r"[“\"‘]((?:[A-Z][\w'’-]*\s+){1,7}[A-Z][\w'’-]*)[,.!?]?[”\"’]", written):
        words = [w.lower() for w in q.group(1).split() if w.lower() not in STOP]
        if words == name.split():
            return re.compile(re.escape(q.group(1))).search(written, q.start(1))
    return None


def party_tag(key: str) -> bool:
    """The name's key is a US party-and-state tag ("D-Mo" of "Sen. <Name>, D-Mo., said"): a tag, no story to follow
    (the lead, session 48)."""
    return _PARTY_TAG.fullmatch(key) is not None


def sentence_initial_only(key: str, fs: Iterable[Features]) -> bool:
    """A one-word name whose every capitalised use in these claims opens a sentence ("Dress like you
    ...", "Certainly don't ..."): a common word in first place, not a name several articles share.
    A name is written mid-sentence somewhere ("said Doe", "named Mac and Cheese")."""
    if " " in key:
        return False
    rx = re.compile(r"\b" + re.escape(key) + r"\b", re.I)
    seen = False
    for f in fs:
        for written in (f.claim.text, f.claim.evidence.quote):
            for m in rx.finditer(written):
                if not m.group(0)[:1].isupper():
                    continue
                seen = True
                if not _OPENING.search(written[:m.start()]):
                    return False
    return seen


#: Adjective endings of a one-word origin or direction ("Norvanian gunboats", "Danish troops", "a Maltese port",
#: "Western envoys"): lang.DEMONYM_ENDINGS and the compass adjectives of lang.COMPASS_FORMS.
_ADJECTIVE_ENDINGS = tuple(lang.DEMONYM_ENDINGS) + tuple(lang.MOVEMENT_ENDINGS) + tuple(w for w in lang.COMPASS_FORMS if w.endswith("ern"))
_NOT_A_NOUN_AFTER = frozenset(lang.SPEECH_VERBS) | frozenset(lang.REPORTING_WORDS)


_CAPITALISED = re.compile(r"[A-Z][\w.&'’-]*$")


def inside_longer_names_only(key: str, fs: Iterable[Features]) -> bool:
    """A one-word name every capitalised use of which stands beside another capitalised word (the
    word before or after it, a possessive ending the run): a part of longer names ("Marl" of "Marl County
    Sheriff's Office" and "Marl Valley"; "Beach" of "Larkin City Beach"; "Star" of "Acme Star
    Runner"), which list it themselves: no storyline of its own (digest33). A name written alone
    somewhere ("Obama said") keeps it."""
    if " " in key:
        return False
    rx = re.compile(r"\b(?i:" + re.escape(key) + r")\b")
    seen = False
    for written, m in _capitalised_uses(rx, fs):
        before = written[:m.start()].rstrip(" ")
        after = written[m.end():]
        last = before.split(" ")[-1] if before else ""
        prev_cap = m.start() > len(before) and _CAPITALISED.match(last) is not None and last.lower() not in STOP \
            and not last.endswith(("'s", "’s", ".", "!", "?", ":", ",", '"', "“"))
        nxt = re.match(r" +(?:for\s+(?:the\s+)?)?([A-Z][\w'’-]*)", after)  # (also "Centers for Disease Control": lead37)
        next_cap = nxt is not None and (nxt.group(1).lower() not in STOP or nxt.group(1).lower() in lang.MODALS)  # ("<Given> Will", "<Given> May": a surname; the lead, session 47)
        if not (prev_cap or next_cap):
            return False
        seen = True
    return seen


def _capitalised_uses(rx: re.Pattern, fs: Iterable[Features]) -> Iterator[tuple[str, re.Match]]:
    """Each capitalised match of `rx` in the claims' texts and quotes, with the text it is in."""
    for f in fs:
        for written in (f.claim.text, f.claim.evidence.quote):
            for m in rx.finditer(written):
                if m.group(0)[:1].isupper():
                    yield written, m


def _verb_before(after: str | None) -> bool:
    """What follows a past form ("argued that", "testified ." ) shows it a verb; a lower-case noun
    after it ("armored vehicles") shows it an adjective of that noun."""
    return after is None or not after[0].islower() or after in STOP


def adjective_only(key: str, fs: Iterable[Features]) -> bool:
    """A one-word name of origin or direction that every capitalised use in these claims writes
    before a lower-case noun ("Norvanian gunboats", "a Maltese port", "Western envoys"): an
    adjective describing other things, not a storyline of its own (digest33: storylines led by
    adjectives of nationality). A use before a verb ("Sullivan said"), a function word
    ("Brian was"), a past form ("Morgan argued"), a possessive or punctuation keeps it a name; a use
    before another capitalised word is part of a longer name and counts neither way. A hyphenated
    word whose last part is written lower-case ("Norvanian-language broadcaster") is a compound
    adjective too (digest34)."""
    compound = "-" in key and not key.endswith(_ADJECTIVE_ENDINGS)
    if " " in key or not (key.endswith(_ADJECTIVE_ENDINGS) or compound):
        return False
    rx = re.compile(r"\b(?i:" + re.escape(key) + r")\b(?!-)(?:\s+([A-Za-z][\w'’-]*)(?:\s+([A-Za-z][\w'’-]*))?)?")
    seen = False
    for _, m in _capitalised_uses(rx, fs):
        nxt = m.group(1)
        if compound and not m.group(0).split()[0].rsplit("-", 1)[1][:1].islower():
            return False  # "Norvan-Belsky": a double name
        if nxt is not None and nxt[0].isupper():
            continue  # a longer name's first word ("Norvanian Navy"): neither use
        if nxt is None or nxt in STOP or nxt in _NOT_A_NOUN_AFTER or (nxt.endswith("ed") and _verb_before(m.group(2))):
            return False
        seen = True
    return seen


def first_uncovered(ranked: Iterable[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """Storyline candidates in rank order, each dropped when all its claims are in one already
    kept; at most thresholds.MAX_STORYLINES (shared by the in-memory and the on-disk path)."""
    out: list[tuple[str, list[int]]] = []
    covered: list[set[int]] = []
    for key, idx in ranked:
        s = set(idx)
        if any(s <= c for c in covered):
            continue
        covered.append(s)
        out.append((key, idx))
        if len(out) == thresholds.MAX_STORYLINES:
            break
    return out

def storylines(feats: list[Features]) -> list[Storyline]:
    """Names (multiword first) mentioned by several articles, with the claims that mention them.

    A name in every claim of the batch is kept (it is the story's subject); a storyline whose
    claims are all in a bigger one already listed is dropped."""
    index: dict[str, list[int]] = defaultdict(list)
    in_seq: dict[str, Counter] = defaultdict(Counter)
    for f in feats:
        for s in f.name_seqs | f.names:
            index[s].append(f.index)
        for q in sorted(f.name_seqs):  # ties: the first claim, then alphabetical (not the hash seed)
            for t in q.split():
                in_seq[t][q] += 1
    surface: dict[str, str] = {}
    for t, seqs in in_seq.items():  # "white" -> "White House" when it mostly comes in that name
        q, n = seqs.most_common(1)[0]
        if n * 2 >= len(index.get(t, ())):
            surface[t] = q
    ranked = sorted(index.items(), key=lambda kv: (-len({feats[i].sha for i in kv[1]}), -len(kv[1]), kv[0]))
    common = common_nouns(f.claim.text for f in feats)  # "Women" of a title, "the women" elsewhere (digest34)
    out = first_uncovered((key, idx) for key, idx in ranked if len({feats[i].sha for i in idx}) >= 2 and key not in common
                          and not party_tag(key)
                          and not sentence_initial_only(key, (feats[i] for i in idx))
                          and not adjective_only(surface.get(key, key), (feats[i] for i in idx))
                          and not inside_longer_names_only(surface.get(key, key), (feats[i] for i in idx)))
    result = []
    for n, (key, idx) in enumerate(out, 1):
        fs = sorted((feats[i] for i in idx), key=lambda f: (article_order(f.article), f.claim.evidence.start))
        result.append(Storyline(id=f"s{n}", title=name_as_written(surface.get(key, key), fs), claims=[ClaimRef(article=f.article, claim=f.claim.id) for f in fs],
                                articles=sorted({f.article for f in fs}, key=article_order)))
    return merge_same_titles(result)


def merge_same_titles(lines: list[Storyline]) -> list[Storyline]:
    """Storylines whose names read the same ("supreme" and "supreme court" both shown as "Supreme
    Court") are one: the first keeps its place and takes the other's claims (in article order)."""
    kept: dict[str, Storyline] = {}
    for st in lines:
        k = st.title.lower()
        if k not in kept:
            kept[k] = st
            continue
        first = kept[k]
        claims = first.claims + [c for c in st.claims if c not in first.claims]
        claims.sort(key=lambda c: article_order(c.article))  # stable: each article's claims keep their order
        kept[k] = first.model_copy(update={"claims": claims,
                                           "articles": sorted(set(first.articles) | set(st.articles), key=article_order)})
    return [st.model_copy(update={"id": f"s{n}"}) for n, st in enumerate(kept.values(), 1)]

