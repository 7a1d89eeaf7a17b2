// expect: none
// Acts on panic only, in the form drm_panic() has.
static void foo_draw(struct foo *foo, const char *description)
{
	struct kmsg_dump_iter iter;
	size_t len;

	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, false, foo->screen_text, FOO_SIZE, &len);
	foo_show(foo, description);
}

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct foo *foo = container_of(dumper, struct foo, dumper);

	if (detail->reason == KMSG_DUMP_PANIC)
		foo_draw(foo, detail->description);
}

static int foo_probe(struct foo *foo)
{
	foo->dumper.dump = foo_dump;
	return kmsg_dump_register(&foo->dumper);
}
