# shellcheck shell=bash
# shellcheck disable=SC2034  # the settings below are used by the scripts that source this file
# Settings of the crash demo (scripts/demo*, scripts/check-demo). Sourced
# after lib.sh, never run.
#
#   DEMO_TREE     series (default) or base: which kernel the demo runs
#   DEMO_ARCH     x86_64 (default: QEMU pc) or arm64 (QEMU virt, cortex-a57,
#                 no pseudo-NMI); build dirs and results of arm64 end in -arm64
#   DEMO_SRC      a kernel source tree to build instead of the default one
#                 ($TREE for the series, $KMSG_CACHE/demo-base-$KMSG_BASE for the base)
#   DEMO_RUNS     how many times each scenario runs (default 1)
#   DEMO_TRIES    how many boots a run of a race scenario may take to race
#                 (default 3): a boot whose race did not happen proves
#                 nothing (verdict NO RACE) and is booted again
#   DEMO_TIMEOUT  seconds one QEMU process (both boots) may take (default:
#                 per scenario, 60; 90 for oops-vs-panic, 30 for long-record)
#   DEMO_LOCK     a lock file: hold it (flock) around every kernel build and
#                 every QEMU run, on machines whose cores are shared. Unset by
#                 default; never set it under an outer flock of the same file.

DEMO_TREE=${DEMO_TREE:-series}
DEMO_ARCH=${DEMO_ARCH:-x86_64}
DEMO_RUNS=${DEMO_RUNS:-1}
DEMO_TRIES=${DEMO_TRIES:-3}

# The scenarios, in the order the demo runs them.
DEMO_SCENARIOS=(oops-panic oops-vs-panic all-cpus-oops mtdoops long-record selftest
	oops-vs-panic-kdump oops-vs-nmi-panic)

# The architecture: how to build the kernel and boot it, and where the
# persistent RAM is (ramoops, 1 MiB at most, and in its last 64 KiB the phram
# device that tells init which boot it is in). x86_64: memmap=2M!128M, low
# enough that QEMU's initrd, loaded at the top of RAM on every reset, never
# overwrites it. arm64: RAM starts at 1 GiB; mem=896M leaves the last 128
# MiB of the 1 GiB to the persistent RAM, which QEMU's warm reset keeps
# (QEMU loads the initrd low). The second channel carries the collected
# files to the host: the second UART (x86_64) or a virtio console (arm64:
# virt has one UART). arm64 has no oops-vs-nmi-panic: without pseudo-NMI,
# an NMI cannot be injected into QEMU's virt machine.
case $DEMO_ARCH in
x86_64)
	DEMO_KARCH=x86_64 DEMO_CROSS='' DEMO_TARGET=bzImage
	DEMO_IMAGE=arch/x86/boot/bzImage DEMO_FRAGMENT=demo.config
	DEMO_QEMU=qemu-system-x86_64 DEMO_QEMU_MACHINE=(-machine pc)
	DEMO_ARCH_ARGS="console=ttyS0 memmap=2M!128M ramoops.mem_address=0x8000000 phram.phram=demostate,0x81f0000,0x10000 demo.data=ttyS1"
	DEMO_SUFFIX=
	;;
arm64)
	DEMO_KARCH=arm64 DEMO_CROSS=aarch64-linux-gnu- DEMO_TARGET=Image
	DEMO_IMAGE=arch/arm64/boot/Image DEMO_FRAGMENT=demo-arm64.config
	DEMO_QEMU=qemu-system-aarch64 DEMO_QEMU_MACHINE=(-machine virt -cpu cortex-a57)
	DEMO_ARCH_ARGS="console=ttyAMA0 mem=896M ramoops.mem_address=0x78000000 phram.phram=demostate,0x781f0000,0x10000 demo.data=hvc0"
	DEMO_SUFFIX=-arm64
	DEMO_SCENARIOS=(oops-panic oops-vs-panic all-cpus-oops mtdoops long-record selftest
		oops-vs-panic-kdump)
	;;
*)
	die "DEMO_ARCH must be 'x86_64' or 'arm64', not '$DEMO_ARCH'."
	;;
esac

# demo_data_args FILE: set DEMO_DATA_ARGS to QEMU's arguments for the
# second channel, written to FILE on the host.
demo_data_args() {
	if [[ $DEMO_ARCH == arm64 ]]; then
		DEMO_DATA_ARGS=(-device virtio-serial-device -chardev "file,id=data,path=$1"
			-device "virtconsole,chardev=data")
	else
		DEMO_DATA_ARGS=(-serial "file:$1")
	fi
}

demo_check_tree() {
	[[ $1 == series || $1 == base ]] ||
		die "DEMO_TREE must be 'series' or 'base', not '$1'."
}

# demo_src TREE: the kernel source tree the demo builds for TREE.
demo_src() {
	if [[ -n ${DEMO_SRC:-} ]]; then
		echo "$DEMO_SRC"
	elif [[ $1 == base ]]; then
		echo "$KMSG_CACHE/demo-base-$KMSG_BASE"
	else
		echo "$TREE"
	fi
}

# demo_build_dir TREE, demo_results TREE
demo_build_dir() { echo "$BUILD/demo-$1$DEMO_SUFFIX"; }
demo_results() { echo "$RESULTS/demo-$1$DEMO_SUFFIX"; }

# locked COMMAND...: run COMMAND, holding DEMO_LOCK if it is set.
locked() {
	if [[ -n ${DEMO_LOCK:-} ]]; then
		flock "$DEMO_LOCK" "$@"
	else
		"$@"
	fi
}

# Kernel parameters of every scenario, with the architecture's above.
# panic=1 reboots the same QEMU process; printk.devkmsg=on lets init fill
# the log quickly.
DEMO_COMMON_ARGS="$DEMO_ARCH_ARGS panic=1 printk.devkmsg=on"
DEMO_RAMOOPS_ARGS="ramoops.mem_size=0x100000 ramoops.record_size=0x10000 ramoops.console_size=0x20000 ramoops.pmsg_size=0x10000"
# A log that takes a while to dump: demo.fill MiB of lines (added to the
# scenario), every byte of it dumped. A 128M log_buf_len needs about 512M of
# RAM (its record descriptors take about 3 times as much as the text): QEMU
# gets -m 1G.
DEMO_FILL_ARGS="log_buf_len=128M pstore.kmsg_bytes=268435456"

# demo_scenario NAME: set SC_ID (a letter), SC_CRASH (what boot 1 does),
# SC_EXPECT (what the demo must find), SC_ARGS (kernel parameters), SC_BOOTS
# (1: collected in the same boot, 2: collected after the warm reset),
# SC_TIMEOUT (seconds for the QEMU process; DEMO_TIMEOUT overrides it) and
# SC_NMI (1: the host injects an NMI when init prints "DEMO-TRIGGER NMI").
demo_scenario() {
	SC_BOOTS=2
	SC_TIMEOUT=60
	SC_NMI=
	case $1 in
	oops-panic)
		SC_ID=a
		SC_CRASH="an oops (LKDTM EXCEPTION) with oops=panic"
		SC_EXPECT="an Oops record and then a Panic record (Oops#N, Panic#M, M > N), both intact"
		SC_ARGS="oops=panic $DEMO_RAMOOPS_ARGS"
		;;
	oops-vs-panic)
		SC_ID=b
		SC_CRASH="CPU1 oopses (panic_on_oops=0) with a full 128 MiB log, so its pstore dump (IRQs off) lasts about 6 s on the series; CPU2 sees TAINT_DIE and panics 10-100 ms later (LKDTM PANIC), in the middle of CPU1's dump: smp_send_stop() must stop CPU1 there (x86: by NMI if CPU1 ignores the stop IPI; arm64 without pseudo-NMI: by IPI alone) (a boot where the dump had ended is booted again)"
		SC_EXPECT="the race happened (the panic stopped CPU1 inside its oops dump), an Oops record and the Panic record ('dumptest'), intact"
		SC_ARGS="demo.fill=128 demo.delay=10-100 $DEMO_FILL_ARGS $DEMO_RAMOOPS_ARGS"
		SC_TIMEOUT=90
		;;
	all-cpus-oops)
		SC_ID=c
		SC_CRASH="an oops on all 4 CPUs at once (LKDTM EXCEPTION, oops=panic), 8 MiB in the log"
		SC_EXPECT="a Panic record ('Fatal exception'); no torn record"
		SC_ARGS="oops=panic demo.fill=8 $DEMO_FILL_ARGS $DEMO_RAMOOPS_ARGS"
		;;
	mtdoops)
		SC_ID=d
		SC_BOOTS=1
		SC_CRASH="an oops (LKDTM EXCEPTION, panic_on_oops=0); mtdoops writes it to mtdram (/dev/mtd1), read back in the same boot"
		SC_EXPECT="an mtdoops record (magic 0x5d005e00) holding the oops and the marker line logged before it"
		SC_ARGS="mtdram.total_size=1024 mtdram.erase_size=64 mtdoops.mtddev=1 mtdoops.record_size=16384 $DEMO_RAMOOPS_ARGS"
		;;
	long-record)
		SC_ID=e
		SC_CRASH="a 1000-byte log line, longer than pstore's 833-byte dump buffer (ramoops.record_size=512), pstore.kmsg_bytes=64M, then LKDTM PANIC"
		SC_EXPECT="the panic completes and reboots (no hang) and leaves an intact Panic record"
		SC_ARGS="demo.line=1000 pstore.kmsg_bytes=67108864 ramoops.mem_size=0x20000 ramoops.record_size=0x200 ramoops.console_size=0x10000 ramoops.pmsg_size=0x1000"
		# A run that does not hang reboots within 10 s.
		SC_TIMEOUT=30
		;;
	oops-vs-panic-kdump)
		SC_ID=g
		SC_CRASH="as oops-vs-panic, with crash_kexec_post_notifiers (kdump setups, Hyper-V guests): panic() stops the other CPUs with crash_smp_send_stop(), which halts CPU1 online (x86: by NMI, wherever it is in its oops dump; arm64: by IPI)"
		SC_EXPECT="the race happened (the panic dump found CPU1's oops dump in progress), the Panic record ('dumptest'), intact"
		SC_ARGS="crash_kexec_post_notifiers demo.fill=128 demo.delay=10-100 $DEMO_FILL_ARGS $DEMO_RAMOOPS_ARGS"
		SC_TIMEOUT=90
		;;
	oops-vs-nmi-panic)
		[[ $DEMO_ARCH == x86_64 ]] ||
			die "oops-vs-nmi-panic needs an NMI from the host, which QEMU cannot inject on $DEMO_ARCH."
		SC_ID=h
		SC_CRASH="as oops-vs-panic, but the panic comes from an NMI (unknown_nmi_panic=1; the host injects it through QEMU's monitor when init asks): every CPU takes the NMI, one of them panics in NMI context, possibly CPU1 over its own oops dump, and the others halt in their NMI handler, online"
		SC_EXPECT="the race happened (the panic dump found CPU1's oops dump in progress), the Panic record ('NMI: Not continuing'), intact"
		SC_ARGS="unknown_nmi_panic=1 demo.nmi=1 demo.fill=128 demo.delay=10-100 $DEMO_FILL_ARGS $DEMO_RAMOOPS_ARGS"
		SC_NMI=1
		SC_TIMEOUT=90
		;;
	selftest)
		SC_ID=f
		SC_CRASH="the kernel's tools/testing/selftests/pstore: pstore_tests, pstore_crash_test (sysrq c), pstore_post_reboot_tests after the reboot"
		SC_EXPECT="both selftest scripts exit 0"
		SC_ARGS="$DEMO_RAMOOPS_ARGS"
		;;
	*)
		die "unknown scenario '$1'. The scenarios: ${DEMO_SCENARIOS[*]}."
		;;
	esac
	SC_TIMEOUT=${DEMO_TIMEOUT:-$SC_TIMEOUT}
	SC_ARGS="$DEMO_COMMON_ARGS demo.scenario=$1 $SC_ARGS"
}
