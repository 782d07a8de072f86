"""The log file and what happens to an exception nobody caught.

``configure_logging`` sends the program's log to a rotating file in the data
folder (``logs/pitstop.log``, 1 MB, five old files kept). ``install_hooks``
replaces ``sys.excepthook`` and ``threading.excepthook``: an exception that
escapes a slot, a timer callback or a thread is logged with its traceback and
handed to a reporter (the desktop program shows a dialog, app/ui/errors.py),
and the program keeps running. No Qt here: the reporter is any callable.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app.config import data_dir

log = logging.getLogger("app.crash")

LOG_FILE_NAME = "pitstop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

Reporter = Callable[[str], None]
"""Gets the full text of an unexpected error (type, message, traceback)."""


def default_log_path() -> Path:
    return data_dir() / "logs" / LOG_FILE_NAME


def configure_logging(
    path: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
    level: int = logging.INFO,
) -> RotatingFileHandler:
    """Log to a rotating UTF-8 file (and stderr); returns the file's handler.

    Calling it again replaces the file handler it added before, so a test or a
    second window never writes each line twice.
    """
    path = path or default_log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "pitstop_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.pitstop_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    # A windowed program (pythonw, a frozen build) has no stderr to log to.
    if sys.stderr is not None and not any(type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(console)
    root.setLevel(level)
    return handler


def error_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """The text a person can copy into a message to support."""
    return "".join(traceback.format_exception(kind, error, trace)).rstrip()


class CrashHooks:
    """``sys.excepthook`` and ``threading.excepthook`` that log and report, then carry on.

    A reporter that itself fails is logged and otherwise ignored: a broken
    error dialog must not turn one error into an endless chain of them.
    """

    def __init__(self, reporter: Reporter) -> None:
        self._reporter = reporter
        self._previous: tuple[object, object] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        self._report(error_details(kind, error, trace))

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error(
            "unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        self._report(error_details(args.exc_type, args.exc_value, args.exc_traceback))

    def _report(self, details: str) -> None:
        try:
            self._reporter(details)
        except Exception:
            log.exception("the error report itself failed")


def install_hooks(reporter: Reporter) -> CrashHooks:
    hooks = CrashHooks(reporter)
    hooks.install()
    return hooks
