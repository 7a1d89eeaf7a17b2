// expect: blocking
// A mutex, taken in a helper, with the old signature.
static DEFINE_MUTEX(foo_mutex);

static void foo_store(struct foo *foo, struct kmsg_dumper *dumper)
{
	size_t len;

	mutex_lock(&foo_mutex);
	kmsg_dump_get_buffer(dumper, true, foo->buf, FOO_SIZE, &len);
	foo_write(foo->buf, len);
	mutex_unlock(&foo_mutex);
}

static void foo_dump(struct kmsg_dumper *dumper, enum kmsg_dump_reason reason)
{
	struct foo *foo = container_of(dumper, struct foo, dumper);

	foo_store(foo, dumper);
}

static int foo_probe(struct foo *foo)
{
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
