"""One frozen settings object instead of functions with twenty keyword arguments.

Build it with `Settings.from_env(**overrides)`: explicit overrides win over the environment
(OPENAI_API_KEY, OPENAI_BASE_URL, SUMMARIZER_MODEL, SUMMARIZER_CACHE_DIR, SUMMARIZER_MODE,
SUMMARIZER_THREADS, SUMMARIZER_MODEL_VERIFY, SUMMARIZER_PAIR_JUDGE, SUMMARIZER_DIGEST_SUMMARY),
which wins over the defaults. With no model and no base URL, the bundled model runs in
process ("local" backend); otherwise any OpenAI-compatible endpoint ("openai" backend).
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import MODES
from .errors import UsageError

BUNDLED_MODEL = "smollm2-135m-instruct-q4_1"


#: The longest string bound a response schema may carry. llama.cpp (and llama-cpp-python's
#: server) turns `maxLength` into a grammar repetition and refuses one over 1,000 (repetition
#: threshold 2,000 at two symbols a character); llama-cpp-python's server then dies on the request
#: (measured: 1,000 parses, 1,200 aborts; tests/test_schema_grammar.py builds the real grammars).
MAX_SCHEMA_CHARS = 1000
#: The most articles a digest keeps in flight (`--concurrency`). Each is a thread, a connection and,
#: with the read-ahead, two loaded texts: `--concurrency 100000` over 1,500 articles ran 1,500
#: threads with every text in memory (498 MB, against about 100 MB at 8). More than this is cut
#: to it, with a warning, as `--threads` is cut to the cores.
MAX_CONCURRENCY = 128

def _default_cache_dir() -> Path:
    base = (os.environ.get("XDG_CACHE_HOME") or "").strip() or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer"


@dataclass(frozen=True)
class Settings:
    backend: str = "local"  # "local" (bundled, in process) | "openai" (any compatible endpoint)
    model: str = BUNDLED_MODEL
    base_urls: tuple[str, ...] = ()
    api_key: str | None = field(default=None, repr=False)  # never part of a cache key or a log
    mode: str | None = None  # instructor mode; None = the backend's default
    # generation
    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 512
    repeat_penalty: float = 1.0  # >1 stops the model copying its quote into the claim text
    n_ctx: int = 2048
    threads: int | None = None  # bundled model; None = every core this process may use
    # task size (the bundled model does best on a few sentences per call)
    chunk_chars: int = 1200
    sentences_per_call: int = 1
    max_claims_per_call: int = 1
    #: "parts" (bundled model): code makes a claim of each sentence or clause and the model only
    #: rewrites those that do not stand alone (summarizer.picks, prompts/rewrite.v1.md);
    #: "full": the model writes the whole DraftClaim (prompts/claims.v1.md), as capable models do
    claims_task: str = "parts"
    #: "parts": ask the model to rewrite the parts that do not stand alone. Off by default: the
    #: 135M model mostly copied the sentence and left its pronoun (evals/RESULTS.md, issue 16), and
    #: F1 and attribution were identical with and without it, at 2-3x the time
    rewrite_parts: bool = False
    summary_call: bool = True  # ask the model for headline + summary (off: the article's lead)
    quote_choices: bool = True  # constrain quotes to the window's sentences/clauses (grammar enum)
    trust_model_labels: bool = False  # False: the evidence decides attribution and kind (rules.py)
    #: ask the model about summary sentences the code check cannot decide (verify/model.py):
    #: "auto" = on for an OpenAI-compatible endpoint, off for the bundled model (it did not help)
    model_verify: str = "auto"
    #: the digest asks the model to judge each linked pair (digest/judge.py); used only with an
    #: OpenAI-compatible endpoint
    pair_judge: bool = False
    #: who writes the digest's overall summary: "model" (a schema-checked reduce over the article
    #: summaries, each sentence support-checked), "sections" (composed by code from the widest
    #: agreements, the first conflict and the storylines: every word the articles' or the digest's
    #: own), "auto" = the model with an OpenAI-compatible endpoint, the sections with the bundled
    #: model: on the 11 tuned BASIL clusters its reduce was kept 8 times and 7 of the 8 held a false,
    #: invented or garbled statement the support check let through ("a federal judge has ordered an
    #: indictment"; a House vote given to the Senate; evals/RESULTS.md "Session 22: the digest summary")
    digest_summary: str = "auto"
    lead_chars: int = 600
    #: the summary field's bound (extract.summary_model): 2-4 sentences. The bundled model: 600
    #: characters (~200 tokens, inside its max_tokens with the headline). A capable model: 1000
    #: (the gold summaries: 3-4 sentences, 528-838 characters); a tighter bound cuts a faithful
    #: summary or fails its validation. No bound may pass MAX_SCHEMA_CHARS (top of this module)
    summary_chars: int = 600
    #: a draft claim's quote and text bounds (extract.claims_model). The bundled model: 300 and 240
    #: (it copies whole paragraphs into an unbounded field). A capable model: 600 and 400, a quote
    #: of one or two long news sentences and a claim that spells its names out (5 of the 415 gold
    #: quotes are over 300 characters, up to 413; 2 texts over 240, up to 346)
    claim_quote_chars: int = 300
    claim_text_chars: int = 240
    max_chars: int = 1_000_000
    # reliability
    max_reasks: int = 2
    max_attempts: int = 6
    retry_max_seconds: float = 120.0
    retry_after_cap: float = 60.0
    timeout: float = 120.0  # seconds per request, in total (not only between reads)
    article_timeout: float | None = None  # seconds per article over all its calls; None: no bound
    # cache and batch
    cache_dir: Path = field(default_factory=_default_cache_dir)
    use_cache: bool = True
    concurrency: int = 1
    verbose: bool = False

    @property
    def base_url(self) -> str | None:
        return self.base_urls[0] if self.base_urls else None

    @property
    def digest_summary_by_model(self) -> bool:
        """Whether the model writes the digest's overall summary (see `digest_summary`)."""
        return self.digest_summary == "model" or (self.digest_summary == "auto" and self.backend != "local")

    @property
    def resolved_mode(self) -> str:
        """The instructor mode to use: explicit, else the backend's safe default.

        The bundled model and llama.cpp's server are driven with TOOLS (llama-cpp-python's
        server answers response_format type json_schema with HTTP 500); api.openai.com and
        the rest default to TOOLS too, which every OpenAI-compatible server we know accepts.
        In process, JSON_SCHEMA compiles the schema to a llama.cpp grammar.
        """
        if self.mode:
            return self.mode
        return "json_schema" if self.backend == "local" else "tools"

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        # spaces or a line break around a value (a pasted path, `export K=" v"`, a key read from
        # a file) are never part of it: kept, a cache folder named " " appeared in the working
        # directory and a key with a newline failed every request as a connection error
        env = {k: v.strip() for k, v in (os.environ if env is None else env).items()}
        values: dict = {}
        urls = overrides.pop("base_urls", None) or _split_urls(env.get("OPENAI_BASE_URL", ""))
        model = (overrides.pop("model", None) or "").strip() or env.get("SUMMARIZER_MODEL")
        if urls or model:
            values["backend"] = "openai"
            values["base_urls"] = tuple(urls)
            values["model"] = model or "gpt-4o-mini"
        values["api_key"] = overrides.pop("api_key", None) or env.get("OPENAI_API_KEY")
        if env.get("SUMMARIZER_CACHE_DIR"):
            values["cache_dir"] = Path(env["SUMMARIZER_CACHE_DIR"])
        if env.get("SUMMARIZER_MODE"):
            values["mode"] = env["SUMMARIZER_MODE"]
        if env.get("SUMMARIZER_THREADS"):
            try:
                values["threads"] = int(env["SUMMARIZER_THREADS"])
            except ValueError:
                raise UsageError(f"SUMMARIZER_THREADS must be a whole number, not {env['SUMMARIZER_THREADS']!r}") from None
        if env.get("SUMMARIZER_MODEL_VERIFY"):
            values["model_verify"] = env["SUMMARIZER_MODEL_VERIFY"].strip().lower()
        if env.get("SUMMARIZER_DIGEST_SUMMARY"):
            values["digest_summary"] = env["SUMMARIZER_DIGEST_SUMMARY"].strip().lower()
        if env.get("SUMMARIZER_PAIR_JUDGE"):
            values["pair_judge"] = env["SUMMARIZER_PAIR_JUDGE"].strip().lower() in ("1", "true", "yes", "on")
        if values.get("backend") == "openai":
            # a capable remote model handles a whole chunk per call; news splits into up to ~50
            # atomic claims per 6,000 characters (the gold set): room for 64 (~100 tokens each)
            values.update(chunk_chars=6000, sentences_per_call=1000, max_claims_per_call=64,
                          lead_chars=4000, summary_chars=1000,
                          claim_quote_chars=600, claim_text_chars=400, max_tokens=8192, n_ctx=32768, concurrency=8,
                          quote_choices=False, trust_model_labels=True, claims_task="full")
        values.update({k: v for k, v in overrides.items() if v is not None})
        if isinstance(values.get("concurrency"), int) and values["concurrency"] > MAX_CONCURRENCY:
            logging.getLogger("summarizer").warning("--concurrency %d is more than %d articles in flight; using %d",
                                                    values["concurrency"], MAX_CONCURRENCY, MAX_CONCURRENCY)
            values["concurrency"] = MAX_CONCURRENCY
        if "cache_dir" in values:
            if isinstance(values["cache_dir"], str) and not values["cache_dir"].strip():
                # Path("") is the working directory: `--cache-dir ""` left cache.db beside the articles
                raise UsageError("--cache-dir is empty; give a folder, or use --no-cache", usage="--cache-dir DIR")
            values["cache_dir"] = Path(values["cache_dir"]).expanduser()
        s = cls(**values)
        s.validate()
        return s

    def validate(self) -> None:
        if self.mode is not None and self.mode not in MODES:
            raise UsageError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")
        if self.backend not in ("local", "openai"):
            raise UsageError(f"unknown backend {self.backend!r}")
        if self.claims_task not in ("parts", "full"):
            raise UsageError(f"unknown claims task {self.claims_task!r}")
        if self.model_verify not in ("auto", "on", "off"):
            raise UsageError(f"--model-verify must be auto, on or off, not {self.model_verify!r}")
        if self.digest_summary not in ("auto", "model", "sections"):
            raise UsageError(f"--digest-summary must be auto, model or sections, not {self.digest_summary!r}")
        if self.concurrency < 1:
            raise UsageError("--concurrency must be at least 1")
        if self.threads is not None and self.threads < 1:
            raise UsageError("--threads must be at least 1")
        for name in ("summary_chars", "claim_quote_chars", "claim_text_chars"):
            if getattr(self, name) < 100:
                raise UsageError(f"{name} must be at least 100 characters")
            if getattr(self, name) > MAX_SCHEMA_CHARS:
                raise UsageError(f"{name} must be at most {MAX_SCHEMA_CHARS} characters "
                                 "(a longer string bound is refused by llama.cpp's grammar)")
        if self.chunk_chars < 200:
            raise UsageError("chunk size must be at least 200 characters")
        _positive("--timeout", self.timeout)
        if self.article_timeout is not None:
            _positive("--article-timeout", self.article_timeout)
        _finite("--temperature", self.temperature, 0.0, 2.0)
        _finite("retry_max_seconds", self.retry_max_seconds, 0.0, math.inf)
        _finite("retry_after_cap", self.retry_after_cap, 0.0, math.inf)
        for flag, value, low in (("--attempts", self.max_attempts, 1), ("--max-chars", self.max_chars, 1),
                                 ("max_reasks", self.max_reasks, 0), ("max_tokens", self.max_tokens, 1)):
            if not isinstance(value, int) or value < low:
                raise UsageError(f"{flag} must be a whole number of at least {low}, not {value!r}")
        for url in self.base_urls:
            check_url(url)
        if self.api_key and any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in self.api_key):
            # httpx refuses such a header: every attempt failed as "APIConnectionError" (exit 4)
            raise UsageError("OPENAI_API_KEY contains a space, a line break or a control character; "
                             "an API key never does (check how it was set)", usage="OPENAI_API_KEY")


def _finite(flag: str, value: float, low: float, high: float) -> None:
    if not isinstance(value, (int, float)) or not math.isfinite(value) or not low <= value <= high:
        bound = f"between {low:g} and {high:g}" if math.isfinite(high) else f"at least {low:g}"
        raise UsageError(f"{flag} must be a finite number {bound}, not {value!r}")


def _positive(flag: str, value: float) -> None:
    if not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise UsageError(f"{flag} must be a finite number of seconds above 0, not {value!r}")


def redact_url(url: str) -> str:
    """The URL with any user:password replaced by ***, for messages."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    return (f"{scheme}://" if sep else "") + netloc + slash + path


def check_url(url: str) -> None:
    """UsageError (exit 2) unless `url` is http(s)://host[:port][/path]; never echoes credentials."""
    from urllib.parse import urlsplit

    shown = redact_url(url)
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise UsageError(f"base URL contains a space or a control character: {shown!r}")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        why = "bad port" if "port" in str(e).lower() else "malformed"
        raise UsageError(f"base URL is {why}: {shown!r}") from None
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"base URL must start with http:// or https://: {shown!r}")
    if not parts.hostname:
        raise UsageError(f"base URL has no host: {shown!r}")
    if port is not None and not 1 <= port <= 65535:
        raise UsageError(f"base URL has a bad port: {shown!r}")


def _split_urls(value: str) -> list[str]:
    return [u.strip() for u in value.split(",") if u.strip()]
