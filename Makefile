# cabletrack - read action-request cables, track what they ask of your post.
#
#   make          build ./cabletrack
#   make run      install missing packages, build, open the TUI on samples/
#   make check    install missing packages, build, run every test
#   make bench    print the speed figures (see tests/bench/)
#   make fuzz     run each libFuzzer target (FUZZ_SECONDS, default 60)
#   make install  PREFIX=/usr/local DESTDIR=

PKG_CONFIG ?= pkg-config
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
MANPREFIX  ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share/cabletrack
CC         ?= cc
BUILD      ?= build
BIN        ?= cabletrack
VERSION    := 0.1.0
# BIN as a command: ./cabletrack, or an absolute path left as it is
RUNBIN      = $(if $(filter /%,$(BIN)),$(BIN),./$(BIN))

PKGS       := ncursesw yaml-0.1 jansson
CFLAGS     ?= -O2 -g
WARN       := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
CPPFLAGS   += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
              -DCABLETRACK_VERSION='"$(VERSION)"' -Icore
PKG_CFLAGS  = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS    = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS  = $(WARN) $(CFLAGS) $(SAN) -pthread $(PKG_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SAN) -pthread

CORE_SRC   := $(sort $(wildcard core/*/*.c))
TUI_SRC    := $(sort $(wildcard tui/*.c))
EMBED_SRC  := $(sort $(wildcard keymaps/*.yaml data/*.tsv))
CORE_OBJ   := $(CORE_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/embedded_data.o
TUI_OBJ    := $(TUI_SRC:%.c=$(BUILD)/%.o)
LIB        := $(BUILD)/libcabletrack.a
UNIT_SRC   := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC   := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN   := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all run check deps deps-run test unit golden corpus tui-test sanitize \
        lint valgrind fuzz fuzz-replay fuzz-build fuzz-bins badinput gitmerge bench \
        install uninstall clean readers

all: $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/embed: scripts/embed.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O1 -o $@ $<

# the sources of the core are hashed into embedded_build_id, so that a
# cache written by another build of the parser is not read
PARSER_SRC := $(sort $(wildcard core/*/*.c core/*/*.h))
$(BUILD)/gen/embedded_data.c: $(BUILD)/embed $(EMBED_SRC) $(PARSER_SRC)
	@mkdir -p $(@D)
	$(BUILD)/embed $@ $(EMBED_SRC) --hash $(PARSER_SRC)

$(BUILD)/gen/embedded_data.o: $(BUILD)/gen/embedded_data.c
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(CORE_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(TUI_OBJ) $(LIB)
	$(CC) $(ALL_LDFLAGS) -o $@ $(TUI_OBJ) $(LIB) $(PKG_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(LIB) \
		$(PKG_LIBS) $(shell $(PKG_CONFIG) --cflags --libs cmocka 2>/dev/null)

$(BUILD)/tools/%: tests/tools/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(LIB) $(PKG_LIBS) \
		$(shell $(PKG_CONFIG) --cflags --libs libical 2>/dev/null)

# --- fuzz targets (a sub-build, like sanitize) -----------------------------
# `make fuzz-build` builds tests/fuzz/fuzz_<target>.c for each target in
# $(BUILD)/fuzz/KIND/bin/, the core and the harness compiled by clang under
# ASan and UBSan (-fno-sanitize-recover).  KIND is libfuzzer when clang has
# the libFuzzer runtime (Debian: libclang-rt-14-dev; -fsanitize=fuzzer),
# else replay: the harness linked with tests/fuzz/replay_main.c, a driver
# that feeds it every file it is given.  FUZZ_NO_LIBFUZZER=1 forces
# replay.  The kind built is written to $(BUILD)/fuzz/kind for
# tests/fuzz/run.sh, which runs the binaries.
FUZZ_TARGETS := parse tasking review keymap inbox
FUZZ_OUT      = $(BUILD)/fuzz
FUZZ_CC       = $(if $(shell command -v clang 2>/dev/null),clang,cc)
FUZZ_SAN_RT  := address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SAN_libfuzzer := -fsanitize=fuzzer-no-link,$(FUZZ_SAN_RT)
FUZZ_SAN_replay    := -fsanitize=$(FUZZ_SAN_RT)
FUZZ_LINK_libfuzzer := -fsanitize=fuzzer,address,undefined
FUZZ_LINK_replay    := -fsanitize=address,undefined
FUZZ_DRIVER_replay  := $(BUILD)/tests/fuzz/replay_main.o
ifneq ($(FUZZ_KIND),)
override SAN := $(FUZZ_SAN_$(FUZZ_KIND))
endif
FUZZ_OBJ     := $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/fuzz_%.o) \
                $(BUILD)/tests/fuzz/replay_main.o

$(BUILD)/bin/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o $(FUZZ_DRIVER_$(FUZZ_KIND)) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) $(FUZZ_LINK_$(FUZZ_KIND)) -pthread -o $@ $< \
		$(FUZZ_DRIVER_$(FUZZ_KIND)) $(LIB) $(PKG_LIBS) -lm

fuzz-bins: $(FUZZ_TARGETS:%=$(BUILD)/bin/fuzz_%)

fuzz-build:
	@mkdir -p $(FUZZ_OUT)
	@kind=replay; \
	if [ -z "$(FUZZ_NO_LIBFUZZER)" ] && $(FUZZ_CC) -fsanitize=fuzzer \
		-o $(FUZZ_OUT)/probe tests/fuzz/probe.c >/dev/null 2>&1; then \
		kind=libfuzzer; \
	fi; \
	rm -f $(FUZZ_OUT)/kind; \
	$(MAKE) -s --no-print-directory BUILD=$(FUZZ_OUT)/$$kind CC=$(FUZZ_CC) \
		CFLAGS="-O1 -g" FUZZ_KIND=$$kind fuzz-bins && \
	echo $$kind >$(FUZZ_OUT)/kind

-include $(CORE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)

# --- set-up: the project installs what it needs -------------------------
deps:
	@sh scripts/deps.sh check
deps-run:
	@sh scripts/deps.sh run

run: deps-run
	@$(MAKE) --no-print-directory all
	$(RUNBIN) samples/

# --- tests ---------------------------------------------------------------
# check = everything: unit, golden, corpus, TUI, sanitizers, lint, leaks,
# fuzz-corpus replay.  Each step prints its own figures.
check: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory valgrind
	@$(MAKE) --no-print-directory fuzz-replay
	@$(MAKE) --no-print-directory badinput
	@$(MAKE) --no-print-directory gitmerge
	@$(MAKE) --no-print-directory tui-test
	@echo "make check: all steps passed"

test: unit golden corpus readers

unit: $(UNIT_BIN) $(TOOL_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

golden: $(BIN) $(TOOL_BIN)
	@sh tests/golden/run.sh $(RUNBIN) $(BUILD)/tools

corpus: $(BIN) $(TOOL_BIN)
	@sh tests/corpus/run.sh $(RUNBIN) $(BUILD)/tools

# every export format through the program a user reads it with
# (taskwarrior, todo.txt-cli, calcurse, emacs org, cmark-gfm, csvkit,
# python3-icalendar), and the round trip back through `cabletrack import`
readers: $(BIN)
	@sh tests/readers/run.sh $(RUNBIN)

badinput: $(BIN)
	@sh tests/badinput/run.sh $(RUNBIN)

# two git clones share a review folder; merge-review is their merge driver
gitmerge: $(BIN)
	@sh tests/gitmerge/run.sh $(RUNBIN)

tui-test: $(BIN)
	@sh tests/tui/run.sh $(RUNBIN)

sanitize:
	@$(MAKE) --no-print-directory BUILD=$(BUILD)/san BIN=$(BUILD)/san/cabletrack \
		CC=clang SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		CFLAGS="-O1 -g" unit golden corpus

lint:
	@sh tests/lint.sh

valgrind: $(UNIT_BIN) $(BIN)
	@sh tests/valgrind.sh $(RUNBIN) $(UNIT_BIN)

fuzz-replay: fuzz-build
	@FUZZ_BUILD=$(FUZZ_OUT) sh tests/fuzz/run.sh replay

FUZZ_SECONDS ?= 60
fuzz: fuzz-build
	@FUZZ_BUILD=$(FUZZ_OUT) sh tests/fuzz/run.sh fuzz $(FUZZ_SECONDS)

bench: $(BIN) $(TOOL_BIN)
	@BENCH_TOOLS=$(BUILD)/tools sh tests/bench/run.sh $(RUNBIN)

# --- install -------------------------------------------------------------
install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 \
		$(DESTDIR)$(DATADIR)/keymaps
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/cabletrack
	install -m 644 doc/cabletrack.1 $(DESTDIR)$(MANPREFIX)/man1/cabletrack.1
	install -m 644 keymaps/*.yaml $(DESTDIR)$(DATADIR)/keymaps/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/cabletrack $(DESTDIR)$(MANPREFIX)/man1/cabletrack.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build $(BIN)
