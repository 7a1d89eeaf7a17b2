// SPDX-License-Identifier: GPL-2.0
/*
 * Benchmark of the kmsg_dump readers, built into the kernel by
 * scripts/bench. It uses only the public kmsg_dump API, so that the same
 * source builds on the base (6.12.117) and on the series.
 *
 * At late_initcall it fills the log (boot with log_buf_len=1M) with records
 * that look like a boot log and an oops, then measures, @runs times each:
 *
 *  a) a full drain with kmsg_dump_get_buffer() in 4 KiB chunks;
 *  b) one kmsg_dump_get_buffer() call with a buffer for the same bytes;
 *  c) pstore_dump()'s loop with ramoops' default record size (4 KiB, a
 *     "Panic#1 Part<n>" header per part, syslog prefixes) and kmsg_bytes
 *     equal to the log size;
 *  d) printk() with no dumper registered: @printks records of the same
 *     kinds, in nanoseconds per printk(), over all of them (d_ns) and in
 *     the fastest of D_BATCHES batches (d_min_ns).
 *
 * Each run prints one line:
 *   kmsg_dump_bench: run=<i> a_ns=.. b_ns=.. c_ns=.. d_ns=.. d_min_ns=.. a_bytes=..
 *     a_chunks=.. b_bytes=.. c_parts=.. c_bytes=.. records=..
 * and the end "kmsg_dump_bench: done". The kernel then goes on booting,
 * finds no root file system and panics; boot with panic=-1 and QEMU's
 * -no-reboot to end there.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/kmsg_dump.h>
#include <linux/ktime.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

static unsigned int runs = 5;
module_param(runs, uint, 0444);
MODULE_PARM_DESC(runs, "Runs of each measurement");

static unsigned int fill_kib = 1536;
module_param(fill_kib, uint, 0444);
MODULE_PARM_DESC(fill_kib, "KiB of records printed to fill the log");

static unsigned int printks = 20000;
module_param(printks, uint, 0444);
MODULE_PARM_DESC(printks, "printk() calls per run of (d)");

#define CHUNK		4096
#define ONESHOT_SIZE	(4 << 20)

static const char * const mods =
	"nf_tables nfnetlink snd_hda_codec_hdmi snd_hda_codec_realtek "
	"snd_hda_codec_generic ledtrig_audio snd_hda_intel snd_intel_dspcfg "
	"snd_hda_codec snd_hwdep snd_hda_core snd_pcm snd_timer snd soundcore "
	"intel_rapl_msr intel_rapl_common x86_pkg_temp_thermal intel_powerclamp "
	"coretemp kvm_intel kvm irqbypass crct10dif_pclmul crc32_pclmul "
	"ghash_clmulni_intel sha512_ssse3 sha256_ssse3 sha1_ssse3 aesni_intel "
	"crypto_simd cryptd rapl intel_cstate intel_uncore iTCO_wdt mei_me "
	"iTCO_vendor_support watchdog mei pcspkr i2c_i801 i2c_smbus lpc_ich "
	"evdev joydev sg button binfmt_misc fuse loop efi_pstore configfs "
	"ip_tables x_tables autofs4 ext4 crc16 mbcache jbd2 crc32c_generic "
	"sd_mod t10_pi crc64_rocksoft crc64 crc_t10dif crct10dif_generic "
	"crct10dif_common ahci libahci libata e1000e scsi_mod ptp pps_core "
	"scsi_common xhci_pci xhci_hcd usbcore usb_common i915 drm_buddy "
	"drm_display_helper cec rc_core ttm drm_kms_helper drm video wmi";

/* One record of the kind @i picks; @n makes it differ from the others. */
static void bench_printk(unsigned int i, unsigned int n)
{
	switch (i % 16) {
	case 0:
		pr_info("pci 0000:%02x:%02x.%x: [8086:%04x] type 00 class 0x%06x conventional PCI endpoint\n",
			n % 4, n % 32, n % 8, 0x1000 + n % 0xefff, 0x010601 + n % 16);
		break;
	case 1:
		pr_info("pci 0000:%02x:%02x.%x: BAR %u [mem 0x%08x-0x%08x 64bit pref]\n",
			n % 4, n % 32, n % 8, n % 6, 0xf0000000 + n * 4096,
			0xf0000fff + n * 4096);
		break;
	case 2:
		pr_info("usb %u-%u: new high-speed USB device number %u using xhci_hcd\n",
			1 + n % 4, 1 + n % 8, n % 128);
		break;
	case 3:
		pr_info("usb %u-%u: New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice= %u.%02u\n",
			1 + n % 4, 1 + n % 8, n % 0xffff, (n * 7) % 0xffff,
			n % 10, n % 100);
		break;
	case 4:
		pr_info("EXT4-fs (sda%u): mounted filesystem %08x-%04x-%04x-%04x-%012x r/w with ordered data mode. Quota mode: none.\n",
			n % 8, n * 2654435761U, n % 0xffff, (n * 3) % 0xffff,
			(n * 5) % 0xffff, n * 40503U);
		break;
	case 5:
		pr_notice("audit: type=1400 audit(%u.%03u:%u): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"/usr/lib/snapd/snap-confine%u\" pid=%u comm=\"apparmor_parser\"\n",
			  1700000000 + n, n % 1000, n, n % 64, 400 + n % 30000);
		break;
	case 6:
		pr_info("e1000e 0000:00:19.0 eth%u: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx\n",
			n % 4);
		break;
	case 7:
		pr_warn("CPU: %u PID: %u Comm: kworker/%u:%u Tainted: G        W          6.12.117 #1\n",
			n % 8, n % 40000, n % 8, n % 4);
		break;
	case 8:
		pr_warn("RIP: 0010:ext4_es_insert_extent+0x%x/0x%x\n",
			n % 0x400, 0x600);
		break;
	case 9:
		pr_warn("RSP: 0018:ffffb%03x0%07x EFLAGS: 00010246\n",
			n % 0xfff, n * 16);
		break;
	case 10:
		pr_warn("RAX: %016x RBX: ffff8881%08x RCX: 0000000000000000\n",
			n, n * 64);
		break;
	case 11:
		pr_warn(" ? __warn+0x%x/0x130\n", 0x80 + n % 0x40);
		break;
	case 12:
		pr_warn(" ext4_ext_map_blocks+0x%x/0x1990 [ext4]\n", n % 0x1990);
		break;
	case 13:
		/* A long "Modules linked in:" line, as in every oops and WARN. */
		pr_warn("Modules linked in: %.*s\n", (int)(300 + n % 500), mods);
		break;
	case 14:
		pr_info("systemd[1]: Started session-%u.scope - Session %u of User user%u.\n",
			n, n, n % 16);
		break;
	default:
		pr_info("random: crng init done, %u bits of entropy credited, %u pending\n",
			n % 512, n % 4096);
		break;
	}
}

static u64 bench_drain(char *buf, size_t *bytes, unsigned int *chunks)
{
	struct kmsg_dump_iter iter;
	size_t len;
	u64 t0, t1;

	*bytes = 0;
	*chunks = 0;
	kmsg_dump_rewind(&iter);
	t0 = ktime_get_ns();
	while (kmsg_dump_get_buffer(&iter, false, buf, CHUNK, &len)) {
		*bytes += len;
		(*chunks)++;
	}
	t1 = ktime_get_ns();
	return t1 - t0;
}

static u64 bench_oneshot(char *buf, size_t *bytes)
{
	struct kmsg_dump_iter iter;
	size_t len = 0;
	u64 t0, t1;

	kmsg_dump_rewind(&iter);
	t0 = ktime_get_ns();
	kmsg_dump_get_buffer(&iter, false, buf, ONESHOT_SIZE, &len);
	t1 = ktime_get_ns();
	*bytes = len;
	return t1 - t0;
}

/* fs/pstore/platform.c:pstore_dump(), without compression or backend. */
static u64 bench_pstore(char *buf, size_t kmsg_bytes, size_t *bytes,
			unsigned int *parts)
{
	struct kmsg_dump_iter iter;
	unsigned int part = 1;
	size_t total = 0;
	u64 t0, t1;

	kmsg_dump_rewind(&iter);
	t0 = ktime_get_ns();
	while (total < kmsg_bytes) {
		size_t header_size, dump_size;

		header_size = snprintf(buf, CHUNK, "%s#%d Part%u\n", "Panic",
				       1, part);
		if (!kmsg_dump_get_buffer(&iter, true, buf + header_size,
					  CHUNK - header_size, &dump_size))
			break;
		total += header_size + dump_size;
		part++;
	}
	t1 = ktime_get_ns();
	*bytes = total;
	*parts = part - 1;
	return t1 - t0;
}

/*
 * (d): @printks printk() calls in D_BATCHES batches. Return the mean cost
 * per call over all of them, and in *@min_ns the mean of the fastest batch:
 * the host can only make a batch slower (other work on the CPU that runs
 * the guest), so the fastest batch is the least disturbed one.
 */
#define D_BATCHES	10

static u64 bench_printk_rate(unsigned int base, u64 *min_ns)
{
	unsigned int per = max(printks / D_BATCHES, 1U);
	unsigned int b, i, n = 0;
	u64 t0, t1, total = 0;

	*min_ns = U64_MAX;
	for (b = 0; b < D_BATCHES; b++) {
		t0 = ktime_get_ns();
		for (i = 0; i < per; i++)
			bench_printk(n + i, base + n + i);
		t1 = ktime_get_ns();
		n += per;
		total += t1 - t0;
		*min_ns = min(*min_ns, (t1 - t0) / per);
	}
	return total / n;
}

static int __init kmsg_dump_bench_init(void)
{
	size_t a_bytes, b_bytes, c_bytes, filled = 0;
	unsigned int a_chunks, c_parts, i, n = 0;
	u64 a, b, c, d, d_min;
	char *buf;

	buf = vmalloc(ONESHOT_SIZE);
	if (!buf) {
		pr_err("no memory\n");
		return -ENOMEM;
	}

	/* Fill the log; the records' text is about 100 bytes on average. */
	while (filled < (size_t)fill_kib * 1024) {
		bench_printk(n, n);
		filled += 100;
		n++;
		if (!(n % 256))
			cond_resched();
	}
	pr_err("filled with %u records\n", n);

	for (i = 0; i < runs; i++) {
		/* (d) first: the log is full either way. */
		d = bench_printk_rate(n, &d_min);
		n += printks;
		a = bench_drain(buf, &a_bytes, &a_chunks);
		b = bench_oneshot(buf, &b_bytes);
		c = bench_pstore(buf, b_bytes, &c_bytes, &c_parts);
		pr_err("run=%u a_ns=%llu b_ns=%llu c_ns=%llu d_ns=%llu d_min_ns=%llu a_bytes=%zu a_chunks=%u b_bytes=%zu c_parts=%u c_bytes=%zu\n",
		       i, a, b, c, d, d_min, a_bytes, a_chunks, b_bytes,
		       c_parts, c_bytes);
		cond_resched();
	}
	pr_err("done\n");
	vfree(buf);
	return 0;
}
late_initcall(kmsg_dump_bench_init);
