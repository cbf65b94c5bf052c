"""The one way Linkwell writes a file that holds personal data: exports, letters, reports, backups.

The file is written to a temporary file beside its target, created owner-only (0600) whatever the
umask, flushed to disk, then renamed over the target: a crash, a full disk or a read-only folder leaves
the old file or none, never half of one, and no temporary file. Folders created for it are 0700.
A failure is a ``CannotWrite`` sentence.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import CannotWrite
from app.i18n import translate

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
PARTIAL_SUFFIX = ".partial"  # a temporary file left by a crash ends so; a later write of its kind may remove it

_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path``: the old file or the new one, never a mixture."""
    with atomic_path(path) as partial, open(partial, "wb") as handle:
        handle.write(data)
    return Path(path)


def copy_atomically(source: Path, path: Path) -> Path:
    """Copy ``source`` to ``path`` the same way (its contents, not its mode)."""
    with atomic_path(path) as partial:
        shutil.copyfile(source, partial)
    return Path(path)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary owner-only file beside ``path`` for the block to fill; it becomes ``path`` if the block
    ends well and is removed if not."""
    target = Path(path)
    try:
        target = _target(target)
        private_folder(target.parent)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # mkstemp asks for 0600, but a umask may take bits away
        os.close(fd)
    except OSError as exc:
        raise _sentence(exc, target) from None
    partial = Path(name)
    try:
        yield partial
        flush_to_disk(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _sentence(exc, target) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def private_folder(folder: Path) -> Path:
    """``folder``, created owner-only with any missing parents; a folder already there is left as it is."""
    wanted = there = Path(folder)
    missing = []
    while not there.exists() and not there.is_symlink() and there != there.parent:
        missing.append(there)
        there = there.parent
    if not there.is_dir():
        raise CannotWrite(translate("storage", "{there} is a file, not a folder, so nothing was saved: choose a folder to save into.").format(there=there))
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_FOLDER)
            new.chmod(PRIVATE_FOLDER)  # mkdir's mode passes through the umask
        except FileExistsError:  # made by someone else meanwhile: theirs to keep as it is
            continue
        except OSError as exc:
            raise _sentence(exc, new) from None
    return wanted


def _target(path: Path) -> Path:
    """Where the data goes: through a link to the file it names; never over a folder or a device."""
    if path.is_symlink():
        path = path.resolve()
    if path.is_dir():
        raise CannotWrite(translate("storage", "{path} is a folder, so nothing was saved: choose a file name inside it.").format(path=path))
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise CannotWrite(translate("storage", "{path} is not an ordinary file, so nothing was saved: choose a file name in a folder.").format(path=path))
    return path


def _sentence(exc: OSError, target: Path) -> CannotWrite:
    if exc.errno in _NO_SPACE:
        return CannotWrite(f"There is not enough space on the disk to save {target.name} in {target.parent}, "
                           "so nothing was saved: free some space or choose another place.")
    if exc.errno in _NOT_ALLOWED:
        return CannotWrite(f"Linkwell may not save files in {target.parent}, so nothing was saved: "
                           "choose another place.")
    return CannotWrite(f"{target} cannot be written ({exc.strerror or exc}), so nothing was saved: "
                       "choose another place.")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
