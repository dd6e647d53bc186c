/*
 * gnuplot.c - running gnuplot: plot_spec in (plot.c writes the script), a
 * chart file out, put in place only when complete.
 *
 * Input: plot specs; each is turned into a script by plot.c and sent down one
 * gnuplot's stdin. Output: each chart at its path, or nothing changed.
 *
 * Invariants:
 *  1. gnuplot runs as a child process, never through a shell.
 *  2. An output path is either a complete chart from a successful gnuplot run
 *     or left as it was before. For a batch (plot_run_many, plot_batch_*)
 *     that holds for every chart of it: one failure anywhere and no output
 *     path is touched. gnuplot does not report a failed write, so "complete"
 *     is checked on the file itself (SVG closed, PNG's IEND chunk, PDF's
 *     %%EOF) before it is fsync'd and renamed into place (base: outfile).
 *  3. A chart to a FIFO or a device is written directly; a symbolic link's
 *     file is replaced, not the link.
 *  4. No chart is written over the database or its -wal and -shm.
 */
#include "report/report.h"

#include "base/base.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Writes all of p[0..n) to fd; returns 0, or -1 with errno set. */
static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * A batch: one gnuplot process drawing any number of charts. Each chart's
 * script goes down the same stdin as it is made (so memory holds one script,
 * not all of them), sets its own terminal and output (a temporary file next
 * to the chart), ends with `unset output` (the file is complete and closed)
 * and `reset` (the next chart starts from gnuplot's defaults; its own script
 * sets everything it uses). Starting gnuplot costs more than drawing a small
 * chart (bench/: 100 charts, one process instead of 100).
 */
struct plot_batch {
	pid_t pid;		/* gnuplot */
	int fd;			/* its stdin; -1 once closed */
	struct sigaction old_pipe;	/* SIGPIPE as it was before the batch */
	char **tmp, **out;	/* owned: each chart's temporary file and final path */
	size_t n, alloc;
	int failed;		/* a script could not be made or sent */
};

/*
 * Starts gnuplot with a pipe on its stdin. Its stdout goes to /dev/null
 * (gnuplot prints the chart there when it cannot open the output file); its
 * stderr is ours, so its own messages reach the user.
 */
static int spawn_gnuplot(pid_t *pid, int *fd)
{
	char *argv[] = { "gnuplot", NULL };
	posix_spawn_file_actions_t fa;
	int fds[2], rc;

	if (pipe(fds) < 0)
		return error("cannot make a pipe for gnuplot: %s", strerror(errno));
	/* Close-on-exec, so the child keeps only the dup2()ed stdin. */
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	rc = posix_spawnp(pid, "gnuplot", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[0]);
	if (rc) {
		close(fds[1]);
		if (rc == ENOENT)
			return error("gnuplot not found: install gnuplot-nox");
		return error("cannot run gnuplot: %s", strerror(rc));
	}
	*fd = fds[1];
	return 0;
}

static int wait_gnuplot(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return error("cannot wait for gnuplot: %s", strerror(errno));
	if (WIFSIGNALED(status))
		return error("gnuplot was killed by signal %d", WTERMSIG(status));
	if (WIFEXITED(status) && WEXITSTATUS(status))
		return error("gnuplot failed with exit status %d", WEXITSTATUS(status));
	return 0;
}

int plot_batch_start(struct plot_batch **out)
{
	struct plot_batch *b = xcalloc(1, sizeof(*b));
	struct sigaction ign = { .sa_handler = SIG_IGN };

	*out = NULL;
	if (spawn_gnuplot(&b->pid, &b->fd) < 0) {
		free(b);
		return -1;
	}
	/* If gnuplot dies early, a write gets EPIPE instead of killing us. */
	sigaction(SIGPIPE, &ign, &b->old_pipe);
	*out = b;
	return 0;
}

int plot_batch_add(struct plot_batch *b, const struct plot_spec *spec)
{
	char *script = NULL, *tmp, *target;
	size_t len = 0;
	struct stat st;
	FILE *mem;
	int rc;

	if (b->failed)
		return -1;
	if (!plot_terminal(spec->out_path)) {
		b->failed = 1;
		return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
			     spec->out_path ? spec->out_path : "");
	}
	if (outfile_check(spec->out_path) < 0) {
		b->failed = 1;
		return -1;
	}
	if (stat(spec->out_path, &st) == 0 && S_ISDIR(st.st_mode)) {
		b->failed = 1;
		return error("cannot write '%s': it is a directory", spec->out_path);
	}
	target = outfile_target(spec->out_path);	/* a link: the file it names */
	if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
		tmp = NULL;	/* a FIFO or a device: gnuplot writes to it directly */
	} else {
		outfile_sweep(target);
		if (!(tmp = outfile_temp(target))) {
			free(target);
			b->failed = 1;
			return -1;
		}
	}
	XGROW(b->tmp, b->alloc, b->n + 1);
	b->out = xrealloc(b->out, b->alloc * sizeof(*b->out));
	b->tmp[b->n] = tmp;
	b->out[b->n] = target;
	b->n++;
	mem = open_memstream(&script, &len);
	if (!mem)
		die("out of memory");
	rc = plot_write_script_to(mem, spec, tmp ? tmp : spec->out_path);
	plot_write_chart_end(mem);
	if (fclose(mem) != 0)
		die("out of memory");
	if (!rc && write_all(b->fd, script, len) < 0)
		rc = error("cannot send the script to gnuplot: %s", strerror(errno));
	free(script);
	if (rc)
		b->failed = 1;
	return rc;
}

/*
 * Invariant 2: 1 if the chart file at path, of the format of out, ends as a
 * complete one does: an SVG with </svg>, a PNG with its IEND chunk, a PDF with
 * %%EOF in its last kilobyte. gnuplot exits 0 after a failed write (a full
 * disk), leaving a truncated file behind; this is how that is caught.
 */
static int chart_complete(const char *path, const char *out)
{
	static const unsigned char iend[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D',
						0xAE, 0x42, 0x60, 0x82 };
	const char *term = plot_terminal(out);
	unsigned char tail[1024];
	size_t n = 0;
	int ok = 0;
	FILE *f = fopen(path, "rb");

	if (!f)
		return 0;
	if (fseek(f, -(long)sizeof(tail), SEEK_END) != 0)
		rewind(f);
	n = fread(tail, 1, sizeof(tail), f);
	fclose(f);
	if (!term || !n) {
		ok = 0;
	} else if (!strcmp(term, "svg")) {
		while (n && (tail[n - 1] == '\n' || tail[n - 1] == '\r' || tail[n - 1] == ' '))
			n--;
		ok = n >= 6 && memcmp(tail + n - 6, "</svg>", 6) == 0;
	} else if (!strcmp(term, "pngcairo")) {
		ok = n >= sizeof(iend) && memcmp(tail + n - sizeof(iend), iend, sizeof(iend)) == 0;
	} else {
		for (size_t i = 0; !ok && i + 5 <= n; i++)
			ok = memcmp(tail + i, "%%EOF", 5) == 0;
	}
	return ok;
}

int plot_batch_finish(struct plot_batch *b)
{
	size_t done = 0;
	int rc = b->failed ? -1 : 0;

	close(b->fd);
	if (wait_gnuplot(b->pid) < 0)
		rc = -1;
	sigaction(SIGPIPE, &b->old_pipe, NULL);
	/* gnuplot writes into each file as it goes: only a finished run counts,
	   and then only complete files (invariant 2). */
	for (size_t i = 0; !rc && i < b->n; i++)
		if (b->tmp[i] && !chart_complete(b->tmp[i], b->out[i]))
			rc = error("gnuplot could not write '%s' completely (is the disk full?): "
				   "the previous file is kept", b->out[i]);
	for (; !rc && done < b->n; done++)
		if (b->tmp[done] && outfile_install(b->tmp[done], b->out[done]) < 0)
			rc = -1;
	for (size_t i = 0; i < b->n; i++) {
		if (i >= done && b->tmp[i])
			unlink(b->tmp[i]);
		free(b->tmp[i]);
		free(b->out[i]);
	}
	free(b->tmp);
	free(b->out);
	free(b);
	return rc;
}

int plot_run_many(const struct plot_spec *specs, size_t n)
{
	struct plot_batch *b;

	for (size_t i = 0; i < n; i++)
		if (!plot_terminal(specs[i].out_path))
			return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
				     specs[i].out_path ? specs[i].out_path : "");
	if (plot_batch_start(&b) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (plot_batch_add(b, &specs[i]) < 0)
			break;
	return plot_batch_finish(b);
}

int plot_run(const struct plot_spec *spec)
{
	return plot_run_many(spec, 1);
}
