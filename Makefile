# Thin targets over scripts/ (each script says what it does in its header).
# Big things live outside the repository, in ~/.cache/kmsg-dump-series
# (XDG_CACHE_HOME or KMSG_CACHE move it); KERNEL_SRC=<git tree> uses your own
# kernel tree as the base.

.DEFAULT_GOAL := help
.PHONY: help base apply export kunit kunit-um kunit-kcsan kunit-powerpc check \
	shellcheck clean-cache demo

help: ## list the targets
	@grep -E '^[a-z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk -F':.*## ' '{ printf "  make %-14s %s\n", $$1, $$2 }'

base: ## download Debian's linux-source-6.12 and make the base git tree (once)
	scripts/get-base

apply: ## apply patches/ to a fresh branch of the base, in the cache's tree/
	scripts/apply

export: ## write branch 'dev' (or BRANCH=<branch|worktree>) back into patches/
	scripts/export $(BRANCH)

kunit: apply ## run the KUnit suite on x86_64 under QEMU (-smp 4), with lockdep and KASAN
	scripts/kunit x86_64

kunit-um: apply ## run the KUnit suite under UML
	scripts/kunit um

kunit-kcsan: apply ## run the KUnit suite on x86_64 with KCSAN
	scripts/kunit kcsan

kunit-powerpc: apply ## run the KUnit suite on ppc64le (QEMU pseries), with the NVRAM dumper's tests
	scripts/kunit powerpc

check: ## run every check and test; ends with "N passed, M failed"
	scripts/check

shellcheck: ## shellcheck the workbench's scripts
	scripts/check-shell

clean-cache: ## remove the workbench's build dirs, results and tree (keeps base, .deb, ccache)
	scripts/clean-cache

demo: ## the main job: build the patched kernel, crash it in QEMU, show what pstore/mtdoops saved (DEMO_TREE=base, DEMO_RUNS=N)
	scripts/demo
