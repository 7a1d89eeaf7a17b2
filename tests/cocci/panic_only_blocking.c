// expect: blocking
// Acts on panic only, but blocks on a lock that the CPU panic stopped may
// hold: the panic hangs.
static DEFINE_SPINLOCK(foo_lock);
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	unsigned long flags;
	size_t len;

	if (detail->reason != KMSG_DUMP_PANIC)
		return;
	spin_lock_irqsave(&foo_lock, flags);
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
	spin_unlock_irqrestore(&foo_lock, flags);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
