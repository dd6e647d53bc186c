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
 *  3. A regular file over the limit is refused by its size, before a byte is
 *     read: a huge input costs no memory.
 */
#include "base/base.h"

#include <errno.h>
#include <stdint.h>
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
	if (max && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
		if (!is_stdin)
			fclose(f);
		return error("'%s' is larger than the limit of %zu bytes", path, max);
	}
	/* A regular file is read into a buffer of its size, not grown by
	 * doubling (up to twice the text; one chunk more if it grew since). */
	if (S_ISREG(st.st_mode) && st.st_size > 0 && !b->s) {
		b->cap = (size_t)st.st_size + 1;
		b->s = xmalloc(b->cap);
		b->s[0] = '\0';
		while (b->len + 1 < b->cap &&
		       (n = fread(b->s + b->len, 1, b->cap - 1 - b->len, f)) > 0)
			b->s[b->len += n] = '\0';
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

/* Copies in (stdin, a pipe) to an anonymous temporary file, rewound, and
 * closes in unless it is stdin; NULL after error(). */
static FILE *spool(FILE *in, const char *path, size_t max)
{
	FILE *t = tmpfile();
	char chunk[65536];
	size_t n, total = 0;
	int e = 0;

	if (!t) {
		e = errno;
		error("cannot create a temporary file to read '%s': %s", path, strerror(e));
		goto out;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0) {
		total += n;
		if (max && total > max) {
			error("'%s' is larger than the limit of %zu bytes", path, max);
			goto fail;
		}
		if (fwrite(chunk, 1, n, t) != n) {
			error("cannot copy '%s' to a temporary file: %s", path, strerror(errno));
			goto fail;
		}
	}
	if (ferror(in) || fflush(t) != 0 || fseek(t, 0, SEEK_SET) != 0) {
		error("cannot read '%s': %s", path, strerror(errno));
		goto fail;
	}
	goto out;
fail:
	fclose(t);
	t = NULL;
out:
	if (in != stdin)
		fclose(in);
	return t;
}

FILE *file_open(const char *path, size_t max)
{
	struct stat st;
	FILE *f;

	if (strcmp(path, "-") == 0)
		return spool(stdin, path, max);
	f = fopen(path, "rb");
	if (!f)
		return error("cannot open '%s': %s", path, strerror(errno)), NULL;
	if (fstat(fileno(f), &st) != 0) {
		error("cannot read '%s': %s", path, strerror(errno));
		fclose(f);
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		fclose(f);
		return error("'%s' is a directory, not a file", path), NULL;
	}
	if (!S_ISREG(st.st_mode))
		return spool(f, path, max);	/* a pipe cannot be read twice */
	if (max && (uintmax_t)st.st_size > max) {
		fclose(f);
		return error("'%s' is larger than the limit of %zu bytes", path, max), NULL;
	}
	return f;
}

const char *path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}
