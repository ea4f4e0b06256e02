-- Views whose pg_get_viewdef() text, executed again, may read back differently
-- (tests/test_fixpoint.c).  Found by creating about 340 queries of every kind
-- (literals and casts, IN and ANY/ALL over arrays on varchar, numeric, float,
-- domain and enum columns, unary minus, EXTRACT and the SQL-syntax functions,
-- joins with USING and NATURAL after columns were renamed, set operations,
-- CTEs, window functions, grouping sets, sub-selects, row types, set-returning
-- functions, VALUES, LATERAL, XML) on PostgreSQL 15, each from its own text
-- and again from pg_get_viewdef's: only the three forms the expressions have
-- are not fixpoints (docs/catalog.md), plus the unary minus printed bare
-- (`SELECT - 1 AS x`) at the top of a target list.  The views `nfp_*` hold
-- them, `fp_*` are controls that are fixpoints already.
CREATE TYPE vmood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN vdvc AS varchar(10);
CREATE TABLE vt (
    id integer PRIMARY KEY,
    kind varchar(10),
    body text,
    n numeric,
    f float8,
    d date,
    m vmood,
    dv vdvc,
    tags varchar(5)[]
);
CREATE TABLE vu (id integer, vt_id integer, amount numeric, label varchar);
CREATE FUNCTION vtwice(integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN $1 * 2;

-- An array constructor under an implicit array cast: `ARRAY[...]::text[]`.
CREATE VIEW nfp_in AS SELECT id, kind IN ('a', 'b') AS ab FROM vt WHERE kind NOT IN ('x', 'y', NULL);
CREATE VIEW nfp_any AS
    SELECT id FROM vt WHERE n = ANY (ARRAY[1, 2]) AND f IN (1.5, 2) AND dv IN ('a', 'b') AND body = ANY (ARRAY[kind]);
CREATE VIEW nfp_case AS
    SELECT id, CASE WHEN kind IN ('a', 'b') THEN array_to_tsvector(ARRAY[kind, body]) END AS v FROM vt;
CREATE VIEW nfp_join AS
    SELECT vu.id, vu.label IN ('p', 'q') AS pq FROM vu JOIN vt ON vt.id = vu.vt_id AND vt.kind IN ('a', 'b');
CREATE VIEW nfp_sub AS SELECT id FROM vt WHERE (SELECT label FROM vu LIMIT 1) IN ('a', 'b');
-- A unary minus on a number: `(- 1)`, and bare at the top of a target list.
CREATE VIEW nfp_minus AS SELECT -1::int AS x, id * -1::int AS y, abs(-(2)::int) AS z FROM vt WHERE id > -3::int;
CREATE VIEW nfp_minus_bare AS SELECT - 1.5::numeric AS x;
-- An EXTRACT field given as a string with an upper-case letter: `EXTRACT(YEAR FROM d)`.
CREATE VIEW nfp_extract AS
    SELECT 'ytd' AS id, now()::date AS date_to, (extract('year' FROM now())::text || '-01-01')::date AS date_from
    UNION
    SELECT 'last_year', ((extract('YEAR' FROM now()) - 1)::text || '-12-31')::date,
           ((extract('YEAR' FROM now()) - 1)::text || '-01-01')::date;
CREATE VIEW nfp_extract_col AS SELECT extract('Month' FROM d) AS mo, extract('DOW' FROM d) AS dow FROM vt;
-- All three in a materialized view, over a view.
CREATE MATERIALIZED VIEW nfp_mat AS
    SELECT id, ab, extract('YEAR' FROM now()) AS y, -1::int AS k FROM nfp_in WHERE id IN (1, 2) AND ab;
CREATE UNIQUE INDEX nfp_mat_id ON nfp_mat (id);

-- An AND inside an AND (a BETWEEN beside another condition): the pretty text prints it flat, and parsed
-- again it is one AND; only the plain deparse (pg_dump's) tells them apart.
CREATE VIEW nfp_plain AS
    SELECT vt.id, vt.kind, coalesce(vt.body, 'none') AS body, vt.kind::text = ANY (ARRAY['a', 'b']) AS ab,
           vt.m IN ('sad', 'ok') AS sad, -1 AS minus, extract(year FROM vt.d) AS y, vtwice(vt.id) AS twice
    FROM vt WHERE vt.id BETWEEN 1 AND 10 AND vt.kind LIKE 'a%' AND vt.tags && ARRAY['a']::varchar[];
CREATE VIEW nfp_plain_or AS SELECT id FROM vt WHERE n > 0 OR (id NOT BETWEEN 1 AND 10 OR kind IS NULL);
-- An explicit array cast of a constructor whose type was set before: `ARRAY[1::bigint]::integer[]`.
CREATE VIEW nfp_typed AS
    SELECT ARRAY[1]::bigint[]::int[] AS a, ARRAY[id]::bigint[]::int[] AS b, ARRAY(SELECT vt_id FROM vu)::bigint[] AS s
    FROM vt;

-- Controls: texts that are fixpoints already.
CREATE VIEW fp_agg AS
    SELECT vt_id, sum(amount) FILTER (WHERE amount > 0) AS s, string_agg(label, ',' ORDER BY label) AS labels,
           row_number() OVER (ORDER BY vt_id) AS r
    FROM vu GROUP BY vt_id HAVING count(*) > 1;
CREATE VIEW fp_join AS
    WITH w AS (SELECT id, kind FROM vt) SELECT * FROM w JOIN vu USING (id) WHERE EXISTS (SELECT 1 FROM nfp_plain);
CREATE VIEW fp_set AS SELECT id FROM vt UNION ALL SELECT vt_id FROM vu EXCEPT SELECT 0;
