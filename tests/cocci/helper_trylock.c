// expect: trylock
// The trylock is in a helper that the callback calls.
static DEFINE_RAW_SPINLOCK(foo_lock);
static char foo_buf[4096];

static void foo_save(struct kmsg_dump_iter *iter)
{
	unsigned long flags;
	size_t len;

	if (!raw_spin_trylock_irqsave(&foo_lock, flags))
		return;
	kmsg_dump_get_buffer(iter, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
	raw_spin_unlock_irqrestore(&foo_lock, flags);
}

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;

	kmsg_dump_rewind(&iter);
	foo_save(&iter);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
