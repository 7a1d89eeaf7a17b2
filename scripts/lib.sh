# shellcheck shell=bash
# shellcheck disable=SC2034  # the settings below are used by the scripts that source this file
# Common settings for the workbench scripts. Sourced, never run.
#
# Everything big lives outside the repository, under $KMSG_CACHE, per tree
# (KMSG_BASE, below: 7.3 or 6.12):
#   debs/               the pinned Debian linux-source .debs
#   base-<tree>/        the base tree as a git repo: one commit, tag $BASE_TAG
#   tree-<tree>/        the worktree the series is applied to (reset on every apply)
#   build/<tree>/<cfg>  out-of-tree build directories, one per configuration
#   ccache/             the compiler cache
#   results/<tree>/     KTAP, JSON and logs of the last runs

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KMSG_CACHE=${KMSG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kmsg-dump-series}
RESULTS_ROOT=${RESULTS_ROOT:-$KMSG_CACHE/results}
JOBS=${JOBS:-$(nproc)}
export CCACHE_DIR=${CCACHE_DIR:-$KMSG_CACHE/ccache}

# The two bases, one recipe. KMSG_BASE chooses the tree everything runs on:
#   7.3   Linux 7.3.4, Debian's linux-source-7.3 from trixie-backports: the
#         primary base, the series in patches/
#   6.12  Linux 6.12.117, Debian's linux-source-6.12 from bookworm-security:
#         the stable backport, patches/stable-6.12/ (made by scripts/backport)
# Each is pinned by version and sha256 and committed with a fixed identity
# and date, so the base-commit: trailers name the same object everywhere.
KMSG_BASES=(7.3 6.12)
KMSG_BASE=${KMSG_BASE:-7.3}
BASE_IDENT_NAME="Debian linux-source-$KMSG_BASE"
BASE_IDENT_EMAIL="debian-kernel@lists.debian.org"
case $KMSG_BASE in
7.3)
	BASE_PKG=linux-source-7.3
	BASE_VERSION=7.3.4-1~bpo13+1
	BASE_SHA256=703e369ddd4cce971452f5a593ee55df3a5c10c83caf0fa0df039633ed181ee3
	BASE_SUITE=trixie-backports
	BASE_KVER=7.3.4
	BASE_TAG=v7.3.4-bpo13
	BASE_DATE="2026-01-01T00:00:00Z"
	BASE_PATCHES=$REPO/patches
	BASE_SUBJECT_PREFIX=PATCH
	;;
6.12)
	BASE_PKG=linux-source-6.12
	BASE_VERSION=6.12.117-1~deb12u1
	BASE_SHA256=e849faf31ca3555757f3a8877cb01af92122f744f75d1f3102734651c4e14703
	BASE_SUITE=bookworm-security
	BASE_KVER=6.12.117
	BASE_TAG=v6.12.117-deb12u1
	BASE_DATE="2025-01-01T00:00:00Z"
	BASE_PATCHES=$REPO/patches/stable-6.12
	BASE_SUBJECT_PREFIX="PATCH 6.12-backport"
	;;
*)
	printf '\nERROR: KMSG_BASE=%s is not a base of the workbench: use one of %s.\n\n' \
		"$KMSG_BASE" "${KMSG_BASES[*]}" >&2
	exit 1
	;;
esac
BASE_BRANCH=series

# Per base: the series, the tree it is applied to, build dirs and results.
PATCHES=${PATCHES:-$BASE_PATCHES}
TREE=${TREE:-$KMSG_CACHE/tree-$KMSG_BASE}
BUILD=${BUILD:-$KMSG_CACHE/build/$KMSG_BASE}
RESULTS=${RESULTS:-$RESULTS_ROOT/$KMSG_BASE}

# Where the base lives: the cache, or a git tree named by the user.
base_repo() {
	if [[ -n ${KERNEL_SRC:-} ]]; then
		echo "$KERNEL_SRC"
	else
		echo "$KMSG_CACHE/base-$KMSG_BASE"
	fi
}

# The commit the series applies to.
base_rev() {
	if [[ -n ${KERNEL_SRC:-} ]]; then
		echo "${KERNEL_BASE:-HEAD}"
	else
		echo "$BASE_TAG"
	fi
}

# The base commit's full hash.
base_commit() {
	git -C "$(base_repo)" rev-parse --verify -q "$(base_rev)^{commit}" ||
		die "$(base_repo) has no commit '$(base_rev)'. Run 'scripts/get-base' (or set KERNEL_SRC/KERNEL_BASE to a tree and commit at v$BASE_KVER)."
}

say() { printf '==> %s\n' "$*" >&2; }

die() {
	printf '\nERROR: %s\n\n' "$*" | fold -s -w 78 >&2
	exit 1
}

need() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 ||
			die "'$c' is not installed. Install the workbench's packages with 'sudo bash .ci/run --deps-only' (or apt-get install the package providing '$c') and retry."
	done
}

# The powerpc cross compiler: Debian's gcc-powerpc64le-linux-gnu.
PPC_CROSS=powerpc64le-linux-gnu-

# kcc [CROSS_PREFIX]: CC for kernel builds, ccache when present.
kcc() {
	if command -v ccache >/dev/null 2>&1; then
		echo "ccache ${1:-}gcc"
	else
		echo "${1:-}gcc"
	fi
}

# PATCHES may be given relative to where the user stands.
[[ $PATCHES == /* ]] || PATCHES=$PWD/$PATCHES

# The branch the series is applied to, in the worktree $TREE. In a user's
# KERNEL_SRC repository a more specific name, so as not to reset a branch
# of theirs that happens to be called "series".
if [[ -n ${KERNEL_SRC:-} ]]; then
	SERIES_BRANCH=${SERIES_BRANCH:-kmsg-dump-series}
else
	SERIES_BRANCH=${SERIES_BRANCH:-$BASE_BRANCH}
fi

# git am commits with a fixed committer and the author's date, so applying
# the same patches twice gives the same commits.
export GIT_COMMITTER_NAME="kmsg-dump-series workbench"
export GIT_COMMITTER_EMAIL="workbench@kmsg-dump-series.invalid"

# load_series: set the array 'patches' to the patch files of the series, in
# order: patches/series minus blank lines and '#' comments.
load_series() {
	[[ -f $PATCHES/series ]] ||
		die "$PATCHES/series does not exist. It lists the patches of the series in order; write it with 'scripts/export' (or by hand, one file name a line)."
	mapfile -t patches < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$PATCHES/series")
}

# lock_tree: one workbench run at a time changes $TREE (apply, check,
# check-bisect); a second one waits. The lock is held until the script
# exits and is passed on to the scripts it runs.
lock_tree() {
	[[ -n ${KMSG_TREE_LOCKED:-} ]] && return 0
	mkdir -p "$(dirname "$TREE")"
	exec 8>"${TREE%/}.lock"
	if ! flock -n 8; then
		say "waiting for another workbench run that uses $TREE (lock ${TREE%/}.lock)"
		flock 8
	fi
	export KMSG_TREE_LOCKED=1
}

# The tree must exist and carry the series.
need_tree() {
	[[ -d $TREE/.git || -f $TREE/.git ]] ||
		die "there is no kernel tree at $TREE. Run 'scripts/apply' (or 'make apply') first, or set TREE to a kernel git tree."
}

# result NAME PASS|FAIL|SKIP [SECONDS] [NOTE]: report one result line. It is
# printed for the reader and, when the orchestrator (scripts/check) set
# KMSG_RESULT_FILE, appended there as NAME<TAB>STATUS<TAB>SECONDS<TAB>NOTE.
result() {
	local name=$1 status=$2 secs=${3:-} note=${4:-}
	note=${note//$'\t'/ }
	note=${note//$'\n'/ }
	name=$KMSG_BASE/$name
	printf 'RESULT %-44s %-4s %5s  %s\n' "$name" "$status" "${secs:+${secs}s}" "$note"
	if [[ -n ${KMSG_RESULT_FILE:-} ]]; then
		printf '%s\t%s\t%s\t%s\n' "$name" "$status" "$secs" "$note" >>"$KMSG_RESULT_FILE"
	fi
}

# KUnit variants. kunit_variant NAME sets:
#   KUNIT_ARCH       kunit.py --arch
#   KUNIT_FRAGMENTS  Kconfig fragments from configs/ added to the series' .kunitconfig
#   KUNIT_QEMU_ARGS  extra QEMU arguments (none for UML)
#   KUNIT_QEMU       the QEMU binary (none for UML)
#   KUNIT_CROSS      the cross-compiler prefix, empty for a native build
#   KUNIT_KERNEL_ARGS  extra kernel parameters (scripts/kunit adds
#                    kmsg_dump_kunit.erase_log=1 to every variant's: the
#                    test kernels' log is the tests' own)
#   KUNIT_SCAN_LOG   yes: the kernel log must be free of BUG:/WARNING:/lockdep/KASAN/KCSAN reports
#   KUNIT_OOPS_GLOB  the cases that oops on purpose, run in a second boot (scripts/kunit)
#   KUNIT_DEFAULT_FILTER  the suites the variant runs when KUNIT_FILTER is not set (none: all)
# The x86_64 and kcsan variants run the soak case with SOAK_DUMPS dumps
# (default 5000, the short soak of scripts/check; scripts/soak: 100000);
# a longer soak raises KUnit's timeout of a case (kunit.timeout, 7.x).
KUNIT_VARIANTS=(x86_64 um um-smp kcsan powerpc drm)
kunit_variant() {
	local soak=${SOAK_DUMPS:-5000} soak_args
	[[ $soak =~ ^[0-9]+$ ]] || die "SOAK_DUMPS must be a number of dumps, not '$soak'."
	soak_args="kmsg_dump_kunit.soak_dumps=$soak"
	[[ $soak -le 5000 ]] || soak_args+=" kunit.timeout=$((300 + soak / 50))"
	KUNIT_QEMU_ARGS="-smp 4"
	KUNIT_QEMU=qemu-system-x86_64
	KUNIT_ARCH=x86_64
	KUNIT_CROSS=
	KUNIT_KERNEL_ARGS=
	KUNIT_SCAN_LOG=no
	KUNIT_OOPS_GLOB=
	KUNIT_DEFAULT_FILTER=
	case $1 in
	# x86_64 runs with lockdep and KASAN: one build for the main gate and
	# the lock and memory checks (KCSAN excludes KASAN: its own build).
	#
	# tsc=unstable (x86_64 and kcsan): the tests emulate a CPU that panic
	# stopped with a CPU spinning with interrupts and preemption off, and
	# a stop_machine() meanwhile stalls every CPU until that spin ends. A
	# test kernel makes one by itself, switching to the refined TSC
	# clocksource about a second after boot, while the first tests run;
	# with tsc=unstable the clocksource is chosen for good during boot.
	x86_64)
		KUNIT_FRAGMENTS=(smp.config debug-lockdep-kasan.config)
		KUNIT_SCAN_LOG=yes KUNIT_KERNEL_ARGS="tsc=unstable $soak_args"
		KUNIT_OOPS_GLOB='*.*_task_dies_in_dump'
		;;
	um) KUNIT_ARCH=um KUNIT_FRAGMENTS=(um.config) KUNIT_QEMU_ARGS='' KUNIT_QEMU='' ;;
	# UML with CONFIG_SMP (7.x: 6.12's UML has no SMP) and its default
	# NR_CPUS, 2, so that the tests that need two CPUs run on UML too.
	# SMP needs UML's seccomp userspace ("SMP is not supported with
	# PTRACE userspace").
	um-smp)
		KUNIT_ARCH=um KUNIT_FRAGMENTS=(um.config smp.config) KUNIT_QEMU_ARGS='' KUNIT_QEMU=''
		KUNIT_KERNEL_ARGS='ncpus=2 seccomp=on'
		;;
	# ppc64le on QEMU's pseries machine, cross-built with Debian's
	# powerpc64le-linux-gnu-gcc: the NVRAM oops dumper runs there. The
	# NVRAM would be pstore's backend and leave none for the pstore
	# tests; without it, it falls back to its kmsg dumper
	# (oops_to_nvram(), with compression), which its tests call.
	powerpc)
		# kunit.py 7.x: --arch=powerpc is big-endian, powerpcle the
		# ppc64le we build (6.12's kunit.py has powerpc only).
		KUNIT_ARCH=powerpc KUNIT_FRAGMENTS=(powerpc.config)
		[[ ! -f $TREE/tools/testing/kunit/qemu_configs/powerpcle.py ]] || KUNIT_ARCH=powerpcle
		KUNIT_QEMU=qemu-system-ppc64 KUNIT_CROSS=$PPC_CROSS
		KUNIT_KERNEL_ARGS=pstore.backend=pstore_kunit
		;;
	kcsan)
		KUNIT_FRAGMENTS=(debug-kcsan.config)
		KUNIT_SCAN_LOG=yes KUNIT_KERNEL_ARGS="tsc=unstable $soak_args"
		;;
	# drm: the drm_panic suites of drivers/gpu/drm/tests/drm_panic_test.c,
	# which CONFIG_DRM_KUNIT_TEST builds with every DRM test: this
	# kernel runs only the drm_panic ones (7.3 only: 6.12 has no such
	# file, and the backport leaves that test out).
	drm)
		KUNIT_FRAGMENTS=(smp.config drm.config debug-lockdep-kasan.config)
		KUNIT_SCAN_LOG=yes KUNIT_DEFAULT_FILTER='drm_panic*'
		;;
	*) die "unknown KUnit variant '$1'. Use one of: ${KUNIT_VARIANTS[*]}." ;;
	esac
}

# The series' own kunitconfigs, relative to the tree: the core's, and one
# in each directory with a dumper test that kunit.py runs on any arch
# (pstore, mtdoops, the sample). kunit.py merges them; those the applied
# patches do not have are left out.
SERIES_KUNITCONFIGS=(lib/tests/kmsg_dump.kunitconfig fs/pstore/.kunitconfig
	drivers/mtd/.kunitconfig samples/kmsg_dump/.kunitconfig)

# kunit_config_args VARIANT [BUILD_DIR]: set KUNIT_ARGS to the kunit.py
# options that choose the architecture, build directory (default
# $BUILD/kunit-VARIANT) and configuration of VARIANT (the options every
# kunit.py subcommand accepts). Run in $TREE.
kunit_config_args() {
	local f kconfs=()
	kunit_variant "$1"
	for f in "${SERIES_KUNITCONFIGS[@]}"; do
		[[ ! -f $TREE/$f ]] || kconfs+=(--kunitconfig="$TREE/$f")
	done
	if [[ ${#kconfs[@]} -eq 0 ]]; then
		say "WARNING: $TREE has none of ${SERIES_KUNITCONFIGS[*]} (series not applied yet?); using $REPO/configs/fallback.kunitconfig"
		kconfs=(--kunitconfig="$REPO/configs/fallback.kunitconfig")
	fi
	# kunit.py makes the build directory, but not its parents.
	mkdir -p "$BUILD"
	KUNIT_ARGS=(--arch="$KUNIT_ARCH" --build_dir="${2:-$BUILD/kunit-$1}" "${kconfs[@]}")
	for f in "${KUNIT_FRAGMENTS[@]}"; do
		KUNIT_ARGS+=(--kunitconfig="$REPO/configs/$f")
	done
	KUNIT_ARGS+=(--make_options "CC=$(kcc "$KUNIT_CROSS")")
	[[ -z $KUNIT_CROSS ]] || KUNIT_ARGS+=(--cross_compile="$KUNIT_CROSS")
}

# checkpatch_opts: set the array CHECKPATCH_OPTS to the options both
# checkpatch gates (check-checkpatch, check-series) run the tree's
# checkpatch.pl with: --strict, codespell with the dictionary where Debian
# puts it, and UNKNOWN_COMMIT_ID ignored (the base is a Debian source
# package without upstream history: the commits that Fixes: tags name
# cannot be looked up in it).
checkpatch_opts() {
	local dict
	CHECKPATCH_OPTS=(--strict --color=never --show-types --ignore UNKNOWN_COMMIT_ID)
	for dict in /usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt \
		/usr/share/codespell/dictionary.txt; do
		if [[ -f $dict ]]; then
			CHECKPATCH_OPTS+=(--codespell --codespellfile="$dict")
			return 0
		fi
	done
	say "WARNING: codespell's dictionary is not installed (apt-get install codespell): checking without --codespell"
}

# The dumpers' configurations, shared by check-dumpers and check-bisect:
# ARCH is x86_64 (x86_64_defconfig + configs/dumpers-x86_64.config),
# powerpc (ppc64le_defconfig + configs/dumpers-powerpc.config, built with
# Debian's powerpc64le-linux-gnu-gcc) or um (UML's defconfig +
# configs/dumpers-um.config).
#
# dumper_make ARCH DIR ARGS...: make in $TREE for ARCH, build dir DIR.
dumper_make() {
	local arch=$1 dir=$2 cross=''
	shift 2
	[[ $arch == powerpc ]] && cross=$PPC_CROSS
	make -C "$TREE" ARCH="$arch" O="$dir" CROSS_COMPILE="$cross" "CC=$(kcc "$cross")" -j"$JOBS" "$@"
}

# dumper_config ARCH DIR: write DIR/.config for ARCH and olddefconfig it.
dumper_config() {
	local arch=$1 dir=$2
	mkdir -p "$dir"
	case $arch in
	x86_64)
		cp "$TREE/arch/x86/configs/x86_64_defconfig" "$dir/.config" &&
			cat "$REPO/configs/dumpers-x86_64.config" >>"$dir/.config" ;;
	powerpc)
		dumper_make powerpc "$dir" -s ppc64le_defconfig &&
			cat "$REPO/configs/dumpers-powerpc.config" >>"$dir/.config" ;;
	um)
		dumper_make um "$dir" -s defconfig &&
			cat "$REPO/configs/dumpers-um.config" >>"$dir/.config" ;;
	*) die "dumper_config: unknown architecture '$arch' (x86_64, powerpc or um)." ;;
	esac && dumper_make "$arch" "$dir" -s olddefconfig
}

# obj_arch FILE.c: the object build (x86_64, powerpc or um) that compiles
# FILE.c on its own: arch code in its architecture's, the rest in x86_64's.
obj_arch() {
	case $1 in
	arch/powerpc/*) echo powerpc ;;
	arch/um/*) echo um ;;
	*) echo x86_64 ;;
	esac
}

# build_object ARCH DIR CONFIG OBJ: build OBJ (relative to $TREE) with W=1
# in ARCH's dumper build directory DIR, configured from the copy CONFIG
# (olddefconfig drops what the tree does not know yet). The object is
# removed first, so that it is compiled again. Prints make's output.
build_object() {
	local arch=$1 dir=$2 config=$3 o=$4
	cp "$config" "$dir/.config" &&
		dumper_make "$arch" "$dir" -s olddefconfig &&
		dumper_make "$arch" "$dir" -s prepare &&
		rm -f "$dir/$o" &&
		dumper_make "$arch" "$dir" W=1 "$o"
}

# c_object FILE.c: the .c file (relative to $TREE) whose object compiles
# FILE.c: FILE.c itself when its directory's Makefile or Kbuild names its
# object, else the .c file of that directory that #includes it (as
# mtdoops.c includes mtdoops_kunit.c), else the .c file of the parent
# directory that #includes it by DIR/FILE.c (as drm_panic.c includes
# tests/drm_panic_owner_test.c). Prints nothing if there is none.
c_object() {
	local f=$1 dir up mk inc
	dir=$(dirname "$f")
	up=$(dirname "$dir")
	mk=$(cat "$TREE/$dir"/{Makefile,Kbuild} 2>/dev/null || true)
	if grep -qw "$(basename "${f%.c}").o" <<<"$mk"; then
		echo "$f"
		return
	fi
	inc=$(grep -lF "#include \"$(basename "$f")\"" "$TREE/$dir"/*.c 2>/dev/null | head -n 1 || true)
	if [[ -n $inc ]]; then
		echo "$dir/$(basename "$inc")"
		return
	fi
	inc=$(grep -lF "#include \"$(basename "$dir")/$(basename "$f")\"" "$TREE/$up"/*.c 2>/dev/null | head -n 1 || true)
	[[ -z $inc ]] || echo "$up/$(basename "$inc")"
}

# Seconds since the epoch, for timing.
now() { date +%s; }

# apt_sources: the machine's apt sources, comments left out.
apt_sources() {
	local f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
		[[ -f $f ]] && grep -v '^[[:space:]]*#' "$f"
		echo
	done
}

# debian_archive: the address of the Debian archive that the machine's apt
# sources name for its release (VERSION_CODENAME of /etc/os-release), read
# at run time so that no host name is written into the repository. Of the
# sources that carry the release's own suite, one whose path ends in
# /debian comes first (a cloud image's other repositories do not); without
# any, the first source that is not -security.
debian_archive() {
	local release
	release=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null | tr -d '"')
	apt_sources | awk -v rel="$release" '
		function take(uri, suites,    n, s, i) {
			if (suites ~ /security/) return
			if (any == "") any = uri
			n = split(suites, s, /[ \t]+/)
			for (i = 1; i <= n; i++)
				if (rel != "" && s[i] == rel) {
					if (own == "") own = uri
					if (deb == "" && uri ~ /\/debian\/?$/) deb = uri
				}
		}
		/^deb[ \t]/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { take($i, $(i + 1)); break } }
		/^URIs:/ { uri = $2 }
		/^Suites:/ { suites = $0; sub(/^Suites:[ \t]*/, "", suites) }
		/^$/ { if (uri != "") take(uri, suites); uri = ""; suites = "" }
		END { if (uri != "") take(uri, suites)
			print (deb != "" ? deb : (own != "" ? own : any)) }'
}
