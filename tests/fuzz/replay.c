/*
 * replay.c - the plain driver of a fuzz target: feeds it each file named on
 * the command line, or each file of each directory named, once. Built with
 * gcc (and ASan + UBSan under make check-asan), so make check replays the
 * saved corpus and every crash ever found without clang or libFuzzer.
 *
 * Exit status: 0 when every input ran (a broken property aborts); 1 when a
 * path cannot be read or no input was found.
 */
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

#include "base/base.h"
#include "fuzz.h"

static int run_file(const char *path, long *n)
{
	struct buf b = BUF_INIT;

	if (file_read(path, &b, 0) < 0) {
		buf_release(&b);
		return -1;
	}
	fprintf(stderr, "replay %s (%zu bytes)\n", path, b.len);
	LLVMFuzzerTestOneInput((const uint8_t *)b.s, b.len);
	buf_release(&b);
	(*n)++;
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file of dir, in name order (so a run is reproducible). */
static int run_dir(const char *dir, long *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t nn = 0, alloc = 0;
	int ret = 0;

	if (!d)
		return error("cannot open directory '%s'", dir);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* ".", "..", and hidden files such as .gitkeep */
		XGROW(names, alloc, nn + 1);
		names[nn++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (nn)
		qsort(names, nn, sizeof(*names), cmp_names);
	for (size_t i = 0; i < nn; i++) {
		struct buf p = BUF_INIT;
		struct stat sb;

		buf_addf(&p, "%s/%s", dir, names[i]);
		if (stat(p.s, &sb) == 0 && S_ISREG(sb.st_mode) && run_file(p.s, n) < 0)
			ret = -1;
		buf_release(&p);
		free(names[i]);
	}
	free(names);
	return ret;
}

int main(int argc, char **argv)
{
	long n = 0;
	int ret = 0;

	for (int i = 1; i < argc; i++) {
		struct stat sb;

		if (stat(argv[i], &sb) != 0)
			ret = error("cannot find '%s'", argv[i]);
		else if (S_ISDIR(sb.st_mode) ? run_dir(argv[i], &n) < 0 : run_file(argv[i], &n) < 0)
			ret = -1;
	}
	printf("%s: %ld inputs replayed\n", argv[0], n);
	if (n == 0)
		ret = error("no input to replay");
	return ret ? 1 : 0;
}
