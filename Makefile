# Pitstop CRM: `make run` opens the program on the default database (demo data
# on the very first start); `make test` runs every test headless.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INSTALLER_STAMP := $(VENV)/.installer

.PHONY: run test lint demo bench clean translations installer

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	bash installer/linux-deps.sh
	$(VENV)/bin/pitstop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check app tests benchmarks migrations

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks migrations
	$(VENV)/bin/ruff format --check app tests benchmarks

# Refresh resources/translations/*.ts from the code (keeping translations) and build the .qm.
translations: $(STAMP)
	$(PY) tools/update_translations.py

$(INSTALLER_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e ".[test,installer]"
	touch $(INSTALLER_STAMP)

# The one-folder program in dist/pitstop/ (installer/pitstop.spec), then a smoke run.
# PyInstaller needs objdump on Linux (Debian: apt-get install binutils).
installer: $(INSTALLER_STAMP)
	@command -v objdump >/dev/null || { echo "PyInstaller needs objdump: install binutils" >&2; exit 1; }
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/pitstop.spec
	dist/pitstop/pitstop --version

bench: $(STAMP)
	$(PY) benchmarks/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist
