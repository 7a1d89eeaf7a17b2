// expect: unlocked
// No synchronization at all, and a buffer that every dump shares.
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	size_t len;

	if (detail->reason > KMSG_DUMP_OOPS)
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
