INSERT INTO totp (secret) VALUES ('a'), ('b'), ('c');
INSERT INTO device (kid) VALUES ('k1'), ('k2');
