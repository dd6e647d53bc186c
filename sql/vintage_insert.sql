-- vintage_insert.sql - one release of one file. A file carrying a release
-- date per row (--vintage-column) makes one vintage per distinct date.
INSERT INTO vintage (source, released, path, sha256, complete)
VALUES (:source, :released, :path, :sha256, :complete);
