"""Where things live: data folder, default database file, log folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "PitstopCRM"
APP_AUTHOR = "Pitstop"
ENV_DATABASE_URL = "PITSTOP_DATABASE_URL"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# A PyInstaller build (installer/pitstop.spec) unpacks resources/ and migrations/
# into its own data folder, sys._MEIPASS; a source checkout has them at the top.
BUNDLE_ROOT = (
    Path(getattr(sys, "_MEIPASS", PROJECT_ROOT)) if getattr(sys, "frozen", False) else PROJECT_ROOT
)
RESOURCES_DIR = BUNDLE_ROOT / "resources"
MIGRATIONS_DIR = BUNDLE_ROOT / "migrations"


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "pitstop.db"
