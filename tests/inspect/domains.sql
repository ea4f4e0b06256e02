-- Domains as people write them by hand (tests/domains_cli.sh): unnamed
-- checks (a second one numbered), a varchar IN list, a NOT VALID check, a
-- collation, a default, NOT NULL, a comment, a domain on a domain and on an
-- enum, names that need quotes, columns and arrays of them.
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN d_name AS text CHECK (VALUE <> '') CHECK (length(VALUE) < 64);
CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CONSTRAINT pos CHECK (VALUE > 0);
CREATE DOMAIN "Small" AS posint CHECK (VALUE < 1000);
CREATE DOMAIN kind AS varchar(10) COLLATE "C" CHECK (VALUE IN ('a', 'b'));
CREATE DOMAIN feeling AS mood DEFAULT 'ok';
CREATE DOMAIN later AS numeric(6,2);
ALTER DOMAIN later ADD CONSTRAINT later_check CHECK (VALUE >= 0) NOT VALID;
COMMENT ON DOMAIN posint IS 'a positive integer';
CREATE TABLE things (
    id bigint PRIMARY KEY,
    name d_name NOT NULL,
    n "Small",
    k kind,
    ks kind[],
    how feeling,
    price later
);
