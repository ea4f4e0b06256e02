DO $$
BEGIN
	INSERT INTO t1 (v) VALUES ('down');
	INSERT INTO t2 (v) VALUES ('down');
	INSERT INTO t4 (v) VALUES ('down');
	ASSERT (SELECT id FROM t1 WHERE v = 'down') > (SELECT id FROM t1 WHERE v = 'up'), 't1 restarted after the down';
	ASSERT (SELECT id FROM t2 WHERE v = 'down') > (SELECT id FROM t2 WHERE v = 'up'), 't2 restarted after the down';
	ASSERT (SELECT id FROM t4 WHERE v = 'down') > (SELECT id FROM t4 WHERE v = 'up'), 't4 restarted after the down';
END
$$;
