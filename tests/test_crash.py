"""The log file rotates: at most max_bytes each, the newest lines in pitstop.log."""

from __future__ import annotations

import logging
from pathlib import Path

from app.crash import configure_logging


def test_the_log_file_rotates_and_keeps_the_newest_lines(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = tmp_path / "logs" / "pitstop.log"
    try:
        configure_logging(path, max_bytes=2000, backup_count=3)
        configure_logging(path, max_bytes=2000, backup_count=3)  # replaces, never doubles
        log = logging.getLogger("app.test")
        for n in range(200):
            log.info("line %03d: Запис у журналі", n)
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["pitstop.log", "pitstop.log.1", "pitstop.log.2", "pitstop.log.3"]
    # The handler measures a line in characters, the file in bytes: the Cyrillic
    # of the last line may take a file past the limit by that line's extra bytes.
    extra = len("Запис у журналі".encode()) - len("Запис у журналі")
    assert all(p.stat().st_size < 2000 + extra for p in path.parent.iterdir())
    newest = path.read_text(encoding="utf-8")
    assert "line 199: Запис у журналі" in newest
    assert newest.count("line 199") == 1
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())
