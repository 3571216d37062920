"""Cache keys cover everything that changes an answer, and never the API key."""

from __future__ import annotations

from summarizer.cache import Cache, cache_key
from summarizer.extract import DraftSummary
from summarizer.settings import Settings

MSGS = [{"role": "user", "content": "Kyiv said 5 drones fell."}]


def key(settings=None, prompt="p1", schema=None, messages=None):
    return cache_key(settings or Settings(), prompt_hash=prompt, schema=schema or {"a": 1},
                     messages=messages or MSGS)


def test_key_changes_with_everything_that_changes_the_answer():
    base = key()
    variants = [
        key(Settings(backend="openai", base_urls=("http://a/v1",))),
        key(Settings(model="other")),
        key(Settings(mode="tools")),
        key(Settings(temperature=0.5)),
        key(Settings(max_tokens=99)),
        key(Settings(seed=7)),
        key(Settings(repeat_penalty=1.3)),
        key(prompt="p2"),
        key(schema={"a": 2}),
        key(messages=[{"role": "user", "content": "Kyiv said 6 drones fell."}]),
    ]
    assert len({base, *variants}) == len(variants) + 1


def test_key_ignores_the_api_key_and_url_order():
    a = Settings(backend="openai", base_urls=("http://a/v1", "http://b/v1"), api_key="sk-one")
    b = Settings(backend="openai", base_urls=("http://b/v1", "http://a/v1"), api_key="sk-two")
    assert key(a) == key(b)
    assert "sk-one" not in repr(a)


def test_round_trip_and_garbage_is_a_miss(tmp_path):
    c = Cache(tmp_path / "c")
    value = DraftSummary(headline="H", summary="S.")
    c.set("k", value)
    assert c.get("k", DraftSummary) == value
    c._dc.set("k", "{not json")
    assert c.get("k", DraftSummary) is None
    assert c._dc.get("k") is None  # the bad entry is gone
    c._dc.set("k2", b"\x00\x01")
    assert c.get("k2", DraftSummary) is None
    assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700
    assert Cache(None).get("k", DraftSummary) is None  # --no-cache
