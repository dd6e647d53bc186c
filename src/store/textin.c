/*
 * textin.c - a release as text before it is CSV: its encoding sniffed
 * (Excel's "Unicode text", UTF-16, converted; UTF-32 refused naming it), its
 * separator (--delimiter, else the header's) and how its numbers are written
 * (the separator's locale, --decimal-comma/--decimal-point, --thousands).
 *
 * Invariants:
 *  1. The file's SHA-256 is of its bytes as given (csvin.c): a converted
 *     copy is only what the passes read.
 *  2. Conversion streams in chunks into a temporary file: memory stays flat.
 *  3. A NUL byte that UTF-16 does not explain is left to csvread.c, which
 *     names its line.
 */
#include "store/csvin_int.h"

#include <errno.h>
#include <string.h>

/*
 * Excel's "Unicode text" (UTF-16) as UTF-8 in a temporary file, converted
 * a chunk at a time: the passes then read it like any CSV. NULL after a
 * message when it is not UTF-16 after all (a lone surrogate, an odd byte).
 */
static FILE *utf16_to_temp(FILE *f, const char *path, enum text_enc enc, size_t bom)
{
	unsigned char in[65536];
	size_t have = 0, n, used, off = bom, badat;
	struct buf out = BUF_INIT;
	FILE *t = tmpfile();

	if (!t || fseek(f, (long)bom, SEEK_SET) != 0) {
		error("%s: cannot convert from UTF-16: %s", path, strerror(errno));
		goto fail;
	}
	for (;;) {
		n = fread(in + have, 1, sizeof(in) - have, f);
		have += n;
		buf_reset(&out);
		used = sniff_utf16_to_utf8(in, have, enc == ENC_UTF16LE, &out, &badat);
		if (badat != (size_t)-1) {
			error("%s: byte %zu: a UTF-16 surrogate without its pair: not %s", path,
			      off + badat, sniff_enc_name(enc));
			goto fail;
		}
		if (out.len && fwrite(out.s, 1, out.len, t) != out.len) {
			error("%s: cannot convert from UTF-16: %s", path, strerror(errno));
			goto fail;
		}
		off += used;
		memmove(in, in + used, have - used);
		have -= used;
		if (n == 0)
			break;
	}
	if (have) {
		error("%s: byte %zu: the file ends inside a UTF-16 character", path, off);
		goto fail;
	}
	buf_release(&out);
	rewind(t);
	return t;
fail:
	buf_release(&out);
	if (t)
		fclose(t);
	return NULL;
}

/*
 * The file as text: its encoding sniffed (UTF-16 converted, UTF-32 and
 * binary refused naming what they are), its separator (--delimiter, else
 * the header's) and how its numbers are written (the separator's locale,
 * --decimal-comma/--decimal-point, --thousands). Returns the FILE to read
 * (f, or a converted copy *conv to close), or NULL after a message.
 */
FILE *text_of(struct csvin *c, FILE *f, FILE **conv)
{
	const struct import_opts *o = c->o;
	unsigned char head[65536];
	size_t n, bom = 0;
	enum text_enc enc;
	FILE *in = f;

	*conv = NULL;
	rewind(f);
	n = fread(head, 1, sizeof(head), f);
	enc = sniff_encoding(head, n, &bom);
	if (enc == ENC_UTF16LE || enc == ENC_UTF16BE) {
		if (!(in = *conv = utf16_to_temp(f, c->path, enc, bom)))
			return NULL;
		n = fread(head, 1, sizeof(head), in);
		bom = 0;
	} else if (enc == ENC_UTF32) {	/* a NUL otherwise: csvread names its line */
		error_at_line(c->path, 1, 0, "%s, not a CSV file: save it as \"CSV UTF-8\"",
			      sniff_enc_name(enc));
		return NULL;
	}
	c->rd.delim = o->delimiter ? (strcmp(o->delimiter, "tab") == 0 ? '\t' : o->delimiter[0])
				   : sniff_delimiter((const char *)head + bom, n - bom);
	c->num = numfmt_for_delimiter(c->rd.delim);
	if (o->decimal_comma)
		c->num.decimal = ',';
	if (o->decimal_point)
		c->num.decimal = '.';
	if (o->thousands)
		c->num.thousands = strcmp(o->thousands, "space") == 0 ? ' ' : o->thousands[0];
	return in;
}

