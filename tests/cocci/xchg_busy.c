// expect: trylock
// A busy word taken with xchg(), the old signature.
static int foo_busy;
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, enum kmsg_dump_reason reason)
{
	size_t len;

	if (xchg(&foo_busy, 1))
		return;
	kmsg_dump_get_buffer(dumper, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
	WRITE_ONCE(foo_busy, 0);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
