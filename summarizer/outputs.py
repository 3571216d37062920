"""Where results go: never over an input, through (not over) special files and symlinks,
and with the machine's failures reported as EnvIOError (exit 8) naming the path.

* `refuse_inputs(output, inputs)`: exit 2 when `-o` is one of the inputs: the same resolved
  path or the same inode (a hard link, a symlink pointing at it), or an article file inside an
  input directory.
* `write_output(output, text)`: a regular file (or a name not yet taken) is written atomically
  (temp file + rename); a symlink is followed and its target written, the link kept; a
  character device or a FIFO is written through like the shell's `>` would (`/dev/null`,
  `/dev/stdout`, a pipe), the node never replaced; a directory, socket or block device is
  refused (exit 2).
* `is_own_output(path)`: a file this tool wrote (a digest or a summary in Markdown, JSON or
  HTML), recognised by its extension and a marker or shape in its first 4 KB, so a digest
  written into its own input folder is not read back as an article on the next run.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from .errors import EnvIOError, InputError

#: First line of every Markdown file we write (an HTML comment: invisible when rendered).
MD_MARKER = "<!-- written by summarizer -->"
#: In the <head> of the HTML digest.
HTML_MARKER = '<meta name="generator" content="summarizer">'
_OWN_EXTENSIONS = (".md", ".json", ".jsonl", ".html", ".htm")


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def refuse_inputs(output: str | None, inputs: Iterable[str]) -> None:
    """InputError (exit 2) when writing `output` would replace one of `inputs`."""
    if not output:
        return
    out_st = _stat(output)
    if out_st is None or not stat.S_ISREG(out_st.st_mode):  # nothing there yet, or a device/FIFO
        return
    out_real = os.path.realpath(output)
    for item in inputs:
        if item == "-":
            continue
        st = _stat(item)
        if st is None:
            continue
        same = (st.st_dev, st.st_ino) == (out_st.st_dev, out_st.st_ino) or os.path.realpath(item) == out_real
        inside = (stat.S_ISDIR(st.st_mode) and out_real.startswith(os.path.realpath(item).rstrip(os.sep) + os.sep)
                  and not Path(out_real).name.startswith(".") and not is_own_output(out_real))
        if same or inside:
            raise InputError(f"{output}: is an input ({item}); refusing to write over it (choose another -o)",
                             path=output)


def check_output(output: str) -> None:
    """Before any work: EnvIOError (exit 8) when `output` could not be written where it is (its
    nearest existing folder is a file, or not writable), InputError when it is a directory. The
    write itself happens after every article is done; a typo there cost the whole run."""
    if output.endswith((os.sep, "/")):  # "-o out/" names a folder: a file named "out" was written
        raise InputError(f"{output}: names a folder (it ends with /); give a file name for -o", path=output)
    target = os.path.realpath(output) if os.path.islink(output) else output
    st = _stat(target)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{output}: is a directory; give a file name for -o", path=output)
        if not stat.S_ISREG(st.st_mode):
            return  # a device or a FIFO: written through (write_output), nothing to check here
    parent = Path(os.path.abspath(target)).parent
    while not parent.exists() and parent != parent.parent:  # write_atomic creates missing folders
        parent = parent.parent
    if not parent.is_dir():
        raise EnvIOError(f"{output}: cannot write ({parent} is not a directory)", path=output)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise EnvIOError(f"{output}: cannot write (the folder {parent} is not writable)", path=output)
    try:
        limit = os.pathconf(parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    for part in Path(os.path.abspath(target)).relative_to(parent).parts:  # found after the whole run before
        if len(os.fsencode(part)) > limit:
            raise EnvIOError(f"{output}: cannot write (a name of {len(os.fsencode(part))} bytes; the limit here "
                             f"is {limit})", path=output)


@functools.lru_cache(maxsize=1)
def _umask() -> int:
    """The process umask, read once: reading it means setting it, which is process-wide, and
    a digest writes while its worker threads may be creating cache files."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _chunks(data: str | bytes | Iterable[str | bytes]) -> Iterator[bytes]:
    for chunk in [data] if isinstance(data, (str, bytes)) else data:
        yield chunk.encode("utf-8") if isinstance(chunk, str) else chunk


def write_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[str | bytes]) -> None:
    """Write via a temp file in the same directory and rename: never a half-written file.
    `data` may be chunks, written one after another (never joined in memory)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # (the temp name is cut: a final name near the file system's limit fits, its temp name did not)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; an output file is an ordinary file
        with os.fdopen(fd, "wb") as f:
            for blob in _chunks(data):
                f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_output(output: str, text: str | Iterable[str]) -> None:
    """Write `text` (or its chunks, in order) to `output` (see the module doc). EnvIOError
    naming the path on I/O failure."""
    target = os.path.realpath(output) if os.path.islink(output) else output
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise _env(output, e) from None
    try:
        if st is None or stat.S_ISREG(st.st_mode):
            write_atomic(target, text)
        elif stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            with open(target, "wb") as f:  # written through; the node stays what it is
                for blob in _chunks(text):
                    f.write(blob)
                f.flush()
        else:
            what = ("a directory" if stat.S_ISDIR(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                    else "a block device" if stat.S_ISBLK(st.st_mode) else "not a regular file")
            raise InputError(f"{output}: is {what}; give a file name for -o", path=output)
    except OSError as e:
        raise _env(output, e) from None


def write_stdout(text: str) -> None:
    """Write to stdout; EnvIOError when it is closed or fails (a broken pipe stays quiet)."""
    out = sys.stdout
    if out is None:
        raise EnvIOError("<stdout>: standard output is closed; use -o FILE", path="<stdout>")
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as e:  # ValueError: I/O on a closed file
        raise EnvIOError(f"<stdout>: cannot write to standard output ({getattr(e, 'strerror', None) or e})",
                         path="<stdout>") from None


def check_stdout() -> None:
    """Fail before any work when the result has nowhere to go."""
    if sys.stdout is None:
        raise EnvIOError("<stdout>: standard output is closed; use -o FILE", path="<stdout>")
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (captured, redirected in process): fine
        return
    try:
        os.fstat(fd)
    except OSError:
        raise EnvIOError("<stdout>: standard output is closed; use -o FILE", path="<stdout>") from None


def _env(path: str, e: OSError) -> EnvIOError:
    why = e.strerror or str(e)
    if e.errno == errno.ENOSPC:
        why = "no space left on the device"
    return EnvIOError(f"{path}: cannot write ({why})", path=path)


def is_own_output(path: str | os.PathLike[str]) -> bool:
    """A Markdown/JSON/HTML file this tool wrote (checked on its extension and first 4 KB)."""
    p = Path(path)
    st = _stat(os.fspath(p))
    if st is None or not stat.S_ISREG(st.st_mode):  # never open a FIFO or a device to look
        return False
    try:
        with open(p, "rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    if head.startswith(MD_MARKER) or HTML_MARKER in head:
        return True  # whatever the name: a digest written as `-o in/digest.txt -f md` is ours too
    if p.suffix.lower() not in _OWN_EXTENSIONS:
        return False
    stripped = head.lstrip()
    if stripped[:1] in "{[":
        first_line = stripped.splitlines()[0] if p.suffix.lower() == ".jsonl" else None
        if first_line:
            try:
                obj = json.loads(first_line)
            except ValueError:
                obj = None
            return isinstance(obj, dict) and {"claims", "source", "headline"} <= set(obj)
        # a summary: "headline" ... "source": {"path", "sha256"}; a digest: "articles" + "agreements"
        return ('"headline"' in head and '"claims"' in head) or ('"articles"' in head and '"agreements"' in head) \
            or ('"articles"' in head and '"summary"' in head and '"sha256"' in head)
    return False
