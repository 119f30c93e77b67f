# twilio-optout: one command each to run locally, test, and benchmark.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test unit bench eval check-terraform clean

$(STAMP): requirements.txt requirements-dev.txt requirements-cli.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt -r requirements-cli.txt
	touch $(STAMP)

## run: the whole pipeline locally (emulator, Customer.io sandbox, both functions); Ctrl-C stops it
run: $(STAMP)
	$(BIN)/python -m local_stack

## test: every test (unit, integration with the emulator) and the Terraform checks
test: $(STAMP)
	$(BIN)/python -m pytest
	.ci/check-terraform

## unit: the fast tests only (no emulator)
unit: $(STAMP)
	$(BIN)/python -m pytest -m "not integration"

## bench: ingest latency/throughput, the 500-number burst, classification p99 and import time; prints the figures
bench: $(STAMP)
	$(BIN)/python -m benchmarks

## eval: exact, contains and intent scored on the reply corpus (dev and held-back test parts), then how often a
## label-keeping rewrite (case, punctuation, a typo...) of a dev or probe row changes the decision
eval: $(STAMP)
	$(BIN)/python -m benchmarks.keyword_eval
	$(BIN)/python -m benchmarks.robustness

check-terraform: $(STAMP)
	.ci/check-terraform

clean:
	rm -rf $(VENV) .venv-checkov .local terraform/build
