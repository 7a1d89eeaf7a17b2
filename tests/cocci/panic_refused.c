// expect: panic_refused
// Any non-zero result taken for a refusal: KMSG_DUMP_OWNER_PANIC (1)
// drops the panic dump.
static struct kmsg_dump_owner foo_owner = KMSG_DUMP_OWNER_INIT;
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	size_t len;

	if (kmsg_dump_owner_acquire(&foo_owner))
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len);
	if (kmsg_dump_owner_enter_unsafe(&foo_owner)) {
		foo_write(foo_buf, len);
		kmsg_dump_owner_exit_unsafe(&foo_owner);
	}
	kmsg_dump_owner_release(&foo_owner);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
