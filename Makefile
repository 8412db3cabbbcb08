# Démarche's commands. Each target installs what it needs first (tools/setup), so on a fresh
# machine `make serve` or `make test` is all there is to type.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

DEMARCHE_TOOLS ?= $(HOME)/.cache/demarche
export DEMARCHE_TOOLS
export PATH := $(DEMARCHE_TOOLS)/bin:$(DEMARCHE_TOOLS)/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk must use the tools set-up installed, never download its own.
export TRUNK_OFFLINE := true

.PHONY: help serve dist test test-native test-browser lint clean

help:
	@echo "make serve  build the widget and serve it at http://127.0.0.1:8080"
	@echo "make test   run every test: native, rendered (ssr) and in headless Chromium"
	@echo "make dist   the optimised static build in dist/, the files to embed"
	@echo "make lint   rustfmt and clippy, as CI runs them"

# The development build goes to its own folder, so dist/ only ever holds a release build.
serve:
	tools/setup build
	trunk serve --dist target/serve

dist:
	tools/setup build
	trunk build --release
	@tools/sizes dist

test:
	tools/setup test
	$(MAKE) --no-print-directory test-native dist test-browser

test-native:
	cargo test --locked

test-browser:
	cd tests/e2e && node --test

lint:
	rustup run stable cargo fmt --check
	rustup run stable cargo clippy --locked --all-targets -- -D warnings

clean:
	cargo clean
	rm -rf dist
