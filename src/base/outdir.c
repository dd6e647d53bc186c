/*
 * outdir.c - output folders that are either the previous good folder or the
 * complete new one (report -o DIR): written as a temporary sibling, swapped
 * into place whole.
 *
 * Input: the target folder and a temporary sibling (outfile_temp_dir) that
 * holds the new content. Output: the new content under the target's name.
 *
 * Invariants:
 *  1. The swap is renameat2 RENAME_EXCHANGE, else two renames: at every
 *     moment the target is the old folder or the new one; a failure puts the
 *     old one back (or says where it is).
 *  2. A folder is replaced only if it is missing, empty or marked as ours
 *     (it holds a marker file): an output path never deletes a home.
 *  3. Trees are removed without following links (nftw FTW_PHYS).
 *  4. Killed runs' temporary siblings (outfile_stale) are swept by the next.
 */
#define _GNU_SOURCE		/* renameat2, nftw */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/base.h"

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb, (void)flag, (void)ftw;
	return remove(path);
}

void outdir_remove(const char *path)
{
	if (nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS) != 0 && errno != ENOENT)
		warning("cannot remove '%s': %s", path, strerror(errno));
}

/* Invariant 2: an empty folder is not removed here: the finished one is
 * renamed over it, so a failed run leaves it as it was. */
int outdir_replaceable(const char *dir, const char *marker_name)
{
	struct buf marker = BUF_INIT;
	struct dirent *e;
	struct stat sb;
	DIR *d;
	int ok;

	if (stat(dir, &sb) != 0)
		return errno == ENOENT;
	if (!S_ISDIR(sb.st_mode))
		return 0;
	buf_addf(&marker, "%s/%s", dir, marker_name);
	ok = access(marker.s, F_OK) == 0;
	buf_release(&marker);
	if (ok || !(d = opendir(dir)))
		return ok;
	ok = 1;
	while (ok && (e = readdir(d)))
		ok = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	return ok;
}

void outdir_sweep(const char *dir)
{
	const char *base = path_base(dir);
	struct buf parent = BUF_INIT, path = BUF_INIT;
	struct dirent *e;
	DIR *d;

	if (base == dir)
		buf_adds(&parent, ".");
	else
		buf_add(&parent, dir, (size_t)(base - dir));
	if ((d = opendir(parent.s))) {
		while ((e = readdir(d))) {
			if (!outfile_stale(e->d_name, base))
				continue;
			buf_reset(&path);
			buf_addf(&path, "%s/%s", parent.s, e->d_name);
			outdir_remove(path.s);
		}
		closedir(d);
	}
	buf_release(&parent);
	buf_release(&path);
}

/* Invariant 1. */
int outdir_swap(const char *tmp, const char *dir)
{
	char *old;
	int rc = 0;

	if (rename(tmp, dir) == 0)	/* no previous bundle (or an empty folder) */
		return 0;
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE) == 0) {
		outdir_remove(tmp);	/* now holds the previous bundle */
		return 0;
	}
	/* An empty folder of the temporary kind, for the previous bundle. */
	if (!(old = outfile_temp_dir(dir)))
		return -1;
	if (rename(dir, old) != 0) {
		rc = error("cannot move the report into '%s': %s", dir, strerror(errno));
		rmdir(old);
	} else if (rename(tmp, dir) != 0) {
		rc = error("cannot move the report into '%s': %s", dir, strerror(errno));
		if (rename(old, dir) != 0)	/* the previous bundle back in its place */
			warning("the previous report is in '%s'", old);
	} else {
		outdir_remove(old);
	}
	free(old);
	return rc;
}
