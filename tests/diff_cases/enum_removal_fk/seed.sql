INSERT INTO regions VALUES ('eu', 'Europe'), ('us', 'Americas');
INSERT INTO offices VALUES (1, 'eu'), (2, 'us'), (3, NULL);
