# Everything a fresh machine needs goes through these targets; see README.md.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: install run test lint db-stop clean clean-data

# torch 2.13.0 first: it is the local CPU build on these machines; letting camel-tools
# pull torch itself would download a multi-GB CUDA build.
$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(INSTALLED)

# Workers and threads: archive/gunicorn.conf.py (WEB_CONCURRENCY, GUNICORN_THREADS);
# WORKERS=N still sets the number of processes.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_samples
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo
	@echo "Serving the archive at http://$(HOST):$(PORT)/  (Ctrl-C stops it)"
	@echo "Create an editor account:  $(PY) manage.py create_editor USERNAME  (then sign in at /admin/)"
	@echo "Create an administrator:   $(PY) manage.py createsuperuser"
	@echo
	$(BIN)/gunicorn archive.wsgi --bind $(HOST):$(PORT) --config archive/gunicorn.conf.py $(if $(WORKERS),--workers $(WORKERS))

test: install
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The embedded PostgreSQL keeps running between commands; this stops it.
db-stop:
	-$(PY) -m archive.embedded_db stop

# The virtualenv and collected static files; the archive's data stays.
clean:
	rm -rf $(VENV) var/staticfiles

# Everything, the archive's database (with editors' work) included.
clean-data: db-stop
	rm -rf var
