// expect: none
// Acts on panic only (as hv_kmsg_dump() does): only the panic CPU calls
// it, and a nested panic never returns into it.
static char *foo_page;

static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	size_t len = 0;

	if (detail->reason != KMSG_DUMP_PANIC || !foo_enabled)
		return;
	kmsg_dump_rewind(&iter);
	kmsg_dump_get_buffer(&iter, false, foo_page, PAGE_SIZE, &len);
	foo_notify(foo_page, len);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
