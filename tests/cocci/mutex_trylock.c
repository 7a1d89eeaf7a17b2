// expect: trylock
static DEFINE_MUTEX(foo_mutex);

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct foo *foo = container_of(dumper, struct foo, dumper);
	struct kmsg_dump_iter iter;
	size_t len;

	if (!mutex_trylock(&foo_mutex))
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo->buf, FOO_SIZE, &len);
	mutex_unlock(&foo_mutex);
}

static int foo_probe(struct foo *foo)
{
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
