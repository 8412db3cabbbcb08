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

.PHONY: help serve dist test test-native test-browser size-budget bench fuzz lint clean

help:
	@echo "make serve  build the widget and serve it at http://127.0.0.1:8080"
	@echo "make test   run every test: native, rendered (ssr) and in headless Chromium"
	@echo "make dist   the optimised static build in dist/, the files to embed (SEEDS=DIR: your incidents"
	@echo "            instead of the built-in ones; ADD_SEEDS=DIR: beside them; OWN_DATA=off: no ?data=)"
	@echo "make bench  measure sizes, page load, clicks and memory (1x and 100x), and the core"
	@echo "make lint   rustfmt and clippy, as CI runs them"
	@echo "make fuzz   a million mutated files through both loaders (FUZZ_CASES=…)"

# The development build goes to its own folder, so dist/ only ever holds a release build.
serve:
	tools/setup build
	trunk serve --dist target/serve

# `make dist SEEDS=DIR` builds the widget with the incident files of DIR instead of seeds/;
# `ADD_SEEDS=DIR` with them beside seeds/ (or beside SEEDS); `OWN_DATA=off` writes into every
# page the <meta> that stops the widget opening readers' own files (`?data=`).
ifdef SEEDS
export DEMARCHE_SEEDS := $(abspath $(SEEDS))
endif
ifdef ADD_SEEDS
export DEMARCHE_EXTRA_SEEDS := $(abspath $(ADD_SEEDS))
endif
ifdef OWN_DATA
export DEMARCHE_OWN_DATA := $(OWN_DATA)
endif

# The release wasm is linked with a standard library built for it, at the size the widget is
# built for, whose panics stop the module at once (the page then shows the crash panel the build
# wrote, src/embed/page.js), with no Debug formatting and no source locations in it: 15.5 KB
# brotli less in the first load (BENCHMARKS.md). These are unstable flags, which a stable
# compiler takes under RUSTC_BOOTSTRAP, as the Debian route's standard library already does
# (tools/setup); Trunk's post-build hook drops them, so the native build never sees them.
WASM_STD := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"

# Trunk's post-build hook writes the data files and the first screens (Trunk.toml).
dist:
	tools/setup build
	$(WASM_STD) trunk build --release
	@tools/sizes dist '' $(PART_BUDGETS)

# What a reader downloads before the widget is ready (index.html and every file it references:
# code, style, the first view's data; brotli 11) may only go down: a feature that needs bytes
# first moves something out of the first load. Each budget is the last measure plus at most
# 2,000 bytes; BENCHMARKS.md says what every step cost. The first load measured 195,793 bytes
# with the standard library as rustup ships it, and 180,295 once the widget's own (WASM_STD
# above) was linked with rustc 1.95 (180,275 with Debian's 1.96).
BROTLI_BUDGET := 180400
# Each part loaded on demand has its own budget (brotli bytes of its module and glue): the extras
# module (comparison, timeline, story, handout) and the tools (share panel, downloads, checks of
# readers' own files). They measured 195,970 and 98,016 before the widget's own standard
# library, 179,360 and 88,376 with it (rustc 1.95).
PART_BUDGETS := extras=181300 tools=90300

test:
	tools/setup test
	$(MAKE) --no-print-directory test-native dist size-budget test-browser

test-native:
	cargo test --locked --all-features

# The browser tests also need a build with a second incident (the same code, other data), the
# command that packs a reader's own file, and the site step (for a build that refuses them).
test-browser:
	rm -rf target/e2e && mkdir -p target/e2e && cp -r dist target/e2e/two
	cargo run --locked --quiet --features site --bin site -- --seeds seeds --seeds tests/fixtures target/e2e/two
	cargo build --locked --quiet --bin demarche
	cargo build --locked --quiet --all-features --example synthesize
	cd tests/e2e && DEMARCHE_BIN=$(CURDIR)/target/debug/demarche DEMARCHE_SITE=$(CURDIR)/target/debug/site \
		DEMARCHE_SYNTHESIZE=$(CURDIR)/target/debug/examples/synthesize node --test

size-budget:
	@tools/sizes dist $(BROTLI_BUDGET) $(PART_BUDGETS) >/dev/null

# Timings live here, never in tests: a benchmark reports, a test asserts behaviour.
bench:
	tools/setup bench
	$(MAKE) --no-print-directory dist
	tools/bench/build-large 100
	cargo bench --locked --features synthetic --bench core
	node tools/bench/run.mjs 1x=dist "100x=target/bench/dist-100x?incident=synthetic-100x"

# Mutated input through the TOML loader and the packed-file reader: none may panic. `make test`
# runs a few thousand (tests/fuzz.rs); this runs a million and says how many ran.
FUZZ_CASES ?= 1000000
fuzz:
	cargo run --locked --quiet --profile fuzz --features fuzz --bin fuzz -- $(FUZZ_CASES)

lint:
	rustup run stable cargo fmt --check
	rustup run stable cargo clippy --locked --all-targets --all-features -- -D warnings

clean:
	cargo clean
	rm -rf dist
