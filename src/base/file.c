/*
 * file.c - reading a whole input file, and paths.
 *
 * Input: a path as given on the command line ("-" is stdin).
 * Output: the bytes in a struct buf, or one message naming the file.
 *
 * Invariants:
 *  1. A directory, an unreadable file or one over the caller's limit is an
 *     error that names the path; nothing is half-read into the buffer.
 *  2. The buffer is NUL-terminated, so text scanners may look one byte past
 *     the end without a bounds check, but lengths are always passed along:
 *     NUL bytes inside an article are data, not terminators.
 */
#include "base/base.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

int file_read(const char *path, struct buf *b, size_t max)
{
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	struct stat st;
	char chunk[65536];
	size_t n;

	buf_reset(b);
	if (!f)
		return error("cannot open '%s': %s", path, strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			fclose(f);
		return error("'%s' is a directory, not a file", path);
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (max && b->len + n > max) {
			if (!is_stdin)
				fclose(f);
			buf_reset(b);
			return error("'%s' is larger than the limit of %zu bytes", path, max);
		}
		buf_add(b, chunk, n);
	}
	if (ferror(f)) {
		int e = errno;

		if (!is_stdin)
			fclose(f);
		buf_reset(b);
		return error("cannot read '%s': %s", path, strerror(e));
	}
	if (!is_stdin)
		fclose(f);
	if (!b->s)
		buf_add(b, "", 0);
	return 0;
}

const char *path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}
