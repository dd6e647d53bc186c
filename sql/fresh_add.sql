-- fresh_add.sql - a vintage the running import created.
INSERT OR IGNORE INTO temp.fresh (vintage) VALUES (:vintage);
