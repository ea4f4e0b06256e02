-- Expressions whose deparse, executed again, may read back differently
-- (tests/test_fixpoint.c).  Found by trying about 700 expressions of every
-- kind (CHECK, DEFAULT, generated column, index element, index predicate) on
-- PostgreSQL 15: casts of literals, ANY/ALL over arrays, bpchar, numeric
-- literals, operators on domains, ::regclass, collations, row comparisons,
-- BETWEEN, LIKE, IS DISTINCT FROM, CASE, COALESCE, array constructors,
-- function arguments.  Six forms are not fixpoints (docs/catalog.md);
-- the tables `nfp_*` hold them in every position, the tables `fp_*` hold a
-- sample of the forms that are, as controls.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE mood_row AS (i integer, t text);
CREATE DOMAIN dvc AS varchar(10);
CREATE DOMAIN dia AS integer[];
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
-- Based on a domain, with a default cast to it: a fixpoint, once its copy is made after posint's.
CREATE DOMAIN aposint AS posint DEFAULT '1'::posint;

-- An array constructor under an implicit array cast: `(ARRAY[...])::text[]`.
CREATE TABLE nfp_array (
    kind varchar(10) CHECK (kind IN ('a', 'b')),
    other varchar NOT NULL CHECK (other NOT IN ('x', 'y', NULL)),
    n numeric CHECK (n = ANY (ARRAY[1, 2])),
    f float8 CHECK (f IN (1.5, 2)),
    t text CHECK (t = ANY (ARRAY[kind, other, 'z'])),
    d dvc CHECK (d IN ('a', 'b')),
    c varchar COLLATE "C" CHECK (c COLLATE "C" IN ('a', 'b')),
    g boolean GENERATED ALWAYS AS (kind IN ('a', 'b')) STORED,
    v tsvector GENERATED ALWAYS AS (array_to_tsvector(ARRAY[kind, t])) STORED,
    CONSTRAINT nfp_array_coalesce CHECK (COALESCE(kind, other) IN ('a', 'b') OR NOT (kind IN ('c')))
);
CREATE INDEX nfp_array_elem ON nfp_array ((kind IN ('a', 'b')), (array_to_tsvector(ARRAY[kind])), other)
    WHERE other NOT IN ('z');
CREATE INDEX nfp_array_where ON nfp_array (n) WHERE kind IN ('a', 'b') AND f = ANY (ARRAY[1, 2]);

-- A unary minus on a number: `(- 1)`.
CREATE TABLE nfp_minus (
    i integer DEFAULT -1::int CHECK (i > -1::int),
    n numeric DEFAULT -1.5::numeric,
    g integer GENERATED ALWAYS AS (i + -1::int) STORED
);
CREATE INDEX nfp_minus_elem ON nfp_minus ((-1::int + i)) WHERE i <> -2::int;

-- An EXTRACT field given as a string with an upper-case letter: `EXTRACT(YEAR FROM d)`.
CREATE TABLE nfp_extract (
    d timestamp CHECK (extract('Month' FROM d) > 0 AND EXTRACT('YEAR' FROM d) > 2000),
    y numeric DEFAULT extract('YEAR' FROM now()),
    g numeric GENERATED ALWAYS AS (extract('DOW' FROM d) + 1) STORED
);
CREATE INDEX nfp_extract_elem ON nfp_extract ((extract('EPOCH' FROM d)), (extract(year FROM d)))
    WHERE extract('Hour' FROM d) < 12;

-- An AND (OR) whose first operand is one too: a BETWEEN, a row comparison, `IN` with a column among
-- the values, an `IN` list on an array column, each expanded after parsing (`((a AND b) AND c)`).
CREATE DOMAIN dnest AS integer CHECK (VALUE BETWEEN 1 AND 9 AND VALUE <> 5);
CREATE TABLE nfp_nested (
    c integer CHECK (c BETWEEN 1 AND 20 AND c <> 7),
    d integer CHECK (d NOT BETWEEN 1 AND 2 OR d IS NULL),
    e dnest,
    arr integer[] CHECK (arr IN ('{1,2}', ARRAY[1], NULL)),
    b boolean DEFAULT (1 BETWEEN 0 AND 2 AND true),
    g boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 5 AND 1 OR d > 5) STORED,
    CONSTRAINT nfp_nested_row CHECK ((c, d) = (1, 2) AND c > 0 AND d > 0),
    CONSTRAINT nfp_nested_in CHECK (c IN (d, 1, 2) OR c IS NULL)
);
-- Index predicates and elements: read in the pretty deparse, which prints the nested and the flat AND
-- alike (c >= 1 AND c <= 2 AND d > 0); only their plain deparse tells them apart.
CREATE INDEX nfp_nested_where ON nfp_nested (c) WHERE c BETWEEN 1 AND 2 AND d > 0;
CREATE INDEX nfp_nested_or ON nfp_nested (d) WHERE d NOT BETWEEN 1 AND 2 OR c IS NULL;
CREATE UNIQUE INDEX nfp_nested_unique ON nfp_nested (d) WHERE c IN (d, 1) AND c BETWEEN 1 AND 2 AND d > 0;
CREATE INDEX nfp_nested_elem ON nfp_nested ((c BETWEEN 1 AND 2 AND d > 0) DESC NULLS LAST, ((c, d) = (1, 2) OR d > 0),
    ((c, d) < (1, 2) AND c > 0)) WHERE (c, d) = (1, 2) AND e > 0;

-- An explicit array cast of a constructor whose type was set before (a cast of a cast, a domain over an
-- array): `(ARRAY[(1)::bigint])::integer[]`, parsed again, casts each element.
CREATE DOMAIN dtyped AS integer[] DEFAULT ARRAY[1]::bigint[]::int[] CHECK (VALUE <> ARRAY[2]::bigint[]::int[]);
CREATE TABLE nfp_typed (
    a integer[] DEFAULT ARRAY[1]::bigint[]::int[] CHECK (a <> ARRAY[[1, 2], [3, 4]]::bigint[]::int[]),
    b integer[] CHECK (b <> ARRAY[1, 2]::numeric[]::int[] AND b <> ARRAY['1']::text[]::int[]),
    c integer CHECK (ARRAY[c]::bigint[]::int[] <> '{}' AND c BETWEEN 1 AND 2 AND c > 0),
    t varchar(5),
    e dia DEFAULT ARRAY[1]::bigint[]::dia CHECK (e <> ARRAY[ARRAY[1]::bigint[]]::int[]),
    f dtyped,
    g integer[] GENERATED ALWAYS AS (ARRAY[t]::text[]::varchar(3)[]::text[]::int[]) STORED,
    h integer[] GENERATED ALWAYS AS (ARRAY[NULL]::bigint[]::int[] || a) STORED
);
CREATE INDEX nfp_typed_elem ON nfp_typed ((ARRAY[c]::bigint[]::int[]), (b = ARRAY[1]::int[]::bigint[]::int[]) DESC)
    WHERE a <> ARRAY[1]::bigint[]::int[] AND c BETWEEN 1 AND 2 AND c > 0;

-- Controls: texts that are fixpoints already.
CREATE TABLE fp_controls (
    id serial PRIMARY KEY,
    b char(3) CHECK (b IN ('a', 'bb') AND b LIKE 'a%'),
    kind varchar(10) CHECK (kind = ANY (ARRAY['a', 'b']) AND kind BETWEEN 'a' AND 'z' AND kind IS DISTINCT FROM 'q'),
    m mood DEFAULT 'ok' CHECK (m IN ('sad', 'ok')),
    p posint DEFAULT 1 CHECK (p > 5 AND p BETWEEN 1 AND 10),
    i integer DEFAULT -1 CHECK (i > -1 AND (i, p) > (1, 1)),
    n numeric(10, 2) DEFAULT 1.50 CHECK (n > -1.5 AND n <= 1e10),
    bi bigint DEFAULT -1::bigint,
    tags varchar(10)[] DEFAULT ARRAY['a', 'b'],
    ts timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    iv interval DEFAULT '1 day' CHECK (iv > INTERVAL '1' HOUR),
    c text DEFAULT ('a' COLLATE "C"),
    t text CHECK (t COLLATE "C" > 'a' AND t ~ '^a' AND t = ANY ('{a,b}'::varchar[])),
    r regclass DEFAULT 'fp_controls'::regclass,
    u text GENERATED ALWAYS AS (CASE WHEN b IS NOT NULL THEN upper(kind) ELSE t END) STORED,
    -- Array casts that are fixpoints: of a literal, of a constructor whose elements take the cast, to a domain.
    ai integer[] DEFAULT '{1}'::bigint[]::int[] CHECK (ai <> ARRAY[bi]::int[] AND ai <> ARRAY[1]::dia AND ai <> ARRAY[]::bigint[]::int[]),
    ri integer CHECK (ROW(ri, t)::mood_row IS NOT NULL)
);
CREATE INDEX fp_controls_expr ON fp_controls (lower(kind), (t COLLATE "C") text_pattern_ops DESC, (i * -1))
    WHERE kind = ANY (ARRAY['a', 'b']) AND i > -1;
