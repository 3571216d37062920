"""A capable model, right by construction: an OpenAI-compatible server that replays the gold.

    python evals/tools/replay_server.py [--gold DIR ...] [--port N] [--perturb --seed S --rate R]
                                        [--log perturbations.json]

Stdlib only (http.server + ThreadingHTTPServer), on 127.0.0.1, like tests/fault_server.py.
It serves ``POST /v1/chat/completions`` and ``GET /v1/models`` and answers the pipeline's own
requests with the hand-labelled gold (evals/gold/*.json and the articles they name; a gold
file whose ``source.path`` is ``devdata:...`` is used when this checkout's gold loader can
resolve it, else skipped with a note on stderr):

* a claims request (the response model has a ``claims`` array): the text after ``Text:`` in the
  user message is located in a gold article (exactly, else after folding whitespace); the gold
  claims whose evidence *starts* inside that span are returned as DraftClaim objects
  (quote = gold evidence quote, text, kind, source = attributed_to, certainty, when, where),
  in evidence order;
* a summary request (``headline`` + ``summary``): the article is the one holding the lead
  lines the request carries; the answer is its gold headline and summary;
* the digest reduce (a ``summary`` field only): the first sentence of each summary it is sent;
* the model verification of a summary sentence (verify.v1, ``SupportJudgment``): "supported" (the
  sentences asked about are gold or two gold sentences fused; a wrong number is never asked);
* anything else: a minimal valid instance of the schema.

The answer goes where the instructor mode in use expects it: TOOLS (the default over HTTP) as
a tool call named like the request's tool, whose arguments are the response model's JSON;
JSON_SCHEMA, JSON and MD_JSON as the message content (MD_JSON inside a ```json block). Every
bound of the request's schema is honoured the way a schema-checked model must honour it:
strings longer than ``maxLength`` are cut at a word (summaries at a sentence), and claims past
``maxItems`` are left out; ``stats`` counts both, so a runner can tell a gold claim the
pipeline lost from one its response model had no room for.

``perturb=True`` alters items the way real models err, deterministically by ``seed``. The plan
is drawn once, when the server starts, over every gold claim and summary in a fixed order
(``rate`` = share of gold claims perturbed, default all; every summary gets one; each
perturbed item gets one perturbation, the type chosen among those that apply to it, least used
first, ties by the seeded RNG):

    quote_punctuation   the quote re-punctuated (commas dropped, quotes/apostrophes curled)
    quote_paraphrase    the quote paraphrased (a function word dropped, a verb swapped)
    wrong_number        a number in the claim text changed to one the article does not hold
    swapped_speaker     source = the attributed_to of another claim of the same article
    invented_name       a person's name the article never mentions, inserted in the text
    dropped_hedge       certainty "stated" where the gold is reported/claimed/unconfirmed
    fused_sentence      two summary sentences fused into one (faithful: should be kept)
    summary_wrong_number  a number in a summary sentence changed (should be dropped)

``perturbations`` holds the log, one record per perturbed item (``item``, ``article``,
``claim``, ``type``, ``field``, ``original``, ``perturbed``, ``gold`` values, ``served``);
``--log`` writes it as JSON when the server starts and again when it stops.
"""

from __future__ import annotations

import collections
import json
import random
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # the request-parsing helpers are the fault server's (tests/fault_server.py)
    sys.path.insert(0, str(REPO))
from tests.fault_server import (MD_JSON_SUFFIX, minimal_instance, schema_from_system,  # noqa: E402
                                source_text)
from tests.fault_server import resolve_ref as _resolve  # noqa: E402
MODEL_ID = "replay"

CLAIM_TYPES = ("quote_punctuation", "quote_paraphrase", "wrong_number", "swapped_speaker",
               "invented_name", "dropped_hedge")
SUMMARY_TYPES = ("fused_sentence", "summary_wrong_number")
#: Perturbations a faithful-abstraction check should keep, and those it should catch.
FAITHFUL_TYPES = ("quote_punctuation", "quote_paraphrase", "fused_sentence")
UNFAITHFUL_TYPES = ("wrong_number", "swapped_speaker", "invented_name", "dropped_hedge", "summary_wrong_number")

#: Names for `invented_name`; one is used only when the article does not contain its surname.
INVENTED_NAMES = ("Marta Kellerman", "Tobias Lindqvist", "Daniel Okonkwo", "Priya Natarajan",
                  "Henrik Solberg", "Amelia Fairbrother", "Rafael Quintero", "Ingrid Halvorsen",
                  "Samuel Achterberg", "Lucia Benedetti", "Oskar Wieczorek", "Naomi Castellanos")
_HEDGED = ("reported", "claimed", "unconfirmed")

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


# -- gold -------------------------------------------------------------------------------------


@dataclass
class GoldArticle:
    stem: str
    text: str
    headline: str
    summary: str
    claims: list[dict]  # gold Claim objects as dicts, in evidence order


def _gold_api():
    """(load_gold_set, load_case or None, InputError) from this checkout, wherever the layout
    put them (summarizer.eval.gold after issue 11, summarizer.evaluate before)."""
    from summarizer.errors import InputError

    for mod in ("summarizer.eval.gold", "summarizer.eval", "summarizer.evaluate"):
        try:
            m = __import__(mod, fromlist=["load_gold_set"])
        except ImportError:
            continue
        if hasattr(m, "load_gold_set"):
            return m.load_gold_set, getattr(m, "load_case", None), InputError
    raise ImportError("no load_gold_set in summarizer.eval or summarizer.evaluate")


def load_gold(gold_dirs: Iterable[str | Path] | None = None) -> list[GoldArticle]:
    """Every gold article the loader can resolve; a file it cannot is skipped with a note."""
    load_gold_set, load_case, InputError = _gold_api()
    dirs = [Path(d) for d in (gold_dirs or [REPO / "evals" / "gold"])]
    out: list[GoldArticle] = []
    for d in dirs:
        try:
            cases = load_gold_set(d)
        except InputError:
            cases = _one_by_one(d, load_gold_set, load_case, InputError)
        for c in cases:
            g = c.gold.model_dump(mode="json")
            claims = sorted(g["claims"], key=lambda x: (x["evidence"]["start"], x["evidence"]["end"]))
            out.append(GoldArticle(c.stem, c.article.text, g["headline"], g["summary"], claims))
    return out


def _one_by_one(d: Path, load_gold_set, load_case, InputError) -> list:
    """The gold files of `d` that load alone (e.g. devdata ones the loader cannot resolve yet)."""
    import shutil
    import tempfile

    cases = []
    for f in sorted(d.glob("*.json")):
        if load_case is not None:
            try:
                cases.append(load_case(f))
            except InputError as e:
                print(f"replay_server: skipping {f.name}: {e}", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            # same depth below the repository, so relative source paths still resolve
            sub = Path(tmp) / "gold"
            sub.mkdir()
            shutil.copy(f, sub / f.name)
            beside = f.with_suffix(".txt")
            if beside.is_file():
                shutil.copy(beside, sub / beside.name)
            try:
                found = load_gold_set(sub)
            except InputError as e:
                # relative paths resolve against the gold dir's parent, the CWD or the project
                print(f"replay_server: skipping {f.name}: {e}", file=sys.stderr)
                continue
            cases += found
    return cases


# -- perturbations ----------------------------------------------------------------------------


_PARAPHRASE_VERBS = {"said": "stated", "says": "states", "told": "informed", "added": "also said",
                     "killed": "left dead", "attacked": "struck", "began": "started", "destroyed": "downed",
                     "announced": "declared", "reported": "said", "called": "described"}
_DROPPABLE = ("the", "that", "a", "an", "of the", "its", "their", "also", "on")
_DETERMINERS = {"The", "A", "An", "It", "They", "He", "She", "This", "That", "These", "Those", "Its", "Their"}


def _punctuated(q: str, rng: random.Random) -> str | None:
    options = []
    if "," in q:
        options.append(q.replace(",", ""))
    if "'" in q or '"' in q:
        options.append(q.replace("'", "\u2019").replace('"', "\u201d"))
    if "\u2019" in q or "\u201c" in q or "\u201d" in q:
        options.append(q.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'))
    if " - " in q or "\u2014" in q or "\u2013" in q:
        options.append(q.replace(" - ", ", ").replace("\u2014", ", ").replace("\u2013", "-"))
    options.append(q.rstrip(".") + ("" if q.endswith(".") else "."))
    options = [o for o in options if o != q]
    return rng.choice(options) if options else None


def _paraphrased(q: str, rng: random.Random) -> str | None:
    words = q.split()
    if len(words) < 8:
        return None
    options = []
    for verb, other in _PARAPHRASE_VERBS.items():
        if re.search(rf"\b{verb}\b", q):
            options.append(re.sub(rf"\b{verb}\b", other, q, count=1))
    for w in _DROPPABLE:
        m = re.search(rf"(?<=\s){w}\s", q)  # never the first word
        if m:
            options.append(q[:m.start()] + q[m.end():])
    options = [o for o in dict.fromkeys(options) if o != q]
    return rng.choice(options) if options else None


def _wrong_number(text: str, article: str, rng: random.Random) -> str | None:
    nums = [m for m in NUMBER.finditer(text)]
    rng.shuffle(nums)
    have = set(NUMBER.findall(article))
    for m in nums:
        raw = m.group(0)
        digits = raw.replace(",", "")
        if "." in digits:
            continue
        n = int(digits)
        candidates = []
        if len(digits) >= 2 and len(set(digits)) > 1:
            swapped = digits[:-2] + digits[-1] + digits[-2]
            if not swapped.startswith("0"):
                candidates.append(int(swapped))
        candidates += [n + 1, n + 3, n * 2 + 1, n + 10]
        for c in candidates:
            new = f"{c:,}" if "," in raw else str(c)
            if c != n and new not in have and str(c) not in have:
                return text[:m.start()] + new + text[m.end():]
    return None


def _invented_name(text: str, article: str, rng: random.Random) -> tuple[str, str] | None:
    low = article.lower()
    names = [n for n in INVENTED_NAMES if n.split()[-1].lower() not in low and n.split()[0].lower() not in low]
    if not names:
        return None
    name = rng.choice(names)
    body = text.rstrip().rstrip(".")
    templates = [f"{body}, according to {name}.", f"{body}, {name} said."]
    m = re.search(r"\b(said|says|told|announced|reported)\b", body)
    if m:  # the name as an appositive of the speaker: "X, Name, said ..."
        templates.append(f"{body[:m.start()].rstrip()}, {name}, {body[m.start():]}.")
    out = rng.choice(templates)
    return (out, name) if len(out) <= 240 else None


def _other_speaker(claim: dict, claims: list[dict], rng: random.Random) -> str | None:
    gold = claim["attributed_to"].strip().lower()
    others = sorted({c["attributed_to"] for c in claims
                     if c["attributed_to"].strip().lower() not in (gold, "article")
                     and gold not in c["attributed_to"].strip().lower()
                     and c["attributed_to"].strip().lower() not in gold})
    return rng.choice(others) if others else None


def _summary_sentences(summary: str) -> list[str]:
    """Sentences as the pipeline splits them (abbreviations such as "U.S." do not end one)."""
    from summarizer.chunk import split_sentences

    return [summary[sp.start:sp.end] for sp in split_sentences(summary)]


def _fused(a: str, b: str) -> str:
    first, _, rest = b.partition(" ")
    if first in _DETERMINERS:
        first = first.lower()
    joint = "and" if " while " in f" {a} {b} " else "while"
    return f"{a.rstrip().rstrip('.')}, {joint} {first} {rest}".rstrip()


@dataclass
class Perturbation:
    item: str
    article: str
    claim: str | None
    type: str
    field: str
    original: Any
    perturbed: Any
    gold: dict = field(default_factory=dict)
    detail: str | None = None  # the invented name, the wrong number, ...
    served: int = 0

    def as_json(self) -> dict:
        return dict(self.__dict__)


def plan_perturbations(articles: list[GoldArticle], seed: int = 0, rate: float = 1.0,
                       types: Iterable[str] = CLAIM_TYPES + SUMMARY_TYPES) -> list[Perturbation]:
    """The perturbation of every item, drawn once in a fixed order (articles by stem, claims
    by evidence), so the same seed gives the same plan whatever order requests come in."""
    allowed = set(types)
    rng = random.Random(seed)
    used: collections.Counter[str] = collections.Counter()
    plan: list[Perturbation] = []

    def choose(options: dict[str, Any]) -> tuple[str, Any] | None:
        options = {k: v for k, v in options.items() if v is not None and k in allowed}
        if not options:
            return None
        low = min(used[k] for k in options)
        k = rng.choice(sorted(k for k in options if used[k] == low))
        used[k] += 1
        return k, options[k]

    for art in sorted(articles, key=lambda a: a.stem):
        for c in art.claims:
            if rng.random() >= rate:
                continue
            q, t = c["evidence"]["quote"], c["text"]
            options: dict[str, Any] = {
                "quote_punctuation": _punctuated(q, rng),
                "quote_paraphrase": _paraphrased(q, rng),
                "wrong_number": _wrong_number(t, art.text, rng),
                "swapped_speaker": _other_speaker(c, art.claims, rng),
                "invented_name": _invented_name(t, art.text, rng),
                "dropped_hedge": "stated" if c["certainty"] in _HEDGED else None,
            }
            picked = choose(options)
            if picked is None:
                continue
            kind, value = picked
            fld = {"quote_punctuation": "quote", "quote_paraphrase": "quote", "wrong_number": "text",
                   "swapped_speaker": "source", "invented_name": "text", "dropped_hedge": "certainty"}[kind]
            original = {"quote": q, "text": t, "source": c["attributed_to"], "certainty": c["certainty"]}[fld]
            detail = None
            if kind == "invented_name":
                value, detail = value
            elif kind == "wrong_number":
                detail = " ".join(sorted(set(NUMBER.findall(value)) - set(NUMBER.findall(t))))
            plan.append(Perturbation(
                item=f"{art.stem}/{c['id']}", article=art.stem, claim=c["id"], type=kind, field=fld,
                original=original, perturbed=value, detail=detail,
                gold={k: c[k] for k in ("text", "attributed_to", "certainty")}
                | {"evidence": [c["evidence"]["start"], c["evidence"]["end"]]}))
        sents = _summary_sentences(art.summary)
        if sents:  # every summary gets one (five seeds would give too few at any lower rate)
            options = {}
            if len(sents) >= 2:
                # the pair whose fusion ends earliest: past the summary's length bound it would be cut
                i = min(range(len(sents) - 1), key=lambda k: (sum(map(len, sents[:k + 2])), k))
                fused = _fused(sents[i], sents[i + 1])
                options["fused_sentence"] = (sents[:i] + [fused] + sents[i + 2:], fused, f"{sents[i]} {sents[i + 1]}")
            for i in rng.sample(range(len(sents)), len(sents)):
                wrong = _wrong_number(sents[i], art.text, rng)
                if wrong:
                    options["summary_wrong_number"] = (sents[:i] + [wrong] + sents[i + 1:], wrong, sents[i])
                    break
            picked = choose(options)
            if picked:
                kind, (new_sents, sentence, original) = picked
                plan.append(Perturbation(
                    item=f"{art.stem}/summary", article=art.stem, claim=None, type=kind, field="summary",
                    original=original, perturbed=sentence, gold={"summary": art.summary},
                    detail=" ".join(new_sents)))
    return plan


# -- answers ----------------------------------------------------------------------------------


def _max_length(prop: dict, root: dict) -> int | None:
    prop = _resolve(prop, root)
    if "maxLength" in prop:
        return prop["maxLength"]
    for key in ("anyOf", "oneOf"):
        for o in prop.get(key, []):
            o = _resolve(o, root)
            if "maxLength" in o:
                return o["maxLength"]
    return None


def _cut(s: str, limit: int | None, sentences: bool = False) -> tuple[str, bool]:
    """`s` within `limit` characters: whole sentences if asked and possible, else whole words."""
    if limit is None or len(s) <= limit:
        return s, False
    if sentences:
        out = ""
        for sent in _summary_sentences(s):
            if len(out) + len(sent) + (1 if out else 0) > limit:
                break
            out = f"{out} {sent}".strip()
        if out:
            return out, True
    return s[:limit].rsplit(" ", 1)[0], True


def _fold(s: str) -> str:
    return " ".join(s.split())


class Replayer:
    """Finds what a request is about and answers it from the gold (perturbed, when asked)."""

    def __init__(self, articles: list[GoldArticle], *, perturb: bool = False, seed: int = 0,
                 rate: float = 1.0, types: Iterable[str] = CLAIM_TYPES + SUMMARY_TYPES):
        self.articles = articles
        self.perturb = perturb
        self.perturbations = plan_perturbations(articles, seed, rate, types) if perturb else []
        self._by_item = {p.item: p for p in self.perturbations}
        self._folded = [_fold(a.text) for a in articles]
        self.stats: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    # locating ----------------------------------------------------------------------------

    def locate_window(self, text: str) -> tuple[GoldArticle, int, int] | None:
        """(article, start, end) of the request's text in a gold article."""
        body = text.strip()
        if not body:
            return None
        for a in self.articles:
            i = a.text.find(body)
            if i >= 0:
                return a, i, i + len(body)
        folded = _fold(body)
        for a, f in zip(self.articles, self._folded):
            if folded in f:  # whitespace changed on the way: map back through the first/last lines
                lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
                start = a.text.find(lines[0]) if lines else -1
                end_line = a.text.find(lines[-1], max(start, 0)) if lines else -1
                if start >= 0 and end_line >= 0:
                    return a, start, end_line + len(lines[-1])
        return None

    def article_of_lead(self, text: str) -> GoldArticle | None:
        """The article holding most of the request's lines (the summary prompt sends the lead)."""
        lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 12]
        best, score = None, 0
        for a in self.articles:
            n = sum(ln in a.text for ln in lines)
            if n > score:
                best, score = a, n
        return best

    # answers -----------------------------------------------------------------------------

    def answer(self, schema: dict | None, messages: list[dict]) -> dict:
        if schema is None:
            with self.lock:
                self.stats["no_schema"] += 1
            return {}
        props = schema.get("properties", {})
        text = source_text(messages)
        if schema.get("title") == "Claims" or "claims" in props:
            return self._claims(schema, text)
        if {"headline", "summary"} <= set(props):
            return self._summary(schema, text)
        if "summary" in props:
            return self._digest(schema, text)
        if {"label", "reason", "sentences"} <= set(props):  # verify.v1 (SupportJudgment): the sentences
            with self.lock:  # asked about are gold or fused gold (a wrong number is never asked): supported
                self.stats["verify_requests"] += 1
            return {"label": "supported", "reason": "A gold summary sentence.", "sentences": []}
        with self.lock:
            self.stats["other"] += 1
        return minimal_instance(schema)

    def _claims(self, schema: dict, text: str) -> dict:
        array = _resolve(schema.get("properties", {}).get("claims", {}), schema)
        limit = array.get("maxItems")
        item = _resolve(array.get("items", {}), schema)
        iprops = {k: _resolve(v, schema) for k, v in item.get("properties", {}).items()}
        found = self.locate_window(text)
        if found is None:
            with self.lock:
                self.stats["claims_unmatched"] += 1
            return {"claims": []}
        art, ws, we = found
        gold = [c for c in art.claims if ws <= c["evidence"]["start"] < we]
        over = max(0, len(gold) - limit) if limit is not None else 0
        gold = gold[:limit] if limit is not None else gold  # no room for the rest: never sent
        out = []
        for c in gold:
            d = {"quote": c["evidence"]["quote"], "text": c["text"], "kind": c["kind"],
                 "source": c["attributed_to"], "certainty": c["certainty"],
                 "when": c.get("when"), "where": c.get("where")}
            p = self._by_item.get(f"{art.stem}/{c['id']}")
            if p is not None:
                d[p.field] = p.perturbed
                with self.lock:
                    p.served += 1
            enum = iprops.get("quote", {}).get("enum")
            if enum and d["quote"] not in enum:  # quotes constrained to the window's sentences
                holding = [e for e in enum if d["quote"] in e] or [e for e in enum if e in d["quote"]]
                d["quote"] = min(holding, key=len) if holding else enum[0]
            for k in ("quote", "text", "source", "when", "where"):
                if isinstance(d[k], str):
                    d[k], cut = _cut(d[k], _max_length(iprops.get(k, {}), schema))
                    if cut:
                        with self.lock:
                            self.stats[f"cut_{k}"] += 1
            out.append(d)
        with self.lock:
            self.stats["claims_requests"] += 1
            self.stats["gold_claims_sent"] += len(out)
            self.stats["gold_claims_over_max_items"] += over
        return {"claims": out}

    def _summary(self, schema: dict, text: str) -> dict:
        props = schema.get("properties", {})
        art = self.article_of_lead(text)
        if art is None:
            with self.lock:
                self.stats["summary_unmatched"] += 1
            return minimal_instance(schema)
        summary = art.summary
        p = self._by_item.get(f"{art.stem}/summary")
        if p is not None:
            summary = p.detail or summary
        headline, cut_h = _cut(art.headline, _max_length(props["headline"], schema))
        summary, cut_s = _cut(summary, _max_length(props["summary"], schema), sentences=True)
        with self.lock:
            if p is not None:  # served only when the altered sentence survived the length bound
                if p.perturbed in summary:
                    p.served += 1
                else:
                    self.stats["summary_perturbation_cut"] += 1
            self.stats["summary_requests"] += 1
            self.stats["cut_headline"] += cut_h
            self.stats["cut_summary"] += cut_s
        return {"headline": headline, "summary": summary}

    def _digest(self, schema: dict, text: str) -> dict:
        """The first sentence of each summary sent ('[id] headline. summary' per line)."""
        firsts = []
        for line in text.splitlines():
            body = re.sub(r"^\s*\[[^\]]*\]\s*", "", line).strip()
            sents = _summary_sentences(body)
            if len(sents) >= 2:
                firsts.append(sents[1])  # after the headline
            elif sents:
                firsts.append(sents[0])
        summary, _ = _cut(" ".join(firsts[:6]) or "No summary.",
                          _max_length(schema["properties"]["summary"], schema), sentences=True)
        with self.lock:
            self.stats["digest_requests"] += 1
        return {"summary": summary}


# -- the server -------------------------------------------------------------------------------


def schema_of(req: dict) -> tuple[dict | None, str | None, str]:
    """(schema, tool name, where the answer goes: 'tools' | 'content' | 'md_json')."""
    messages = req.get("messages") or []
    tools = req.get("tools") or []
    if tools:
        choice = req.get("tool_choice")
        wanted = choice.get("function", {}).get("name") if isinstance(choice, dict) else None
        fn = next((t.get("function", {}) for t in tools if t.get("function", {}).get("name") == wanted),
                  tools[0].get("function", {}))
        return fn.get("parameters") or {}, fn.get("name"), "tools"
    rf = req.get("response_format") or {}
    if rf.get("type") == "json_schema":
        return (rf.get("json_schema") or {}).get("schema") or {}, None, "content"
    md = any(m.get("role") == "user" and isinstance(m.get("content"), str)
             and MD_JSON_SUFFIX.search(m["content"]) for m in messages)
    return schema_from_system(messages), None, "md_json" if md else "content"


class ReplayServer:
    """The threaded replay server; a context manager. `url` ends in /v1."""

    def __init__(self, articles: list[GoldArticle] | None = None, *, gold_dirs: Iterable[str | Path] | None = None,
                 perturb: bool = False, seed: int = 0, rate: float = 1.0, port: int = 0,
                 log_path: str | Path | None = None, types: Iterable[str] = CLAIM_TYPES + SUMMARY_TYPES):
        self.articles = articles if articles is not None else load_gold(gold_dirs)
        self.replayer = Replayer(self.articles, perturb=perturb, seed=seed, rate=rate, types=types)
        self.port = port
        self.log_path = Path(log_path) if log_path else None
        self.requests = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def perturbations(self) -> list[Perturbation]:
        return self.replayer.perturbations

    @property
    def stats(self) -> collections.Counter:
        return self.replayer.stats

    def write_log(self) -> None:
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.log_path.with_suffix(self.log_path.suffix + ".tmp")
            tmp.write_text(json.dumps([p.as_json() for p in self.perturbations], indent=1, ensure_ascii=False) + "\n",
                           encoding="utf-8")
            tmp.replace(self.log_path)

    def start(self) -> "ReplayServer":
        handler = type("Handler", (_Handler,), {"srv": self, "disable_nagle_algorithm": True})
        server_cls = type("Server", (ThreadingHTTPServer,), {"request_queue_size": 128})
        httpd = server_cls(("127.0.0.1", self.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"ReplayServer:{self.port}", daemon=True)
        self._thread.start()
        self.write_log()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.write_log()

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    srv: ReplayServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _json(self, status: int, obj: Any) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": {"message": message, "type": "invalid_request_error", "param": None, "code": None}})

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [
                {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "replay-server"}]})
        else:
            self._error(404, "not found")

    def do_POST(self) -> None:
        try:
            self._post()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout):
            self.close_connection = True

    def _post(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._error(404, "not found")
            return
        try:
            req = json.loads(raw or b"{}")
        except ValueError:
            self._error(400, "request body is not JSON")
            return
        messages = req.get("messages") or []
        schema, tool_name, where = schema_of(req)
        answer = self.srv.replayer.answer(schema, messages)
        with self.srv.replayer.lock:
            self.srv.requests += 1
        payload = json.dumps(answer, ensure_ascii=False)
        if where == "tools":
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": f"call_{self.srv.requests}", "type": "function",
                 "function": {"name": tool_name, "arguments": payload}}]}
            finish = "tool_calls"
        else:
            message = {"role": "assistant", "content": f"```json\n{payload}\n```" if where == "md_json" else payload}
            finish = "stop"
        prompt_tokens = sum(len(str(m.get("content") or "")) for m in messages) // 4
        completion_tokens = len(payload) // 4
        self._json(200, {
            "id": f"chatcmpl-replay-{self.srv.requests}", "object": "chat.completion",
            "created": int(time.time()), "model": req.get("model", MODEL_ID),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        })


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - manual use
    import argparse

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--gold", action="append", metavar="DIR", help="gold directory (repeatable; default evals/gold)")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--perturb", action="store_true", help="alter items the way real models err")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--rate", type=float, default=1.0, help="share of gold claims perturbed (default 1: all)")
    p.add_argument("--log", metavar="PATH", help="write the perturbation log here (JSON)")
    a = p.parse_args(argv)
    srv = ReplayServer(gold_dirs=a.gold, perturb=a.perturb, seed=a.seed, rate=a.rate, port=a.port, log_path=a.log)
    with srv:
        print(f"replay server on {srv.url}: {len(srv.articles)} gold articles, "
              f"{len(srv.perturbations)} perturbations (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(5)
        except KeyboardInterrupt:
            pass
        print(dict(srv.stats), flush=True)


if __name__ == "__main__":  # pragma: no cover
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    main()
