# Linkwell: `make run` opens the app on the demo database; `make test` runs the whole suite headless.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(HOME)/.local/share/linkwell/demo/linkwell-demo.db
DEMO_PASSPHRASE := demo-only-not-real-people

.PHONY: run test setup system-deps bench screenshots clean package package-check

setup: $(STAMP)  # then .ts -> .qm with PySide6's lrelease (only what changed)
	@BIN=$(BIN) scripts/translations.sh build

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Linkwell needs Python 3.11 or newer."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

system-deps:
	@scripts/system-deps.sh test

run: system-deps setup
	@scripts/system-deps.sh run
	@test -f "$(DEMO_DB)" || LINKWELL_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/linkwell demo create --db "$(DEMO_DB)"
	@echo "Demo database: $(DEMO_DB)"
	@echo "Demo passphrase: $(DEMO_PASSPHRASE)   (fictional people only: never put real records in it)"
	LINKWELL_PASSPHRASE=$(DEMO_PASSPHRASE) $(BIN)/linkwell --demo --db "$(DEMO_DB)"

# make test: ruff (no Qt below app/, and real mistakes) and mypy (app/, see pyproject.toml), then pytest
test: system-deps setup
	$(BIN)/ruff check --output-format concise app
	$(BIN)/python -m mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider --cov --cov-report=term $(PYTEST_ARGS)

screenshots: system-deps setup  # every README picture, from a fresh demo database, under Xvfb
	@scripts/system-deps.sh run
	scripts/screenshots.sh

bench: system-deps setup  # figures, not tests; about 45 minutes in all on 2 cores (scale.py about 12 of them)
	$(BIN)/python -m pip install -q -e '.[bench]'  # DuckDB beside the report's figures; matplotlib for scale.py's plot
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/demo_create.py
	$(BIN)/python benchmarks/directory.py
	$(BIN)/python benchmarks/letters.py
	@for b in caseload report memory sync; do test ! -f benchmarks/$$b.py || $(BIN)/python benchmarks/$$b.py; done
	$(BIN)/python benchmarks/crash_drill.py --rounds 200
	$(BIN)/python benchmarks/scale.py  # each size-dependent figure at 1,000, 10,000 and 100,000 people

# make package: dist/linkwell/, a one-folder build with PyInstaller (packaging/linkwell.spec); about 3 minutes
# on 2 cores, so it is not part of make test. make package-check runs that build as a stranger would.
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[package,test]'
	touch $@

package: system-deps setup $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist packaging/linkwell.spec
	@du -sh dist/linkwell

package-check:
	@test -x dist/linkwell/linkwell || $(MAKE) package
	@scripts/system-deps.sh package
	$(BIN)/python packaging/check.py dist/linkwell
	scripts/build-msi.sh dist/linkwell dist/linkwell-per-user.msi  # the Windows definition, from this bundle
	msiinfo export dist/linkwell-per-user.msi Property | grep -E '^(ALLUSERS|MSIINSTALLPERUSER)'

clean:
	rm -rf $(VENV) .coverage .pytest_cache build/pyinstaller dist
