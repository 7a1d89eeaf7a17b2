// expect: trylock
static DEFINE_SEMAPHORE(foo_sem, 1);

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct foo *foo = container_of(dumper, struct foo, dumper);
	struct kmsg_dump_iter iter;
	size_t len;

	if (down_trylock(&foo_sem))
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_line(&iter, true, foo->buf, FOO_SIZE, &len);
	up(&foo_sem);
}

static int foo_probe(struct foo *foo)
{
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
