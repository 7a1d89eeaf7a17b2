// expect: none
// Shares nothing: the iterator and the buffer are on the stack, and each
// line goes to an output that takes care of itself.
static void foo_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail)
{
	struct kmsg_dump_iter iter;
	char line[256];
	size_t len;

	kmsg_dump_rewind(&iter);
	while (kmsg_dump_get_line(&iter, true, line, sizeof(line), &len))
		foo_emit_nmi_safe(line, len);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
