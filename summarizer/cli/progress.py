"""Progress on the terminal for `summarize FILE...`: steps done / total per article (rich).

One long article on the bundled model takes minutes, so the bar counts its steps (the
summary call, then one per window of sentences), not only finished articles. It draws on stderr, and only
when stderr is a terminal and --no-progress was not given: pipes, files and CI logs stay
clean. `Pipeline.progress` is the hook (called from the worker threads).
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any, TextIO


def wanted(no_progress: bool, stream: TextIO | None = None) -> bool:
    """Draw progress only on a terminal, and never with --no-progress."""
    stream = stream if stream is not None else sys.stderr
    try:
        return not no_progress and stream.isatty()
    except (AttributeError, ValueError):  # a closed or fake stream
        return False


class CallProgress:
    """A rich progress display with one row per article in flight: steps done / total."""

    def __init__(self, stream: TextIO | None = None, articles: int | None = None):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._console = Console(file=stream if stream is not None else sys.stderr)
        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("steps"), TimeElapsedColumn(), console=self._console, transient=True)
        self._rows: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._articles = self._bar.add_task("articles", total=articles) if articles and articles > 1 else None

    def __enter__(self) -> "CallProgress":
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def __call__(self, path: str, done: int, total: int) -> None:
        """Pipeline hook: `done` of `total` steps (the summary call, then each window) for `path`."""
        with self._lock:
            row = self._rows.get(path)
            if row is None:
                row = self._rows[path] = self._bar.add_task(os.path.basename(path) or path, total=total)
            self._bar.update(row, completed=done, total=total)
            if done >= total:
                self._bar.remove_task(row)
                del self._rows[path]
                if self._articles is not None:
                    self._bar.advance(self._articles)
