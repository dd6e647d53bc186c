-- vintage_insert.sql - one release of one file. A file carrying a release
-- date per row (--vintage-column) makes one vintage per distinct date; the
-- later ones name the first in :import. :options is the import's identity
-- (with sha256): the options that shaped what was stored.
INSERT INTO vintage (source, released, path, sha256, complete, options, import)
VALUES (:source, :released, :path, :sha256, :complete, coalesce(:options, ''), :import);
