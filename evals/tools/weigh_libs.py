"""Hand-written rules vs well-kept libraries, weighed on the dev data (evals/RESULTS.md,
"Hand-written vs library"). Prints Markdown tables; never prints or stores article text.

    PYTHONPATH=$PWD:/tmp/libs-site python evals/tools/weigh_libs.py [sentences|dates|numbers ...]

A library that is not installed is reported as such and skipped (the libraries are not all
dependencies of the project: this script is how we decided which ones to take).

* sentences: every splitter gets the same lines (the text split at newlines: a newline always
  ends a sentence in this project), and its sentences are mapped back to character offsets.
  References derived from labels made by others, no hand labelling:
  - PolNeAR (devdata/attribution): a relation's source and cue ("Sen. Ted Cruz" / "said") lie
    in one sentence, so a sentence boundary strictly inside the span from the first to the last
    character of source+cue breaks the attribution ("cut relations"); the same for the source
    span alone.
  - "false stops": boundaries right after a token that never ends a sentence before a
    capitalised word (titles "Sen.", "Cong.", "Gov.", "Mr.", months before a day "Sept. 11",
    a single initial "J. Smith"), in PolNeAR and BASIL (devdata/multidoc).
  - "missed stops": unambiguous sentence ends that a splitter did not cut: a lower-case word of
    4+ letters that is not an abbreviation, then [.?!] (and closing quotes), a space and a
    capitalised sentence opener ("The", "He", "But", ...). Recall on these.
  Speed: sentences per second over all texts (best of 3 runs).
* dates: the gold `when` of every claim of a dated gold article (evals/gold), resolved from the
  time phrase of its evidence against the article's `published` date. Same phrase finder
  (summarizer.dates.find_phrase) for every resolver; a gold `when` that is a raw phrase is right
  when the resolver leaves the phrase unresolved. Also the end-to-end `when_for` of the rules
  baseline, and agreement of the resolvers on every phrase the finder finds in BASIL (dated).
* numbers: the gold quantities (evals/gold: value and unit of every number in a claim's text)
  vs those extracted from the claim text by rules.quantities, by today's rule run on the text
  after a number-word library turned words into digits, and by quantulum3 (values and units).
  Units compare after `canonical_unit` ("kilometers" = "km" = "kilometre").
* html: the digest page's render time (see `weigh_html`): run once with this tree and once with
  an export of the commit before the page moved to a Jinja2 template (f-strings in code).
"""

from __future__ import annotations

import datetime as dt
import functools
import bisect
import re
import sys
import time
from collections.abc import Callable, Iterator

from summarizer.chunk import split_sentences
from summarizer.eval.devdata import attribution_articles, attribution_relations, basil_clusters

Spans = list[tuple[int, int]]

# -- sentence splitters: each maps a line to (start, end) offsets within the line ----------------


def _by_search(line: str, pieces: list[str]) -> Spans:
    """Offsets of `pieces` found in order in `line` (library output may trim whitespace)."""
    out, pos = [], 0
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        i = line.find(p, pos)
        if i < 0:  # a library that rewrote the text: anchor at the current position
            i = pos
        out.append((i, i + len(p)))
        pos = i + len(p)
    return out


def _today(line: str) -> Spans:
    return [(s.start, s.end) for s in split_sentences(line)]


def _splitters() -> dict[str, Callable[[str], Spans]]:
    out: dict[str, Callable[[str], Spans]] = {"today (chunk.split_sentences)": _today}
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd 0.3.4"] = lambda line: _by_search(line, seg.segment(line))
    except ImportError:
        print("pysbd not installed", file=sys.stderr)
    try:
        import blingfire

        def bf(line: str) -> Spans:
            if not line.strip():
                return []
            _, offs = blingfire.text_to_sentences_and_offsets(line)
            return [tuple(o) for o in offs]
        out["blingfire 0.1.8"] = bf
    except ImportError:
        print("blingfire not installed", file=sys.stderr)
    return out


def split_text(splitter: Callable[[str], Spans], text: str) -> Spans:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.extend((pos + a, pos + b) for a, b in splitter(line))
        pos += len(line) + 1
    return spans


_NEVER_ENDS = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Cong|Prof|Rev|Adm|Maj|Gov|Atty|Supt|Cmdr)\."
    r"|(?<![\w.])(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s+\d)"
    r"|(?<![\w.'’])[A-Z]\.(?=\s+[A-Z][a-z])")
_OPENERS = ("The|He|She|It|They|We|I|But|In|A|An|This|That|His|Her|Their|There|If|When|And|"
            "On|At|For|As|After|Some|Many|Most|Still|Yet|Now|Then|So|What|Why|How|Those|These")
_CLEAR_END = re.compile(rf"(?<![A-Za-z.])[a-z]{{4,}}[.?!][\"'”’)]*\s+(?={_OPENERS}\b)")


def _in_quote(text: str, pos: int) -> bool:
    """True when `pos` is inside a quotation opened earlier on its line (curly or straight)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _boundaries(spans: Spans) -> set[int]:
    """Positions where a sentence ends and the next begins (ends of all but the last)."""
    return {e for _, e in spans[:-1]}


def _sentence_metrics(name: str, splitter, texts: list[str], relations: dict[int, list[tuple[int, int, int, int]]]):
    cut = cut_src = n_rel = false = n_never = missed = missed_out = n_clear = n_sent = 0
    for i, text in enumerate(texts):
        spans = split_text(splitter, text)
        n_sent += len(spans)
        ends = sorted(_boundaries(spans))

        def inside(a: int, b: int) -> bool:  # a boundary strictly inside [a, b)
            j = bisect.bisect_right(ends, a)
            return j < len(ends) and ends[j] < b - 1
        for s0, s1, c0, c1 in relations.get(i, []):
            n_rel += 1
            cut += inside(min(s0, c0), max(s1, c1))
            cut_src += inside(s0, s1)
        endset = set(ends)
        for m in _NEVER_ENDS.finditer(text):
            n_never += 1
            false += m.end() in endset
        for m in _CLEAR_END.finditer(text):
            n_clear += 1
            # the sentence must end somewhere between the stop and the next word
            stop = m.group(0).rstrip()
            e = m.start() + len(stop)
            if not any(x in endset for x in range(e - 3, e + 1)):
                missed += 1
                missed_out += not _in_quote(text, e)
    return {"name": name, "sentences": n_sent, "relations": n_rel, "cut": cut, "cut_src": cut_src,
            "never": n_never, "false": false, "clear": n_clear, "missed": missed,
            "missed_out": missed_out}


def _polnear() -> tuple[list[str], dict[int, list[tuple[int, int, int, int]]]]:
    texts, idx = [], {}
    for a in attribution_articles():
        idx[a["article_id"]] = len(texts)
        texts.append(a["text"])
    rel: dict[int, list[tuple[int, int, int, int]]] = {}
    for r in attribution_relations():
        if not r.get("source") or not r.get("cue"):
            continue
        src, cue = r["source"]["spans"], r["cue"]["spans"]
        s0, s1 = min(a for a, _ in src), max(b for _, b in src)
        c0, c1 = min(a for a, _ in cue), max(b for _, b in cue)
        if len(src) == 1 and len(cue) == 1 and max(s1, c1) - min(s0, c0) < 300:
            rel.setdefault(idx[r["article_id"]], []).append((s0, s1, c0, c1))
    return texts, rel


def _basil() -> list[str]:
    return [a["text"] for c in basil_clusters() for a in c["articles"] if a.get("text")]


def _speed(splitter, texts: list[str]) -> float:
    best = float("inf")
    n = 0
    for _ in range(3):
        t0 = time.perf_counter()
        n = sum(len(split_text(splitter, t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    return n / best


def weigh_sentences() -> None:
    pol, rel = _polnear()
    basil = _basil()
    print(f"PolNeAR: {len(pol)} articles, {sum(map(len, rel.values()))} relations with one source and one cue span;"
          f" BASIL: {len(basil)} articles\n")
    print("| splitter | PolNeAR relations cut (source..cue) | sources cut | false stops PolNeAR | false stops BASIL |"
          " clear stops missed PolNeAR (outside quotes) | clear stops missed BASIL (outside quotes) | sentences/s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, sp in _splitters().items():
        p = _sentence_metrics(name, sp, pol, rel)
        b = _sentence_metrics(name, sp, basil, {})
        speed = _speed(sp, pol + basil)
        print(f"| {name} | {p['cut']} / {p['relations']} | {p['cut_src']} | {p['false']} / {p['never']} |"
              f" {b['false']} / {b['never']} | {p['missed']} ({p['missed_out']}) / {p['clear']} |"
              f" {b['missed']} ({b['missed_out']}) / {b['clear']} |"
              f" {speed:,.0f} |")


# -- dates ------------------------------------------------------------------------------------


def _iso(s: str | None) -> bool:
    return bool(s) and bool(re.fullmatch(r"\d{4}-\d\d-\d\d", s))


Resolver = Callable[[str, str, str], str]  # (phrase, published, the text around it) -> when


def _future(text: str, phrase: str) -> bool:
    from summarizer import dates
    f = getattr(dates, "is_future", None)  # absent before this measurement led to it
    # BASIL contexts end with the phrase: look before that occurrence, not an earlier one
    at = len(text) - len(phrase) if text.lower().endswith(phrase.lower()) else None
    return bool(f and f(text, phrase, at))


def _resolvers() -> dict[str, Resolver]:
    from summarizer import dates
    if hasattr(dates, "is_future"):
        name = "this checkout (dates.resolve, tense from the evidence)"
        out: dict[str, Resolver] = {name: lambda p, pub, ev: dates.resolve(p, pub, future=_future(ev, p))}
    else:
        out = {"this checkout (dates.resolve)": lambda p, pub, ev: dates.resolve(p, pub)}
    try:
        import dateparser
        from dateparser.date import DateDataParser
    except ImportError:
        print("dateparser not installed", file=sys.stderr)
        return out

    @functools.lru_cache(maxsize=256)
    def parser(prefer: str, published: str) -> DateDataParser:  # one per article date, as we would use it
        return DateDataParser(languages=["en"], settings={
            "PREFER_DATES_FROM": prefer, "RELATIVE_BASE": dt.datetime.fromisoformat(published),
            "RETURN_AS_TIMEZONE_AWARE": False})

    def make(prefer: str, day_only: bool, tense: bool) -> Resolver:
        def resolve(phrase: str, published: str, text: str) -> str:
            pref = "future" if tense and _future(text, phrase) else prefer
            data = parser(pref, published).get_date_data(phrase)
            if data.date_obj is None or (day_only and data.period not in ("day", "time")):
                return phrase.strip()
            return data.date_obj.date().isoformat()
        return resolve
    v = dateparser.__version__
    out[f"dateparser {v} (past)"] = make("past", False, False)
    out[f"dateparser {v} (past, single day only)"] = make("past", True, False)
    out[f"dateparser {v} (current_period, single day only)"] = make("current_period", True, False)
    if hasattr(dates, "is_future"):
        out[f"dateparser {v} (current_period, single day only, future when the tense says so)"] = \
            make("current_period", True, True)
    return out


def _gold_when_cases() -> Iterator[tuple[str, str, str, str]]:
    """(phrase, published, gold when, evidence) for claims of dated gold articles with a `when`."""
    from summarizer import dates
    for g in _dated_gold():
        for c in g.claims:
            if not c.when:
                continue
            ev = c.evidence.quote
            phrase = c.when if not _iso(c.when) else dates.find_phrase(ev)
            yield phrase or "", g.published, c.when, ev


def _dated_gold():
    from summarizer.eval import default_gold_dir, load_gold_set
    return [case.gold for case in load_gold_set(default_gold_dir()) if case.gold.published]


def weigh_dates() -> None:
    from summarizer import dates
    cases = list(_gold_when_cases())
    found = [c for c in cases if c[0]]
    print(f"{len(cases)} gold `when`s in dated gold articles ({sum(_iso(c[2]) for c in cases)} ISO days);"
          f" the phrase finder finds a phrase for {len(found)}\n")
    print("| resolver | right / phrases | ISO days right | raw phrases kept | ms per call |")
    print("|---|---|---|---|---|")
    resolvers = _resolvers()
    wrong: dict[str, list[str]] = {}
    n_iso = sum(_iso(c[2]) for c in found)
    for name, res in resolvers.items():
        ok = iso_ok = 0
        for phrase, pub, gold, ev in found:
            got = res(phrase, pub, ev)
            right = got == gold if _iso(gold) else not _iso(got)
            ok += right
            iso_ok += right and _iso(gold)
            if not right:
                wrong.setdefault(name, []).append(f"{phrase!r} @ {pub}: {got} (gold {gold})")
        t0 = time.perf_counter()
        reps = 20
        for _ in range(reps):
            for phrase, pub, _, ev in found:
                res(phrase, pub, ev)
        ms = (time.perf_counter() - t0) * 1000 / (reps * len(found))
        print(f"| {name} | {ok} / {len(found)} | {iso_ok} / {n_iso} | {ok - iso_ok} / {len(found) - n_iso} | {ms:.3f} |")
    print()
    for name, w in wrong.items():
        print(f"* {name} wrong on: " + "; ".join(w))
    claims = [(c, g.published) for g in _dated_gold() for c in g.claims]
    right = sum(dates.when_for(None, c.evidence.quote, c.evidence.quote, pub) == c.when for c, pub in claims)
    print(f"\nEnd to end, `dates.when_for(None, evidence, evidence, published)` (the rules baseline's `when`)"
          f" equals the gold `when` (null included) on {right} / {len(claims)} claims of the dated gold articles.\n")
    _basil_agreement(resolvers)


def _basil_agreement(resolvers) -> None:
    from summarizer import dates
    phrases = []
    for c in basil_clusters():
        for a in c["articles"]:
            if not a.get("text") or not a.get("date"):
                continue
            text = a["text"]
            for m in dates._PHRASE.finditer(text):
                phrases.append((m.group(1), a["date"], text[max(0, m.start() - 100):m.end()]))
    names = list(resolvers)
    base = resolvers[names[0]]
    print(f"BASIL: {len(phrases)} time phrases found in the dated articles; how many each resolver pins to a"
          f" day, and how many it resolves as the first row does:\n")
    print("| resolver | resolved to a day | same result as the first row |")
    print("|---|---|---|")
    ref = [base(p, d, t) for p, d, t in phrases]
    diffs: dict[str, dict[str, int]] = {}
    for name in names:
        got = [resolvers[name](p, d, t) for p, d, t in phrases]
        same = sum(a == b for a, b in zip(got, ref, strict=True))
        print(f"| {name} | {sum(map(_iso, got))} | {same} / {len(phrases)} |")
        for (p, _, _), a, b in zip(phrases, got, ref, strict=True):
            if a != b:
                key = re.sub(r"\d", "9", p.lower())
                diffs.setdefault(name, {}).setdefault(key, 0)
                diffs[name][key] += 1
    print()
    for name, d in diffs.items():
        top = sorted(d.items(), key=lambda kv: -kv[1])[:12]
        print(f"* {name} differs on (phrase shape: count): " + ", ".join(f"{k!r}: {n}" for k, n in top))


# -- numbers ----------------------------------------------------------------------------------

Quantity = tuple[float, "str | None"]


def _gold_quantity_cases() -> Iterator[tuple[str, list[Quantity]]]:
    from summarizer.eval import default_gold_dir, load_gold_set
    for case in load_gold_set(default_gold_dir()):
        for c in case.gold.claims:
            yield c.text, sorted(((q.value, q.unit) for q in c.quantities), key=lambda q: q[0])


_UNIT_WORDS = {"kilometer": "km", "kilometre": "km", "mile": "mile", "meter": "m", "metre": "m",
               "percentage": "percent", "%": "percent", "dollar": "USD", "usd": "USD", "$": "USD",
               "euro": "EUR", "dimensionless": None}


def canonical_unit(unit: str | None) -> str | None:
    """One spelling per unit, so "kilometers", "km" and quantulum's "kilometre" compare equal."""
    if not unit:
        return None
    words = []
    for w in unit.lower().split():
        w = w[:-1] if w.endswith("s") and len(w) > 3 else w
        words.append(_UNIT_WORDS.get(w, w))
    out = " ".join(x for x in words if x)
    return out or None


def _number_systems() -> dict[str, Callable[[str], list[Quantity]]]:
    from summarizer import rules

    def today(t: str) -> list[Quantity]:
        return [(q["value"], q["unit"]) for q in rules.quantities(t)]
    out: dict[str, Callable[[str], list[Quantity]]] = {"today (rules.quantities)": today}

    def via(convert: Callable[[str], str]) -> Callable[[str], list[Quantity]]:
        # the library turns number words into digits; today's digit rule and filters do the rest
        return lambda t: today(convert(t))
    try:
        from text_to_num import alpha2digit
        out["text2num 3.1.0 (alpha2digit) + today's rule"] = via(lambda t: alpha2digit(t, "en"))
    except ImportError:
        print("text2num not installed", file=sys.stderr)
    try:
        from number_parser import parse
        out["number-parser 0.3.2 (parse) + today's rule"] = via(parse)
    except ImportError:
        print("number-parser not installed", file=sys.stderr)
    try:
        import warnings
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q3
        q3.parse("35 km")  # loads its classifier once (seconds), outside the timing

        def quantulum(t: str) -> list[Quantity]:
            return [(q.value, None if q.unit.name == "dimensionless" else q.unit.name) for q in q3.parse(t)]
        out["quantulum3 0.10.0 (values and units)"] = quantulum
    except ImportError:
        print("quantulum3 not installed", file=sys.stderr)
    return out


def weigh_numbers() -> None:
    cases = list(_gold_quantity_cases())
    n_gold = sum(len(v) for _, v in cases)
    print(f"{len(cases)} gold claims, {n_gold} gold quantities\n")
    print("| system | values right (recall) | extra values (precision) | units right of values right |"
          " claims exactly right (values) | µs per claim |")
    print("|---|---|---|---|---|---|")
    for name, f in _number_systems().items():
        tp = fp = exact = units = 0
        for text, gold in cases:
            got = f(text)
            g = list(gold)
            hit = 0
            for v, u in got:
                m = next((x for x in g if x[0] == v), None)
                if m is not None:
                    g.remove(m)
                    hit += 1
                    units += canonical_unit(u) == canonical_unit(m[1])
                elif "-v" in sys.argv:
                    print(f"    {name}: extra {v:g} {u}", file=sys.stderr)
            if "-v" in sys.argv and g:
                print(f"    {name}: missed {g}", file=sys.stderr)
            tp += hit
            fp += len(got) - hit
            exact += sorted(v for v, _ in got) == [v for v, _ in gold]
        t0 = time.perf_counter()
        for _ in range(3):
            for text, _ in cases:
                f(text)
        us = (time.perf_counter() - t0) * 1e6 / (3 * len(cases))
        prec = tp / (tp + fp) if tp + fp else 0
        print(f"| {name} | {tp} / {n_gold} ({tp / n_gold:.3f}) | {fp} ({prec:.3f}) | {units} / {tp} |"
              f" {exact} / {len(cases)} | {us:,.0f} |")


# -- the HTML page: f-strings in code (before) vs the Jinja2 template (now) ----------------------


def _replicated(digest, copies: int):
    """`digest` `copies` times over, article, event and storyline ids prefixed `r<k>_` (refs kept)."""
    from summarizer.digest.schema import Digest

    def pre(p: str, x):
        if isinstance(x, dict):
            return {k: (p + v if k == "article" and isinstance(v, str) else
                        [p + s for s in v] if k == "articles" and v and all(isinstance(s, str) for s in v) else
                        pre(p, v)) for k, v in x.items()}
        return [pre(p, v) for v in x] if isinstance(x, list) else x

    raw = digest.model_dump()
    big = {k: ([] if isinstance(v, list) else v) for k, v in raw.items()}
    for r in range(copies):
        c = pre(f"r{r}_", raw)
        for key in ("articles", "events", "storylines"):
            for x in c[key]:
                x["id"] = f"r{r}_{x['id']}"
        for k, v in c.items():
            if isinstance(v, list):
                big[k] += v
    return Digest.model_validate(big)


def _basil_digest(clusters: int):
    """A code-only digest (the `sentences` claims, as evals/tools/code_digest.py) of the first
    `clusters` BASIL triplets, and its texts by article id."""
    from summarizer.digest.build import sections_summary, build_sections, dedupe, to_digest_article
    from summarizer.digest.schema import Digest
    from summarizer.eval.suites.common import make_article
    from summarizer.eval.systems import sentences_baseline

    loaded = [make_article(a["text"], f"basil/{c['cluster_id']}/{a['outlet_code']}.txt")
              for c, _ in zip(basil_clusters(), range(clusters)) for a in c["articles"]]
    texts = {a.sha256: a.text for a in loaded}
    arts, warnings = dedupe([to_digest_article("", sentences_baseline(a)) for a in loaded])
    arts = [a.model_copy(update={"id": f"a{n}"}) for n, a in enumerate(arts, 1)]
    al, dated, quantities = build_sections(arts)
    d = Digest(summary=sections_summary(arts, al.storylines, al.agreements, al.conflicts, dated)[0],
               articles=arts, storylines=al.storylines, agreements=al.agreements, conflicts=al.conflicts,
               timeline=dated, quantities=quantities, events=al.events, model="code only", warnings=warnings)
    return d, {a.id: texts[a.sha256] for a in arts}


def weigh_html() -> None:
    """Render time of the page (CPU, best of 3) on the fixture of tests/test_html.py, on that
    fixture 167 times over (501 articles), and on a code-only digest of 50 BASIL triplets 4 times
    over (600 articles). Whatever summarizer is first on PYTHONPATH renders: point it at an
    export of an older commit (`git archive REV summarizer | tar -x -C /tmp/old`) for "before"."""
    import importlib.util
    import subprocess
    from pathlib import Path

    from summarizer.digest import html as page

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("test_html", root / "tests" / "test_html.py")
    th = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(th)
    fixture = th.build_digest()
    cases = [("tests/test_html.py fixture", fixture, th.texts, 20)]
    by_id = {f"r{r}_{k}": v for r in range(167) for k, v in th.TEXTS.items()}
    cases.append(("fixture x167", _replicated(fixture, 167), lambda a: by_id.get(a.id), 3))
    try:
        basil, btexts = _basil_digest(50)
        big = {f"r{r}_{k}": v for r in range(4) for k, v in btexts.items()}
        cases.append(("BASIL 50 triplets x4, code-only claims", _replicated(basil, 4), lambda a: big.get(a.id), 3))
    except Exception as e:  # no dev data here (InputError) or unreadable
        print(f"no BASIL dev data ({e})", file=sys.stderr)
    # In tests/ (not the root) so that the summarizer comes from PYTHONPATH, as in this process.
    code = ("import time; t = time.perf_counter(); from summarizer.digest.html import render_html; "
            "t0 = time.perf_counter(); from test_html import build_digest, texts; d = build_digest(); "
            "t1 = time.perf_counter(); render_html(d, texts); t2 = time.perf_counter(); render_html(d, texts); "
            "print((t0 - t) * 1000, (t2 - t1) * 1000, (time.perf_counter() - t2) * 1000)")
    runs = [[float(x) for x in subprocess.run([sys.executable, "-c", code], cwd=root / "tests", capture_output=True,
                                              text=True, check=True).stdout.split()] for _ in range(3)]
    print(f"renderer: {page.__file__}\n")
    print("| digest | articles | claims | page | CPU ms (best of runs) |")
    print("|---|---|---|---|---|")
    for name, d, texts, reps in cases:
        out = page.render_html(d, texts)
        best = float("inf")
        for _ in range(reps):
            t0 = time.process_time()
            page.render_html(d, texts)
            best = min(best, time.process_time() - t0)
        print(f"| {name} | {len(d.articles)} | {sum(len(a.claims) for a in d.articles):,} | {len(out) / 1e6:.2f} MB |"
              f" {best * 1000:,.1f} |")
    first = min(r[1] for r in runs)
    print(f"\nfresh process (best of 3, wall ms): import of digest.html {min(r[0] for r in runs):.0f}, first render of the fixture"
          f" {first:.1f} (imports Jinja2 and compiles the templates when there are any), second {min(r[2] for r in runs):.1f}")


WEIGHERS = {"sentences": weigh_sentences, "dates": weigh_dates, "numbers": weigh_numbers, "html": weigh_html}

if __name__ == "__main__":
    for arg in [a for a in sys.argv[1:] if not a.startswith("-")] or list(WEIGHERS):
        print(f"\n### {arg}\n")
        WEIGHERS[arg]()
