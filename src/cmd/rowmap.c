/*
 * rowmap.c - query rows into an array of plain structs, by column name.
 *
 * Input: rows from store_select and a table saying which column fills which
 * field. Output: one contiguous array, its text in one arena. The check
 * stage's rules read these arrays and never see the database (DESIGN).
 *
 * Invariants:
 *  1. Two allocations grow, whatever the row count: the structs and the
 *     arena (plus one array of offsets); no allocation per string.
 *  2. Text fields point into the arena only after rowmap_done(), when the
 *     arena has stopped moving; before that they hold nothing.
 *  3. A column the table does not name is ignored; a field whose column the
 *     statement lacks is a BUG (row_col, the one way rows are read by name).
 *  4. Columns are found by name once per statement, not per row: the table
 *     is resolved again only when the row's names array (the statement's,
 *     from prepare) changes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

void rowmap_init(struct rowmap *m, const struct rowmap_col *cols, size_t ncols, size_t size)
{
	memset(m, 0, sizeof(*m));
	m->cols = cols;
	m->ncols = ncols;
	m->size = size;
	m->at = xcalloc(ncols + 1, sizeof(*m->at));
	for (size_t k = 0; k < ncols; k++)
		m->ntext += cols[k].type == 't';
	buf_addc(&m->arena, '\0');	/* offset 0: the empty string */
}

int rowmap_row(void *ctx, const struct row *r)
{
	struct rowmap *m = ctx;
	size_t alloc = m->alloc, t = 0;
	char *elem;

	if (m->n == m->alloc) {
		size_t a = m->alloc;

		xgrow((void **)&m->v, &a, m->n + 1, m->size);
		m->alloc = a;
	}
	if (m->alloc != alloc)
		m->offs = xrealloc(m->offs, m->alloc * (m->ntext ? m->ntext : 1) * sizeof(*m->offs));
	elem = m->v + m->n * m->size;
	memset(elem, 0, m->size);
	/* Invariant 4: names resolved when the statement changes. */
	if (r->names != m->at_names) {
		for (size_t k = 0; k < m->ncols; k++)
			m->at[k] = row_col(r, m->cols[k].name);
		m->at_names = r->names;
	}
	for (size_t k = 0; k < m->ncols; k++) {
		const struct rowmap_col *col = &m->cols[k];
		const struct cell *c = &r->cells[m->at[k]];

		if (col->type == 't') {
			size_t *off = &m->offs[m->n * m->ntext + t++];

			*off = 0;
			if (c->type == CELL_TEXT) {
				*off = m->arena.len;
				buf_add(&m->arena, c->s, c->n);
				buf_addc(&m->arena, '\0');
			}
		} else if (col->type == 'i') {
			int64_t v = cell_int(c);

			memcpy(elem + col->off, &v, sizeof(v));
		} else {
			double v = cell_real(c);

			memcpy(elem + col->off, &v, sizeof(v));
		}
	}
	m->n++;
	return 0;
}

void *rowmap_done(struct rowmap *m)
{
	for (size_t i = 0; i < m->n; i++) {
		size_t t = 0;

		for (size_t k = 0; k < m->ncols; k++) {
			const char *s;

			if (m->cols[k].type != 't')
				continue;
			s = m->arena.s + m->offs[i * m->ntext + t++];
			memcpy(m->v + i * m->size + m->cols[k].off, &s, sizeof(s));
		}
	}
	return m->v;
}

void *rowmap_done_fit(struct rowmap *m)
{
	if (m->n && m->alloc > m->n) {
		m->v = xrealloc(m->v, m->n * m->size);
		m->alloc = m->n;
	}
	if (m->arena.s && m->arena.cap > m->arena.len + 1) {	/* its NUL kept */
		m->arena.s = xrealloc(m->arena.s, m->arena.len + 1);
		m->arena.cap = m->arena.len + 1;
	}
	rowmap_done(m);
	free(m->offs);	/* no row will be added: rowmap_row would grow it again */
	m->offs = NULL;
	m->alloc = m->n;
	return m->v;
}

void rowmap_release(struct rowmap *m)
{
	free(m->v);
	free(m->offs);
	free(m->at);
	buf_release(&m->arena);
	memset(m, 0, sizeof(*m));
}
