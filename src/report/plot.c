/*
 * plot.c - gnuplot charts: a plot_spec in, a gnuplot script and a chart file out.
 *
 * Input: official series (lines) and article claims (marks) with ISO periods.
 * Output: a complete gnuplot script (plot_write_script), or the chart itself,
 * made by gnuplot as a child process reading that script (plot_run).
 *
 * Invariants:
 *  1. Text from outside (titles, labels, notes, paths) reaches the script only
 *     as a single-quoted gnuplot string: '' for a quote, control bytes as
 *     spaces, invalid UTF-8 as U+FFFD, and `noenhanced` on every label, so no
 *     backquote, macro or enhanced-text markup in it is ever interpreted.
 *  2. Datablock lines hold only dates and numbers we format ourselves, so no
 *     line of data can read "EOD" and end a datablock early.
 *  3. A period is plotted at the first day it covers (see period_date()).
 *  4. plot_run() never runs a shell, and the output path is either a complete
 *     chart from a successful gnuplot run or left as it was before. For a
 *     batch (plot_run_many, plot_batch_*) that holds for every chart of it:
 *     one failure anywhere and no output path is touched.
 */
#include "report/report.h"

#include "base/base.h"
#include "embed.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const struct {
	const char *ext;	/* with the dot, compared case-insensitively */
	const char *terminal;
	const char *size;	/* in the terminal's own unit */
} terminals[] = {
	{ ".svg", "svg", "960,540" },		/* pixels */
	{ ".png", "pngcairo", "1280,720" },	/* pixels */
	{ ".pdf", "pdfcairo", "8in,4.5in" },
};

static int terminal_index(const char *out_path)
{
	const char *base, *dot;

	if (!out_path)
		return -1;
	base = strrchr(out_path, '/');
	dot = strrchr(base ? base : out_path, '.');
	if (!dot)
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(terminals); i++)
		if (!strcasecmp(dot, terminals[i].ext))
			return (int)i;
	return -1;
}

const char *plot_terminal(const char *out_path)
{
	int i = terminal_index(out_path);

	return i < 0 ? NULL : terminals[i].terminal;
}

/*
 * Writes s as a single-quoted gnuplot string. Inside single quotes gnuplot
 * expands nothing (no `command`, no @macro, no backslash escapes), so the
 * only byte to escape is the quote itself. A newline would end the command,
 * so control bytes become spaces.
 */
static void put_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = strlen((const char *)p), len;

	fputc('\'', out);
	for (size_t i = 0; i < n; i += len) {
		len = utf8_decode(p + i, n - i, NULL);
		if (!len) {
			fputs("\xEF\xBF\xBD", out);
			len = 1;
		} else if (p[i] == '\'') {
			fputs("''", out);
		} else if (p[i] < 0x20 || p[i] == 0x7F) {
			fputc(' ', out);
		} else {
			fwrite(p + i, 1, len, out);
		}
	}
	fputc('\'', out);
}

/*
 * The script for spec, with gnuplot writing to output (spec->out_path, or
 * the temporary file a batch renames into place; both share one extension).
 * Written by report/chart.c.
 */
static int write_script(FILE *out, const struct plot_spec *spec, const char *output)
{
	return chart_script(out, spec, output);
}

int plot_write_script(FILE *out, const struct plot_spec *spec)
{
	return write_script(out, spec, spec->out_path);
}

/*
 * Reserves a fresh file next to out_path with the same extension, so that
 * gnuplot picks the same terminal and the final rename() stays on one file
 * system. Returns the path (the caller frees it), or NULL after error().
 */
static char *temp_path(const char *out_path)
{
	static unsigned counter;
	const char *ext = strrchr(path_base(out_path), '.');
	struct buf b = BUF_INIT;

	for (int tries = 0; tries < 100; tries++) {
		int fd;

		buf_reset(&b);
		buf_addf(&b, "%.*s.tmp-%ld-%u%s", (int)(ext - out_path), out_path,
			 (long)getpid(), counter++, ext);
		fd = open(b.s, O_WRONLY | O_CREAT | O_EXCL, 0666);
		if (fd >= 0) {
			close(fd);
			return buf_detach(&b, NULL);
		}
		if (errno != EEXIST)
			break;
	}
	error("cannot create a file next to '%s': %s", out_path, strerror(errno));
	buf_release(&b);
	return NULL;
}

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
	char *script = NULL, *tmp;
	size_t len = 0;
	FILE *mem;
	int rc;

	if (b->failed)
		return -1;
	if (!plot_terminal(spec->out_path)) {
		b->failed = 1;
		return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
			     spec->out_path ? spec->out_path : "");
	}
	if (!(tmp = temp_path(spec->out_path))) {
		b->failed = 1;
		return -1;
	}
	XGROW(b->tmp, b->alloc, b->n + 1);
	b->out = xrealloc(b->out, b->alloc * sizeof(*b->out));
	b->tmp[b->n] = tmp;
	b->out[b->n] = xstrdup(spec->out_path);
	b->n++;
	mem = open_memstream(&script, &len);
	if (!mem)
		die("out of memory");
	rc = write_script(mem, spec, tmp);
	/* Close this chart's file and start the next from the defaults. */
	fputs("unset output\nreset\n", mem);
	if (fclose(mem) != 0)
		die("out of memory");
	if (!rc && write_all(b->fd, script, len) < 0)
		rc = error("cannot send the script to gnuplot: %s", strerror(errno));
	free(script);
	if (rc)
		b->failed = 1;
	return rc;
}

int plot_batch_finish(struct plot_batch *b)
{
	struct stat st;
	size_t done = 0;
	int rc = b->failed ? -1 : 0;

	close(b->fd);
	if (wait_gnuplot(b->pid) < 0)
		rc = -1;
	sigaction(SIGPIPE, &b->old_pipe, NULL);
	/* gnuplot writes into each file as it goes: only a finished run counts,
	   and then only files it wrote something into. */
	for (size_t i = 0; !rc && i < b->n; i++)
		if (stat(b->tmp[i], &st) < 0 || st.st_size == 0)
			rc = error("gnuplot wrote nothing to '%s'", b->out[i]);
	for (; !rc && done < b->n; done++)
		if (rename(b->tmp[done], b->out[done]) < 0)
			rc = error("cannot write '%s': %s", b->out[done], strerror(errno));
	for (size_t i = 0; i < b->n; i++) {
		if (i >= done)
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

void plot_put_string(FILE *out, const char *s)
{
	put_string(out, s);
}

const char *plot_terminal_size(const char *out_path)
{
	int i = terminal_index(out_path);

	return i < 0 ? NULL : terminals[i].size;
}
