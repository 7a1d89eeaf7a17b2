# Thin targets over scripts/ (each script says what it does in its header).
# Two trees: the series on Linux 7.3.4 (patches/, the default) and its
# 6.12.117 backport (patches/stable-6.12/): KMSG_BASE=6.12 chooses it.
# Big things live outside the repository, in ~/.cache/kmsg-dump-series
# (XDG_CACHE_HOME or KMSG_CACHE move it); KERNEL_SRC=<git tree> uses your own
# kernel tree as the base.

.DEFAULT_GOAL := help
.PHONY: help base apply backport outgoing export kunit kunit-um kunit-kcsan kunit-powerpc check \
	shellcheck clean-cache demo soak

help: ## list the targets
	@grep -E '^[a-z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk -F':.*## ' '{ printf "  make %-14s %s\n", $$1, $$2 }'

base: ## download the pinned bases (Debian linux-source 7.3.4 and 6.12.117) as git trees (once)
	KMSG_BASE=7.3 scripts/get-base
	KMSG_BASE=6.12 scripts/get-base

apply: ## apply the series to a fresh branch of its base, in the cache's tree-7.3/ (KMSG_BASE=6.12: the backport, tree-6.12/)
	scripts/apply

backport: ## make the 6.12.117 backport, patches/stable-6.12/, from patches/
	scripts/backport

outgoing: ## write the per-tree series (patches/outgoing/*.cover) as mail, checked with git send-email --dry-run, into the results dir
	scripts/outgoing

export: ## write branch 'dev' (or BRANCH=<branch|worktree>) of the 7.3 base back into patches/
	scripts/export $(BRANCH)

kunit: apply ## run the KUnit suite on x86_64 under QEMU (-smp 4), with lockdep and KASAN
	scripts/kunit x86_64

kunit-um: apply ## run the KUnit suite under UML
	scripts/kunit um

kunit-kcsan: apply ## run the KUnit suite on x86_64 with KCSAN
	scripts/kunit kcsan

kunit-powerpc: apply ## run the KUnit suite on ppc64le (QEMU pseries), with the NVRAM dumper's tests
	scripts/kunit powerpc

soak: apply ## soak the ownership rule: 100000 dumps on the KUnit kernels with lockdep+KASAN and with KCSAN (SOAK_DUMPS=N)
	scripts/soak

check: ## run every check and test; ends with "N passed, M failed"
	scripts/check

shellcheck: ## shellcheck the workbench's scripts
	scripts/check-shell

clean-cache: ## remove the workbench's build dirs, results and trees (keeps bases, .debs, ccache)
	KMSG_BASE=7.3 scripts/clean-cache
	KMSG_BASE=6.12 scripts/clean-cache

demo: ## the main job: build the patched 7.3.4 kernel, crash it in QEMU, show what pstore/mtdoops saved (DEMO_TREE=base, DEMO_RUNS=N, DEMO_ARCH=arm64, KMSG_BASE=6.12)
	scripts/demo
