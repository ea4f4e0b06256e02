INSERT INTO t VALUES (1, 'ok', 'happy', '{ok,happy}'), (2, 'happy', NULL, NULL);
