// expect: none
// Ported as Documentation/core-api/kmsg_dump.rst says.
struct foo {
	struct kmsg_dumper dumper;
	struct kmsg_dump_owner owner;
	char *buf;
	char *panic_buf;
};

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct foo *foo = container_of(dumper, struct foo, dumper);
	struct kmsg_dump_iter iter;
	char *buf = foo->buf;
	size_t len;
	int ret;

	ret = kmsg_dump_owner_acquire(&foo->owner);
	if (ret < 0)
		return;
	if (ret == KMSG_DUMP_OWNER_PANIC)
		buf = foo->panic_buf;

	kmsg_dump_rewind(&iter);
	if (!kmsg_dump_get_buffer(&iter, true, buf, FOO_SIZE, &len))
		goto out;
	if (kmsg_dump_owner_enter_unsafe(&foo->owner)) {
		foo_write(foo, buf, len);
		kmsg_dump_owner_exit_unsafe(&foo->owner);
	}
out:
	kmsg_dump_owner_release(&foo->owner);
}

static int foo_probe(struct foo *foo)
{
	kmsg_dump_owner_init(&foo->owner);
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
