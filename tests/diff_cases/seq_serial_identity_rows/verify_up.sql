DO $$
BEGIN
	-- Each insert after the up continues after the rows: no collision.
	INSERT INTO t1 (v) VALUES ('up');
	INSERT INTO t2 (v) VALUES ('up');
	INSERT INTO t3 (v) VALUES ('up');
	INSERT INTO t4 (v) VALUES ('up');
	ASSERT (SELECT id FROM t1 WHERE v = 'up') > 2, 't1 restarted';
	ASSERT (SELECT id FROM t2 WHERE v = 'up') > 2, 't2 restarted';
	ASSERT (SELECT id FROM t3 WHERE v = 'up') > 2, 't3 restarted';
	ASSERT (SELECT id FROM t4 WHERE v = 'up') > 2, 't4 restarted';
END
$$;
