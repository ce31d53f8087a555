# The two set-up commands of the README: `make run` and `make test`.
# Both create .venv and install the project (with its test tools) on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint translations update-ts dist smoke bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
	touch $(STAMP)

TS := translations/ipsdesk_fi.ts translations/ipsdesk_sv.ts
# English is the source language; its .ts holds only the plural forms ("1 week / 5 weeks").
TS_EN := translations/ipsdesk_en.ts
SOURCES = $(shell find ipsdesk -name '*.py' -not -path '*/migrations/*' | sort)

# Compile the translations (.ts -> .qm); the .qm files are build products, not committed.
translations: $(STAMP)
	@for ts in $(TS) $(TS_EN); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

# Collect new source strings into the .ts files (then translate them in Qt Linguist).
update-ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(SOURCES) -ts $(TS)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -pluralonly -source-language en -target-language en $(SOURCES) -ts $(TS_EN)

# Runs the app; opens a throwaway demo store when you have no store yet.
run: $(STAMP) translations
	$(BIN)/ipsdesk --demo-if-new $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check ipsdesk tests bench
	$(BIN)/ruff format --check ipsdesk tests bench
	$(BIN)/mypy ipsdesk

# The packaged app (PyInstaller onedir, see build.spec): dist/ipsdesk/ and the archive
# dist/ipsdesk-<version>-<platform>.tar.gz (.zip on Windows).
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# Smoke test of the BUILT package (run `make dist` first).
smoke: $(STAMP)
	$(BIN)/python scripts/smoke_frozen.py

clean:
	rm -rf build dist translations/*.qm
