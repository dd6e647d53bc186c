/*
 * outfile.c - output files that are either the previous good file or the
 * complete new one, never half of either.
 *
 * Input: a target path ("-" is stdout). Output: a FILE to write, then, on
 * outfile_commit(), the bytes in place under that name.
 *
 * Invariants:
 *  1. A regular file (or a name not yet taken) is written to a temporary
 *     file beside it (same directory, so rename() stays on one file system),
 *     fsync'd, then renamed over it. Any failure removes the temporary file
 *     and leaves the target as it was.
 *  2. A pipe, FIFO, terminal or device (not S_ISREG) is written directly:
 *     it cannot be replaced, and renaming over /dev/stdout would be wrong.
 *  3. The protected files (the database, its -wal and -shm) are never an
 *     output: recognised by device and inode when they exist, and by
 *     (directory device and inode, name) when not, never by path text.
 *  4. Temporary names are STEM.tmp-PID-N.EXT: a killed run's leftovers are
 *     recognisable, and outfile_sweep() removes those whose PID is gone.
 */
#define _XOPEN_SOURCE 700	/* realpath */
#include "base/base.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A protected file: by inode when it existed, and by directory + name. */
struct guard {
	dev_t dev, dir_dev;
	ino_t ino, dir_ino;
	int has_ino, has_dir;
	char name[256];
};

static struct guard guards[8];
static size_t nguards;

/* dirname and basename of path into dir (caller frees) and *base (borrowed). */
static char *split_dir(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');

	*base = slash ? slash + 1 : path;
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static void guard_add(const char *path)
{
	struct guard *g;
	struct stat sb;
	const char *base;
	char *dir;

	if (nguards == ARRAY_SIZE(guards))
		return;
	g = &guards[nguards];
	memset(g, 0, sizeof(*g));
	if (stat(path, &sb) == 0) {
		g->dev = sb.st_dev;
		g->ino = sb.st_ino;
		g->has_ino = 1;
	}
	dir = split_dir(path, &base);
	if (strlen(base) < sizeof(g->name) && stat(dir, &sb) == 0) {
		g->dir_dev = sb.st_dev;
		g->dir_ino = sb.st_ino;
		g->has_dir = 1;
		strcpy(g->name, base);
	}
	free(dir);
	if (g->has_ino || g->has_dir)
		nguards++;
}

void outfile_protect(const char *db_path)
{
	char real[PATH_MAX];
	const char *p = db_path;
	struct buf b = BUF_INIT;

	if (!db_path || !*db_path)
		return;
	/* SQLite puts -wal and -shm beside the file a symbolic link points to. */
	if (realpath(db_path, real))
		p = real;
	guard_add(db_path);
	guard_add(p);
	for (int i = 0; i < 2; i++) {
		buf_reset(&b);
		buf_addf(&b, "%s%s", p, i ? "-shm" : "-wal");
		guard_add(b.s);
	}
	buf_release(&b);
}

int outfile_check(const char *path)
{
	struct stat sb, db;
	const char *base;
	char *dir;
	int have_file = stat(path, &sb) == 0, have_dir;

	dir = split_dir(path, &base);
	have_dir = stat(dir, &db) == 0;
	free(dir);
	for (size_t i = 0; i < nguards; i++) {
		const struct guard *g = &guards[i];

		if ((have_file && g->has_ino && sb.st_dev == g->dev && sb.st_ino == g->ino) ||
		    (have_dir && g->has_dir && db.st_dev == g->dir_dev && db.st_ino == g->dir_ino &&
		     strcmp(base, g->name) == 0))
			return error("refusing to write '%s': it is the database or one of its "
				     "files (-wal, -shm)", path);
	}
	return 0;
}

static char *make_temp(const char *path, int dir)
{
	static unsigned counter;
	const char *base = path_base(path), *ext = strrchr(base, '.');
	struct buf b = BUF_INIT;

	if (!ext || ext == base)
		ext = base + strlen(base);
	for (int tries = 0; tries < 100; tries++) {
		int fd;

		buf_reset(&b);
		buf_addf(&b, "%.*s.tmp-%ld-%u%s", (int)(ext - path), path, (long)getpid(),
			 counter++, ext);
		if (dir) {
			if (mkdir(b.s, 0777) == 0)
				return buf_detach(&b, NULL);
			if (errno != EEXIST)
				break;
			continue;
		}
		fd = open(b.s, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0) {
			close(fd);
			return buf_detach(&b, NULL);
		}
		if (errno != EEXIST)
			break;
	}
	error("cannot create a %s next to '%s': %s", dir ? "folder" : "file", path, strerror(errno));
	buf_release(&b);
	return NULL;
}

char *outfile_temp(const char *path)
{
	return make_temp(path, 0);
}

char *outfile_temp_dir(const char *path)
{
	return make_temp(path, 1);
}

int stdout_pipe_closed(void)
{
	struct pollfd p = { .fd = STDOUT_FILENO, .events = POLLOUT };
	struct stat sb;

	/* Linux (and the BSDs) flag a pipe whose reader has gone with POLLERR. */
	return fstat(STDOUT_FILENO, &sb) == 0 && S_ISFIFO(sb.st_mode) &&
	       poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

/* fsync of a file by name, then of the directory that holds the name. */
static int sync_path(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int (*install_check)(void);

void outfile_before_install(int (*check)(void))
{
	install_check = check;
}

int outfile_install(const char *tmp, const char *path)
{
	const char *base;
	char *dir;
	struct stat sb;

	if (install_check && install_check() < 0)
		return -1;
	if (sync_path(tmp) < 0)
		return error("cannot write '%s': %s", path, strerror(errno));
	/* A new file keeps the permissions of the one it replaces. */
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		chmod(tmp, sb.st_mode & 07777);
	if (rename(tmp, path) < 0)
		return error("cannot write '%s': %s", path, strerror(errno));
	dir = split_dir(path, &base);
	sync_path(dir);	/* the rename itself; best effort (some file systems refuse) */
	free(dir);
	return 0;
}

char *outfile_target(const char *path)
{
	char real[PATH_MAX];
	struct stat sb;

	/* A link to a regular file: replace the file, not the link (-o
	   /dev/stdout redirected to a file must not rename over /dev/stdout). */
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode) && stat(path, &sb) == 0 &&
	    S_ISREG(sb.st_mode) && realpath(path, real))
		return xstrdup(real);
	return xstrdup(path);
}

int outfile_open(struct outfile *o, const char *path)
{
	struct stat sb;

	memset(o, 0, sizeof(*o));
	if (!path || strcmp(path, "-") == 0) {
		o->f = stdout;
		return 0;
	}
	if (outfile_check(path) < 0)
		return -1;
	o->path = outfile_target(path);
	path = o->path;
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		error("cannot write '%s': it is a directory", path);
		goto fail;
	}
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		/* Invariant 2: a pipe or a device, written as it is. */
		if (!(o->f = fopen(path, "wb")))
			goto fail_errno;
		return 0;
	}
	outfile_sweep(path);
	if (!(o->tmp = outfile_temp(path)))
		goto fail;
	if (!(o->f = fopen(o->tmp, "wb"))) {
		int e = errno;

		unlink(o->tmp);
		errno = e;
		goto fail_errno;
	}
	return 0;
fail_errno:
	error("cannot write '%s': %s", path, strerror(errno));
fail:
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof(*o));
	return -1;
}

int outfile_commit(struct outfile *o)
{
	int bad, e, rc = 0;

	if (!o->f)
		return -1;
	if (o->f == stdout) {
		o->f = NULL;
		if (fflush(stdout) == 0 && !ferror(stdout))
			return 0;
		if (stdout_pipe_closed())
			return 0;	/* `| head`: the reader has what it wanted */
		return error("cannot write standard output%s%s", errno ? ": " : "",
			     errno ? strerror(errno) : "");
	}
	/* e: why, when the failing write was this flush; 0 when an earlier one. */
	e = fflush(o->f) != 0 ? errno : 0;
	bad = e || ferror(o->f);
	if (fclose(o->f) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	o->f = NULL;
	if (bad) {
		rc = error("cannot write '%s': %s", o->path,
			   e ? strerror(e) : "a write failed (is the disk full?)");
		if (o->tmp)
			unlink(o->tmp);
	} else if (o->tmp && outfile_install(o->tmp, o->path) < 0) {
		unlink(o->tmp);
		rc = -1;
	}
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	return rc;
}

void outfile_abort(struct outfile *o)
{
	if (o->f && o->f != stdout)
		fclose(o->f);
	if (o->tmp)
		unlink(o->tmp);
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof(*o));
}

/* 1 if name is STEM.tmp-PID-N.EXT (stem and ext those of path's base) of a PID
 * that no longer runs. */
static int stale_temp(const char *name, const char *stem, size_t nstem, const char *ext)
{
	const char *p = name + nstem;
	char *end;
	long pid;

	if (strncmp(name, stem, nstem) != 0 || strncmp(p, ".tmp-", 5) != 0)
		return 0;
	pid = strtol(p + 5, &end, 10);
	if (end == p + 5 || *end != '-' || pid <= 0)
		return 0;
	p = end + 1;
	if (*p < '0' || *p > '9')
		return 0;
	strtoul(p, &end, 10);
	if (strcmp(end, ext) != 0)
		return 0;
	return pid != (long)getpid() && kill((pid_t)pid, 0) < 0 && errno == ESRCH;
}

void outfile_sweep(const char *path)
{
	const char *base, *ext;
	char *dir = split_dir(path, &base);
	struct buf b = BUF_INIT;
	struct dirent *e;
	DIR *d;

	ext = strrchr(base, '.');
	if (!ext || ext == base)
		ext = base + strlen(base);
	if ((d = opendir(dir))) {
		while ((e = readdir(d))) {
			if (!stale_temp(e->d_name, base, (size_t)(ext - base), ext))
				continue;
			buf_reset(&b);
			buf_addf(&b, "%s/%s", dir, e->d_name);
			unlink(b.s);	/* a directory (report's) is report's to remove */
		}
		closedir(d);
	}
	buf_release(&b);
	free(dir);
}

int outfile_stale(const char *name, const char *base)
{
	const char *ext = strrchr(base, '.');

	if (!ext || ext == base)
		ext = base + strlen(base);
	return stale_temp(name, base, (size_t)(ext - base), ext);
}
