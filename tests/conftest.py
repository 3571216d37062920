"""Shared fixtures. Every test gets its own cache directory and no real API credentials."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """Point the cache at a temp folder and strip keys and endpoints from the environment."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(var, raising=False)
    yield


@pytest.fixture
def seeds() -> list[Path]:
    return SEEDS


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
