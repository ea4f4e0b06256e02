INSERT INTO people VALUES (1, 'a@b', '{x@y}');
