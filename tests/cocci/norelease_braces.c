// expect: norelease
// The failure branch in braces, and the acquire's result in a declaration.
static struct kmsg_dump_owner foo_owner = KMSG_DUMP_OWNER_INIT;
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	int ret = kmsg_dump_owner_acquire(&foo_owner);
	size_t len;

	if (ret < 0) {
		pr_err("foo: dump refused\n");
		return;
	}
	kmsg_dump_rewind(&iter);
	if (!kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len)) {
		pr_err("foo: nothing to dump\n");
		return;
	}
	foo_write(foo_buf, len);
	kmsg_dump_owner_release(&foo_owner);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
