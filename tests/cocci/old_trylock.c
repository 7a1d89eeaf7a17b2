// expect: trylock
// The signature before 5.13 (the reason, no iterator): out-of-tree dumpers
// of vendor trees look like this.
static DEFINE_SPINLOCK(foo_lock);
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, enum kmsg_dump_reason reason)
{
	unsigned long flags;
	size_t len;

	if (!spin_trylock_irqsave(&foo_lock, flags))
		return;
	kmsg_dump_get_buffer(dumper, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
	spin_unlock_irqrestore(&foo_lock, flags);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
