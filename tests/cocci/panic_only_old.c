// expect: none
// Acts on panic only, with the signature before 5.13.
static char foo_buf[4096];

static void foo_dump(struct kmsg_dumper *dumper, enum kmsg_dump_reason reason)
{
	size_t len;

	if (reason != KMSG_DUMP_PANIC)
		return;
	kmsg_dump_get_buffer(dumper, true, foo_buf, sizeof(foo_buf), &len);
	foo_write(foo_buf, len);
}

static struct kmsg_dumper foo_dumper = {
	.dump = foo_dump,
};
