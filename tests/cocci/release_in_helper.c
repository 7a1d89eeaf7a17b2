// expect: none
// Ported, and the release is in a helper that every path calls.
static struct kmsg_dump_owner foo_owner = KMSG_DUMP_OWNER_INIT;
static char foo_buf[4096];

static void foo_finish(size_t len)
{
	if (len && kmsg_dump_owner_enter_unsafe(&foo_owner)) {
		foo_write(foo_buf, len);
		kmsg_dump_owner_exit_unsafe(&foo_owner);
	}
	kmsg_dump_owner_release(&foo_owner);
}

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	size_t len = 0;

	if (kmsg_dump_owner_acquire(&foo_owner) < 0)
		return;
	kmsg_dump_rewind(&iter);
	if (!kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len)) {
		foo_finish(0);
		return;
	}
	foo_finish(len);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
