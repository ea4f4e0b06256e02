INSERT INTO accounts VALUES (1, 'x@y.z'), (2, NULL);
