"""Where things live: data folder, default database file, log folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PitstopCRM"
APP_AUTHOR = "Pitstop"
ENV_DATABASE_URL = "PITSTOP_DATABASE_URL"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "pitstop.db"
