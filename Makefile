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
# wrote, src/embed/page.js), with no Debug formatting and no source locations in it: 14.7 KB
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
# first moves something out of the first load. Measured 195,721 bytes with rustc 1.95 after
# issue 22's own files, comparison choice and coalitions (+0.8 KB in all) made room for
# themselves by moving out the story's words (a lesson file beside each incident, −0.9 KB),
# the errors' Czech (−0.3 KB) and the page's print rules (−0.6 KB, to the parts' stylesheet);
# BENCHMARKS.md says what each step cost. Measured 195,611 after the tables' keys, 195,854 with
# the comparison's control reading every incident ahead, 195,830 after that stop's review, and
# 195,880 once the share panel's module came on hover (+66) and the explorer derived neither
# matrix nor map under the comparison (+0.2 KB), which the share panel's body styles (to
# share.css, which share.js links), the parts' grid rules (to parts.css) and the widget's
# snippets' comments (to the Rust that declares them) made room for. Measured 195,560 once the
# address was written by a snippet of its own (address.js) once the browser is idle after a
# click's frame, in place of the widget's calls to the page's location and history (−0.3 KB);
# the budget went down with it. Measured 195,793 once the space standing in for a long table's
# lines not drawn was an SVG of their height (not a style attribute, which a strict policy
# refuses) and a long list was placed from that space's top. The budget is the measure plus at
# most 2,000 bytes.
BROTLI_BUDGET := 195800
# Each part loaded on demand has its own budget (brotli bytes of its module and glue), measured
# plus at most 2,000 bytes: the extras module (comparison, timeline, story, handout) and the
# tools (share panel, downloads, checks of readers' own files). The extras measured 190,797
# after the comparison's table drew only the rows in view, each row a component of its own
# (+6.8 KB: a long comparison's click a third quicker, BENCHMARKS.md); the tools 96,885. The
# extras measured 192,742 once each part started with what the parts before it had read and the
# comparison's control had every incident read ahead (+1.9 KB: a timeline opens in a third of
# its time), 194,684 once the comparison drew its coalitions and aligned timeline when the
# browser is idle after a click, and 195,970 once a long timeline drew only the rows in view
# (+1.3 KB: a timeline of 100× opens in a quarter of its time, BENCHMARKS.md).
PART_BUDGETS := extras=196100 tools=98800

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
