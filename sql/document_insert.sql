-- document_insert.sql - one article with its bytes (claims index into body),
-- and its outlet and title when a manifest names them (NULL otherwise).
INSERT INTO document (sha256, path, published, bytes, body, outlet, title)
VALUES (:sha256, :path, :published, :bytes, :body, :outlet, :title);
