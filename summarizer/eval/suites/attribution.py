"""Attribution suite on PolNeAR (devdata/attribution): who asserts each claim a system shows.

For every claim, the gold source is the relation whose content spans cover most of the
claim's evidence, if they cover at least half of it; otherwise the claim is in the outlet's
own voice (`article`). PolNeAR annotations are univocal, so text outside every content span is
the outlet's (~94% recall per the corpus authors).

Metrics per system:
- `balanced_accuracy`: attributed vs own voice, mean of the two recalls.
- `named_source_accuracy`: claims attributed by both gold and system, whose gold source is not a
  pronoun ("he", "she", "they", ...): the system's `attributed_to` matches the gold source text
  (`eval.matching.attribution_matches`: token_set_ratio >= 80 or containment).
- `named_source_accuracy_chain`: the same over every gold relation with a source, where a gold
  source that is a pronoun or a description without a capitalised word ("the newspaper") also
  accepts the nearest preceding capitalised gold source of the article: an approximation of the
  coreference chain PolNeAR does not give.
- `attributed_shown_stated`: claims the gold attributes that the system shows as `stated`;
  `attributed_shown_stated_speech`: those of them whose gold cue holds a word of saying, believing
  or finding (the cue lists of summarizer/lang: "said", "believes", "found", "according to",
  "claim"), the rest being acts, states and feelings PolNeAR also counts as cues ("voted", "signed",
  "lifted a curfew", "seethed") and evals/GUIDELINES.md gives to the outlet's own voice.

Every metric is also reported under a second reading of the gold (`whole_statement_gold`): a
relation also covers a claim when its content, source and cue together cover at least half of
the evidence and its content at least a quarter. Under the first reading '“It is hard,” said
Jane Doe, a tax consultant at the firm.' is the outlet's own voice (the quote is a third of
the sentence); under the second it is Jane Doe's.

    python -m summarizer.eval.suites.attribution --sample 8 --systems rules,sentences
"""

from __future__ import annotations

import re
import time

from ... import lang
from ..matching import attribution_matches
from ...schema import ARTICLE_VOICE
from ..devdata import devdata_dir
from .common import Report, main, make_article, rate, read_jsonl, score_systems

PRONOUNS = lang.PERSONAL_PRONOUNS


def load(sample: int = 0) -> list[tuple[dict, list[dict]]]:
    """(article, relations) pairs; `sample` > 0 takes that many articles spread evenly over the
    id-sorted list (so every outlet is represented)."""
    base = devdata_dir() / "attribution"
    arts = sorted(read_jsonl(base / "articles.jsonl"), key=lambda a: a["article_id"])
    rels: dict[str, list[dict]] = {}
    for r in read_jsonl(base / "attributions.jsonl"):
        rels.setdefault(r["article_id"], []).append(r)
    if sample and sample < len(arts):
        arts = [arts[i * len(arts) // sample] for i in range(sample)]
    return [(a, rels.get(a["article_id"], [])) for a in arts]


def _spans(rel: dict) -> list[tuple[int, int]]:
    out = [tuple(s) for s in rel["content"]["spans"]]
    for extra in rel.get("content_extra") or []:
        out += [tuple(s) for s in extra.get("spans", [])]
    return out


def _footprint(rel: dict) -> tuple[int, int] | None:
    spans = _spans(rel) + [tuple(x) for part in ("source", "cue") if rel.get(part) for x in rel[part]["spans"]]
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    return (lo, hi) if hi - lo <= 600 else None


def gold_relation(rels: list[dict], start: int, end: int, whole: bool = False) -> dict | None:
    """The relation whose content covers most of [start, end), if at least half of it.

    `whole` (the second reading the suite reports): a relation whose whole statement (content,
    source and cue, when within 600 characters) covers at least half of the span also counts,
    provided its content covers at least a quarter: '“It is hard,” said Jane Doe, a consultant at
    the firm.' is attributed although its content is a third of the sentence."""
    best, best_cov = None, 0
    n = max(1, end - start)
    for r in rels:
        cov = sum(max(0, min(end, e) - max(start, s)) for s, e in _spans(r))
        fp = _footprint(r) if whole else None
        if fp and cov * 2 < n and cov * 4 >= n:
            cov = max(0, min(end, fp[1]) - max(start, fp[0]))
        if cov > best_cov:
            best, best_cov = r, cov
    return best if best is not None and best_cov * 2 >= n else None


#: Words of a cue that says, believes or finds (the attribution stage's own cue lists).
_SPEECH_CUE_WORDS = (lang.CUE_VERBS | lang.SPEECH_VERBS | lang.ATTITUDE_VERBS | lang.FINDING_VERBS
                     | lang.COMPLEMENT_NOUNS | lang.NOUN_CUES | {"according"})


def speech_cue(rel: dict) -> bool:
    """The gold relation's cue holds a word of saying, believing or finding ("said", "also views",
    "found", "according to"), not only an act or state ("voted", "lifted", "seethed after")."""
    cue = ((rel.get("cue") or {}).get("text") or "").lower()
    return any(w in _SPEECH_CUE_WORDS for w in re.findall(r"[a-z]+", cue))


def _is_pronoun(src: str) -> bool:
    return src.strip().lower() in PRONOUNS


def _chain_names(rel: dict, rels: list[dict], text: str = "") -> list[str]:
    """Gold source text, plus the nearest preceding capitalised source for pronouns/descriptions, plus the persons
    the article writes with a description's head noun as their title or office (`described_names`)."""
    src = rel["source"]["text"]
    names = [src]
    if _is_pronoun(src) or not re.search(r"\b[A-Z]", re.sub(r"^(The|A|An)\s+", "", src)):
        pos = rel["source"]["spans"][0][0]
        prev = [r for r in rels if r.get("source") and r["source"]["spans"][0][0] < pos
                and re.search(r"\b[A-Z]", re.sub(r"^(The|A|An)\s+", "", r["source"]["text"]))
                and not _is_pronoun(r["source"]["text"])]
        if prev:
            names.append(max(prev, key=lambda r: r["source"]["spans"][0][0])["source"]["text"])
    return names + described_names(src.split(",")[0], text)  # (the name before a description set off, as the matcher reads it)


#: A gold source that describes a person by an office or a race's noun, with no name of theirs: "The GOP presidential
#: nominee", "the Fox News host", "Senator from Texas" (the head noun, then at most "from/of/for <Place>").
_DESCRIPTION = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,4}?([A-Za-z-]+)(?:\s+(?:from|of|for)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?",
                          re.I)


def described_names(src: str, text: str) -> list[str]:
    """The persons `text` writes with the head noun of the description `src` right before their name ("presidential
    nominee Donald Trump", "Sen. Ted Cruz" for "senator"): the chain PolNeAR does not give, built from the article's own
    words so that a description resolved to its person can be judged (session 48, coref57). Empty when the head is no person noun (`src`
    names someone) or the article writes no one so. The description's party ("GOP" is "Republican") and capitalised words
    are among the four words before that title, and its place ("from <State>") is written after the name."""
    m = _DESCRIPTION.fullmatch(" ".join(src.split()))
    if m is None or not text:
        return []
    head = m.group(1).lower()
    race = re.fullmatch(lang.RACE_CONTENDER_NOUNS_RE, head) is not None  # (a race's nouns are one: "GOP presidential
    # hopeful <Name>" is "the GOP front-runner", as attribution/race_contenders reads it)
    if not race and (head not in lang.PERSON_NOUNS | lang.PERSON_TITLES or head.endswith("s") and head not in lang.PERSON_TITLES):
        return []
    before = " ".join(src.split())[:m.start(1)].split()
    forms = [lang.RACE_CONTENDER_NOUNS_RE] if race else [re.escape(head)] + [re.escape(k) + r"\." for k, v in lang.TITLE_NOUN_OF.items() if v == head]
    place = re.search(r"\s(?:from|of|for)\s+([A-Z]\w\w)", src)
    marks = {lang.PARTY_SHORT_FORMS.get(w.lower(), w.lower()) for w in before
             if w.lower() in lang.PARTY_SHORT_FORMS or w[:1].isupper() and w.lower() not in lang.PERSON_TITLES | {"the", "a", "an"}}
    out = set()
    for f in re.finditer(r"\b(?i:" + "|".join(forms) + r"),?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)", text):
        said = {lang.PARTY_SHORT_FORMS.get(w.lower(), w.lower()) for w in re.findall(r"[\w-]+", text[max(0, f.start() - 60):f.start()])[-4:]}
        if len(f.group(1).split()) >= 2 and marks <= said and (place is None or place.group(1) in text[f.end():f.end() + 40]):
            out.add(f.group(1))  # (the race's and the description's own words before the title; its place after the name)
    return sorted(out)


def score(pairs, fn) -> dict:
    """Scores under both readings of the gold: `content` (the suite's definition) and `whole`."""
    preds = []
    seconds = 0.0
    for art, rels in pairs:
        t0 = time.perf_counter()
        preds.append(fn(make_article(art["text"], art["article_id"])))
        seconds += time.perf_counter() - t0
    out = _score(pairs, preds, whole=False)
    out["seconds_per_article"] = round(seconds / max(1, len(pairs)), 3)
    out["whole_statement_gold"] = {k: v for k, v in _score(pairs, preds, whole=True).items()
                                   if k != "named_source_misses"}
    return out


def _score(pairs, preds, whole: bool) -> dict:
    c = dict(att_tp=0, att_fn=0, own_tn=0, own_fp=0, named_ok=0, named_n=0, chain_ok=0, chain_n=0,
             attributed_stated=0, attributed_stated_speech=0, claims=0, articles=0)
    examples: list[str] = []
    for (art, rels), pred in zip(pairs, preds):
        c["articles"] += 1
        for cl in pred.claims:
            c["claims"] += 1
            rel = gold_relation(rels, cl.evidence.start, cl.evidence.end, whole)
            said = cl.attributed_to != ARTICLE_VOICE
            if rel is None:
                c["own_tn" if not said else "own_fp"] += 1
                continue
            c["att_tp" if said else "att_fn"] += 1
            if cl.certainty == "stated":
                c["attributed_stated"] += 1
                c["attributed_stated_speech"] += speech_cue(rel)
            if not said or not rel.get("source"):
                continue
            src = rel["source"]["text"]
            if not _is_pronoun(src):
                c["named_n"] += 1
                ok = attribution_matches(cl.attributed_to, src)
                c["named_ok"] += ok
                if not ok and len(examples) < 12:
                    examples.append(f"{cl.attributed_to!r} vs gold {src!r}")
            c["chain_n"] += 1
            c["chain_ok"] += any(attribution_matches(cl.attributed_to, n) for n in _chain_names(rel, rels, art["text"]))
    tpr = rate(c["att_tp"], c["att_tp"] + c["att_fn"])
    tnr = rate(c["own_tn"], c["own_tn"] + c["own_fp"])
    return {
        "articles": c["articles"],
        "claims": c["claims"],
        "gold_attributed": c["att_tp"] + c["att_fn"],
        "gold_own_voice": c["own_tn"] + c["own_fp"],
        "attributed_recall": tpr,
        "own_voice_recall": tnr,
        "balanced_accuracy": round((tpr + tnr) / 2, 3) if tpr is not None and tnr is not None else None,
        "named_source_accuracy": rate(c["named_ok"], c["named_n"]),
        "named_source_n": c["named_n"],
        "named_source_accuracy_chain": rate(c["chain_ok"], c["chain_n"]),
        "named_source_chain_n": c["chain_n"],
        "attributed_shown_stated": c["attributed_stated"],
        "attributed_shown_stated_speech": c["attributed_stated_speech"],
        "named_source_misses": examples,
    }


COLUMNS = [("balanced_accuracy", "bal. acc."), ("attributed_recall", "attributed found"),
           ("own_voice_recall", "own voice kept"), ("named_source_accuracy", "named source"),
           ("named_source_accuracy_chain", "named (chain)"), ("attributed_shown_stated", "attributed as stated"),
           ("attributed_shown_stated_speech", "of them, speech cue"),
           ("claims", "claims"), ("articles", "articles"), ("seconds_per_article", "s/article")]


def run(settings, *, sample: int | None = None, systems: list[str] | tuple[str, ...] = ("rules", "sentences"),
        **options) -> Report:
    """Score `systems` on the dev data (`sample`: that many, spread evenly; None/0: all)."""
    pairs = load(sample or 0)
    results = score_systems(systems, settings, lambda fn: score(pairs, fn))
    lines = ["| system | " + " | ".join(h for _, h in COLUMNS) + " |",
             "|---|" + "---|" * len(COLUMNS)]
    for name, r in results.items():
        lines.append(f"| {name} | " + " | ".join("-" if r[k] is None else str(r[k]) for k, _ in COLUMNS) + " |")
        w = {**r["whole_statement_gold"], "seconds_per_article": r["seconds_per_article"]}
        lines.append(f"| {name} (whole-statement gold) | " + " | ".join("-" if w[k] is None else str(w[k]) for k, _ in COLUMNS) + " |")
    return Report(suite="attribution", sample=sample, systems=results, markdown="\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main(run, "Attribution suite on PolNeAR (devdata/attribution)."))
