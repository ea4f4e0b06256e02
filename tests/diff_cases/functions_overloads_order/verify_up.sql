DO $$ BEGIN
  ASSERT obj_description('score(integer)'::regprocedure, 'pg_proc') = 'counts mid', 'score(integer) keeps its comment';
  ASSERT obj_description('score(text)'::regprocedure, 'pg_proc') = 'counts base', 'score(text) keeps its comment';
  ASSERT obj_description('grade(integer)'::regprocedure, 'pg_proc') = 'by pick', 'grade(integer) keeps its comment';
  ASSERT obj_description('grade(text)'::regprocedure, 'pg_proc') = 'by length', 'grade(text) keeps its comment';
  ASSERT (SELECT r FROM aa_uses_score) = 2, 'score(1) counts the one row of mid';
  ASSERT (SELECT s FROM mid) = 3, 'score(''x'') counts the two rows of base';
  ASSERT grade(7) = 11, 'grade(7) through pick';
END $$;
