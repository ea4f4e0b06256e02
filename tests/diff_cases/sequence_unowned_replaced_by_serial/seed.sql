INSERT INTO registry (name) VALUES ('a'), ('b');
INSERT INTO schedule_job (state) VALUES ('done');
