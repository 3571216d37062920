"""The response cache: diskcache (SQLite, safe across processes) keyed by everything that
changes an answer, and never by the API key.

Values are stored as JSON text and re-validated on read: an entry that is truncated,
garbage or no longer fits the schema is a miss (and is deleted), never a crash.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from . import __version__
from .errors import EnvIOError
from .settings import Settings

log = logging.getLogger("summarizer")
M = TypeVar("M", bound=BaseModel)


def cache_key(settings: Settings, *, prompt_hash: str, schema: dict, messages: list[dict]) -> str:
    """sha256 over backend, model, endpoint, mode, prompt, schema, generation, version, input."""
    material = {
        "backend": settings.backend,
        "model": settings.model,
        # one logical endpoint: several load-balanced URLs serve the same model
        "base_url": sorted(settings.base_urls)[0] if settings.base_urls else None,
        "mode": settings.resolved_mode,
        "prompt": prompt_hash,
        "schema": schema,
        "generation": {
            "temperature": settings.temperature,
            "seed": settings.seed,
            "max_tokens": settings.max_tokens,
            "repeat_penalty": settings.repeat_penalty,
            "max_reasks": settings.max_reasks,
        },
        "version": __version__,
        "messages": messages,
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _move_aside(db: Path) -> bool:
    """Rename a damaged SQLite file (and its -wal/-shm companions) to `<name>.damaged`."""
    try:
        if not db.is_file():
            return False
        for suffix in ("", "-wal", "-shm"):
            part = db.with_name(db.name + suffix)
            if part.exists():
                os.replace(part, db.with_name(db.name + ".damaged" + suffix))
        return True
    except OSError:
        return False


class Cache:
    """A small typed wrapper over diskcache.Cache; a disabled cache misses every time."""

    def __init__(self, directory: Path | None):
        self._dc = None
        self.directory = directory
        if directory is not None:
            import diskcache

            directory = Path(directory)
            try:  # a file, a read-only or missing location: the environment's fault, exit 8
                directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                if not os.access(directory, os.W_OK | os.X_OK):
                    raise PermissionError(13, "not writable")
            except OSError as e:
                why = ("is a symbolic link to a missing folder" if directory.is_symlink() and not directory.exists()
                       else "is a file, not a directory" if isinstance(e, FileExistsError) else (e.strerror or str(e)))
                raise EnvIOError(f"cache directory {directory}: {why} (set SUMMARIZER_CACHE_DIR or use --no-cache)",
                                 path=str(directory)) from None
            try:
                os.chmod(directory, 0o700)  # the user's answers are the user's only
            except OSError:
                pass
            for attempt in (1, 2):
                try:
                    self._dc = diskcache.Cache(str(directory), size_limit=2**33)
                    break
                except sqlite3.OperationalError as e:  # cannot open/write (read-only fs, no space): exit 8
                    raise EnvIOError(f"cache directory {directory}: cannot open its database ({e}); "
                                     "set SUMMARIZER_CACHE_DIR or use --no-cache", path=str(directory)) from None
                except (sqlite3.DatabaseError, OSError) as e:  # a damaged cache.db
                    # kept it and ran uncached, so every later run was uncached too (and warned):
                    # move the damaged file aside (kept, never deleted) and start a new database
                    if attempt == 1 and _move_aside(directory / "cache.db"):
                        log.warning("cache database %s was damaged (%s); moved it to cache.db.damaged and "
                                    "started a new one", directory / "cache.db", e)
                        continue
                    log.warning("cache at %s is unusable (%s); continuing without the cache", directory, e)
                    self._dc = None
                    break

    @classmethod
    def from_settings(cls, settings: Settings) -> "Cache":
        return cls(settings.cache_dir if settings.use_cache else None)

    @property
    def enabled(self) -> bool:
        return self._dc is not None

    def get(self, key: str, model: type[M]) -> M | None:
        if self._dc is None:
            return None
        try:
            raw = self._dc.get(key)
        except Exception as e:  # a damaged database file: treat as a miss
            log.warning("cache read failed (%s); treating as a miss", type(e).__name__)
            return None
        if raw is None:
            return None
        try:
            if not isinstance(raw, str):
                raise TypeError("not text")
            return model.model_validate_json(raw)
        except (ValidationError, TypeError, ValueError):
            log.info("cache entry %s… is corrupt or out of date; recomputing", key[:12])
            self.delete(key)
            return None

    def set(self, key: str, value: BaseModel) -> None:
        if self._dc is None:
            return
        try:
            self._dc.set(key, value.model_dump_json())
        except Exception as e:
            log.warning("cache write failed (%s); continuing without caching", type(e).__name__)

    def delete(self, key: str) -> None:
        if self._dc is not None:
            try:
                self._dc.delete(key)
            except Exception:
                pass

    def close(self) -> None:
        if self._dc is not None:
            self._dc.close()
