// expect: trylock
// A busy word taken with atomic_cmpxchg().
static atomic_t foo_busy = ATOMIC_INIT(0);
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	size_t len;

	if (atomic_cmpxchg(&foo_busy, 0, 1) != 0)
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
	atomic_set(&foo_busy, 0);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
