INSERT INTO webhook (url) VALUES ('a'), ('b'), ('c');
INSERT INTO hook_log (status) VALUES (200), (500);
