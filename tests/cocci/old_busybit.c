// expect: trylock
// A busy bit (as mtdoops did), the 5.13-6.11 signature, registered at run
// time.
static unsigned long foo_busy;
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, enum kmsg_dump_reason reason)
{
	struct kmsg_dump_iter iter;
	size_t len;

	if (test_and_set_bit(0, &foo_busy))
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, true, foo_buf, sizeof(foo_buf), &len);
	clear_bit(0, &foo_busy);
	schedule_work(&foo_work);
}

static int foo_probe(struct foo *foo)
{
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
