-- document_insert.sql - one article with its bytes (claims index into body).
INSERT INTO document (sha256, path, published, bytes, body)
VALUES (:sha256, :path, :published, :bytes, :body);
