"""The packaged program (installer/): the parts checked everywhere, the build in CI.

The tests of the built program run only when ``PITSTOP_BUILT_PROGRAM`` names
the executable of a finished ``make installer`` (dist/pitstop/pitstop); .ci/run
sets it after building, so a plain ``make test`` skips them. They drive the
frozen program the way a shop would: fill a demo database, print the KPI
report as JSON, the same report in Ukrainian, the owner's PDF summary, and
open the window. Every printed report must equal what the source tree prints
for the same database, so a module, migration, font or translation left out
of the bundle shows up as a difference or a crash.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from app import __version__
from app.config import MIGRATIONS_DIR, PROJECT_ROOT, RESOURCES_DIR

BUILT_PROGRAM_ENV = "PITSTOP_BUILT_PROGRAM"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
LANGUAGES = ("uk", "ru", "ro")


def test_version_matches_the_project_metadata() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == __version__


def test_the_bundled_folders_exist_in_the_source_tree() -> None:
    """installer/pitstop.spec copies these; app/config.py points at them."""
    assert (RESOURCES_DIR / "fonts" / "DejaVuSans.ttf").is_file()
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert list((MIGRATIONS_DIR / "versions").glob("0001_*.py"))
    for size in ICON_SIZES:
        assert (RESOURCES_DIR / "icons" / f"pitstop-{size}.png").is_file()
    ico = (RESOURCES_DIR / "icons" / "pitstop.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0"  # reserved 0, type 1 (icon)
    assert int.from_bytes(ico[4:6], "little") == len(ICON_SIZES)


def test_the_desktop_entry_names_the_program_in_every_language() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PROJECT_ROOT / "installer" / "linux" / "pitstop-crm.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Icon"] == "pitstop-crm"
    assert section["Exec"].split()[0] == "pitstop"
    for language in LANGUAGES:
        assert section[f"Name[{language}]"]
        assert section[f"Comment[{language}]"]


# --- the built program (CI) --------------------------------------------------

built = pytest.mark.skipif(
    not os.environ.get(BUILT_PROGRAM_ENV),
    reason=f"{BUILT_PROGRAM_ENV} is not set (CI sets it after make installer)",
)


@pytest.fixture(scope="module")
def program() -> Path:
    path = Path(os.environ[BUILT_PROGRAM_ENV]).resolve()
    assert path.is_file(), f"{path} does not exist: run make installer"
    return path


@pytest.fixture(scope="module")
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose data, settings and log folders are a temporary HOME."""
    home = tmp_path_factory.mktemp("home")
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    return env


@pytest.fixture(scope="module")
def demo_db(
    program: Path, isolated_home: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    done = run(program, isolated_home, "--db", str(db), "demo", "--clients", "200", "--years", "2")
    assert "clients" in done.stdout
    return db


def run(program: Path | None, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The built program, or with ``program=None`` the source tree's ``pitstop``."""
    command = [str(program)] if program else [sys.executable, "-m", "app.cli"]
    done = subprocess.run(
        [*command, *args],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done


@built
def test_built_program_prints_its_version(program: Path, isolated_home: dict[str, str]) -> None:
    assert run(program, isolated_home, "--version").stdout.strip() == f"Pitstop CRM {__version__}"


@built
def test_built_program_reports_kpi_as_json(
    program: Path, isolated_home: dict[str, str], demo_db: Path
) -> None:
    args = ("--db", str(demo_db), "report", "kpi", "--format", "json")
    report = json.loads(run(program, isolated_home, *args).stdout)
    assert report["report"] == "kpi"
    assert {"as_of", "from", "to", "rows"} <= report.keys()
    metrics = {row["metric"]: row["value"] for row in report["rows"]}
    assert {"revenue", "visits", "clients", "new_clients", "avg_check"} <= metrics.keys()
    assert 0 < metrics["clients"] <= 200
    assert report == json.loads(run(None, isolated_home, *args).stdout)


@built
def test_built_program_reports_in_ukrainian(
    program: Path, isolated_home: dict[str, str], demo_db: Path
) -> None:
    args = ("--db", str(demo_db), "report", "kpi")
    english = run(program, isolated_home, "--lang", "en", *args).stdout
    ukrainian = run(program, isolated_home, "--lang", "uk", *args).stdout
    assert ukrainian != english
    assert ukrainian == run(None, isolated_home, "--lang", "uk", *args).stdout


@built
def test_built_program_writes_the_pdf_summary(
    program: Path, isolated_home: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "summary.pdf"
    run(
        program,
        isolated_home,
        "--db",
        str(demo_db),
        "report",
        "summary",
        "--format",
        "pdf",
        "--out",
        str(pdf),
    )
    reader = PdfReader(pdf)
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}


@built
def test_built_program_opens_its_window(
    program: Path, isolated_home: dict[str, str], demo_db: Path
) -> None:
    """Offscreen, the first dialog stays up and nothing is logged as an error."""
    process = subprocess.Popen(
        [str(program), "--db", str(demo_db)],
        env=isolated_home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(8)
    still_running = process.poll() is None
    stderr = stop(process)
    assert still_running, stderr
    assert "Traceback" not in stderr
    assert "Could not load the Qt platform plugin" not in stderr


# Logs in on a virtual X display the way a person would, then waits for the
# main window (every page is built, charts included) and stops the program.
LOGIN_SCRIPT = r"""
"$PROGRAM" --lang en --db "$DB" &
pid=$!
wait_for() {
  for _ in $(seq 1 60); do
    window=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)
    [ -n "$window" ] && return 0
    sleep 1
  done
  return 1
}
status=0
if wait_for "^Pitstop CRM: log in$"; then
  sleep 1
  xdotool windowfocus --sync "$window"
  xdotool type --delay 20 "$LOGIN"
  xdotool key Tab
  xdotool type --delay 20 "$PASSWORD"
  xdotool key Return
  wait_for "^Pitstop CRM$" || { echo "no main window after logging in" >&2; status=1; }
  sleep 3
else
  echo "no login dialog" >&2
  status=1
fi
kill "$pid"
wait "$pid"
exit "$status"
"""


@built
@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")),
    reason="needs xvfb-run and xdotool (CI installs them)",
)
def test_built_program_logs_in_to_its_main_window(
    program: Path, isolated_home: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "owned.db"
    shutil.copyfile(demo_db, db)
    login, password = "owner", "a long enough secret"
    subprocess.run(
        [
            str(program),
            "--db",
            str(db),
            "user",
            "add",
            "--role",
            "owner",
            "--password-stdin",
            login,
        ],
        input=password + "\n",
        env=isolated_home,
        check=True,
        capture_output=True,
        text=True,
    )
    env = {key: value for key, value in isolated_home.items() if key != "QT_QPA_PLATFORM"}
    env.update(PROGRAM=str(program), DB=str(db), LOGIN=login, PASSWORD=password)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", LOGIN_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def stop(process: subprocess.Popen[str]) -> str:
    """Ends a started program and returns what it wrote to standard error."""
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    return stderr
