-- Every expression form of issue 13's list on every column type, in every position (tests/test_fixpoint.c,
-- test_fixpoint__forms_rebuild): the forms PostgreSQL 15 accepts of a corpus of about 7,700 checks, 7,000
-- index elements and predicates, 3,600 generated columns, 4,000 defaults and 420 domains (the whole corpus
-- found the non-fixpoint forms of docs/catalog.md); here every check and default, each check's form as an
-- index element and predicate too (at the end, for the types that had none), and the generated columns and
-- domain checks of a sample of the types.  Tables x_TYPE, column c of
-- that type; checks x_TYPE_kN, index x_TYPE_wN (predicate) and x_TYPE_eN (element), columns dN (default)
-- and gN / gbN (generated), domains dm_TYPE (checks over VALUE).
CREATE EXTENSION citext; CREATE EXTENSION hstore; CREATE EXTENSION "uuid-ossp";
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN dvc AS varchar(10); CREATE DOMAIN dvc2 AS dvc; CREATE DOMAIN dint AS integer CHECK (VALUE > 0); CREATE DOMAIN dnum AS numeric(8,2);
CREATE SEQUENCE sq; CREATE SEQUENCE "Seq";
CREATE TABLE x_vc (
    c varchar(10),
    d0 varchar(10) DEFAULT 'a',
    d1 varchar(10) DEFAULT 'a'::varchar,
    d2 varchar(10) DEFAULT 'a'::text,
    d3 varchar(10) DEFAULT '',
    d4 varchar(10) DEFAULT 'it''s',
    d5 varchar(10) DEFAULT E'a\tb',
    d6 varchar(10) DEFAULT upper('a'),
    d7 varchar(10) DEFAULT 'a' || 'b',
    d8 varchar(10) DEFAULT CURRENT_USER,
    d9 varchar(10) DEFAULT SESSION_USER,
    d10 varchar(10) DEFAULT USER,
    d11 varchar(10) DEFAULT CURRENT_ROLE,
    d12 varchar(10) DEFAULT CURRENT_SCHEMA,
    d13 varchar(10) DEFAULT CURRENT_CATALOG,
    d14 varchar(10) DEFAULT 'x'::varchar(2),
    d15 varchar(10) DEFAULT (('a')),
    d16 varchar(10) DEFAULT 'a' COLLATE "C",
    d17 varchar(10) DEFAULT lower(CURRENT_USER),
    d18 varchar(10) DEFAULT to_char(now(), 'YYYY'),
    d19 varchar(10) DEFAULT 'a'::char(1),
    d20 varchar(10) DEFAULT NULL,
    d21 varchar(10) DEFAULT NULL::varchar,
    g0 text GENERATED ALWAYS AS (c || 'x') STORED,
    g1 text GENERATED ALWAYS AS (upper(c)) STORED,
    g2 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    g3 character varying GENERATED ALWAYS AS (CASE WHEN c IN ('a', 'b') THEN 'y' ELSE c END) STORED,
    g4 text GENERATED ALWAYS AS (c::text) STORED,
    g5 character varying GENERATED ALWAYS AS (lower(c)::varchar(5)) STORED,
    g6 character varying GENERATED ALWAYS AS (COALESCE(c, '')) STORED,
    g7 text GENERATED ALWAYS AS (substring(c FROM 1 FOR 2)) STORED,
    g8 text GENERATED ALWAYS AS (trim(BOTH 'x' FROM c)) STORED,
    g9 text GENERATED ALWAYS AS (left(c, -1)) STORED,
    g10 character varying GENERATED ALWAYS AS ((c)::varchar(3)) STORED,
    g11 character varying GENERATED ALWAYS AS (c COLLATE "C") STORED,
    g12 character varying[] GENERATED ALWAYS AS (ARRAY[c, 'a']) STORED,
    g13 integer GENERATED ALWAYS AS (length(c) * -1) STORED,
    g14 boolean GENERATED ALWAYS AS (c ~ '^a') STORED,
    g15 integer GENERATED ALWAYS AS (position('a' IN c)) STORED,
    g16 text GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 1)) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('a')) STORED,
    gb3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b'])) STORED,
    gb4 boolean GENERATED ALWAYS AS (c <> ALL (ARRAY['a', 'b'])) STORED,
    gb5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b', NULL])) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('a', 'b', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('a', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 'a' AND 'b') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 'a' AND 'b') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 'b' AND 'a') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 'a' AND 'b') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 'a') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 'a') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 'a') = 'a') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 'a') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 'a', 'b') = 'b') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 'a') <> 'b') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 'a' THEN true ELSE c = 'b' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('a', 'b')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('a', 'b')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('a', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 'a'::varchar(10)) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('b' AS varchar(10))) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 'a' OR c < 'b') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 'a')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 'a') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::varchar(10)[])) STORED,
    gb36 boolean GENERATED ALWAYS AS (c = ALL (ARRAY['a'])) STORED,
    gb37 boolean GENERATED ALWAYS AS (c > ANY (ARRAY['a', 'b'])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a']::varchar(10)[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('a'::varchar(10), 'b'::varchar(10))) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::varchar(10), 'b'::varchar(10)])) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c LIKE 'a%') STORED,
    gb48 boolean GENERATED ALWAYS AS (c NOT LIKE 'a%') STORED,
    gb49 boolean GENERATED ALWAYS AS (c ILIKE 'A%') STORED,
    gb50 boolean GENERATED ALWAYS AS (c NOT ILIKE 'a%') STORED,
    gb51 boolean GENERATED ALWAYS AS (c LIKE 'a!%' ESCAPE '!') STORED,
    gb52 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a%') STORED,
    gb53 boolean GENERATED ALWAYS AS (c NOT SIMILAR TO '(a|b)%') STORED,
    gb54 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a#%' ESCAPE '#') STORED,
    gb55 boolean GENERATED ALWAYS AS (c ~ '^a') STORED,
    gb56 boolean GENERATED ALWAYS AS (c ~* '^A') STORED,
    gb57 boolean GENERATED ALWAYS AS (c !~ 'x') STORED,
    gb58 boolean GENERATED ALWAYS AS (c !~* 'x') STORED,
    gb59 boolean GENERATED ALWAYS AS (c COLLATE "C" < 'b') STORED,
    gb60 boolean GENERATED ALWAYS AS ((c COLLATE "C") IN ('a', 'b')) STORED,
    gb61 boolean GENERATED ALWAYS AS (c COLLATE "C" IN ('a', 'b')) STORED,
    gb62 boolean GENERATED ALWAYS AS (lower(c) COLLATE "POSIX" <> 'x') STORED,
    gb63 boolean GENERATED ALWAYS AS (substring(c FROM 1 FOR 2) <> 'x') STORED,
    gb64 boolean GENERATED ALWAYS AS (substring(c FROM 2) <> 'x') STORED,
    gb65 boolean GENERATED ALWAYS AS (substring(c FOR 2) <> 'x') STORED,
    gb66 boolean GENERATED ALWAYS AS (substring(c FROM 'a.*') IS NULL) STORED,
    gb67 boolean GENERATED ALWAYS AS (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL) STORED,
    gb68 boolean GENERATED ALWAYS AS (position('a' IN c) > 0) STORED,
    gb69 boolean GENERATED ALWAYS AS (trim(BOTH 'x' FROM c) <> '') STORED,
    gb70 boolean GENERATED ALWAYS AS (trim(LEADING FROM c) <> '') STORED,
    gb71 boolean GENERATED ALWAYS AS (trim(TRAILING 'x' FROM c) <> '') STORED,
    gb72 boolean GENERATED ALWAYS AS (trim(c) <> '') STORED,
    gb73 boolean GENERATED ALWAYS AS (btrim(c) <> '') STORED,
    gb74 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 1 FOR 1) <> '') STORED,
    gb75 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 2) <> '') STORED,
    gb76 boolean GENERATED ALWAYS AS (c || 'x' <> 'y') STORED,
    gb77 boolean GENERATED ALWAYS AS ('x' || c || 'y' <> '') STORED,
    gb78 boolean GENERATED ALWAYS AS (upper(c) = c) STORED,
    gb79 boolean GENERATED ALWAYS AS (length(c) > 0) STORED,
    gb80 boolean GENERATED ALWAYS AS (char_length(c) < 5) STORED,
    gb81 boolean GENERATED ALWAYS AS (c::text ~ '^[a-z]+$') STORED,
    gb82 boolean GENERATED ALWAYS AS (left(c, 1) = 'a') STORED,
    gb83 boolean GENERATED ALWAYS AS (c > '') STORED,
    gb84 boolean GENERATED ALWAYS AS (c <> ''::text) STORED,
    gb85 boolean GENERATED ALWAYS AS (c <> '') STORED,
    gb86 boolean GENERATED ALWAYS AS (c = 'a'::text) STORED,
    gb87 boolean GENERATED ALWAYS AS (c::text = 'a') STORED,
    gb88 boolean GENERATED ALWAYS AS ((c)::text = 'a'::text) STORED,
    gb89 boolean GENERATED ALWAYS AS (c IN ('a'::text, 'b'::text)) STORED,
    gb90 boolean GENERATED ALWAYS AS (c IN ('a'::varchar, 'b'::varchar)) STORED,
    gb91 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::varchar, 'b'::varchar])) STORED,
    gb92 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b']::varchar[])) STORED,
    gb93 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::varchar[])) STORED,
    gb94 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::text[])) STORED,
    gb96 boolean GENERATED ALWAYS AS (c ^@ 'a') STORED,
    gb97 boolean GENERATED ALWAYS AS (starts_with(c, 'a')) STORED,
    gb98 boolean GENERATED ALWAYS AS (c IS NORMALIZED) STORED,
    gb99 boolean GENERATED ALWAYS AS (c IS NOT NFC NORMALIZED) STORED,
    gb100 boolean GENERATED ALWAYS AS (normalize(c, NFKC) = c) STORED,
    gb101 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b') AND c IS NOT NULL) STORED,
    gb102 boolean GENERATED ALWAYS AS (NOT c IN ('a')) STORED,
    gb103 boolean GENERATED ALWAYS AS (c LIKE ANY (ARRAY['a%', 'b%'])) STORED,
    gb104 boolean GENERATED ALWAYS AS (c ILIKE ALL (ARRAY['%'])) STORED,
    gb105 boolean GENERATED ALWAYS AS (c COLLATE "C" LIKE 'a%') STORED,
    gb106 boolean GENERATED ALWAYS AS (E'a\nb' <> c) STORED,
    gb107 boolean GENERATED ALWAYS AS (U&'\0041' <> c) STORED,
    gb108 boolean GENERATED ALWAYS AS ($$x$$ <> c) STORED,
    gb109 boolean GENERATED ALWAYS AS (c <> N'x') STORED,
    gb110 boolean GENERATED ALWAYS AS (c ~ E'\\d') STORED,
    gb111 boolean GENERATED ALWAYS AS (c ~ '\d') STORED,
    gb114 boolean GENERATED ALWAYS AS (c::name <> 'x') STORED,
    gb115 boolean GENERATED ALWAYS AS (c::bpchar <> 'x') STORED,
    gb116 boolean GENERATED ALWAYS AS (c::char(2) <> 'x') STORED,
    gb117 boolean GENERATED ALWAYS AS (c || 1 <> '') STORED,
    gb118 boolean GENERATED ALWAYS AS (1 || c <> '') STORED,
    gb119 boolean GENERATED ALWAYS AS (c IN ('a' COLLATE "C", 'b')) STORED,
    gb120 boolean GENERATED ALWAYS AS (c::varchar(2) = ANY (ARRAY['a', 'b'])) STORED,
    CONSTRAINT x_vc_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_vc_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_vc_k2 CHECK (c IN ('a')),
    CONSTRAINT x_vc_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_vc_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_vc_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_vc_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_vc_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_vc_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_vc_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_vc_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_vc_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_vc_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_vc_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_vc_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_vc_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_vc_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_vc_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_vc_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_vc_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_vc_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_vc_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_vc_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_vc_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_vc_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_vc_k25 CHECK (c::text <> ''),
    CONSTRAINT x_vc_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_vc_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_vc_k28 CHECK (c = 'a'::varchar(10)),
    CONSTRAINT x_vc_k29 CHECK (c <> CAST('b' AS varchar(10))),
    CONSTRAINT x_vc_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_vc_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_vc_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_vc_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_vc_k34 CHECK (c = ANY ('{}'::varchar(10)[])),
    CONSTRAINT x_vc_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_vc_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_vc_k38 CHECK (c = ANY (ARRAY['a']::varchar(10)[])),
    CONSTRAINT x_vc_k39 CHECK (c IN ('a'::varchar(10), 'b'::varchar(10))),
    CONSTRAINT x_vc_k40 CHECK (c = ANY (ARRAY['a'::varchar(10), 'b'::varchar(10)])),
    CONSTRAINT x_vc_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_vc_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_vc_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_vc_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_vc_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_vc_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_vc_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_vc_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_vc_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_vc_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_vc_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_vc_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_vc_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_vc_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_vc_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_vc_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_vc_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_vc_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_vc_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_vc_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_vc_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_vc_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_vc_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_vc_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_vc_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_vc_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_vc_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_vc_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_vc_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_vc_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_vc_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_vc_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_vc_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_vc_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_vc_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_vc_k78 CHECK (upper(c) = c),
    CONSTRAINT x_vc_k79 CHECK (length(c) > 0),
    CONSTRAINT x_vc_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_vc_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_vc_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_vc_k83 CHECK (c > ''),
    CONSTRAINT x_vc_k84 CHECK (c <> ''::text),
    CONSTRAINT x_vc_k85 CHECK (c <> ''),
    CONSTRAINT x_vc_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_vc_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_vc_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_vc_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_vc_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_vc_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_vc_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_vc_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_vc_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_vc_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_vc_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_vc_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_vc_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_vc_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_vc_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_vc_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_vc_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_vc_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_vc_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_vc_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_vc_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_vc_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_vc_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_vc_k109 CHECK (c <> N'x'),
    CONSTRAINT x_vc_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_vc_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_vc_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_vc_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_vc_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_vc_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_vc_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_vc_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_vc_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_vc_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_vc_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE INDEX x_vc_w0 ON x_vc (c) WHERE c IN ('a', 'b');
CREATE INDEX x_vc_e0 ON x_vc ((c IN ('a', 'b')));
CREATE INDEX x_vc_w1 ON x_vc (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_vc_e1 ON x_vc ((c NOT IN ('a', 'b')));
CREATE INDEX x_vc_w2 ON x_vc (c) WHERE c IN ('a');
CREATE INDEX x_vc_e2 ON x_vc ((c IN ('a')));
CREATE INDEX x_vc_w3 ON x_vc (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_vc_e3 ON x_vc ((c = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_vc_w4 ON x_vc (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_vc_e4 ON x_vc ((c <> ALL (ARRAY['a', 'b'])));
CREATE INDEX x_vc_w5 ON x_vc (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_vc_e5 ON x_vc ((c = ANY (ARRAY['a', 'b', NULL])));
CREATE INDEX x_vc_w6 ON x_vc (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_vc_e6 ON x_vc ((c IN ('a', 'b', NULL)));
CREATE INDEX x_vc_w7 ON x_vc (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_vc_e7 ON x_vc ((c = ANY (ARRAY['a', c])));
CREATE INDEX x_vc_w8 ON x_vc (c) WHERE c IN ('a', c);
CREATE INDEX x_vc_e8 ON x_vc ((c IN ('a', c)));
CREATE INDEX x_vc_w9 ON x_vc (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_vc_e9 ON x_vc ((c BETWEEN 'a' AND 'b'));
CREATE INDEX x_vc_w10 ON x_vc (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_vc_e10 ON x_vc ((c NOT BETWEEN 'a' AND 'b'));
CREATE INDEX x_vc_w11 ON x_vc (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_vc_e11 ON x_vc ((c BETWEEN SYMMETRIC 'b' AND 'a'));
CREATE INDEX x_vc_w12 ON x_vc (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_vc_e12 ON x_vc ((c NOT BETWEEN SYMMETRIC 'a' AND 'b'));
CREATE INDEX x_vc_w13 ON x_vc (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_vc_e13 ON x_vc ((c IS DISTINCT FROM 'a'));
CREATE INDEX x_vc_w14 ON x_vc (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_vc_e14 ON x_vc ((c IS NOT DISTINCT FROM 'a'));
CREATE INDEX x_vc_w15 ON x_vc (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_vc_e15 ON x_vc ((COALESCE(c, 'a') = 'a'));
CREATE INDEX x_vc_w16 ON x_vc (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_vc_e16 ON x_vc ((NULLIF(c, 'a') IS NULL));
CREATE INDEX x_vc_w17 ON x_vc (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_vc_e17 ON x_vc ((GREATEST(c, 'a', 'b') = 'b'));
CREATE INDEX x_vc_w18 ON x_vc (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_vc_e18 ON x_vc ((LEAST(c, 'a') <> 'b'));
CREATE INDEX x_vc_w19 ON x_vc (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_vc_e19 ON x_vc ((CASE WHEN c = 'a' THEN true ELSE c = 'b' END));
CREATE INDEX x_vc_w20 ON x_vc (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_vc_e20 ON x_vc ((CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_vc_w21 ON x_vc (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_vc_e21 ON x_vc (((c, c) = ('a', 'b')));
CREATE INDEX x_vc_w22 ON x_vc (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_vc_e22 ON x_vc (((c, c) < ('a', 'b')));
CREATE INDEX x_vc_w23 ON x_vc (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_vc_e23 ON x_vc (((c, 1) IS DISTINCT FROM ('a', 1)));
CREATE INDEX x_vc_w24 ON x_vc (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_vc_e24 ON x_vc ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_vc_w25 ON x_vc (c) WHERE c::text <> '';
CREATE INDEX x_vc_e25 ON x_vc ((c::text <> ''));
CREATE INDEX x_vc_w26 ON x_vc (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_vc_e26 ON x_vc ((CAST(c AS text) <> ''));
CREATE INDEX x_vc_w27 ON x_vc (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_vc_e27 ON x_vc ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_vc_w28 ON x_vc (c) WHERE c = 'a'::varchar(10);
CREATE INDEX x_vc_e28 ON x_vc ((c = 'a'::varchar(10)));
CREATE INDEX x_vc_w29 ON x_vc (c) WHERE c <> CAST('b' AS varchar(10));
CREATE INDEX x_vc_e29 ON x_vc ((c <> CAST('b' AS varchar(10))));
CREATE INDEX x_vc_w30 ON x_vc (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_vc_e30 ON x_vc ((c > 'a' OR c < 'b'));
CREATE INDEX x_vc_w31 ON x_vc (c) WHERE NOT (c = 'a');
CREATE INDEX x_vc_e31 ON x_vc ((NOT (c = 'a')));
CREATE INDEX x_vc_w32 ON x_vc (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_vc_e32 ON x_vc ((c IS NULL OR c <> 'a'));
CREATE INDEX x_vc_w33 ON x_vc (c) WHERE c = ANY ('{}');
CREATE INDEX x_vc_e33 ON x_vc ((c = ANY ('{}')));
CREATE INDEX x_vc_w34 ON x_vc (c) WHERE c = ANY ('{}'::varchar(10)[]);
CREATE INDEX x_vc_e34 ON x_vc ((c = ANY ('{}'::varchar(10)[])));
CREATE INDEX x_vc_w36 ON x_vc (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_vc_e36 ON x_vc ((c = ALL (ARRAY['a'])));
CREATE INDEX x_vc_w37 ON x_vc (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_vc_e37 ON x_vc ((c > ANY (ARRAY['a', 'b'])));
CREATE INDEX x_vc_w38 ON x_vc (c) WHERE c = ANY (ARRAY['a']::varchar(10)[]);
CREATE INDEX x_vc_e38 ON x_vc ((c = ANY (ARRAY['a']::varchar(10)[])));
CREATE INDEX x_vc_w39 ON x_vc (c) WHERE c IN ('a'::varchar(10), 'b'::varchar(10));
CREATE INDEX x_vc_e39 ON x_vc ((c IN ('a'::varchar(10), 'b'::varchar(10))));
CREATE INDEX x_vc_w40 ON x_vc (c) WHERE c = ANY (ARRAY['a'::varchar(10), 'b'::varchar(10)]);
CREATE INDEX x_vc_e40 ON x_vc ((c = ANY (ARRAY['a'::varchar(10), 'b'::varchar(10)])));
CREATE INDEX x_vc_w43 ON x_vc (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_vc_e43 ON x_vc ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_vc_w44 ON x_vc (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_vc_e44 ON x_vc ((c::text IN ('a', 'b')));
CREATE INDEX x_vc_w45 ON x_vc (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_vc_e45 ON x_vc ((c::varchar IN ('a', 'b')));
CREATE INDEX x_vc_w46 ON x_vc (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_vc_e46 ON x_vc ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_vc_w47 ON x_vc (c) WHERE c LIKE 'a%';
CREATE INDEX x_vc_e47 ON x_vc ((c LIKE 'a%'));
CREATE INDEX x_vc_w48 ON x_vc (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_vc_e48 ON x_vc ((c NOT LIKE 'a%'));
CREATE INDEX x_vc_w49 ON x_vc (c) WHERE c ILIKE 'A%';
CREATE INDEX x_vc_e49 ON x_vc ((c ILIKE 'A%'));
CREATE INDEX x_vc_w50 ON x_vc (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_vc_e50 ON x_vc ((c NOT ILIKE 'a%'));
CREATE INDEX x_vc_w51 ON x_vc (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_vc_e51 ON x_vc ((c LIKE 'a!%' ESCAPE '!'));
CREATE INDEX x_vc_w52 ON x_vc (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_vc_e52 ON x_vc ((c SIMILAR TO 'a%'));
CREATE INDEX x_vc_w53 ON x_vc (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_vc_e53 ON x_vc ((c NOT SIMILAR TO '(a|b)%'));
CREATE INDEX x_vc_w54 ON x_vc (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_vc_e54 ON x_vc ((c SIMILAR TO 'a#%' ESCAPE '#'));
CREATE INDEX x_vc_w55 ON x_vc (c) WHERE c ~ '^a';
CREATE INDEX x_vc_e55 ON x_vc ((c ~ '^a'));
CREATE INDEX x_vc_w56 ON x_vc (c) WHERE c ~* '^A';
CREATE INDEX x_vc_e56 ON x_vc ((c ~* '^A'));
CREATE INDEX x_vc_w57 ON x_vc (c) WHERE c !~ 'x';
CREATE INDEX x_vc_e57 ON x_vc ((c !~ 'x'));
CREATE INDEX x_vc_w58 ON x_vc (c) WHERE c !~* 'x';
CREATE INDEX x_vc_e58 ON x_vc ((c !~* 'x'));
CREATE INDEX x_vc_w59 ON x_vc (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_vc_e59 ON x_vc ((c COLLATE "C" < 'b'));
CREATE INDEX x_vc_w60 ON x_vc (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_vc_e60 ON x_vc (((c COLLATE "C") IN ('a', 'b')));
CREATE INDEX x_vc_w61 ON x_vc (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_vc_e61 ON x_vc ((c COLLATE "C" IN ('a', 'b')));
CREATE INDEX x_vc_w62 ON x_vc (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_vc_e62 ON x_vc ((lower(c) COLLATE "POSIX" <> 'x'));
CREATE INDEX x_vc_w63 ON x_vc (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_vc_e63 ON x_vc ((substring(c FROM 1 FOR 2) <> 'x'));
CREATE INDEX x_vc_w64 ON x_vc (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_vc_e64 ON x_vc ((substring(c FROM 2) <> 'x'));
CREATE INDEX x_vc_w65 ON x_vc (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_vc_e65 ON x_vc ((substring(c FOR 2) <> 'x'));
CREATE INDEX x_vc_w66 ON x_vc (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_vc_e66 ON x_vc ((substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_vc_w67 ON x_vc (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_vc_e67 ON x_vc ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL));
CREATE INDEX x_vc_w68 ON x_vc (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_vc_e68 ON x_vc ((position('a' IN c) > 0));
CREATE INDEX x_vc_w69 ON x_vc (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_vc_e69 ON x_vc ((trim(BOTH 'x' FROM c) <> ''));
CREATE INDEX x_vc_w70 ON x_vc (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_vc_e70 ON x_vc ((trim(LEADING FROM c) <> ''));
CREATE INDEX x_vc_w71 ON x_vc (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_vc_e71 ON x_vc ((trim(TRAILING 'x' FROM c) <> ''));
CREATE INDEX x_vc_w72 ON x_vc (c) WHERE trim(c) <> '';
CREATE INDEX x_vc_e72 ON x_vc ((trim(c) <> ''));
CREATE INDEX x_vc_w73 ON x_vc (c) WHERE btrim(c) <> '';
CREATE INDEX x_vc_e73 ON x_vc ((btrim(c) <> ''));
CREATE INDEX x_vc_w74 ON x_vc (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_vc_e74 ON x_vc ((overlay(c PLACING 'x' FROM 1 FOR 1) <> ''));
CREATE INDEX x_vc_w75 ON x_vc (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_vc_e75 ON x_vc ((overlay(c PLACING 'x' FROM 2) <> ''));
CREATE INDEX x_vc_w76 ON x_vc (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_vc_e76 ON x_vc ((c || 'x' <> 'y'));
CREATE INDEX x_vc_w77 ON x_vc (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_vc_e77 ON x_vc (('x' || c || 'y' <> ''));
CREATE INDEX x_vc_w78 ON x_vc (c) WHERE upper(c) = c;
CREATE INDEX x_vc_e78 ON x_vc ((upper(c) = c));
CREATE INDEX x_vc_w79 ON x_vc (c) WHERE length(c) > 0;
CREATE INDEX x_vc_e79 ON x_vc ((length(c) > 0));
CREATE INDEX x_vc_w80 ON x_vc (c) WHERE char_length(c) < 5;
CREATE INDEX x_vc_e80 ON x_vc ((char_length(c) < 5));
CREATE INDEX x_vc_w81 ON x_vc (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_vc_e81 ON x_vc ((c::text ~ '^[a-z]+$'));
CREATE INDEX x_vc_w82 ON x_vc (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_vc_e82 ON x_vc ((left(c, 1) = 'a'));
CREATE INDEX x_vc_w83 ON x_vc (c) WHERE c > '';
CREATE INDEX x_vc_e83 ON x_vc ((c > ''));
CREATE INDEX x_vc_w84 ON x_vc (c) WHERE c <> ''::text;
CREATE INDEX x_vc_e84 ON x_vc ((c <> ''::text));
CREATE INDEX x_vc_w85 ON x_vc (c) WHERE c <> '';
CREATE INDEX x_vc_e85 ON x_vc ((c <> ''));
CREATE INDEX x_vc_w86 ON x_vc (c) WHERE c = 'a'::text;
CREATE INDEX x_vc_e86 ON x_vc ((c = 'a'::text));
CREATE INDEX x_vc_w87 ON x_vc (c) WHERE c::text = 'a';
CREATE INDEX x_vc_e87 ON x_vc ((c::text = 'a'));
CREATE INDEX x_vc_w88 ON x_vc (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_vc_e88 ON x_vc (((c)::text = 'a'::text));
CREATE INDEX x_vc_w89 ON x_vc (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_vc_e89 ON x_vc ((c IN ('a'::text, 'b'::text)));
CREATE INDEX x_vc_w90 ON x_vc (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_vc_e90 ON x_vc ((c IN ('a'::varchar, 'b'::varchar)));
CREATE INDEX x_vc_w91 ON x_vc (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_vc_e91 ON x_vc ((c = ANY (ARRAY['a'::varchar, 'b'::varchar])));
CREATE INDEX x_vc_w92 ON x_vc (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_vc_e92 ON x_vc ((c = ANY (ARRAY['a', 'b']::varchar[])));
CREATE INDEX x_vc_w93 ON x_vc (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_vc_e93 ON x_vc ((c = ANY ('{a,b}'::varchar[])));
CREATE INDEX x_vc_w94 ON x_vc (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_vc_e94 ON x_vc ((c = ANY ('{a,b}'::text[])));
CREATE INDEX x_vc_w95 ON x_vc (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_vc_e95 ON x_vc ((c = ANY (string_to_array('a,b', ','))));
CREATE INDEX x_vc_w96 ON x_vc (c) WHERE c ^@ 'a';
CREATE INDEX x_vc_e96 ON x_vc ((c ^@ 'a'));
CREATE INDEX x_vc_w97 ON x_vc (c) WHERE starts_with(c, 'a');
CREATE INDEX x_vc_e97 ON x_vc ((starts_with(c, 'a')));
CREATE INDEX x_vc_w98 ON x_vc (c) WHERE c IS NORMALIZED;
CREATE INDEX x_vc_e98 ON x_vc ((c IS NORMALIZED));
CREATE INDEX x_vc_w99 ON x_vc (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_vc_e99 ON x_vc ((c IS NOT NFC NORMALIZED));
CREATE INDEX x_vc_w100 ON x_vc (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_vc_e100 ON x_vc ((normalize(c, NFKC) = c));
CREATE INDEX x_vc_w101 ON x_vc (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_vc_e101 ON x_vc ((c NOT IN ('a', 'b') AND c IS NOT NULL));
CREATE INDEX x_vc_w102 ON x_vc (c) WHERE NOT c IN ('a');
CREATE INDEX x_vc_e102 ON x_vc ((NOT c IN ('a')));
CREATE INDEX x_vc_w103 ON x_vc (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_vc_e103 ON x_vc ((c LIKE ANY (ARRAY['a%', 'b%'])));
CREATE INDEX x_vc_w104 ON x_vc (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_vc_e104 ON x_vc ((c ILIKE ALL (ARRAY['%'])));
CREATE INDEX x_vc_w105 ON x_vc (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_vc_e105 ON x_vc ((c COLLATE "C" LIKE 'a%'));
CREATE INDEX x_vc_w106 ON x_vc (c) WHERE E'a\nb' <> c;
CREATE INDEX x_vc_e106 ON x_vc ((E'a\nb' <> c));
CREATE INDEX x_vc_w107 ON x_vc (c) WHERE U&'\0041' <> c;
CREATE INDEX x_vc_e107 ON x_vc ((U&'\0041' <> c));
CREATE INDEX x_vc_w108 ON x_vc (c) WHERE $$x$$ <> c;
CREATE INDEX x_vc_e108 ON x_vc (($$x$$ <> c));
CREATE INDEX x_vc_w109 ON x_vc (c) WHERE c <> N'x';
CREATE INDEX x_vc_e109 ON x_vc ((c <> N'x'));
CREATE INDEX x_vc_w110 ON x_vc (c) WHERE c ~ E'\\d';
CREATE INDEX x_vc_e110 ON x_vc ((c ~ E'\\d'));
CREATE INDEX x_vc_w111 ON x_vc (c) WHERE c ~ '\d';
CREATE INDEX x_vc_e111 ON x_vc ((c ~ '\d'));
CREATE INDEX x_vc_w114 ON x_vc (c) WHERE c::name <> 'x';
CREATE INDEX x_vc_e114 ON x_vc ((c::name <> 'x'));
CREATE INDEX x_vc_w115 ON x_vc (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_vc_e115 ON x_vc ((c::bpchar <> 'x'));
CREATE INDEX x_vc_w116 ON x_vc (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_vc_e116 ON x_vc ((c::char(2) <> 'x'));
CREATE INDEX x_vc_w117 ON x_vc (c) WHERE c || 1 <> '';
CREATE INDEX x_vc_e117 ON x_vc ((c || 1 <> ''));
CREATE INDEX x_vc_w118 ON x_vc (c) WHERE 1 || c <> '';
CREATE INDEX x_vc_e118 ON x_vc ((1 || c <> ''));
CREATE INDEX x_vc_w119 ON x_vc (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_vc_e119 ON x_vc ((c IN ('a' COLLATE "C", 'b')));
CREATE INDEX x_vc_w120 ON x_vc (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_vc_e120 ON x_vc ((c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE DOMAIN dm_vc AS varchar(10) DEFAULT 'a'
    CONSTRAINT dm_vc_k0 CHECK (VALUE IN ('a', 'b'))
    CONSTRAINT dm_vc_k1 CHECK (VALUE NOT IN ('a', 'b'))
    CONSTRAINT dm_vc_k2 CHECK (VALUE IN ('a'))
    CONSTRAINT dm_vc_k3 CHECK (VALUE = ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_vc_k4 CHECK (VALUE <> ALL (ARRAY['a', 'b']))
    CONSTRAINT dm_vc_k5 CHECK (VALUE = ANY (ARRAY['a', 'b', NULL]))
    CONSTRAINT dm_vc_k6 CHECK (VALUE IN ('a', 'b', NULL))
    CONSTRAINT dm_vc_k7 CHECK (VALUE = ANY (ARRAY['a', VALUE]))
    CONSTRAINT dm_vc_k8 CHECK (VALUE IN ('a', VALUE))
    CONSTRAINT dm_vc_k9 CHECK (VALUE BETWEEN 'a' AND 'b')
    CONSTRAINT dm_vc_k10 CHECK (VALUE NOT BETWEEN 'a' AND 'b')
    CONSTRAINT dm_vc_k11 CHECK (VALUE BETWEEN SYMMETRIC 'b' AND 'a')
    CONSTRAINT dm_vc_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 'a' AND 'b')
    CONSTRAINT dm_vc_k13 CHECK (VALUE IS DISTINCT FROM 'a')
    CONSTRAINT dm_vc_k14 CHECK (VALUE IS NOT DISTINCT FROM 'a')
    CONSTRAINT dm_vc_k15 CHECK (COALESCE(VALUE, 'a') = 'a')
    CONSTRAINT dm_vc_k16 CHECK (NULLIF(VALUE, 'a') IS NULL)
    CONSTRAINT dm_vc_k17 CHECK (GREATEST(VALUE, 'a', 'b') = 'b')
    CONSTRAINT dm_vc_k18 CHECK (LEAST(VALUE, 'a') <> 'b')
    CONSTRAINT dm_vc_k19 CHECK (CASE WHEN VALUE = 'a' THEN true ELSE VALUE = 'b' END)
    CONSTRAINT dm_vc_k20 CHECK (CASE VALUE WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_vc_k21 CHECK ((VALUE, VALUE) = ('a', 'b'))
    CONSTRAINT dm_vc_k22 CHECK ((VALUE, VALUE) < ('a', 'b'))
    CONSTRAINT dm_vc_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('a', 1))
    CONSTRAINT dm_vc_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_vc_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_vc_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_vc_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_vc_k28 CHECK (VALUE = 'a'::varchar(10))
    CONSTRAINT dm_vc_k29 CHECK (VALUE <> CAST('b' AS varchar(10)))
    CONSTRAINT dm_vc_k30 CHECK (VALUE > 'a' OR VALUE < 'b')
    CONSTRAINT dm_vc_k31 CHECK (NOT (VALUE = 'a'))
    CONSTRAINT dm_vc_k32 CHECK (VALUE IS NULL OR VALUE <> 'a')
    CONSTRAINT dm_vc_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_vc_k34 CHECK (VALUE = ANY ('{}'::varchar(10)[]))
    CONSTRAINT dm_vc_k36 CHECK (VALUE = ALL (ARRAY['a']))
    CONSTRAINT dm_vc_k37 CHECK (VALUE > ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_vc_k38 CHECK (VALUE = ANY (ARRAY['a']::varchar(10)[]))
    CONSTRAINT dm_vc_k39 CHECK (VALUE IN ('a'::varchar(10), 'b'::varchar(10)))
    CONSTRAINT dm_vc_k40 CHECK (VALUE = ANY (ARRAY['a'::varchar(10), 'b'::varchar(10)]))
    CONSTRAINT dm_vc_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_vc_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_vc_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_vc_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_vc_k47 CHECK (VALUE LIKE 'a%')
    CONSTRAINT dm_vc_k48 CHECK (VALUE NOT LIKE 'a%')
    CONSTRAINT dm_vc_k49 CHECK (VALUE ILIKE 'A%')
    CONSTRAINT dm_vc_k50 CHECK (VALUE NOT ILIKE 'a%')
    CONSTRAINT dm_vc_k51 CHECK (VALUE LIKE 'a!%' ESCAPE '!')
    CONSTRAINT dm_vc_k52 CHECK (VALUE SIMILAR TO 'a%')
    CONSTRAINT dm_vc_k53 CHECK (VALUE NOT SIMILAR TO '(a|b)%')
    CONSTRAINT dm_vc_k54 CHECK (VALUE SIMILAR TO 'a#%' ESCAPE '#')
    CONSTRAINT dm_vc_k55 CHECK (VALUE ~ '^a')
    CONSTRAINT dm_vc_k56 CHECK (VALUE ~* '^A')
    CONSTRAINT dm_vc_k57 CHECK (VALUE !~ 'x')
    CONSTRAINT dm_vc_k58 CHECK (VALUE !~* 'x')
    CONSTRAINT dm_vc_k59 CHECK (VALUE COLLATE "C" < 'b')
    CONSTRAINT dm_vc_k60 CHECK ((VALUE COLLATE "C") IN ('a', 'b'))
    CONSTRAINT dm_vc_k61 CHECK (VALUE COLLATE "C" IN ('a', 'b'))
    CONSTRAINT dm_vc_k62 CHECK (lower(VALUE) COLLATE "POSIX" <> 'x')
    CONSTRAINT dm_vc_k63 CHECK (substring(VALUE FROM 1 FOR 2) <> 'x')
    CONSTRAINT dm_vc_k64 CHECK (substring(VALUE FROM 2) <> 'x')
    CONSTRAINT dm_vc_k65 CHECK (substring(VALUE FOR 2) <> 'x')
    CONSTRAINT dm_vc_k66 CHECK (substring(VALUE FROM 'a.*') IS NULL)
    CONSTRAINT dm_vc_k67 CHECK (substring(VALUE SIMILAR 'a%' ESCAPE '#') IS NULL)
    CONSTRAINT dm_vc_k68 CHECK (position('a' IN VALUE) > 0)
    CONSTRAINT dm_vc_k69 CHECK (trim(BOTH 'x' FROM VALUE) <> '')
    CONSTRAINT dm_vc_k70 CHECK (trim(LEADING FROM VALUE) <> '')
    CONSTRAINT dm_vc_k71 CHECK (trim(TRAILING 'x' FROM VALUE) <> '')
    CONSTRAINT dm_vc_k72 CHECK (trim(VALUE) <> '')
    CONSTRAINT dm_vc_k73 CHECK (btrim(VALUE) <> '')
    CONSTRAINT dm_vc_k74 CHECK (overlay(VALUE PLACING 'x' FROM 1 FOR 1) <> '')
    CONSTRAINT dm_vc_k75 CHECK (overlay(VALUE PLACING 'x' FROM 2) <> '')
    CONSTRAINT dm_vc_k76 CHECK (VALUE || 'x' <> 'y')
    CONSTRAINT dm_vc_k77 CHECK ('x' || VALUE || 'y' <> '')
    CONSTRAINT dm_vc_k78 CHECK (upper(VALUE) = VALUE)
    CONSTRAINT dm_vc_k79 CHECK (length(VALUE) > 0)
    CONSTRAINT dm_vc_k80 CHECK (char_length(VALUE) < 5)
    CONSTRAINT dm_vc_k81 CHECK (VALUE::text ~ '^[a-z]+$')
    CONSTRAINT dm_vc_k82 CHECK (left(VALUE, 1) = 'a')
    CONSTRAINT dm_vc_k83 CHECK (VALUE > '')
    CONSTRAINT dm_vc_k84 CHECK (VALUE <> ''::text)
    CONSTRAINT dm_vc_k85 CHECK (VALUE <> '')
    CONSTRAINT dm_vc_k86 CHECK (VALUE = 'a'::text)
    CONSTRAINT dm_vc_k87 CHECK (VALUE::text = 'a')
    CONSTRAINT dm_vc_k88 CHECK ((VALUE)::text = 'a'::text)
    CONSTRAINT dm_vc_k89 CHECK (VALUE IN ('a'::text, 'b'::text))
    CONSTRAINT dm_vc_k90 CHECK (VALUE IN ('a'::varchar, 'b'::varchar))
    CONSTRAINT dm_vc_k91 CHECK (VALUE = ANY (ARRAY['a'::varchar, 'b'::varchar]))
    CONSTRAINT dm_vc_k92 CHECK (VALUE = ANY (ARRAY['a', 'b']::varchar[]))
    CONSTRAINT dm_vc_k93 CHECK (VALUE = ANY ('{a,b}'::varchar[]))
    CONSTRAINT dm_vc_k94 CHECK (VALUE = ANY ('{a,b}'::text[]))
    CONSTRAINT dm_vc_k95 CHECK (VALUE = ANY (string_to_array('a,b', ',')))
    CONSTRAINT dm_vc_k96 CHECK (VALUE ^@ 'a')
    CONSTRAINT dm_vc_k97 CHECK (starts_with(VALUE, 'a'))
    CONSTRAINT dm_vc_k98 CHECK (VALUE IS NORMALIZED)
    CONSTRAINT dm_vc_k99 CHECK (VALUE IS NOT NFC NORMALIZED)
    CONSTRAINT dm_vc_k100 CHECK (normalize(VALUE, NFKC) = VALUE)
    CONSTRAINT dm_vc_k101 CHECK (VALUE NOT IN ('a', 'b') AND VALUE IS NOT NULL)
    CONSTRAINT dm_vc_k102 CHECK (NOT VALUE IN ('a'))
    CONSTRAINT dm_vc_k103 CHECK (VALUE LIKE ANY (ARRAY['a%', 'b%']))
    CONSTRAINT dm_vc_k104 CHECK (VALUE ILIKE ALL (ARRAY['%']))
    CONSTRAINT dm_vc_k105 CHECK (VALUE COLLATE "C" LIKE 'a%')
    CONSTRAINT dm_vc_k106 CHECK (E'a\nb' <> VALUE)
    CONSTRAINT dm_vc_k107 CHECK (U&'\0041' <> VALUE)
    CONSTRAINT dm_vc_k108 CHECK ($$x$$ <> VALUE)
    CONSTRAINT dm_vc_k109 CHECK (VALUE <> N'x')
    CONSTRAINT dm_vc_k110 CHECK (VALUE ~ E'\\d')
    CONSTRAINT dm_vc_k111 CHECK (VALUE ~ '\d')
    CONSTRAINT dm_vc_k112 CHECK (format('%s', VALUE) <> '')
    CONSTRAINT dm_vc_k113 CHECK (concat(VALUE, 1) <> '')
    CONSTRAINT dm_vc_k114 CHECK (VALUE::name <> 'x')
    CONSTRAINT dm_vc_k115 CHECK (VALUE::bpchar <> 'x')
    CONSTRAINT dm_vc_k116 CHECK (VALUE::char(2) <> 'x')
    CONSTRAINT dm_vc_k117 CHECK (VALUE || 1 <> '')
    CONSTRAINT dm_vc_k118 CHECK (1 || VALUE <> '')
    CONSTRAINT dm_vc_k119 CHECK (VALUE IN ('a' COLLATE "C", 'b'))
    CONSTRAINT dm_vc_k120 CHECK (VALUE::varchar(2) = ANY (ARRAY['a', 'b']));
CREATE TABLE x_vn (
    c varchar,
    CONSTRAINT x_vn_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_vn_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_vn_k2 CHECK (c IN ('a')),
    CONSTRAINT x_vn_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_vn_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_vn_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_vn_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_vn_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_vn_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_vn_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_vn_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_vn_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_vn_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_vn_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_vn_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_vn_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_vn_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_vn_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_vn_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_vn_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_vn_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_vn_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_vn_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_vn_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_vn_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_vn_k25 CHECK (c::text <> ''),
    CONSTRAINT x_vn_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_vn_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_vn_k28 CHECK (c = 'a'::varchar),
    CONSTRAINT x_vn_k29 CHECK (c <> CAST('b' AS varchar)),
    CONSTRAINT x_vn_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_vn_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_vn_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_vn_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_vn_k34 CHECK (c = ANY ('{}'::varchar[])),
    CONSTRAINT x_vn_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_vn_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_vn_k38 CHECK (c = ANY (ARRAY['a']::varchar[])),
    CONSTRAINT x_vn_k39 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_vn_k40 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_vn_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_vn_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_vn_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_vn_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_vn_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_vn_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_vn_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_vn_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_vn_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_vn_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_vn_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_vn_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_vn_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_vn_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_vn_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_vn_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_vn_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_vn_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_vn_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_vn_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_vn_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_vn_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_vn_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_vn_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_vn_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_vn_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_vn_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_vn_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_vn_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_vn_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_vn_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_vn_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_vn_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_vn_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_vn_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_vn_k78 CHECK (upper(c) = c),
    CONSTRAINT x_vn_k79 CHECK (length(c) > 0),
    CONSTRAINT x_vn_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_vn_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_vn_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_vn_k83 CHECK (c > ''),
    CONSTRAINT x_vn_k84 CHECK (c <> ''::text),
    CONSTRAINT x_vn_k85 CHECK (c <> ''),
    CONSTRAINT x_vn_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_vn_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_vn_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_vn_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_vn_k90 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_vn_k91 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_vn_k92 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_vn_k93 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_vn_k94 CHECK (c ^@ 'a'),
    CONSTRAINT x_vn_k95 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_vn_k96 CHECK (c IS NORMALIZED),
    CONSTRAINT x_vn_k97 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_vn_k98 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_vn_k99 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_vn_k100 CHECK (NOT c IN ('a')),
    CONSTRAINT x_vn_k101 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_vn_k102 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_vn_k103 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_vn_k104 CHECK (E'a\nb' <> c),
    CONSTRAINT x_vn_k105 CHECK (U&'\0041' <> c),
    CONSTRAINT x_vn_k106 CHECK ($$x$$ <> c),
    CONSTRAINT x_vn_k107 CHECK (c <> N'x'),
    CONSTRAINT x_vn_k108 CHECK (c ~ E'\\d'),
    CONSTRAINT x_vn_k109 CHECK (c ~ '\d'),
    CONSTRAINT x_vn_k110 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_vn_k111 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_vn_k112 CHECK (c::name <> 'x'),
    CONSTRAINT x_vn_k113 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_vn_k114 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_vn_k115 CHECK (c || 1 <> ''),
    CONSTRAINT x_vn_k116 CHECK (1 || c <> ''),
    CONSTRAINT x_vn_k117 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_vn_k118 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE TABLE x_ch (
    c char(3),
    d0 char(3) DEFAULT 'a',
    d1 char(3) DEFAULT 'ab'::bpchar,
    d2 char(3) DEFAULT 'a'::char(3),
    d3 char(3) DEFAULT 'a'::text,
    CONSTRAINT x_ch_k0 CHECK (c IN ('a', 'bb')),
    CONSTRAINT x_ch_k1 CHECK (c NOT IN ('a', 'bb')),
    CONSTRAINT x_ch_k2 CHECK (c IN ('a')),
    CONSTRAINT x_ch_k3 CHECK (c = ANY (ARRAY['a', 'bb'])),
    CONSTRAINT x_ch_k4 CHECK (c <> ALL (ARRAY['a', 'bb'])),
    CONSTRAINT x_ch_k5 CHECK (c = ANY (ARRAY['a', 'bb', NULL])),
    CONSTRAINT x_ch_k6 CHECK (c IN ('a', 'bb', NULL)),
    CONSTRAINT x_ch_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_ch_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_ch_k9 CHECK (c BETWEEN 'a' AND 'bb'),
    CONSTRAINT x_ch_k10 CHECK (c NOT BETWEEN 'a' AND 'bb'),
    CONSTRAINT x_ch_k11 CHECK (c BETWEEN SYMMETRIC 'bb' AND 'a'),
    CONSTRAINT x_ch_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'bb'),
    CONSTRAINT x_ch_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_ch_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_ch_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_ch_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_ch_k17 CHECK (GREATEST(c, 'a', 'bb') = 'bb'),
    CONSTRAINT x_ch_k18 CHECK (LEAST(c, 'a') <> 'bb'),
    CONSTRAINT x_ch_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'bb' END),
    CONSTRAINT x_ch_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'bb' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ch_k21 CHECK ((c, c) = ('a', 'bb')),
    CONSTRAINT x_ch_k22 CHECK ((c, c) < ('a', 'bb')),
    CONSTRAINT x_ch_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_ch_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ch_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ch_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ch_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ch_k28 CHECK (c = 'a'::char(3)),
    CONSTRAINT x_ch_k29 CHECK (c <> CAST('bb' AS char(3))),
    CONSTRAINT x_ch_k30 CHECK (c > 'a' OR c < 'bb'),
    CONSTRAINT x_ch_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_ch_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_ch_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_ch_k34 CHECK (c = ANY ('{}'::char(3)[])),
    CONSTRAINT x_ch_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_ch_k37 CHECK (c > ANY (ARRAY['a', 'bb'])),
    CONSTRAINT x_ch_k38 CHECK (c = ANY (ARRAY['a']::char(3)[])),
    CONSTRAINT x_ch_k39 CHECK (c IN ('a'::char(3), 'bb'::char(3))),
    CONSTRAINT x_ch_k40 CHECK (c = ANY (ARRAY['a'::char(3), 'bb'::char(3)])),
    CONSTRAINT x_ch_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ch_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ch_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ch_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ch_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_ch_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_ch_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_ch_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_ch_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_ch_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_ch_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_ch_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_ch_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_ch_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_ch_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_ch_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_ch_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_ch_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_ch_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_ch_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_ch_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_ch_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_ch_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_ch_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_ch_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_ch_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_ch_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_ch_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_ch_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_ch_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_ch_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_ch_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_ch_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_ch_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_ch_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_ch_k78 CHECK (upper(c) = c),
    CONSTRAINT x_ch_k79 CHECK (length(c) > 0),
    CONSTRAINT x_ch_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_ch_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_ch_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_ch_k83 CHECK (c > ''),
    CONSTRAINT x_ch_k84 CHECK (c <> ''::text),
    CONSTRAINT x_ch_k85 CHECK (c <> ''),
    CONSTRAINT x_ch_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_ch_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_ch_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_ch_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_ch_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_ch_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_ch_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_ch_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_ch_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_ch_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_ch_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_ch_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_ch_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_ch_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_ch_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_ch_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_ch_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_ch_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_ch_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_ch_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_ch_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_ch_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_ch_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_ch_k109 CHECK (c <> N'x'),
    CONSTRAINT x_ch_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_ch_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_ch_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_ch_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_ch_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_ch_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_ch_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_ch_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_ch_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_ch_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_ch_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE DOMAIN dm_ch AS char(3) DEFAULT 'a'
    CONSTRAINT dm_ch_k0 CHECK (VALUE IN ('a', 'bb'))
    CONSTRAINT dm_ch_k1 CHECK (VALUE NOT IN ('a', 'bb'))
    CONSTRAINT dm_ch_k2 CHECK (VALUE IN ('a'))
    CONSTRAINT dm_ch_k3 CHECK (VALUE = ANY (ARRAY['a', 'bb']))
    CONSTRAINT dm_ch_k4 CHECK (VALUE <> ALL (ARRAY['a', 'bb']))
    CONSTRAINT dm_ch_k5 CHECK (VALUE = ANY (ARRAY['a', 'bb', NULL]))
    CONSTRAINT dm_ch_k6 CHECK (VALUE IN ('a', 'bb', NULL))
    CONSTRAINT dm_ch_k7 CHECK (VALUE = ANY (ARRAY['a', VALUE]))
    CONSTRAINT dm_ch_k8 CHECK (VALUE IN ('a', VALUE))
    CONSTRAINT dm_ch_k9 CHECK (VALUE BETWEEN 'a' AND 'bb')
    CONSTRAINT dm_ch_k10 CHECK (VALUE NOT BETWEEN 'a' AND 'bb')
    CONSTRAINT dm_ch_k11 CHECK (VALUE BETWEEN SYMMETRIC 'bb' AND 'a')
    CONSTRAINT dm_ch_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 'a' AND 'bb')
    CONSTRAINT dm_ch_k13 CHECK (VALUE IS DISTINCT FROM 'a')
    CONSTRAINT dm_ch_k14 CHECK (VALUE IS NOT DISTINCT FROM 'a')
    CONSTRAINT dm_ch_k15 CHECK (COALESCE(VALUE, 'a') = 'a')
    CONSTRAINT dm_ch_k16 CHECK (NULLIF(VALUE, 'a') IS NULL)
    CONSTRAINT dm_ch_k17 CHECK (GREATEST(VALUE, 'a', 'bb') = 'bb')
    CONSTRAINT dm_ch_k18 CHECK (LEAST(VALUE, 'a') <> 'bb')
    CONSTRAINT dm_ch_k19 CHECK (CASE WHEN VALUE = 'a' THEN true ELSE VALUE = 'bb' END)
    CONSTRAINT dm_ch_k20 CHECK (CASE VALUE WHEN 'a' THEN 1 WHEN 'bb' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_ch_k21 CHECK ((VALUE, VALUE) = ('a', 'bb'))
    CONSTRAINT dm_ch_k22 CHECK ((VALUE, VALUE) < ('a', 'bb'))
    CONSTRAINT dm_ch_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('a', 1))
    CONSTRAINT dm_ch_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_ch_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_ch_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_ch_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_ch_k28 CHECK (VALUE = 'a'::char(3))
    CONSTRAINT dm_ch_k29 CHECK (VALUE <> CAST('bb' AS char(3)))
    CONSTRAINT dm_ch_k30 CHECK (VALUE > 'a' OR VALUE < 'bb')
    CONSTRAINT dm_ch_k31 CHECK (NOT (VALUE = 'a'))
    CONSTRAINT dm_ch_k32 CHECK (VALUE IS NULL OR VALUE <> 'a')
    CONSTRAINT dm_ch_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_ch_k34 CHECK (VALUE = ANY ('{}'::char(3)[]))
    CONSTRAINT dm_ch_k36 CHECK (VALUE = ALL (ARRAY['a']))
    CONSTRAINT dm_ch_k37 CHECK (VALUE > ANY (ARRAY['a', 'bb']))
    CONSTRAINT dm_ch_k38 CHECK (VALUE = ANY (ARRAY['a']::char(3)[]))
    CONSTRAINT dm_ch_k39 CHECK (VALUE IN ('a'::char(3), 'bb'::char(3)))
    CONSTRAINT dm_ch_k40 CHECK (VALUE = ANY (ARRAY['a'::char(3), 'bb'::char(3)]))
    CONSTRAINT dm_ch_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_ch_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_ch_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_ch_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_ch_k47 CHECK (VALUE LIKE 'a%')
    CONSTRAINT dm_ch_k48 CHECK (VALUE NOT LIKE 'a%')
    CONSTRAINT dm_ch_k49 CHECK (VALUE ILIKE 'A%')
    CONSTRAINT dm_ch_k50 CHECK (VALUE NOT ILIKE 'a%')
    CONSTRAINT dm_ch_k51 CHECK (VALUE LIKE 'a!%' ESCAPE '!')
    CONSTRAINT dm_ch_k52 CHECK (VALUE SIMILAR TO 'a%')
    CONSTRAINT dm_ch_k53 CHECK (VALUE NOT SIMILAR TO '(a|b)%')
    CONSTRAINT dm_ch_k54 CHECK (VALUE SIMILAR TO 'a#%' ESCAPE '#')
    CONSTRAINT dm_ch_k55 CHECK (VALUE ~ '^a')
    CONSTRAINT dm_ch_k56 CHECK (VALUE ~* '^A')
    CONSTRAINT dm_ch_k57 CHECK (VALUE !~ 'x')
    CONSTRAINT dm_ch_k58 CHECK (VALUE !~* 'x')
    CONSTRAINT dm_ch_k59 CHECK (VALUE COLLATE "C" < 'b')
    CONSTRAINT dm_ch_k60 CHECK ((VALUE COLLATE "C") IN ('a', 'b'))
    CONSTRAINT dm_ch_k61 CHECK (VALUE COLLATE "C" IN ('a', 'b'))
    CONSTRAINT dm_ch_k62 CHECK (lower(VALUE) COLLATE "POSIX" <> 'x')
    CONSTRAINT dm_ch_k63 CHECK (substring(VALUE FROM 1 FOR 2) <> 'x')
    CONSTRAINT dm_ch_k64 CHECK (substring(VALUE FROM 2) <> 'x')
    CONSTRAINT dm_ch_k65 CHECK (substring(VALUE FOR 2) <> 'x')
    CONSTRAINT dm_ch_k66 CHECK (substring(VALUE FROM 'a.*') IS NULL)
    CONSTRAINT dm_ch_k67 CHECK (substring(VALUE SIMILAR 'a%' ESCAPE '#') IS NULL)
    CONSTRAINT dm_ch_k68 CHECK (position('a' IN VALUE) > 0)
    CONSTRAINT dm_ch_k69 CHECK (trim(BOTH 'x' FROM VALUE) <> '')
    CONSTRAINT dm_ch_k70 CHECK (trim(LEADING FROM VALUE) <> '')
    CONSTRAINT dm_ch_k71 CHECK (trim(TRAILING 'x' FROM VALUE) <> '')
    CONSTRAINT dm_ch_k72 CHECK (trim(VALUE) <> '')
    CONSTRAINT dm_ch_k73 CHECK (btrim(VALUE) <> '')
    CONSTRAINT dm_ch_k74 CHECK (overlay(VALUE PLACING 'x' FROM 1 FOR 1) <> '')
    CONSTRAINT dm_ch_k75 CHECK (overlay(VALUE PLACING 'x' FROM 2) <> '')
    CONSTRAINT dm_ch_k76 CHECK (VALUE || 'x' <> 'y')
    CONSTRAINT dm_ch_k77 CHECK ('x' || VALUE || 'y' <> '')
    CONSTRAINT dm_ch_k78 CHECK (upper(VALUE) = VALUE)
    CONSTRAINT dm_ch_k79 CHECK (length(VALUE) > 0)
    CONSTRAINT dm_ch_k80 CHECK (char_length(VALUE) < 5)
    CONSTRAINT dm_ch_k81 CHECK (VALUE::text ~ '^[a-z]+$')
    CONSTRAINT dm_ch_k82 CHECK (left(VALUE, 1) = 'a')
    CONSTRAINT dm_ch_k83 CHECK (VALUE > '')
    CONSTRAINT dm_ch_k84 CHECK (VALUE <> ''::text)
    CONSTRAINT dm_ch_k85 CHECK (VALUE <> '')
    CONSTRAINT dm_ch_k86 CHECK (VALUE = 'a'::text)
    CONSTRAINT dm_ch_k87 CHECK (VALUE::text = 'a')
    CONSTRAINT dm_ch_k88 CHECK ((VALUE)::text = 'a'::text)
    CONSTRAINT dm_ch_k89 CHECK (VALUE IN ('a'::text, 'b'::text))
    CONSTRAINT dm_ch_k90 CHECK (VALUE IN ('a'::varchar, 'b'::varchar))
    CONSTRAINT dm_ch_k91 CHECK (VALUE = ANY (ARRAY['a'::varchar, 'b'::varchar]))
    CONSTRAINT dm_ch_k92 CHECK (VALUE = ANY (ARRAY['a', 'b']::varchar[]))
    CONSTRAINT dm_ch_k93 CHECK (VALUE = ANY ('{a,b}'::varchar[]))
    CONSTRAINT dm_ch_k94 CHECK (VALUE = ANY ('{a,b}'::text[]))
    CONSTRAINT dm_ch_k95 CHECK (VALUE = ANY (string_to_array('a,b', ',')))
    CONSTRAINT dm_ch_k96 CHECK (VALUE ^@ 'a')
    CONSTRAINT dm_ch_k97 CHECK (starts_with(VALUE, 'a'))
    CONSTRAINT dm_ch_k98 CHECK (VALUE IS NORMALIZED)
    CONSTRAINT dm_ch_k99 CHECK (VALUE IS NOT NFC NORMALIZED)
    CONSTRAINT dm_ch_k100 CHECK (normalize(VALUE, NFKC) = VALUE)
    CONSTRAINT dm_ch_k101 CHECK (VALUE NOT IN ('a', 'b') AND VALUE IS NOT NULL)
    CONSTRAINT dm_ch_k102 CHECK (NOT VALUE IN ('a'))
    CONSTRAINT dm_ch_k103 CHECK (VALUE LIKE ANY (ARRAY['a%', 'b%']))
    CONSTRAINT dm_ch_k104 CHECK (VALUE ILIKE ALL (ARRAY['%']))
    CONSTRAINT dm_ch_k105 CHECK (VALUE COLLATE "C" LIKE 'a%')
    CONSTRAINT dm_ch_k106 CHECK (E'a\nb' <> VALUE)
    CONSTRAINT dm_ch_k107 CHECK (U&'\0041' <> VALUE)
    CONSTRAINT dm_ch_k108 CHECK ($$x$$ <> VALUE)
    CONSTRAINT dm_ch_k109 CHECK (VALUE <> N'x')
    CONSTRAINT dm_ch_k110 CHECK (VALUE ~ E'\\d')
    CONSTRAINT dm_ch_k111 CHECK (VALUE ~ '\d')
    CONSTRAINT dm_ch_k112 CHECK (format('%s', VALUE) <> '')
    CONSTRAINT dm_ch_k113 CHECK (concat(VALUE, 1) <> '')
    CONSTRAINT dm_ch_k114 CHECK (VALUE::name <> 'x')
    CONSTRAINT dm_ch_k115 CHECK (VALUE::bpchar <> 'x')
    CONSTRAINT dm_ch_k116 CHECK (VALUE::char(2) <> 'x')
    CONSTRAINT dm_ch_k117 CHECK (VALUE || 1 <> '')
    CONSTRAINT dm_ch_k118 CHECK (1 || VALUE <> '')
    CONSTRAINT dm_ch_k119 CHECK (VALUE IN ('a' COLLATE "C", 'b'))
    CONSTRAINT dm_ch_k120 CHECK (VALUE::varchar(2) = ANY (ARRAY['a', 'b']));
CREATE TABLE x_tx (
    c text,
    d0 text DEFAULT 'a',
    d1 text DEFAULT E'\n',
    d2 text DEFAULT $$x$$,
    d3 text DEFAULT 'a'::varchar(3),
    d4 text DEFAULT gen_random_uuid()::text,
    d5 text DEFAULT md5(random()::text),
    d6 text DEFAULT CURRENT_USER,
    d7 text DEFAULT version(),
    d8 text DEFAULT current_setting('application_name'),
    d9 text DEFAULT 'a' COLLATE "C",
    d10 text DEFAULT ARRAY['a']::text,
    d11 text DEFAULT format('%s-%s', 1, 2),
    d12 text DEFAULT substring('abc' FROM 2),
    d13 text DEFAULT trim(BOTH FROM ' a '),
    d14 text DEFAULT 'NULL',
    d15 text DEFAULT NULL::text,
    g0 text GENERATED ALWAYS AS (c || 'x') STORED,
    g1 character varying GENERATED ALWAYS AS (c::varchar(5)) STORED,
    g2 integer GENERATED ALWAYS AS (CASE c WHEN 'a' THEN 1 ELSE -1 END) STORED,
    g3 tsvector GENERATED ALWAYS AS (to_tsvector('simple', c)) STORED,
    g5 text GENERATED ALWAYS AS (md5(c)) STORED,
    g6 text GENERATED ALWAYS AS (NULLIF(c, '')) STORED,
    g7 boolean GENERATED ALWAYS AS (c ILIKE 'a%') STORED,
    g8 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a%') STORED,
    g9 text GENERATED ALWAYS AS (regexp_replace(c, '\s+', ' ', 'g')) STORED,
    g10 text GENERATED ALWAYS AS (split_part(c, ',', 1)) STORED,
    g11 boolean GENERATED ALWAYS AS (c IN ('a')) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('a')) STORED,
    gb3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b'])) STORED,
    gb4 boolean GENERATED ALWAYS AS (c <> ALL (ARRAY['a', 'b'])) STORED,
    gb5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b', NULL])) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('a', 'b', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('a', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 'a' AND 'b') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 'a' AND 'b') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 'b' AND 'a') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 'a' AND 'b') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 'a') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 'a') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 'a') = 'a') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 'a') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 'a', 'b') = 'b') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 'a') <> 'b') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 'a' THEN true ELSE c = 'b' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('a', 'b')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('a', 'b')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('a', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 'a'::text) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('b' AS text)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 'a' OR c < 'b') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 'a')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 'a') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::text[])) STORED,
    gb36 boolean GENERATED ALWAYS AS (c = ALL (ARRAY['a'])) STORED,
    gb37 boolean GENERATED ALWAYS AS (c > ANY (ARRAY['a', 'b'])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a']::text[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('a'::text, 'b'::text)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::text, 'b'::text])) STORED,
    gb41 boolean GENERATED ALWAYS AS (ARRAY[c] <> ARRAY['a']) STORED,
    gb42 boolean GENERATED ALWAYS AS (ARRAY[c, 'a'] = ARRAY['a', 'b']) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c LIKE 'a%') STORED,
    gb48 boolean GENERATED ALWAYS AS (c NOT LIKE 'a%') STORED,
    gb49 boolean GENERATED ALWAYS AS (c ILIKE 'A%') STORED,
    gb50 boolean GENERATED ALWAYS AS (c NOT ILIKE 'a%') STORED,
    gb51 boolean GENERATED ALWAYS AS (c LIKE 'a!%' ESCAPE '!') STORED,
    gb52 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a%') STORED,
    gb53 boolean GENERATED ALWAYS AS (c NOT SIMILAR TO '(a|b)%') STORED,
    gb54 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a#%' ESCAPE '#') STORED,
    gb55 boolean GENERATED ALWAYS AS (c ~ '^a') STORED,
    gb56 boolean GENERATED ALWAYS AS (c ~* '^A') STORED,
    gb57 boolean GENERATED ALWAYS AS (c !~ 'x') STORED,
    gb58 boolean GENERATED ALWAYS AS (c !~* 'x') STORED,
    gb59 boolean GENERATED ALWAYS AS (c COLLATE "C" < 'b') STORED,
    gb60 boolean GENERATED ALWAYS AS ((c COLLATE "C") IN ('a', 'b')) STORED,
    gb61 boolean GENERATED ALWAYS AS (c COLLATE "C" IN ('a', 'b')) STORED,
    gb62 boolean GENERATED ALWAYS AS (lower(c) COLLATE "POSIX" <> 'x') STORED,
    gb63 boolean GENERATED ALWAYS AS (substring(c FROM 1 FOR 2) <> 'x') STORED,
    gb64 boolean GENERATED ALWAYS AS (substring(c FROM 2) <> 'x') STORED,
    gb65 boolean GENERATED ALWAYS AS (substring(c FOR 2) <> 'x') STORED,
    gb66 boolean GENERATED ALWAYS AS (substring(c FROM 'a.*') IS NULL) STORED,
    gb67 boolean GENERATED ALWAYS AS (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL) STORED,
    gb68 boolean GENERATED ALWAYS AS (position('a' IN c) > 0) STORED,
    gb69 boolean GENERATED ALWAYS AS (trim(BOTH 'x' FROM c) <> '') STORED,
    gb70 boolean GENERATED ALWAYS AS (trim(LEADING FROM c) <> '') STORED,
    gb71 boolean GENERATED ALWAYS AS (trim(TRAILING 'x' FROM c) <> '') STORED,
    gb72 boolean GENERATED ALWAYS AS (trim(c) <> '') STORED,
    gb73 boolean GENERATED ALWAYS AS (btrim(c) <> '') STORED,
    gb74 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 1 FOR 1) <> '') STORED,
    gb75 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 2) <> '') STORED,
    gb76 boolean GENERATED ALWAYS AS (c || 'x' <> 'y') STORED,
    gb77 boolean GENERATED ALWAYS AS ('x' || c || 'y' <> '') STORED,
    gb78 boolean GENERATED ALWAYS AS (upper(c) = c) STORED,
    gb79 boolean GENERATED ALWAYS AS (length(c) > 0) STORED,
    gb80 boolean GENERATED ALWAYS AS (char_length(c) < 5) STORED,
    gb81 boolean GENERATED ALWAYS AS (c::text ~ '^[a-z]+$') STORED,
    gb82 boolean GENERATED ALWAYS AS (left(c, 1) = 'a') STORED,
    gb83 boolean GENERATED ALWAYS AS (c > '') STORED,
    gb84 boolean GENERATED ALWAYS AS (c <> ''::text) STORED,
    gb85 boolean GENERATED ALWAYS AS (c <> '') STORED,
    gb86 boolean GENERATED ALWAYS AS (c::text = 'a') STORED,
    gb87 boolean GENERATED ALWAYS AS ((c)::text = 'a'::text) STORED,
    gb88 boolean GENERATED ALWAYS AS (c IN ('a'::varchar, 'b'::varchar)) STORED,
    gb89 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::varchar, 'b'::varchar])) STORED,
    gb90 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b']::varchar[])) STORED,
    gb91 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::varchar[])) STORED,
    gb92 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::text[])) STORED,
    gb94 boolean GENERATED ALWAYS AS (c ^@ 'a') STORED,
    gb95 boolean GENERATED ALWAYS AS (starts_with(c, 'a')) STORED,
    gb96 boolean GENERATED ALWAYS AS (c IS NORMALIZED) STORED,
    gb97 boolean GENERATED ALWAYS AS (c IS NOT NFC NORMALIZED) STORED,
    gb98 boolean GENERATED ALWAYS AS (normalize(c, NFKC) = c) STORED,
    gb99 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b') AND c IS NOT NULL) STORED,
    gb100 boolean GENERATED ALWAYS AS (NOT c IN ('a')) STORED,
    gb101 boolean GENERATED ALWAYS AS (c LIKE ANY (ARRAY['a%', 'b%'])) STORED,
    gb102 boolean GENERATED ALWAYS AS (c ILIKE ALL (ARRAY['%'])) STORED,
    gb103 boolean GENERATED ALWAYS AS (c COLLATE "C" LIKE 'a%') STORED,
    gb104 boolean GENERATED ALWAYS AS (E'a\nb' <> c) STORED,
    gb105 boolean GENERATED ALWAYS AS (U&'\0041' <> c) STORED,
    gb106 boolean GENERATED ALWAYS AS ($$x$$ <> c) STORED,
    gb107 boolean GENERATED ALWAYS AS (c <> N'x') STORED,
    gb108 boolean GENERATED ALWAYS AS (c ~ E'\\d') STORED,
    gb109 boolean GENERATED ALWAYS AS (c ~ '\d') STORED,
    gb112 boolean GENERATED ALWAYS AS (c::name <> 'x') STORED,
    gb113 boolean GENERATED ALWAYS AS (c::bpchar <> 'x') STORED,
    gb114 boolean GENERATED ALWAYS AS (c::char(2) <> 'x') STORED,
    gb115 boolean GENERATED ALWAYS AS (c || 1 <> '') STORED,
    gb116 boolean GENERATED ALWAYS AS (1 || c <> '') STORED,
    gb117 boolean GENERATED ALWAYS AS (c IN ('a' COLLATE "C", 'b')) STORED,
    gb118 boolean GENERATED ALWAYS AS (c::varchar(2) = ANY (ARRAY['a', 'b'])) STORED,
    CONSTRAINT x_tx_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_tx_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_tx_k2 CHECK (c IN ('a')),
    CONSTRAINT x_tx_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_tx_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_tx_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_tx_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_tx_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_tx_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_tx_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_tx_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_tx_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_tx_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_tx_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_tx_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_tx_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_tx_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_tx_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_tx_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_tx_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_tx_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tx_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_tx_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_tx_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_tx_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tx_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tx_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tx_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tx_k28 CHECK (c = 'a'::text),
    CONSTRAINT x_tx_k29 CHECK (c <> CAST('b' AS text)),
    CONSTRAINT x_tx_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_tx_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_tx_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_tx_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tx_k34 CHECK (c = ANY ('{}'::text[])),
    CONSTRAINT x_tx_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_tx_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_tx_k38 CHECK (c = ANY (ARRAY['a']::text[])),
    CONSTRAINT x_tx_k39 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_tx_k40 CHECK (c = ANY (ARRAY['a'::text, 'b'::text])),
    CONSTRAINT x_tx_k41 CHECK (ARRAY[c] <> ARRAY['a']),
    CONSTRAINT x_tx_k42 CHECK (ARRAY[c, 'a'] = ARRAY['a', 'b']),
    CONSTRAINT x_tx_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tx_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tx_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tx_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tx_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_tx_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_tx_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_tx_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_tx_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_tx_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_tx_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_tx_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_tx_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_tx_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_tx_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_tx_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_tx_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_tx_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_tx_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_tx_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_tx_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_tx_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_tx_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_tx_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_tx_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_tx_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_tx_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_tx_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_tx_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_tx_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_tx_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_tx_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_tx_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_tx_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_tx_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_tx_k78 CHECK (upper(c) = c),
    CONSTRAINT x_tx_k79 CHECK (length(c) > 0),
    CONSTRAINT x_tx_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_tx_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_tx_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_tx_k83 CHECK (c > ''),
    CONSTRAINT x_tx_k84 CHECK (c <> ''::text),
    CONSTRAINT x_tx_k85 CHECK (c <> ''),
    CONSTRAINT x_tx_k86 CHECK (c::text = 'a'),
    CONSTRAINT x_tx_k87 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_tx_k88 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_tx_k89 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_tx_k90 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_tx_k91 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_tx_k92 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_tx_k93 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_tx_k94 CHECK (c ^@ 'a'),
    CONSTRAINT x_tx_k95 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_tx_k96 CHECK (c IS NORMALIZED),
    CONSTRAINT x_tx_k97 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_tx_k98 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_tx_k99 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_tx_k100 CHECK (NOT c IN ('a')),
    CONSTRAINT x_tx_k101 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_tx_k102 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_tx_k103 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_tx_k104 CHECK (E'a\nb' <> c),
    CONSTRAINT x_tx_k105 CHECK (U&'\0041' <> c),
    CONSTRAINT x_tx_k106 CHECK ($$x$$ <> c),
    CONSTRAINT x_tx_k107 CHECK (c <> N'x'),
    CONSTRAINT x_tx_k108 CHECK (c ~ E'\\d'),
    CONSTRAINT x_tx_k109 CHECK (c ~ '\d'),
    CONSTRAINT x_tx_k110 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_tx_k111 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_tx_k112 CHECK (c::name <> 'x'),
    CONSTRAINT x_tx_k113 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_tx_k114 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_tx_k115 CHECK (c || 1 <> ''),
    CONSTRAINT x_tx_k116 CHECK (1 || c <> ''),
    CONSTRAINT x_tx_k117 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_tx_k118 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE INDEX x_tx_w0 ON x_tx (c) WHERE c IN ('a', 'b');
CREATE INDEX x_tx_e0 ON x_tx ((c IN ('a', 'b')));
CREATE INDEX x_tx_w1 ON x_tx (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_tx_e1 ON x_tx ((c NOT IN ('a', 'b')));
CREATE INDEX x_tx_w2 ON x_tx (c) WHERE c IN ('a');
CREATE INDEX x_tx_e2 ON x_tx ((c IN ('a')));
CREATE INDEX x_tx_w3 ON x_tx (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_tx_e3 ON x_tx ((c = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_tx_w4 ON x_tx (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_tx_e4 ON x_tx ((c <> ALL (ARRAY['a', 'b'])));
CREATE INDEX x_tx_w5 ON x_tx (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_tx_e5 ON x_tx ((c = ANY (ARRAY['a', 'b', NULL])));
CREATE INDEX x_tx_w6 ON x_tx (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_tx_e6 ON x_tx ((c IN ('a', 'b', NULL)));
CREATE INDEX x_tx_w7 ON x_tx (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_tx_e7 ON x_tx ((c = ANY (ARRAY['a', c])));
CREATE INDEX x_tx_w8 ON x_tx (c) WHERE c IN ('a', c);
CREATE INDEX x_tx_e8 ON x_tx ((c IN ('a', c)));
CREATE INDEX x_tx_w9 ON x_tx (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_tx_e9 ON x_tx ((c BETWEEN 'a' AND 'b'));
CREATE INDEX x_tx_w10 ON x_tx (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_tx_e10 ON x_tx ((c NOT BETWEEN 'a' AND 'b'));
CREATE INDEX x_tx_w11 ON x_tx (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_tx_e11 ON x_tx ((c BETWEEN SYMMETRIC 'b' AND 'a'));
CREATE INDEX x_tx_w12 ON x_tx (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_tx_e12 ON x_tx ((c NOT BETWEEN SYMMETRIC 'a' AND 'b'));
CREATE INDEX x_tx_w13 ON x_tx (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_tx_e13 ON x_tx ((c IS DISTINCT FROM 'a'));
CREATE INDEX x_tx_w14 ON x_tx (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_tx_e14 ON x_tx ((c IS NOT DISTINCT FROM 'a'));
CREATE INDEX x_tx_w15 ON x_tx (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_tx_e15 ON x_tx ((COALESCE(c, 'a') = 'a'));
CREATE INDEX x_tx_w16 ON x_tx (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_tx_e16 ON x_tx ((NULLIF(c, 'a') IS NULL));
CREATE INDEX x_tx_w17 ON x_tx (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_tx_e17 ON x_tx ((GREATEST(c, 'a', 'b') = 'b'));
CREATE INDEX x_tx_w18 ON x_tx (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_tx_e18 ON x_tx ((LEAST(c, 'a') <> 'b'));
CREATE INDEX x_tx_w19 ON x_tx (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_tx_e19 ON x_tx ((CASE WHEN c = 'a' THEN true ELSE c = 'b' END));
CREATE INDEX x_tx_w20 ON x_tx (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_tx_e20 ON x_tx ((CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_tx_w21 ON x_tx (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_tx_e21 ON x_tx (((c, c) = ('a', 'b')));
CREATE INDEX x_tx_w22 ON x_tx (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_tx_e22 ON x_tx (((c, c) < ('a', 'b')));
CREATE INDEX x_tx_w23 ON x_tx (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_tx_e23 ON x_tx (((c, 1) IS DISTINCT FROM ('a', 1)));
CREATE INDEX x_tx_w24 ON x_tx (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tx_e24 ON x_tx ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_tx_w25 ON x_tx (c) WHERE c::text <> '';
CREATE INDEX x_tx_e25 ON x_tx ((c::text <> ''));
CREATE INDEX x_tx_w26 ON x_tx (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_tx_e26 ON x_tx ((CAST(c AS text) <> ''));
CREATE INDEX x_tx_w27 ON x_tx (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_tx_e27 ON x_tx ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_tx_w28 ON x_tx (c) WHERE c = 'a'::text;
CREATE INDEX x_tx_e28 ON x_tx ((c = 'a'::text));
CREATE INDEX x_tx_w29 ON x_tx (c) WHERE c <> CAST('b' AS text);
CREATE INDEX x_tx_e29 ON x_tx ((c <> CAST('b' AS text)));
CREATE INDEX x_tx_w30 ON x_tx (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_tx_e30 ON x_tx ((c > 'a' OR c < 'b'));
CREATE INDEX x_tx_w31 ON x_tx (c) WHERE NOT (c = 'a');
CREATE INDEX x_tx_e31 ON x_tx ((NOT (c = 'a')));
CREATE INDEX x_tx_w32 ON x_tx (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_tx_e32 ON x_tx ((c IS NULL OR c <> 'a'));
CREATE INDEX x_tx_w33 ON x_tx (c) WHERE c = ANY ('{}');
CREATE INDEX x_tx_e33 ON x_tx ((c = ANY ('{}')));
CREATE INDEX x_tx_w34 ON x_tx (c) WHERE c = ANY ('{}'::text[]);
CREATE INDEX x_tx_e34 ON x_tx ((c = ANY ('{}'::text[])));
CREATE INDEX x_tx_w36 ON x_tx (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_tx_e36 ON x_tx ((c = ALL (ARRAY['a'])));
CREATE INDEX x_tx_w37 ON x_tx (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_tx_e37 ON x_tx ((c > ANY (ARRAY['a', 'b'])));
CREATE INDEX x_tx_w38 ON x_tx (c) WHERE c = ANY (ARRAY['a']::text[]);
CREATE INDEX x_tx_e38 ON x_tx ((c = ANY (ARRAY['a']::text[])));
CREATE INDEX x_tx_w39 ON x_tx (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_tx_e39 ON x_tx ((c IN ('a'::text, 'b'::text)));
CREATE INDEX x_tx_w40 ON x_tx (c) WHERE c = ANY (ARRAY['a'::text, 'b'::text]);
CREATE INDEX x_tx_e40 ON x_tx ((c = ANY (ARRAY['a'::text, 'b'::text])));
CREATE INDEX x_tx_w41 ON x_tx (c) WHERE ARRAY[c] <> ARRAY['a'];
CREATE INDEX x_tx_e41 ON x_tx ((ARRAY[c] <> ARRAY['a']));
CREATE INDEX x_tx_w42 ON x_tx (c) WHERE ARRAY[c, 'a'] = ARRAY['a', 'b'];
CREATE INDEX x_tx_e42 ON x_tx ((ARRAY[c, 'a'] = ARRAY['a', 'b']));
CREATE INDEX x_tx_w43 ON x_tx (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_tx_e43 ON x_tx ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_tx_w44 ON x_tx (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_tx_e44 ON x_tx ((c::text IN ('a', 'b')));
CREATE INDEX x_tx_w45 ON x_tx (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_tx_e45 ON x_tx ((c::varchar IN ('a', 'b')));
CREATE INDEX x_tx_w46 ON x_tx (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_tx_e46 ON x_tx ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_tx_w47 ON x_tx (c) WHERE c LIKE 'a%';
CREATE INDEX x_tx_e47 ON x_tx ((c LIKE 'a%'));
CREATE INDEX x_tx_w48 ON x_tx (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_tx_e48 ON x_tx ((c NOT LIKE 'a%'));
CREATE INDEX x_tx_w49 ON x_tx (c) WHERE c ILIKE 'A%';
CREATE INDEX x_tx_e49 ON x_tx ((c ILIKE 'A%'));
CREATE INDEX x_tx_w50 ON x_tx (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_tx_e50 ON x_tx ((c NOT ILIKE 'a%'));
CREATE INDEX x_tx_w51 ON x_tx (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_tx_e51 ON x_tx ((c LIKE 'a!%' ESCAPE '!'));
CREATE INDEX x_tx_w52 ON x_tx (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_tx_e52 ON x_tx ((c SIMILAR TO 'a%'));
CREATE INDEX x_tx_w53 ON x_tx (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_tx_e53 ON x_tx ((c NOT SIMILAR TO '(a|b)%'));
CREATE INDEX x_tx_w54 ON x_tx (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_tx_e54 ON x_tx ((c SIMILAR TO 'a#%' ESCAPE '#'));
CREATE INDEX x_tx_w55 ON x_tx (c) WHERE c ~ '^a';
CREATE INDEX x_tx_e55 ON x_tx ((c ~ '^a'));
CREATE INDEX x_tx_w56 ON x_tx (c) WHERE c ~* '^A';
CREATE INDEX x_tx_e56 ON x_tx ((c ~* '^A'));
CREATE INDEX x_tx_w57 ON x_tx (c) WHERE c !~ 'x';
CREATE INDEX x_tx_e57 ON x_tx ((c !~ 'x'));
CREATE INDEX x_tx_w58 ON x_tx (c) WHERE c !~* 'x';
CREATE INDEX x_tx_e58 ON x_tx ((c !~* 'x'));
CREATE INDEX x_tx_w59 ON x_tx (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_tx_e59 ON x_tx ((c COLLATE "C" < 'b'));
CREATE INDEX x_tx_w60 ON x_tx (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_tx_e60 ON x_tx (((c COLLATE "C") IN ('a', 'b')));
CREATE INDEX x_tx_w61 ON x_tx (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_tx_e61 ON x_tx ((c COLLATE "C" IN ('a', 'b')));
CREATE INDEX x_tx_w62 ON x_tx (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_tx_e62 ON x_tx ((lower(c) COLLATE "POSIX" <> 'x'));
CREATE INDEX x_tx_w63 ON x_tx (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_tx_e63 ON x_tx ((substring(c FROM 1 FOR 2) <> 'x'));
CREATE INDEX x_tx_w64 ON x_tx (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_tx_e64 ON x_tx ((substring(c FROM 2) <> 'x'));
CREATE INDEX x_tx_w65 ON x_tx (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_tx_e65 ON x_tx ((substring(c FOR 2) <> 'x'));
CREATE INDEX x_tx_w66 ON x_tx (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_tx_e66 ON x_tx ((substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_tx_w67 ON x_tx (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_tx_e67 ON x_tx ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL));
CREATE INDEX x_tx_w68 ON x_tx (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_tx_e68 ON x_tx ((position('a' IN c) > 0));
CREATE INDEX x_tx_w69 ON x_tx (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_tx_e69 ON x_tx ((trim(BOTH 'x' FROM c) <> ''));
CREATE INDEX x_tx_w70 ON x_tx (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_tx_e70 ON x_tx ((trim(LEADING FROM c) <> ''));
CREATE INDEX x_tx_w71 ON x_tx (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_tx_e71 ON x_tx ((trim(TRAILING 'x' FROM c) <> ''));
CREATE INDEX x_tx_w72 ON x_tx (c) WHERE trim(c) <> '';
CREATE INDEX x_tx_e72 ON x_tx ((trim(c) <> ''));
CREATE INDEX x_tx_w73 ON x_tx (c) WHERE btrim(c) <> '';
CREATE INDEX x_tx_e73 ON x_tx ((btrim(c) <> ''));
CREATE INDEX x_tx_w74 ON x_tx (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_tx_e74 ON x_tx ((overlay(c PLACING 'x' FROM 1 FOR 1) <> ''));
CREATE INDEX x_tx_w75 ON x_tx (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_tx_e75 ON x_tx ((overlay(c PLACING 'x' FROM 2) <> ''));
CREATE INDEX x_tx_w76 ON x_tx (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_tx_e76 ON x_tx ((c || 'x' <> 'y'));
CREATE INDEX x_tx_w77 ON x_tx (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_tx_e77 ON x_tx (('x' || c || 'y' <> ''));
CREATE INDEX x_tx_w78 ON x_tx (c) WHERE upper(c) = c;
CREATE INDEX x_tx_e78 ON x_tx ((upper(c) = c));
CREATE INDEX x_tx_w79 ON x_tx (c) WHERE length(c) > 0;
CREATE INDEX x_tx_e79 ON x_tx ((length(c) > 0));
CREATE INDEX x_tx_w80 ON x_tx (c) WHERE char_length(c) < 5;
CREATE INDEX x_tx_e80 ON x_tx ((char_length(c) < 5));
CREATE INDEX x_tx_w81 ON x_tx (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_tx_e81 ON x_tx ((c::text ~ '^[a-z]+$'));
CREATE INDEX x_tx_w82 ON x_tx (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_tx_e82 ON x_tx ((left(c, 1) = 'a'));
CREATE INDEX x_tx_w83 ON x_tx (c) WHERE c > '';
CREATE INDEX x_tx_e83 ON x_tx ((c > ''));
CREATE INDEX x_tx_w84 ON x_tx (c) WHERE c <> ''::text;
CREATE INDEX x_tx_e84 ON x_tx ((c <> ''::text));
CREATE INDEX x_tx_w85 ON x_tx (c) WHERE c <> '';
CREATE INDEX x_tx_e85 ON x_tx ((c <> ''));
CREATE INDEX x_tx_w86 ON x_tx (c) WHERE c::text = 'a';
CREATE INDEX x_tx_e86 ON x_tx ((c::text = 'a'));
CREATE INDEX x_tx_w87 ON x_tx (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_tx_e87 ON x_tx (((c)::text = 'a'::text));
CREATE INDEX x_tx_w88 ON x_tx (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_tx_e88 ON x_tx ((c IN ('a'::varchar, 'b'::varchar)));
CREATE INDEX x_tx_w89 ON x_tx (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_tx_e89 ON x_tx ((c = ANY (ARRAY['a'::varchar, 'b'::varchar])));
CREATE INDEX x_tx_w90 ON x_tx (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_tx_e90 ON x_tx ((c = ANY (ARRAY['a', 'b']::varchar[])));
CREATE INDEX x_tx_w91 ON x_tx (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_tx_e91 ON x_tx ((c = ANY ('{a,b}'::varchar[])));
CREATE INDEX x_tx_w92 ON x_tx (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_tx_e92 ON x_tx ((c = ANY ('{a,b}'::text[])));
CREATE INDEX x_tx_w93 ON x_tx (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_tx_e93 ON x_tx ((c = ANY (string_to_array('a,b', ','))));
CREATE INDEX x_tx_w94 ON x_tx (c) WHERE c ^@ 'a';
CREATE INDEX x_tx_e94 ON x_tx ((c ^@ 'a'));
CREATE INDEX x_tx_w95 ON x_tx (c) WHERE starts_with(c, 'a');
CREATE INDEX x_tx_e95 ON x_tx ((starts_with(c, 'a')));
CREATE INDEX x_tx_w96 ON x_tx (c) WHERE c IS NORMALIZED;
CREATE INDEX x_tx_e96 ON x_tx ((c IS NORMALIZED));
CREATE INDEX x_tx_w97 ON x_tx (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_tx_e97 ON x_tx ((c IS NOT NFC NORMALIZED));
CREATE INDEX x_tx_w98 ON x_tx (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_tx_e98 ON x_tx ((normalize(c, NFKC) = c));
CREATE INDEX x_tx_w99 ON x_tx (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_tx_e99 ON x_tx ((c NOT IN ('a', 'b') AND c IS NOT NULL));
CREATE INDEX x_tx_w100 ON x_tx (c) WHERE NOT c IN ('a');
CREATE INDEX x_tx_e100 ON x_tx ((NOT c IN ('a')));
CREATE INDEX x_tx_w101 ON x_tx (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_tx_e101 ON x_tx ((c LIKE ANY (ARRAY['a%', 'b%'])));
CREATE INDEX x_tx_w102 ON x_tx (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_tx_e102 ON x_tx ((c ILIKE ALL (ARRAY['%'])));
CREATE INDEX x_tx_w103 ON x_tx (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_tx_e103 ON x_tx ((c COLLATE "C" LIKE 'a%'));
CREATE INDEX x_tx_w104 ON x_tx (c) WHERE E'a\nb' <> c;
CREATE INDEX x_tx_e104 ON x_tx ((E'a\nb' <> c));
CREATE INDEX x_tx_w105 ON x_tx (c) WHERE U&'\0041' <> c;
CREATE INDEX x_tx_e105 ON x_tx ((U&'\0041' <> c));
CREATE INDEX x_tx_w106 ON x_tx (c) WHERE $$x$$ <> c;
CREATE INDEX x_tx_e106 ON x_tx (($$x$$ <> c));
CREATE INDEX x_tx_w107 ON x_tx (c) WHERE c <> N'x';
CREATE INDEX x_tx_e107 ON x_tx ((c <> N'x'));
CREATE INDEX x_tx_w108 ON x_tx (c) WHERE c ~ E'\\d';
CREATE INDEX x_tx_e108 ON x_tx ((c ~ E'\\d'));
CREATE INDEX x_tx_w109 ON x_tx (c) WHERE c ~ '\d';
CREATE INDEX x_tx_e109 ON x_tx ((c ~ '\d'));
CREATE INDEX x_tx_w112 ON x_tx (c) WHERE c::name <> 'x';
CREATE INDEX x_tx_e112 ON x_tx ((c::name <> 'x'));
CREATE INDEX x_tx_w113 ON x_tx (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_tx_e113 ON x_tx ((c::bpchar <> 'x'));
CREATE INDEX x_tx_w114 ON x_tx (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_tx_e114 ON x_tx ((c::char(2) <> 'x'));
CREATE INDEX x_tx_w115 ON x_tx (c) WHERE c || 1 <> '';
CREATE INDEX x_tx_e115 ON x_tx ((c || 1 <> ''));
CREATE INDEX x_tx_w116 ON x_tx (c) WHERE 1 || c <> '';
CREATE INDEX x_tx_e116 ON x_tx ((1 || c <> ''));
CREATE INDEX x_tx_w117 ON x_tx (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_tx_e117 ON x_tx ((c IN ('a' COLLATE "C", 'b')));
CREATE INDEX x_tx_w118 ON x_tx (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_tx_e118 ON x_tx ((c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE DOMAIN dm_tx AS text DEFAULT 'a'
    CONSTRAINT dm_tx_k0 CHECK (VALUE IN ('a', 'b'))
    CONSTRAINT dm_tx_k1 CHECK (VALUE NOT IN ('a', 'b'))
    CONSTRAINT dm_tx_k2 CHECK (VALUE IN ('a'))
    CONSTRAINT dm_tx_k3 CHECK (VALUE = ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_tx_k4 CHECK (VALUE <> ALL (ARRAY['a', 'b']))
    CONSTRAINT dm_tx_k5 CHECK (VALUE = ANY (ARRAY['a', 'b', NULL]))
    CONSTRAINT dm_tx_k6 CHECK (VALUE IN ('a', 'b', NULL))
    CONSTRAINT dm_tx_k7 CHECK (VALUE = ANY (ARRAY['a', VALUE]))
    CONSTRAINT dm_tx_k8 CHECK (VALUE IN ('a', VALUE))
    CONSTRAINT dm_tx_k9 CHECK (VALUE BETWEEN 'a' AND 'b')
    CONSTRAINT dm_tx_k10 CHECK (VALUE NOT BETWEEN 'a' AND 'b')
    CONSTRAINT dm_tx_k11 CHECK (VALUE BETWEEN SYMMETRIC 'b' AND 'a')
    CONSTRAINT dm_tx_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 'a' AND 'b')
    CONSTRAINT dm_tx_k13 CHECK (VALUE IS DISTINCT FROM 'a')
    CONSTRAINT dm_tx_k14 CHECK (VALUE IS NOT DISTINCT FROM 'a')
    CONSTRAINT dm_tx_k15 CHECK (COALESCE(VALUE, 'a') = 'a')
    CONSTRAINT dm_tx_k16 CHECK (NULLIF(VALUE, 'a') IS NULL)
    CONSTRAINT dm_tx_k17 CHECK (GREATEST(VALUE, 'a', 'b') = 'b')
    CONSTRAINT dm_tx_k18 CHECK (LEAST(VALUE, 'a') <> 'b')
    CONSTRAINT dm_tx_k19 CHECK (CASE WHEN VALUE = 'a' THEN true ELSE VALUE = 'b' END)
    CONSTRAINT dm_tx_k20 CHECK (CASE VALUE WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_tx_k21 CHECK ((VALUE, VALUE) = ('a', 'b'))
    CONSTRAINT dm_tx_k22 CHECK ((VALUE, VALUE) < ('a', 'b'))
    CONSTRAINT dm_tx_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('a', 1))
    CONSTRAINT dm_tx_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_tx_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_tx_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_tx_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_tx_k28 CHECK (VALUE = 'a'::text)
    CONSTRAINT dm_tx_k29 CHECK (VALUE <> CAST('b' AS text))
    CONSTRAINT dm_tx_k30 CHECK (VALUE > 'a' OR VALUE < 'b')
    CONSTRAINT dm_tx_k31 CHECK (NOT (VALUE = 'a'))
    CONSTRAINT dm_tx_k32 CHECK (VALUE IS NULL OR VALUE <> 'a')
    CONSTRAINT dm_tx_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_tx_k34 CHECK (VALUE = ANY ('{}'::text[]))
    CONSTRAINT dm_tx_k36 CHECK (VALUE = ALL (ARRAY['a']))
    CONSTRAINT dm_tx_k37 CHECK (VALUE > ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_tx_k38 CHECK (VALUE = ANY (ARRAY['a']::text[]))
    CONSTRAINT dm_tx_k39 CHECK (VALUE IN ('a'::text, 'b'::text))
    CONSTRAINT dm_tx_k40 CHECK (VALUE = ANY (ARRAY['a'::text, 'b'::text]))
    CONSTRAINT dm_tx_k41 CHECK (ARRAY[VALUE] <> ARRAY['a'])
    CONSTRAINT dm_tx_k42 CHECK (ARRAY[VALUE, 'a'] = ARRAY['a', 'b'])
    CONSTRAINT dm_tx_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_tx_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_tx_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_tx_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_tx_k47 CHECK (VALUE LIKE 'a%')
    CONSTRAINT dm_tx_k48 CHECK (VALUE NOT LIKE 'a%')
    CONSTRAINT dm_tx_k49 CHECK (VALUE ILIKE 'A%')
    CONSTRAINT dm_tx_k50 CHECK (VALUE NOT ILIKE 'a%')
    CONSTRAINT dm_tx_k51 CHECK (VALUE LIKE 'a!%' ESCAPE '!')
    CONSTRAINT dm_tx_k52 CHECK (VALUE SIMILAR TO 'a%')
    CONSTRAINT dm_tx_k53 CHECK (VALUE NOT SIMILAR TO '(a|b)%')
    CONSTRAINT dm_tx_k54 CHECK (VALUE SIMILAR TO 'a#%' ESCAPE '#')
    CONSTRAINT dm_tx_k55 CHECK (VALUE ~ '^a')
    CONSTRAINT dm_tx_k56 CHECK (VALUE ~* '^A')
    CONSTRAINT dm_tx_k57 CHECK (VALUE !~ 'x')
    CONSTRAINT dm_tx_k58 CHECK (VALUE !~* 'x')
    CONSTRAINT dm_tx_k59 CHECK (VALUE COLLATE "C" < 'b')
    CONSTRAINT dm_tx_k60 CHECK ((VALUE COLLATE "C") IN ('a', 'b'))
    CONSTRAINT dm_tx_k61 CHECK (VALUE COLLATE "C" IN ('a', 'b'))
    CONSTRAINT dm_tx_k62 CHECK (lower(VALUE) COLLATE "POSIX" <> 'x')
    CONSTRAINT dm_tx_k63 CHECK (substring(VALUE FROM 1 FOR 2) <> 'x')
    CONSTRAINT dm_tx_k64 CHECK (substring(VALUE FROM 2) <> 'x')
    CONSTRAINT dm_tx_k65 CHECK (substring(VALUE FOR 2) <> 'x')
    CONSTRAINT dm_tx_k66 CHECK (substring(VALUE FROM 'a.*') IS NULL)
    CONSTRAINT dm_tx_k67 CHECK (substring(VALUE SIMILAR 'a%' ESCAPE '#') IS NULL)
    CONSTRAINT dm_tx_k68 CHECK (position('a' IN VALUE) > 0)
    CONSTRAINT dm_tx_k69 CHECK (trim(BOTH 'x' FROM VALUE) <> '')
    CONSTRAINT dm_tx_k70 CHECK (trim(LEADING FROM VALUE) <> '')
    CONSTRAINT dm_tx_k71 CHECK (trim(TRAILING 'x' FROM VALUE) <> '')
    CONSTRAINT dm_tx_k72 CHECK (trim(VALUE) <> '')
    CONSTRAINT dm_tx_k73 CHECK (btrim(VALUE) <> '')
    CONSTRAINT dm_tx_k74 CHECK (overlay(VALUE PLACING 'x' FROM 1 FOR 1) <> '')
    CONSTRAINT dm_tx_k75 CHECK (overlay(VALUE PLACING 'x' FROM 2) <> '')
    CONSTRAINT dm_tx_k76 CHECK (VALUE || 'x' <> 'y')
    CONSTRAINT dm_tx_k77 CHECK ('x' || VALUE || 'y' <> '')
    CONSTRAINT dm_tx_k78 CHECK (upper(VALUE) = VALUE)
    CONSTRAINT dm_tx_k79 CHECK (length(VALUE) > 0)
    CONSTRAINT dm_tx_k80 CHECK (char_length(VALUE) < 5)
    CONSTRAINT dm_tx_k81 CHECK (VALUE::text ~ '^[a-z]+$')
    CONSTRAINT dm_tx_k82 CHECK (left(VALUE, 1) = 'a')
    CONSTRAINT dm_tx_k83 CHECK (VALUE > '')
    CONSTRAINT dm_tx_k84 CHECK (VALUE <> ''::text)
    CONSTRAINT dm_tx_k85 CHECK (VALUE <> '')
    CONSTRAINT dm_tx_k86 CHECK (VALUE::text = 'a')
    CONSTRAINT dm_tx_k87 CHECK ((VALUE)::text = 'a'::text)
    CONSTRAINT dm_tx_k88 CHECK (VALUE IN ('a'::varchar, 'b'::varchar))
    CONSTRAINT dm_tx_k89 CHECK (VALUE = ANY (ARRAY['a'::varchar, 'b'::varchar]))
    CONSTRAINT dm_tx_k90 CHECK (VALUE = ANY (ARRAY['a', 'b']::varchar[]))
    CONSTRAINT dm_tx_k91 CHECK (VALUE = ANY ('{a,b}'::varchar[]))
    CONSTRAINT dm_tx_k92 CHECK (VALUE = ANY ('{a,b}'::text[]))
    CONSTRAINT dm_tx_k93 CHECK (VALUE = ANY (string_to_array('a,b', ',')))
    CONSTRAINT dm_tx_k94 CHECK (VALUE ^@ 'a')
    CONSTRAINT dm_tx_k95 CHECK (starts_with(VALUE, 'a'))
    CONSTRAINT dm_tx_k96 CHECK (VALUE IS NORMALIZED)
    CONSTRAINT dm_tx_k97 CHECK (VALUE IS NOT NFC NORMALIZED)
    CONSTRAINT dm_tx_k98 CHECK (normalize(VALUE, NFKC) = VALUE)
    CONSTRAINT dm_tx_k99 CHECK (VALUE NOT IN ('a', 'b') AND VALUE IS NOT NULL)
    CONSTRAINT dm_tx_k100 CHECK (NOT VALUE IN ('a'))
    CONSTRAINT dm_tx_k101 CHECK (VALUE LIKE ANY (ARRAY['a%', 'b%']))
    CONSTRAINT dm_tx_k102 CHECK (VALUE ILIKE ALL (ARRAY['%']))
    CONSTRAINT dm_tx_k103 CHECK (VALUE COLLATE "C" LIKE 'a%')
    CONSTRAINT dm_tx_k104 CHECK (E'a\nb' <> VALUE)
    CONSTRAINT dm_tx_k105 CHECK (U&'\0041' <> VALUE)
    CONSTRAINT dm_tx_k106 CHECK ($$x$$ <> VALUE)
    CONSTRAINT dm_tx_k107 CHECK (VALUE <> N'x')
    CONSTRAINT dm_tx_k108 CHECK (VALUE ~ E'\\d')
    CONSTRAINT dm_tx_k109 CHECK (VALUE ~ '\d')
    CONSTRAINT dm_tx_k110 CHECK (format('%s', VALUE) <> '')
    CONSTRAINT dm_tx_k111 CHECK (concat(VALUE, 1) <> '')
    CONSTRAINT dm_tx_k112 CHECK (VALUE::name <> 'x')
    CONSTRAINT dm_tx_k113 CHECK (VALUE::bpchar <> 'x')
    CONSTRAINT dm_tx_k114 CHECK (VALUE::char(2) <> 'x')
    CONSTRAINT dm_tx_k115 CHECK (VALUE || 1 <> '')
    CONSTRAINT dm_tx_k116 CHECK (1 || VALUE <> '')
    CONSTRAINT dm_tx_k117 CHECK (VALUE IN ('a' COLLATE "C", 'b'))
    CONSTRAINT dm_tx_k118 CHECK (VALUE::varchar(2) = ANY (ARRAY['a', 'b']));
CREATE TABLE x_nm (
    c numeric(10,2),
    d0 numeric(10,2) DEFAULT 0,
    d1 numeric(10,2) DEFAULT -1,
    d2 numeric(10,2) DEFAULT -1.5,
    d3 numeric(10,2) DEFAULT 1.50,
    d4 numeric(10,2) DEFAULT -1.5::numeric,
    d5 numeric(10,2) DEFAULT (-1.5)::numeric,
    d6 numeric(10,2) DEFAULT - 1.5,
    d7 numeric(10,2) DEFAULT 1e3,
    d8 numeric(10,2) DEFAULT 'NaN',
    d9 numeric(10,2) DEFAULT 0.0,
    d10 numeric(10,2) DEFAULT -0,
    d11 numeric(10,2) DEFAULT 100.00::numeric(10,2),
    d12 numeric(10,2) DEFAULT random()::numeric,
    d13 numeric(10,2) DEFAULT 1/3,
    d14 numeric(10,2) DEFAULT 1.0/3,
    g0 numeric GENERATED ALWAYS AS (c * -1.5) STORED,
    g1 numeric GENERATED ALWAYS AS (round(c, 1)) STORED,
    g2 integer GENERATED ALWAYS AS (c::int) STORED,
    g3 boolean GENERATED ALWAYS AS (c IN (1.5, 2)) STORED,
    g4 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1, 2])) STORED,
    g5 numeric GENERATED ALWAYS AS (-c) STORED,
    g6 double precision GENERATED ALWAYS AS (c::float8) STORED,
    g7 numeric GENERATED ALWAYS AS (c::numeric(5,1)) STORED,
    g8 numeric GENERATED ALWAYS AS (trunc(c)) STORED,
    g9 numeric GENERATED ALWAYS AS (c / 3) STORED,
    CONSTRAINT x_nm_k0 CHECK (c IN (1.5, 2)),
    CONSTRAINT x_nm_k1 CHECK (c NOT IN (1.5, 2)),
    CONSTRAINT x_nm_k2 CHECK (c IN (1.5)),
    CONSTRAINT x_nm_k3 CHECK (c = ANY (ARRAY[1.5, 2])),
    CONSTRAINT x_nm_k4 CHECK (c <> ALL (ARRAY[1.5, 2])),
    CONSTRAINT x_nm_k5 CHECK (c = ANY (ARRAY[1.5, 2, NULL])),
    CONSTRAINT x_nm_k6 CHECK (c IN (1.5, 2, NULL)),
    CONSTRAINT x_nm_k7 CHECK (c = ANY (ARRAY[1.5, c])),
    CONSTRAINT x_nm_k8 CHECK (c IN (1.5, c)),
    CONSTRAINT x_nm_k9 CHECK (c BETWEEN 1.5 AND 2),
    CONSTRAINT x_nm_k10 CHECK (c NOT BETWEEN 1.5 AND 2),
    CONSTRAINT x_nm_k11 CHECK (c BETWEEN SYMMETRIC 2 AND 1.5),
    CONSTRAINT x_nm_k12 CHECK (c NOT BETWEEN SYMMETRIC 1.5 AND 2),
    CONSTRAINT x_nm_k13 CHECK (c IS DISTINCT FROM 1.5),
    CONSTRAINT x_nm_k14 CHECK (c IS NOT DISTINCT FROM 1.5),
    CONSTRAINT x_nm_k15 CHECK (COALESCE(c, 1.5) = 1.5),
    CONSTRAINT x_nm_k16 CHECK (NULLIF(c, 1.5) IS NULL),
    CONSTRAINT x_nm_k17 CHECK (GREATEST(c, 1.5, 2) = 2),
    CONSTRAINT x_nm_k18 CHECK (LEAST(c, 1.5) <> 2),
    CONSTRAINT x_nm_k19 CHECK (CASE WHEN c = 1.5 THEN true ELSE c = 2 END),
    CONSTRAINT x_nm_k20 CHECK (CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_nm_k21 CHECK ((c, c) = (1.5, 2)),
    CONSTRAINT x_nm_k22 CHECK ((c, c) < (1.5, 2)),
    CONSTRAINT x_nm_k23 CHECK ((c, 1) IS DISTINCT FROM (1.5, 1)),
    CONSTRAINT x_nm_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_nm_k25 CHECK (c::text <> ''),
    CONSTRAINT x_nm_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_nm_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_nm_k28 CHECK (c = 1.5::numeric(10,2)),
    CONSTRAINT x_nm_k29 CHECK (c <> CAST(2 AS numeric(10,2))),
    CONSTRAINT x_nm_k30 CHECK (c > 1.5 OR c < 2),
    CONSTRAINT x_nm_k31 CHECK (NOT (c = 1.5)),
    CONSTRAINT x_nm_k32 CHECK (c IS NULL OR c <> 1.5),
    CONSTRAINT x_nm_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_nm_k34 CHECK (c = ANY ('{}'::numeric(10,2)[])),
    CONSTRAINT x_nm_k36 CHECK (c = ALL (ARRAY[1.5])),
    CONSTRAINT x_nm_k37 CHECK (c > ANY (ARRAY[1.5, 2])),
    CONSTRAINT x_nm_k38 CHECK (c = ANY (ARRAY[1.5]::numeric(10,2)[])),
    CONSTRAINT x_nm_k39 CHECK (c IN (1.5::numeric(10,2), 2::numeric(10,2))),
    CONSTRAINT x_nm_k40 CHECK (c = ANY (ARRAY[1.5::numeric(10,2), 2::numeric(10,2)])),
    CONSTRAINT x_nm_k41 CHECK (ARRAY[c] <> ARRAY[1.5]),
    CONSTRAINT x_nm_k42 CHECK (ARRAY[c, 1.5] = ARRAY[1.5, 2]),
    CONSTRAINT x_nm_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_nm_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_nm_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_nm_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_nm_k47 CHECK (c > -1),
    CONSTRAINT x_nm_k48 CHECK (c > - 1),
    CONSTRAINT x_nm_k49 CHECK (c > -1.5),
    CONSTRAINT x_nm_k50 CHECK (c <> -(1)),
    CONSTRAINT x_nm_k51 CHECK (-c < 5),
    CONSTRAINT x_nm_k52 CHECK (- c < 5),
    CONSTRAINT x_nm_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_nm_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_nm_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_nm_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_nm_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_nm_k58 CHECK (@ c > 0),
    CONSTRAINT x_nm_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_nm_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_nm_k61 CHECK (|/ c > 0),
    CONSTRAINT x_nm_k62 CHECK (c::int > 0),
    CONSTRAINT x_nm_k63 CHECK (c > -1::int),
    CONSTRAINT x_nm_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_nm_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_nm_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_nm_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_nm_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_nm_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_nm_k70 CHECK (c > 1e10),
    CONSTRAINT x_nm_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_nm_k72 CHECK (c > .5),
    CONSTRAINT x_nm_k73 CHECK (c > 5.),
    CONSTRAINT x_nm_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_nm_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_nm_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_nm_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_nm_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_nm_k79 CHECK (c < 2147483648),
    CONSTRAINT x_nm_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_nm_k81 CHECK (c <> -0),
    CONSTRAINT x_nm_k82 CHECK (c <> -0.0),
    CONSTRAINT x_nm_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_nm_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_nm_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_nm_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_nm_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_nm_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_nm_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_nm_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_nm_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_nm_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_nm_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_nm_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_nm_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_nm_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_nm_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_nm_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_nm_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_nm_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_nm_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_nm_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_nm_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_nm_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_nm_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_nm_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_nm_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_nm_k108 CHECK (NOT c > 0),
    CONSTRAINT x_nm_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_nm_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_nm_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_nm_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_nm_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_nm_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_nm_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE TABLE x_nu (
    c numeric,
    d0 numeric DEFAULT -1.5,
    d1 numeric DEFAULT -1::numeric,
    d2 numeric DEFAULT (- 1)::numeric,
    d3 numeric DEFAULT - 1,
    d4 numeric DEFAULT 1e-5,
    d5 numeric DEFAULT 'Infinity',
    d6 numeric DEFAULT '-Infinity'::numeric,
    d7 numeric DEFAULT 2^10,
    d8 numeric DEFAULT pi(),
    d9 numeric DEFAULT 99999999999999999999999,
    gb0 boolean GENERATED ALWAYS AS (c IN (1.5, -2)) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN (1.5, -2)) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN (1.5)) STORED,
    gb3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1.5, -2])) STORED,
    gb4 boolean GENERATED ALWAYS AS (c <> ALL (ARRAY[1.5, -2])) STORED,
    gb5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1.5, -2, NULL])) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN (1.5, -2, NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1.5, c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN (1.5, c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 1.5 AND -2) STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 1.5 AND -2) STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC -2 AND 1.5) STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 1.5 AND -2) STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 1.5) STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 1.5) STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 1.5) = 1.5) STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 1.5) IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 1.5, -2) = -2) STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 1.5) <> -2) STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 1.5 THEN true ELSE c = -2 END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = (1.5, -2)) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < (1.5, -2)) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM (1.5, 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 1.5::numeric) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST(-2 AS numeric)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 1.5 OR c < -2) STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 1.5)) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 1.5) STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::numeric[])) STORED,
    gb36 boolean GENERATED ALWAYS AS (c = ALL (ARRAY[1.5])) STORED,
    gb37 boolean GENERATED ALWAYS AS (c > ANY (ARRAY[1.5, -2])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1.5]::numeric[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN (1.5::numeric, -2::numeric)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1.5::numeric, -2::numeric])) STORED,
    gb41 boolean GENERATED ALWAYS AS (ARRAY[c] <> ARRAY[1.5]) STORED,
    gb42 boolean GENERATED ALWAYS AS (ARRAY[c, 1.5] = ARRAY[1.5, -2]) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c > -1) STORED,
    gb48 boolean GENERATED ALWAYS AS (c > - 1) STORED,
    gb49 boolean GENERATED ALWAYS AS (c > -1.5) STORED,
    gb50 boolean GENERATED ALWAYS AS (c <> -(1)) STORED,
    gb51 boolean GENERATED ALWAYS AS (-c < 5) STORED,
    gb52 boolean GENERATED ALWAYS AS (- c < 5) STORED,
    gb53 boolean GENERATED ALWAYS AS (c - -1 > 0) STORED,
    gb54 boolean GENERATED ALWAYS AS (c + 1 * 2 > 0) STORED,
    gb55 boolean GENERATED ALWAYS AS ((c + 1) * 2 > 0) STORED,
    gb56 boolean GENERATED ALWAYS AS (c * -1.5 < 0) STORED,
    gb57 boolean GENERATED ALWAYS AS (c ^ 2 > 0) STORED,
    gb58 boolean GENERATED ALWAYS AS (@ c > 0) STORED,
    gb59 boolean GENERATED ALWAYS AS (abs(c) > 0) STORED,
    gb60 boolean GENERATED ALWAYS AS (c % 2 = 0) STORED,
    gb61 boolean GENERATED ALWAYS AS (|/ c > 0) STORED,
    gb62 boolean GENERATED ALWAYS AS (c::int > 0) STORED,
    gb63 boolean GENERATED ALWAYS AS (c > -1::int) STORED,
    gb64 boolean GENERATED ALWAYS AS (c > (-1)::int) STORED,
    gb65 boolean GENERATED ALWAYS AS (c > -1::numeric) STORED,
    gb66 boolean GENERATED ALWAYS AS (c > (-1.5)::numeric) STORED,
    gb67 boolean GENERATED ALWAYS AS (c BETWEEN -5 AND 5) STORED,
    gb68 boolean GENERATED ALWAYS AS (c::numeric(5,1) > 0) STORED,
    gb69 boolean GENERATED ALWAYS AS (round(c::numeric, 1) > 0) STORED,
    gb70 boolean GENERATED ALWAYS AS (c > 1e10) STORED,
    gb71 boolean GENERATED ALWAYS AS (c < 1.0e-5) STORED,
    gb72 boolean GENERATED ALWAYS AS (c > .5) STORED,
    gb73 boolean GENERATED ALWAYS AS (c > 5.) STORED,
    gb74 boolean GENERATED ALWAYS AS (c <> 'NaN'::numeric) STORED,
    gb75 boolean GENERATED ALWAYS AS (c <> 'Infinity'::float8) STORED,
    gb76 boolean GENERATED ALWAYS AS (c <> '-Infinity'::float8) STORED,
    gb77 boolean GENERATED ALWAYS AS (c < 9223372036854775807) STORED,
    gb78 boolean GENERATED ALWAYS AS (c > -9223372036854775808) STORED,
    gb79 boolean GENERATED ALWAYS AS (c < 2147483648) STORED,
    gb80 boolean GENERATED ALWAYS AS (c < 99999999999999999999) STORED,
    gb81 boolean GENERATED ALWAYS AS (c <> -0) STORED,
    gb82 boolean GENERATED ALWAYS AS (c <> -0.0) STORED,
    gb83 boolean GENERATED ALWAYS AS (-c ^ 2 > 0) STORED,
    gb84 boolean GENERATED ALWAYS AS ((-c) ^ 2 > 0) STORED,
    gb85 boolean GENERATED ALWAYS AS (-(c ^ 2) < 0) STORED,
    gb86 boolean GENERATED ALWAYS AS (2 - (3 - c) > 0) STORED,
    gb87 boolean GENERATED ALWAYS AS (c / (2 * 3) > 0) STORED,
    gb88 boolean GENERATED ALWAYS AS (c - (1 - 2) > 0) STORED,
    gb89 boolean GENERATED ALWAYS AS (c - 1 - 2 > 0) STORED,
    gb90 boolean GENERATED ALWAYS AS ((c - 1) - 2 > 0) STORED,
    gb91 boolean GENERATED ALWAYS AS (c - (1 + 2) > 0) STORED,
    gb92 boolean GENERATED ALWAYS AS (c::float8 / 2 > 0) STORED,
    gb93 boolean GENERATED ALWAYS AS (c IN (1, 2.5)) STORED,
    gb94 boolean GENERATED ALWAYS AS (c IN (-1, -2)) STORED,
    gb95 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[-1, 2])) STORED,
    gb96 boolean GENERATED ALWAYS AS (c IN (1::bigint, 2)) STORED,
    gb97 boolean GENERATED ALWAYS AS (c = ANY ('{1,2}'::int[])) STORED,
    gb98 boolean GENERATED ALWAYS AS (c = ANY ('{1,2}')) STORED,
    gb99 boolean GENERATED ALWAYS AS (c IN (int '1', numeric '2')) STORED,
    gb100 boolean GENERATED ALWAYS AS (c > int4 '1') STORED,
    gb101 boolean GENERATED ALWAYS AS (c::text::int > 0) STORED,
    gb102 boolean GENERATED ALWAYS AS (c::bigint::numeric > 0) STORED,
    gb103 boolean GENERATED ALWAYS AS ((c)::numeric(5,2) > 0) STORED,
    gb104 boolean GENERATED ALWAYS AS (c * 100 / 3 > 1) STORED,
    gb105 boolean GENERATED ALWAYS AS (c > ALL (ARRAY[-1, -2])) STORED,
    gb106 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 5 AND -5) STORED,
    gb107 boolean GENERATED ALWAYS AS (c IS NOT NULL AND c >= 0) STORED,
    gb108 boolean GENERATED ALWAYS AS (NOT c > 0) STORED,
    gb109 boolean GENERATED ALWAYS AS (NOT (c > 0)) STORED,
    gb110 boolean GENERATED ALWAYS AS ((c > 1) = (c > 2)) STORED,
    gb111 boolean GENERATED ALWAYS AS (c > 1 IS TRUE) STORED,
    gb112 boolean GENERATED ALWAYS AS (c > 1 IS NOT FALSE) STORED,
    gb113 boolean GENERATED ALWAYS AS ((c > 1) IS UNKNOWN) STORED,
    gb115 boolean GENERATED ALWAYS AS (c > 0 AND c < 10 OR c = 20) STORED,
    gb116 boolean GENERATED ALWAYS AS (c > 0 AND (c < 10 OR c = 20)) STORED,
    CONSTRAINT x_nu_k0 CHECK (c IN (1.5, -2)),
    CONSTRAINT x_nu_k1 CHECK (c NOT IN (1.5, -2)),
    CONSTRAINT x_nu_k2 CHECK (c IN (1.5)),
    CONSTRAINT x_nu_k3 CHECK (c = ANY (ARRAY[1.5, -2])),
    CONSTRAINT x_nu_k4 CHECK (c <> ALL (ARRAY[1.5, -2])),
    CONSTRAINT x_nu_k5 CHECK (c = ANY (ARRAY[1.5, -2, NULL])),
    CONSTRAINT x_nu_k6 CHECK (c IN (1.5, -2, NULL)),
    CONSTRAINT x_nu_k7 CHECK (c = ANY (ARRAY[1.5, c])),
    CONSTRAINT x_nu_k8 CHECK (c IN (1.5, c)),
    CONSTRAINT x_nu_k9 CHECK (c BETWEEN 1.5 AND -2),
    CONSTRAINT x_nu_k10 CHECK (c NOT BETWEEN 1.5 AND -2),
    CONSTRAINT x_nu_k11 CHECK (c BETWEEN SYMMETRIC -2 AND 1.5),
    CONSTRAINT x_nu_k12 CHECK (c NOT BETWEEN SYMMETRIC 1.5 AND -2),
    CONSTRAINT x_nu_k13 CHECK (c IS DISTINCT FROM 1.5),
    CONSTRAINT x_nu_k14 CHECK (c IS NOT DISTINCT FROM 1.5),
    CONSTRAINT x_nu_k15 CHECK (COALESCE(c, 1.5) = 1.5),
    CONSTRAINT x_nu_k16 CHECK (NULLIF(c, 1.5) IS NULL),
    CONSTRAINT x_nu_k17 CHECK (GREATEST(c, 1.5, -2) = -2),
    CONSTRAINT x_nu_k18 CHECK (LEAST(c, 1.5) <> -2),
    CONSTRAINT x_nu_k19 CHECK (CASE WHEN c = 1.5 THEN true ELSE c = -2 END),
    CONSTRAINT x_nu_k20 CHECK (CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_nu_k21 CHECK ((c, c) = (1.5, -2)),
    CONSTRAINT x_nu_k22 CHECK ((c, c) < (1.5, -2)),
    CONSTRAINT x_nu_k23 CHECK ((c, 1) IS DISTINCT FROM (1.5, 1)),
    CONSTRAINT x_nu_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_nu_k25 CHECK (c::text <> ''),
    CONSTRAINT x_nu_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_nu_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_nu_k28 CHECK (c = 1.5::numeric),
    CONSTRAINT x_nu_k29 CHECK (c <> CAST(-2 AS numeric)),
    CONSTRAINT x_nu_k30 CHECK (c > 1.5 OR c < -2),
    CONSTRAINT x_nu_k31 CHECK (NOT (c = 1.5)),
    CONSTRAINT x_nu_k32 CHECK (c IS NULL OR c <> 1.5),
    CONSTRAINT x_nu_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_nu_k34 CHECK (c = ANY ('{}'::numeric[])),
    CONSTRAINT x_nu_k36 CHECK (c = ALL (ARRAY[1.5])),
    CONSTRAINT x_nu_k37 CHECK (c > ANY (ARRAY[1.5, -2])),
    CONSTRAINT x_nu_k38 CHECK (c = ANY (ARRAY[1.5]::numeric[])),
    CONSTRAINT x_nu_k39 CHECK (c IN (1.5::numeric, -2::numeric)),
    CONSTRAINT x_nu_k40 CHECK (c = ANY (ARRAY[1.5::numeric, -2::numeric])),
    CONSTRAINT x_nu_k41 CHECK (ARRAY[c] <> ARRAY[1.5]),
    CONSTRAINT x_nu_k42 CHECK (ARRAY[c, 1.5] = ARRAY[1.5, -2]),
    CONSTRAINT x_nu_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_nu_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_nu_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_nu_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_nu_k47 CHECK (c > -1),
    CONSTRAINT x_nu_k48 CHECK (c > - 1),
    CONSTRAINT x_nu_k49 CHECK (c > -1.5),
    CONSTRAINT x_nu_k50 CHECK (c <> -(1)),
    CONSTRAINT x_nu_k51 CHECK (-c < 5),
    CONSTRAINT x_nu_k52 CHECK (- c < 5),
    CONSTRAINT x_nu_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_nu_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_nu_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_nu_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_nu_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_nu_k58 CHECK (@ c > 0),
    CONSTRAINT x_nu_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_nu_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_nu_k61 CHECK (|/ c > 0),
    CONSTRAINT x_nu_k62 CHECK (c::int > 0),
    CONSTRAINT x_nu_k63 CHECK (c > -1::int),
    CONSTRAINT x_nu_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_nu_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_nu_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_nu_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_nu_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_nu_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_nu_k70 CHECK (c > 1e10),
    CONSTRAINT x_nu_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_nu_k72 CHECK (c > .5),
    CONSTRAINT x_nu_k73 CHECK (c > 5.),
    CONSTRAINT x_nu_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_nu_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_nu_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_nu_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_nu_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_nu_k79 CHECK (c < 2147483648),
    CONSTRAINT x_nu_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_nu_k81 CHECK (c <> -0),
    CONSTRAINT x_nu_k82 CHECK (c <> -0.0),
    CONSTRAINT x_nu_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_nu_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_nu_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_nu_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_nu_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_nu_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_nu_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_nu_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_nu_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_nu_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_nu_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_nu_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_nu_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_nu_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_nu_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_nu_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_nu_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_nu_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_nu_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_nu_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_nu_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_nu_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_nu_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_nu_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_nu_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_nu_k108 CHECK (NOT c > 0),
    CONSTRAINT x_nu_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_nu_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_nu_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_nu_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_nu_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_nu_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_nu_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE INDEX x_nu_w0 ON x_nu (c) WHERE c IN (1.5, -2);
CREATE INDEX x_nu_e0 ON x_nu ((c IN (1.5, -2)));
CREATE INDEX x_nu_w1 ON x_nu (c) WHERE c NOT IN (1.5, -2);
CREATE INDEX x_nu_e1 ON x_nu ((c NOT IN (1.5, -2)));
CREATE INDEX x_nu_w2 ON x_nu (c) WHERE c IN (1.5);
CREATE INDEX x_nu_e2 ON x_nu ((c IN (1.5)));
CREATE INDEX x_nu_w3 ON x_nu (c) WHERE c = ANY (ARRAY[1.5, -2]);
CREATE INDEX x_nu_e3 ON x_nu ((c = ANY (ARRAY[1.5, -2])));
CREATE INDEX x_nu_w4 ON x_nu (c) WHERE c <> ALL (ARRAY[1.5, -2]);
CREATE INDEX x_nu_e4 ON x_nu ((c <> ALL (ARRAY[1.5, -2])));
CREATE INDEX x_nu_w5 ON x_nu (c) WHERE c = ANY (ARRAY[1.5, -2, NULL]);
CREATE INDEX x_nu_e5 ON x_nu ((c = ANY (ARRAY[1.5, -2, NULL])));
CREATE INDEX x_nu_w6 ON x_nu (c) WHERE c IN (1.5, -2, NULL);
CREATE INDEX x_nu_e6 ON x_nu ((c IN (1.5, -2, NULL)));
CREATE INDEX x_nu_w7 ON x_nu (c) WHERE c = ANY (ARRAY[1.5, c]);
CREATE INDEX x_nu_e7 ON x_nu ((c = ANY (ARRAY[1.5, c])));
CREATE INDEX x_nu_w8 ON x_nu (c) WHERE c IN (1.5, c);
CREATE INDEX x_nu_e8 ON x_nu ((c IN (1.5, c)));
CREATE INDEX x_nu_w9 ON x_nu (c) WHERE c BETWEEN 1.5 AND -2;
CREATE INDEX x_nu_e9 ON x_nu ((c BETWEEN 1.5 AND -2));
CREATE INDEX x_nu_w10 ON x_nu (c) WHERE c NOT BETWEEN 1.5 AND -2;
CREATE INDEX x_nu_e10 ON x_nu ((c NOT BETWEEN 1.5 AND -2));
CREATE INDEX x_nu_w11 ON x_nu (c) WHERE c BETWEEN SYMMETRIC -2 AND 1.5;
CREATE INDEX x_nu_e11 ON x_nu ((c BETWEEN SYMMETRIC -2 AND 1.5));
CREATE INDEX x_nu_w12 ON x_nu (c) WHERE c NOT BETWEEN SYMMETRIC 1.5 AND -2;
CREATE INDEX x_nu_e12 ON x_nu ((c NOT BETWEEN SYMMETRIC 1.5 AND -2));
CREATE INDEX x_nu_w13 ON x_nu (c) WHERE c IS DISTINCT FROM 1.5;
CREATE INDEX x_nu_e13 ON x_nu ((c IS DISTINCT FROM 1.5));
CREATE INDEX x_nu_w14 ON x_nu (c) WHERE c IS NOT DISTINCT FROM 1.5;
CREATE INDEX x_nu_e14 ON x_nu ((c IS NOT DISTINCT FROM 1.5));
CREATE INDEX x_nu_w15 ON x_nu (c) WHERE COALESCE(c, 1.5) = 1.5;
CREATE INDEX x_nu_e15 ON x_nu ((COALESCE(c, 1.5) = 1.5));
CREATE INDEX x_nu_w16 ON x_nu (c) WHERE NULLIF(c, 1.5) IS NULL;
CREATE INDEX x_nu_e16 ON x_nu ((NULLIF(c, 1.5) IS NULL));
CREATE INDEX x_nu_w17 ON x_nu (c) WHERE GREATEST(c, 1.5, -2) = -2;
CREATE INDEX x_nu_e17 ON x_nu ((GREATEST(c, 1.5, -2) = -2));
CREATE INDEX x_nu_w18 ON x_nu (c) WHERE LEAST(c, 1.5) <> -2;
CREATE INDEX x_nu_e18 ON x_nu ((LEAST(c, 1.5) <> -2));
CREATE INDEX x_nu_w19 ON x_nu (c) WHERE CASE WHEN c = 1.5 THEN true ELSE c = -2 END;
CREATE INDEX x_nu_e19 ON x_nu ((CASE WHEN c = 1.5 THEN true ELSE c = -2 END));
CREATE INDEX x_nu_w20 ON x_nu (c) WHERE CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_nu_e20 ON x_nu ((CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0));
CREATE INDEX x_nu_w21 ON x_nu (c) WHERE (c, c) = (1.5, -2);
CREATE INDEX x_nu_e21 ON x_nu (((c, c) = (1.5, -2)));
CREATE INDEX x_nu_w22 ON x_nu (c) WHERE (c, c) < (1.5, -2);
CREATE INDEX x_nu_e22 ON x_nu (((c, c) < (1.5, -2)));
CREATE INDEX x_nu_w23 ON x_nu (c) WHERE (c, 1) IS DISTINCT FROM (1.5, 1);
CREATE INDEX x_nu_e23 ON x_nu (((c, 1) IS DISTINCT FROM (1.5, 1)));
CREATE INDEX x_nu_w24 ON x_nu (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_nu_e24 ON x_nu ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_nu_w25 ON x_nu (c) WHERE c::text <> '';
CREATE INDEX x_nu_e25 ON x_nu ((c::text <> ''));
CREATE INDEX x_nu_w26 ON x_nu (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_nu_e26 ON x_nu ((CAST(c AS text) <> ''));
CREATE INDEX x_nu_w27 ON x_nu (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_nu_e27 ON x_nu ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_nu_w28 ON x_nu (c) WHERE c = 1.5::numeric;
CREATE INDEX x_nu_e28 ON x_nu ((c = 1.5::numeric));
CREATE INDEX x_nu_w29 ON x_nu (c) WHERE c <> CAST(-2 AS numeric);
CREATE INDEX x_nu_e29 ON x_nu ((c <> CAST(-2 AS numeric)));
CREATE INDEX x_nu_w30 ON x_nu (c) WHERE c > 1.5 OR c < -2;
CREATE INDEX x_nu_e30 ON x_nu ((c > 1.5 OR c < -2));
CREATE INDEX x_nu_w31 ON x_nu (c) WHERE NOT (c = 1.5);
CREATE INDEX x_nu_e31 ON x_nu ((NOT (c = 1.5)));
CREATE INDEX x_nu_w32 ON x_nu (c) WHERE c IS NULL OR c <> 1.5;
CREATE INDEX x_nu_e32 ON x_nu ((c IS NULL OR c <> 1.5));
CREATE INDEX x_nu_w33 ON x_nu (c) WHERE c = ANY ('{}');
CREATE INDEX x_nu_e33 ON x_nu ((c = ANY ('{}')));
CREATE INDEX x_nu_w34 ON x_nu (c) WHERE c = ANY ('{}'::numeric[]);
CREATE INDEX x_nu_e34 ON x_nu ((c = ANY ('{}'::numeric[])));
CREATE INDEX x_nu_w36 ON x_nu (c) WHERE c = ALL (ARRAY[1.5]);
CREATE INDEX x_nu_e36 ON x_nu ((c = ALL (ARRAY[1.5])));
CREATE INDEX x_nu_w37 ON x_nu (c) WHERE c > ANY (ARRAY[1.5, -2]);
CREATE INDEX x_nu_e37 ON x_nu ((c > ANY (ARRAY[1.5, -2])));
CREATE INDEX x_nu_w38 ON x_nu (c) WHERE c = ANY (ARRAY[1.5]::numeric[]);
CREATE INDEX x_nu_e38 ON x_nu ((c = ANY (ARRAY[1.5]::numeric[])));
CREATE INDEX x_nu_w39 ON x_nu (c) WHERE c IN (1.5::numeric, -2::numeric);
CREATE INDEX x_nu_e39 ON x_nu ((c IN (1.5::numeric, -2::numeric)));
CREATE INDEX x_nu_w40 ON x_nu (c) WHERE c = ANY (ARRAY[1.5::numeric, -2::numeric]);
CREATE INDEX x_nu_e40 ON x_nu ((c = ANY (ARRAY[1.5::numeric, -2::numeric])));
CREATE INDEX x_nu_w41 ON x_nu (c) WHERE ARRAY[c] <> ARRAY[1.5];
CREATE INDEX x_nu_e41 ON x_nu ((ARRAY[c] <> ARRAY[1.5]));
CREATE INDEX x_nu_w42 ON x_nu (c) WHERE ARRAY[c, 1.5] = ARRAY[1.5, -2];
CREATE INDEX x_nu_e42 ON x_nu ((ARRAY[c, 1.5] = ARRAY[1.5, -2]));
CREATE INDEX x_nu_w43 ON x_nu (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_nu_e43 ON x_nu ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_nu_w44 ON x_nu (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_nu_e44 ON x_nu ((c::text IN ('a', 'b')));
CREATE INDEX x_nu_w45 ON x_nu (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_nu_e45 ON x_nu ((c::varchar IN ('a', 'b')));
CREATE INDEX x_nu_w46 ON x_nu (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_nu_e46 ON x_nu ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_nu_w47 ON x_nu (c) WHERE c > -1;
CREATE INDEX x_nu_e47 ON x_nu ((c > -1));
CREATE INDEX x_nu_w48 ON x_nu (c) WHERE c > - 1;
CREATE INDEX x_nu_e48 ON x_nu ((c > - 1));
CREATE INDEX x_nu_w49 ON x_nu (c) WHERE c > -1.5;
CREATE INDEX x_nu_e49 ON x_nu ((c > -1.5));
CREATE INDEX x_nu_w50 ON x_nu (c) WHERE c <> -(1);
CREATE INDEX x_nu_e50 ON x_nu ((c <> -(1)));
CREATE INDEX x_nu_w51 ON x_nu (c) WHERE -c < 5;
CREATE INDEX x_nu_e51 ON x_nu ((-c < 5));
CREATE INDEX x_nu_w52 ON x_nu (c) WHERE - c < 5;
CREATE INDEX x_nu_e52 ON x_nu ((- c < 5));
CREATE INDEX x_nu_w53 ON x_nu (c) WHERE c - -1 > 0;
CREATE INDEX x_nu_e53 ON x_nu ((c - -1 > 0));
CREATE INDEX x_nu_w54 ON x_nu (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_nu_e54 ON x_nu ((c + 1 * 2 > 0));
CREATE INDEX x_nu_w55 ON x_nu (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_nu_e55 ON x_nu (((c + 1) * 2 > 0));
CREATE INDEX x_nu_w56 ON x_nu (c) WHERE c * -1.5 < 0;
CREATE INDEX x_nu_e56 ON x_nu ((c * -1.5 < 0));
CREATE INDEX x_nu_w57 ON x_nu (c) WHERE c ^ 2 > 0;
CREATE INDEX x_nu_e57 ON x_nu ((c ^ 2 > 0));
CREATE INDEX x_nu_w58 ON x_nu (c) WHERE @ c > 0;
CREATE INDEX x_nu_e58 ON x_nu ((@ c > 0));
CREATE INDEX x_nu_w59 ON x_nu (c) WHERE abs(c) > 0;
CREATE INDEX x_nu_e59 ON x_nu ((abs(c) > 0));
CREATE INDEX x_nu_w60 ON x_nu (c) WHERE c % 2 = 0;
CREATE INDEX x_nu_e60 ON x_nu ((c % 2 = 0));
CREATE INDEX x_nu_w61 ON x_nu (c) WHERE |/ c > 0;
CREATE INDEX x_nu_e61 ON x_nu ((|/ c > 0));
CREATE INDEX x_nu_w62 ON x_nu (c) WHERE c::int > 0;
CREATE INDEX x_nu_e62 ON x_nu ((c::int > 0));
CREATE INDEX x_nu_w63 ON x_nu (c) WHERE c > -1::int;
CREATE INDEX x_nu_e63 ON x_nu ((c > -1::int));
CREATE INDEX x_nu_w64 ON x_nu (c) WHERE c > (-1)::int;
CREATE INDEX x_nu_e64 ON x_nu ((c > (-1)::int));
CREATE INDEX x_nu_w65 ON x_nu (c) WHERE c > -1::numeric;
CREATE INDEX x_nu_e65 ON x_nu ((c > -1::numeric));
CREATE INDEX x_nu_w66 ON x_nu (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_nu_e66 ON x_nu ((c > (-1.5)::numeric));
CREATE INDEX x_nu_w67 ON x_nu (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_nu_e67 ON x_nu ((c BETWEEN -5 AND 5));
CREATE INDEX x_nu_w68 ON x_nu (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_nu_e68 ON x_nu ((c::numeric(5,1) > 0));
CREATE INDEX x_nu_w69 ON x_nu (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_nu_e69 ON x_nu ((round(c::numeric, 1) > 0));
CREATE INDEX x_nu_w70 ON x_nu (c) WHERE c > 1e10;
CREATE INDEX x_nu_e70 ON x_nu ((c > 1e10));
CREATE INDEX x_nu_w71 ON x_nu (c) WHERE c < 1.0e-5;
CREATE INDEX x_nu_e71 ON x_nu ((c < 1.0e-5));
CREATE INDEX x_nu_w72 ON x_nu (c) WHERE c > .5;
CREATE INDEX x_nu_e72 ON x_nu ((c > .5));
CREATE INDEX x_nu_w73 ON x_nu (c) WHERE c > 5.;
CREATE INDEX x_nu_e73 ON x_nu ((c > 5.));
CREATE INDEX x_nu_w74 ON x_nu (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_nu_e74 ON x_nu ((c <> 'NaN'::numeric));
CREATE INDEX x_nu_w75 ON x_nu (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_nu_e75 ON x_nu ((c <> 'Infinity'::float8));
CREATE INDEX x_nu_w76 ON x_nu (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_nu_e76 ON x_nu ((c <> '-Infinity'::float8));
CREATE INDEX x_nu_w77 ON x_nu (c) WHERE c < 9223372036854775807;
CREATE INDEX x_nu_e77 ON x_nu ((c < 9223372036854775807));
CREATE INDEX x_nu_w78 ON x_nu (c) WHERE c > -9223372036854775808;
CREATE INDEX x_nu_e78 ON x_nu ((c > -9223372036854775808));
CREATE INDEX x_nu_w79 ON x_nu (c) WHERE c < 2147483648;
CREATE INDEX x_nu_e79 ON x_nu ((c < 2147483648));
CREATE INDEX x_nu_w80 ON x_nu (c) WHERE c < 99999999999999999999;
CREATE INDEX x_nu_e80 ON x_nu ((c < 99999999999999999999));
CREATE INDEX x_nu_w81 ON x_nu (c) WHERE c <> -0;
CREATE INDEX x_nu_e81 ON x_nu ((c <> -0));
CREATE INDEX x_nu_w82 ON x_nu (c) WHERE c <> -0.0;
CREATE INDEX x_nu_e82 ON x_nu ((c <> -0.0));
CREATE INDEX x_nu_w83 ON x_nu (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_nu_e83 ON x_nu ((-c ^ 2 > 0));
CREATE INDEX x_nu_w84 ON x_nu (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_nu_e84 ON x_nu (((-c) ^ 2 > 0));
CREATE INDEX x_nu_w85 ON x_nu (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_nu_e85 ON x_nu ((-(c ^ 2) < 0));
CREATE INDEX x_nu_w86 ON x_nu (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_nu_e86 ON x_nu ((2 - (3 - c) > 0));
CREATE INDEX x_nu_w87 ON x_nu (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_nu_e87 ON x_nu ((c / (2 * 3) > 0));
CREATE INDEX x_nu_w88 ON x_nu (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_nu_e88 ON x_nu ((c - (1 - 2) > 0));
CREATE INDEX x_nu_w89 ON x_nu (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_nu_e89 ON x_nu ((c - 1 - 2 > 0));
CREATE INDEX x_nu_w90 ON x_nu (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_nu_e90 ON x_nu (((c - 1) - 2 > 0));
CREATE INDEX x_nu_w91 ON x_nu (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_nu_e91 ON x_nu ((c - (1 + 2) > 0));
CREATE INDEX x_nu_w92 ON x_nu (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_nu_e92 ON x_nu ((c::float8 / 2 > 0));
CREATE INDEX x_nu_w93 ON x_nu (c) WHERE c IN (1, 2.5);
CREATE INDEX x_nu_e93 ON x_nu ((c IN (1, 2.5)));
CREATE INDEX x_nu_w94 ON x_nu (c) WHERE c IN (-1, -2);
CREATE INDEX x_nu_e94 ON x_nu ((c IN (-1, -2)));
CREATE INDEX x_nu_w95 ON x_nu (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_nu_e95 ON x_nu ((c = ANY (ARRAY[-1, 2])));
CREATE INDEX x_nu_w96 ON x_nu (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_nu_e96 ON x_nu ((c IN (1::bigint, 2)));
CREATE INDEX x_nu_w97 ON x_nu (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_nu_e97 ON x_nu ((c = ANY ('{1,2}'::int[])));
CREATE INDEX x_nu_w98 ON x_nu (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_nu_e98 ON x_nu ((c = ANY ('{1,2}')));
CREATE INDEX x_nu_w99 ON x_nu (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_nu_e99 ON x_nu ((c IN (int '1', numeric '2')));
CREATE INDEX x_nu_w100 ON x_nu (c) WHERE c > int4 '1';
CREATE INDEX x_nu_e100 ON x_nu ((c > int4 '1'));
CREATE INDEX x_nu_w101 ON x_nu (c) WHERE c::text::int > 0;
CREATE INDEX x_nu_e101 ON x_nu ((c::text::int > 0));
CREATE INDEX x_nu_w102 ON x_nu (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_nu_e102 ON x_nu ((c::bigint::numeric > 0));
CREATE INDEX x_nu_w103 ON x_nu (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_nu_e103 ON x_nu (((c)::numeric(5,2) > 0));
CREATE INDEX x_nu_w104 ON x_nu (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_nu_e104 ON x_nu ((c * 100 / 3 > 1));
CREATE INDEX x_nu_w105 ON x_nu (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_nu_e105 ON x_nu ((c > ALL (ARRAY[-1, -2])));
CREATE INDEX x_nu_w106 ON x_nu (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_nu_e106 ON x_nu ((c BETWEEN SYMMETRIC 5 AND -5));
CREATE INDEX x_nu_w107 ON x_nu (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_nu_e107 ON x_nu ((c IS NOT NULL AND c >= 0));
CREATE INDEX x_nu_w108 ON x_nu (c) WHERE NOT c > 0;
CREATE INDEX x_nu_e108 ON x_nu ((NOT c > 0));
CREATE INDEX x_nu_w109 ON x_nu (c) WHERE NOT (c > 0);
CREATE INDEX x_nu_e109 ON x_nu ((NOT (c > 0)));
CREATE INDEX x_nu_w110 ON x_nu (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_nu_e110 ON x_nu (((c > 1) = (c > 2)));
CREATE INDEX x_nu_w111 ON x_nu (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_nu_e111 ON x_nu ((c > 1 IS TRUE));
CREATE INDEX x_nu_w112 ON x_nu (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_nu_e112 ON x_nu ((c > 1 IS NOT FALSE));
CREATE INDEX x_nu_w113 ON x_nu (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_nu_e113 ON x_nu (((c > 1) IS UNKNOWN));
CREATE INDEX x_nu_w115 ON x_nu (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_nu_e115 ON x_nu ((c > 0 AND c < 10 OR c = 20));
CREATE INDEX x_nu_w116 ON x_nu (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_nu_e116 ON x_nu ((c > 0 AND (c < 10 OR c = 20)));
CREATE DOMAIN dm_nu AS numeric DEFAULT -1.5
    CONSTRAINT dm_nu_k0 CHECK (VALUE IN (1.5, -2))
    CONSTRAINT dm_nu_k1 CHECK (VALUE NOT IN (1.5, -2))
    CONSTRAINT dm_nu_k2 CHECK (VALUE IN (1.5))
    CONSTRAINT dm_nu_k3 CHECK (VALUE = ANY (ARRAY[1.5, -2]))
    CONSTRAINT dm_nu_k4 CHECK (VALUE <> ALL (ARRAY[1.5, -2]))
    CONSTRAINT dm_nu_k5 CHECK (VALUE = ANY (ARRAY[1.5, -2, NULL]))
    CONSTRAINT dm_nu_k6 CHECK (VALUE IN (1.5, -2, NULL))
    CONSTRAINT dm_nu_k7 CHECK (VALUE = ANY (ARRAY[1.5, VALUE]))
    CONSTRAINT dm_nu_k8 CHECK (VALUE IN (1.5, VALUE))
    CONSTRAINT dm_nu_k9 CHECK (VALUE BETWEEN 1.5 AND -2)
    CONSTRAINT dm_nu_k10 CHECK (VALUE NOT BETWEEN 1.5 AND -2)
    CONSTRAINT dm_nu_k11 CHECK (VALUE BETWEEN SYMMETRIC -2 AND 1.5)
    CONSTRAINT dm_nu_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 1.5 AND -2)
    CONSTRAINT dm_nu_k13 CHECK (VALUE IS DISTINCT FROM 1.5)
    CONSTRAINT dm_nu_k14 CHECK (VALUE IS NOT DISTINCT FROM 1.5)
    CONSTRAINT dm_nu_k15 CHECK (COALESCE(VALUE, 1.5) = 1.5)
    CONSTRAINT dm_nu_k16 CHECK (NULLIF(VALUE, 1.5) IS NULL)
    CONSTRAINT dm_nu_k17 CHECK (GREATEST(VALUE, 1.5, -2) = -2)
    CONSTRAINT dm_nu_k18 CHECK (LEAST(VALUE, 1.5) <> -2)
    CONSTRAINT dm_nu_k19 CHECK (CASE WHEN VALUE = 1.5 THEN true ELSE VALUE = -2 END)
    CONSTRAINT dm_nu_k20 CHECK (CASE VALUE WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_nu_k21 CHECK ((VALUE, VALUE) = (1.5, -2))
    CONSTRAINT dm_nu_k22 CHECK ((VALUE, VALUE) < (1.5, -2))
    CONSTRAINT dm_nu_k23 CHECK ((VALUE, 1) IS DISTINCT FROM (1.5, 1))
    CONSTRAINT dm_nu_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_nu_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_nu_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_nu_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_nu_k28 CHECK (VALUE = 1.5::numeric)
    CONSTRAINT dm_nu_k29 CHECK (VALUE <> CAST(-2 AS numeric))
    CONSTRAINT dm_nu_k30 CHECK (VALUE > 1.5 OR VALUE < -2)
    CONSTRAINT dm_nu_k31 CHECK (NOT (VALUE = 1.5))
    CONSTRAINT dm_nu_k32 CHECK (VALUE IS NULL OR VALUE <> 1.5)
    CONSTRAINT dm_nu_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_nu_k34 CHECK (VALUE = ANY ('{}'::numeric[]))
    CONSTRAINT dm_nu_k36 CHECK (VALUE = ALL (ARRAY[1.5]))
    CONSTRAINT dm_nu_k37 CHECK (VALUE > ANY (ARRAY[1.5, -2]))
    CONSTRAINT dm_nu_k38 CHECK (VALUE = ANY (ARRAY[1.5]::numeric[]))
    CONSTRAINT dm_nu_k39 CHECK (VALUE IN (1.5::numeric, -2::numeric))
    CONSTRAINT dm_nu_k40 CHECK (VALUE = ANY (ARRAY[1.5::numeric, -2::numeric]))
    CONSTRAINT dm_nu_k41 CHECK (ARRAY[VALUE] <> ARRAY[1.5])
    CONSTRAINT dm_nu_k42 CHECK (ARRAY[VALUE, 1.5] = ARRAY[1.5, -2])
    CONSTRAINT dm_nu_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_nu_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_nu_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_nu_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_nu_k47 CHECK (VALUE > -1)
    CONSTRAINT dm_nu_k48 CHECK (VALUE > - 1)
    CONSTRAINT dm_nu_k49 CHECK (VALUE > -1.5)
    CONSTRAINT dm_nu_k50 CHECK (VALUE <> -(1))
    CONSTRAINT dm_nu_k51 CHECK (-VALUE < 5)
    CONSTRAINT dm_nu_k52 CHECK (- VALUE < 5)
    CONSTRAINT dm_nu_k53 CHECK (VALUE - -1 > 0)
    CONSTRAINT dm_nu_k54 CHECK (VALUE + 1 * 2 > 0)
    CONSTRAINT dm_nu_k55 CHECK ((VALUE + 1) * 2 > 0)
    CONSTRAINT dm_nu_k56 CHECK (VALUE * -1.5 < 0)
    CONSTRAINT dm_nu_k57 CHECK (VALUE ^ 2 > 0)
    CONSTRAINT dm_nu_k58 CHECK (@ VALUE > 0)
    CONSTRAINT dm_nu_k59 CHECK (abs(VALUE) > 0)
    CONSTRAINT dm_nu_k60 CHECK (VALUE % 2 = 0)
    CONSTRAINT dm_nu_k61 CHECK (|/ VALUE > 0)
    CONSTRAINT dm_nu_k62 CHECK (VALUE::int > 0)
    CONSTRAINT dm_nu_k63 CHECK (VALUE > -1::int)
    CONSTRAINT dm_nu_k64 CHECK (VALUE > (-1)::int)
    CONSTRAINT dm_nu_k65 CHECK (VALUE > -1::numeric)
    CONSTRAINT dm_nu_k66 CHECK (VALUE > (-1.5)::numeric)
    CONSTRAINT dm_nu_k67 CHECK (VALUE BETWEEN -5 AND 5)
    CONSTRAINT dm_nu_k68 CHECK (VALUE::numeric(5,1) > 0)
    CONSTRAINT dm_nu_k69 CHECK (round(VALUE::numeric, 1) > 0)
    CONSTRAINT dm_nu_k70 CHECK (VALUE > 1e10)
    CONSTRAINT dm_nu_k71 CHECK (VALUE < 1.0e-5)
    CONSTRAINT dm_nu_k72 CHECK (VALUE > .5)
    CONSTRAINT dm_nu_k73 CHECK (VALUE > 5.)
    CONSTRAINT dm_nu_k74 CHECK (VALUE <> 'NaN'::numeric)
    CONSTRAINT dm_nu_k75 CHECK (VALUE <> 'Infinity'::float8)
    CONSTRAINT dm_nu_k76 CHECK (VALUE <> '-Infinity'::float8)
    CONSTRAINT dm_nu_k77 CHECK (VALUE < 9223372036854775807)
    CONSTRAINT dm_nu_k78 CHECK (VALUE > -9223372036854775808)
    CONSTRAINT dm_nu_k79 CHECK (VALUE < 2147483648)
    CONSTRAINT dm_nu_k80 CHECK (VALUE < 99999999999999999999)
    CONSTRAINT dm_nu_k81 CHECK (VALUE <> -0)
    CONSTRAINT dm_nu_k82 CHECK (VALUE <> -0.0)
    CONSTRAINT dm_nu_k83 CHECK (-VALUE ^ 2 > 0)
    CONSTRAINT dm_nu_k84 CHECK ((-VALUE) ^ 2 > 0)
    CONSTRAINT dm_nu_k85 CHECK (-(VALUE ^ 2) < 0)
    CONSTRAINT dm_nu_k86 CHECK (2 - (3 - VALUE) > 0)
    CONSTRAINT dm_nu_k87 CHECK (VALUE / (2 * 3) > 0)
    CONSTRAINT dm_nu_k88 CHECK (VALUE - (1 - 2) > 0)
    CONSTRAINT dm_nu_k89 CHECK (VALUE - 1 - 2 > 0)
    CONSTRAINT dm_nu_k90 CHECK ((VALUE - 1) - 2 > 0)
    CONSTRAINT dm_nu_k91 CHECK (VALUE - (1 + 2) > 0)
    CONSTRAINT dm_nu_k92 CHECK (VALUE::float8 / 2 > 0)
    CONSTRAINT dm_nu_k93 CHECK (VALUE IN (1, 2.5))
    CONSTRAINT dm_nu_k94 CHECK (VALUE IN (-1, -2))
    CONSTRAINT dm_nu_k95 CHECK (VALUE = ANY (ARRAY[-1, 2]))
    CONSTRAINT dm_nu_k96 CHECK (VALUE IN (1::bigint, 2))
    CONSTRAINT dm_nu_k97 CHECK (VALUE = ANY ('{1,2}'::int[]))
    CONSTRAINT dm_nu_k98 CHECK (VALUE = ANY ('{1,2}'))
    CONSTRAINT dm_nu_k99 CHECK (VALUE IN (int '1', numeric '2'))
    CONSTRAINT dm_nu_k100 CHECK (VALUE > int4 '1')
    CONSTRAINT dm_nu_k101 CHECK (VALUE::text::int > 0)
    CONSTRAINT dm_nu_k102 CHECK (VALUE::bigint::numeric > 0)
    CONSTRAINT dm_nu_k103 CHECK ((VALUE)::numeric(5,2) > 0)
    CONSTRAINT dm_nu_k104 CHECK (VALUE * 100 / 3 > 1)
    CONSTRAINT dm_nu_k105 CHECK (VALUE > ALL (ARRAY[-1, -2]))
    CONSTRAINT dm_nu_k106 CHECK (VALUE BETWEEN SYMMETRIC 5 AND -5)
    CONSTRAINT dm_nu_k107 CHECK (VALUE IS NOT NULL AND VALUE >= 0)
    CONSTRAINT dm_nu_k108 CHECK (NOT VALUE > 0)
    CONSTRAINT dm_nu_k109 CHECK (NOT (VALUE > 0))
    CONSTRAINT dm_nu_k110 CHECK ((VALUE > 1) = (VALUE > 2))
    CONSTRAINT dm_nu_k111 CHECK (VALUE > 1 IS TRUE)
    CONSTRAINT dm_nu_k112 CHECK (VALUE > 1 IS NOT FALSE)
    CONSTRAINT dm_nu_k113 CHECK ((VALUE > 1) IS UNKNOWN)
    CONSTRAINT dm_nu_k115 CHECK (VALUE > 0 AND VALUE < 10 OR VALUE = 20)
    CONSTRAINT dm_nu_k116 CHECK (VALUE > 0 AND (VALUE < 10 OR VALUE = 20));
CREATE TABLE x_i2 (
    c smallint,
    d0 smallint DEFAULT 0,
    d1 smallint DEFAULT -1,
    d2 smallint DEFAULT -32768,
    d3 smallint DEFAULT 32767,
    d4 smallint DEFAULT 1::smallint,
    d5 smallint DEFAULT -1::smallint,
    d6 smallint DEFAULT (-1)::smallint,
    d7 smallint DEFAULT '-1'::smallint,
    d8 smallint DEFAULT (1 + 1),
    d9 smallint DEFAULT -(1),
    CONSTRAINT x_i2_k0 CHECK (c IN (1, -2)),
    CONSTRAINT x_i2_k1 CHECK (c NOT IN (1, -2)),
    CONSTRAINT x_i2_k2 CHECK (c IN (1)),
    CONSTRAINT x_i2_k3 CHECK (c = ANY (ARRAY[1, -2])),
    CONSTRAINT x_i2_k4 CHECK (c <> ALL (ARRAY[1, -2])),
    CONSTRAINT x_i2_k5 CHECK (c = ANY (ARRAY[1, -2, NULL])),
    CONSTRAINT x_i2_k6 CHECK (c IN (1, -2, NULL)),
    CONSTRAINT x_i2_k7 CHECK (c = ANY (ARRAY[1, c])),
    CONSTRAINT x_i2_k8 CHECK (c IN (1, c)),
    CONSTRAINT x_i2_k9 CHECK (c BETWEEN 1 AND -2),
    CONSTRAINT x_i2_k10 CHECK (c NOT BETWEEN 1 AND -2),
    CONSTRAINT x_i2_k11 CHECK (c BETWEEN SYMMETRIC -2 AND 1),
    CONSTRAINT x_i2_k12 CHECK (c NOT BETWEEN SYMMETRIC 1 AND -2),
    CONSTRAINT x_i2_k13 CHECK (c IS DISTINCT FROM 1),
    CONSTRAINT x_i2_k14 CHECK (c IS NOT DISTINCT FROM 1),
    CONSTRAINT x_i2_k15 CHECK (COALESCE(c, 1) = 1),
    CONSTRAINT x_i2_k16 CHECK (NULLIF(c, 1) IS NULL),
    CONSTRAINT x_i2_k17 CHECK (GREATEST(c, 1, -2) = -2),
    CONSTRAINT x_i2_k18 CHECK (LEAST(c, 1) <> -2),
    CONSTRAINT x_i2_k19 CHECK (CASE WHEN c = 1 THEN true ELSE c = -2 END),
    CONSTRAINT x_i2_k20 CHECK (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_i2_k21 CHECK ((c, c) = (1, -2)),
    CONSTRAINT x_i2_k22 CHECK ((c, c) < (1, -2)),
    CONSTRAINT x_i2_k23 CHECK ((c, 1) IS DISTINCT FROM (1, 1)),
    CONSTRAINT x_i2_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_i2_k25 CHECK (c::text <> ''),
    CONSTRAINT x_i2_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_i2_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_i2_k28 CHECK (c = 1::smallint),
    CONSTRAINT x_i2_k29 CHECK (c <> CAST(-2 AS smallint)),
    CONSTRAINT x_i2_k30 CHECK (c > 1 OR c < -2),
    CONSTRAINT x_i2_k31 CHECK (NOT (c = 1)),
    CONSTRAINT x_i2_k32 CHECK (c IS NULL OR c <> 1),
    CONSTRAINT x_i2_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_i2_k34 CHECK (c = ANY ('{}'::smallint[])),
    CONSTRAINT x_i2_k36 CHECK (c = ALL (ARRAY[1])),
    CONSTRAINT x_i2_k37 CHECK (c > ANY (ARRAY[1, -2])),
    CONSTRAINT x_i2_k38 CHECK (c = ANY (ARRAY[1]::smallint[])),
    CONSTRAINT x_i2_k39 CHECK (c IN (1::smallint, -2::smallint)),
    CONSTRAINT x_i2_k40 CHECK (c = ANY (ARRAY[1::smallint, -2::smallint])),
    CONSTRAINT x_i2_k42 CHECK (ARRAY[c, 1] = ARRAY[1, -2]),
    CONSTRAINT x_i2_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_i2_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_i2_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_i2_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_i2_k47 CHECK (c > -1),
    CONSTRAINT x_i2_k48 CHECK (c > - 1),
    CONSTRAINT x_i2_k49 CHECK (c > -1.5),
    CONSTRAINT x_i2_k50 CHECK (c <> -(1)),
    CONSTRAINT x_i2_k51 CHECK (-c < 5),
    CONSTRAINT x_i2_k52 CHECK (- c < 5),
    CONSTRAINT x_i2_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_i2_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_i2_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_i2_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_i2_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_i2_k58 CHECK (@ c > 0),
    CONSTRAINT x_i2_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_i2_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_i2_k61 CHECK (|/ c > 0),
    CONSTRAINT x_i2_k62 CHECK (c::int > 0),
    CONSTRAINT x_i2_k63 CHECK (c > -1::int),
    CONSTRAINT x_i2_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_i2_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_i2_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_i2_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_i2_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_i2_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_i2_k70 CHECK (c > 1e10),
    CONSTRAINT x_i2_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_i2_k72 CHECK (c > .5),
    CONSTRAINT x_i2_k73 CHECK (c > 5.),
    CONSTRAINT x_i2_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_i2_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_i2_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_i2_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_i2_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_i2_k79 CHECK (c < 2147483648),
    CONSTRAINT x_i2_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_i2_k81 CHECK (c <> -0),
    CONSTRAINT x_i2_k82 CHECK (c <> -0.0),
    CONSTRAINT x_i2_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_i2_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_i2_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_i2_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_i2_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_i2_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_i2_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_i2_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_i2_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_i2_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_i2_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_i2_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_i2_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_i2_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_i2_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_i2_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_i2_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_i2_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_i2_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_i2_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_i2_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_i2_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_i2_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_i2_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_i2_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_i2_k108 CHECK (NOT c > 0),
    CONSTRAINT x_i2_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_i2_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_i2_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_i2_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_i2_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_i2_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_i2_k116 CHECK (c > 0 AND (c < 10 OR c = 20)),
    CONSTRAINT x_i2_k117 CHECK (c & 1 = 0),
    CONSTRAINT x_i2_k118 CHECK (c | 1 > 0),
    CONSTRAINT x_i2_k119 CHECK (c # 1 > 0),
    CONSTRAINT x_i2_k120 CHECK (~c < 0),
    CONSTRAINT x_i2_k121 CHECK (c << 1 > 0),
    CONSTRAINT x_i2_k122 CHECK (c >> 1 > 0),
    CONSTRAINT x_i2_k123 CHECK (c / 2 * 2 = c),
    CONSTRAINT x_i2_k124 CHECK (c::bigint > 0),
    CONSTRAINT x_i2_k125 CHECK (c::smallint > 0),
    CONSTRAINT x_i2_k126 CHECK ((-c)::text <> ''),
    CONSTRAINT x_i2_k127 CHECK (2 ^ c > 0),
    CONSTRAINT x_i2_k128 CHECK (factorial(c) > 0),
    CONSTRAINT x_i2_k130 CHECK (c::oid > 0),
    CONSTRAINT x_i2_k131 CHECK (c::text = '1'),
    CONSTRAINT x_i2_k134 CHECK (-c::int > 0),
    CONSTRAINT x_i2_k135 CHECK (-(c::int) > 0),
    CONSTRAINT x_i2_k136 CHECK ((-c)::int > 0)
);
CREATE TABLE x_i4 (
    c integer,
    d0 integer DEFAULT 0,
    d1 integer DEFAULT -1,
    d2 integer DEFAULT -2147483648,
    d3 integer DEFAULT 2147483647,
    d4 integer DEFAULT - 1,
    d5 integer DEFAULT -1::int,
    d6 integer DEFAULT -(1)::int,
    d7 integer DEFAULT (- 1),
    d8 integer DEFAULT 1 + 2 * 3,
    d9 integer DEFAULT (1 + 2) * 3,
    d10 integer DEFAULT length('a'),
    d11 integer DEFAULT extract(year from now())::int,
    d12 integer DEFAULT EXTRACT('Year' FROM now())::int,
    d13 integer DEFAULT nextval('sq'),
    d14 integer DEFAULT nextval('sq'::regclass),
    d15 integer DEFAULT nextval('public.sq'),
    d16 integer DEFAULT nextval('"Seq"'),
    d17 integer DEFAULT currval('sq')::int,
    d18 integer DEFAULT '1',
    d19 integer DEFAULT 1.5::int,
    d20 integer DEFAULT ceil(random() * 10)::int,
    d21 integer DEFAULT int4 '5',
    d22 integer DEFAULT floor(-1.5)::int,
    g0 integer GENERATED ALWAYS AS (c * 2) STORED,
    g1 integer GENERATED ALWAYS AS (c * -1) STORED,
    g2 integer GENERATED ALWAYS AS (-c) STORED,
    g3 integer GENERATED ALWAYS AS (c + -1) STORED,
    g4 integer GENERATED ALWAYS AS (-1::int + c) STORED,
    g5 integer GENERATED ALWAYS AS ((-1)::int + c) STORED,
    g6 bigint GENERATED ALWAYS AS (c::bigint) STORED,
    g7 numeric GENERATED ALWAYS AS (c::numeric(10,2) / 3) STORED,
    g8 boolean GENERATED ALWAYS AS (c > 0) STORED,
    g9 integer GENERATED ALWAYS AS (c % 2) STORED,
    g10 integer GENERATED ALWAYS AS (abs(c)) STORED,
    g11 integer GENERATED ALWAYS AS (GREATEST(c, 0)) STORED,
    g12 text GENERATED ALWAYS AS (c::text) STORED,
    g13 boolean GENERATED ALWAYS AS (c IN (1, 2)) STORED,
    g14 boolean GENERATED ALWAYS AS (c BETWEEN -1 AND 1) STORED,
    g15 text GENERATED ALWAYS AS (CASE WHEN c > 0 THEN 'pos' END) STORED,
    g16 integer[] GENERATED ALWAYS AS (ARRAY[c, -1]) STORED,
    g17 double precision GENERATED ALWAYS AS (c::float8 ^ 2) STORED,
    g18 int4range GENERATED ALWAYS AS (int4range(c, c + 1)) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN (1, -2)) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN (1, -2)) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN (1)) STORED,
    gb3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1, -2])) STORED,
    gb4 boolean GENERATED ALWAYS AS (c <> ALL (ARRAY[1, -2])) STORED,
    gb5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1, -2, NULL])) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN (1, -2, NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1, c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN (1, c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 1 AND -2) STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 1 AND -2) STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC -2 AND 1) STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 1 AND -2) STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 1) STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 1) STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 1) = 1) STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 1) IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 1, -2) = -2) STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 1) <> -2) STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 1 THEN true ELSE c = -2 END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = (1, -2)) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < (1, -2)) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM (1, 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 1::integer) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST(-2 AS integer)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 1 OR c < -2) STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 1)) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 1) STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::integer[])) STORED,
    gb36 boolean GENERATED ALWAYS AS (c = ALL (ARRAY[1])) STORED,
    gb37 boolean GENERATED ALWAYS AS (c > ANY (ARRAY[1, -2])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1]::integer[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN (1::integer, -2::integer)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1::integer, -2::integer])) STORED,
    gb41 boolean GENERATED ALWAYS AS (ARRAY[c] <> ARRAY[1]) STORED,
    gb42 boolean GENERATED ALWAYS AS (ARRAY[c, 1] = ARRAY[1, -2]) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c > -1) STORED,
    gb48 boolean GENERATED ALWAYS AS (c > - 1) STORED,
    gb49 boolean GENERATED ALWAYS AS (c > -1.5) STORED,
    gb50 boolean GENERATED ALWAYS AS (c <> -(1)) STORED,
    gb51 boolean GENERATED ALWAYS AS (-c < 5) STORED,
    gb52 boolean GENERATED ALWAYS AS (- c < 5) STORED,
    gb53 boolean GENERATED ALWAYS AS (c - -1 > 0) STORED,
    gb54 boolean GENERATED ALWAYS AS (c + 1 * 2 > 0) STORED,
    gb55 boolean GENERATED ALWAYS AS ((c + 1) * 2 > 0) STORED,
    gb56 boolean GENERATED ALWAYS AS (c * -1.5 < 0) STORED,
    gb57 boolean GENERATED ALWAYS AS (c ^ 2 > 0) STORED,
    gb58 boolean GENERATED ALWAYS AS (@ c > 0) STORED,
    gb59 boolean GENERATED ALWAYS AS (abs(c) > 0) STORED,
    gb60 boolean GENERATED ALWAYS AS (c % 2 = 0) STORED,
    gb61 boolean GENERATED ALWAYS AS (|/ c > 0) STORED,
    gb62 boolean GENERATED ALWAYS AS (c::int > 0) STORED,
    gb63 boolean GENERATED ALWAYS AS (c > -1::int) STORED,
    gb64 boolean GENERATED ALWAYS AS (c > (-1)::int) STORED,
    gb65 boolean GENERATED ALWAYS AS (c > -1::numeric) STORED,
    gb66 boolean GENERATED ALWAYS AS (c > (-1.5)::numeric) STORED,
    gb67 boolean GENERATED ALWAYS AS (c BETWEEN -5 AND 5) STORED,
    gb68 boolean GENERATED ALWAYS AS (c::numeric(5,1) > 0) STORED,
    gb69 boolean GENERATED ALWAYS AS (round(c::numeric, 1) > 0) STORED,
    gb70 boolean GENERATED ALWAYS AS (c > 1e10) STORED,
    gb71 boolean GENERATED ALWAYS AS (c < 1.0e-5) STORED,
    gb72 boolean GENERATED ALWAYS AS (c > .5) STORED,
    gb73 boolean GENERATED ALWAYS AS (c > 5.) STORED,
    gb74 boolean GENERATED ALWAYS AS (c <> 'NaN'::numeric) STORED,
    gb75 boolean GENERATED ALWAYS AS (c <> 'Infinity'::float8) STORED,
    gb76 boolean GENERATED ALWAYS AS (c <> '-Infinity'::float8) STORED,
    gb77 boolean GENERATED ALWAYS AS (c < 9223372036854775807) STORED,
    gb78 boolean GENERATED ALWAYS AS (c > -9223372036854775808) STORED,
    gb79 boolean GENERATED ALWAYS AS (c < 2147483648) STORED,
    gb80 boolean GENERATED ALWAYS AS (c < 99999999999999999999) STORED,
    gb81 boolean GENERATED ALWAYS AS (c <> -0) STORED,
    gb82 boolean GENERATED ALWAYS AS (c <> -0.0) STORED,
    gb83 boolean GENERATED ALWAYS AS (-c ^ 2 > 0) STORED,
    gb84 boolean GENERATED ALWAYS AS ((-c) ^ 2 > 0) STORED,
    gb85 boolean GENERATED ALWAYS AS (-(c ^ 2) < 0) STORED,
    gb86 boolean GENERATED ALWAYS AS (2 - (3 - c) > 0) STORED,
    gb87 boolean GENERATED ALWAYS AS (c / (2 * 3) > 0) STORED,
    gb88 boolean GENERATED ALWAYS AS (c - (1 - 2) > 0) STORED,
    gb89 boolean GENERATED ALWAYS AS (c - 1 - 2 > 0) STORED,
    gb90 boolean GENERATED ALWAYS AS ((c - 1) - 2 > 0) STORED,
    gb91 boolean GENERATED ALWAYS AS (c - (1 + 2) > 0) STORED,
    gb92 boolean GENERATED ALWAYS AS (c::float8 / 2 > 0) STORED,
    gb93 boolean GENERATED ALWAYS AS (c IN (1, 2.5)) STORED,
    gb94 boolean GENERATED ALWAYS AS (c IN (-1, -2)) STORED,
    gb95 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[-1, 2])) STORED,
    gb96 boolean GENERATED ALWAYS AS (c IN (1::bigint, 2)) STORED,
    gb97 boolean GENERATED ALWAYS AS (c = ANY ('{1,2}'::int[])) STORED,
    gb98 boolean GENERATED ALWAYS AS (c = ANY ('{1,2}')) STORED,
    gb99 boolean GENERATED ALWAYS AS (c IN (int '1', numeric '2')) STORED,
    gb100 boolean GENERATED ALWAYS AS (c > int4 '1') STORED,
    gb101 boolean GENERATED ALWAYS AS (c::text::int > 0) STORED,
    gb102 boolean GENERATED ALWAYS AS (c::bigint::numeric > 0) STORED,
    gb103 boolean GENERATED ALWAYS AS ((c)::numeric(5,2) > 0) STORED,
    gb104 boolean GENERATED ALWAYS AS (c * 100 / 3 > 1) STORED,
    gb105 boolean GENERATED ALWAYS AS (c > ALL (ARRAY[-1, -2])) STORED,
    gb106 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 5 AND -5) STORED,
    gb107 boolean GENERATED ALWAYS AS (c IS NOT NULL AND c >= 0) STORED,
    gb108 boolean GENERATED ALWAYS AS (NOT c > 0) STORED,
    gb109 boolean GENERATED ALWAYS AS (NOT (c > 0)) STORED,
    gb110 boolean GENERATED ALWAYS AS ((c > 1) = (c > 2)) STORED,
    gb111 boolean GENERATED ALWAYS AS (c > 1 IS TRUE) STORED,
    gb112 boolean GENERATED ALWAYS AS (c > 1 IS NOT FALSE) STORED,
    gb113 boolean GENERATED ALWAYS AS ((c > 1) IS UNKNOWN) STORED,
    gb115 boolean GENERATED ALWAYS AS (c > 0 AND c < 10 OR c = 20) STORED,
    gb116 boolean GENERATED ALWAYS AS (c > 0 AND (c < 10 OR c = 20)) STORED,
    gb117 boolean GENERATED ALWAYS AS (c & 1 = 0) STORED,
    gb118 boolean GENERATED ALWAYS AS (c | 1 > 0) STORED,
    gb119 boolean GENERATED ALWAYS AS (c # 1 > 0) STORED,
    gb120 boolean GENERATED ALWAYS AS (~c < 0) STORED,
    gb121 boolean GENERATED ALWAYS AS (c << 1 > 0) STORED,
    gb122 boolean GENERATED ALWAYS AS (c >> 1 > 0) STORED,
    gb123 boolean GENERATED ALWAYS AS (c / 2 * 2 = c) STORED,
    gb124 boolean GENERATED ALWAYS AS (c::bigint > 0) STORED,
    gb125 boolean GENERATED ALWAYS AS (c::smallint > 0) STORED,
    gb126 boolean GENERATED ALWAYS AS ((-c)::text <> '') STORED,
    gb127 boolean GENERATED ALWAYS AS (2 ^ c > 0) STORED,
    gb128 boolean GENERATED ALWAYS AS (factorial(c) > 0) STORED,
    gb129 boolean GENERATED ALWAYS AS (c::bool) STORED,
    gb130 boolean GENERATED ALWAYS AS (c::oid > 0) STORED,
    gb131 boolean GENERATED ALWAYS AS (c::text = '1') STORED,
    gb133 boolean GENERATED ALWAYS AS (c::bit(3) <> '000') STORED,
    gb134 boolean GENERATED ALWAYS AS (-c::int > 0) STORED,
    gb135 boolean GENERATED ALWAYS AS (-(c::int) > 0) STORED,
    gb136 boolean GENERATED ALWAYS AS ((-c)::int > 0) STORED,
    CONSTRAINT x_i4_k0 CHECK (c IN (1, -2)),
    CONSTRAINT x_i4_k1 CHECK (c NOT IN (1, -2)),
    CONSTRAINT x_i4_k2 CHECK (c IN (1)),
    CONSTRAINT x_i4_k3 CHECK (c = ANY (ARRAY[1, -2])),
    CONSTRAINT x_i4_k4 CHECK (c <> ALL (ARRAY[1, -2])),
    CONSTRAINT x_i4_k5 CHECK (c = ANY (ARRAY[1, -2, NULL])),
    CONSTRAINT x_i4_k6 CHECK (c IN (1, -2, NULL)),
    CONSTRAINT x_i4_k7 CHECK (c = ANY (ARRAY[1, c])),
    CONSTRAINT x_i4_k8 CHECK (c IN (1, c)),
    CONSTRAINT x_i4_k9 CHECK (c BETWEEN 1 AND -2),
    CONSTRAINT x_i4_k10 CHECK (c NOT BETWEEN 1 AND -2),
    CONSTRAINT x_i4_k11 CHECK (c BETWEEN SYMMETRIC -2 AND 1),
    CONSTRAINT x_i4_k12 CHECK (c NOT BETWEEN SYMMETRIC 1 AND -2),
    CONSTRAINT x_i4_k13 CHECK (c IS DISTINCT FROM 1),
    CONSTRAINT x_i4_k14 CHECK (c IS NOT DISTINCT FROM 1),
    CONSTRAINT x_i4_k15 CHECK (COALESCE(c, 1) = 1),
    CONSTRAINT x_i4_k16 CHECK (NULLIF(c, 1) IS NULL),
    CONSTRAINT x_i4_k17 CHECK (GREATEST(c, 1, -2) = -2),
    CONSTRAINT x_i4_k18 CHECK (LEAST(c, 1) <> -2),
    CONSTRAINT x_i4_k19 CHECK (CASE WHEN c = 1 THEN true ELSE c = -2 END),
    CONSTRAINT x_i4_k20 CHECK (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_i4_k21 CHECK ((c, c) = (1, -2)),
    CONSTRAINT x_i4_k22 CHECK ((c, c) < (1, -2)),
    CONSTRAINT x_i4_k23 CHECK ((c, 1) IS DISTINCT FROM (1, 1)),
    CONSTRAINT x_i4_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_i4_k25 CHECK (c::text <> ''),
    CONSTRAINT x_i4_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_i4_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_i4_k28 CHECK (c = 1::integer),
    CONSTRAINT x_i4_k29 CHECK (c <> CAST(-2 AS integer)),
    CONSTRAINT x_i4_k30 CHECK (c > 1 OR c < -2),
    CONSTRAINT x_i4_k31 CHECK (NOT (c = 1)),
    CONSTRAINT x_i4_k32 CHECK (c IS NULL OR c <> 1),
    CONSTRAINT x_i4_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_i4_k34 CHECK (c = ANY ('{}'::integer[])),
    CONSTRAINT x_i4_k36 CHECK (c = ALL (ARRAY[1])),
    CONSTRAINT x_i4_k37 CHECK (c > ANY (ARRAY[1, -2])),
    CONSTRAINT x_i4_k38 CHECK (c = ANY (ARRAY[1]::integer[])),
    CONSTRAINT x_i4_k39 CHECK (c IN (1::integer, -2::integer)),
    CONSTRAINT x_i4_k40 CHECK (c = ANY (ARRAY[1::integer, -2::integer])),
    CONSTRAINT x_i4_k41 CHECK (ARRAY[c] <> ARRAY[1]),
    CONSTRAINT x_i4_k42 CHECK (ARRAY[c, 1] = ARRAY[1, -2]),
    CONSTRAINT x_i4_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_i4_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_i4_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_i4_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_i4_k47 CHECK (c > -1),
    CONSTRAINT x_i4_k48 CHECK (c > - 1),
    CONSTRAINT x_i4_k49 CHECK (c > -1.5),
    CONSTRAINT x_i4_k50 CHECK (c <> -(1)),
    CONSTRAINT x_i4_k51 CHECK (-c < 5),
    CONSTRAINT x_i4_k52 CHECK (- c < 5),
    CONSTRAINT x_i4_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_i4_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_i4_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_i4_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_i4_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_i4_k58 CHECK (@ c > 0),
    CONSTRAINT x_i4_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_i4_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_i4_k61 CHECK (|/ c > 0),
    CONSTRAINT x_i4_k62 CHECK (c::int > 0),
    CONSTRAINT x_i4_k63 CHECK (c > -1::int),
    CONSTRAINT x_i4_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_i4_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_i4_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_i4_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_i4_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_i4_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_i4_k70 CHECK (c > 1e10),
    CONSTRAINT x_i4_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_i4_k72 CHECK (c > .5),
    CONSTRAINT x_i4_k73 CHECK (c > 5.),
    CONSTRAINT x_i4_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_i4_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_i4_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_i4_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_i4_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_i4_k79 CHECK (c < 2147483648),
    CONSTRAINT x_i4_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_i4_k81 CHECK (c <> -0),
    CONSTRAINT x_i4_k82 CHECK (c <> -0.0),
    CONSTRAINT x_i4_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_i4_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_i4_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_i4_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_i4_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_i4_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_i4_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_i4_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_i4_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_i4_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_i4_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_i4_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_i4_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_i4_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_i4_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_i4_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_i4_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_i4_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_i4_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_i4_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_i4_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_i4_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_i4_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_i4_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_i4_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_i4_k108 CHECK (NOT c > 0),
    CONSTRAINT x_i4_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_i4_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_i4_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_i4_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_i4_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_i4_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_i4_k116 CHECK (c > 0 AND (c < 10 OR c = 20)),
    CONSTRAINT x_i4_k117 CHECK (c & 1 = 0),
    CONSTRAINT x_i4_k118 CHECK (c | 1 > 0),
    CONSTRAINT x_i4_k119 CHECK (c # 1 > 0),
    CONSTRAINT x_i4_k120 CHECK (~c < 0),
    CONSTRAINT x_i4_k121 CHECK (c << 1 > 0),
    CONSTRAINT x_i4_k122 CHECK (c >> 1 > 0),
    CONSTRAINT x_i4_k123 CHECK (c / 2 * 2 = c),
    CONSTRAINT x_i4_k124 CHECK (c::bigint > 0),
    CONSTRAINT x_i4_k125 CHECK (c::smallint > 0),
    CONSTRAINT x_i4_k126 CHECK ((-c)::text <> ''),
    CONSTRAINT x_i4_k127 CHECK (2 ^ c > 0),
    CONSTRAINT x_i4_k128 CHECK (factorial(c) > 0),
    CONSTRAINT x_i4_k129 CHECK (c::bool),
    CONSTRAINT x_i4_k130 CHECK (c::oid > 0),
    CONSTRAINT x_i4_k131 CHECK (c::text = '1'),
    CONSTRAINT x_i4_k132 CHECK (c::money > '1'::money),
    CONSTRAINT x_i4_k133 CHECK (c::bit(3) <> '000'),
    CONSTRAINT x_i4_k134 CHECK (-c::int > 0),
    CONSTRAINT x_i4_k135 CHECK (-(c::int) > 0),
    CONSTRAINT x_i4_k136 CHECK ((-c)::int > 0)
);
CREATE INDEX x_i4_w0 ON x_i4 (c) WHERE c IN (1, -2);
CREATE INDEX x_i4_e0 ON x_i4 ((c IN (1, -2)));
CREATE INDEX x_i4_w1 ON x_i4 (c) WHERE c NOT IN (1, -2);
CREATE INDEX x_i4_e1 ON x_i4 ((c NOT IN (1, -2)));
CREATE INDEX x_i4_w2 ON x_i4 (c) WHERE c IN (1);
CREATE INDEX x_i4_e2 ON x_i4 ((c IN (1)));
CREATE INDEX x_i4_w3 ON x_i4 (c) WHERE c = ANY (ARRAY[1, -2]);
CREATE INDEX x_i4_e3 ON x_i4 ((c = ANY (ARRAY[1, -2])));
CREATE INDEX x_i4_w4 ON x_i4 (c) WHERE c <> ALL (ARRAY[1, -2]);
CREATE INDEX x_i4_e4 ON x_i4 ((c <> ALL (ARRAY[1, -2])));
CREATE INDEX x_i4_w5 ON x_i4 (c) WHERE c = ANY (ARRAY[1, -2, NULL]);
CREATE INDEX x_i4_e5 ON x_i4 ((c = ANY (ARRAY[1, -2, NULL])));
CREATE INDEX x_i4_w6 ON x_i4 (c) WHERE c IN (1, -2, NULL);
CREATE INDEX x_i4_e6 ON x_i4 ((c IN (1, -2, NULL)));
CREATE INDEX x_i4_w7 ON x_i4 (c) WHERE c = ANY (ARRAY[1, c]);
CREATE INDEX x_i4_e7 ON x_i4 ((c = ANY (ARRAY[1, c])));
CREATE INDEX x_i4_w8 ON x_i4 (c) WHERE c IN (1, c);
CREATE INDEX x_i4_e8 ON x_i4 ((c IN (1, c)));
CREATE INDEX x_i4_w9 ON x_i4 (c) WHERE c BETWEEN 1 AND -2;
CREATE INDEX x_i4_e9 ON x_i4 ((c BETWEEN 1 AND -2));
CREATE INDEX x_i4_w10 ON x_i4 (c) WHERE c NOT BETWEEN 1 AND -2;
CREATE INDEX x_i4_e10 ON x_i4 ((c NOT BETWEEN 1 AND -2));
CREATE INDEX x_i4_w11 ON x_i4 (c) WHERE c BETWEEN SYMMETRIC -2 AND 1;
CREATE INDEX x_i4_e11 ON x_i4 ((c BETWEEN SYMMETRIC -2 AND 1));
CREATE INDEX x_i4_w12 ON x_i4 (c) WHERE c NOT BETWEEN SYMMETRIC 1 AND -2;
CREATE INDEX x_i4_e12 ON x_i4 ((c NOT BETWEEN SYMMETRIC 1 AND -2));
CREATE INDEX x_i4_w13 ON x_i4 (c) WHERE c IS DISTINCT FROM 1;
CREATE INDEX x_i4_e13 ON x_i4 ((c IS DISTINCT FROM 1));
CREATE INDEX x_i4_w14 ON x_i4 (c) WHERE c IS NOT DISTINCT FROM 1;
CREATE INDEX x_i4_e14 ON x_i4 ((c IS NOT DISTINCT FROM 1));
CREATE INDEX x_i4_w15 ON x_i4 (c) WHERE COALESCE(c, 1) = 1;
CREATE INDEX x_i4_e15 ON x_i4 ((COALESCE(c, 1) = 1));
CREATE INDEX x_i4_w16 ON x_i4 (c) WHERE NULLIF(c, 1) IS NULL;
CREATE INDEX x_i4_e16 ON x_i4 ((NULLIF(c, 1) IS NULL));
CREATE INDEX x_i4_w17 ON x_i4 (c) WHERE GREATEST(c, 1, -2) = -2;
CREATE INDEX x_i4_e17 ON x_i4 ((GREATEST(c, 1, -2) = -2));
CREATE INDEX x_i4_w18 ON x_i4 (c) WHERE LEAST(c, 1) <> -2;
CREATE INDEX x_i4_e18 ON x_i4 ((LEAST(c, 1) <> -2));
CREATE INDEX x_i4_w19 ON x_i4 (c) WHERE CASE WHEN c = 1 THEN true ELSE c = -2 END;
CREATE INDEX x_i4_e19 ON x_i4 ((CASE WHEN c = 1 THEN true ELSE c = -2 END));
CREATE INDEX x_i4_w20 ON x_i4 (c) WHERE CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_i4_e20 ON x_i4 ((CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0));
CREATE INDEX x_i4_w21 ON x_i4 (c) WHERE (c, c) = (1, -2);
CREATE INDEX x_i4_e21 ON x_i4 (((c, c) = (1, -2)));
CREATE INDEX x_i4_w22 ON x_i4 (c) WHERE (c, c) < (1, -2);
CREATE INDEX x_i4_e22 ON x_i4 (((c, c) < (1, -2)));
CREATE INDEX x_i4_w23 ON x_i4 (c) WHERE (c, 1) IS DISTINCT FROM (1, 1);
CREATE INDEX x_i4_e23 ON x_i4 (((c, 1) IS DISTINCT FROM (1, 1)));
CREATE INDEX x_i4_w24 ON x_i4 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_i4_e24 ON x_i4 ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_i4_w25 ON x_i4 (c) WHERE c::text <> '';
CREATE INDEX x_i4_e25 ON x_i4 ((c::text <> ''));
CREATE INDEX x_i4_w26 ON x_i4 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_i4_e26 ON x_i4 ((CAST(c AS text) <> ''));
CREATE INDEX x_i4_w27 ON x_i4 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_i4_e27 ON x_i4 ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_i4_w28 ON x_i4 (c) WHERE c = 1::integer;
CREATE INDEX x_i4_e28 ON x_i4 ((c = 1::integer));
CREATE INDEX x_i4_w29 ON x_i4 (c) WHERE c <> CAST(-2 AS integer);
CREATE INDEX x_i4_e29 ON x_i4 ((c <> CAST(-2 AS integer)));
CREATE INDEX x_i4_w30 ON x_i4 (c) WHERE c > 1 OR c < -2;
CREATE INDEX x_i4_e30 ON x_i4 ((c > 1 OR c < -2));
CREATE INDEX x_i4_w31 ON x_i4 (c) WHERE NOT (c = 1);
CREATE INDEX x_i4_e31 ON x_i4 ((NOT (c = 1)));
CREATE INDEX x_i4_w32 ON x_i4 (c) WHERE c IS NULL OR c <> 1;
CREATE INDEX x_i4_e32 ON x_i4 ((c IS NULL OR c <> 1));
CREATE INDEX x_i4_w33 ON x_i4 (c) WHERE c = ANY ('{}');
CREATE INDEX x_i4_e33 ON x_i4 ((c = ANY ('{}')));
CREATE INDEX x_i4_w34 ON x_i4 (c) WHERE c = ANY ('{}'::integer[]);
CREATE INDEX x_i4_e34 ON x_i4 ((c = ANY ('{}'::integer[])));
CREATE INDEX x_i4_w36 ON x_i4 (c) WHERE c = ALL (ARRAY[1]);
CREATE INDEX x_i4_e36 ON x_i4 ((c = ALL (ARRAY[1])));
CREATE INDEX x_i4_w37 ON x_i4 (c) WHERE c > ANY (ARRAY[1, -2]);
CREATE INDEX x_i4_e37 ON x_i4 ((c > ANY (ARRAY[1, -2])));
CREATE INDEX x_i4_w38 ON x_i4 (c) WHERE c = ANY (ARRAY[1]::integer[]);
CREATE INDEX x_i4_e38 ON x_i4 ((c = ANY (ARRAY[1]::integer[])));
CREATE INDEX x_i4_w39 ON x_i4 (c) WHERE c IN (1::integer, -2::integer);
CREATE INDEX x_i4_e39 ON x_i4 ((c IN (1::integer, -2::integer)));
CREATE INDEX x_i4_w40 ON x_i4 (c) WHERE c = ANY (ARRAY[1::integer, -2::integer]);
CREATE INDEX x_i4_e40 ON x_i4 ((c = ANY (ARRAY[1::integer, -2::integer])));
CREATE INDEX x_i4_w41 ON x_i4 (c) WHERE ARRAY[c] <> ARRAY[1];
CREATE INDEX x_i4_e41 ON x_i4 ((ARRAY[c] <> ARRAY[1]));
CREATE INDEX x_i4_w42 ON x_i4 (c) WHERE ARRAY[c, 1] = ARRAY[1, -2];
CREATE INDEX x_i4_e42 ON x_i4 ((ARRAY[c, 1] = ARRAY[1, -2]));
CREATE INDEX x_i4_w43 ON x_i4 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_i4_e43 ON x_i4 ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_i4_w44 ON x_i4 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_i4_e44 ON x_i4 ((c::text IN ('a', 'b')));
CREATE INDEX x_i4_w45 ON x_i4 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_i4_e45 ON x_i4 ((c::varchar IN ('a', 'b')));
CREATE INDEX x_i4_w46 ON x_i4 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_i4_e46 ON x_i4 ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_i4_w47 ON x_i4 (c) WHERE c > -1;
CREATE INDEX x_i4_e47 ON x_i4 ((c > -1));
CREATE INDEX x_i4_w48 ON x_i4 (c) WHERE c > - 1;
CREATE INDEX x_i4_e48 ON x_i4 ((c > - 1));
CREATE INDEX x_i4_w49 ON x_i4 (c) WHERE c > -1.5;
CREATE INDEX x_i4_e49 ON x_i4 ((c > -1.5));
CREATE INDEX x_i4_w50 ON x_i4 (c) WHERE c <> -(1);
CREATE INDEX x_i4_e50 ON x_i4 ((c <> -(1)));
CREATE INDEX x_i4_w51 ON x_i4 (c) WHERE -c < 5;
CREATE INDEX x_i4_e51 ON x_i4 ((-c < 5));
CREATE INDEX x_i4_w52 ON x_i4 (c) WHERE - c < 5;
CREATE INDEX x_i4_e52 ON x_i4 ((- c < 5));
CREATE INDEX x_i4_w53 ON x_i4 (c) WHERE c - -1 > 0;
CREATE INDEX x_i4_e53 ON x_i4 ((c - -1 > 0));
CREATE INDEX x_i4_w54 ON x_i4 (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_i4_e54 ON x_i4 ((c + 1 * 2 > 0));
CREATE INDEX x_i4_w55 ON x_i4 (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_i4_e55 ON x_i4 (((c + 1) * 2 > 0));
CREATE INDEX x_i4_w56 ON x_i4 (c) WHERE c * -1.5 < 0;
CREATE INDEX x_i4_e56 ON x_i4 ((c * -1.5 < 0));
CREATE INDEX x_i4_w57 ON x_i4 (c) WHERE c ^ 2 > 0;
CREATE INDEX x_i4_e57 ON x_i4 ((c ^ 2 > 0));
CREATE INDEX x_i4_w58 ON x_i4 (c) WHERE @ c > 0;
CREATE INDEX x_i4_e58 ON x_i4 ((@ c > 0));
CREATE INDEX x_i4_w59 ON x_i4 (c) WHERE abs(c) > 0;
CREATE INDEX x_i4_e59 ON x_i4 ((abs(c) > 0));
CREATE INDEX x_i4_w60 ON x_i4 (c) WHERE c % 2 = 0;
CREATE INDEX x_i4_e60 ON x_i4 ((c % 2 = 0));
CREATE INDEX x_i4_w61 ON x_i4 (c) WHERE |/ c > 0;
CREATE INDEX x_i4_e61 ON x_i4 ((|/ c > 0));
CREATE INDEX x_i4_w62 ON x_i4 (c) WHERE c::int > 0;
CREATE INDEX x_i4_e62 ON x_i4 ((c::int > 0));
CREATE INDEX x_i4_w63 ON x_i4 (c) WHERE c > -1::int;
CREATE INDEX x_i4_e63 ON x_i4 ((c > -1::int));
CREATE INDEX x_i4_w64 ON x_i4 (c) WHERE c > (-1)::int;
CREATE INDEX x_i4_e64 ON x_i4 ((c > (-1)::int));
CREATE INDEX x_i4_w65 ON x_i4 (c) WHERE c > -1::numeric;
CREATE INDEX x_i4_e65 ON x_i4 ((c > -1::numeric));
CREATE INDEX x_i4_w66 ON x_i4 (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_i4_e66 ON x_i4 ((c > (-1.5)::numeric));
CREATE INDEX x_i4_w67 ON x_i4 (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_i4_e67 ON x_i4 ((c BETWEEN -5 AND 5));
CREATE INDEX x_i4_w68 ON x_i4 (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_i4_e68 ON x_i4 ((c::numeric(5,1) > 0));
CREATE INDEX x_i4_w69 ON x_i4 (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_i4_e69 ON x_i4 ((round(c::numeric, 1) > 0));
CREATE INDEX x_i4_w70 ON x_i4 (c) WHERE c > 1e10;
CREATE INDEX x_i4_e70 ON x_i4 ((c > 1e10));
CREATE INDEX x_i4_w71 ON x_i4 (c) WHERE c < 1.0e-5;
CREATE INDEX x_i4_e71 ON x_i4 ((c < 1.0e-5));
CREATE INDEX x_i4_w72 ON x_i4 (c) WHERE c > .5;
CREATE INDEX x_i4_e72 ON x_i4 ((c > .5));
CREATE INDEX x_i4_w73 ON x_i4 (c) WHERE c > 5.;
CREATE INDEX x_i4_e73 ON x_i4 ((c > 5.));
CREATE INDEX x_i4_w74 ON x_i4 (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_i4_e74 ON x_i4 ((c <> 'NaN'::numeric));
CREATE INDEX x_i4_w75 ON x_i4 (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_i4_e75 ON x_i4 ((c <> 'Infinity'::float8));
CREATE INDEX x_i4_w76 ON x_i4 (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_i4_e76 ON x_i4 ((c <> '-Infinity'::float8));
CREATE INDEX x_i4_w77 ON x_i4 (c) WHERE c < 9223372036854775807;
CREATE INDEX x_i4_e77 ON x_i4 ((c < 9223372036854775807));
CREATE INDEX x_i4_w78 ON x_i4 (c) WHERE c > -9223372036854775808;
CREATE INDEX x_i4_e78 ON x_i4 ((c > -9223372036854775808));
CREATE INDEX x_i4_w79 ON x_i4 (c) WHERE c < 2147483648;
CREATE INDEX x_i4_e79 ON x_i4 ((c < 2147483648));
CREATE INDEX x_i4_w80 ON x_i4 (c) WHERE c < 99999999999999999999;
CREATE INDEX x_i4_e80 ON x_i4 ((c < 99999999999999999999));
CREATE INDEX x_i4_w81 ON x_i4 (c) WHERE c <> -0;
CREATE INDEX x_i4_e81 ON x_i4 ((c <> -0));
CREATE INDEX x_i4_w82 ON x_i4 (c) WHERE c <> -0.0;
CREATE INDEX x_i4_e82 ON x_i4 ((c <> -0.0));
CREATE INDEX x_i4_w83 ON x_i4 (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_i4_e83 ON x_i4 ((-c ^ 2 > 0));
CREATE INDEX x_i4_w84 ON x_i4 (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_i4_e84 ON x_i4 (((-c) ^ 2 > 0));
CREATE INDEX x_i4_w85 ON x_i4 (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_i4_e85 ON x_i4 ((-(c ^ 2) < 0));
CREATE INDEX x_i4_w86 ON x_i4 (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_i4_e86 ON x_i4 ((2 - (3 - c) > 0));
CREATE INDEX x_i4_w87 ON x_i4 (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_i4_e87 ON x_i4 ((c / (2 * 3) > 0));
CREATE INDEX x_i4_w88 ON x_i4 (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_i4_e88 ON x_i4 ((c - (1 - 2) > 0));
CREATE INDEX x_i4_w89 ON x_i4 (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_i4_e89 ON x_i4 ((c - 1 - 2 > 0));
CREATE INDEX x_i4_w90 ON x_i4 (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_i4_e90 ON x_i4 (((c - 1) - 2 > 0));
CREATE INDEX x_i4_w91 ON x_i4 (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_i4_e91 ON x_i4 ((c - (1 + 2) > 0));
CREATE INDEX x_i4_w92 ON x_i4 (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_i4_e92 ON x_i4 ((c::float8 / 2 > 0));
CREATE INDEX x_i4_w93 ON x_i4 (c) WHERE c IN (1, 2.5);
CREATE INDEX x_i4_e93 ON x_i4 ((c IN (1, 2.5)));
CREATE INDEX x_i4_w94 ON x_i4 (c) WHERE c IN (-1, -2);
CREATE INDEX x_i4_e94 ON x_i4 ((c IN (-1, -2)));
CREATE INDEX x_i4_w95 ON x_i4 (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_i4_e95 ON x_i4 ((c = ANY (ARRAY[-1, 2])));
CREATE INDEX x_i4_w96 ON x_i4 (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_i4_e96 ON x_i4 ((c IN (1::bigint, 2)));
CREATE INDEX x_i4_w97 ON x_i4 (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_i4_e97 ON x_i4 ((c = ANY ('{1,2}'::int[])));
CREATE INDEX x_i4_w98 ON x_i4 (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_i4_e98 ON x_i4 ((c = ANY ('{1,2}')));
CREATE INDEX x_i4_w99 ON x_i4 (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_i4_e99 ON x_i4 ((c IN (int '1', numeric '2')));
CREATE INDEX x_i4_w100 ON x_i4 (c) WHERE c > int4 '1';
CREATE INDEX x_i4_e100 ON x_i4 ((c > int4 '1'));
CREATE INDEX x_i4_w101 ON x_i4 (c) WHERE c::text::int > 0;
CREATE INDEX x_i4_e101 ON x_i4 ((c::text::int > 0));
CREATE INDEX x_i4_w102 ON x_i4 (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_i4_e102 ON x_i4 ((c::bigint::numeric > 0));
CREATE INDEX x_i4_w103 ON x_i4 (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_i4_e103 ON x_i4 (((c)::numeric(5,2) > 0));
CREATE INDEX x_i4_w104 ON x_i4 (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_i4_e104 ON x_i4 ((c * 100 / 3 > 1));
CREATE INDEX x_i4_w105 ON x_i4 (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_i4_e105 ON x_i4 ((c > ALL (ARRAY[-1, -2])));
CREATE INDEX x_i4_w106 ON x_i4 (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_i4_e106 ON x_i4 ((c BETWEEN SYMMETRIC 5 AND -5));
CREATE INDEX x_i4_w107 ON x_i4 (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_i4_e107 ON x_i4 ((c IS NOT NULL AND c >= 0));
CREATE INDEX x_i4_w108 ON x_i4 (c) WHERE NOT c > 0;
CREATE INDEX x_i4_e108 ON x_i4 ((NOT c > 0));
CREATE INDEX x_i4_w109 ON x_i4 (c) WHERE NOT (c > 0);
CREATE INDEX x_i4_e109 ON x_i4 ((NOT (c > 0)));
CREATE INDEX x_i4_w110 ON x_i4 (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_i4_e110 ON x_i4 (((c > 1) = (c > 2)));
CREATE INDEX x_i4_w111 ON x_i4 (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_i4_e111 ON x_i4 ((c > 1 IS TRUE));
CREATE INDEX x_i4_w112 ON x_i4 (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_i4_e112 ON x_i4 ((c > 1 IS NOT FALSE));
CREATE INDEX x_i4_w113 ON x_i4 (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_i4_e113 ON x_i4 (((c > 1) IS UNKNOWN));
CREATE INDEX x_i4_w115 ON x_i4 (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_i4_e115 ON x_i4 ((c > 0 AND c < 10 OR c = 20));
CREATE INDEX x_i4_w116 ON x_i4 (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_i4_e116 ON x_i4 ((c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_i4_w117 ON x_i4 (c) WHERE c & 1 = 0;
CREATE INDEX x_i4_e117 ON x_i4 ((c & 1 = 0));
CREATE INDEX x_i4_w118 ON x_i4 (c) WHERE c | 1 > 0;
CREATE INDEX x_i4_e118 ON x_i4 ((c | 1 > 0));
CREATE INDEX x_i4_w119 ON x_i4 (c) WHERE c # 1 > 0;
CREATE INDEX x_i4_e119 ON x_i4 ((c # 1 > 0));
CREATE INDEX x_i4_w120 ON x_i4 (c) WHERE ~c < 0;
CREATE INDEX x_i4_e120 ON x_i4 ((~c < 0));
CREATE INDEX x_i4_w121 ON x_i4 (c) WHERE c << 1 > 0;
CREATE INDEX x_i4_e121 ON x_i4 ((c << 1 > 0));
CREATE INDEX x_i4_w122 ON x_i4 (c) WHERE c >> 1 > 0;
CREATE INDEX x_i4_e122 ON x_i4 ((c >> 1 > 0));
CREATE INDEX x_i4_w123 ON x_i4 (c) WHERE c / 2 * 2 = c;
CREATE INDEX x_i4_e123 ON x_i4 ((c / 2 * 2 = c));
CREATE INDEX x_i4_w124 ON x_i4 (c) WHERE c::bigint > 0;
CREATE INDEX x_i4_e124 ON x_i4 ((c::bigint > 0));
CREATE INDEX x_i4_w125 ON x_i4 (c) WHERE c::smallint > 0;
CREATE INDEX x_i4_e125 ON x_i4 ((c::smallint > 0));
CREATE INDEX x_i4_w126 ON x_i4 (c) WHERE (-c)::text <> '';
CREATE INDEX x_i4_e126 ON x_i4 (((-c)::text <> ''));
CREATE INDEX x_i4_w127 ON x_i4 (c) WHERE 2 ^ c > 0;
CREATE INDEX x_i4_e127 ON x_i4 ((2 ^ c > 0));
CREATE INDEX x_i4_w128 ON x_i4 (c) WHERE factorial(c) > 0;
CREATE INDEX x_i4_e128 ON x_i4 ((factorial(c) > 0));
CREATE INDEX x_i4_w129 ON x_i4 (c) WHERE c::bool;
CREATE INDEX x_i4_e129 ON x_i4 ((c::bool));
CREATE INDEX x_i4_w130 ON x_i4 (c) WHERE c::oid > 0;
CREATE INDEX x_i4_e130 ON x_i4 ((c::oid > 0));
CREATE INDEX x_i4_w131 ON x_i4 (c) WHERE c::text = '1';
CREATE INDEX x_i4_e131 ON x_i4 ((c::text = '1'));
CREATE INDEX x_i4_w133 ON x_i4 (c) WHERE c::bit(3) <> '000';
CREATE INDEX x_i4_e133 ON x_i4 ((c::bit(3) <> '000'));
CREATE INDEX x_i4_w134 ON x_i4 (c) WHERE -c::int > 0;
CREATE INDEX x_i4_e134 ON x_i4 ((-c::int > 0));
CREATE INDEX x_i4_w135 ON x_i4 (c) WHERE -(c::int) > 0;
CREATE INDEX x_i4_e135 ON x_i4 ((-(c::int) > 0));
CREATE INDEX x_i4_w136 ON x_i4 (c) WHERE (-c)::int > 0;
CREATE INDEX x_i4_e136 ON x_i4 (((-c)::int > 0));
CREATE DOMAIN dm_i4 AS integer DEFAULT 0
    CONSTRAINT dm_i4_k0 CHECK (VALUE IN (1, -2))
    CONSTRAINT dm_i4_k1 CHECK (VALUE NOT IN (1, -2))
    CONSTRAINT dm_i4_k2 CHECK (VALUE IN (1))
    CONSTRAINT dm_i4_k3 CHECK (VALUE = ANY (ARRAY[1, -2]))
    CONSTRAINT dm_i4_k4 CHECK (VALUE <> ALL (ARRAY[1, -2]))
    CONSTRAINT dm_i4_k5 CHECK (VALUE = ANY (ARRAY[1, -2, NULL]))
    CONSTRAINT dm_i4_k6 CHECK (VALUE IN (1, -2, NULL))
    CONSTRAINT dm_i4_k7 CHECK (VALUE = ANY (ARRAY[1, VALUE]))
    CONSTRAINT dm_i4_k8 CHECK (VALUE IN (1, VALUE))
    CONSTRAINT dm_i4_k9 CHECK (VALUE BETWEEN 1 AND -2)
    CONSTRAINT dm_i4_k10 CHECK (VALUE NOT BETWEEN 1 AND -2)
    CONSTRAINT dm_i4_k11 CHECK (VALUE BETWEEN SYMMETRIC -2 AND 1)
    CONSTRAINT dm_i4_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 1 AND -2)
    CONSTRAINT dm_i4_k13 CHECK (VALUE IS DISTINCT FROM 1)
    CONSTRAINT dm_i4_k14 CHECK (VALUE IS NOT DISTINCT FROM 1)
    CONSTRAINT dm_i4_k15 CHECK (COALESCE(VALUE, 1) = 1)
    CONSTRAINT dm_i4_k16 CHECK (NULLIF(VALUE, 1) IS NULL)
    CONSTRAINT dm_i4_k17 CHECK (GREATEST(VALUE, 1, -2) = -2)
    CONSTRAINT dm_i4_k18 CHECK (LEAST(VALUE, 1) <> -2)
    CONSTRAINT dm_i4_k19 CHECK (CASE WHEN VALUE = 1 THEN true ELSE VALUE = -2 END)
    CONSTRAINT dm_i4_k20 CHECK (CASE VALUE WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_i4_k21 CHECK ((VALUE, VALUE) = (1, -2))
    CONSTRAINT dm_i4_k22 CHECK ((VALUE, VALUE) < (1, -2))
    CONSTRAINT dm_i4_k23 CHECK ((VALUE, 1) IS DISTINCT FROM (1, 1))
    CONSTRAINT dm_i4_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_i4_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_i4_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_i4_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_i4_k28 CHECK (VALUE = 1::integer)
    CONSTRAINT dm_i4_k29 CHECK (VALUE <> CAST(-2 AS integer))
    CONSTRAINT dm_i4_k30 CHECK (VALUE > 1 OR VALUE < -2)
    CONSTRAINT dm_i4_k31 CHECK (NOT (VALUE = 1))
    CONSTRAINT dm_i4_k32 CHECK (VALUE IS NULL OR VALUE <> 1)
    CONSTRAINT dm_i4_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_i4_k34 CHECK (VALUE = ANY ('{}'::integer[]))
    CONSTRAINT dm_i4_k36 CHECK (VALUE = ALL (ARRAY[1]))
    CONSTRAINT dm_i4_k37 CHECK (VALUE > ANY (ARRAY[1, -2]))
    CONSTRAINT dm_i4_k38 CHECK (VALUE = ANY (ARRAY[1]::integer[]))
    CONSTRAINT dm_i4_k39 CHECK (VALUE IN (1::integer, -2::integer))
    CONSTRAINT dm_i4_k40 CHECK (VALUE = ANY (ARRAY[1::integer, -2::integer]))
    CONSTRAINT dm_i4_k41 CHECK (ARRAY[VALUE] <> ARRAY[1])
    CONSTRAINT dm_i4_k42 CHECK (ARRAY[VALUE, 1] = ARRAY[1, -2])
    CONSTRAINT dm_i4_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_i4_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_i4_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_i4_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_i4_k47 CHECK (VALUE > -1)
    CONSTRAINT dm_i4_k48 CHECK (VALUE > - 1)
    CONSTRAINT dm_i4_k49 CHECK (VALUE > -1.5)
    CONSTRAINT dm_i4_k50 CHECK (VALUE <> -(1))
    CONSTRAINT dm_i4_k51 CHECK (-VALUE < 5)
    CONSTRAINT dm_i4_k52 CHECK (- VALUE < 5)
    CONSTRAINT dm_i4_k53 CHECK (VALUE - -1 > 0)
    CONSTRAINT dm_i4_k54 CHECK (VALUE + 1 * 2 > 0)
    CONSTRAINT dm_i4_k55 CHECK ((VALUE + 1) * 2 > 0)
    CONSTRAINT dm_i4_k56 CHECK (VALUE * -1.5 < 0)
    CONSTRAINT dm_i4_k57 CHECK (VALUE ^ 2 > 0)
    CONSTRAINT dm_i4_k58 CHECK (@ VALUE > 0)
    CONSTRAINT dm_i4_k59 CHECK (abs(VALUE) > 0)
    CONSTRAINT dm_i4_k60 CHECK (VALUE % 2 = 0)
    CONSTRAINT dm_i4_k61 CHECK (|/ VALUE > 0)
    CONSTRAINT dm_i4_k62 CHECK (VALUE::int > 0)
    CONSTRAINT dm_i4_k63 CHECK (VALUE > -1::int)
    CONSTRAINT dm_i4_k64 CHECK (VALUE > (-1)::int)
    CONSTRAINT dm_i4_k65 CHECK (VALUE > -1::numeric)
    CONSTRAINT dm_i4_k66 CHECK (VALUE > (-1.5)::numeric)
    CONSTRAINT dm_i4_k67 CHECK (VALUE BETWEEN -5 AND 5)
    CONSTRAINT dm_i4_k68 CHECK (VALUE::numeric(5,1) > 0)
    CONSTRAINT dm_i4_k69 CHECK (round(VALUE::numeric, 1) > 0)
    CONSTRAINT dm_i4_k70 CHECK (VALUE > 1e10)
    CONSTRAINT dm_i4_k71 CHECK (VALUE < 1.0e-5)
    CONSTRAINT dm_i4_k72 CHECK (VALUE > .5)
    CONSTRAINT dm_i4_k73 CHECK (VALUE > 5.)
    CONSTRAINT dm_i4_k74 CHECK (VALUE <> 'NaN'::numeric)
    CONSTRAINT dm_i4_k75 CHECK (VALUE <> 'Infinity'::float8)
    CONSTRAINT dm_i4_k76 CHECK (VALUE <> '-Infinity'::float8)
    CONSTRAINT dm_i4_k77 CHECK (VALUE < 9223372036854775807)
    CONSTRAINT dm_i4_k78 CHECK (VALUE > -9223372036854775808)
    CONSTRAINT dm_i4_k79 CHECK (VALUE < 2147483648)
    CONSTRAINT dm_i4_k80 CHECK (VALUE < 99999999999999999999)
    CONSTRAINT dm_i4_k81 CHECK (VALUE <> -0)
    CONSTRAINT dm_i4_k82 CHECK (VALUE <> -0.0)
    CONSTRAINT dm_i4_k83 CHECK (-VALUE ^ 2 > 0)
    CONSTRAINT dm_i4_k84 CHECK ((-VALUE) ^ 2 > 0)
    CONSTRAINT dm_i4_k85 CHECK (-(VALUE ^ 2) < 0)
    CONSTRAINT dm_i4_k86 CHECK (2 - (3 - VALUE) > 0)
    CONSTRAINT dm_i4_k87 CHECK (VALUE / (2 * 3) > 0)
    CONSTRAINT dm_i4_k88 CHECK (VALUE - (1 - 2) > 0)
    CONSTRAINT dm_i4_k89 CHECK (VALUE - 1 - 2 > 0)
    CONSTRAINT dm_i4_k90 CHECK ((VALUE - 1) - 2 > 0)
    CONSTRAINT dm_i4_k91 CHECK (VALUE - (1 + 2) > 0)
    CONSTRAINT dm_i4_k92 CHECK (VALUE::float8 / 2 > 0)
    CONSTRAINT dm_i4_k93 CHECK (VALUE IN (1, 2.5))
    CONSTRAINT dm_i4_k94 CHECK (VALUE IN (-1, -2))
    CONSTRAINT dm_i4_k95 CHECK (VALUE = ANY (ARRAY[-1, 2]))
    CONSTRAINT dm_i4_k96 CHECK (VALUE IN (1::bigint, 2))
    CONSTRAINT dm_i4_k97 CHECK (VALUE = ANY ('{1,2}'::int[]))
    CONSTRAINT dm_i4_k98 CHECK (VALUE = ANY ('{1,2}'))
    CONSTRAINT dm_i4_k99 CHECK (VALUE IN (int '1', numeric '2'))
    CONSTRAINT dm_i4_k100 CHECK (VALUE > int4 '1')
    CONSTRAINT dm_i4_k101 CHECK (VALUE::text::int > 0)
    CONSTRAINT dm_i4_k102 CHECK (VALUE::bigint::numeric > 0)
    CONSTRAINT dm_i4_k103 CHECK ((VALUE)::numeric(5,2) > 0)
    CONSTRAINT dm_i4_k104 CHECK (VALUE * 100 / 3 > 1)
    CONSTRAINT dm_i4_k105 CHECK (VALUE > ALL (ARRAY[-1, -2]))
    CONSTRAINT dm_i4_k106 CHECK (VALUE BETWEEN SYMMETRIC 5 AND -5)
    CONSTRAINT dm_i4_k107 CHECK (VALUE IS NOT NULL AND VALUE >= 0)
    CONSTRAINT dm_i4_k108 CHECK (NOT VALUE > 0)
    CONSTRAINT dm_i4_k109 CHECK (NOT (VALUE > 0))
    CONSTRAINT dm_i4_k110 CHECK ((VALUE > 1) = (VALUE > 2))
    CONSTRAINT dm_i4_k111 CHECK (VALUE > 1 IS TRUE)
    CONSTRAINT dm_i4_k112 CHECK (VALUE > 1 IS NOT FALSE)
    CONSTRAINT dm_i4_k113 CHECK ((VALUE > 1) IS UNKNOWN)
    CONSTRAINT dm_i4_k115 CHECK (VALUE > 0 AND VALUE < 10 OR VALUE = 20)
    CONSTRAINT dm_i4_k116 CHECK (VALUE > 0 AND (VALUE < 10 OR VALUE = 20))
    CONSTRAINT dm_i4_k117 CHECK (VALUE & 1 = 0)
    CONSTRAINT dm_i4_k118 CHECK (VALUE | 1 > 0)
    CONSTRAINT dm_i4_k119 CHECK (VALUE # 1 > 0)
    CONSTRAINT dm_i4_k120 CHECK (~VALUE < 0)
    CONSTRAINT dm_i4_k121 CHECK (VALUE << 1 > 0)
    CONSTRAINT dm_i4_k122 CHECK (VALUE >> 1 > 0)
    CONSTRAINT dm_i4_k123 CHECK (VALUE / 2 * 2 = VALUE)
    CONSTRAINT dm_i4_k124 CHECK (VALUE::bigint > 0)
    CONSTRAINT dm_i4_k125 CHECK (VALUE::smallint > 0)
    CONSTRAINT dm_i4_k126 CHECK ((-VALUE)::text <> '')
    CONSTRAINT dm_i4_k127 CHECK (2 ^ VALUE > 0)
    CONSTRAINT dm_i4_k128 CHECK (factorial(VALUE) > 0)
    CONSTRAINT dm_i4_k129 CHECK (VALUE::bool)
    CONSTRAINT dm_i4_k130 CHECK (VALUE::oid > 0)
    CONSTRAINT dm_i4_k131 CHECK (VALUE::text = '1')
    CONSTRAINT dm_i4_k132 CHECK (VALUE::money > '1'::money)
    CONSTRAINT dm_i4_k133 CHECK (VALUE::bit(3) <> '000')
    CONSTRAINT dm_i4_k134 CHECK (-VALUE::int > 0)
    CONSTRAINT dm_i4_k135 CHECK (-(VALUE::int) > 0)
    CONSTRAINT dm_i4_k136 CHECK ((-VALUE)::int > 0);
CREATE TABLE x_i8 (
    c bigint,
    d0 bigint DEFAULT -1,
    d1 bigint DEFAULT -9223372036854775808,
    d2 bigint DEFAULT 9223372036854775807,
    d3 bigint DEFAULT -1::bigint,
    d4 bigint DEFAULT nextval('sq'),
    d5 bigint DEFAULT (nextval('sq') * -1),
    d6 bigint DEFAULT 2147483648,
    d7 bigint DEFAULT -2147483648,
    d8 bigint DEFAULT extract(epoch from now())::bigint,
    CONSTRAINT x_i8_k0 CHECK (c IN (1, -2)),
    CONSTRAINT x_i8_k1 CHECK (c NOT IN (1, -2)),
    CONSTRAINT x_i8_k2 CHECK (c IN (1)),
    CONSTRAINT x_i8_k3 CHECK (c = ANY (ARRAY[1, -2])),
    CONSTRAINT x_i8_k4 CHECK (c <> ALL (ARRAY[1, -2])),
    CONSTRAINT x_i8_k5 CHECK (c = ANY (ARRAY[1, -2, NULL])),
    CONSTRAINT x_i8_k6 CHECK (c IN (1, -2, NULL)),
    CONSTRAINT x_i8_k7 CHECK (c = ANY (ARRAY[1, c])),
    CONSTRAINT x_i8_k8 CHECK (c IN (1, c)),
    CONSTRAINT x_i8_k9 CHECK (c BETWEEN 1 AND -2),
    CONSTRAINT x_i8_k10 CHECK (c NOT BETWEEN 1 AND -2),
    CONSTRAINT x_i8_k11 CHECK (c BETWEEN SYMMETRIC -2 AND 1),
    CONSTRAINT x_i8_k12 CHECK (c NOT BETWEEN SYMMETRIC 1 AND -2),
    CONSTRAINT x_i8_k13 CHECK (c IS DISTINCT FROM 1),
    CONSTRAINT x_i8_k14 CHECK (c IS NOT DISTINCT FROM 1),
    CONSTRAINT x_i8_k15 CHECK (COALESCE(c, 1) = 1),
    CONSTRAINT x_i8_k16 CHECK (NULLIF(c, 1) IS NULL),
    CONSTRAINT x_i8_k17 CHECK (GREATEST(c, 1, -2) = -2),
    CONSTRAINT x_i8_k18 CHECK (LEAST(c, 1) <> -2),
    CONSTRAINT x_i8_k19 CHECK (CASE WHEN c = 1 THEN true ELSE c = -2 END),
    CONSTRAINT x_i8_k20 CHECK (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_i8_k21 CHECK ((c, c) = (1, -2)),
    CONSTRAINT x_i8_k22 CHECK ((c, c) < (1, -2)),
    CONSTRAINT x_i8_k23 CHECK ((c, 1) IS DISTINCT FROM (1, 1)),
    CONSTRAINT x_i8_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_i8_k25 CHECK (c::text <> ''),
    CONSTRAINT x_i8_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_i8_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_i8_k28 CHECK (c = 1::bigint),
    CONSTRAINT x_i8_k29 CHECK (c <> CAST(-2 AS bigint)),
    CONSTRAINT x_i8_k30 CHECK (c > 1 OR c < -2),
    CONSTRAINT x_i8_k31 CHECK (NOT (c = 1)),
    CONSTRAINT x_i8_k32 CHECK (c IS NULL OR c <> 1),
    CONSTRAINT x_i8_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_i8_k34 CHECK (c = ANY ('{}'::bigint[])),
    CONSTRAINT x_i8_k36 CHECK (c = ALL (ARRAY[1])),
    CONSTRAINT x_i8_k37 CHECK (c > ANY (ARRAY[1, -2])),
    CONSTRAINT x_i8_k38 CHECK (c = ANY (ARRAY[1]::bigint[])),
    CONSTRAINT x_i8_k39 CHECK (c IN (1::bigint, -2::bigint)),
    CONSTRAINT x_i8_k40 CHECK (c = ANY (ARRAY[1::bigint, -2::bigint])),
    CONSTRAINT x_i8_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_i8_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_i8_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_i8_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_i8_k47 CHECK (c > -1),
    CONSTRAINT x_i8_k48 CHECK (c > - 1),
    CONSTRAINT x_i8_k49 CHECK (c > -1.5),
    CONSTRAINT x_i8_k50 CHECK (c <> -(1)),
    CONSTRAINT x_i8_k51 CHECK (-c < 5),
    CONSTRAINT x_i8_k52 CHECK (- c < 5),
    CONSTRAINT x_i8_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_i8_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_i8_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_i8_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_i8_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_i8_k58 CHECK (@ c > 0),
    CONSTRAINT x_i8_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_i8_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_i8_k61 CHECK (|/ c > 0),
    CONSTRAINT x_i8_k62 CHECK (c::int > 0),
    CONSTRAINT x_i8_k63 CHECK (c > -1::int),
    CONSTRAINT x_i8_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_i8_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_i8_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_i8_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_i8_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_i8_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_i8_k70 CHECK (c > 1e10),
    CONSTRAINT x_i8_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_i8_k72 CHECK (c > .5),
    CONSTRAINT x_i8_k73 CHECK (c > 5.),
    CONSTRAINT x_i8_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_i8_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_i8_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_i8_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_i8_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_i8_k79 CHECK (c < 2147483648),
    CONSTRAINT x_i8_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_i8_k81 CHECK (c <> -0),
    CONSTRAINT x_i8_k82 CHECK (c <> -0.0),
    CONSTRAINT x_i8_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_i8_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_i8_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_i8_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_i8_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_i8_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_i8_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_i8_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_i8_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_i8_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_i8_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_i8_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_i8_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_i8_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_i8_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_i8_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_i8_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_i8_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_i8_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_i8_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_i8_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_i8_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_i8_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_i8_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_i8_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_i8_k108 CHECK (NOT c > 0),
    CONSTRAINT x_i8_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_i8_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_i8_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_i8_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_i8_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_i8_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_i8_k116 CHECK (c > 0 AND (c < 10 OR c = 20)),
    CONSTRAINT x_i8_k117 CHECK (c & 1 = 0),
    CONSTRAINT x_i8_k118 CHECK (c | 1 > 0),
    CONSTRAINT x_i8_k119 CHECK (c # 1 > 0),
    CONSTRAINT x_i8_k120 CHECK (~c < 0),
    CONSTRAINT x_i8_k121 CHECK (c << 1 > 0),
    CONSTRAINT x_i8_k122 CHECK (c >> 1 > 0),
    CONSTRAINT x_i8_k123 CHECK (c / 2 * 2 = c),
    CONSTRAINT x_i8_k124 CHECK (c::bigint > 0),
    CONSTRAINT x_i8_k125 CHECK (c::smallint > 0),
    CONSTRAINT x_i8_k126 CHECK ((-c)::text <> ''),
    CONSTRAINT x_i8_k127 CHECK (2 ^ c > 0),
    CONSTRAINT x_i8_k128 CHECK (factorial(c) > 0),
    CONSTRAINT x_i8_k130 CHECK (c::oid > 0),
    CONSTRAINT x_i8_k131 CHECK (c::text = '1'),
    CONSTRAINT x_i8_k132 CHECK (c::money > '1'::money),
    CONSTRAINT x_i8_k133 CHECK (c::bit(3) <> '000'),
    CONSTRAINT x_i8_k134 CHECK (-c::int > 0),
    CONSTRAINT x_i8_k135 CHECK (-(c::int) > 0),
    CONSTRAINT x_i8_k136 CHECK ((-c)::int > 0)
);
CREATE TABLE x_f4 (
    c real,
    d0 real DEFAULT -1.5,
    d1 real DEFAULT 1e-3,
    d2 real DEFAULT 'NaN',
    d3 real DEFAULT '-Infinity',
    d4 real DEFAULT -1.5::real,
    d5 real DEFAULT 1.5::float4,
    d6 real DEFAULT random(),
    CONSTRAINT x_f4_k0 CHECK (c IN (1.5, -2)),
    CONSTRAINT x_f4_k1 CHECK (c NOT IN (1.5, -2)),
    CONSTRAINT x_f4_k2 CHECK (c IN (1.5)),
    CONSTRAINT x_f4_k3 CHECK (c = ANY (ARRAY[1.5, -2])),
    CONSTRAINT x_f4_k4 CHECK (c <> ALL (ARRAY[1.5, -2])),
    CONSTRAINT x_f4_k5 CHECK (c = ANY (ARRAY[1.5, -2, NULL])),
    CONSTRAINT x_f4_k6 CHECK (c IN (1.5, -2, NULL)),
    CONSTRAINT x_f4_k7 CHECK (c = ANY (ARRAY[1.5, c])),
    CONSTRAINT x_f4_k8 CHECK (c IN (1.5, c)),
    CONSTRAINT x_f4_k9 CHECK (c BETWEEN 1.5 AND -2),
    CONSTRAINT x_f4_k10 CHECK (c NOT BETWEEN 1.5 AND -2),
    CONSTRAINT x_f4_k11 CHECK (c BETWEEN SYMMETRIC -2 AND 1.5),
    CONSTRAINT x_f4_k12 CHECK (c NOT BETWEEN SYMMETRIC 1.5 AND -2),
    CONSTRAINT x_f4_k13 CHECK (c IS DISTINCT FROM 1.5),
    CONSTRAINT x_f4_k14 CHECK (c IS NOT DISTINCT FROM 1.5),
    CONSTRAINT x_f4_k15 CHECK (COALESCE(c, 1.5) = 1.5),
    CONSTRAINT x_f4_k16 CHECK (NULLIF(c, 1.5) IS NULL),
    CONSTRAINT x_f4_k17 CHECK (GREATEST(c, 1.5, -2) = -2),
    CONSTRAINT x_f4_k18 CHECK (LEAST(c, 1.5) <> -2),
    CONSTRAINT x_f4_k19 CHECK (CASE WHEN c = 1.5 THEN true ELSE c = -2 END),
    CONSTRAINT x_f4_k20 CHECK (CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_f4_k21 CHECK ((c, c) = (1.5, -2)),
    CONSTRAINT x_f4_k22 CHECK ((c, c) < (1.5, -2)),
    CONSTRAINT x_f4_k23 CHECK ((c, 1) IS DISTINCT FROM (1.5, 1)),
    CONSTRAINT x_f4_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_f4_k25 CHECK (c::text <> ''),
    CONSTRAINT x_f4_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_f4_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_f4_k28 CHECK (c = 1.5::real),
    CONSTRAINT x_f4_k29 CHECK (c <> CAST(-2 AS real)),
    CONSTRAINT x_f4_k30 CHECK (c > 1.5 OR c < -2),
    CONSTRAINT x_f4_k31 CHECK (NOT (c = 1.5)),
    CONSTRAINT x_f4_k32 CHECK (c IS NULL OR c <> 1.5),
    CONSTRAINT x_f4_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_f4_k34 CHECK (c = ANY ('{}'::real[])),
    CONSTRAINT x_f4_k36 CHECK (c = ALL (ARRAY[1.5])),
    CONSTRAINT x_f4_k37 CHECK (c > ANY (ARRAY[1.5, -2])),
    CONSTRAINT x_f4_k38 CHECK (c = ANY (ARRAY[1.5]::real[])),
    CONSTRAINT x_f4_k39 CHECK (c IN (1.5::real, -2::real)),
    CONSTRAINT x_f4_k40 CHECK (c = ANY (ARRAY[1.5::real, -2::real])),
    CONSTRAINT x_f4_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_f4_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_f4_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_f4_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_f4_k47 CHECK (c > -1),
    CONSTRAINT x_f4_k48 CHECK (c > - 1),
    CONSTRAINT x_f4_k49 CHECK (c > -1.5),
    CONSTRAINT x_f4_k50 CHECK (c <> -(1)),
    CONSTRAINT x_f4_k51 CHECK (-c < 5),
    CONSTRAINT x_f4_k52 CHECK (- c < 5),
    CONSTRAINT x_f4_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_f4_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_f4_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_f4_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_f4_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_f4_k58 CHECK (@ c > 0),
    CONSTRAINT x_f4_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_f4_k61 CHECK (|/ c > 0),
    CONSTRAINT x_f4_k62 CHECK (c::int > 0),
    CONSTRAINT x_f4_k63 CHECK (c > -1::int),
    CONSTRAINT x_f4_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_f4_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_f4_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_f4_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_f4_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_f4_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_f4_k70 CHECK (c > 1e10),
    CONSTRAINT x_f4_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_f4_k72 CHECK (c > .5),
    CONSTRAINT x_f4_k73 CHECK (c > 5.),
    CONSTRAINT x_f4_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_f4_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_f4_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_f4_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_f4_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_f4_k79 CHECK (c < 2147483648),
    CONSTRAINT x_f4_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_f4_k81 CHECK (c <> -0),
    CONSTRAINT x_f4_k82 CHECK (c <> -0.0),
    CONSTRAINT x_f4_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_f4_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_f4_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_f4_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_f4_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_f4_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_f4_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_f4_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_f4_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_f4_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_f4_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_f4_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_f4_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_f4_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_f4_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_f4_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_f4_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_f4_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_f4_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_f4_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_f4_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_f4_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_f4_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_f4_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_f4_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_f4_k108 CHECK (NOT c > 0),
    CONSTRAINT x_f4_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_f4_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_f4_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_f4_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_f4_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_f4_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_f4_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE TABLE x_f8 (
    c double precision,
    d0 double precision DEFAULT -1.5,
    d1 double precision DEFAULT 1e300,
    d2 double precision DEFAULT 'Infinity'::float8,
    d3 double precision DEFAULT -1::float8,
    d4 double precision DEFAULT - 1.5::float8,
    d5 double precision DEFAULT random(),
    d6 double precision DEFAULT pi(),
    d7 double precision DEFAULT 1.0/3.0,
    d8 double precision DEFAULT (-1.5)::double precision,
    g0 double precision GENERATED ALWAYS AS (c * 2) STORED,
    g1 boolean GENERATED ALWAYS AS (c IN (1.5, 2)) STORED,
    g2 double precision GENERATED ALWAYS AS (-c) STORED,
    g3 numeric GENERATED ALWAYS AS (c::numeric) STORED,
    g4 integer GENERATED ALWAYS AS (c::int) STORED,
    g5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY[1, 2.5])) STORED,
    g6 numeric GENERATED ALWAYS AS (round(c::numeric, 2)) STORED,
    CONSTRAINT x_f8_k0 CHECK (c IN (1.5, -2.5)),
    CONSTRAINT x_f8_k1 CHECK (c NOT IN (1.5, -2.5)),
    CONSTRAINT x_f8_k2 CHECK (c IN (1.5)),
    CONSTRAINT x_f8_k3 CHECK (c = ANY (ARRAY[1.5, -2.5])),
    CONSTRAINT x_f8_k4 CHECK (c <> ALL (ARRAY[1.5, -2.5])),
    CONSTRAINT x_f8_k5 CHECK (c = ANY (ARRAY[1.5, -2.5, NULL])),
    CONSTRAINT x_f8_k6 CHECK (c IN (1.5, -2.5, NULL)),
    CONSTRAINT x_f8_k7 CHECK (c = ANY (ARRAY[1.5, c])),
    CONSTRAINT x_f8_k8 CHECK (c IN (1.5, c)),
    CONSTRAINT x_f8_k9 CHECK (c BETWEEN 1.5 AND -2.5),
    CONSTRAINT x_f8_k10 CHECK (c NOT BETWEEN 1.5 AND -2.5),
    CONSTRAINT x_f8_k11 CHECK (c BETWEEN SYMMETRIC -2.5 AND 1.5),
    CONSTRAINT x_f8_k12 CHECK (c NOT BETWEEN SYMMETRIC 1.5 AND -2.5),
    CONSTRAINT x_f8_k13 CHECK (c IS DISTINCT FROM 1.5),
    CONSTRAINT x_f8_k14 CHECK (c IS NOT DISTINCT FROM 1.5),
    CONSTRAINT x_f8_k15 CHECK (COALESCE(c, 1.5) = 1.5),
    CONSTRAINT x_f8_k16 CHECK (NULLIF(c, 1.5) IS NULL),
    CONSTRAINT x_f8_k17 CHECK (GREATEST(c, 1.5, -2.5) = -2.5),
    CONSTRAINT x_f8_k18 CHECK (LEAST(c, 1.5) <> -2.5),
    CONSTRAINT x_f8_k19 CHECK (CASE WHEN c = 1.5 THEN true ELSE c = -2.5 END),
    CONSTRAINT x_f8_k20 CHECK (CASE c WHEN 1.5 THEN 1 WHEN -2.5 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_f8_k21 CHECK ((c, c) = (1.5, -2.5)),
    CONSTRAINT x_f8_k22 CHECK ((c, c) < (1.5, -2.5)),
    CONSTRAINT x_f8_k23 CHECK ((c, 1) IS DISTINCT FROM (1.5, 1)),
    CONSTRAINT x_f8_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_f8_k25 CHECK (c::text <> ''),
    CONSTRAINT x_f8_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_f8_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_f8_k28 CHECK (c = 1.5::double precision),
    CONSTRAINT x_f8_k29 CHECK (c <> CAST(-2.5 AS double precision)),
    CONSTRAINT x_f8_k30 CHECK (c > 1.5 OR c < -2.5),
    CONSTRAINT x_f8_k31 CHECK (NOT (c = 1.5)),
    CONSTRAINT x_f8_k32 CHECK (c IS NULL OR c <> 1.5),
    CONSTRAINT x_f8_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_f8_k34 CHECK (c = ANY ('{}'::double precision[])),
    CONSTRAINT x_f8_k36 CHECK (c = ALL (ARRAY[1.5])),
    CONSTRAINT x_f8_k37 CHECK (c > ANY (ARRAY[1.5, -2.5])),
    CONSTRAINT x_f8_k38 CHECK (c = ANY (ARRAY[1.5]::double precision[])),
    CONSTRAINT x_f8_k39 CHECK (c IN (1.5::double precision, -2.5::double precision)),
    CONSTRAINT x_f8_k40 CHECK (c = ANY (ARRAY[1.5::double precision, -2.5::double precision])),
    CONSTRAINT x_f8_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_f8_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_f8_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_f8_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_f8_k47 CHECK (c > -1),
    CONSTRAINT x_f8_k48 CHECK (c > - 1),
    CONSTRAINT x_f8_k49 CHECK (c > -1.5),
    CONSTRAINT x_f8_k50 CHECK (c <> -(1)),
    CONSTRAINT x_f8_k51 CHECK (-c < 5),
    CONSTRAINT x_f8_k52 CHECK (- c < 5),
    CONSTRAINT x_f8_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_f8_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_f8_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_f8_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_f8_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_f8_k58 CHECK (@ c > 0),
    CONSTRAINT x_f8_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_f8_k61 CHECK (|/ c > 0),
    CONSTRAINT x_f8_k62 CHECK (c::int > 0),
    CONSTRAINT x_f8_k63 CHECK (c > -1::int),
    CONSTRAINT x_f8_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_f8_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_f8_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_f8_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_f8_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_f8_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_f8_k70 CHECK (c > 1e10),
    CONSTRAINT x_f8_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_f8_k72 CHECK (c > .5),
    CONSTRAINT x_f8_k73 CHECK (c > 5.),
    CONSTRAINT x_f8_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_f8_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_f8_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_f8_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_f8_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_f8_k79 CHECK (c < 2147483648),
    CONSTRAINT x_f8_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_f8_k81 CHECK (c <> -0),
    CONSTRAINT x_f8_k82 CHECK (c <> -0.0),
    CONSTRAINT x_f8_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_f8_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_f8_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_f8_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_f8_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_f8_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_f8_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_f8_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_f8_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_f8_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_f8_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_f8_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_f8_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_f8_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_f8_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_f8_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_f8_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_f8_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_f8_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_f8_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_f8_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_f8_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_f8_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_f8_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_f8_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_f8_k108 CHECK (NOT c > 0),
    CONSTRAINT x_f8_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_f8_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_f8_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_f8_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_f8_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_f8_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_f8_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE DOMAIN dm_f8 AS double precision DEFAULT -1.5
    CONSTRAINT dm_f8_k0 CHECK (VALUE IN (1.5, -2.5))
    CONSTRAINT dm_f8_k1 CHECK (VALUE NOT IN (1.5, -2.5))
    CONSTRAINT dm_f8_k2 CHECK (VALUE IN (1.5))
    CONSTRAINT dm_f8_k3 CHECK (VALUE = ANY (ARRAY[1.5, -2.5]))
    CONSTRAINT dm_f8_k4 CHECK (VALUE <> ALL (ARRAY[1.5, -2.5]))
    CONSTRAINT dm_f8_k5 CHECK (VALUE = ANY (ARRAY[1.5, -2.5, NULL]))
    CONSTRAINT dm_f8_k6 CHECK (VALUE IN (1.5, -2.5, NULL))
    CONSTRAINT dm_f8_k7 CHECK (VALUE = ANY (ARRAY[1.5, VALUE]))
    CONSTRAINT dm_f8_k8 CHECK (VALUE IN (1.5, VALUE))
    CONSTRAINT dm_f8_k9 CHECK (VALUE BETWEEN 1.5 AND -2.5)
    CONSTRAINT dm_f8_k10 CHECK (VALUE NOT BETWEEN 1.5 AND -2.5)
    CONSTRAINT dm_f8_k11 CHECK (VALUE BETWEEN SYMMETRIC -2.5 AND 1.5)
    CONSTRAINT dm_f8_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 1.5 AND -2.5)
    CONSTRAINT dm_f8_k13 CHECK (VALUE IS DISTINCT FROM 1.5)
    CONSTRAINT dm_f8_k14 CHECK (VALUE IS NOT DISTINCT FROM 1.5)
    CONSTRAINT dm_f8_k15 CHECK (COALESCE(VALUE, 1.5) = 1.5)
    CONSTRAINT dm_f8_k16 CHECK (NULLIF(VALUE, 1.5) IS NULL)
    CONSTRAINT dm_f8_k17 CHECK (GREATEST(VALUE, 1.5, -2.5) = -2.5)
    CONSTRAINT dm_f8_k18 CHECK (LEAST(VALUE, 1.5) <> -2.5)
    CONSTRAINT dm_f8_k19 CHECK (CASE WHEN VALUE = 1.5 THEN true ELSE VALUE = -2.5 END)
    CONSTRAINT dm_f8_k20 CHECK (CASE VALUE WHEN 1.5 THEN 1 WHEN -2.5 THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_f8_k21 CHECK ((VALUE, VALUE) = (1.5, -2.5))
    CONSTRAINT dm_f8_k22 CHECK ((VALUE, VALUE) < (1.5, -2.5))
    CONSTRAINT dm_f8_k23 CHECK ((VALUE, 1) IS DISTINCT FROM (1.5, 1))
    CONSTRAINT dm_f8_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_f8_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_f8_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_f8_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_f8_k28 CHECK (VALUE = 1.5::double precision)
    CONSTRAINT dm_f8_k29 CHECK (VALUE <> CAST(-2.5 AS double precision))
    CONSTRAINT dm_f8_k30 CHECK (VALUE > 1.5 OR VALUE < -2.5)
    CONSTRAINT dm_f8_k31 CHECK (NOT (VALUE = 1.5))
    CONSTRAINT dm_f8_k32 CHECK (VALUE IS NULL OR VALUE <> 1.5)
    CONSTRAINT dm_f8_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_f8_k34 CHECK (VALUE = ANY ('{}'::double precision[]))
    CONSTRAINT dm_f8_k36 CHECK (VALUE = ALL (ARRAY[1.5]))
    CONSTRAINT dm_f8_k37 CHECK (VALUE > ANY (ARRAY[1.5, -2.5]))
    CONSTRAINT dm_f8_k38 CHECK (VALUE = ANY (ARRAY[1.5]::double precision[]))
    CONSTRAINT dm_f8_k39 CHECK (VALUE IN (1.5::double precision, -2.5::double precision))
    CONSTRAINT dm_f8_k40 CHECK (VALUE = ANY (ARRAY[1.5::double precision, -2.5::double precision]))
    CONSTRAINT dm_f8_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_f8_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_f8_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_f8_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_f8_k47 CHECK (VALUE > -1)
    CONSTRAINT dm_f8_k48 CHECK (VALUE > - 1)
    CONSTRAINT dm_f8_k49 CHECK (VALUE > -1.5)
    CONSTRAINT dm_f8_k50 CHECK (VALUE <> -(1))
    CONSTRAINT dm_f8_k51 CHECK (-VALUE < 5)
    CONSTRAINT dm_f8_k52 CHECK (- VALUE < 5)
    CONSTRAINT dm_f8_k53 CHECK (VALUE - -1 > 0)
    CONSTRAINT dm_f8_k54 CHECK (VALUE + 1 * 2 > 0)
    CONSTRAINT dm_f8_k55 CHECK ((VALUE + 1) * 2 > 0)
    CONSTRAINT dm_f8_k56 CHECK (VALUE * -1.5 < 0)
    CONSTRAINT dm_f8_k57 CHECK (VALUE ^ 2 > 0)
    CONSTRAINT dm_f8_k58 CHECK (@ VALUE > 0)
    CONSTRAINT dm_f8_k59 CHECK (abs(VALUE) > 0)
    CONSTRAINT dm_f8_k61 CHECK (|/ VALUE > 0)
    CONSTRAINT dm_f8_k62 CHECK (VALUE::int > 0)
    CONSTRAINT dm_f8_k63 CHECK (VALUE > -1::int)
    CONSTRAINT dm_f8_k64 CHECK (VALUE > (-1)::int)
    CONSTRAINT dm_f8_k65 CHECK (VALUE > -1::numeric)
    CONSTRAINT dm_f8_k66 CHECK (VALUE > (-1.5)::numeric)
    CONSTRAINT dm_f8_k67 CHECK (VALUE BETWEEN -5 AND 5)
    CONSTRAINT dm_f8_k68 CHECK (VALUE::numeric(5,1) > 0)
    CONSTRAINT dm_f8_k69 CHECK (round(VALUE::numeric, 1) > 0)
    CONSTRAINT dm_f8_k70 CHECK (VALUE > 1e10)
    CONSTRAINT dm_f8_k71 CHECK (VALUE < 1.0e-5)
    CONSTRAINT dm_f8_k72 CHECK (VALUE > .5)
    CONSTRAINT dm_f8_k73 CHECK (VALUE > 5.)
    CONSTRAINT dm_f8_k74 CHECK (VALUE <> 'NaN'::numeric)
    CONSTRAINT dm_f8_k75 CHECK (VALUE <> 'Infinity'::float8)
    CONSTRAINT dm_f8_k76 CHECK (VALUE <> '-Infinity'::float8)
    CONSTRAINT dm_f8_k77 CHECK (VALUE < 9223372036854775807)
    CONSTRAINT dm_f8_k78 CHECK (VALUE > -9223372036854775808)
    CONSTRAINT dm_f8_k79 CHECK (VALUE < 2147483648)
    CONSTRAINT dm_f8_k80 CHECK (VALUE < 99999999999999999999)
    CONSTRAINT dm_f8_k81 CHECK (VALUE <> -0)
    CONSTRAINT dm_f8_k82 CHECK (VALUE <> -0.0)
    CONSTRAINT dm_f8_k83 CHECK (-VALUE ^ 2 > 0)
    CONSTRAINT dm_f8_k84 CHECK ((-VALUE) ^ 2 > 0)
    CONSTRAINT dm_f8_k85 CHECK (-(VALUE ^ 2) < 0)
    CONSTRAINT dm_f8_k86 CHECK (2 - (3 - VALUE) > 0)
    CONSTRAINT dm_f8_k87 CHECK (VALUE / (2 * 3) > 0)
    CONSTRAINT dm_f8_k88 CHECK (VALUE - (1 - 2) > 0)
    CONSTRAINT dm_f8_k89 CHECK (VALUE - 1 - 2 > 0)
    CONSTRAINT dm_f8_k90 CHECK ((VALUE - 1) - 2 > 0)
    CONSTRAINT dm_f8_k91 CHECK (VALUE - (1 + 2) > 0)
    CONSTRAINT dm_f8_k92 CHECK (VALUE::float8 / 2 > 0)
    CONSTRAINT dm_f8_k93 CHECK (VALUE IN (1, 2.5))
    CONSTRAINT dm_f8_k94 CHECK (VALUE IN (-1, -2))
    CONSTRAINT dm_f8_k95 CHECK (VALUE = ANY (ARRAY[-1, 2]))
    CONSTRAINT dm_f8_k96 CHECK (VALUE IN (1::bigint, 2))
    CONSTRAINT dm_f8_k97 CHECK (VALUE = ANY ('{1,2}'::int[]))
    CONSTRAINT dm_f8_k98 CHECK (VALUE = ANY ('{1,2}'))
    CONSTRAINT dm_f8_k99 CHECK (VALUE IN (int '1', numeric '2'))
    CONSTRAINT dm_f8_k100 CHECK (VALUE > int4 '1')
    CONSTRAINT dm_f8_k101 CHECK (VALUE::text::int > 0)
    CONSTRAINT dm_f8_k102 CHECK (VALUE::bigint::numeric > 0)
    CONSTRAINT dm_f8_k103 CHECK ((VALUE)::numeric(5,2) > 0)
    CONSTRAINT dm_f8_k104 CHECK (VALUE * 100 / 3 > 1)
    CONSTRAINT dm_f8_k105 CHECK (VALUE > ALL (ARRAY[-1, -2]))
    CONSTRAINT dm_f8_k106 CHECK (VALUE BETWEEN SYMMETRIC 5 AND -5)
    CONSTRAINT dm_f8_k107 CHECK (VALUE IS NOT NULL AND VALUE >= 0)
    CONSTRAINT dm_f8_k108 CHECK (NOT VALUE > 0)
    CONSTRAINT dm_f8_k109 CHECK (NOT (VALUE > 0))
    CONSTRAINT dm_f8_k110 CHECK ((VALUE > 1) = (VALUE > 2))
    CONSTRAINT dm_f8_k111 CHECK (VALUE > 1 IS TRUE)
    CONSTRAINT dm_f8_k112 CHECK (VALUE > 1 IS NOT FALSE)
    CONSTRAINT dm_f8_k113 CHECK ((VALUE > 1) IS UNKNOWN)
    CONSTRAINT dm_f8_k115 CHECK (VALUE > 0 AND VALUE < 10 OR VALUE = 20)
    CONSTRAINT dm_f8_k116 CHECK (VALUE > 0 AND (VALUE < 10 OR VALUE = 20));
CREATE TABLE x_bo (
    c boolean,
    d0 boolean DEFAULT true,
    d1 boolean DEFAULT false,
    d3 boolean DEFAULT 't',
    d4 boolean DEFAULT 'yes'::boolean,
    d5 boolean DEFAULT 1::boolean,
    d6 boolean DEFAULT NULL::boolean,
    d7 boolean DEFAULT 1 > 0,
    d8 boolean DEFAULT random() > 0.5,
    g0 boolean GENERATED ALWAYS AS (NOT c) STORED,
    g1 boolean GENERATED ALWAYS AS (c IS TRUE) STORED,
    g2 integer GENERATED ALWAYS AS (c::int) STORED,
    g3 integer GENERATED ALWAYS AS (CASE WHEN c THEN 1 ELSE 0 END) STORED,
    g4 boolean GENERATED ALWAYS AS (c AND true) STORED,
    g5 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM false) STORED,
    CONSTRAINT x_bo_k0 CHECK (c IN (true, false)),
    CONSTRAINT x_bo_k1 CHECK (c NOT IN (true, false)),
    CONSTRAINT x_bo_k2 CHECK (c IN (true)),
    CONSTRAINT x_bo_k3 CHECK (c = ANY (ARRAY[true, false])),
    CONSTRAINT x_bo_k4 CHECK (c <> ALL (ARRAY[true, false])),
    CONSTRAINT x_bo_k5 CHECK (c = ANY (ARRAY[true, false, NULL])),
    CONSTRAINT x_bo_k6 CHECK (c IN (true, false, NULL)),
    CONSTRAINT x_bo_k7 CHECK (c = ANY (ARRAY[true, c])),
    CONSTRAINT x_bo_k8 CHECK (c IN (true, c)),
    CONSTRAINT x_bo_k9 CHECK (c BETWEEN true AND false),
    CONSTRAINT x_bo_k10 CHECK (c NOT BETWEEN true AND false),
    CONSTRAINT x_bo_k11 CHECK (c BETWEEN SYMMETRIC false AND true),
    CONSTRAINT x_bo_k12 CHECK (c NOT BETWEEN SYMMETRIC true AND false),
    CONSTRAINT x_bo_k13 CHECK (c IS DISTINCT FROM true),
    CONSTRAINT x_bo_k14 CHECK (c IS NOT DISTINCT FROM true),
    CONSTRAINT x_bo_k15 CHECK (COALESCE(c, true) = true),
    CONSTRAINT x_bo_k16 CHECK (NULLIF(c, true) IS NULL),
    CONSTRAINT x_bo_k17 CHECK (GREATEST(c, true, false) = false),
    CONSTRAINT x_bo_k18 CHECK (LEAST(c, true) <> false),
    CONSTRAINT x_bo_k19 CHECK (CASE WHEN c = true THEN true ELSE c = false END),
    CONSTRAINT x_bo_k20 CHECK (CASE c WHEN true THEN 1 WHEN false THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_bo_k21 CHECK ((c, c) = (true, false)),
    CONSTRAINT x_bo_k22 CHECK ((c, c) < (true, false)),
    CONSTRAINT x_bo_k23 CHECK ((c, 1) IS DISTINCT FROM (true, 1)),
    CONSTRAINT x_bo_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_bo_k25 CHECK (c::text <> ''),
    CONSTRAINT x_bo_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_bo_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_bo_k28 CHECK (c = true::boolean),
    CONSTRAINT x_bo_k29 CHECK (c <> CAST(false AS boolean)),
    CONSTRAINT x_bo_k30 CHECK (c > true OR c < false),
    CONSTRAINT x_bo_k31 CHECK (NOT (c = true)),
    CONSTRAINT x_bo_k32 CHECK (c IS NULL OR c <> true),
    CONSTRAINT x_bo_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_bo_k34 CHECK (c = ANY ('{}'::boolean[])),
    CONSTRAINT x_bo_k36 CHECK (c = ALL (ARRAY[true])),
    CONSTRAINT x_bo_k37 CHECK (c > ANY (ARRAY[true, false])),
    CONSTRAINT x_bo_k38 CHECK (c = ANY (ARRAY[true]::boolean[])),
    CONSTRAINT x_bo_k39 CHECK (c IN (true::boolean, false::boolean)),
    CONSTRAINT x_bo_k40 CHECK (c = ANY (ARRAY[true::boolean, false::boolean])),
    CONSTRAINT x_bo_k41 CHECK (ARRAY[c] <> ARRAY[true]),
    CONSTRAINT x_bo_k42 CHECK (ARRAY[c, true] = ARRAY[true, false]),
    CONSTRAINT x_bo_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_bo_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_bo_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_bo_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_bo_k47 CHECK (c IS TRUE),
    CONSTRAINT x_bo_k48 CHECK (c IS NOT FALSE),
    CONSTRAINT x_bo_k49 CHECK (c IS UNKNOWN),
    CONSTRAINT x_bo_k50 CHECK (c IS NOT UNKNOWN),
    CONSTRAINT x_bo_k51 CHECK (NOT c),
    CONSTRAINT x_bo_k52 CHECK (c = true),
    CONSTRAINT x_bo_k53 CHECK (c AND true),
    CONSTRAINT x_bo_k54 CHECK (c OR NULL),
    CONSTRAINT x_bo_k55 CHECK (c <> false),
    CONSTRAINT x_bo_k56 CHECK (c IS DISTINCT FROM false),
    CONSTRAINT x_bo_k57 CHECK (c::int > 0),
    CONSTRAINT x_bo_k58 CHECK (c::text = 'true'),
    CONSTRAINT x_bo_k59 CHECK ((NOT c) IS NOT NULL),
    CONSTRAINT x_bo_k60 CHECK (c AND NOT c IS NULL),
    CONSTRAINT x_bo_k61 CHECK (NOT c IS NULL)
);
CREATE DOMAIN dm_bo AS boolean DEFAULT true
    CONSTRAINT dm_bo_k0 CHECK (VALUE IN (true, false))
    CONSTRAINT dm_bo_k1 CHECK (VALUE NOT IN (true, false))
    CONSTRAINT dm_bo_k2 CHECK (VALUE IN (true))
    CONSTRAINT dm_bo_k3 CHECK (VALUE = ANY (ARRAY[true, false]))
    CONSTRAINT dm_bo_k4 CHECK (VALUE <> ALL (ARRAY[true, false]))
    CONSTRAINT dm_bo_k5 CHECK (VALUE = ANY (ARRAY[true, false, NULL]))
    CONSTRAINT dm_bo_k6 CHECK (VALUE IN (true, false, NULL))
    CONSTRAINT dm_bo_k7 CHECK (VALUE = ANY (ARRAY[true, VALUE]))
    CONSTRAINT dm_bo_k8 CHECK (VALUE IN (true, VALUE))
    CONSTRAINT dm_bo_k9 CHECK (VALUE BETWEEN true AND false)
    CONSTRAINT dm_bo_k10 CHECK (VALUE NOT BETWEEN true AND false)
    CONSTRAINT dm_bo_k11 CHECK (VALUE BETWEEN SYMMETRIC false AND true)
    CONSTRAINT dm_bo_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC true AND false)
    CONSTRAINT dm_bo_k13 CHECK (VALUE IS DISTINCT FROM true)
    CONSTRAINT dm_bo_k14 CHECK (VALUE IS NOT DISTINCT FROM true)
    CONSTRAINT dm_bo_k15 CHECK (COALESCE(VALUE, true) = true)
    CONSTRAINT dm_bo_k16 CHECK (NULLIF(VALUE, true) IS NULL)
    CONSTRAINT dm_bo_k17 CHECK (GREATEST(VALUE, true, false) = false)
    CONSTRAINT dm_bo_k18 CHECK (LEAST(VALUE, true) <> false)
    CONSTRAINT dm_bo_k19 CHECK (CASE WHEN VALUE = true THEN true ELSE VALUE = false END)
    CONSTRAINT dm_bo_k20 CHECK (CASE VALUE WHEN true THEN 1 WHEN false THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_bo_k21 CHECK ((VALUE, VALUE) = (true, false))
    CONSTRAINT dm_bo_k22 CHECK ((VALUE, VALUE) < (true, false))
    CONSTRAINT dm_bo_k23 CHECK ((VALUE, 1) IS DISTINCT FROM (true, 1))
    CONSTRAINT dm_bo_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_bo_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_bo_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_bo_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_bo_k28 CHECK (VALUE = true::boolean)
    CONSTRAINT dm_bo_k29 CHECK (VALUE <> CAST(false AS boolean))
    CONSTRAINT dm_bo_k30 CHECK (VALUE > true OR VALUE < false)
    CONSTRAINT dm_bo_k31 CHECK (NOT (VALUE = true))
    CONSTRAINT dm_bo_k32 CHECK (VALUE IS NULL OR VALUE <> true)
    CONSTRAINT dm_bo_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_bo_k34 CHECK (VALUE = ANY ('{}'::boolean[]))
    CONSTRAINT dm_bo_k36 CHECK (VALUE = ALL (ARRAY[true]))
    CONSTRAINT dm_bo_k37 CHECK (VALUE > ANY (ARRAY[true, false]))
    CONSTRAINT dm_bo_k38 CHECK (VALUE = ANY (ARRAY[true]::boolean[]))
    CONSTRAINT dm_bo_k39 CHECK (VALUE IN (true::boolean, false::boolean))
    CONSTRAINT dm_bo_k40 CHECK (VALUE = ANY (ARRAY[true::boolean, false::boolean]))
    CONSTRAINT dm_bo_k41 CHECK (ARRAY[VALUE] <> ARRAY[true])
    CONSTRAINT dm_bo_k42 CHECK (ARRAY[VALUE, true] = ARRAY[true, false])
    CONSTRAINT dm_bo_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_bo_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_bo_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_bo_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_bo_k47 CHECK (VALUE IS TRUE)
    CONSTRAINT dm_bo_k48 CHECK (VALUE IS NOT FALSE)
    CONSTRAINT dm_bo_k49 CHECK (VALUE IS UNKNOWN)
    CONSTRAINT dm_bo_k50 CHECK (VALUE IS NOT UNKNOWN)
    CONSTRAINT dm_bo_k51 CHECK (NOT VALUE)
    CONSTRAINT dm_bo_k52 CHECK (VALUE = true)
    CONSTRAINT dm_bo_k53 CHECK (VALUE AND true)
    CONSTRAINT dm_bo_k54 CHECK (VALUE OR NULL)
    CONSTRAINT dm_bo_k55 CHECK (VALUE <> false)
    CONSTRAINT dm_bo_k56 CHECK (VALUE IS DISTINCT FROM false)
    CONSTRAINT dm_bo_k57 CHECK (VALUE::int > 0)
    CONSTRAINT dm_bo_k58 CHECK (VALUE::text = 'true')
    CONSTRAINT dm_bo_k59 CHECK ((NOT VALUE) IS NOT NULL)
    CONSTRAINT dm_bo_k60 CHECK (VALUE AND NOT VALUE IS NULL)
    CONSTRAINT dm_bo_k61 CHECK (NOT VALUE IS NULL);
CREATE TABLE x_dt (
    c date,
    d0 date DEFAULT CURRENT_DATE,
    d1 date DEFAULT now(),
    d2 date DEFAULT now()::date,
    d3 date DEFAULT '2020-01-01',
    d4 date DEFAULT date '2020-01-01',
    d5 date DEFAULT 'infinity',
    d6 date DEFAULT 'epoch',
    d7 date DEFAULT CURRENT_DATE + 1,
    d8 date DEFAULT CURRENT_DATE - interval '1 day',
    d9 date DEFAULT ('2020-01-01'::date + 7),
    d10 date DEFAULT 'today'::date,
    d11 date DEFAULT make_date(2020, 1, 1),
    d12 date DEFAULT date_trunc('month', now())::date,
    d13 date DEFAULT LOCALTIMESTAMP::date,
    g0 date GENERATED ALWAYS AS (c + 1) STORED,
    g1 date GENERATED ALWAYS AS (c - 1) STORED,
    g2 timestamp without time zone GENERATED ALWAYS AS (c + interval '1 month') STORED,
    g3 numeric GENERATED ALWAYS AS (EXTRACT(dow FROM c)) STORED,
    g4 numeric GENERATED ALWAYS AS (EXTRACT('DOW' FROM c)) STORED,
    g5 timestamp without time zone GENERATED ALWAYS AS (c::timestamp) STORED,
    g6 timestamp without time zone GENERATED ALWAYS AS (make_timestamp(2020, 1, 1, 0, 0, 0)) STORED,
    CONSTRAINT x_dt_k0 CHECK (c IN ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_dt_k1 CHECK (c NOT IN ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_dt_k2 CHECK (c IN ('2020-01-01')),
    CONSTRAINT x_dt_k6 CHECK (c IN ('2020-01-01', '2021-01-01', NULL)),
    CONSTRAINT x_dt_k7 CHECK (c = ANY (ARRAY['2020-01-01', c])),
    CONSTRAINT x_dt_k8 CHECK (c IN ('2020-01-01', c)),
    CONSTRAINT x_dt_k9 CHECK (c BETWEEN '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_dt_k10 CHECK (c NOT BETWEEN '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_dt_k11 CHECK (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01'),
    CONSTRAINT x_dt_k12 CHECK (c NOT BETWEEN SYMMETRIC '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_dt_k13 CHECK (c IS DISTINCT FROM '2020-01-01'),
    CONSTRAINT x_dt_k14 CHECK (c IS NOT DISTINCT FROM '2020-01-01'),
    CONSTRAINT x_dt_k15 CHECK (COALESCE(c, '2020-01-01') = '2020-01-01'),
    CONSTRAINT x_dt_k16 CHECK (NULLIF(c, '2020-01-01') IS NULL),
    CONSTRAINT x_dt_k17 CHECK (GREATEST(c, '2020-01-01', '2021-01-01') = '2021-01-01'),
    CONSTRAINT x_dt_k18 CHECK (LEAST(c, '2020-01-01') <> '2021-01-01'),
    CONSTRAINT x_dt_k19 CHECK (CASE WHEN c = '2020-01-01' THEN true ELSE c = '2021-01-01' END),
    CONSTRAINT x_dt_k20 CHECK (CASE c WHEN '2020-01-01' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_dt_k21 CHECK ((c, c) = ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_dt_k22 CHECK ((c, c) < ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_dt_k23 CHECK ((c, 1) IS DISTINCT FROM ('2020-01-01', 1)),
    CONSTRAINT x_dt_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_dt_k25 CHECK (c::text <> ''),
    CONSTRAINT x_dt_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_dt_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_dt_k28 CHECK (c = '2020-01-01'::date),
    CONSTRAINT x_dt_k29 CHECK (c <> CAST('2021-01-01' AS date)),
    CONSTRAINT x_dt_k30 CHECK (c > '2020-01-01' OR c < '2021-01-01'),
    CONSTRAINT x_dt_k31 CHECK (NOT (c = '2020-01-01')),
    CONSTRAINT x_dt_k32 CHECK (c IS NULL OR c <> '2020-01-01'),
    CONSTRAINT x_dt_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_dt_k34 CHECK (c = ANY ('{}'::date[])),
    CONSTRAINT x_dt_k38 CHECK (c = ANY (ARRAY['2020-01-01']::date[])),
    CONSTRAINT x_dt_k39 CHECK (c IN ('2020-01-01'::date, '2021-01-01'::date)),
    CONSTRAINT x_dt_k40 CHECK (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'::date])),
    CONSTRAINT x_dt_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_dt_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_dt_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_dt_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_dt_k47 CHECK (c > CURRENT_DATE),
    CONSTRAINT x_dt_k48 CHECK (c < CURRENT_TIMESTAMP),
    CONSTRAINT x_dt_k49 CHECK (c < CURRENT_TIMESTAMP(3)),
    CONSTRAINT x_dt_k50 CHECK (c < LOCALTIMESTAMP),
    CONSTRAINT x_dt_k51 CHECK (c < LOCALTIMESTAMP(2)),
    CONSTRAINT x_dt_k52 CHECK (c < now()),
    CONSTRAINT x_dt_k53 CHECK (c > now() - interval '1 day'),
    CONSTRAINT x_dt_k54 CHECK (c > now() - '1 day'::interval),
    CONSTRAINT x_dt_k55 CHECK (c - interval '1 hour' > now()),
    CONSTRAINT x_dt_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_dt_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_dt_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_dt_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_dt_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_dt_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_dt_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_dt_k67 CHECK (date_trunc('day', c) = c),
    CONSTRAINT x_dt_k68 CHECK (c::date > '2020-01-01'),
    CONSTRAINT x_dt_k69 CHECK ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)),
    CONSTRAINT x_dt_k70 CHECK ((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)),
    CONSTRAINT x_dt_k71 CHECK ((c AT TIME ZONE 'UTC') > '2020-01-01'),
    CONSTRAINT x_dt_k72 CHECK (c AT TIME ZONE 'UTC' > '2020-01-01'),
    CONSTRAINT x_dt_k73 CHECK ((c AT TIME ZONE 'UTC')::date > '2020-01-01'),
    CONSTRAINT x_dt_k74 CHECK (c > timestamp '2020-01-01'),
    CONSTRAINT x_dt_k75 CHECK (c > date '2020-01-01'),
    CONSTRAINT x_dt_k77 CHECK (c > timestamptz '2020-01-01'),
    CONSTRAINT x_dt_k78 CHECK (c > timestamp(3) '2020-01-01'),
    CONSTRAINT x_dt_k79 CHECK (c > TIMESTAMP WITH TIME ZONE '2020-01-01'),
    CONSTRAINT x_dt_k81 CHECK (c > 'epoch'),
    CONSTRAINT x_dt_k82 CHECK (c < 'infinity'),
    CONSTRAINT x_dt_k83 CHECK (c > '-infinity'),
    CONSTRAINT x_dt_k85 CHECK (c + 1 > '2020-01-01'),
    CONSTRAINT x_dt_k86 CHECK (c - 1 > '2020-01-01'),
    CONSTRAINT x_dt_k87 CHECK (c > date '2020-01-01' + 1),
    CONSTRAINT x_dt_k88 CHECK (c + interval '1' day > now()),
    CONSTRAINT x_dt_k89 CHECK (c + interval '1-2' year to month > now()),
    CONSTRAINT x_dt_k90 CHECK (c + interval(3) '1.5 sec' > now()),
    CONSTRAINT x_dt_k91 CHECK (c + interval '1 day 2 hours' > now()),
    CONSTRAINT x_dt_k93 CHECK (c + make_interval(days => 1) > now()),
    CONSTRAINT x_dt_k94 CHECK ((c::timestamp)::time > '10:00'),
    CONSTRAINT x_dt_k95 CHECK (c::timestamp(0) > '2020-01-01'),
    CONSTRAINT x_dt_k96 CHECK (to_char(c, 'YYYY') <> ''),
    CONSTRAINT x_dt_k97 CHECK (age(c) > '1 day'),
    CONSTRAINT x_dt_k98 CHECK (c > now() AT TIME ZONE 'utc'),
    CONSTRAINT x_dt_k99 CHECK (c > (now() AT TIME ZONE 'utc')),
    CONSTRAINT x_dt_k100 CHECK (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])),
    CONSTRAINT x_dt_k101 CHECK (isfinite(c)),
    CONSTRAINT x_dt_k103 CHECK (timezone('UTC', c) > '2020-01-01'),
    CONSTRAINT x_dt_k104 CHECK (extract(hour FROM c) < 12),
    CONSTRAINT x_dt_k105 CHECK (c - '1 day'::interval > '2020-01-01'),
    CONSTRAINT x_dt_k106 CHECK (c > CURRENT_DATE - 7),
    CONSTRAINT x_dt_k107 CHECK (c > CURRENT_DATE - interval '7 days')
);
CREATE TABLE x_ts (
    c timestamp,
    d0 timestamp DEFAULT now(),
    d1 timestamp DEFAULT CURRENT_TIMESTAMP,
    d2 timestamp DEFAULT LOCALTIMESTAMP,
    d3 timestamp DEFAULT LOCALTIMESTAMP(0),
    d4 timestamp DEFAULT CURRENT_TIMESTAMP(3),
    d6 timestamp DEFAULT (now() AT TIME ZONE 'UTC'),
    d7 timestamp DEFAULT timezone('utc', now()),
    d8 timestamp DEFAULT '2020-01-01 10:00',
    d9 timestamp DEFAULT timestamp '2020-01-01',
    d10 timestamp DEFAULT 'epoch',
    d11 timestamp DEFAULT 'infinity'::timestamp,
    d12 timestamp DEFAULT clock_timestamp(),
    d13 timestamp DEFAULT statement_timestamp(),
    d14 timestamp DEFAULT transaction_timestamp(),
    d15 timestamp DEFAULT date_trunc('day', now()),
    d16 timestamp DEFAULT now() + interval '1 day',
    d17 timestamp DEFAULT now() - '1 hour'::interval,
    d18 timestamp DEFAULT CURRENT_DATE::timestamp,
    d19 timestamp DEFAULT to_timestamp(0)::timestamp,
    d20 timestamp DEFAULT 'now'::text::timestamp,
    g0 date GENERATED ALWAYS AS (c::date) STORED,
    g1 timestamp without time zone GENERATED ALWAYS AS (date_trunc('day', c)) STORED,
    g2 numeric GENERATED ALWAYS AS (EXTRACT(year FROM c)) STORED,
    g3 numeric GENERATED ALWAYS AS (EXTRACT('Year' FROM c)) STORED,
    g4 timestamp without time zone GENERATED ALWAYS AS (c + interval '1 day') STORED,
    g5 timestamp with time zone GENERATED ALWAYS AS (c AT TIME ZONE 'UTC') STORED,
    g6 time without time zone GENERATED ALWAYS AS (c::time) STORED,
    g7 interval GENERATED ALWAYS AS (c - '2020-01-01'::timestamp) STORED,
    g9 numeric GENERATED ALWAYS AS (EXTRACT(epoch FROM c)) STORED,
    g10 double precision GENERATED ALWAYS AS (date_part('dow', c)) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('2020-01-01 10:00', '2021-01-01')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('2020-01-01 10:00', '2021-01-01')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('2020-01-01 10:00')) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('2020-01-01 10:00', '2021-01-01', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['2020-01-01 10:00', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('2020-01-01 10:00', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN '2020-01-01 10:00' AND '2021-01-01') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN '2020-01-01 10:00' AND '2021-01-01') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00' AND '2021-01-01') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM '2020-01-01 10:00') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM '2020-01-01 10:00') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, '2020-01-01 10:00') = '2020-01-01 10:00') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, '2020-01-01 10:00') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, '2020-01-01 10:00', '2021-01-01') = '2021-01-01') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, '2020-01-01 10:00') <> '2021-01-01') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = '2020-01-01 10:00' THEN true ELSE c = '2021-01-01' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN '2020-01-01 10:00' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('2020-01-01 10:00', '2021-01-01')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('2020-01-01 10:00', '2021-01-01')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb28 boolean GENERATED ALWAYS AS (c = '2020-01-01 10:00'::timestamp) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('2021-01-01' AS timestamp)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > '2020-01-01 10:00' OR c < '2021-01-01') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = '2020-01-01 10:00')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> '2020-01-01 10:00') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::timestamp[])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['2020-01-01 10:00']::timestamp[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp])) STORED,
    gb60 boolean GENERATED ALWAYS AS (EXTRACT(year FROM c) > 2000) STORED,
    gb61 boolean GENERATED ALWAYS AS (EXTRACT('Year' FROM c) > 2000) STORED,
    gb62 boolean GENERATED ALWAYS AS (EXTRACT(YEAR FROM c) > 2000) STORED,
    gb63 boolean GENERATED ALWAYS AS (EXTRACT(epoch FROM c) > 0) STORED,
    gb64 boolean GENERATED ALWAYS AS (EXTRACT('epoch' FROM c) > 0) STORED,
    gb65 boolean GENERATED ALWAYS AS (EXTRACT(Dow FROM c) <> 0) STORED,
    gb66 boolean GENERATED ALWAYS AS (date_part('year', c) > 2000) STORED,
    gb67 boolean GENERATED ALWAYS AS (date_trunc('day', c) = c) STORED,
    gb68 boolean GENERATED ALWAYS AS (c::date > '2020-01-01') STORED,
    gb69 boolean GENERATED ALWAYS AS ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)) STORED,
    gb70 boolean GENERATED ALWAYS AS ((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)) STORED,
    gb71 boolean GENERATED ALWAYS AS ((c AT TIME ZONE 'UTC') > '2020-01-01') STORED,
    gb72 boolean GENERATED ALWAYS AS (c AT TIME ZONE 'UTC' > '2020-01-01') STORED,
    gb74 boolean GENERATED ALWAYS AS (c > timestamp '2020-01-01') STORED,
    gb75 boolean GENERATED ALWAYS AS (c > date '2020-01-01') STORED,
    gb78 boolean GENERATED ALWAYS AS (c > timestamp(3) '2020-01-01') STORED,
    gb81 boolean GENERATED ALWAYS AS (c > 'epoch') STORED,
    gb82 boolean GENERATED ALWAYS AS (c < 'infinity') STORED,
    gb83 boolean GENERATED ALWAYS AS (c > '-infinity') STORED,
    gb87 boolean GENERATED ALWAYS AS (c > date '2020-01-01' + 1) STORED,
    gb94 boolean GENERATED ALWAYS AS ((c::timestamp)::time > '10:00') STORED,
    gb95 boolean GENERATED ALWAYS AS (c::timestamp(0) > '2020-01-01') STORED,
    gb100 boolean GENERATED ALWAYS AS (c BETWEEN '2020-01-01' AND '2021-01-01') STORED,
    gb101 boolean GENERATED ALWAYS AS (c IN ('2020-01-01', '2021-01-01')) STORED,
    gb102 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])) STORED,
    gb103 boolean GENERATED ALWAYS AS (isfinite(c)) STORED,
    gb105 boolean GENERATED ALWAYS AS (timezone('UTC', c) > '2020-01-01') STORED,
    gb106 boolean GENERATED ALWAYS AS (extract(hour FROM c) < 12) STORED,
    gb107 boolean GENERATED ALWAYS AS (c - '1 day'::interval > '2020-01-01') STORED,
    CONSTRAINT x_ts_k0 CHECK (c IN ('2020-01-01 10:00', '2021-01-01')),
    CONSTRAINT x_ts_k1 CHECK (c NOT IN ('2020-01-01 10:00', '2021-01-01')),
    CONSTRAINT x_ts_k2 CHECK (c IN ('2020-01-01 10:00')),
    CONSTRAINT x_ts_k6 CHECK (c IN ('2020-01-01 10:00', '2021-01-01', NULL)),
    CONSTRAINT x_ts_k7 CHECK (c = ANY (ARRAY['2020-01-01 10:00', c])),
    CONSTRAINT x_ts_k8 CHECK (c IN ('2020-01-01 10:00', c)),
    CONSTRAINT x_ts_k9 CHECK (c BETWEEN '2020-01-01 10:00' AND '2021-01-01'),
    CONSTRAINT x_ts_k10 CHECK (c NOT BETWEEN '2020-01-01 10:00' AND '2021-01-01'),
    CONSTRAINT x_ts_k11 CHECK (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00'),
    CONSTRAINT x_ts_k12 CHECK (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00' AND '2021-01-01'),
    CONSTRAINT x_ts_k13 CHECK (c IS DISTINCT FROM '2020-01-01 10:00'),
    CONSTRAINT x_ts_k14 CHECK (c IS NOT DISTINCT FROM '2020-01-01 10:00'),
    CONSTRAINT x_ts_k15 CHECK (COALESCE(c, '2020-01-01 10:00') = '2020-01-01 10:00'),
    CONSTRAINT x_ts_k16 CHECK (NULLIF(c, '2020-01-01 10:00') IS NULL),
    CONSTRAINT x_ts_k17 CHECK (GREATEST(c, '2020-01-01 10:00', '2021-01-01') = '2021-01-01'),
    CONSTRAINT x_ts_k18 CHECK (LEAST(c, '2020-01-01 10:00') <> '2021-01-01'),
    CONSTRAINT x_ts_k19 CHECK (CASE WHEN c = '2020-01-01 10:00' THEN true ELSE c = '2021-01-01' END),
    CONSTRAINT x_ts_k20 CHECK (CASE c WHEN '2020-01-01 10:00' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ts_k21 CHECK ((c, c) = ('2020-01-01 10:00', '2021-01-01')),
    CONSTRAINT x_ts_k22 CHECK ((c, c) < ('2020-01-01 10:00', '2021-01-01')),
    CONSTRAINT x_ts_k23 CHECK ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00', 1)),
    CONSTRAINT x_ts_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ts_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ts_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ts_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ts_k28 CHECK (c = '2020-01-01 10:00'::timestamp),
    CONSTRAINT x_ts_k29 CHECK (c <> CAST('2021-01-01' AS timestamp)),
    CONSTRAINT x_ts_k30 CHECK (c > '2020-01-01 10:00' OR c < '2021-01-01'),
    CONSTRAINT x_ts_k31 CHECK (NOT (c = '2020-01-01 10:00')),
    CONSTRAINT x_ts_k32 CHECK (c IS NULL OR c <> '2020-01-01 10:00'),
    CONSTRAINT x_ts_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_ts_k34 CHECK (c = ANY ('{}'::timestamp[])),
    CONSTRAINT x_ts_k38 CHECK (c = ANY (ARRAY['2020-01-01 10:00']::timestamp[])),
    CONSTRAINT x_ts_k39 CHECK (c IN ('2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp)),
    CONSTRAINT x_ts_k40 CHECK (c = ANY (ARRAY['2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp])),
    CONSTRAINT x_ts_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ts_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ts_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ts_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ts_k47 CHECK (c > CURRENT_DATE),
    CONSTRAINT x_ts_k48 CHECK (c < CURRENT_TIMESTAMP),
    CONSTRAINT x_ts_k49 CHECK (c < CURRENT_TIMESTAMP(3)),
    CONSTRAINT x_ts_k50 CHECK (c < LOCALTIMESTAMP),
    CONSTRAINT x_ts_k51 CHECK (c < LOCALTIMESTAMP(2)),
    CONSTRAINT x_ts_k52 CHECK (c < now()),
    CONSTRAINT x_ts_k53 CHECK (c > now() - interval '1 day'),
    CONSTRAINT x_ts_k54 CHECK (c > now() - '1 day'::interval),
    CONSTRAINT x_ts_k55 CHECK (c - interval '1 hour' > now()),
    CONSTRAINT x_ts_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_ts_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_ts_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_ts_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_ts_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_ts_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_ts_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_ts_k67 CHECK (date_trunc('day', c) = c),
    CONSTRAINT x_ts_k68 CHECK (c::date > '2020-01-01'),
    CONSTRAINT x_ts_k69 CHECK ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)),
    CONSTRAINT x_ts_k70 CHECK ((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)),
    CONSTRAINT x_ts_k71 CHECK ((c AT TIME ZONE 'UTC') > '2020-01-01'),
    CONSTRAINT x_ts_k72 CHECK (c AT TIME ZONE 'UTC' > '2020-01-01'),
    CONSTRAINT x_ts_k73 CHECK ((c AT TIME ZONE 'UTC')::date > '2020-01-01'),
    CONSTRAINT x_ts_k74 CHECK (c > timestamp '2020-01-01'),
    CONSTRAINT x_ts_k75 CHECK (c > date '2020-01-01'),
    CONSTRAINT x_ts_k77 CHECK (c > timestamptz '2020-01-01'),
    CONSTRAINT x_ts_k78 CHECK (c > timestamp(3) '2020-01-01'),
    CONSTRAINT x_ts_k79 CHECK (c > TIMESTAMP WITH TIME ZONE '2020-01-01'),
    CONSTRAINT x_ts_k81 CHECK (c > 'epoch'),
    CONSTRAINT x_ts_k82 CHECK (c < 'infinity'),
    CONSTRAINT x_ts_k83 CHECK (c > '-infinity'),
    CONSTRAINT x_ts_k87 CHECK (c > date '2020-01-01' + 1),
    CONSTRAINT x_ts_k88 CHECK (c + interval '1' day > now()),
    CONSTRAINT x_ts_k89 CHECK (c + interval '1-2' year to month > now()),
    CONSTRAINT x_ts_k90 CHECK (c + interval(3) '1.5 sec' > now()),
    CONSTRAINT x_ts_k91 CHECK (c + interval '1 day 2 hours' > now()),
    CONSTRAINT x_ts_k92 CHECK (c + '1 day' > now()),
    CONSTRAINT x_ts_k93 CHECK (c + make_interval(days => 1) > now()),
    CONSTRAINT x_ts_k94 CHECK ((c::timestamp)::time > '10:00'),
    CONSTRAINT x_ts_k95 CHECK (c::timestamp(0) > '2020-01-01'),
    CONSTRAINT x_ts_k96 CHECK (to_char(c, 'YYYY') <> ''),
    CONSTRAINT x_ts_k97 CHECK (age(c) > '1 day'),
    CONSTRAINT x_ts_k98 CHECK (c > now() AT TIME ZONE 'utc'),
    CONSTRAINT x_ts_k99 CHECK (c > (now() AT TIME ZONE 'utc')),
    CONSTRAINT x_ts_k100 CHECK (c BETWEEN '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_ts_k101 CHECK (c IN ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_ts_k102 CHECK (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])),
    CONSTRAINT x_ts_k103 CHECK (isfinite(c)),
    CONSTRAINT x_ts_k105 CHECK (timezone('UTC', c) > '2020-01-01'),
    CONSTRAINT x_ts_k106 CHECK (extract(hour FROM c) < 12),
    CONSTRAINT x_ts_k107 CHECK (c - '1 day'::interval > '2020-01-01'),
    CONSTRAINT x_ts_k108 CHECK (c > CURRENT_DATE - 7),
    CONSTRAINT x_ts_k109 CHECK (c > CURRENT_DATE - interval '7 days')
);
CREATE INDEX x_ts_w0 ON x_ts (c) WHERE c IN ('2020-01-01 10:00', '2021-01-01');
CREATE INDEX x_ts_e0 ON x_ts ((c IN ('2020-01-01 10:00', '2021-01-01')));
CREATE INDEX x_ts_w1 ON x_ts (c) WHERE c NOT IN ('2020-01-01 10:00', '2021-01-01');
CREATE INDEX x_ts_e1 ON x_ts ((c NOT IN ('2020-01-01 10:00', '2021-01-01')));
CREATE INDEX x_ts_w2 ON x_ts (c) WHERE c IN ('2020-01-01 10:00');
CREATE INDEX x_ts_e2 ON x_ts ((c IN ('2020-01-01 10:00')));
CREATE INDEX x_ts_w6 ON x_ts (c) WHERE c IN ('2020-01-01 10:00', '2021-01-01', NULL);
CREATE INDEX x_ts_e6 ON x_ts ((c IN ('2020-01-01 10:00', '2021-01-01', NULL)));
CREATE INDEX x_ts_w7 ON x_ts (c) WHERE c = ANY (ARRAY['2020-01-01 10:00', c]);
CREATE INDEX x_ts_e7 ON x_ts ((c = ANY (ARRAY['2020-01-01 10:00', c])));
CREATE INDEX x_ts_w8 ON x_ts (c) WHERE c IN ('2020-01-01 10:00', c);
CREATE INDEX x_ts_e8 ON x_ts ((c IN ('2020-01-01 10:00', c)));
CREATE INDEX x_ts_w9 ON x_ts (c) WHERE c BETWEEN '2020-01-01 10:00' AND '2021-01-01';
CREATE INDEX x_ts_e9 ON x_ts ((c BETWEEN '2020-01-01 10:00' AND '2021-01-01'));
CREATE INDEX x_ts_w10 ON x_ts (c) WHERE c NOT BETWEEN '2020-01-01 10:00' AND '2021-01-01';
CREATE INDEX x_ts_e10 ON x_ts ((c NOT BETWEEN '2020-01-01 10:00' AND '2021-01-01'));
CREATE INDEX x_ts_w11 ON x_ts (c) WHERE c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00';
CREATE INDEX x_ts_e11 ON x_ts ((c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00'));
CREATE INDEX x_ts_w12 ON x_ts (c) WHERE c NOT BETWEEN SYMMETRIC '2020-01-01 10:00' AND '2021-01-01';
CREATE INDEX x_ts_e12 ON x_ts ((c NOT BETWEEN SYMMETRIC '2020-01-01 10:00' AND '2021-01-01'));
CREATE INDEX x_ts_w13 ON x_ts (c) WHERE c IS DISTINCT FROM '2020-01-01 10:00';
CREATE INDEX x_ts_e13 ON x_ts ((c IS DISTINCT FROM '2020-01-01 10:00'));
CREATE INDEX x_ts_w14 ON x_ts (c) WHERE c IS NOT DISTINCT FROM '2020-01-01 10:00';
CREATE INDEX x_ts_e14 ON x_ts ((c IS NOT DISTINCT FROM '2020-01-01 10:00'));
CREATE INDEX x_ts_w15 ON x_ts (c) WHERE COALESCE(c, '2020-01-01 10:00') = '2020-01-01 10:00';
CREATE INDEX x_ts_e15 ON x_ts ((COALESCE(c, '2020-01-01 10:00') = '2020-01-01 10:00'));
CREATE INDEX x_ts_w16 ON x_ts (c) WHERE NULLIF(c, '2020-01-01 10:00') IS NULL;
CREATE INDEX x_ts_e16 ON x_ts ((NULLIF(c, '2020-01-01 10:00') IS NULL));
CREATE INDEX x_ts_w17 ON x_ts (c) WHERE GREATEST(c, '2020-01-01 10:00', '2021-01-01') = '2021-01-01';
CREATE INDEX x_ts_e17 ON x_ts ((GREATEST(c, '2020-01-01 10:00', '2021-01-01') = '2021-01-01'));
CREATE INDEX x_ts_w18 ON x_ts (c) WHERE LEAST(c, '2020-01-01 10:00') <> '2021-01-01';
CREATE INDEX x_ts_e18 ON x_ts ((LEAST(c, '2020-01-01 10:00') <> '2021-01-01'));
CREATE INDEX x_ts_w19 ON x_ts (c) WHERE CASE WHEN c = '2020-01-01 10:00' THEN true ELSE c = '2021-01-01' END;
CREATE INDEX x_ts_e19 ON x_ts ((CASE WHEN c = '2020-01-01 10:00' THEN true ELSE c = '2021-01-01' END));
CREATE INDEX x_ts_w20 ON x_ts (c) WHERE CASE c WHEN '2020-01-01 10:00' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ts_e20 ON x_ts ((CASE c WHEN '2020-01-01 10:00' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_ts_w21 ON x_ts (c) WHERE (c, c) = ('2020-01-01 10:00', '2021-01-01');
CREATE INDEX x_ts_e21 ON x_ts (((c, c) = ('2020-01-01 10:00', '2021-01-01')));
CREATE INDEX x_ts_w22 ON x_ts (c) WHERE (c, c) < ('2020-01-01 10:00', '2021-01-01');
CREATE INDEX x_ts_e22 ON x_ts (((c, c) < ('2020-01-01 10:00', '2021-01-01')));
CREATE INDEX x_ts_w23 ON x_ts (c) WHERE (c, 1) IS DISTINCT FROM ('2020-01-01 10:00', 1);
CREATE INDEX x_ts_e23 ON x_ts (((c, 1) IS DISTINCT FROM ('2020-01-01 10:00', 1)));
CREATE INDEX x_ts_w24 ON x_ts (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ts_e24 ON x_ts ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_ts_w28 ON x_ts (c) WHERE c = '2020-01-01 10:00'::timestamp;
CREATE INDEX x_ts_e28 ON x_ts ((c = '2020-01-01 10:00'::timestamp));
CREATE INDEX x_ts_w29 ON x_ts (c) WHERE c <> CAST('2021-01-01' AS timestamp);
CREATE INDEX x_ts_e29 ON x_ts ((c <> CAST('2021-01-01' AS timestamp)));
CREATE INDEX x_ts_w30 ON x_ts (c) WHERE c > '2020-01-01 10:00' OR c < '2021-01-01';
CREATE INDEX x_ts_e30 ON x_ts ((c > '2020-01-01 10:00' OR c < '2021-01-01'));
CREATE INDEX x_ts_w31 ON x_ts (c) WHERE NOT (c = '2020-01-01 10:00');
CREATE INDEX x_ts_e31 ON x_ts ((NOT (c = '2020-01-01 10:00')));
CREATE INDEX x_ts_w32 ON x_ts (c) WHERE c IS NULL OR c <> '2020-01-01 10:00';
CREATE INDEX x_ts_e32 ON x_ts ((c IS NULL OR c <> '2020-01-01 10:00'));
CREATE INDEX x_ts_w33 ON x_ts (c) WHERE c = ANY ('{}');
CREATE INDEX x_ts_e33 ON x_ts ((c = ANY ('{}')));
CREATE INDEX x_ts_w34 ON x_ts (c) WHERE c = ANY ('{}'::timestamp[]);
CREATE INDEX x_ts_e34 ON x_ts ((c = ANY ('{}'::timestamp[])));
CREATE INDEX x_ts_w38 ON x_ts (c) WHERE c = ANY (ARRAY['2020-01-01 10:00']::timestamp[]);
CREATE INDEX x_ts_e38 ON x_ts ((c = ANY (ARRAY['2020-01-01 10:00']::timestamp[])));
CREATE INDEX x_ts_w39 ON x_ts (c) WHERE c IN ('2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp);
CREATE INDEX x_ts_e39 ON x_ts ((c IN ('2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp)));
CREATE INDEX x_ts_w40 ON x_ts (c) WHERE c = ANY (ARRAY['2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp]);
CREATE INDEX x_ts_e40 ON x_ts ((c = ANY (ARRAY['2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp])));
CREATE INDEX x_ts_w60 ON x_ts (c) WHERE EXTRACT(year FROM c) > 2000;
CREATE INDEX x_ts_e60 ON x_ts ((EXTRACT(year FROM c) > 2000));
CREATE INDEX x_ts_w61 ON x_ts (c) WHERE EXTRACT('Year' FROM c) > 2000;
CREATE INDEX x_ts_e61 ON x_ts ((EXTRACT('Year' FROM c) > 2000));
CREATE INDEX x_ts_w62 ON x_ts (c) WHERE EXTRACT(YEAR FROM c) > 2000;
CREATE INDEX x_ts_e62 ON x_ts ((EXTRACT(YEAR FROM c) > 2000));
CREATE INDEX x_ts_w63 ON x_ts (c) WHERE EXTRACT(epoch FROM c) > 0;
CREATE INDEX x_ts_e63 ON x_ts ((EXTRACT(epoch FROM c) > 0));
CREATE INDEX x_ts_w64 ON x_ts (c) WHERE EXTRACT('epoch' FROM c) > 0;
CREATE INDEX x_ts_e64 ON x_ts ((EXTRACT('epoch' FROM c) > 0));
CREATE INDEX x_ts_w65 ON x_ts (c) WHERE EXTRACT(Dow FROM c) <> 0;
CREATE INDEX x_ts_e65 ON x_ts ((EXTRACT(Dow FROM c) <> 0));
CREATE INDEX x_ts_w66 ON x_ts (c) WHERE date_part('year', c) > 2000;
CREATE INDEX x_ts_e66 ON x_ts ((date_part('year', c) > 2000));
CREATE INDEX x_ts_w67 ON x_ts (c) WHERE date_trunc('day', c) = c;
CREATE INDEX x_ts_e67 ON x_ts ((date_trunc('day', c) = c));
CREATE INDEX x_ts_w68 ON x_ts (c) WHERE c::date > '2020-01-01';
CREATE INDEX x_ts_e68 ON x_ts ((c::date > '2020-01-01'));
CREATE INDEX x_ts_w69 ON x_ts (c) WHERE (c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp);
CREATE INDEX x_ts_e69 ON x_ts (((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)));
CREATE INDEX x_ts_w70 ON x_ts (c) WHERE (c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date);
CREATE INDEX x_ts_e70 ON x_ts (((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)));
CREATE INDEX x_ts_w71 ON x_ts (c) WHERE (c AT TIME ZONE 'UTC') > '2020-01-01';
CREATE INDEX x_ts_e71 ON x_ts (((c AT TIME ZONE 'UTC') > '2020-01-01'));
CREATE INDEX x_ts_w72 ON x_ts (c) WHERE c AT TIME ZONE 'UTC' > '2020-01-01';
CREATE INDEX x_ts_e72 ON x_ts ((c AT TIME ZONE 'UTC' > '2020-01-01'));
CREATE INDEX x_ts_w74 ON x_ts (c) WHERE c > timestamp '2020-01-01';
CREATE INDEX x_ts_e74 ON x_ts ((c > timestamp '2020-01-01'));
CREATE INDEX x_ts_w75 ON x_ts (c) WHERE c > date '2020-01-01';
CREATE INDEX x_ts_e75 ON x_ts ((c > date '2020-01-01'));
CREATE INDEX x_ts_w78 ON x_ts (c) WHERE c > timestamp(3) '2020-01-01';
CREATE INDEX x_ts_e78 ON x_ts ((c > timestamp(3) '2020-01-01'));
CREATE INDEX x_ts_w81 ON x_ts (c) WHERE c > 'epoch';
CREATE INDEX x_ts_e81 ON x_ts ((c > 'epoch'));
CREATE INDEX x_ts_w82 ON x_ts (c) WHERE c < 'infinity';
CREATE INDEX x_ts_e82 ON x_ts ((c < 'infinity'));
CREATE INDEX x_ts_w83 ON x_ts (c) WHERE c > '-infinity';
CREATE INDEX x_ts_e83 ON x_ts ((c > '-infinity'));
CREATE INDEX x_ts_w87 ON x_ts (c) WHERE c > date '2020-01-01' + 1;
CREATE INDEX x_ts_e87 ON x_ts ((c > date '2020-01-01' + 1));
CREATE INDEX x_ts_w94 ON x_ts (c) WHERE (c::timestamp)::time > '10:00';
CREATE INDEX x_ts_e94 ON x_ts (((c::timestamp)::time > '10:00'));
CREATE INDEX x_ts_w95 ON x_ts (c) WHERE c::timestamp(0) > '2020-01-01';
CREATE INDEX x_ts_e95 ON x_ts ((c::timestamp(0) > '2020-01-01'));
CREATE INDEX x_ts_w100 ON x_ts (c) WHERE c BETWEEN '2020-01-01' AND '2021-01-01';
CREATE INDEX x_ts_e100 ON x_ts ((c BETWEEN '2020-01-01' AND '2021-01-01'));
CREATE INDEX x_ts_w101 ON x_ts (c) WHERE c IN ('2020-01-01', '2021-01-01');
CREATE INDEX x_ts_e101 ON x_ts ((c IN ('2020-01-01', '2021-01-01')));
CREATE INDEX x_ts_w102 ON x_ts (c) WHERE c = ANY (ARRAY['2020-01-01'::date, '2021-01-01']);
CREATE INDEX x_ts_e102 ON x_ts ((c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])));
CREATE INDEX x_ts_w103 ON x_ts (c) WHERE isfinite(c);
CREATE INDEX x_ts_e103 ON x_ts ((isfinite(c)));
CREATE INDEX x_ts_w105 ON x_ts (c) WHERE timezone('UTC', c) > '2020-01-01';
CREATE INDEX x_ts_e105 ON x_ts ((timezone('UTC', c) > '2020-01-01'));
CREATE INDEX x_ts_w106 ON x_ts (c) WHERE extract(hour FROM c) < 12;
CREATE INDEX x_ts_e106 ON x_ts ((extract(hour FROM c) < 12));
CREATE INDEX x_ts_w107 ON x_ts (c) WHERE c - '1 day'::interval > '2020-01-01';
CREATE INDEX x_ts_e107 ON x_ts ((c - '1 day'::interval > '2020-01-01'));
CREATE DOMAIN dm_ts AS timestamp DEFAULT now()
    CONSTRAINT dm_ts_k0 CHECK (VALUE IN ('2020-01-01 10:00', '2021-01-01'))
    CONSTRAINT dm_ts_k1 CHECK (VALUE NOT IN ('2020-01-01 10:00', '2021-01-01'))
    CONSTRAINT dm_ts_k2 CHECK (VALUE IN ('2020-01-01 10:00'))
    CONSTRAINT dm_ts_k6 CHECK (VALUE IN ('2020-01-01 10:00', '2021-01-01', NULL))
    CONSTRAINT dm_ts_k7 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00', VALUE]))
    CONSTRAINT dm_ts_k8 CHECK (VALUE IN ('2020-01-01 10:00', VALUE))
    CONSTRAINT dm_ts_k9 CHECK (VALUE BETWEEN '2020-01-01 10:00' AND '2021-01-01')
    CONSTRAINT dm_ts_k10 CHECK (VALUE NOT BETWEEN '2020-01-01 10:00' AND '2021-01-01')
    CONSTRAINT dm_ts_k11 CHECK (VALUE BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00')
    CONSTRAINT dm_ts_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '2020-01-01 10:00' AND '2021-01-01')
    CONSTRAINT dm_ts_k13 CHECK (VALUE IS DISTINCT FROM '2020-01-01 10:00')
    CONSTRAINT dm_ts_k14 CHECK (VALUE IS NOT DISTINCT FROM '2020-01-01 10:00')
    CONSTRAINT dm_ts_k15 CHECK (COALESCE(VALUE, '2020-01-01 10:00') = '2020-01-01 10:00')
    CONSTRAINT dm_ts_k16 CHECK (NULLIF(VALUE, '2020-01-01 10:00') IS NULL)
    CONSTRAINT dm_ts_k17 CHECK (GREATEST(VALUE, '2020-01-01 10:00', '2021-01-01') = '2021-01-01')
    CONSTRAINT dm_ts_k18 CHECK (LEAST(VALUE, '2020-01-01 10:00') <> '2021-01-01')
    CONSTRAINT dm_ts_k19 CHECK (CASE WHEN VALUE = '2020-01-01 10:00' THEN true ELSE VALUE = '2021-01-01' END)
    CONSTRAINT dm_ts_k20 CHECK (CASE VALUE WHEN '2020-01-01 10:00' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_ts_k21 CHECK ((VALUE, VALUE) = ('2020-01-01 10:00', '2021-01-01'))
    CONSTRAINT dm_ts_k22 CHECK ((VALUE, VALUE) < ('2020-01-01 10:00', '2021-01-01'))
    CONSTRAINT dm_ts_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('2020-01-01 10:00', 1))
    CONSTRAINT dm_ts_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_ts_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_ts_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_ts_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_ts_k28 CHECK (VALUE = '2020-01-01 10:00'::timestamp)
    CONSTRAINT dm_ts_k29 CHECK (VALUE <> CAST('2021-01-01' AS timestamp))
    CONSTRAINT dm_ts_k30 CHECK (VALUE > '2020-01-01 10:00' OR VALUE < '2021-01-01')
    CONSTRAINT dm_ts_k31 CHECK (NOT (VALUE = '2020-01-01 10:00'))
    CONSTRAINT dm_ts_k32 CHECK (VALUE IS NULL OR VALUE <> '2020-01-01 10:00')
    CONSTRAINT dm_ts_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_ts_k34 CHECK (VALUE = ANY ('{}'::timestamp[]))
    CONSTRAINT dm_ts_k38 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00']::timestamp[]))
    CONSTRAINT dm_ts_k39 CHECK (VALUE IN ('2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp))
    CONSTRAINT dm_ts_k40 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00'::timestamp, '2021-01-01'::timestamp]))
    CONSTRAINT dm_ts_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_ts_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_ts_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_ts_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_ts_k47 CHECK (VALUE > CURRENT_DATE)
    CONSTRAINT dm_ts_k48 CHECK (VALUE < CURRENT_TIMESTAMP)
    CONSTRAINT dm_ts_k49 CHECK (VALUE < CURRENT_TIMESTAMP(3))
    CONSTRAINT dm_ts_k50 CHECK (VALUE < LOCALTIMESTAMP)
    CONSTRAINT dm_ts_k51 CHECK (VALUE < LOCALTIMESTAMP(2))
    CONSTRAINT dm_ts_k52 CHECK (VALUE < now())
    CONSTRAINT dm_ts_k53 CHECK (VALUE > now() - interval '1 day')
    CONSTRAINT dm_ts_k54 CHECK (VALUE > now() - '1 day'::interval)
    CONSTRAINT dm_ts_k55 CHECK (VALUE - interval '1 hour' > now())
    CONSTRAINT dm_ts_k60 CHECK (EXTRACT(year FROM VALUE) > 2000)
    CONSTRAINT dm_ts_k61 CHECK (EXTRACT('Year' FROM VALUE) > 2000)
    CONSTRAINT dm_ts_k62 CHECK (EXTRACT(YEAR FROM VALUE) > 2000)
    CONSTRAINT dm_ts_k63 CHECK (EXTRACT(epoch FROM VALUE) > 0)
    CONSTRAINT dm_ts_k64 CHECK (EXTRACT('epoch' FROM VALUE) > 0)
    CONSTRAINT dm_ts_k65 CHECK (EXTRACT(Dow FROM VALUE) <> 0)
    CONSTRAINT dm_ts_k66 CHECK (date_part('year', VALUE) > 2000)
    CONSTRAINT dm_ts_k67 CHECK (date_trunc('day', VALUE) = VALUE)
    CONSTRAINT dm_ts_k68 CHECK (VALUE::date > '2020-01-01')
    CONSTRAINT dm_ts_k69 CHECK ((VALUE, VALUE + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp))
    CONSTRAINT dm_ts_k70 CHECK ((VALUE, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date))
    CONSTRAINT dm_ts_k71 CHECK ((VALUE AT TIME ZONE 'UTC') > '2020-01-01')
    CONSTRAINT dm_ts_k72 CHECK (VALUE AT TIME ZONE 'UTC' > '2020-01-01')
    CONSTRAINT dm_ts_k73 CHECK ((VALUE AT TIME ZONE 'UTC')::date > '2020-01-01')
    CONSTRAINT dm_ts_k74 CHECK (VALUE > timestamp '2020-01-01')
    CONSTRAINT dm_ts_k75 CHECK (VALUE > date '2020-01-01')
    CONSTRAINT dm_ts_k77 CHECK (VALUE > timestamptz '2020-01-01')
    CONSTRAINT dm_ts_k78 CHECK (VALUE > timestamp(3) '2020-01-01')
    CONSTRAINT dm_ts_k79 CHECK (VALUE > TIMESTAMP WITH TIME ZONE '2020-01-01')
    CONSTRAINT dm_ts_k81 CHECK (VALUE > 'epoch')
    CONSTRAINT dm_ts_k82 CHECK (VALUE < 'infinity')
    CONSTRAINT dm_ts_k83 CHECK (VALUE > '-infinity')
    CONSTRAINT dm_ts_k87 CHECK (VALUE > date '2020-01-01' + 1)
    CONSTRAINT dm_ts_k88 CHECK (VALUE + interval '1' day > now())
    CONSTRAINT dm_ts_k89 CHECK (VALUE + interval '1-2' year to month > now())
    CONSTRAINT dm_ts_k90 CHECK (VALUE + interval(3) '1.5 sec' > now())
    CONSTRAINT dm_ts_k91 CHECK (VALUE + interval '1 day 2 hours' > now())
    CONSTRAINT dm_ts_k92 CHECK (VALUE + '1 day' > now())
    CONSTRAINT dm_ts_k93 CHECK (VALUE + make_interval(days => 1) > now())
    CONSTRAINT dm_ts_k94 CHECK ((VALUE::timestamp)::time > '10:00')
    CONSTRAINT dm_ts_k95 CHECK (VALUE::timestamp(0) > '2020-01-01')
    CONSTRAINT dm_ts_k96 CHECK (to_char(VALUE, 'YYYY') <> '')
    CONSTRAINT dm_ts_k97 CHECK (age(VALUE) > '1 day')
    CONSTRAINT dm_ts_k98 CHECK (VALUE > now() AT TIME ZONE 'utc')
    CONSTRAINT dm_ts_k99 CHECK (VALUE > (now() AT TIME ZONE 'utc'))
    CONSTRAINT dm_ts_k100 CHECK (VALUE BETWEEN '2020-01-01' AND '2021-01-01')
    CONSTRAINT dm_ts_k101 CHECK (VALUE IN ('2020-01-01', '2021-01-01'))
    CONSTRAINT dm_ts_k102 CHECK (VALUE = ANY (ARRAY['2020-01-01'::date, '2021-01-01']))
    CONSTRAINT dm_ts_k103 CHECK (isfinite(VALUE))
    CONSTRAINT dm_ts_k105 CHECK (timezone('UTC', VALUE) > '2020-01-01')
    CONSTRAINT dm_ts_k106 CHECK (extract(hour FROM VALUE) < 12)
    CONSTRAINT dm_ts_k107 CHECK (VALUE - '1 day'::interval > '2020-01-01')
    CONSTRAINT dm_ts_k108 CHECK (VALUE > CURRENT_DATE - 7)
    CONSTRAINT dm_ts_k109 CHECK (VALUE > CURRENT_DATE - interval '7 days');
CREATE TABLE x_tz (
    c timestamptz,
    d0 timestamptz DEFAULT now(),
    d1 timestamptz DEFAULT CURRENT_TIMESTAMP,
    d2 timestamptz DEFAULT CURRENT_TIMESTAMP(0),
    d3 timestamptz DEFAULT statement_timestamp(),
    d4 timestamptz DEFAULT '2020-01-01 00:00+02',
    d5 timestamptz DEFAULT now() + '1 day',
    d7 timestamptz DEFAULT to_timestamp(0),
    d8 timestamptz DEFAULT '-infinity',
    d9 timestamptz DEFAULT date_trunc('hour', now()),
    d10 timestamptz DEFAULT LOCALTIMESTAMP,
    CONSTRAINT x_tz_k0 CHECK (c IN ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_tz_k1 CHECK (c NOT IN ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_tz_k2 CHECK (c IN ('2020-01-01 10:00+02')),
    CONSTRAINT x_tz_k6 CHECK (c IN ('2020-01-01 10:00+02', '2021-01-01', NULL)),
    CONSTRAINT x_tz_k7 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02', c])),
    CONSTRAINT x_tz_k8 CHECK (c IN ('2020-01-01 10:00+02', c)),
    CONSTRAINT x_tz_k9 CHECK (c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_tz_k10 CHECK (c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_tz_k11 CHECK (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02'),
    CONSTRAINT x_tz_k12 CHECK (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_tz_k13 CHECK (c IS DISTINCT FROM '2020-01-01 10:00+02'),
    CONSTRAINT x_tz_k14 CHECK (c IS NOT DISTINCT FROM '2020-01-01 10:00+02'),
    CONSTRAINT x_tz_k15 CHECK (COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02'),
    CONSTRAINT x_tz_k16 CHECK (NULLIF(c, '2020-01-01 10:00+02') IS NULL),
    CONSTRAINT x_tz_k17 CHECK (GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01'),
    CONSTRAINT x_tz_k18 CHECK (LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01'),
    CONSTRAINT x_tz_k19 CHECK (CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END),
    CONSTRAINT x_tz_k20 CHECK (CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tz_k21 CHECK ((c, c) = ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_tz_k22 CHECK ((c, c) < ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_tz_k23 CHECK ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1)),
    CONSTRAINT x_tz_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tz_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tz_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tz_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tz_k28 CHECK (c = '2020-01-01 10:00+02'::timestamptz),
    CONSTRAINT x_tz_k29 CHECK (c <> CAST('2021-01-01' AS timestamptz)),
    CONSTRAINT x_tz_k30 CHECK (c > '2020-01-01 10:00+02' OR c < '2021-01-01'),
    CONSTRAINT x_tz_k31 CHECK (NOT (c = '2020-01-01 10:00+02')),
    CONSTRAINT x_tz_k32 CHECK (c IS NULL OR c <> '2020-01-01 10:00+02'),
    CONSTRAINT x_tz_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tz_k34 CHECK (c = ANY ('{}'::timestamptz[])),
    CONSTRAINT x_tz_k38 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02']::timestamptz[])),
    CONSTRAINT x_tz_k39 CHECK (c IN ('2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz)),
    CONSTRAINT x_tz_k40 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz])),
    CONSTRAINT x_tz_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tz_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tz_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tz_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tz_k47 CHECK (c > CURRENT_DATE),
    CONSTRAINT x_tz_k48 CHECK (c < CURRENT_TIMESTAMP),
    CONSTRAINT x_tz_k49 CHECK (c < CURRENT_TIMESTAMP(3)),
    CONSTRAINT x_tz_k50 CHECK (c < LOCALTIMESTAMP),
    CONSTRAINT x_tz_k51 CHECK (c < LOCALTIMESTAMP(2)),
    CONSTRAINT x_tz_k52 CHECK (c < now()),
    CONSTRAINT x_tz_k53 CHECK (c > now() - interval '1 day'),
    CONSTRAINT x_tz_k54 CHECK (c > now() - '1 day'::interval),
    CONSTRAINT x_tz_k55 CHECK (c - interval '1 hour' > now()),
    CONSTRAINT x_tz_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_tz_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_tz_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_tz_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_tz_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_tz_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_tz_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_tz_k67 CHECK (date_trunc('day', c) = c),
    CONSTRAINT x_tz_k68 CHECK (c::date > '2020-01-01'),
    CONSTRAINT x_tz_k69 CHECK ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)),
    CONSTRAINT x_tz_k70 CHECK ((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)),
    CONSTRAINT x_tz_k71 CHECK ((c AT TIME ZONE 'UTC') > '2020-01-01'),
    CONSTRAINT x_tz_k72 CHECK (c AT TIME ZONE 'UTC' > '2020-01-01'),
    CONSTRAINT x_tz_k73 CHECK ((c AT TIME ZONE 'UTC')::date > '2020-01-01'),
    CONSTRAINT x_tz_k74 CHECK (c > timestamp '2020-01-01'),
    CONSTRAINT x_tz_k75 CHECK (c > date '2020-01-01'),
    CONSTRAINT x_tz_k77 CHECK (c > timestamptz '2020-01-01'),
    CONSTRAINT x_tz_k78 CHECK (c > timestamp(3) '2020-01-01'),
    CONSTRAINT x_tz_k79 CHECK (c > TIMESTAMP WITH TIME ZONE '2020-01-01'),
    CONSTRAINT x_tz_k81 CHECK (c > 'epoch'),
    CONSTRAINT x_tz_k82 CHECK (c < 'infinity'),
    CONSTRAINT x_tz_k83 CHECK (c > '-infinity'),
    CONSTRAINT x_tz_k87 CHECK (c > date '2020-01-01' + 1),
    CONSTRAINT x_tz_k88 CHECK (c + interval '1' day > now()),
    CONSTRAINT x_tz_k89 CHECK (c + interval '1-2' year to month > now()),
    CONSTRAINT x_tz_k90 CHECK (c + interval(3) '1.5 sec' > now()),
    CONSTRAINT x_tz_k91 CHECK (c + interval '1 day 2 hours' > now()),
    CONSTRAINT x_tz_k92 CHECK (c + '1 day' > now()),
    CONSTRAINT x_tz_k93 CHECK (c + make_interval(days => 1) > now()),
    CONSTRAINT x_tz_k94 CHECK ((c::timestamp)::time > '10:00'),
    CONSTRAINT x_tz_k95 CHECK (c::timestamp(0) > '2020-01-01'),
    CONSTRAINT x_tz_k96 CHECK (to_char(c, 'YYYY') <> ''),
    CONSTRAINT x_tz_k97 CHECK (age(c) > '1 day'),
    CONSTRAINT x_tz_k98 CHECK (c > now() AT TIME ZONE 'utc'),
    CONSTRAINT x_tz_k99 CHECK (c > (now() AT TIME ZONE 'utc')),
    CONSTRAINT x_tz_k100 CHECK (c BETWEEN '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_tz_k101 CHECK (c IN ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_tz_k102 CHECK (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])),
    CONSTRAINT x_tz_k103 CHECK (isfinite(c)),
    CONSTRAINT x_tz_k105 CHECK (timezone('UTC', c) > '2020-01-01'),
    CONSTRAINT x_tz_k106 CHECK (extract(hour FROM c) < 12),
    CONSTRAINT x_tz_k107 CHECK (c - '1 day'::interval > '2020-01-01'),
    CONSTRAINT x_tz_k108 CHECK (c > CURRENT_DATE - 7),
    CONSTRAINT x_tz_k109 CHECK (c > CURRENT_DATE - interval '7 days')
);
CREATE DOMAIN dm_tz AS timestamptz DEFAULT now()
    CONSTRAINT dm_tz_k0 CHECK (VALUE IN ('2020-01-01 10:00+02', '2021-01-01'))
    CONSTRAINT dm_tz_k1 CHECK (VALUE NOT IN ('2020-01-01 10:00+02', '2021-01-01'))
    CONSTRAINT dm_tz_k2 CHECK (VALUE IN ('2020-01-01 10:00+02'))
    CONSTRAINT dm_tz_k6 CHECK (VALUE IN ('2020-01-01 10:00+02', '2021-01-01', NULL))
    CONSTRAINT dm_tz_k7 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00+02', VALUE]))
    CONSTRAINT dm_tz_k8 CHECK (VALUE IN ('2020-01-01 10:00+02', VALUE))
    CONSTRAINT dm_tz_k9 CHECK (VALUE BETWEEN '2020-01-01 10:00+02' AND '2021-01-01')
    CONSTRAINT dm_tz_k10 CHECK (VALUE NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01')
    CONSTRAINT dm_tz_k11 CHECK (VALUE BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02')
    CONSTRAINT dm_tz_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01')
    CONSTRAINT dm_tz_k13 CHECK (VALUE IS DISTINCT FROM '2020-01-01 10:00+02')
    CONSTRAINT dm_tz_k14 CHECK (VALUE IS NOT DISTINCT FROM '2020-01-01 10:00+02')
    CONSTRAINT dm_tz_k15 CHECK (COALESCE(VALUE, '2020-01-01 10:00+02') = '2020-01-01 10:00+02')
    CONSTRAINT dm_tz_k16 CHECK (NULLIF(VALUE, '2020-01-01 10:00+02') IS NULL)
    CONSTRAINT dm_tz_k17 CHECK (GREATEST(VALUE, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01')
    CONSTRAINT dm_tz_k18 CHECK (LEAST(VALUE, '2020-01-01 10:00+02') <> '2021-01-01')
    CONSTRAINT dm_tz_k19 CHECK (CASE WHEN VALUE = '2020-01-01 10:00+02' THEN true ELSE VALUE = '2021-01-01' END)
    CONSTRAINT dm_tz_k20 CHECK (CASE VALUE WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_tz_k21 CHECK ((VALUE, VALUE) = ('2020-01-01 10:00+02', '2021-01-01'))
    CONSTRAINT dm_tz_k22 CHECK ((VALUE, VALUE) < ('2020-01-01 10:00+02', '2021-01-01'))
    CONSTRAINT dm_tz_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1))
    CONSTRAINT dm_tz_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_tz_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_tz_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_tz_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_tz_k28 CHECK (VALUE = '2020-01-01 10:00+02'::timestamptz)
    CONSTRAINT dm_tz_k29 CHECK (VALUE <> CAST('2021-01-01' AS timestamptz))
    CONSTRAINT dm_tz_k30 CHECK (VALUE > '2020-01-01 10:00+02' OR VALUE < '2021-01-01')
    CONSTRAINT dm_tz_k31 CHECK (NOT (VALUE = '2020-01-01 10:00+02'))
    CONSTRAINT dm_tz_k32 CHECK (VALUE IS NULL OR VALUE <> '2020-01-01 10:00+02')
    CONSTRAINT dm_tz_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_tz_k34 CHECK (VALUE = ANY ('{}'::timestamptz[]))
    CONSTRAINT dm_tz_k38 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00+02']::timestamptz[]))
    CONSTRAINT dm_tz_k39 CHECK (VALUE IN ('2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz))
    CONSTRAINT dm_tz_k40 CHECK (VALUE = ANY (ARRAY['2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz]))
    CONSTRAINT dm_tz_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_tz_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_tz_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_tz_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_tz_k47 CHECK (VALUE > CURRENT_DATE)
    CONSTRAINT dm_tz_k48 CHECK (VALUE < CURRENT_TIMESTAMP)
    CONSTRAINT dm_tz_k49 CHECK (VALUE < CURRENT_TIMESTAMP(3))
    CONSTRAINT dm_tz_k50 CHECK (VALUE < LOCALTIMESTAMP)
    CONSTRAINT dm_tz_k51 CHECK (VALUE < LOCALTIMESTAMP(2))
    CONSTRAINT dm_tz_k52 CHECK (VALUE < now())
    CONSTRAINT dm_tz_k53 CHECK (VALUE > now() - interval '1 day')
    CONSTRAINT dm_tz_k54 CHECK (VALUE > now() - '1 day'::interval)
    CONSTRAINT dm_tz_k55 CHECK (VALUE - interval '1 hour' > now())
    CONSTRAINT dm_tz_k60 CHECK (EXTRACT(year FROM VALUE) > 2000)
    CONSTRAINT dm_tz_k61 CHECK (EXTRACT('Year' FROM VALUE) > 2000)
    CONSTRAINT dm_tz_k62 CHECK (EXTRACT(YEAR FROM VALUE) > 2000)
    CONSTRAINT dm_tz_k63 CHECK (EXTRACT(epoch FROM VALUE) > 0)
    CONSTRAINT dm_tz_k64 CHECK (EXTRACT('epoch' FROM VALUE) > 0)
    CONSTRAINT dm_tz_k65 CHECK (EXTRACT(Dow FROM VALUE) <> 0)
    CONSTRAINT dm_tz_k66 CHECK (date_part('year', VALUE) > 2000)
    CONSTRAINT dm_tz_k67 CHECK (date_trunc('day', VALUE) = VALUE)
    CONSTRAINT dm_tz_k68 CHECK (VALUE::date > '2020-01-01')
    CONSTRAINT dm_tz_k69 CHECK ((VALUE, VALUE + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp))
    CONSTRAINT dm_tz_k70 CHECK ((VALUE, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date))
    CONSTRAINT dm_tz_k71 CHECK ((VALUE AT TIME ZONE 'UTC') > '2020-01-01')
    CONSTRAINT dm_tz_k72 CHECK (VALUE AT TIME ZONE 'UTC' > '2020-01-01')
    CONSTRAINT dm_tz_k73 CHECK ((VALUE AT TIME ZONE 'UTC')::date > '2020-01-01')
    CONSTRAINT dm_tz_k74 CHECK (VALUE > timestamp '2020-01-01')
    CONSTRAINT dm_tz_k75 CHECK (VALUE > date '2020-01-01')
    CONSTRAINT dm_tz_k77 CHECK (VALUE > timestamptz '2020-01-01')
    CONSTRAINT dm_tz_k78 CHECK (VALUE > timestamp(3) '2020-01-01')
    CONSTRAINT dm_tz_k79 CHECK (VALUE > TIMESTAMP WITH TIME ZONE '2020-01-01')
    CONSTRAINT dm_tz_k81 CHECK (VALUE > 'epoch')
    CONSTRAINT dm_tz_k82 CHECK (VALUE < 'infinity')
    CONSTRAINT dm_tz_k83 CHECK (VALUE > '-infinity')
    CONSTRAINT dm_tz_k87 CHECK (VALUE > date '2020-01-01' + 1)
    CONSTRAINT dm_tz_k88 CHECK (VALUE + interval '1' day > now())
    CONSTRAINT dm_tz_k89 CHECK (VALUE + interval '1-2' year to month > now())
    CONSTRAINT dm_tz_k90 CHECK (VALUE + interval(3) '1.5 sec' > now())
    CONSTRAINT dm_tz_k91 CHECK (VALUE + interval '1 day 2 hours' > now())
    CONSTRAINT dm_tz_k92 CHECK (VALUE + '1 day' > now())
    CONSTRAINT dm_tz_k93 CHECK (VALUE + make_interval(days => 1) > now())
    CONSTRAINT dm_tz_k94 CHECK ((VALUE::timestamp)::time > '10:00')
    CONSTRAINT dm_tz_k95 CHECK (VALUE::timestamp(0) > '2020-01-01')
    CONSTRAINT dm_tz_k96 CHECK (to_char(VALUE, 'YYYY') <> '')
    CONSTRAINT dm_tz_k97 CHECK (age(VALUE) > '1 day')
    CONSTRAINT dm_tz_k98 CHECK (VALUE > now() AT TIME ZONE 'utc')
    CONSTRAINT dm_tz_k99 CHECK (VALUE > (now() AT TIME ZONE 'utc'))
    CONSTRAINT dm_tz_k100 CHECK (VALUE BETWEEN '2020-01-01' AND '2021-01-01')
    CONSTRAINT dm_tz_k101 CHECK (VALUE IN ('2020-01-01', '2021-01-01'))
    CONSTRAINT dm_tz_k102 CHECK (VALUE = ANY (ARRAY['2020-01-01'::date, '2021-01-01']))
    CONSTRAINT dm_tz_k103 CHECK (isfinite(VALUE))
    CONSTRAINT dm_tz_k105 CHECK (timezone('UTC', VALUE) > '2020-01-01')
    CONSTRAINT dm_tz_k106 CHECK (extract(hour FROM VALUE) < 12)
    CONSTRAINT dm_tz_k107 CHECK (VALUE - '1 day'::interval > '2020-01-01')
    CONSTRAINT dm_tz_k108 CHECK (VALUE > CURRENT_DATE - 7)
    CONSTRAINT dm_tz_k109 CHECK (VALUE > CURRENT_DATE - interval '7 days');
CREATE TABLE x_t3 (
    c timestamp(3) with time zone,
    d0 timestamp(3) with time zone DEFAULT now(),
    d1 timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP(3),
    d2 timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT x_t3_k0 CHECK (c IN ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_t3_k1 CHECK (c NOT IN ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_t3_k2 CHECK (c IN ('2020-01-01 10:00+02')),
    CONSTRAINT x_t3_k6 CHECK (c IN ('2020-01-01 10:00+02', '2021-01-01', NULL)),
    CONSTRAINT x_t3_k7 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02', c])),
    CONSTRAINT x_t3_k8 CHECK (c IN ('2020-01-01 10:00+02', c)),
    CONSTRAINT x_t3_k9 CHECK (c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_t3_k10 CHECK (c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_t3_k11 CHECK (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02'),
    CONSTRAINT x_t3_k12 CHECK (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01'),
    CONSTRAINT x_t3_k13 CHECK (c IS DISTINCT FROM '2020-01-01 10:00+02'),
    CONSTRAINT x_t3_k14 CHECK (c IS NOT DISTINCT FROM '2020-01-01 10:00+02'),
    CONSTRAINT x_t3_k15 CHECK (COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02'),
    CONSTRAINT x_t3_k16 CHECK (NULLIF(c, '2020-01-01 10:00+02') IS NULL),
    CONSTRAINT x_t3_k17 CHECK (GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01'),
    CONSTRAINT x_t3_k18 CHECK (LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01'),
    CONSTRAINT x_t3_k19 CHECK (CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END),
    CONSTRAINT x_t3_k20 CHECK (CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_t3_k21 CHECK ((c, c) = ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_t3_k22 CHECK ((c, c) < ('2020-01-01 10:00+02', '2021-01-01')),
    CONSTRAINT x_t3_k23 CHECK ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1)),
    CONSTRAINT x_t3_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_t3_k25 CHECK (c::text <> ''),
    CONSTRAINT x_t3_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_t3_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_t3_k28 CHECK (c = '2020-01-01 10:00+02'::timestamp(3) with time zone),
    CONSTRAINT x_t3_k29 CHECK (c <> CAST('2021-01-01' AS timestamp(3) with time zone)),
    CONSTRAINT x_t3_k30 CHECK (c > '2020-01-01 10:00+02' OR c < '2021-01-01'),
    CONSTRAINT x_t3_k31 CHECK (NOT (c = '2020-01-01 10:00+02')),
    CONSTRAINT x_t3_k32 CHECK (c IS NULL OR c <> '2020-01-01 10:00+02'),
    CONSTRAINT x_t3_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_t3_k34 CHECK (c = ANY ('{}'::timestamp(3) with time zone[])),
    CONSTRAINT x_t3_k38 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02']::timestamp(3) with time zone[])),
    CONSTRAINT x_t3_k39 CHECK (c IN ('2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone)),
    CONSTRAINT x_t3_k40 CHECK (c = ANY (ARRAY['2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone])),
    CONSTRAINT x_t3_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_t3_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_t3_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_t3_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_t3_k47 CHECK (c > CURRENT_DATE),
    CONSTRAINT x_t3_k48 CHECK (c < CURRENT_TIMESTAMP),
    CONSTRAINT x_t3_k49 CHECK (c < CURRENT_TIMESTAMP(3)),
    CONSTRAINT x_t3_k50 CHECK (c < LOCALTIMESTAMP),
    CONSTRAINT x_t3_k51 CHECK (c < LOCALTIMESTAMP(2)),
    CONSTRAINT x_t3_k52 CHECK (c < now()),
    CONSTRAINT x_t3_k53 CHECK (c > now() - interval '1 day'),
    CONSTRAINT x_t3_k54 CHECK (c > now() - '1 day'::interval),
    CONSTRAINT x_t3_k55 CHECK (c - interval '1 hour' > now()),
    CONSTRAINT x_t3_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_t3_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_t3_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_t3_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_t3_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_t3_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_t3_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_t3_k67 CHECK (date_trunc('day', c) = c),
    CONSTRAINT x_t3_k68 CHECK (c::date > '2020-01-01'),
    CONSTRAINT x_t3_k69 CHECK ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)),
    CONSTRAINT x_t3_k70 CHECK ((c, interval '1 day') OVERLAPS ('2020-01-01'::date, '2021-01-01'::date)),
    CONSTRAINT x_t3_k71 CHECK ((c AT TIME ZONE 'UTC') > '2020-01-01'),
    CONSTRAINT x_t3_k72 CHECK (c AT TIME ZONE 'UTC' > '2020-01-01'),
    CONSTRAINT x_t3_k73 CHECK ((c AT TIME ZONE 'UTC')::date > '2020-01-01'),
    CONSTRAINT x_t3_k74 CHECK (c > timestamp '2020-01-01'),
    CONSTRAINT x_t3_k75 CHECK (c > date '2020-01-01'),
    CONSTRAINT x_t3_k77 CHECK (c > timestamptz '2020-01-01'),
    CONSTRAINT x_t3_k78 CHECK (c > timestamp(3) '2020-01-01'),
    CONSTRAINT x_t3_k79 CHECK (c > TIMESTAMP WITH TIME ZONE '2020-01-01'),
    CONSTRAINT x_t3_k81 CHECK (c > 'epoch'),
    CONSTRAINT x_t3_k82 CHECK (c < 'infinity'),
    CONSTRAINT x_t3_k83 CHECK (c > '-infinity'),
    CONSTRAINT x_t3_k87 CHECK (c > date '2020-01-01' + 1),
    CONSTRAINT x_t3_k88 CHECK (c + interval '1' day > now()),
    CONSTRAINT x_t3_k89 CHECK (c + interval '1-2' year to month > now()),
    CONSTRAINT x_t3_k90 CHECK (c + interval(3) '1.5 sec' > now()),
    CONSTRAINT x_t3_k91 CHECK (c + interval '1 day 2 hours' > now()),
    CONSTRAINT x_t3_k92 CHECK (c + '1 day' > now()),
    CONSTRAINT x_t3_k93 CHECK (c + make_interval(days => 1) > now()),
    CONSTRAINT x_t3_k94 CHECK ((c::timestamp)::time > '10:00'),
    CONSTRAINT x_t3_k95 CHECK (c::timestamp(0) > '2020-01-01'),
    CONSTRAINT x_t3_k96 CHECK (to_char(c, 'YYYY') <> ''),
    CONSTRAINT x_t3_k97 CHECK (age(c) > '1 day'),
    CONSTRAINT x_t3_k98 CHECK (c > now() AT TIME ZONE 'utc'),
    CONSTRAINT x_t3_k99 CHECK (c > (now() AT TIME ZONE 'utc')),
    CONSTRAINT x_t3_k100 CHECK (c BETWEEN '2020-01-01' AND '2021-01-01'),
    CONSTRAINT x_t3_k101 CHECK (c IN ('2020-01-01', '2021-01-01')),
    CONSTRAINT x_t3_k102 CHECK (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])),
    CONSTRAINT x_t3_k103 CHECK (isfinite(c)),
    CONSTRAINT x_t3_k105 CHECK (timezone('UTC', c) > '2020-01-01'),
    CONSTRAINT x_t3_k106 CHECK (extract(hour FROM c) < 12),
    CONSTRAINT x_t3_k107 CHECK (c - '1 day'::interval > '2020-01-01'),
    CONSTRAINT x_t3_k108 CHECK (c > CURRENT_DATE - 7),
    CONSTRAINT x_t3_k109 CHECK (c > CURRENT_DATE - interval '7 days')
);
CREATE TABLE x_iv (
    c interval,
    d0 interval DEFAULT '1 day',
    d1 interval DEFAULT interval '1' day,
    d2 interval DEFAULT INTERVAL '1' HOUR,
    d3 interval DEFAULT interval '1-2' year to month,
    d4 interval DEFAULT interval(3) '1.2345 s',
    d5 interval DEFAULT '-1 day',
    d6 interval DEFAULT - interval '1 day',
    d7 interval DEFAULT -'1 day'::interval,
    d8 interval DEFAULT 'P1D',
    d9 interval DEFAULT '1 day'::interval * 2,
    d10 interval DEFAULT make_interval(days => 1),
    d11 interval DEFAULT '00:00:00',
    d12 interval DEFAULT interval '1 day 2 hours 3 minutes',
    d13 interval DEFAULT '1 mon'::interval,
    g0 interval GENERATED ALWAYS AS (c * 2) STORED,
    g1 interval GENERATED ALWAYS AS (-c) STORED,
    g2 numeric GENERATED ALWAYS AS (EXTRACT(epoch FROM c)) STORED,
    g3 interval GENERATED ALWAYS AS (c + '1 day') STORED,
    g4 interval GENERATED ALWAYS AS (justify_interval(c)) STORED,
    CONSTRAINT x_iv_k0 CHECK (c IN ('1 day', '2 hours')),
    CONSTRAINT x_iv_k1 CHECK (c NOT IN ('1 day', '2 hours')),
    CONSTRAINT x_iv_k2 CHECK (c IN ('1 day')),
    CONSTRAINT x_iv_k6 CHECK (c IN ('1 day', '2 hours', NULL)),
    CONSTRAINT x_iv_k7 CHECK (c = ANY (ARRAY['1 day', c])),
    CONSTRAINT x_iv_k8 CHECK (c IN ('1 day', c)),
    CONSTRAINT x_iv_k9 CHECK (c BETWEEN '1 day' AND '2 hours'),
    CONSTRAINT x_iv_k10 CHECK (c NOT BETWEEN '1 day' AND '2 hours'),
    CONSTRAINT x_iv_k11 CHECK (c BETWEEN SYMMETRIC '2 hours' AND '1 day'),
    CONSTRAINT x_iv_k12 CHECK (c NOT BETWEEN SYMMETRIC '1 day' AND '2 hours'),
    CONSTRAINT x_iv_k13 CHECK (c IS DISTINCT FROM '1 day'),
    CONSTRAINT x_iv_k14 CHECK (c IS NOT DISTINCT FROM '1 day'),
    CONSTRAINT x_iv_k15 CHECK (COALESCE(c, '1 day') = '1 day'),
    CONSTRAINT x_iv_k16 CHECK (NULLIF(c, '1 day') IS NULL),
    CONSTRAINT x_iv_k17 CHECK (GREATEST(c, '1 day', '2 hours') = '2 hours'),
    CONSTRAINT x_iv_k18 CHECK (LEAST(c, '1 day') <> '2 hours'),
    CONSTRAINT x_iv_k19 CHECK (CASE WHEN c = '1 day' THEN true ELSE c = '2 hours' END),
    CONSTRAINT x_iv_k20 CHECK (CASE c WHEN '1 day' THEN 1 WHEN '2 hours' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_iv_k21 CHECK ((c, c) = ('1 day', '2 hours')),
    CONSTRAINT x_iv_k22 CHECK ((c, c) < ('1 day', '2 hours')),
    CONSTRAINT x_iv_k23 CHECK ((c, 1) IS DISTINCT FROM ('1 day', 1)),
    CONSTRAINT x_iv_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_iv_k25 CHECK (c::text <> ''),
    CONSTRAINT x_iv_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_iv_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_iv_k28 CHECK (c = '1 day'::interval),
    CONSTRAINT x_iv_k29 CHECK (c <> CAST('2 hours' AS interval)),
    CONSTRAINT x_iv_k30 CHECK (c > '1 day' OR c < '2 hours'),
    CONSTRAINT x_iv_k31 CHECK (NOT (c = '1 day')),
    CONSTRAINT x_iv_k32 CHECK (c IS NULL OR c <> '1 day'),
    CONSTRAINT x_iv_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_iv_k34 CHECK (c = ANY ('{}'::interval[])),
    CONSTRAINT x_iv_k38 CHECK (c = ANY (ARRAY['1 day']::interval[])),
    CONSTRAINT x_iv_k39 CHECK (c IN ('1 day'::interval, '2 hours'::interval)),
    CONSTRAINT x_iv_k40 CHECK (c = ANY (ARRAY['1 day'::interval, '2 hours'::interval])),
    CONSTRAINT x_iv_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_iv_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_iv_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_iv_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_iv_k47 CHECK (c > interval '1' hour),
    CONSTRAINT x_iv_k48 CHECK (c > INTERVAL '1' HOUR),
    CONSTRAINT x_iv_k49 CHECK (c > interval '1 day'),
    CONSTRAINT x_iv_k50 CHECK (c > interval '1-2' year to month),
    CONSTRAINT x_iv_k51 CHECK (c > interval(0) '1.5 s'),
    CONSTRAINT x_iv_k52 CHECK (c > '1 day'),
    CONSTRAINT x_iv_k53 CHECK (c < '-1 day'::interval),
    CONSTRAINT x_iv_k54 CHECK (c > - interval '1 day'),
    CONSTRAINT x_iv_k55 CHECK (c > -'1 day'::interval),
    CONSTRAINT x_iv_k56 CHECK (-c < '1 day'),
    CONSTRAINT x_iv_k57 CHECK (c * 2 > '1 day'),
    CONSTRAINT x_iv_k58 CHECK (c / 2 > '1 day'),
    CONSTRAINT x_iv_k59 CHECK (justify_hours(c) > '1 day'),
    CONSTRAINT x_iv_k60 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_iv_k61 CHECK (EXTRACT('Day' FROM c) > 0),
    CONSTRAINT x_iv_k62 CHECK (c > interval '1' day to second),
    CONSTRAINT x_iv_k63 CHECK (c > interval '1 02:03' day to minute),
    CONSTRAINT x_iv_k64 CHECK (c > make_interval(hours => 1)),
    CONSTRAINT x_iv_k65 CHECK (c IN ('1 day', '2 days')),
    CONSTRAINT x_iv_k66 CHECK (c = ANY (ARRAY[interval '1 day']))
);
CREATE DOMAIN dm_iv AS interval DEFAULT '1 day'
    CONSTRAINT dm_iv_k0 CHECK (VALUE IN ('1 day', '2 hours'))
    CONSTRAINT dm_iv_k1 CHECK (VALUE NOT IN ('1 day', '2 hours'))
    CONSTRAINT dm_iv_k2 CHECK (VALUE IN ('1 day'))
    CONSTRAINT dm_iv_k6 CHECK (VALUE IN ('1 day', '2 hours', NULL))
    CONSTRAINT dm_iv_k7 CHECK (VALUE = ANY (ARRAY['1 day', VALUE]))
    CONSTRAINT dm_iv_k8 CHECK (VALUE IN ('1 day', VALUE))
    CONSTRAINT dm_iv_k9 CHECK (VALUE BETWEEN '1 day' AND '2 hours')
    CONSTRAINT dm_iv_k10 CHECK (VALUE NOT BETWEEN '1 day' AND '2 hours')
    CONSTRAINT dm_iv_k11 CHECK (VALUE BETWEEN SYMMETRIC '2 hours' AND '1 day')
    CONSTRAINT dm_iv_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '1 day' AND '2 hours')
    CONSTRAINT dm_iv_k13 CHECK (VALUE IS DISTINCT FROM '1 day')
    CONSTRAINT dm_iv_k14 CHECK (VALUE IS NOT DISTINCT FROM '1 day')
    CONSTRAINT dm_iv_k15 CHECK (COALESCE(VALUE, '1 day') = '1 day')
    CONSTRAINT dm_iv_k16 CHECK (NULLIF(VALUE, '1 day') IS NULL)
    CONSTRAINT dm_iv_k17 CHECK (GREATEST(VALUE, '1 day', '2 hours') = '2 hours')
    CONSTRAINT dm_iv_k18 CHECK (LEAST(VALUE, '1 day') <> '2 hours')
    CONSTRAINT dm_iv_k19 CHECK (CASE WHEN VALUE = '1 day' THEN true ELSE VALUE = '2 hours' END)
    CONSTRAINT dm_iv_k20 CHECK (CASE VALUE WHEN '1 day' THEN 1 WHEN '2 hours' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_iv_k21 CHECK ((VALUE, VALUE) = ('1 day', '2 hours'))
    CONSTRAINT dm_iv_k22 CHECK ((VALUE, VALUE) < ('1 day', '2 hours'))
    CONSTRAINT dm_iv_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('1 day', 1))
    CONSTRAINT dm_iv_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_iv_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_iv_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_iv_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_iv_k28 CHECK (VALUE = '1 day'::interval)
    CONSTRAINT dm_iv_k29 CHECK (VALUE <> CAST('2 hours' AS interval))
    CONSTRAINT dm_iv_k30 CHECK (VALUE > '1 day' OR VALUE < '2 hours')
    CONSTRAINT dm_iv_k31 CHECK (NOT (VALUE = '1 day'))
    CONSTRAINT dm_iv_k32 CHECK (VALUE IS NULL OR VALUE <> '1 day')
    CONSTRAINT dm_iv_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_iv_k34 CHECK (VALUE = ANY ('{}'::interval[]))
    CONSTRAINT dm_iv_k38 CHECK (VALUE = ANY (ARRAY['1 day']::interval[]))
    CONSTRAINT dm_iv_k39 CHECK (VALUE IN ('1 day'::interval, '2 hours'::interval))
    CONSTRAINT dm_iv_k40 CHECK (VALUE = ANY (ARRAY['1 day'::interval, '2 hours'::interval]))
    CONSTRAINT dm_iv_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_iv_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_iv_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_iv_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_iv_k47 CHECK (VALUE > interval '1' hour)
    CONSTRAINT dm_iv_k48 CHECK (VALUE > INTERVAL '1' HOUR)
    CONSTRAINT dm_iv_k49 CHECK (VALUE > interval '1 day')
    CONSTRAINT dm_iv_k50 CHECK (VALUE > interval '1-2' year to month)
    CONSTRAINT dm_iv_k51 CHECK (VALUE > interval(0) '1.5 s')
    CONSTRAINT dm_iv_k52 CHECK (VALUE > '1 day')
    CONSTRAINT dm_iv_k53 CHECK (VALUE < '-1 day'::interval)
    CONSTRAINT dm_iv_k54 CHECK (VALUE > - interval '1 day')
    CONSTRAINT dm_iv_k55 CHECK (VALUE > -'1 day'::interval)
    CONSTRAINT dm_iv_k56 CHECK (-VALUE < '1 day')
    CONSTRAINT dm_iv_k57 CHECK (VALUE * 2 > '1 day')
    CONSTRAINT dm_iv_k58 CHECK (VALUE / 2 > '1 day')
    CONSTRAINT dm_iv_k59 CHECK (justify_hours(VALUE) > '1 day')
    CONSTRAINT dm_iv_k60 CHECK (EXTRACT(epoch FROM VALUE) > 0)
    CONSTRAINT dm_iv_k61 CHECK (EXTRACT('Day' FROM VALUE) > 0)
    CONSTRAINT dm_iv_k62 CHECK (VALUE > interval '1' day to second)
    CONSTRAINT dm_iv_k63 CHECK (VALUE > interval '1 02:03' day to minute)
    CONSTRAINT dm_iv_k64 CHECK (VALUE > make_interval(hours => 1))
    CONSTRAINT dm_iv_k65 CHECK (VALUE IN ('1 day', '2 days'))
    CONSTRAINT dm_iv_k66 CHECK (VALUE = ANY (ARRAY[interval '1 day']));
CREATE TABLE x_tm (
    c time,
    d0 time DEFAULT CURRENT_TIME,
    d1 time DEFAULT LOCALTIME,
    d2 time DEFAULT LOCALTIME(0),
    d3 time DEFAULT '10:00',
    d4 time DEFAULT time '10:00',
    d5 time DEFAULT 'allballs',
    d6 time DEFAULT now()::time,
    d7 time DEFAULT '24:00',
    CONSTRAINT x_tm_k0 CHECK (c IN ('10:00', '11:00')),
    CONSTRAINT x_tm_k1 CHECK (c NOT IN ('10:00', '11:00')),
    CONSTRAINT x_tm_k2 CHECK (c IN ('10:00')),
    CONSTRAINT x_tm_k6 CHECK (c IN ('10:00', '11:00', NULL)),
    CONSTRAINT x_tm_k7 CHECK (c = ANY (ARRAY['10:00', c])),
    CONSTRAINT x_tm_k8 CHECK (c IN ('10:00', c)),
    CONSTRAINT x_tm_k9 CHECK (c BETWEEN '10:00' AND '11:00'),
    CONSTRAINT x_tm_k10 CHECK (c NOT BETWEEN '10:00' AND '11:00'),
    CONSTRAINT x_tm_k11 CHECK (c BETWEEN SYMMETRIC '11:00' AND '10:00'),
    CONSTRAINT x_tm_k12 CHECK (c NOT BETWEEN SYMMETRIC '10:00' AND '11:00'),
    CONSTRAINT x_tm_k13 CHECK (c IS DISTINCT FROM '10:00'),
    CONSTRAINT x_tm_k14 CHECK (c IS NOT DISTINCT FROM '10:00'),
    CONSTRAINT x_tm_k15 CHECK (COALESCE(c, '10:00') = '10:00'),
    CONSTRAINT x_tm_k16 CHECK (NULLIF(c, '10:00') IS NULL),
    CONSTRAINT x_tm_k17 CHECK (GREATEST(c, '10:00', '11:00') = '11:00'),
    CONSTRAINT x_tm_k18 CHECK (LEAST(c, '10:00') <> '11:00'),
    CONSTRAINT x_tm_k19 CHECK (CASE WHEN c = '10:00' THEN true ELSE c = '11:00' END),
    CONSTRAINT x_tm_k20 CHECK (CASE c WHEN '10:00' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tm_k21 CHECK ((c, c) = ('10:00', '11:00')),
    CONSTRAINT x_tm_k22 CHECK ((c, c) < ('10:00', '11:00')),
    CONSTRAINT x_tm_k23 CHECK ((c, 1) IS DISTINCT FROM ('10:00', 1)),
    CONSTRAINT x_tm_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tm_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tm_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tm_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tm_k28 CHECK (c = '10:00'::time),
    CONSTRAINT x_tm_k29 CHECK (c <> CAST('11:00' AS time)),
    CONSTRAINT x_tm_k30 CHECK (c > '10:00' OR c < '11:00'),
    CONSTRAINT x_tm_k31 CHECK (NOT (c = '10:00')),
    CONSTRAINT x_tm_k32 CHECK (c IS NULL OR c <> '10:00'),
    CONSTRAINT x_tm_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tm_k34 CHECK (c = ANY ('{}'::time[])),
    CONSTRAINT x_tm_k38 CHECK (c = ANY (ARRAY['10:00']::time[])),
    CONSTRAINT x_tm_k39 CHECK (c IN ('10:00'::time, '11:00'::time)),
    CONSTRAINT x_tm_k40 CHECK (c = ANY (ARRAY['10:00'::time, '11:00'::time])),
    CONSTRAINT x_tm_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tm_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tm_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tm_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tm_k56 CHECK (c > CURRENT_TIME),
    CONSTRAINT x_tm_k57 CHECK (c > LOCALTIME),
    CONSTRAINT x_tm_k58 CHECK (c > LOCALTIME(0)),
    CONSTRAINT x_tm_k59 CHECK (c > CURRENT_TIME(1)),
    CONSTRAINT x_tm_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_tm_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_tm_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_tm_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_tm_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_tm_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_tm_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_tm_k67 CHECK (date_trunc('day', c) = c),
    CONSTRAINT x_tm_k76 CHECK (c > time '10:00'),
    CONSTRAINT x_tm_k80 CHECK (c > time with time zone '10:00+02'),
    CONSTRAINT x_tm_k84 CHECK (c <> 'allballs'),
    CONSTRAINT x_tm_k96 CHECK (to_char(c, 'YYYY') <> ''),
    CONSTRAINT x_tm_k103 CHECK (isfinite(c)),
    CONSTRAINT x_tm_k106 CHECK (extract(hour FROM c) < 12)
);
CREATE TABLE x_tt (
    c timetz,
    d0 timetz DEFAULT CURRENT_TIME,
    d1 timetz DEFAULT CURRENT_TIME(2),
    d2 timetz DEFAULT '10:00+02',
    CONSTRAINT x_tt_k0 CHECK (c IN ('10:00+02', '11:00')),
    CONSTRAINT x_tt_k1 CHECK (c NOT IN ('10:00+02', '11:00')),
    CONSTRAINT x_tt_k2 CHECK (c IN ('10:00+02')),
    CONSTRAINT x_tt_k6 CHECK (c IN ('10:00+02', '11:00', NULL)),
    CONSTRAINT x_tt_k7 CHECK (c = ANY (ARRAY['10:00+02', c])),
    CONSTRAINT x_tt_k8 CHECK (c IN ('10:00+02', c)),
    CONSTRAINT x_tt_k9 CHECK (c BETWEEN '10:00+02' AND '11:00'),
    CONSTRAINT x_tt_k10 CHECK (c NOT BETWEEN '10:00+02' AND '11:00'),
    CONSTRAINT x_tt_k11 CHECK (c BETWEEN SYMMETRIC '11:00' AND '10:00+02'),
    CONSTRAINT x_tt_k12 CHECK (c NOT BETWEEN SYMMETRIC '10:00+02' AND '11:00'),
    CONSTRAINT x_tt_k13 CHECK (c IS DISTINCT FROM '10:00+02'),
    CONSTRAINT x_tt_k14 CHECK (c IS NOT DISTINCT FROM '10:00+02'),
    CONSTRAINT x_tt_k15 CHECK (COALESCE(c, '10:00+02') = '10:00+02'),
    CONSTRAINT x_tt_k16 CHECK (NULLIF(c, '10:00+02') IS NULL),
    CONSTRAINT x_tt_k17 CHECK (GREATEST(c, '10:00+02', '11:00') = '11:00'),
    CONSTRAINT x_tt_k18 CHECK (LEAST(c, '10:00+02') <> '11:00'),
    CONSTRAINT x_tt_k19 CHECK (CASE WHEN c = '10:00+02' THEN true ELSE c = '11:00' END),
    CONSTRAINT x_tt_k20 CHECK (CASE c WHEN '10:00+02' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tt_k21 CHECK ((c, c) = ('10:00+02', '11:00')),
    CONSTRAINT x_tt_k22 CHECK ((c, c) < ('10:00+02', '11:00')),
    CONSTRAINT x_tt_k23 CHECK ((c, 1) IS DISTINCT FROM ('10:00+02', 1)),
    CONSTRAINT x_tt_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tt_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tt_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tt_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tt_k28 CHECK (c = '10:00+02'::timetz),
    CONSTRAINT x_tt_k29 CHECK (c <> CAST('11:00' AS timetz)),
    CONSTRAINT x_tt_k30 CHECK (c > '10:00+02' OR c < '11:00'),
    CONSTRAINT x_tt_k31 CHECK (NOT (c = '10:00+02')),
    CONSTRAINT x_tt_k32 CHECK (c IS NULL OR c <> '10:00+02'),
    CONSTRAINT x_tt_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tt_k34 CHECK (c = ANY ('{}'::timetz[])),
    CONSTRAINT x_tt_k38 CHECK (c = ANY (ARRAY['10:00+02']::timetz[])),
    CONSTRAINT x_tt_k39 CHECK (c IN ('10:00+02'::timetz, '11:00'::timetz)),
    CONSTRAINT x_tt_k40 CHECK (c = ANY (ARRAY['10:00+02'::timetz, '11:00'::timetz])),
    CONSTRAINT x_tt_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tt_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tt_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tt_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tt_k56 CHECK (c > CURRENT_TIME),
    CONSTRAINT x_tt_k57 CHECK (c > LOCALTIME),
    CONSTRAINT x_tt_k58 CHECK (c > LOCALTIME(0)),
    CONSTRAINT x_tt_k59 CHECK (c > CURRENT_TIME(1)),
    CONSTRAINT x_tt_k60 CHECK (EXTRACT(year FROM c) > 2000),
    CONSTRAINT x_tt_k61 CHECK (EXTRACT('Year' FROM c) > 2000),
    CONSTRAINT x_tt_k62 CHECK (EXTRACT(YEAR FROM c) > 2000),
    CONSTRAINT x_tt_k63 CHECK (EXTRACT(epoch FROM c) > 0),
    CONSTRAINT x_tt_k64 CHECK (EXTRACT('epoch' FROM c) > 0),
    CONSTRAINT x_tt_k65 CHECK (EXTRACT(Dow FROM c) <> 0),
    CONSTRAINT x_tt_k66 CHECK (date_part('year', c) > 2000),
    CONSTRAINT x_tt_k76 CHECK (c > time '10:00'),
    CONSTRAINT x_tt_k80 CHECK (c > time with time zone '10:00+02'),
    CONSTRAINT x_tt_k84 CHECK (c <> 'allballs'),
    CONSTRAINT x_tt_k106 CHECK (extract(hour FROM c) < 12)
);
CREATE TABLE x_uu (
    c uuid,
    d0 uuid DEFAULT gen_random_uuid(),
    d1 uuid DEFAULT '00000000-0000-0000-0000-000000000000',
    d2 uuid DEFAULT uuid_generate_v4(),
    d3 uuid DEFAULT md5('a')::uuid,
    d4 uuid DEFAULT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
    g0 text GENERATED ALWAYS AS (c::text) STORED,
    g1 boolean GENERATED ALWAYS AS (c IS NULL) STORED,
    CONSTRAINT x_uu_k0 CHECK (c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')),
    CONSTRAINT x_uu_k1 CHECK (c NOT IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')),
    CONSTRAINT x_uu_k2 CHECK (c IN ('00000000-0000-0000-0000-000000000000')),
    CONSTRAINT x_uu_k6 CHECK (c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL)),
    CONSTRAINT x_uu_k7 CHECK (c = ANY (ARRAY['00000000-0000-0000-0000-000000000000', c])),
    CONSTRAINT x_uu_k8 CHECK (c IN ('00000000-0000-0000-0000-000000000000', c)),
    CONSTRAINT x_uu_k9 CHECK (c BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k10 CHECK (c NOT BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k11 CHECK (c BETWEEN SYMMETRIC 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AND '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k12 CHECK (c NOT BETWEEN SYMMETRIC '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k13 CHECK (c IS DISTINCT FROM '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k14 CHECK (c IS NOT DISTINCT FROM '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k15 CHECK (COALESCE(c, '00000000-0000-0000-0000-000000000000') = '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k16 CHECK (NULLIF(c, '00000000-0000-0000-0000-000000000000') IS NULL),
    CONSTRAINT x_uu_k17 CHECK (GREATEST(c, '00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k18 CHECK (LEAST(c, '00000000-0000-0000-0000-000000000000') <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k19 CHECK (CASE WHEN c = '00000000-0000-0000-0000-000000000000' THEN true ELSE c = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' END),
    CONSTRAINT x_uu_k20 CHECK (CASE c WHEN '00000000-0000-0000-0000-000000000000' THEN 1 WHEN 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_uu_k21 CHECK ((c, c) = ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')),
    CONSTRAINT x_uu_k22 CHECK ((c, c) < ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')),
    CONSTRAINT x_uu_k23 CHECK ((c, 1) IS DISTINCT FROM ('00000000-0000-0000-0000-000000000000', 1)),
    CONSTRAINT x_uu_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_uu_k25 CHECK (c::text <> ''),
    CONSTRAINT x_uu_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_uu_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_uu_k28 CHECK (c = '00000000-0000-0000-0000-000000000000'::uuid),
    CONSTRAINT x_uu_k29 CHECK (c <> CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS uuid)),
    CONSTRAINT x_uu_k30 CHECK (c > '00000000-0000-0000-0000-000000000000' OR c < 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    CONSTRAINT x_uu_k31 CHECK (NOT (c = '00000000-0000-0000-0000-000000000000')),
    CONSTRAINT x_uu_k32 CHECK (c IS NULL OR c <> '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_uu_k34 CHECK (c = ANY ('{}'::uuid[])),
    CONSTRAINT x_uu_k38 CHECK (c = ANY (ARRAY['00000000-0000-0000-0000-000000000000']::uuid[])),
    CONSTRAINT x_uu_k39 CHECK (c IN ('00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)),
    CONSTRAINT x_uu_k40 CHECK (c = ANY (ARRAY['00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid])),
    CONSTRAINT x_uu_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_uu_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_uu_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_uu_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_uu_k47 CHECK (c <> gen_random_uuid()),
    CONSTRAINT x_uu_k48 CHECK (c::text LIKE 'a%'),
    CONSTRAINT x_uu_k49 CHECK (c > '00000000-0000-0000-0000-000000000000'),
    CONSTRAINT x_uu_k50 CHECK (c IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}'))
);
CREATE DOMAIN dm_uu AS uuid DEFAULT gen_random_uuid()
    CONSTRAINT dm_uu_k0 CHECK (VALUE IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'))
    CONSTRAINT dm_uu_k1 CHECK (VALUE NOT IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'))
    CONSTRAINT dm_uu_k2 CHECK (VALUE IN ('00000000-0000-0000-0000-000000000000'))
    CONSTRAINT dm_uu_k6 CHECK (VALUE IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL))
    CONSTRAINT dm_uu_k7 CHECK (VALUE = ANY (ARRAY['00000000-0000-0000-0000-000000000000', VALUE]))
    CONSTRAINT dm_uu_k8 CHECK (VALUE IN ('00000000-0000-0000-0000-000000000000', VALUE))
    CONSTRAINT dm_uu_k9 CHECK (VALUE BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k10 CHECK (VALUE NOT BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k11 CHECK (VALUE BETWEEN SYMMETRIC 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AND '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k13 CHECK (VALUE IS DISTINCT FROM '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k14 CHECK (VALUE IS NOT DISTINCT FROM '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k15 CHECK (COALESCE(VALUE, '00000000-0000-0000-0000-000000000000') = '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k16 CHECK (NULLIF(VALUE, '00000000-0000-0000-0000-000000000000') IS NULL)
    CONSTRAINT dm_uu_k17 CHECK (GREATEST(VALUE, '00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k18 CHECK (LEAST(VALUE, '00000000-0000-0000-0000-000000000000') <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k19 CHECK (CASE WHEN VALUE = '00000000-0000-0000-0000-000000000000' THEN true ELSE VALUE = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' END)
    CONSTRAINT dm_uu_k20 CHECK (CASE VALUE WHEN '00000000-0000-0000-0000-000000000000' THEN 1 WHEN 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_uu_k21 CHECK ((VALUE, VALUE) = ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'))
    CONSTRAINT dm_uu_k22 CHECK ((VALUE, VALUE) < ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'))
    CONSTRAINT dm_uu_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('00000000-0000-0000-0000-000000000000', 1))
    CONSTRAINT dm_uu_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_uu_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_uu_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_uu_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_uu_k28 CHECK (VALUE = '00000000-0000-0000-0000-000000000000'::uuid)
    CONSTRAINT dm_uu_k29 CHECK (VALUE <> CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS uuid))
    CONSTRAINT dm_uu_k30 CHECK (VALUE > '00000000-0000-0000-0000-000000000000' OR VALUE < 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')
    CONSTRAINT dm_uu_k31 CHECK (NOT (VALUE = '00000000-0000-0000-0000-000000000000'))
    CONSTRAINT dm_uu_k32 CHECK (VALUE IS NULL OR VALUE <> '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_uu_k34 CHECK (VALUE = ANY ('{}'::uuid[]))
    CONSTRAINT dm_uu_k38 CHECK (VALUE = ANY (ARRAY['00000000-0000-0000-0000-000000000000']::uuid[]))
    CONSTRAINT dm_uu_k39 CHECK (VALUE IN ('00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid))
    CONSTRAINT dm_uu_k40 CHECK (VALUE = ANY (ARRAY['00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid]))
    CONSTRAINT dm_uu_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_uu_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_uu_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_uu_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_uu_k47 CHECK (VALUE <> gen_random_uuid())
    CONSTRAINT dm_uu_k48 CHECK (VALUE::text LIKE 'a%')
    CONSTRAINT dm_uu_k49 CHECK (VALUE > '00000000-0000-0000-0000-000000000000')
    CONSTRAINT dm_uu_k50 CHECK (VALUE IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}'));
CREATE TABLE x_js (
    c json,
    d0 json DEFAULT '{}',
    d1 json DEFAULT '{"a": 1}',
    d2 json DEFAULT '[]'::json,
    d3 json DEFAULT json_build_object('a', 1),
    d4 json DEFAULT 'null',
    d5 json DEFAULT to_json('a'::text),
    d6 json DEFAULT '{"a":[1,2]}'::json,
    CONSTRAINT x_js_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_js_k25 CHECK (c::text <> ''),
    CONSTRAINT x_js_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_js_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_js_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_js_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_js_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_js_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_js_k47 CHECK (c -> 'a' IS NOT NULL),
    CONSTRAINT x_js_k48 CHECK (c ->> 'a' <> ''),
    CONSTRAINT x_js_k49 CHECK (c #> '{a}' IS NOT NULL),
    CONSTRAINT x_js_k50 CHECK (c #>> '{a,b}' <> ''),
    CONSTRAINT x_js_k51 CHECK (c -> 0 IS NULL),
    CONSTRAINT x_js_k52 CHECK ((c -> 'a')::text <> ''),
    CONSTRAINT x_js_k53 CHECK ((c ->> 'a')::int > 0),
    CONSTRAINT x_js_k54 CHECK (c ->> 'a' IN ('x', 'y')),
    CONSTRAINT x_js_k55 CHECK (json_typeof(c::json) = 'object'),
    CONSTRAINT x_js_k56 CHECK ((c ->> 'a')::numeric > -1),
    CONSTRAINT x_js_k57 CHECK (c::text <> '{}'),
    CONSTRAINT x_js_k58 CHECK (c -> 'a' -> 'b' IS NULL),
    CONSTRAINT x_js_k59 CHECK (c #> ARRAY['a'] IS NULL),
    CONSTRAINT x_js_k60 CHECK (c ->> -1 IS NULL),
    CONSTRAINT x_js_k61 CHECK (c -> ('a' || 'b') IS NULL)
);
CREATE TABLE x_jb (
    c jsonb,
    d0 jsonb DEFAULT '{}',
    d1 jsonb DEFAULT '{"a": 1}'::jsonb,
    d2 jsonb DEFAULT '[]',
    d3 jsonb DEFAULT jsonb_build_object('a', 1),
    d4 jsonb DEFAULT '{}'::json,
    d5 jsonb DEFAULT '{"b":1,"a":2}',
    d6 jsonb DEFAULT to_jsonb(now()),
    d7 jsonb DEFAULT '"x"',
    d8 jsonb DEFAULT '1.50',
    d9 jsonb DEFAULT jsonb_build_array(),
    g0 jsonb GENERATED ALWAYS AS (c -> 'a') STORED,
    g1 text GENERATED ALWAYS AS (c ->> 'a') STORED,
    g2 integer GENERATED ALWAYS AS ((c ->> 'a')::int) STORED,
    g3 text GENERATED ALWAYS AS (c #>> '{a,b}') STORED,
    g4 jsonb GENERATED ALWAYS AS (c['a']) STORED,
    g5 boolean GENERATED ALWAYS AS (c ? 'a') STORED,
    g6 text GENERATED ALWAYS AS (jsonb_typeof(c)) STORED,
    g7 jsonb GENERATED ALWAYS AS (c - 'a') STORED,
    g8 boolean GENERATED ALWAYS AS (c @> '{}') STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('{"a":1}', '[]')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('{"a":1}', '[]')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('{"a":1}')) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('{"a":1}', '[]', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['{"a":1}', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('{"a":1}', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN '{"a":1}' AND '[]') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN '{"a":1}' AND '[]') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC '[]' AND '{"a":1}') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC '{"a":1}' AND '[]') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM '{"a":1}') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM '{"a":1}') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, '{"a":1}') = '{"a":1}') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, '{"a":1}') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, '{"a":1}', '[]') = '[]') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, '{"a":1}') <> '[]') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = '{"a":1}' THEN true ELSE c = '[]' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN '{"a":1}' THEN 1 WHEN '[]' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('{"a":1}', '[]')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('{"a":1}', '[]')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('{"a":1}', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = '{"a":1}'::jsonb) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('[]' AS jsonb)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > '{"a":1}' OR c < '[]') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = '{"a":1}')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> '{"a":1}') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::jsonb[])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['{"a":1}']::jsonb[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('{"a":1}'::jsonb, '[]'::jsonb)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['{"a":1}'::jsonb, '[]'::jsonb])) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c -> 'a' IS NOT NULL) STORED,
    gb48 boolean GENERATED ALWAYS AS (c ->> 'a' <> '') STORED,
    gb49 boolean GENERATED ALWAYS AS (c #> '{a}' IS NOT NULL) STORED,
    gb50 boolean GENERATED ALWAYS AS (c #>> '{a,b}' <> '') STORED,
    gb51 boolean GENERATED ALWAYS AS (c -> 0 IS NULL) STORED,
    gb52 boolean GENERATED ALWAYS AS ((c -> 'a')::text <> '') STORED,
    gb53 boolean GENERATED ALWAYS AS ((c ->> 'a')::int > 0) STORED,
    gb54 boolean GENERATED ALWAYS AS (c ->> 'a' IN ('x', 'y')) STORED,
    gb55 boolean GENERATED ALWAYS AS (json_typeof(c::json) = 'object') STORED,
    gb56 boolean GENERATED ALWAYS AS ((c ->> 'a')::numeric > -1) STORED,
    gb57 boolean GENERATED ALWAYS AS (c::text <> '{}') STORED,
    gb58 boolean GENERATED ALWAYS AS (c -> 'a' -> 'b' IS NULL) STORED,
    gb59 boolean GENERATED ALWAYS AS (c #> ARRAY['a'] IS NULL) STORED,
    gb60 boolean GENERATED ALWAYS AS (c ->> -1 IS NULL) STORED,
    gb61 boolean GENERATED ALWAYS AS (c -> ('a' || 'b') IS NULL) STORED,
    gb62 boolean GENERATED ALWAYS AS (c ? 'a') STORED,
    gb63 boolean GENERATED ALWAYS AS (c ?| ARRAY['a', 'b']) STORED,
    gb64 boolean GENERATED ALWAYS AS (c ?& '{a}') STORED,
    gb65 boolean GENERATED ALWAYS AS (c @> '{"a": 1}') STORED,
    gb66 boolean GENERATED ALWAYS AS (c <@ '{"a": 1}') STORED,
    gb67 boolean GENERATED ALWAYS AS (jsonb_typeof(c) = 'object') STORED,
    gb68 boolean GENERATED ALWAYS AS (c['a'] IS NOT NULL) STORED,
    gb69 boolean GENERATED ALWAYS AS (c['a']['b'] IS NULL) STORED,
    gb70 boolean GENERATED ALWAYS AS (c - 'a' <> '{}') STORED,
    gb71 boolean GENERATED ALWAYS AS (c || '{}' <> '{}') STORED,
    gb72 boolean GENERATED ALWAYS AS (c @? '$.a') STORED,
    gb73 boolean GENERATED ALWAYS AS (c @@ '$.a == 1') STORED,
    gb74 boolean GENERATED ALWAYS AS (jsonb_path_exists(c, '$.a')) STORED,
    gb75 boolean GENERATED ALWAYS AS (c #- '{a}' <> '{}') STORED,
    gb76 boolean GENERATED ALWAYS AS (c <> '{}'::jsonb) STORED,
    gb78 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['{}'::jsonb, '[]'])) STORED,
    gb79 boolean GENERATED ALWAYS AS (c IN ('{}', '[]')) STORED,
    gb80 boolean GENERATED ALWAYS AS (c ? 'a' OR c ? 'b') STORED,
    gb81 boolean GENERATED ALWAYS AS (jsonb_array_length(c -> 'x') > 0) STORED,
    gb82 boolean GENERATED ALWAYS AS (c @? '$.a ? (@ > 1)') STORED,
    gb83 boolean GENERATED ALWAYS AS (c -> 'a' = '1') STORED,
    gb85 boolean GENERATED ALWAYS AS (c @> '[1]'::jsonb) STORED,
    CONSTRAINT x_jb_k0 CHECK (c IN ('{"a":1}', '[]')),
    CONSTRAINT x_jb_k1 CHECK (c NOT IN ('{"a":1}', '[]')),
    CONSTRAINT x_jb_k2 CHECK (c IN ('{"a":1}')),
    CONSTRAINT x_jb_k6 CHECK (c IN ('{"a":1}', '[]', NULL)),
    CONSTRAINT x_jb_k7 CHECK (c = ANY (ARRAY['{"a":1}', c])),
    CONSTRAINT x_jb_k8 CHECK (c IN ('{"a":1}', c)),
    CONSTRAINT x_jb_k9 CHECK (c BETWEEN '{"a":1}' AND '[]'),
    CONSTRAINT x_jb_k10 CHECK (c NOT BETWEEN '{"a":1}' AND '[]'),
    CONSTRAINT x_jb_k11 CHECK (c BETWEEN SYMMETRIC '[]' AND '{"a":1}'),
    CONSTRAINT x_jb_k12 CHECK (c NOT BETWEEN SYMMETRIC '{"a":1}' AND '[]'),
    CONSTRAINT x_jb_k13 CHECK (c IS DISTINCT FROM '{"a":1}'),
    CONSTRAINT x_jb_k14 CHECK (c IS NOT DISTINCT FROM '{"a":1}'),
    CONSTRAINT x_jb_k15 CHECK (COALESCE(c, '{"a":1}') = '{"a":1}'),
    CONSTRAINT x_jb_k16 CHECK (NULLIF(c, '{"a":1}') IS NULL),
    CONSTRAINT x_jb_k17 CHECK (GREATEST(c, '{"a":1}', '[]') = '[]'),
    CONSTRAINT x_jb_k18 CHECK (LEAST(c, '{"a":1}') <> '[]'),
    CONSTRAINT x_jb_k19 CHECK (CASE WHEN c = '{"a":1}' THEN true ELSE c = '[]' END),
    CONSTRAINT x_jb_k20 CHECK (CASE c WHEN '{"a":1}' THEN 1 WHEN '[]' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_jb_k21 CHECK ((c, c) = ('{"a":1}', '[]')),
    CONSTRAINT x_jb_k22 CHECK ((c, c) < ('{"a":1}', '[]')),
    CONSTRAINT x_jb_k23 CHECK ((c, 1) IS DISTINCT FROM ('{"a":1}', 1)),
    CONSTRAINT x_jb_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_jb_k25 CHECK (c::text <> ''),
    CONSTRAINT x_jb_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_jb_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_jb_k28 CHECK (c = '{"a":1}'::jsonb),
    CONSTRAINT x_jb_k29 CHECK (c <> CAST('[]' AS jsonb)),
    CONSTRAINT x_jb_k30 CHECK (c > '{"a":1}' OR c < '[]'),
    CONSTRAINT x_jb_k31 CHECK (NOT (c = '{"a":1}')),
    CONSTRAINT x_jb_k32 CHECK (c IS NULL OR c <> '{"a":1}'),
    CONSTRAINT x_jb_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_jb_k34 CHECK (c = ANY ('{}'::jsonb[])),
    CONSTRAINT x_jb_k38 CHECK (c = ANY (ARRAY['{"a":1}']::jsonb[])),
    CONSTRAINT x_jb_k39 CHECK (c IN ('{"a":1}'::jsonb, '[]'::jsonb)),
    CONSTRAINT x_jb_k40 CHECK (c = ANY (ARRAY['{"a":1}'::jsonb, '[]'::jsonb])),
    CONSTRAINT x_jb_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_jb_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_jb_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_jb_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_jb_k47 CHECK (c -> 'a' IS NOT NULL),
    CONSTRAINT x_jb_k48 CHECK (c ->> 'a' <> ''),
    CONSTRAINT x_jb_k49 CHECK (c #> '{a}' IS NOT NULL),
    CONSTRAINT x_jb_k50 CHECK (c #>> '{a,b}' <> ''),
    CONSTRAINT x_jb_k51 CHECK (c -> 0 IS NULL),
    CONSTRAINT x_jb_k52 CHECK ((c -> 'a')::text <> ''),
    CONSTRAINT x_jb_k53 CHECK ((c ->> 'a')::int > 0),
    CONSTRAINT x_jb_k54 CHECK (c ->> 'a' IN ('x', 'y')),
    CONSTRAINT x_jb_k55 CHECK (json_typeof(c::json) = 'object'),
    CONSTRAINT x_jb_k56 CHECK ((c ->> 'a')::numeric > -1),
    CONSTRAINT x_jb_k57 CHECK (c::text <> '{}'),
    CONSTRAINT x_jb_k58 CHECK (c -> 'a' -> 'b' IS NULL),
    CONSTRAINT x_jb_k59 CHECK (c #> ARRAY['a'] IS NULL),
    CONSTRAINT x_jb_k60 CHECK (c ->> -1 IS NULL),
    CONSTRAINT x_jb_k61 CHECK (c -> ('a' || 'b') IS NULL),
    CONSTRAINT x_jb_k62 CHECK (c ? 'a'),
    CONSTRAINT x_jb_k63 CHECK (c ?| ARRAY['a', 'b']),
    CONSTRAINT x_jb_k64 CHECK (c ?& '{a}'),
    CONSTRAINT x_jb_k65 CHECK (c @> '{"a": 1}'),
    CONSTRAINT x_jb_k66 CHECK (c <@ '{"a": 1}'),
    CONSTRAINT x_jb_k67 CHECK (jsonb_typeof(c) = 'object'),
    CONSTRAINT x_jb_k68 CHECK (c['a'] IS NOT NULL),
    CONSTRAINT x_jb_k69 CHECK (c['a']['b'] IS NULL),
    CONSTRAINT x_jb_k70 CHECK (c - 'a' <> '{}'),
    CONSTRAINT x_jb_k71 CHECK (c || '{}' <> '{}'),
    CONSTRAINT x_jb_k72 CHECK (c @? '$.a'),
    CONSTRAINT x_jb_k73 CHECK (c @@ '$.a == 1'),
    CONSTRAINT x_jb_k74 CHECK (jsonb_path_exists(c, '$.a')),
    CONSTRAINT x_jb_k75 CHECK (c #- '{a}' <> '{}'),
    CONSTRAINT x_jb_k76 CHECK (c <> '{}'::jsonb),
    CONSTRAINT x_jb_k77 CHECK (c @> jsonb_build_object('a', 1)),
    CONSTRAINT x_jb_k78 CHECK (c = ANY (ARRAY['{}'::jsonb, '[]'])),
    CONSTRAINT x_jb_k79 CHECK (c IN ('{}', '[]')),
    CONSTRAINT x_jb_k80 CHECK (c ? 'a' OR c ? 'b'),
    CONSTRAINT x_jb_k81 CHECK (jsonb_array_length(c -> 'x') > 0),
    CONSTRAINT x_jb_k82 CHECK (c @? '$.a ? (@ > 1)'),
    CONSTRAINT x_jb_k83 CHECK (c -> 'a' = '1'),
    CONSTRAINT x_jb_k84 CHECK ((c -> 'a') = to_jsonb(1)),
    CONSTRAINT x_jb_k85 CHECK (c @> '[1]'::jsonb)
);
CREATE INDEX x_jb_w0 ON x_jb (c) WHERE c IN ('{"a":1}', '[]');
CREATE INDEX x_jb_e0 ON x_jb ((c IN ('{"a":1}', '[]')));
CREATE INDEX x_jb_w1 ON x_jb (c) WHERE c NOT IN ('{"a":1}', '[]');
CREATE INDEX x_jb_e1 ON x_jb ((c NOT IN ('{"a":1}', '[]')));
CREATE INDEX x_jb_w2 ON x_jb (c) WHERE c IN ('{"a":1}');
CREATE INDEX x_jb_e2 ON x_jb ((c IN ('{"a":1}')));
CREATE INDEX x_jb_w6 ON x_jb (c) WHERE c IN ('{"a":1}', '[]', NULL);
CREATE INDEX x_jb_e6 ON x_jb ((c IN ('{"a":1}', '[]', NULL)));
CREATE INDEX x_jb_w7 ON x_jb (c) WHERE c = ANY (ARRAY['{"a":1}', c]);
CREATE INDEX x_jb_e7 ON x_jb ((c = ANY (ARRAY['{"a":1}', c])));
CREATE INDEX x_jb_w8 ON x_jb (c) WHERE c IN ('{"a":1}', c);
CREATE INDEX x_jb_e8 ON x_jb ((c IN ('{"a":1}', c)));
CREATE INDEX x_jb_w9 ON x_jb (c) WHERE c BETWEEN '{"a":1}' AND '[]';
CREATE INDEX x_jb_e9 ON x_jb ((c BETWEEN '{"a":1}' AND '[]'));
CREATE INDEX x_jb_w10 ON x_jb (c) WHERE c NOT BETWEEN '{"a":1}' AND '[]';
CREATE INDEX x_jb_e10 ON x_jb ((c NOT BETWEEN '{"a":1}' AND '[]'));
CREATE INDEX x_jb_w11 ON x_jb (c) WHERE c BETWEEN SYMMETRIC '[]' AND '{"a":1}';
CREATE INDEX x_jb_e11 ON x_jb ((c BETWEEN SYMMETRIC '[]' AND '{"a":1}'));
CREATE INDEX x_jb_w12 ON x_jb (c) WHERE c NOT BETWEEN SYMMETRIC '{"a":1}' AND '[]';
CREATE INDEX x_jb_e12 ON x_jb ((c NOT BETWEEN SYMMETRIC '{"a":1}' AND '[]'));
CREATE INDEX x_jb_w13 ON x_jb (c) WHERE c IS DISTINCT FROM '{"a":1}';
CREATE INDEX x_jb_e13 ON x_jb ((c IS DISTINCT FROM '{"a":1}'));
CREATE INDEX x_jb_w14 ON x_jb (c) WHERE c IS NOT DISTINCT FROM '{"a":1}';
CREATE INDEX x_jb_e14 ON x_jb ((c IS NOT DISTINCT FROM '{"a":1}'));
CREATE INDEX x_jb_w15 ON x_jb (c) WHERE COALESCE(c, '{"a":1}') = '{"a":1}';
CREATE INDEX x_jb_e15 ON x_jb ((COALESCE(c, '{"a":1}') = '{"a":1}'));
CREATE INDEX x_jb_w16 ON x_jb (c) WHERE NULLIF(c, '{"a":1}') IS NULL;
CREATE INDEX x_jb_e16 ON x_jb ((NULLIF(c, '{"a":1}') IS NULL));
CREATE INDEX x_jb_w17 ON x_jb (c) WHERE GREATEST(c, '{"a":1}', '[]') = '[]';
CREATE INDEX x_jb_e17 ON x_jb ((GREATEST(c, '{"a":1}', '[]') = '[]'));
CREATE INDEX x_jb_w18 ON x_jb (c) WHERE LEAST(c, '{"a":1}') <> '[]';
CREATE INDEX x_jb_e18 ON x_jb ((LEAST(c, '{"a":1}') <> '[]'));
CREATE INDEX x_jb_w19 ON x_jb (c) WHERE CASE WHEN c = '{"a":1}' THEN true ELSE c = '[]' END;
CREATE INDEX x_jb_e19 ON x_jb ((CASE WHEN c = '{"a":1}' THEN true ELSE c = '[]' END));
CREATE INDEX x_jb_w20 ON x_jb (c) WHERE CASE c WHEN '{"a":1}' THEN 1 WHEN '[]' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_jb_e20 ON x_jb ((CASE c WHEN '{"a":1}' THEN 1 WHEN '[]' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_jb_w21 ON x_jb (c) WHERE (c, c) = ('{"a":1}', '[]');
CREATE INDEX x_jb_e21 ON x_jb (((c, c) = ('{"a":1}', '[]')));
CREATE INDEX x_jb_w22 ON x_jb (c) WHERE (c, c) < ('{"a":1}', '[]');
CREATE INDEX x_jb_e22 ON x_jb (((c, c) < ('{"a":1}', '[]')));
CREATE INDEX x_jb_w23 ON x_jb (c) WHERE (c, 1) IS DISTINCT FROM ('{"a":1}', 1);
CREATE INDEX x_jb_e23 ON x_jb (((c, 1) IS DISTINCT FROM ('{"a":1}', 1)));
CREATE INDEX x_jb_w24 ON x_jb (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_jb_e24 ON x_jb ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_jb_w25 ON x_jb (c) WHERE c::text <> '';
CREATE INDEX x_jb_e25 ON x_jb ((c::text <> ''));
CREATE INDEX x_jb_w26 ON x_jb (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_jb_e26 ON x_jb ((CAST(c AS text) <> ''));
CREATE INDEX x_jb_w27 ON x_jb (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_jb_e27 ON x_jb ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_jb_w28 ON x_jb (c) WHERE c = '{"a":1}'::jsonb;
CREATE INDEX x_jb_e28 ON x_jb ((c = '{"a":1}'::jsonb));
CREATE INDEX x_jb_w29 ON x_jb (c) WHERE c <> CAST('[]' AS jsonb);
CREATE INDEX x_jb_e29 ON x_jb ((c <> CAST('[]' AS jsonb)));
CREATE INDEX x_jb_w30 ON x_jb (c) WHERE c > '{"a":1}' OR c < '[]';
CREATE INDEX x_jb_e30 ON x_jb ((c > '{"a":1}' OR c < '[]'));
CREATE INDEX x_jb_w31 ON x_jb (c) WHERE NOT (c = '{"a":1}');
CREATE INDEX x_jb_e31 ON x_jb ((NOT (c = '{"a":1}')));
CREATE INDEX x_jb_w32 ON x_jb (c) WHERE c IS NULL OR c <> '{"a":1}';
CREATE INDEX x_jb_e32 ON x_jb ((c IS NULL OR c <> '{"a":1}'));
CREATE INDEX x_jb_w33 ON x_jb (c) WHERE c = ANY ('{}');
CREATE INDEX x_jb_e33 ON x_jb ((c = ANY ('{}')));
CREATE INDEX x_jb_w34 ON x_jb (c) WHERE c = ANY ('{}'::jsonb[]);
CREATE INDEX x_jb_e34 ON x_jb ((c = ANY ('{}'::jsonb[])));
CREATE INDEX x_jb_w38 ON x_jb (c) WHERE c = ANY (ARRAY['{"a":1}']::jsonb[]);
CREATE INDEX x_jb_e38 ON x_jb ((c = ANY (ARRAY['{"a":1}']::jsonb[])));
CREATE INDEX x_jb_w39 ON x_jb (c) WHERE c IN ('{"a":1}'::jsonb, '[]'::jsonb);
CREATE INDEX x_jb_e39 ON x_jb ((c IN ('{"a":1}'::jsonb, '[]'::jsonb)));
CREATE INDEX x_jb_w40 ON x_jb (c) WHERE c = ANY (ARRAY['{"a":1}'::jsonb, '[]'::jsonb]);
CREATE INDEX x_jb_e40 ON x_jb ((c = ANY (ARRAY['{"a":1}'::jsonb, '[]'::jsonb])));
CREATE INDEX x_jb_w43 ON x_jb (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_jb_e43 ON x_jb ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_jb_w44 ON x_jb (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_jb_e44 ON x_jb ((c::text IN ('a', 'b')));
CREATE INDEX x_jb_w45 ON x_jb (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_jb_e45 ON x_jb ((c::varchar IN ('a', 'b')));
CREATE INDEX x_jb_w46 ON x_jb (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_jb_e46 ON x_jb ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_jb_w47 ON x_jb (c) WHERE c -> 'a' IS NOT NULL;
CREATE INDEX x_jb_e47 ON x_jb ((c -> 'a' IS NOT NULL));
CREATE INDEX x_jb_w48 ON x_jb (c) WHERE c ->> 'a' <> '';
CREATE INDEX x_jb_e48 ON x_jb ((c ->> 'a' <> ''));
CREATE INDEX x_jb_w49 ON x_jb (c) WHERE c #> '{a}' IS NOT NULL;
CREATE INDEX x_jb_e49 ON x_jb ((c #> '{a}' IS NOT NULL));
CREATE INDEX x_jb_w50 ON x_jb (c) WHERE c #>> '{a,b}' <> '';
CREATE INDEX x_jb_e50 ON x_jb ((c #>> '{a,b}' <> ''));
CREATE INDEX x_jb_w51 ON x_jb (c) WHERE c -> 0 IS NULL;
CREATE INDEX x_jb_e51 ON x_jb ((c -> 0 IS NULL));
CREATE INDEX x_jb_w52 ON x_jb (c) WHERE (c -> 'a')::text <> '';
CREATE INDEX x_jb_e52 ON x_jb (((c -> 'a')::text <> ''));
CREATE INDEX x_jb_w53 ON x_jb (c) WHERE (c ->> 'a')::int > 0;
CREATE INDEX x_jb_e53 ON x_jb (((c ->> 'a')::int > 0));
CREATE INDEX x_jb_w54 ON x_jb (c) WHERE c ->> 'a' IN ('x', 'y');
CREATE INDEX x_jb_e54 ON x_jb ((c ->> 'a' IN ('x', 'y')));
CREATE INDEX x_jb_w55 ON x_jb (c) WHERE json_typeof(c::json) = 'object';
CREATE INDEX x_jb_e55 ON x_jb ((json_typeof(c::json) = 'object'));
CREATE INDEX x_jb_w56 ON x_jb (c) WHERE (c ->> 'a')::numeric > -1;
CREATE INDEX x_jb_e56 ON x_jb (((c ->> 'a')::numeric > -1));
CREATE INDEX x_jb_w57 ON x_jb (c) WHERE c::text <> '{}';
CREATE INDEX x_jb_e57 ON x_jb ((c::text <> '{}'));
CREATE INDEX x_jb_w58 ON x_jb (c) WHERE c -> 'a' -> 'b' IS NULL;
CREATE INDEX x_jb_e58 ON x_jb ((c -> 'a' -> 'b' IS NULL));
CREATE INDEX x_jb_w59 ON x_jb (c) WHERE c #> ARRAY['a'] IS NULL;
CREATE INDEX x_jb_e59 ON x_jb ((c #> ARRAY['a'] IS NULL));
CREATE INDEX x_jb_w60 ON x_jb (c) WHERE c ->> -1 IS NULL;
CREATE INDEX x_jb_e60 ON x_jb ((c ->> -1 IS NULL));
CREATE INDEX x_jb_w61 ON x_jb (c) WHERE c -> ('a' || 'b') IS NULL;
CREATE INDEX x_jb_e61 ON x_jb ((c -> ('a' || 'b') IS NULL));
CREATE INDEX x_jb_w62 ON x_jb (c) WHERE c ? 'a';
CREATE INDEX x_jb_e62 ON x_jb ((c ? 'a'));
CREATE INDEX x_jb_w63 ON x_jb (c) WHERE c ?| ARRAY['a', 'b'];
CREATE INDEX x_jb_e63 ON x_jb ((c ?| ARRAY['a', 'b']));
CREATE INDEX x_jb_w64 ON x_jb (c) WHERE c ?& '{a}';
CREATE INDEX x_jb_e64 ON x_jb ((c ?& '{a}'));
CREATE INDEX x_jb_w65 ON x_jb (c) WHERE c @> '{"a": 1}';
CREATE INDEX x_jb_e65 ON x_jb ((c @> '{"a": 1}'));
CREATE INDEX x_jb_w66 ON x_jb (c) WHERE c <@ '{"a": 1}';
CREATE INDEX x_jb_e66 ON x_jb ((c <@ '{"a": 1}'));
CREATE INDEX x_jb_w67 ON x_jb (c) WHERE jsonb_typeof(c) = 'object';
CREATE INDEX x_jb_e67 ON x_jb ((jsonb_typeof(c) = 'object'));
CREATE INDEX x_jb_w68 ON x_jb (c) WHERE c['a'] IS NOT NULL;
CREATE INDEX x_jb_e68 ON x_jb ((c['a'] IS NOT NULL));
CREATE INDEX x_jb_w69 ON x_jb (c) WHERE c['a']['b'] IS NULL;
CREATE INDEX x_jb_e69 ON x_jb ((c['a']['b'] IS NULL));
CREATE INDEX x_jb_w70 ON x_jb (c) WHERE c - 'a' <> '{}';
CREATE INDEX x_jb_e70 ON x_jb ((c - 'a' <> '{}'));
CREATE INDEX x_jb_w71 ON x_jb (c) WHERE c || '{}' <> '{}';
CREATE INDEX x_jb_e71 ON x_jb ((c || '{}' <> '{}'));
CREATE INDEX x_jb_w72 ON x_jb (c) WHERE c @? '$.a';
CREATE INDEX x_jb_e72 ON x_jb ((c @? '$.a'));
CREATE INDEX x_jb_w73 ON x_jb (c) WHERE c @@ '$.a == 1';
CREATE INDEX x_jb_e73 ON x_jb ((c @@ '$.a == 1'));
CREATE INDEX x_jb_w74 ON x_jb (c) WHERE jsonb_path_exists(c, '$.a');
CREATE INDEX x_jb_e74 ON x_jb ((jsonb_path_exists(c, '$.a')));
CREATE INDEX x_jb_w75 ON x_jb (c) WHERE c #- '{a}' <> '{}';
CREATE INDEX x_jb_e75 ON x_jb ((c #- '{a}' <> '{}'));
CREATE INDEX x_jb_w76 ON x_jb (c) WHERE c <> '{}'::jsonb;
CREATE INDEX x_jb_e76 ON x_jb ((c <> '{}'::jsonb));
CREATE INDEX x_jb_w78 ON x_jb (c) WHERE c = ANY (ARRAY['{}'::jsonb, '[]']);
CREATE INDEX x_jb_e78 ON x_jb ((c = ANY (ARRAY['{}'::jsonb, '[]'])));
CREATE INDEX x_jb_w79 ON x_jb (c) WHERE c IN ('{}', '[]');
CREATE INDEX x_jb_e79 ON x_jb ((c IN ('{}', '[]')));
CREATE INDEX x_jb_w80 ON x_jb (c) WHERE c ? 'a' OR c ? 'b';
CREATE INDEX x_jb_e80 ON x_jb ((c ? 'a' OR c ? 'b'));
CREATE INDEX x_jb_w81 ON x_jb (c) WHERE jsonb_array_length(c -> 'x') > 0;
CREATE INDEX x_jb_e81 ON x_jb ((jsonb_array_length(c -> 'x') > 0));
CREATE INDEX x_jb_w82 ON x_jb (c) WHERE c @? '$.a ? (@ > 1)';
CREATE INDEX x_jb_e82 ON x_jb ((c @? '$.a ? (@ > 1)'));
CREATE INDEX x_jb_w83 ON x_jb (c) WHERE c -> 'a' = '1';
CREATE INDEX x_jb_e83 ON x_jb ((c -> 'a' = '1'));
CREATE INDEX x_jb_w85 ON x_jb (c) WHERE c @> '[1]'::jsonb;
CREATE INDEX x_jb_e85 ON x_jb ((c @> '[1]'::jsonb));
CREATE DOMAIN dm_jb AS jsonb DEFAULT '{}'
    CONSTRAINT dm_jb_k0 CHECK (VALUE IN ('{"a":1}', '[]'))
    CONSTRAINT dm_jb_k1 CHECK (VALUE NOT IN ('{"a":1}', '[]'))
    CONSTRAINT dm_jb_k2 CHECK (VALUE IN ('{"a":1}'))
    CONSTRAINT dm_jb_k6 CHECK (VALUE IN ('{"a":1}', '[]', NULL))
    CONSTRAINT dm_jb_k7 CHECK (VALUE = ANY (ARRAY['{"a":1}', VALUE]))
    CONSTRAINT dm_jb_k8 CHECK (VALUE IN ('{"a":1}', VALUE))
    CONSTRAINT dm_jb_k9 CHECK (VALUE BETWEEN '{"a":1}' AND '[]')
    CONSTRAINT dm_jb_k10 CHECK (VALUE NOT BETWEEN '{"a":1}' AND '[]')
    CONSTRAINT dm_jb_k11 CHECK (VALUE BETWEEN SYMMETRIC '[]' AND '{"a":1}')
    CONSTRAINT dm_jb_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '{"a":1}' AND '[]')
    CONSTRAINT dm_jb_k13 CHECK (VALUE IS DISTINCT FROM '{"a":1}')
    CONSTRAINT dm_jb_k14 CHECK (VALUE IS NOT DISTINCT FROM '{"a":1}')
    CONSTRAINT dm_jb_k15 CHECK (COALESCE(VALUE, '{"a":1}') = '{"a":1}')
    CONSTRAINT dm_jb_k16 CHECK (NULLIF(VALUE, '{"a":1}') IS NULL)
    CONSTRAINT dm_jb_k17 CHECK (GREATEST(VALUE, '{"a":1}', '[]') = '[]')
    CONSTRAINT dm_jb_k18 CHECK (LEAST(VALUE, '{"a":1}') <> '[]')
    CONSTRAINT dm_jb_k19 CHECK (CASE WHEN VALUE = '{"a":1}' THEN true ELSE VALUE = '[]' END)
    CONSTRAINT dm_jb_k20 CHECK (CASE VALUE WHEN '{"a":1}' THEN 1 WHEN '[]' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_jb_k21 CHECK ((VALUE, VALUE) = ('{"a":1}', '[]'))
    CONSTRAINT dm_jb_k22 CHECK ((VALUE, VALUE) < ('{"a":1}', '[]'))
    CONSTRAINT dm_jb_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('{"a":1}', 1))
    CONSTRAINT dm_jb_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_jb_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_jb_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_jb_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_jb_k28 CHECK (VALUE = '{"a":1}'::jsonb)
    CONSTRAINT dm_jb_k29 CHECK (VALUE <> CAST('[]' AS jsonb))
    CONSTRAINT dm_jb_k30 CHECK (VALUE > '{"a":1}' OR VALUE < '[]')
    CONSTRAINT dm_jb_k31 CHECK (NOT (VALUE = '{"a":1}'))
    CONSTRAINT dm_jb_k32 CHECK (VALUE IS NULL OR VALUE <> '{"a":1}')
    CONSTRAINT dm_jb_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_jb_k34 CHECK (VALUE = ANY ('{}'::jsonb[]))
    CONSTRAINT dm_jb_k38 CHECK (VALUE = ANY (ARRAY['{"a":1}']::jsonb[]))
    CONSTRAINT dm_jb_k39 CHECK (VALUE IN ('{"a":1}'::jsonb, '[]'::jsonb))
    CONSTRAINT dm_jb_k40 CHECK (VALUE = ANY (ARRAY['{"a":1}'::jsonb, '[]'::jsonb]))
    CONSTRAINT dm_jb_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_jb_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_jb_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_jb_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_jb_k47 CHECK (VALUE -> 'a' IS NOT NULL)
    CONSTRAINT dm_jb_k48 CHECK (VALUE ->> 'a' <> '')
    CONSTRAINT dm_jb_k49 CHECK (VALUE #> '{a}' IS NOT NULL)
    CONSTRAINT dm_jb_k50 CHECK (VALUE #>> '{a,b}' <> '')
    CONSTRAINT dm_jb_k51 CHECK (VALUE -> 0 IS NULL)
    CONSTRAINT dm_jb_k52 CHECK ((VALUE -> 'a')::text <> '')
    CONSTRAINT dm_jb_k53 CHECK ((VALUE ->> 'a')::int > 0)
    CONSTRAINT dm_jb_k54 CHECK (VALUE ->> 'a' IN ('x', 'y'))
    CONSTRAINT dm_jb_k55 CHECK (json_typeof(VALUE::json) = 'object')
    CONSTRAINT dm_jb_k56 CHECK ((VALUE ->> 'a')::numeric > -1)
    CONSTRAINT dm_jb_k57 CHECK (VALUE::text <> '{}')
    CONSTRAINT dm_jb_k58 CHECK (VALUE -> 'a' -> 'b' IS NULL)
    CONSTRAINT dm_jb_k59 CHECK (VALUE #> ARRAY['a'] IS NULL)
    CONSTRAINT dm_jb_k60 CHECK (VALUE ->> -1 IS NULL)
    CONSTRAINT dm_jb_k61 CHECK (VALUE -> ('a' || 'b') IS NULL)
    CONSTRAINT dm_jb_k62 CHECK (VALUE ? 'a')
    CONSTRAINT dm_jb_k63 CHECK (VALUE ?| ARRAY['a', 'b'])
    CONSTRAINT dm_jb_k64 CHECK (VALUE ?& '{a}')
    CONSTRAINT dm_jb_k65 CHECK (VALUE @> '{"a": 1}')
    CONSTRAINT dm_jb_k66 CHECK (VALUE <@ '{"a": 1}')
    CONSTRAINT dm_jb_k67 CHECK (jsonb_typeof(VALUE) = 'object')
    CONSTRAINT dm_jb_k68 CHECK (VALUE['a'] IS NOT NULL)
    CONSTRAINT dm_jb_k69 CHECK (VALUE['a']['b'] IS NULL)
    CONSTRAINT dm_jb_k70 CHECK (VALUE - 'a' <> '{}')
    CONSTRAINT dm_jb_k71 CHECK (VALUE || '{}' <> '{}')
    CONSTRAINT dm_jb_k72 CHECK (VALUE @? '$.a')
    CONSTRAINT dm_jb_k73 CHECK (VALUE @@ '$.a == 1')
    CONSTRAINT dm_jb_k74 CHECK (jsonb_path_exists(VALUE, '$.a'))
    CONSTRAINT dm_jb_k75 CHECK (VALUE #- '{a}' <> '{}')
    CONSTRAINT dm_jb_k76 CHECK (VALUE <> '{}'::jsonb)
    CONSTRAINT dm_jb_k77 CHECK (VALUE @> jsonb_build_object('a', 1))
    CONSTRAINT dm_jb_k78 CHECK (VALUE = ANY (ARRAY['{}'::jsonb, '[]']))
    CONSTRAINT dm_jb_k79 CHECK (VALUE IN ('{}', '[]'))
    CONSTRAINT dm_jb_k80 CHECK (VALUE ? 'a' OR VALUE ? 'b')
    CONSTRAINT dm_jb_k81 CHECK (jsonb_array_length(VALUE -> 'x') > 0)
    CONSTRAINT dm_jb_k82 CHECK (VALUE @? '$.a ? (@ > 1)')
    CONSTRAINT dm_jb_k83 CHECK (VALUE -> 'a' = '1')
    CONSTRAINT dm_jb_k84 CHECK ((VALUE -> 'a') = to_jsonb(1))
    CONSTRAINT dm_jb_k85 CHECK (VALUE @> '[1]'::jsonb);
CREATE TABLE x_ip (
    c inet,
    d0 inet DEFAULT '10.0.0.1',
    d1 inet DEFAULT '::1',
    d2 inet DEFAULT inet_client_addr(),
    d3 inet DEFAULT '10.0.0.1/8',
    d4 inet DEFAULT '10.0.0.0/8'::cidr,
    g0 text GENERATED ALWAYS AS (host(c)) STORED,
    g1 integer GENERATED ALWAYS AS (masklen(c)) STORED,
    g2 boolean GENERATED ALWAYS AS (c << '10.0.0.0/8') STORED,
    g3 cidr GENERATED ALWAYS AS (network(c)) STORED,
    g4 inet GENERATED ALWAYS AS (c + 1) STORED,
    CONSTRAINT x_ip_k0 CHECK (c IN ('10.0.0.1', '::1')),
    CONSTRAINT x_ip_k1 CHECK (c NOT IN ('10.0.0.1', '::1')),
    CONSTRAINT x_ip_k2 CHECK (c IN ('10.0.0.1')),
    CONSTRAINT x_ip_k6 CHECK (c IN ('10.0.0.1', '::1', NULL)),
    CONSTRAINT x_ip_k7 CHECK (c = ANY (ARRAY['10.0.0.1', c])),
    CONSTRAINT x_ip_k8 CHECK (c IN ('10.0.0.1', c)),
    CONSTRAINT x_ip_k9 CHECK (c BETWEEN '10.0.0.1' AND '::1'),
    CONSTRAINT x_ip_k10 CHECK (c NOT BETWEEN '10.0.0.1' AND '::1'),
    CONSTRAINT x_ip_k11 CHECK (c BETWEEN SYMMETRIC '::1' AND '10.0.0.1'),
    CONSTRAINT x_ip_k12 CHECK (c NOT BETWEEN SYMMETRIC '10.0.0.1' AND '::1'),
    CONSTRAINT x_ip_k13 CHECK (c IS DISTINCT FROM '10.0.0.1'),
    CONSTRAINT x_ip_k14 CHECK (c IS NOT DISTINCT FROM '10.0.0.1'),
    CONSTRAINT x_ip_k15 CHECK (COALESCE(c, '10.0.0.1') = '10.0.0.1'),
    CONSTRAINT x_ip_k16 CHECK (NULLIF(c, '10.0.0.1') IS NULL),
    CONSTRAINT x_ip_k17 CHECK (GREATEST(c, '10.0.0.1', '::1') = '::1'),
    CONSTRAINT x_ip_k18 CHECK (LEAST(c, '10.0.0.1') <> '::1'),
    CONSTRAINT x_ip_k19 CHECK (CASE WHEN c = '10.0.0.1' THEN true ELSE c = '::1' END),
    CONSTRAINT x_ip_k20 CHECK (CASE c WHEN '10.0.0.1' THEN 1 WHEN '::1' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ip_k21 CHECK ((c, c) = ('10.0.0.1', '::1')),
    CONSTRAINT x_ip_k22 CHECK ((c, c) < ('10.0.0.1', '::1')),
    CONSTRAINT x_ip_k23 CHECK ((c, 1) IS DISTINCT FROM ('10.0.0.1', 1)),
    CONSTRAINT x_ip_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ip_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ip_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ip_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ip_k28 CHECK (c = '10.0.0.1'::inet),
    CONSTRAINT x_ip_k29 CHECK (c <> CAST('::1' AS inet)),
    CONSTRAINT x_ip_k30 CHECK (c > '10.0.0.1' OR c < '::1'),
    CONSTRAINT x_ip_k31 CHECK (NOT (c = '10.0.0.1')),
    CONSTRAINT x_ip_k32 CHECK (c IS NULL OR c <> '10.0.0.1'),
    CONSTRAINT x_ip_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_ip_k34 CHECK (c = ANY ('{}'::inet[])),
    CONSTRAINT x_ip_k38 CHECK (c = ANY (ARRAY['10.0.0.1']::inet[])),
    CONSTRAINT x_ip_k39 CHECK (c IN ('10.0.0.1'::inet, '::1'::inet)),
    CONSTRAINT x_ip_k40 CHECK (c = ANY (ARRAY['10.0.0.1'::inet, '::1'::inet])),
    CONSTRAINT x_ip_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ip_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ip_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ip_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ip_k47 CHECK (c << '10.0.0.0/8'),
    CONSTRAINT x_ip_k48 CHECK (c <<= '10.0.0.0/8'),
    CONSTRAINT x_ip_k49 CHECK (c >> '10.0.0.1'),
    CONSTRAINT x_ip_k50 CHECK (c && '10.0.0.0/8'),
    CONSTRAINT x_ip_k51 CHECK (masklen(c) > 8),
    CONSTRAINT x_ip_k52 CHECK (family(c) = 4),
    CONSTRAINT x_ip_k53 CHECK (host(c) <> ''),
    CONSTRAINT x_ip_k54 CHECK (c & '255.0.0.0' <> '0.0.0.0'),
    CONSTRAINT x_ip_k55 CHECK (~c <> c),
    CONSTRAINT x_ip_k56 CHECK (c + 1 > c),
    CONSTRAINT x_ip_k57 CHECK (c - 1 < c),
    CONSTRAINT x_ip_k58 CHECK (c - '10.0.0.0'::inet > 0),
    CONSTRAINT x_ip_k59 CHECK (abbrev(c) <> ''),
    CONSTRAINT x_ip_k60 CHECK (c = ANY (ARRAY['10.0.0.1'::inet])),
    CONSTRAINT x_ip_k61 CHECK (set_masklen(c::cidr, 8) <> c)
);
CREATE DOMAIN dm_ip AS inet DEFAULT '10.0.0.1'
    CONSTRAINT dm_ip_k0 CHECK (VALUE IN ('10.0.0.1', '::1'))
    CONSTRAINT dm_ip_k1 CHECK (VALUE NOT IN ('10.0.0.1', '::1'))
    CONSTRAINT dm_ip_k2 CHECK (VALUE IN ('10.0.0.1'))
    CONSTRAINT dm_ip_k6 CHECK (VALUE IN ('10.0.0.1', '::1', NULL))
    CONSTRAINT dm_ip_k7 CHECK (VALUE = ANY (ARRAY['10.0.0.1', VALUE]))
    CONSTRAINT dm_ip_k8 CHECK (VALUE IN ('10.0.0.1', VALUE))
    CONSTRAINT dm_ip_k9 CHECK (VALUE BETWEEN '10.0.0.1' AND '::1')
    CONSTRAINT dm_ip_k10 CHECK (VALUE NOT BETWEEN '10.0.0.1' AND '::1')
    CONSTRAINT dm_ip_k11 CHECK (VALUE BETWEEN SYMMETRIC '::1' AND '10.0.0.1')
    CONSTRAINT dm_ip_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '10.0.0.1' AND '::1')
    CONSTRAINT dm_ip_k13 CHECK (VALUE IS DISTINCT FROM '10.0.0.1')
    CONSTRAINT dm_ip_k14 CHECK (VALUE IS NOT DISTINCT FROM '10.0.0.1')
    CONSTRAINT dm_ip_k15 CHECK (COALESCE(VALUE, '10.0.0.1') = '10.0.0.1')
    CONSTRAINT dm_ip_k16 CHECK (NULLIF(VALUE, '10.0.0.1') IS NULL)
    CONSTRAINT dm_ip_k17 CHECK (GREATEST(VALUE, '10.0.0.1', '::1') = '::1')
    CONSTRAINT dm_ip_k18 CHECK (LEAST(VALUE, '10.0.0.1') <> '::1')
    CONSTRAINT dm_ip_k19 CHECK (CASE WHEN VALUE = '10.0.0.1' THEN true ELSE VALUE = '::1' END)
    CONSTRAINT dm_ip_k20 CHECK (CASE VALUE WHEN '10.0.0.1' THEN 1 WHEN '::1' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_ip_k21 CHECK ((VALUE, VALUE) = ('10.0.0.1', '::1'))
    CONSTRAINT dm_ip_k22 CHECK ((VALUE, VALUE) < ('10.0.0.1', '::1'))
    CONSTRAINT dm_ip_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('10.0.0.1', 1))
    CONSTRAINT dm_ip_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_ip_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_ip_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_ip_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_ip_k28 CHECK (VALUE = '10.0.0.1'::inet)
    CONSTRAINT dm_ip_k29 CHECK (VALUE <> CAST('::1' AS inet))
    CONSTRAINT dm_ip_k30 CHECK (VALUE > '10.0.0.1' OR VALUE < '::1')
    CONSTRAINT dm_ip_k31 CHECK (NOT (VALUE = '10.0.0.1'))
    CONSTRAINT dm_ip_k32 CHECK (VALUE IS NULL OR VALUE <> '10.0.0.1')
    CONSTRAINT dm_ip_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_ip_k34 CHECK (VALUE = ANY ('{}'::inet[]))
    CONSTRAINT dm_ip_k38 CHECK (VALUE = ANY (ARRAY['10.0.0.1']::inet[]))
    CONSTRAINT dm_ip_k39 CHECK (VALUE IN ('10.0.0.1'::inet, '::1'::inet))
    CONSTRAINT dm_ip_k40 CHECK (VALUE = ANY (ARRAY['10.0.0.1'::inet, '::1'::inet]))
    CONSTRAINT dm_ip_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_ip_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_ip_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_ip_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_ip_k47 CHECK (VALUE << '10.0.0.0/8')
    CONSTRAINT dm_ip_k48 CHECK (VALUE <<= '10.0.0.0/8')
    CONSTRAINT dm_ip_k49 CHECK (VALUE >> '10.0.0.1')
    CONSTRAINT dm_ip_k50 CHECK (VALUE && '10.0.0.0/8')
    CONSTRAINT dm_ip_k51 CHECK (masklen(VALUE) > 8)
    CONSTRAINT dm_ip_k52 CHECK (family(VALUE) = 4)
    CONSTRAINT dm_ip_k53 CHECK (host(VALUE) <> '')
    CONSTRAINT dm_ip_k54 CHECK (VALUE & '255.0.0.0' <> '0.0.0.0')
    CONSTRAINT dm_ip_k55 CHECK (~VALUE <> VALUE)
    CONSTRAINT dm_ip_k56 CHECK (VALUE + 1 > VALUE)
    CONSTRAINT dm_ip_k57 CHECK (VALUE - 1 < VALUE)
    CONSTRAINT dm_ip_k58 CHECK (VALUE - '10.0.0.0'::inet > 0)
    CONSTRAINT dm_ip_k59 CHECK (abbrev(VALUE) <> '')
    CONSTRAINT dm_ip_k60 CHECK (VALUE = ANY (ARRAY['10.0.0.1'::inet]))
    CONSTRAINT dm_ip_k61 CHECK (set_masklen(VALUE::cidr, 8) <> VALUE);
CREATE TABLE x_cd (
    c cidr,
    d0 cidr DEFAULT '10.0.0.0/8',
    d1 cidr DEFAULT '10/8',
    d2 cidr DEFAULT '::/0',
    CONSTRAINT x_cd_k0 CHECK (c IN ('10.0.0.0/8', '::/0')),
    CONSTRAINT x_cd_k1 CHECK (c NOT IN ('10.0.0.0/8', '::/0')),
    CONSTRAINT x_cd_k2 CHECK (c IN ('10.0.0.0/8')),
    CONSTRAINT x_cd_k6 CHECK (c IN ('10.0.0.0/8', '::/0', NULL)),
    CONSTRAINT x_cd_k7 CHECK (c = ANY (ARRAY['10.0.0.0/8', c])),
    CONSTRAINT x_cd_k8 CHECK (c IN ('10.0.0.0/8', c)),
    CONSTRAINT x_cd_k9 CHECK (c BETWEEN '10.0.0.0/8' AND '::/0'),
    CONSTRAINT x_cd_k10 CHECK (c NOT BETWEEN '10.0.0.0/8' AND '::/0'),
    CONSTRAINT x_cd_k11 CHECK (c BETWEEN SYMMETRIC '::/0' AND '10.0.0.0/8'),
    CONSTRAINT x_cd_k12 CHECK (c NOT BETWEEN SYMMETRIC '10.0.0.0/8' AND '::/0'),
    CONSTRAINT x_cd_k13 CHECK (c IS DISTINCT FROM '10.0.0.0/8'),
    CONSTRAINT x_cd_k14 CHECK (c IS NOT DISTINCT FROM '10.0.0.0/8'),
    CONSTRAINT x_cd_k15 CHECK (COALESCE(c, '10.0.0.0/8') = '10.0.0.0/8'),
    CONSTRAINT x_cd_k16 CHECK (NULLIF(c, '10.0.0.0/8') IS NULL),
    CONSTRAINT x_cd_k17 CHECK (GREATEST(c, '10.0.0.0/8', '::/0') = '::/0'),
    CONSTRAINT x_cd_k18 CHECK (LEAST(c, '10.0.0.0/8') <> '::/0'),
    CONSTRAINT x_cd_k19 CHECK (CASE WHEN c = '10.0.0.0/8' THEN true ELSE c = '::/0' END),
    CONSTRAINT x_cd_k20 CHECK (CASE c WHEN '10.0.0.0/8' THEN 1 WHEN '::/0' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_cd_k21 CHECK ((c, c) = ('10.0.0.0/8', '::/0')),
    CONSTRAINT x_cd_k22 CHECK ((c, c) < ('10.0.0.0/8', '::/0')),
    CONSTRAINT x_cd_k23 CHECK ((c, 1) IS DISTINCT FROM ('10.0.0.0/8', 1)),
    CONSTRAINT x_cd_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_cd_k25 CHECK (c::text <> ''),
    CONSTRAINT x_cd_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_cd_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_cd_k28 CHECK (c = '10.0.0.0/8'::cidr),
    CONSTRAINT x_cd_k29 CHECK (c <> CAST('::/0' AS cidr)),
    CONSTRAINT x_cd_k30 CHECK (c > '10.0.0.0/8' OR c < '::/0'),
    CONSTRAINT x_cd_k31 CHECK (NOT (c = '10.0.0.0/8')),
    CONSTRAINT x_cd_k32 CHECK (c IS NULL OR c <> '10.0.0.0/8'),
    CONSTRAINT x_cd_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_cd_k34 CHECK (c = ANY ('{}'::cidr[])),
    CONSTRAINT x_cd_k38 CHECK (c = ANY (ARRAY['10.0.0.0/8']::cidr[])),
    CONSTRAINT x_cd_k39 CHECK (c IN ('10.0.0.0/8'::cidr, '::/0'::cidr)),
    CONSTRAINT x_cd_k40 CHECK (c = ANY (ARRAY['10.0.0.0/8'::cidr, '::/0'::cidr])),
    CONSTRAINT x_cd_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_cd_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_cd_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_cd_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_cd_k47 CHECK (c << '10.0.0.0/8'),
    CONSTRAINT x_cd_k48 CHECK (c <<= '10.0.0.0/8'),
    CONSTRAINT x_cd_k49 CHECK (c >> '10.0.0.1'),
    CONSTRAINT x_cd_k50 CHECK (c && '10.0.0.0/8'),
    CONSTRAINT x_cd_k51 CHECK (masklen(c) > 8),
    CONSTRAINT x_cd_k52 CHECK (family(c) = 4),
    CONSTRAINT x_cd_k53 CHECK (host(c) <> ''),
    CONSTRAINT x_cd_k54 CHECK (c & '255.0.0.0' <> '0.0.0.0'),
    CONSTRAINT x_cd_k55 CHECK (~c <> c),
    CONSTRAINT x_cd_k56 CHECK (c + 1 > c),
    CONSTRAINT x_cd_k57 CHECK (c - 1 < c),
    CONSTRAINT x_cd_k58 CHECK (c - '10.0.0.0'::inet > 0),
    CONSTRAINT x_cd_k59 CHECK (abbrev(c) <> ''),
    CONSTRAINT x_cd_k60 CHECK (c IN ('10.0.0.1', '::1')),
    CONSTRAINT x_cd_k61 CHECK (c = ANY (ARRAY['10.0.0.1'::inet])),
    CONSTRAINT x_cd_k62 CHECK (set_masklen(c::cidr, 8) <> c)
);
CREATE TABLE x_by (
    c bytea,
    d0 bytea DEFAULT '',
    d1 bytea DEFAULT '\x00',
    d2 bytea DEFAULT 'abc',
    d3 bytea DEFAULT E'\\x00',
    d4 bytea DEFAULT decode('00', 'hex'),
    d5 bytea DEFAULT '\000'::bytea,
    d6 bytea DEFAULT ''::bytea,
    d7 bytea DEFAULT 'a\\b',
    g0 integer GENERATED ALWAYS AS (length(c)) STORED,
    g1 text GENERATED ALWAYS AS (md5(c)) STORED,
    g2 bytea GENERATED ALWAYS AS (substring(c FROM 1 FOR 1)) STORED,
    g3 text GENERATED ALWAYS AS (encode(c, 'hex')) STORED,
    g4 bytea GENERATED ALWAYS AS (c || '\x00'::bytea) STORED,
    CONSTRAINT x_by_k0 CHECK (c IN ('\x00', 'abc')),
    CONSTRAINT x_by_k1 CHECK (c NOT IN ('\x00', 'abc')),
    CONSTRAINT x_by_k2 CHECK (c IN ('\x00')),
    CONSTRAINT x_by_k6 CHECK (c IN ('\x00', 'abc', NULL)),
    CONSTRAINT x_by_k7 CHECK (c = ANY (ARRAY['\x00', c])),
    CONSTRAINT x_by_k8 CHECK (c IN ('\x00', c)),
    CONSTRAINT x_by_k9 CHECK (c BETWEEN '\x00' AND 'abc'),
    CONSTRAINT x_by_k10 CHECK (c NOT BETWEEN '\x00' AND 'abc'),
    CONSTRAINT x_by_k11 CHECK (c BETWEEN SYMMETRIC 'abc' AND '\x00'),
    CONSTRAINT x_by_k12 CHECK (c NOT BETWEEN SYMMETRIC '\x00' AND 'abc'),
    CONSTRAINT x_by_k13 CHECK (c IS DISTINCT FROM '\x00'),
    CONSTRAINT x_by_k14 CHECK (c IS NOT DISTINCT FROM '\x00'),
    CONSTRAINT x_by_k15 CHECK (COALESCE(c, '\x00') = '\x00'),
    CONSTRAINT x_by_k16 CHECK (NULLIF(c, '\x00') IS NULL),
    CONSTRAINT x_by_k17 CHECK (GREATEST(c, '\x00', 'abc') = 'abc'),
    CONSTRAINT x_by_k18 CHECK (LEAST(c, '\x00') <> 'abc'),
    CONSTRAINT x_by_k19 CHECK (CASE WHEN c = '\x00' THEN true ELSE c = 'abc' END),
    CONSTRAINT x_by_k20 CHECK (CASE c WHEN '\x00' THEN 1 WHEN 'abc' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_by_k21 CHECK ((c, c) = ('\x00', 'abc')),
    CONSTRAINT x_by_k22 CHECK ((c, c) < ('\x00', 'abc')),
    CONSTRAINT x_by_k23 CHECK ((c, 1) IS DISTINCT FROM ('\x00', 1)),
    CONSTRAINT x_by_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_by_k25 CHECK (c::text <> ''),
    CONSTRAINT x_by_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_by_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_by_k28 CHECK (c = '\x00'::bytea),
    CONSTRAINT x_by_k29 CHECK (c <> CAST('abc' AS bytea)),
    CONSTRAINT x_by_k30 CHECK (c > '\x00' OR c < 'abc'),
    CONSTRAINT x_by_k31 CHECK (NOT (c = '\x00')),
    CONSTRAINT x_by_k32 CHECK (c IS NULL OR c <> '\x00'),
    CONSTRAINT x_by_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_by_k34 CHECK (c = ANY ('{}'::bytea[])),
    CONSTRAINT x_by_k38 CHECK (c = ANY (ARRAY['\x00']::bytea[])),
    CONSTRAINT x_by_k39 CHECK (c IN ('\x00'::bytea, 'abc'::bytea)),
    CONSTRAINT x_by_k40 CHECK (c = ANY (ARRAY['\x00'::bytea, 'abc'::bytea])),
    CONSTRAINT x_by_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_by_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_by_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_by_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_by_k47 CHECK (c <> ''::bytea),
    CONSTRAINT x_by_k48 CHECK (length(c) > 0),
    CONSTRAINT x_by_k50 CHECK (substring(c FROM 1 FOR 2) <> ''),
    CONSTRAINT x_by_k51 CHECK (position('\x00'::bytea IN c) > 0),
    CONSTRAINT x_by_k52 CHECK (c || '\x00'::bytea <> ''),
    CONSTRAINT x_by_k53 CHECK (c <> decode('00', 'hex')),
    CONSTRAINT x_by_k54 CHECK (octet_length(c) < 10),
    CONSTRAINT x_by_k55 CHECK (c <> E'\\x00'),
    CONSTRAINT x_by_k56 CHECK (trim(BOTH '\x00'::bytea FROM c) <> ''),
    CONSTRAINT x_by_k57 CHECK (overlay(c PLACING '\x01' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_by_k58 CHECK (get_byte(c, 0) > 0),
    CONSTRAINT x_by_k59 CHECK (md5(c) <> ''),
    CONSTRAINT x_by_k60 CHECK (encode(c, 'hex') <> ''),
    CONSTRAINT x_by_k61 CHECK (c = ANY (ARRAY['\x00'::bytea]))
);
CREATE DOMAIN dm_by AS bytea DEFAULT ''
    CONSTRAINT dm_by_k0 CHECK (VALUE IN ('\x00', 'abc'))
    CONSTRAINT dm_by_k1 CHECK (VALUE NOT IN ('\x00', 'abc'))
    CONSTRAINT dm_by_k2 CHECK (VALUE IN ('\x00'))
    CONSTRAINT dm_by_k6 CHECK (VALUE IN ('\x00', 'abc', NULL))
    CONSTRAINT dm_by_k7 CHECK (VALUE = ANY (ARRAY['\x00', VALUE]))
    CONSTRAINT dm_by_k8 CHECK (VALUE IN ('\x00', VALUE))
    CONSTRAINT dm_by_k9 CHECK (VALUE BETWEEN '\x00' AND 'abc')
    CONSTRAINT dm_by_k10 CHECK (VALUE NOT BETWEEN '\x00' AND 'abc')
    CONSTRAINT dm_by_k11 CHECK (VALUE BETWEEN SYMMETRIC 'abc' AND '\x00')
    CONSTRAINT dm_by_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '\x00' AND 'abc')
    CONSTRAINT dm_by_k13 CHECK (VALUE IS DISTINCT FROM '\x00')
    CONSTRAINT dm_by_k14 CHECK (VALUE IS NOT DISTINCT FROM '\x00')
    CONSTRAINT dm_by_k15 CHECK (COALESCE(VALUE, '\x00') = '\x00')
    CONSTRAINT dm_by_k16 CHECK (NULLIF(VALUE, '\x00') IS NULL)
    CONSTRAINT dm_by_k17 CHECK (GREATEST(VALUE, '\x00', 'abc') = 'abc')
    CONSTRAINT dm_by_k18 CHECK (LEAST(VALUE, '\x00') <> 'abc')
    CONSTRAINT dm_by_k19 CHECK (CASE WHEN VALUE = '\x00' THEN true ELSE VALUE = 'abc' END)
    CONSTRAINT dm_by_k20 CHECK (CASE VALUE WHEN '\x00' THEN 1 WHEN 'abc' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_by_k21 CHECK ((VALUE, VALUE) = ('\x00', 'abc'))
    CONSTRAINT dm_by_k22 CHECK ((VALUE, VALUE) < ('\x00', 'abc'))
    CONSTRAINT dm_by_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('\x00', 1))
    CONSTRAINT dm_by_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_by_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_by_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_by_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_by_k28 CHECK (VALUE = '\x00'::bytea)
    CONSTRAINT dm_by_k29 CHECK (VALUE <> CAST('abc' AS bytea))
    CONSTRAINT dm_by_k30 CHECK (VALUE > '\x00' OR VALUE < 'abc')
    CONSTRAINT dm_by_k31 CHECK (NOT (VALUE = '\x00'))
    CONSTRAINT dm_by_k32 CHECK (VALUE IS NULL OR VALUE <> '\x00')
    CONSTRAINT dm_by_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_by_k34 CHECK (VALUE = ANY ('{}'::bytea[]))
    CONSTRAINT dm_by_k38 CHECK (VALUE = ANY (ARRAY['\x00']::bytea[]))
    CONSTRAINT dm_by_k39 CHECK (VALUE IN ('\x00'::bytea, 'abc'::bytea))
    CONSTRAINT dm_by_k40 CHECK (VALUE = ANY (ARRAY['\x00'::bytea, 'abc'::bytea]))
    CONSTRAINT dm_by_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_by_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_by_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_by_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_by_k47 CHECK (VALUE <> ''::bytea)
    CONSTRAINT dm_by_k48 CHECK (length(VALUE) > 0)
    CONSTRAINT dm_by_k50 CHECK (substring(VALUE FROM 1 FOR 2) <> '')
    CONSTRAINT dm_by_k51 CHECK (position('\x00'::bytea IN VALUE) > 0)
    CONSTRAINT dm_by_k52 CHECK (VALUE || '\x00'::bytea <> '')
    CONSTRAINT dm_by_k53 CHECK (VALUE <> decode('00', 'hex'))
    CONSTRAINT dm_by_k54 CHECK (octet_length(VALUE) < 10)
    CONSTRAINT dm_by_k55 CHECK (VALUE <> E'\\x00')
    CONSTRAINT dm_by_k56 CHECK (trim(BOTH '\x00'::bytea FROM VALUE) <> '')
    CONSTRAINT dm_by_k57 CHECK (overlay(VALUE PLACING '\x01' FROM 1 FOR 1) <> '')
    CONSTRAINT dm_by_k58 CHECK (get_byte(VALUE, 0) > 0)
    CONSTRAINT dm_by_k59 CHECK (md5(VALUE) <> '')
    CONSTRAINT dm_by_k60 CHECK (encode(VALUE, 'hex') <> '')
    CONSTRAINT dm_by_k61 CHECK (VALUE = ANY (ARRAY['\x00'::bytea]));
CREATE TABLE x_ai (
    c integer[],
    d0 integer[] DEFAULT '{}',
    d1 integer[] DEFAULT '{1,2}',
    d2 integer[] DEFAULT ARRAY[1, 2],
    d3 integer[] DEFAULT ARRAY[]::int[],
    d4 integer[] DEFAULT '{}'::int[],
    d5 integer[] DEFAULT ARRAY[-1],
    d6 integer[] DEFAULT ARRAY[1, -2]::int[],
    d7 integer[] DEFAULT '{-1}',
    d8 integer[] DEFAULT ARRAY[[1,2],[3,4]],
    d9 integer[] DEFAULT array_fill(0, ARRAY[2]),
    d10 integer[] DEFAULT '{1,2}'::integer[],
    d11 integer[] DEFAULT ARRAY[1]::bigint[]::int[],
    g0 integer GENERATED ALWAYS AS (c[1]) STORED,
    g1 integer[] GENERATED ALWAYS AS (c[1:2]) STORED,
    g2 integer[] GENERATED ALWAYS AS (c[:1]) STORED,
    g3 integer GENERATED ALWAYS AS (cardinality(c)) STORED,
    g4 integer[] GENERATED ALWAYS AS (c || 0) STORED,
    g5 boolean GENERATED ALWAYS AS (1 = ANY (c)) STORED,
    g6 boolean GENERATED ALWAYS AS (c @> ARRAY[1]) STORED,
    g7 integer GENERATED ALWAYS AS (array_length(c, 1)) STORED,
    g8 integer GENERATED ALWAYS AS (c[-1]) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('{1,2}', ARRAY[1])) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('{1,2}', ARRAY[1])) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('{1,2}')) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('{1,2}', ARRAY[1], NULL)) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('{1,2}', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN '{1,2}' AND ARRAY[1]) STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN '{1,2}' AND ARRAY[1]) STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC ARRAY[1] AND '{1,2}') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC '{1,2}' AND ARRAY[1]) STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM '{1,2}') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM '{1,2}') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, '{1,2}') = '{1,2}') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, '{1,2}') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, '{1,2}', ARRAY[1]) = ARRAY[1]) STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, '{1,2}') <> ARRAY[1]) STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = '{1,2}' THEN true ELSE c = ARRAY[1] END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN '{1,2}' THEN 1 WHEN ARRAY[1] THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('{1,2}', ARRAY[1])) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('{1,2}', ARRAY[1])) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('{1,2}', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb28 boolean GENERATED ALWAYS AS (c = '{1,2}'::integer[]) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST(ARRAY[1] AS integer[])) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > '{1,2}' OR c < ARRAY[1]) STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = '{1,2}')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> '{1,2}') STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('{1,2}'::integer[], ARRAY[1]::integer[])) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb47 boolean GENERATED ALWAYS AS (c[1] IS NOT NULL) STORED,
    gb48 boolean GENERATED ALWAYS AS (c[1:2] IS NOT NULL) STORED,
    gb49 boolean GENERATED ALWAYS AS (c[:2] IS NOT NULL) STORED,
    gb50 boolean GENERATED ALWAYS AS (c[2:] IS NOT NULL) STORED,
    gb51 boolean GENERATED ALWAYS AS (c[1][1] IS NULL) STORED,
    gb52 boolean GENERATED ALWAYS AS (array_length(c, 1) > 0) STORED,
    gb53 boolean GENERATED ALWAYS AS (cardinality(c) > 0) STORED,
    gb54 boolean GENERATED ALWAYS AS (c @> ARRAY[1]) STORED,
    gb55 boolean GENERATED ALWAYS AS (c && ARRAY[1]) STORED,
    gb56 boolean GENERATED ALWAYS AS (c <@ ARRAY[1]) STORED,
    gb57 boolean GENERATED ALWAYS AS (1 = ANY (c)) STORED,
    gb58 boolean GENERATED ALWAYS AS (1 <> ALL (c)) STORED,
    gb59 boolean GENERATED ALWAYS AS (c = '{}') STORED,
    gb60 boolean GENERATED ALWAYS AS (c <> '{}') STORED,
    gb61 boolean GENERATED ALWAYS AS (c || 1 IS NOT NULL) STORED,
    gb62 boolean GENERATED ALWAYS AS (array_position(c, 1) > 0) STORED,
    gb63 boolean GENERATED ALWAYS AS (c[array_length(c, 1)] IS NOT NULL) STORED,
    gb64 boolean GENERATED ALWAYS AS (c[-1] IS NULL) STORED,
    gb65 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM ARRAY[1]) STORED,
    gb66 boolean GENERATED ALWAYS AS (c = ARRAY[1, 1]) STORED,
    gb67 boolean GENERATED ALWAYS AS (c @> '{1}') STORED,
    gb68 boolean GENERATED ALWAYS AS (array_ndims(c) = 1) STORED,
    gb69 boolean GENERATED ALWAYS AS (c[1] IN (1)) STORED,
    gb70 boolean GENERATED ALWAYS AS (c[1] = ANY (ARRAY[1])) STORED,
    gb71 boolean GENERATED ALWAYS AS (c IN (ARRAY[1], '{}')) STORED,
    gb72 boolean GENERATED ALWAYS AS (c[(1 + 1)] IS NULL) STORED,
    gb73 boolean GENERATED ALWAYS AS (c[1:1] = ARRAY[1]) STORED,
    CONSTRAINT x_ai_k0 CHECK (c IN ('{1,2}', ARRAY[1])),
    CONSTRAINT x_ai_k1 CHECK (c NOT IN ('{1,2}', ARRAY[1])),
    CONSTRAINT x_ai_k2 CHECK (c IN ('{1,2}')),
    CONSTRAINT x_ai_k6 CHECK (c IN ('{1,2}', ARRAY[1], NULL)),
    CONSTRAINT x_ai_k8 CHECK (c IN ('{1,2}', c)),
    CONSTRAINT x_ai_k9 CHECK (c BETWEEN '{1,2}' AND ARRAY[1]),
    CONSTRAINT x_ai_k10 CHECK (c NOT BETWEEN '{1,2}' AND ARRAY[1]),
    CONSTRAINT x_ai_k11 CHECK (c BETWEEN SYMMETRIC ARRAY[1] AND '{1,2}'),
    CONSTRAINT x_ai_k12 CHECK (c NOT BETWEEN SYMMETRIC '{1,2}' AND ARRAY[1]),
    CONSTRAINT x_ai_k13 CHECK (c IS DISTINCT FROM '{1,2}'),
    CONSTRAINT x_ai_k14 CHECK (c IS NOT DISTINCT FROM '{1,2}'),
    CONSTRAINT x_ai_k15 CHECK (COALESCE(c, '{1,2}') = '{1,2}'),
    CONSTRAINT x_ai_k16 CHECK (NULLIF(c, '{1,2}') IS NULL),
    CONSTRAINT x_ai_k17 CHECK (GREATEST(c, '{1,2}', ARRAY[1]) = ARRAY[1]),
    CONSTRAINT x_ai_k18 CHECK (LEAST(c, '{1,2}') <> ARRAY[1]),
    CONSTRAINT x_ai_k19 CHECK (CASE WHEN c = '{1,2}' THEN true ELSE c = ARRAY[1] END),
    CONSTRAINT x_ai_k20 CHECK (CASE c WHEN '{1,2}' THEN 1 WHEN ARRAY[1] THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ai_k21 CHECK ((c, c) = ('{1,2}', ARRAY[1])),
    CONSTRAINT x_ai_k22 CHECK ((c, c) < ('{1,2}', ARRAY[1])),
    CONSTRAINT x_ai_k23 CHECK ((c, 1) IS DISTINCT FROM ('{1,2}', 1)),
    CONSTRAINT x_ai_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ai_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ai_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ai_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ai_k28 CHECK (c = '{1,2}'::integer[]),
    CONSTRAINT x_ai_k29 CHECK (c <> CAST(ARRAY[1] AS integer[])),
    CONSTRAINT x_ai_k30 CHECK (c > '{1,2}' OR c < ARRAY[1]),
    CONSTRAINT x_ai_k31 CHECK (NOT (c = '{1,2}')),
    CONSTRAINT x_ai_k32 CHECK (c IS NULL OR c <> '{1,2}'),
    CONSTRAINT x_ai_k39 CHECK (c IN ('{1,2}'::integer[], ARRAY[1]::integer[])),
    CONSTRAINT x_ai_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ai_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ai_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ai_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ai_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_ai_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_ai_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_ai_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_ai_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_ai_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_ai_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_ai_k54 CHECK (c @> ARRAY[1]),
    CONSTRAINT x_ai_k55 CHECK (c && ARRAY[1]),
    CONSTRAINT x_ai_k56 CHECK (c <@ ARRAY[1]),
    CONSTRAINT x_ai_k57 CHECK (1 = ANY (c)),
    CONSTRAINT x_ai_k58 CHECK (1 <> ALL (c)),
    CONSTRAINT x_ai_k59 CHECK (c = '{}'),
    CONSTRAINT x_ai_k60 CHECK (c <> '{}'),
    CONSTRAINT x_ai_k61 CHECK (c || 1 IS NOT NULL),
    CONSTRAINT x_ai_k62 CHECK (array_position(c, 1) > 0),
    CONSTRAINT x_ai_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_ai_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_ai_k65 CHECK (c IS DISTINCT FROM ARRAY[1]),
    CONSTRAINT x_ai_k66 CHECK (c = ARRAY[1, 1]),
    CONSTRAINT x_ai_k67 CHECK (c @> '{1}'),
    CONSTRAINT x_ai_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_ai_k69 CHECK (c[1] IN (1)),
    CONSTRAINT x_ai_k70 CHECK (c[1] = ANY (ARRAY[1])),
    CONSTRAINT x_ai_k71 CHECK (c IN (ARRAY[1], '{}')),
    CONSTRAINT x_ai_k72 CHECK (c[(1 + 1)] IS NULL),
    CONSTRAINT x_ai_k73 CHECK (c[1:1] = ARRAY[1])
);
CREATE INDEX x_ai_w0 ON x_ai (c) WHERE c IN ('{1,2}', ARRAY[1]);
CREATE INDEX x_ai_e0 ON x_ai ((c IN ('{1,2}', ARRAY[1])));
CREATE INDEX x_ai_w1 ON x_ai (c) WHERE c NOT IN ('{1,2}', ARRAY[1]);
CREATE INDEX x_ai_e1 ON x_ai ((c NOT IN ('{1,2}', ARRAY[1])));
CREATE INDEX x_ai_w2 ON x_ai (c) WHERE c IN ('{1,2}');
CREATE INDEX x_ai_e2 ON x_ai ((c IN ('{1,2}')));
CREATE INDEX x_ai_w6 ON x_ai (c) WHERE c IN ('{1,2}', ARRAY[1], NULL);
CREATE INDEX x_ai_e6 ON x_ai ((c IN ('{1,2}', ARRAY[1], NULL)));
CREATE INDEX x_ai_w8 ON x_ai (c) WHERE c IN ('{1,2}', c);
CREATE INDEX x_ai_e8 ON x_ai ((c IN ('{1,2}', c)));
CREATE INDEX x_ai_w9 ON x_ai (c) WHERE c BETWEEN '{1,2}' AND ARRAY[1];
CREATE INDEX x_ai_e9 ON x_ai ((c BETWEEN '{1,2}' AND ARRAY[1]));
CREATE INDEX x_ai_w10 ON x_ai (c) WHERE c NOT BETWEEN '{1,2}' AND ARRAY[1];
CREATE INDEX x_ai_e10 ON x_ai ((c NOT BETWEEN '{1,2}' AND ARRAY[1]));
CREATE INDEX x_ai_w11 ON x_ai (c) WHERE c BETWEEN SYMMETRIC ARRAY[1] AND '{1,2}';
CREATE INDEX x_ai_e11 ON x_ai ((c BETWEEN SYMMETRIC ARRAY[1] AND '{1,2}'));
CREATE INDEX x_ai_w12 ON x_ai (c) WHERE c NOT BETWEEN SYMMETRIC '{1,2}' AND ARRAY[1];
CREATE INDEX x_ai_e12 ON x_ai ((c NOT BETWEEN SYMMETRIC '{1,2}' AND ARRAY[1]));
CREATE INDEX x_ai_w13 ON x_ai (c) WHERE c IS DISTINCT FROM '{1,2}';
CREATE INDEX x_ai_e13 ON x_ai ((c IS DISTINCT FROM '{1,2}'));
CREATE INDEX x_ai_w14 ON x_ai (c) WHERE c IS NOT DISTINCT FROM '{1,2}';
CREATE INDEX x_ai_e14 ON x_ai ((c IS NOT DISTINCT FROM '{1,2}'));
CREATE INDEX x_ai_w15 ON x_ai (c) WHERE COALESCE(c, '{1,2}') = '{1,2}';
CREATE INDEX x_ai_e15 ON x_ai ((COALESCE(c, '{1,2}') = '{1,2}'));
CREATE INDEX x_ai_w16 ON x_ai (c) WHERE NULLIF(c, '{1,2}') IS NULL;
CREATE INDEX x_ai_e16 ON x_ai ((NULLIF(c, '{1,2}') IS NULL));
CREATE INDEX x_ai_w17 ON x_ai (c) WHERE GREATEST(c, '{1,2}', ARRAY[1]) = ARRAY[1];
CREATE INDEX x_ai_e17 ON x_ai ((GREATEST(c, '{1,2}', ARRAY[1]) = ARRAY[1]));
CREATE INDEX x_ai_w18 ON x_ai (c) WHERE LEAST(c, '{1,2}') <> ARRAY[1];
CREATE INDEX x_ai_e18 ON x_ai ((LEAST(c, '{1,2}') <> ARRAY[1]));
CREATE INDEX x_ai_w19 ON x_ai (c) WHERE CASE WHEN c = '{1,2}' THEN true ELSE c = ARRAY[1] END;
CREATE INDEX x_ai_e19 ON x_ai ((CASE WHEN c = '{1,2}' THEN true ELSE c = ARRAY[1] END));
CREATE INDEX x_ai_w20 ON x_ai (c) WHERE CASE c WHEN '{1,2}' THEN 1 WHEN ARRAY[1] THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ai_e20 ON x_ai ((CASE c WHEN '{1,2}' THEN 1 WHEN ARRAY[1] THEN 2 ELSE 0 END > 0));
CREATE INDEX x_ai_w21 ON x_ai (c) WHERE (c, c) = ('{1,2}', ARRAY[1]);
CREATE INDEX x_ai_e21 ON x_ai (((c, c) = ('{1,2}', ARRAY[1])));
CREATE INDEX x_ai_w22 ON x_ai (c) WHERE (c, c) < ('{1,2}', ARRAY[1]);
CREATE INDEX x_ai_e22 ON x_ai (((c, c) < ('{1,2}', ARRAY[1])));
CREATE INDEX x_ai_w23 ON x_ai (c) WHERE (c, 1) IS DISTINCT FROM ('{1,2}', 1);
CREATE INDEX x_ai_e23 ON x_ai (((c, 1) IS DISTINCT FROM ('{1,2}', 1)));
CREATE INDEX x_ai_w24 ON x_ai (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ai_e24 ON x_ai ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_ai_w28 ON x_ai (c) WHERE c = '{1,2}'::integer[];
CREATE INDEX x_ai_e28 ON x_ai ((c = '{1,2}'::integer[]));
CREATE INDEX x_ai_w29 ON x_ai (c) WHERE c <> CAST(ARRAY[1] AS integer[]);
CREATE INDEX x_ai_e29 ON x_ai ((c <> CAST(ARRAY[1] AS integer[])));
CREATE INDEX x_ai_w30 ON x_ai (c) WHERE c > '{1,2}' OR c < ARRAY[1];
CREATE INDEX x_ai_e30 ON x_ai ((c > '{1,2}' OR c < ARRAY[1]));
CREATE INDEX x_ai_w31 ON x_ai (c) WHERE NOT (c = '{1,2}');
CREATE INDEX x_ai_e31 ON x_ai ((NOT (c = '{1,2}')));
CREATE INDEX x_ai_w32 ON x_ai (c) WHERE c IS NULL OR c <> '{1,2}';
CREATE INDEX x_ai_e32 ON x_ai ((c IS NULL OR c <> '{1,2}'));
CREATE INDEX x_ai_w39 ON x_ai (c) WHERE c IN ('{1,2}'::integer[], ARRAY[1]::integer[]);
CREATE INDEX x_ai_e39 ON x_ai ((c IN ('{1,2}'::integer[], ARRAY[1]::integer[])));
CREATE INDEX x_ai_w43 ON x_ai (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ai_e43 ON x_ai ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_ai_w47 ON x_ai (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_ai_e47 ON x_ai ((c[1] IS NOT NULL));
CREATE INDEX x_ai_w48 ON x_ai (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_ai_e48 ON x_ai ((c[1:2] IS NOT NULL));
CREATE INDEX x_ai_w49 ON x_ai (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_ai_e49 ON x_ai ((c[:2] IS NOT NULL));
CREATE INDEX x_ai_w50 ON x_ai (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_ai_e50 ON x_ai ((c[2:] IS NOT NULL));
CREATE INDEX x_ai_w51 ON x_ai (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_ai_e51 ON x_ai ((c[1][1] IS NULL));
CREATE INDEX x_ai_w52 ON x_ai (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_ai_e52 ON x_ai ((array_length(c, 1) > 0));
CREATE INDEX x_ai_w53 ON x_ai (c) WHERE cardinality(c) > 0;
CREATE INDEX x_ai_e53 ON x_ai ((cardinality(c) > 0));
CREATE INDEX x_ai_w54 ON x_ai (c) WHERE c @> ARRAY[1];
CREATE INDEX x_ai_e54 ON x_ai ((c @> ARRAY[1]));
CREATE INDEX x_ai_w55 ON x_ai (c) WHERE c && ARRAY[1];
CREATE INDEX x_ai_e55 ON x_ai ((c && ARRAY[1]));
CREATE INDEX x_ai_w56 ON x_ai (c) WHERE c <@ ARRAY[1];
CREATE INDEX x_ai_e56 ON x_ai ((c <@ ARRAY[1]));
CREATE INDEX x_ai_w57 ON x_ai (c) WHERE 1 = ANY (c);
CREATE INDEX x_ai_e57 ON x_ai ((1 = ANY (c)));
CREATE INDEX x_ai_w58 ON x_ai (c) WHERE 1 <> ALL (c);
CREATE INDEX x_ai_e58 ON x_ai ((1 <> ALL (c)));
CREATE INDEX x_ai_w59 ON x_ai (c) WHERE c = '{}';
CREATE INDEX x_ai_e59 ON x_ai ((c = '{}'));
CREATE INDEX x_ai_w60 ON x_ai (c) WHERE c <> '{}';
CREATE INDEX x_ai_e60 ON x_ai ((c <> '{}'));
CREATE INDEX x_ai_w61 ON x_ai (c) WHERE c || 1 IS NOT NULL;
CREATE INDEX x_ai_e61 ON x_ai ((c || 1 IS NOT NULL));
CREATE INDEX x_ai_w62 ON x_ai (c) WHERE array_position(c, 1) > 0;
CREATE INDEX x_ai_e62 ON x_ai ((array_position(c, 1) > 0));
CREATE INDEX x_ai_w63 ON x_ai (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_ai_e63 ON x_ai ((c[array_length(c, 1)] IS NOT NULL));
CREATE INDEX x_ai_w64 ON x_ai (c) WHERE c[-1] IS NULL;
CREATE INDEX x_ai_e64 ON x_ai ((c[-1] IS NULL));
CREATE INDEX x_ai_w65 ON x_ai (c) WHERE c IS DISTINCT FROM ARRAY[1];
CREATE INDEX x_ai_e65 ON x_ai ((c IS DISTINCT FROM ARRAY[1]));
CREATE INDEX x_ai_w66 ON x_ai (c) WHERE c = ARRAY[1, 1];
CREATE INDEX x_ai_e66 ON x_ai ((c = ARRAY[1, 1]));
CREATE INDEX x_ai_w67 ON x_ai (c) WHERE c @> '{1}';
CREATE INDEX x_ai_e67 ON x_ai ((c @> '{1}'));
CREATE INDEX x_ai_w68 ON x_ai (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_ai_e68 ON x_ai ((array_ndims(c) = 1));
CREATE INDEX x_ai_w69 ON x_ai (c) WHERE c[1] IN (1);
CREATE INDEX x_ai_e69 ON x_ai ((c[1] IN (1)));
CREATE INDEX x_ai_w70 ON x_ai (c) WHERE c[1] = ANY (ARRAY[1]);
CREATE INDEX x_ai_e70 ON x_ai ((c[1] = ANY (ARRAY[1])));
CREATE INDEX x_ai_w71 ON x_ai (c) WHERE c IN (ARRAY[1], '{}');
CREATE INDEX x_ai_e71 ON x_ai ((c IN (ARRAY[1], '{}')));
CREATE INDEX x_ai_w72 ON x_ai (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_ai_e72 ON x_ai ((c[(1 + 1)] IS NULL));
CREATE INDEX x_ai_w73 ON x_ai (c) WHERE c[1:1] = ARRAY[1];
CREATE INDEX x_ai_e73 ON x_ai ((c[1:1] = ARRAY[1]));
CREATE DOMAIN dm_ai AS integer[] DEFAULT '{}'
    CONSTRAINT dm_ai_k0 CHECK (VALUE IN ('{1,2}', ARRAY[1]))
    CONSTRAINT dm_ai_k1 CHECK (VALUE NOT IN ('{1,2}', ARRAY[1]))
    CONSTRAINT dm_ai_k2 CHECK (VALUE IN ('{1,2}'))
    CONSTRAINT dm_ai_k6 CHECK (VALUE IN ('{1,2}', ARRAY[1], NULL))
    CONSTRAINT dm_ai_k8 CHECK (VALUE IN ('{1,2}', VALUE))
    CONSTRAINT dm_ai_k9 CHECK (VALUE BETWEEN '{1,2}' AND ARRAY[1])
    CONSTRAINT dm_ai_k10 CHECK (VALUE NOT BETWEEN '{1,2}' AND ARRAY[1])
    CONSTRAINT dm_ai_k11 CHECK (VALUE BETWEEN SYMMETRIC ARRAY[1] AND '{1,2}')
    CONSTRAINT dm_ai_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC '{1,2}' AND ARRAY[1])
    CONSTRAINT dm_ai_k13 CHECK (VALUE IS DISTINCT FROM '{1,2}')
    CONSTRAINT dm_ai_k14 CHECK (VALUE IS NOT DISTINCT FROM '{1,2}')
    CONSTRAINT dm_ai_k15 CHECK (COALESCE(VALUE, '{1,2}') = '{1,2}')
    CONSTRAINT dm_ai_k16 CHECK (NULLIF(VALUE, '{1,2}') IS NULL)
    CONSTRAINT dm_ai_k17 CHECK (GREATEST(VALUE, '{1,2}', ARRAY[1]) = ARRAY[1])
    CONSTRAINT dm_ai_k18 CHECK (LEAST(VALUE, '{1,2}') <> ARRAY[1])
    CONSTRAINT dm_ai_k19 CHECK (CASE WHEN VALUE = '{1,2}' THEN true ELSE VALUE = ARRAY[1] END)
    CONSTRAINT dm_ai_k20 CHECK (CASE VALUE WHEN '{1,2}' THEN 1 WHEN ARRAY[1] THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_ai_k21 CHECK ((VALUE, VALUE) = ('{1,2}', ARRAY[1]))
    CONSTRAINT dm_ai_k22 CHECK ((VALUE, VALUE) < ('{1,2}', ARRAY[1]))
    CONSTRAINT dm_ai_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('{1,2}', 1))
    CONSTRAINT dm_ai_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_ai_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_ai_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_ai_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_ai_k28 CHECK (VALUE = '{1,2}'::integer[])
    CONSTRAINT dm_ai_k29 CHECK (VALUE <> CAST(ARRAY[1] AS integer[]))
    CONSTRAINT dm_ai_k30 CHECK (VALUE > '{1,2}' OR VALUE < ARRAY[1])
    CONSTRAINT dm_ai_k31 CHECK (NOT (VALUE = '{1,2}'))
    CONSTRAINT dm_ai_k32 CHECK (VALUE IS NULL OR VALUE <> '{1,2}')
    CONSTRAINT dm_ai_k39 CHECK (VALUE IN ('{1,2}'::integer[], ARRAY[1]::integer[]))
    CONSTRAINT dm_ai_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_ai_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_ai_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_ai_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_ai_k47 CHECK (VALUE[1] IS NOT NULL)
    CONSTRAINT dm_ai_k48 CHECK (VALUE[1:2] IS NOT NULL)
    CONSTRAINT dm_ai_k49 CHECK (VALUE[:2] IS NOT NULL)
    CONSTRAINT dm_ai_k50 CHECK (VALUE[2:] IS NOT NULL)
    CONSTRAINT dm_ai_k51 CHECK (VALUE[1][1] IS NULL)
    CONSTRAINT dm_ai_k52 CHECK (array_length(VALUE, 1) > 0)
    CONSTRAINT dm_ai_k53 CHECK (cardinality(VALUE) > 0)
    CONSTRAINT dm_ai_k54 CHECK (VALUE @> ARRAY[1])
    CONSTRAINT dm_ai_k55 CHECK (VALUE && ARRAY[1])
    CONSTRAINT dm_ai_k56 CHECK (VALUE <@ ARRAY[1])
    CONSTRAINT dm_ai_k57 CHECK (1 = ANY (VALUE))
    CONSTRAINT dm_ai_k58 CHECK (1 <> ALL (VALUE))
    CONSTRAINT dm_ai_k59 CHECK (VALUE = '{}')
    CONSTRAINT dm_ai_k60 CHECK (VALUE <> '{}')
    CONSTRAINT dm_ai_k61 CHECK (VALUE || 1 IS NOT NULL)
    CONSTRAINT dm_ai_k62 CHECK (array_position(VALUE, 1) > 0)
    CONSTRAINT dm_ai_k63 CHECK (VALUE[array_length(VALUE, 1)] IS NOT NULL)
    CONSTRAINT dm_ai_k64 CHECK (VALUE[-1] IS NULL)
    CONSTRAINT dm_ai_k65 CHECK (VALUE IS DISTINCT FROM ARRAY[1])
    CONSTRAINT dm_ai_k66 CHECK (VALUE = ARRAY[1, 1])
    CONSTRAINT dm_ai_k67 CHECK (VALUE @> '{1}')
    CONSTRAINT dm_ai_k68 CHECK (array_ndims(VALUE) = 1)
    CONSTRAINT dm_ai_k69 CHECK (VALUE[1] IN (1))
    CONSTRAINT dm_ai_k70 CHECK (VALUE[1] = ANY (ARRAY[1]))
    CONSTRAINT dm_ai_k71 CHECK (VALUE IN (ARRAY[1], '{}'))
    CONSTRAINT dm_ai_k72 CHECK (VALUE[(1 + 1)] IS NULL)
    CONSTRAINT dm_ai_k73 CHECK (VALUE[1:1] = ARRAY[1]);
CREATE TABLE x_at (
    c text[],
    d0 text[] DEFAULT '{}',
    d1 text[] DEFAULT ARRAY['a', 'b'],
    d2 text[] DEFAULT ARRAY['a'::text],
    d3 text[] DEFAULT ARRAY[]::text[],
    d4 text[] DEFAULT '{"a b",c}',
    d5 text[] DEFAULT ARRAY['a', NULL],
    d6 text[] DEFAULT string_to_array('a,b', ','),
    d7 text[] DEFAULT ARRAY['a'::varchar],
    d8 text[] DEFAULT ARRAY['a'::varchar]::text[],
    d9 text[] DEFAULT '{a}'::varchar[],
    g0 text GENERATED ALWAYS AS (c[1]) STORED,
    g2 boolean GENERATED ALWAYS AS ('a' = ANY (c)) STORED,
    g3 text[] GENERATED ALWAYS AS (c[1:1]) STORED,
    g4 text[] GENERATED ALWAYS AS (c || 'x'::text) STORED,
    CONSTRAINT x_at_k0 CHECK (c IN ('{a,b}', ARRAY['a'])),
    CONSTRAINT x_at_k1 CHECK (c NOT IN ('{a,b}', ARRAY['a'])),
    CONSTRAINT x_at_k2 CHECK (c IN ('{a,b}')),
    CONSTRAINT x_at_k6 CHECK (c IN ('{a,b}', ARRAY['a'], NULL)),
    CONSTRAINT x_at_k8 CHECK (c IN ('{a,b}', c)),
    CONSTRAINT x_at_k9 CHECK (c BETWEEN '{a,b}' AND ARRAY['a']),
    CONSTRAINT x_at_k10 CHECK (c NOT BETWEEN '{a,b}' AND ARRAY['a']),
    CONSTRAINT x_at_k11 CHECK (c BETWEEN SYMMETRIC ARRAY['a'] AND '{a,b}'),
    CONSTRAINT x_at_k12 CHECK (c NOT BETWEEN SYMMETRIC '{a,b}' AND ARRAY['a']),
    CONSTRAINT x_at_k13 CHECK (c IS DISTINCT FROM '{a,b}'),
    CONSTRAINT x_at_k14 CHECK (c IS NOT DISTINCT FROM '{a,b}'),
    CONSTRAINT x_at_k15 CHECK (COALESCE(c, '{a,b}') = '{a,b}'),
    CONSTRAINT x_at_k16 CHECK (NULLIF(c, '{a,b}') IS NULL),
    CONSTRAINT x_at_k17 CHECK (GREATEST(c, '{a,b}', ARRAY['a']) = ARRAY['a']),
    CONSTRAINT x_at_k18 CHECK (LEAST(c, '{a,b}') <> ARRAY['a']),
    CONSTRAINT x_at_k19 CHECK (CASE WHEN c = '{a,b}' THEN true ELSE c = ARRAY['a'] END),
    CONSTRAINT x_at_k20 CHECK (CASE c WHEN '{a,b}' THEN 1 WHEN ARRAY['a'] THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_at_k21 CHECK ((c, c) = ('{a,b}', ARRAY['a'])),
    CONSTRAINT x_at_k22 CHECK ((c, c) < ('{a,b}', ARRAY['a'])),
    CONSTRAINT x_at_k23 CHECK ((c, 1) IS DISTINCT FROM ('{a,b}', 1)),
    CONSTRAINT x_at_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_at_k25 CHECK (c::text <> ''),
    CONSTRAINT x_at_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_at_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_at_k28 CHECK (c = '{a,b}'::text[]),
    CONSTRAINT x_at_k29 CHECK (c <> CAST(ARRAY['a'] AS text[])),
    CONSTRAINT x_at_k30 CHECK (c > '{a,b}' OR c < ARRAY['a']),
    CONSTRAINT x_at_k31 CHECK (NOT (c = '{a,b}')),
    CONSTRAINT x_at_k32 CHECK (c IS NULL OR c <> '{a,b}'),
    CONSTRAINT x_at_k39 CHECK (c IN ('{a,b}'::text[], ARRAY['a']::text[])),
    CONSTRAINT x_at_k41 CHECK (ARRAY[c] <> ARRAY['{a,b}']),
    CONSTRAINT x_at_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_at_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_at_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_at_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_at_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_at_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_at_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_at_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_at_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_at_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_at_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_at_k54 CHECK (c @> ARRAY['a']),
    CONSTRAINT x_at_k55 CHECK (c && ARRAY['a']),
    CONSTRAINT x_at_k56 CHECK (c <@ ARRAY['a']),
    CONSTRAINT x_at_k57 CHECK ('a' = ANY (c)),
    CONSTRAINT x_at_k58 CHECK ('a' <> ALL (c)),
    CONSTRAINT x_at_k59 CHECK (c = '{}'),
    CONSTRAINT x_at_k60 CHECK (c <> '{}'),
    CONSTRAINT x_at_k62 CHECK (array_position(c, 'a') > 0),
    CONSTRAINT x_at_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_at_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_at_k65 CHECK (c IS DISTINCT FROM ARRAY['a']),
    CONSTRAINT x_at_k66 CHECK (c = ARRAY['a', 'a']),
    CONSTRAINT x_at_k67 CHECK (c @> '{a}'),
    CONSTRAINT x_at_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_at_k69 CHECK (c[1] IN ('a')),
    CONSTRAINT x_at_k70 CHECK (c[1] = ANY (ARRAY['a'])),
    CONSTRAINT x_at_k71 CHECK (c IN (ARRAY['a'], '{}')),
    CONSTRAINT x_at_k72 CHECK (c[(1 + 1)] IS NULL),
    CONSTRAINT x_at_k73 CHECK (c[1:1] = ARRAY['a'])
);
CREATE TABLE x_av (
    c varchar(5)[],
    d0 varchar(5)[] DEFAULT '{}',
    d1 varchar(5)[] DEFAULT ARRAY['a', 'b'],
    d2 varchar(5)[] DEFAULT ARRAY['a'::varchar],
    d3 varchar(5)[] DEFAULT ARRAY['a']::varchar[],
    d4 varchar(5)[] DEFAULT ARRAY['a'::text],
    d5 varchar(5)[] DEFAULT '{a}'::text[],
    d6 varchar(5)[] DEFAULT ARRAY['a', 'b']::varchar(5)[],
    d7 varchar(5)[] DEFAULT ARRAY[]::varchar[],
    CONSTRAINT x_av_k2 CHECK (c IN ('{a,b}')),
    CONSTRAINT x_av_k8 CHECK (c IN ('{a,b}', c)),
    CONSTRAINT x_av_k13 CHECK (c IS DISTINCT FROM '{a,b}'),
    CONSTRAINT x_av_k14 CHECK (c IS NOT DISTINCT FROM '{a,b}'),
    CONSTRAINT x_av_k15 CHECK (COALESCE(c, '{a,b}') = '{a,b}'),
    CONSTRAINT x_av_k16 CHECK (NULLIF(c, '{a,b}') IS NULL),
    CONSTRAINT x_av_k23 CHECK ((c, 1) IS DISTINCT FROM ('{a,b}', 1)),
    CONSTRAINT x_av_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_av_k25 CHECK (c::text <> ''),
    CONSTRAINT x_av_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_av_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_av_k28 CHECK (c = '{a,b}'::varchar(5)[]),
    CONSTRAINT x_av_k29 CHECK (c <> CAST(ARRAY['a'] AS varchar(5)[])),
    CONSTRAINT x_av_k31 CHECK (NOT (c = '{a,b}')),
    CONSTRAINT x_av_k32 CHECK (c IS NULL OR c <> '{a,b}'),
    CONSTRAINT x_av_k39 CHECK (c IN ('{a,b}'::varchar(5)[], ARRAY['a']::varchar(5)[])),
    CONSTRAINT x_av_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_av_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_av_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_av_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_av_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_av_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_av_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_av_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_av_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_av_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_av_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_av_k57 CHECK ('a' = ANY (c)),
    CONSTRAINT x_av_k58 CHECK ('a' <> ALL (c)),
    CONSTRAINT x_av_k59 CHECK (c = '{}'),
    CONSTRAINT x_av_k60 CHECK (c <> '{}'),
    CONSTRAINT x_av_k62 CHECK (array_position(c, 'a') > 0),
    CONSTRAINT x_av_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_av_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_av_k67 CHECK (c @> '{a}'),
    CONSTRAINT x_av_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_av_k69 CHECK (c[1] IN ('a')),
    CONSTRAINT x_av_k70 CHECK (c[1] = ANY (ARRAY['a'])),
    CONSTRAINT x_av_k72 CHECK (c[(1 + 1)] IS NULL)
);
CREATE DOMAIN dm_av AS varchar(5)[] DEFAULT '{}'
    CONSTRAINT dm_av_k2 CHECK (VALUE IN ('{a,b}'))
    CONSTRAINT dm_av_k8 CHECK (VALUE IN ('{a,b}', VALUE))
    CONSTRAINT dm_av_k13 CHECK (VALUE IS DISTINCT FROM '{a,b}')
    CONSTRAINT dm_av_k14 CHECK (VALUE IS NOT DISTINCT FROM '{a,b}')
    CONSTRAINT dm_av_k15 CHECK (COALESCE(VALUE, '{a,b}') = '{a,b}')
    CONSTRAINT dm_av_k16 CHECK (NULLIF(VALUE, '{a,b}') IS NULL)
    CONSTRAINT dm_av_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('{a,b}', 1))
    CONSTRAINT dm_av_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_av_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_av_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_av_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_av_k28 CHECK (VALUE = '{a,b}'::varchar(5)[])
    CONSTRAINT dm_av_k29 CHECK (VALUE <> CAST(ARRAY['a'] AS varchar(5)[]))
    CONSTRAINT dm_av_k31 CHECK (NOT (VALUE = '{a,b}'))
    CONSTRAINT dm_av_k32 CHECK (VALUE IS NULL OR VALUE <> '{a,b}')
    CONSTRAINT dm_av_k39 CHECK (VALUE IN ('{a,b}'::varchar(5)[], ARRAY['a']::varchar(5)[]))
    CONSTRAINT dm_av_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_av_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_av_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_av_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_av_k47 CHECK (VALUE[1] IS NOT NULL)
    CONSTRAINT dm_av_k48 CHECK (VALUE[1:2] IS NOT NULL)
    CONSTRAINT dm_av_k49 CHECK (VALUE[:2] IS NOT NULL)
    CONSTRAINT dm_av_k50 CHECK (VALUE[2:] IS NOT NULL)
    CONSTRAINT dm_av_k51 CHECK (VALUE[1][1] IS NULL)
    CONSTRAINT dm_av_k52 CHECK (array_length(VALUE, 1) > 0)
    CONSTRAINT dm_av_k53 CHECK (cardinality(VALUE) > 0)
    CONSTRAINT dm_av_k57 CHECK ('a' = ANY (VALUE))
    CONSTRAINT dm_av_k58 CHECK ('a' <> ALL (VALUE))
    CONSTRAINT dm_av_k59 CHECK (VALUE = '{}')
    CONSTRAINT dm_av_k60 CHECK (VALUE <> '{}')
    CONSTRAINT dm_av_k62 CHECK (array_position(VALUE, 'a') > 0)
    CONSTRAINT dm_av_k63 CHECK (VALUE[array_length(VALUE, 1)] IS NOT NULL)
    CONSTRAINT dm_av_k64 CHECK (VALUE[-1] IS NULL)
    CONSTRAINT dm_av_k67 CHECK (VALUE @> '{a}')
    CONSTRAINT dm_av_k68 CHECK (array_ndims(VALUE) = 1)
    CONSTRAINT dm_av_k69 CHECK (VALUE[1] IN ('a'))
    CONSTRAINT dm_av_k70 CHECK (VALUE[1] = ANY (ARRAY['a']))
    CONSTRAINT dm_av_k72 CHECK (VALUE[(1 + 1)] IS NULL);
CREATE TABLE x_an (
    c numeric[],
    d0 numeric[] DEFAULT ARRAY[1.5, -2],
    d1 numeric[] DEFAULT ARRAY[1, 2],
    d2 numeric[] DEFAULT '{1.5}',
    d3 numeric[] DEFAULT ARRAY[-1]::numeric[],
    d4 numeric[] DEFAULT ARRAY[1.5]::numeric(5,2)[],
    CONSTRAINT x_an_k0 CHECK (c IN ('{1.5}', ARRAY[1.5, -2])),
    CONSTRAINT x_an_k1 CHECK (c NOT IN ('{1.5}', ARRAY[1.5, -2])),
    CONSTRAINT x_an_k2 CHECK (c IN ('{1.5}')),
    CONSTRAINT x_an_k6 CHECK (c IN ('{1.5}', ARRAY[1.5, -2], NULL)),
    CONSTRAINT x_an_k8 CHECK (c IN ('{1.5}', c)),
    CONSTRAINT x_an_k9 CHECK (c BETWEEN '{1.5}' AND ARRAY[1.5, -2]),
    CONSTRAINT x_an_k10 CHECK (c NOT BETWEEN '{1.5}' AND ARRAY[1.5, -2]),
    CONSTRAINT x_an_k11 CHECK (c BETWEEN SYMMETRIC ARRAY[1.5, -2] AND '{1.5}'),
    CONSTRAINT x_an_k12 CHECK (c NOT BETWEEN SYMMETRIC '{1.5}' AND ARRAY[1.5, -2]),
    CONSTRAINT x_an_k13 CHECK (c IS DISTINCT FROM '{1.5}'),
    CONSTRAINT x_an_k14 CHECK (c IS NOT DISTINCT FROM '{1.5}'),
    CONSTRAINT x_an_k15 CHECK (COALESCE(c, '{1.5}') = '{1.5}'),
    CONSTRAINT x_an_k16 CHECK (NULLIF(c, '{1.5}') IS NULL),
    CONSTRAINT x_an_k17 CHECK (GREATEST(c, '{1.5}', ARRAY[1.5, -2]) = ARRAY[1.5, -2]),
    CONSTRAINT x_an_k18 CHECK (LEAST(c, '{1.5}') <> ARRAY[1.5, -2]),
    CONSTRAINT x_an_k19 CHECK (CASE WHEN c = '{1.5}' THEN true ELSE c = ARRAY[1.5, -2] END),
    CONSTRAINT x_an_k20 CHECK (CASE c WHEN '{1.5}' THEN 1 WHEN ARRAY[1.5, -2] THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_an_k21 CHECK ((c, c) = ('{1.5}', ARRAY[1.5, -2])),
    CONSTRAINT x_an_k22 CHECK ((c, c) < ('{1.5}', ARRAY[1.5, -2])),
    CONSTRAINT x_an_k23 CHECK ((c, 1) IS DISTINCT FROM ('{1.5}', 1)),
    CONSTRAINT x_an_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_an_k25 CHECK (c::text <> ''),
    CONSTRAINT x_an_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_an_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_an_k28 CHECK (c = '{1.5}'::numeric[]),
    CONSTRAINT x_an_k29 CHECK (c <> CAST(ARRAY[1.5, -2] AS numeric[])),
    CONSTRAINT x_an_k30 CHECK (c > '{1.5}' OR c < ARRAY[1.5, -2]),
    CONSTRAINT x_an_k31 CHECK (NOT (c = '{1.5}')),
    CONSTRAINT x_an_k32 CHECK (c IS NULL OR c <> '{1.5}'),
    CONSTRAINT x_an_k39 CHECK (c IN ('{1.5}'::numeric[], ARRAY[1.5, -2]::numeric[])),
    CONSTRAINT x_an_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_an_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_an_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_an_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_an_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_an_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_an_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_an_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_an_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_an_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_an_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_an_k54 CHECK (c @> ARRAY[1.5]),
    CONSTRAINT x_an_k55 CHECK (c && ARRAY[1.5]),
    CONSTRAINT x_an_k56 CHECK (c <@ ARRAY[1.5]),
    CONSTRAINT x_an_k57 CHECK (1.5 = ANY (c)),
    CONSTRAINT x_an_k58 CHECK (1.5 <> ALL (c)),
    CONSTRAINT x_an_k59 CHECK (c = '{}'),
    CONSTRAINT x_an_k60 CHECK (c <> '{}'),
    CONSTRAINT x_an_k61 CHECK (c || 1.5 IS NOT NULL),
    CONSTRAINT x_an_k62 CHECK (array_position(c, 1.5) > 0),
    CONSTRAINT x_an_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_an_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_an_k65 CHECK (c IS DISTINCT FROM ARRAY[1.5]),
    CONSTRAINT x_an_k66 CHECK (c = ARRAY[1.5, 1.5]),
    CONSTRAINT x_an_k67 CHECK (c @> '{1.5}'),
    CONSTRAINT x_an_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_an_k69 CHECK (c[1] IN (1.5)),
    CONSTRAINT x_an_k70 CHECK (c[1] = ANY (ARRAY[1.5])),
    CONSTRAINT x_an_k71 CHECK (c IN (ARRAY[1.5], '{}')),
    CONSTRAINT x_an_k72 CHECK (c[(1 + 1)] IS NULL),
    CONSTRAINT x_an_k73 CHECK (c[1:1] = ARRAY[1.5])
);
CREATE TABLE x_en (
    c mood,
    d0 mood DEFAULT 'sad',
    d1 mood DEFAULT 'ok'::mood,
    d2 mood DEFAULT 'sad'::text::mood,
    d3 mood DEFAULT enum_first(NULL::mood),
    d4 mood DEFAULT ('happy'),
    g1 boolean GENERATED ALWAYS AS (c IN ('sad', 'ok')) STORED,
    g2 boolean GENERATED ALWAYS AS (c > 'sad') STORED,
    g3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad'::mood])) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('sad', 'ok')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('sad', 'ok')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('sad')) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('sad', 'ok', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('sad', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 'sad' AND 'ok') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 'sad' AND 'ok') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 'ok' AND 'sad') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 'sad' AND 'ok') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 'sad') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 'sad') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 'sad') = 'sad') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 'sad') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 'sad', 'ok') = 'ok') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 'sad') <> 'ok') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 'sad' THEN true ELSE c = 'ok' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 'sad' THEN 1 WHEN 'ok' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('sad', 'ok')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('sad', 'ok')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('sad', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 'sad'::mood) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('ok' AS mood)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 'sad' OR c < 'ok') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 'sad')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 'sad') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::mood[])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad']::mood[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('sad'::mood, 'ok'::mood)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad'::mood, 'ok'::mood])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c > 'sad') STORED,
    gb49 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad', 'ok']::mood[])) STORED,
    gb50 boolean GENERATED ALWAYS AS (c = ANY ('{sad,ok}')) STORED,
    gb51 boolean GENERATED ALWAYS AS (c IN ('sad'::mood, 'ok')) STORED,
    gb58 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['sad'::mood])) STORED,
    CONSTRAINT x_en_k0 CHECK (c IN ('sad', 'ok')),
    CONSTRAINT x_en_k1 CHECK (c NOT IN ('sad', 'ok')),
    CONSTRAINT x_en_k2 CHECK (c IN ('sad')),
    CONSTRAINT x_en_k6 CHECK (c IN ('sad', 'ok', NULL)),
    CONSTRAINT x_en_k7 CHECK (c = ANY (ARRAY['sad', c])),
    CONSTRAINT x_en_k8 CHECK (c IN ('sad', c)),
    CONSTRAINT x_en_k9 CHECK (c BETWEEN 'sad' AND 'ok'),
    CONSTRAINT x_en_k10 CHECK (c NOT BETWEEN 'sad' AND 'ok'),
    CONSTRAINT x_en_k11 CHECK (c BETWEEN SYMMETRIC 'ok' AND 'sad'),
    CONSTRAINT x_en_k12 CHECK (c NOT BETWEEN SYMMETRIC 'sad' AND 'ok'),
    CONSTRAINT x_en_k13 CHECK (c IS DISTINCT FROM 'sad'),
    CONSTRAINT x_en_k14 CHECK (c IS NOT DISTINCT FROM 'sad'),
    CONSTRAINT x_en_k15 CHECK (COALESCE(c, 'sad') = 'sad'),
    CONSTRAINT x_en_k16 CHECK (NULLIF(c, 'sad') IS NULL),
    CONSTRAINT x_en_k17 CHECK (GREATEST(c, 'sad', 'ok') = 'ok'),
    CONSTRAINT x_en_k18 CHECK (LEAST(c, 'sad') <> 'ok'),
    CONSTRAINT x_en_k19 CHECK (CASE WHEN c = 'sad' THEN true ELSE c = 'ok' END),
    CONSTRAINT x_en_k20 CHECK (CASE c WHEN 'sad' THEN 1 WHEN 'ok' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_en_k21 CHECK ((c, c) = ('sad', 'ok')),
    CONSTRAINT x_en_k22 CHECK ((c, c) < ('sad', 'ok')),
    CONSTRAINT x_en_k23 CHECK ((c, 1) IS DISTINCT FROM ('sad', 1)),
    CONSTRAINT x_en_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_en_k25 CHECK (c::text <> ''),
    CONSTRAINT x_en_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_en_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_en_k28 CHECK (c = 'sad'::mood),
    CONSTRAINT x_en_k29 CHECK (c <> CAST('ok' AS mood)),
    CONSTRAINT x_en_k30 CHECK (c > 'sad' OR c < 'ok'),
    CONSTRAINT x_en_k31 CHECK (NOT (c = 'sad')),
    CONSTRAINT x_en_k32 CHECK (c IS NULL OR c <> 'sad'),
    CONSTRAINT x_en_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_en_k34 CHECK (c = ANY ('{}'::mood[])),
    CONSTRAINT x_en_k38 CHECK (c = ANY (ARRAY['sad']::mood[])),
    CONSTRAINT x_en_k39 CHECK (c IN ('sad'::mood, 'ok'::mood)),
    CONSTRAINT x_en_k40 CHECK (c = ANY (ARRAY['sad'::mood, 'ok'::mood])),
    CONSTRAINT x_en_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_en_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_en_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_en_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_en_k47 CHECK (c > 'sad'),
    CONSTRAINT x_en_k48 CHECK (c::text LIKE 's%'),
    CONSTRAINT x_en_k49 CHECK (c = ANY (ARRAY['sad', 'ok']::mood[])),
    CONSTRAINT x_en_k50 CHECK (c = ANY ('{sad,ok}')),
    CONSTRAINT x_en_k51 CHECK (c IN ('sad'::mood, 'ok')),
    CONSTRAINT x_en_k52 CHECK (c <> enum_first(NULL::mood)),
    CONSTRAINT x_en_k53 CHECK (c::text IN ('sad', 'ok')),
    CONSTRAINT x_en_k54 CHECK (c::text = ANY (ARRAY['sad', 'ok'])),
    CONSTRAINT x_en_k55 CHECK (c = 'sad'::text::mood),
    CONSTRAINT x_en_k56 CHECK (c::text::varchar IN ('sad')),
    CONSTRAINT x_en_k57 CHECK (c = ANY (enum_range(NULL::mood))),
    CONSTRAINT x_en_k58 CHECK (c = ANY (ARRAY['sad'::mood]))
);
CREATE INDEX x_en_w0 ON x_en (c) WHERE c IN ('sad', 'ok');
CREATE INDEX x_en_e0 ON x_en ((c IN ('sad', 'ok')));
CREATE INDEX x_en_w1 ON x_en (c) WHERE c NOT IN ('sad', 'ok');
CREATE INDEX x_en_e1 ON x_en ((c NOT IN ('sad', 'ok')));
CREATE INDEX x_en_w2 ON x_en (c) WHERE c IN ('sad');
CREATE INDEX x_en_e2 ON x_en ((c IN ('sad')));
CREATE INDEX x_en_w6 ON x_en (c) WHERE c IN ('sad', 'ok', NULL);
CREATE INDEX x_en_e6 ON x_en ((c IN ('sad', 'ok', NULL)));
CREATE INDEX x_en_w7 ON x_en (c) WHERE c = ANY (ARRAY['sad', c]);
CREATE INDEX x_en_e7 ON x_en ((c = ANY (ARRAY['sad', c])));
CREATE INDEX x_en_w8 ON x_en (c) WHERE c IN ('sad', c);
CREATE INDEX x_en_e8 ON x_en ((c IN ('sad', c)));
CREATE INDEX x_en_w9 ON x_en (c) WHERE c BETWEEN 'sad' AND 'ok';
CREATE INDEX x_en_e9 ON x_en ((c BETWEEN 'sad' AND 'ok'));
CREATE INDEX x_en_w10 ON x_en (c) WHERE c NOT BETWEEN 'sad' AND 'ok';
CREATE INDEX x_en_e10 ON x_en ((c NOT BETWEEN 'sad' AND 'ok'));
CREATE INDEX x_en_w11 ON x_en (c) WHERE c BETWEEN SYMMETRIC 'ok' AND 'sad';
CREATE INDEX x_en_e11 ON x_en ((c BETWEEN SYMMETRIC 'ok' AND 'sad'));
CREATE INDEX x_en_w12 ON x_en (c) WHERE c NOT BETWEEN SYMMETRIC 'sad' AND 'ok';
CREATE INDEX x_en_e12 ON x_en ((c NOT BETWEEN SYMMETRIC 'sad' AND 'ok'));
CREATE INDEX x_en_w13 ON x_en (c) WHERE c IS DISTINCT FROM 'sad';
CREATE INDEX x_en_e13 ON x_en ((c IS DISTINCT FROM 'sad'));
CREATE INDEX x_en_w14 ON x_en (c) WHERE c IS NOT DISTINCT FROM 'sad';
CREATE INDEX x_en_e14 ON x_en ((c IS NOT DISTINCT FROM 'sad'));
CREATE INDEX x_en_w15 ON x_en (c) WHERE COALESCE(c, 'sad') = 'sad';
CREATE INDEX x_en_e15 ON x_en ((COALESCE(c, 'sad') = 'sad'));
CREATE INDEX x_en_w16 ON x_en (c) WHERE NULLIF(c, 'sad') IS NULL;
CREATE INDEX x_en_e16 ON x_en ((NULLIF(c, 'sad') IS NULL));
CREATE INDEX x_en_w17 ON x_en (c) WHERE GREATEST(c, 'sad', 'ok') = 'ok';
CREATE INDEX x_en_e17 ON x_en ((GREATEST(c, 'sad', 'ok') = 'ok'));
CREATE INDEX x_en_w18 ON x_en (c) WHERE LEAST(c, 'sad') <> 'ok';
CREATE INDEX x_en_e18 ON x_en ((LEAST(c, 'sad') <> 'ok'));
CREATE INDEX x_en_w19 ON x_en (c) WHERE CASE WHEN c = 'sad' THEN true ELSE c = 'ok' END;
CREATE INDEX x_en_e19 ON x_en ((CASE WHEN c = 'sad' THEN true ELSE c = 'ok' END));
CREATE INDEX x_en_w20 ON x_en (c) WHERE CASE c WHEN 'sad' THEN 1 WHEN 'ok' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_en_e20 ON x_en ((CASE c WHEN 'sad' THEN 1 WHEN 'ok' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_en_w21 ON x_en (c) WHERE (c, c) = ('sad', 'ok');
CREATE INDEX x_en_e21 ON x_en (((c, c) = ('sad', 'ok')));
CREATE INDEX x_en_w22 ON x_en (c) WHERE (c, c) < ('sad', 'ok');
CREATE INDEX x_en_e22 ON x_en (((c, c) < ('sad', 'ok')));
CREATE INDEX x_en_w23 ON x_en (c) WHERE (c, 1) IS DISTINCT FROM ('sad', 1);
CREATE INDEX x_en_e23 ON x_en (((c, 1) IS DISTINCT FROM ('sad', 1)));
CREATE INDEX x_en_w24 ON x_en (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_en_e24 ON x_en ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_en_w28 ON x_en (c) WHERE c = 'sad'::mood;
CREATE INDEX x_en_e28 ON x_en ((c = 'sad'::mood));
CREATE INDEX x_en_w29 ON x_en (c) WHERE c <> CAST('ok' AS mood);
CREATE INDEX x_en_e29 ON x_en ((c <> CAST('ok' AS mood)));
CREATE INDEX x_en_w30 ON x_en (c) WHERE c > 'sad' OR c < 'ok';
CREATE INDEX x_en_e30 ON x_en ((c > 'sad' OR c < 'ok'));
CREATE INDEX x_en_w31 ON x_en (c) WHERE NOT (c = 'sad');
CREATE INDEX x_en_e31 ON x_en ((NOT (c = 'sad')));
CREATE INDEX x_en_w32 ON x_en (c) WHERE c IS NULL OR c <> 'sad';
CREATE INDEX x_en_e32 ON x_en ((c IS NULL OR c <> 'sad'));
CREATE INDEX x_en_w33 ON x_en (c) WHERE c = ANY ('{}');
CREATE INDEX x_en_e33 ON x_en ((c = ANY ('{}')));
CREATE INDEX x_en_w34 ON x_en (c) WHERE c = ANY ('{}'::mood[]);
CREATE INDEX x_en_e34 ON x_en ((c = ANY ('{}'::mood[])));
CREATE INDEX x_en_w38 ON x_en (c) WHERE c = ANY (ARRAY['sad']::mood[]);
CREATE INDEX x_en_e38 ON x_en ((c = ANY (ARRAY['sad']::mood[])));
CREATE INDEX x_en_w39 ON x_en (c) WHERE c IN ('sad'::mood, 'ok'::mood);
CREATE INDEX x_en_e39 ON x_en ((c IN ('sad'::mood, 'ok'::mood)));
CREATE INDEX x_en_w40 ON x_en (c) WHERE c = ANY (ARRAY['sad'::mood, 'ok'::mood]);
CREATE INDEX x_en_e40 ON x_en ((c = ANY (ARRAY['sad'::mood, 'ok'::mood])));
CREATE INDEX x_en_w47 ON x_en (c) WHERE c > 'sad';
CREATE INDEX x_en_e47 ON x_en ((c > 'sad'));
CREATE INDEX x_en_w49 ON x_en (c) WHERE c = ANY (ARRAY['sad', 'ok']::mood[]);
CREATE INDEX x_en_e49 ON x_en ((c = ANY (ARRAY['sad', 'ok']::mood[])));
CREATE INDEX x_en_w50 ON x_en (c) WHERE c = ANY ('{sad,ok}');
CREATE INDEX x_en_e50 ON x_en ((c = ANY ('{sad,ok}')));
CREATE INDEX x_en_w51 ON x_en (c) WHERE c IN ('sad'::mood, 'ok');
CREATE INDEX x_en_e51 ON x_en ((c IN ('sad'::mood, 'ok')));
CREATE INDEX x_en_w58 ON x_en (c) WHERE c = ANY (ARRAY['sad'::mood]);
CREATE INDEX x_en_e58 ON x_en ((c = ANY (ARRAY['sad'::mood])));
CREATE DOMAIN dm_en AS mood DEFAULT 'sad'
    CONSTRAINT dm_en_k0 CHECK (VALUE IN ('sad', 'ok'))
    CONSTRAINT dm_en_k1 CHECK (VALUE NOT IN ('sad', 'ok'))
    CONSTRAINT dm_en_k2 CHECK (VALUE IN ('sad'))
    CONSTRAINT dm_en_k6 CHECK (VALUE IN ('sad', 'ok', NULL))
    CONSTRAINT dm_en_k7 CHECK (VALUE = ANY (ARRAY['sad', VALUE]))
    CONSTRAINT dm_en_k8 CHECK (VALUE IN ('sad', VALUE))
    CONSTRAINT dm_en_k9 CHECK (VALUE BETWEEN 'sad' AND 'ok')
    CONSTRAINT dm_en_k10 CHECK (VALUE NOT BETWEEN 'sad' AND 'ok')
    CONSTRAINT dm_en_k11 CHECK (VALUE BETWEEN SYMMETRIC 'ok' AND 'sad')
    CONSTRAINT dm_en_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 'sad' AND 'ok')
    CONSTRAINT dm_en_k13 CHECK (VALUE IS DISTINCT FROM 'sad')
    CONSTRAINT dm_en_k14 CHECK (VALUE IS NOT DISTINCT FROM 'sad')
    CONSTRAINT dm_en_k15 CHECK (COALESCE(VALUE, 'sad') = 'sad')
    CONSTRAINT dm_en_k16 CHECK (NULLIF(VALUE, 'sad') IS NULL)
    CONSTRAINT dm_en_k17 CHECK (GREATEST(VALUE, 'sad', 'ok') = 'ok')
    CONSTRAINT dm_en_k18 CHECK (LEAST(VALUE, 'sad') <> 'ok')
    CONSTRAINT dm_en_k19 CHECK (CASE WHEN VALUE = 'sad' THEN true ELSE VALUE = 'ok' END)
    CONSTRAINT dm_en_k20 CHECK (CASE VALUE WHEN 'sad' THEN 1 WHEN 'ok' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_en_k21 CHECK ((VALUE, VALUE) = ('sad', 'ok'))
    CONSTRAINT dm_en_k22 CHECK ((VALUE, VALUE) < ('sad', 'ok'))
    CONSTRAINT dm_en_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('sad', 1))
    CONSTRAINT dm_en_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_en_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_en_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_en_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_en_k28 CHECK (VALUE = 'sad'::mood)
    CONSTRAINT dm_en_k29 CHECK (VALUE <> CAST('ok' AS mood))
    CONSTRAINT dm_en_k30 CHECK (VALUE > 'sad' OR VALUE < 'ok')
    CONSTRAINT dm_en_k31 CHECK (NOT (VALUE = 'sad'))
    CONSTRAINT dm_en_k32 CHECK (VALUE IS NULL OR VALUE <> 'sad')
    CONSTRAINT dm_en_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_en_k34 CHECK (VALUE = ANY ('{}'::mood[]))
    CONSTRAINT dm_en_k38 CHECK (VALUE = ANY (ARRAY['sad']::mood[]))
    CONSTRAINT dm_en_k39 CHECK (VALUE IN ('sad'::mood, 'ok'::mood))
    CONSTRAINT dm_en_k40 CHECK (VALUE = ANY (ARRAY['sad'::mood, 'ok'::mood]))
    CONSTRAINT dm_en_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_en_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_en_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_en_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_en_k47 CHECK (VALUE > 'sad')
    CONSTRAINT dm_en_k48 CHECK (VALUE::text LIKE 's%')
    CONSTRAINT dm_en_k49 CHECK (VALUE = ANY (ARRAY['sad', 'ok']::mood[]))
    CONSTRAINT dm_en_k50 CHECK (VALUE = ANY ('{sad,ok}'))
    CONSTRAINT dm_en_k51 CHECK (VALUE IN ('sad'::mood, 'ok'))
    CONSTRAINT dm_en_k52 CHECK (VALUE <> enum_first(NULL::mood))
    CONSTRAINT dm_en_k53 CHECK (VALUE::text IN ('sad', 'ok'))
    CONSTRAINT dm_en_k54 CHECK (VALUE::text = ANY (ARRAY['sad', 'ok']))
    CONSTRAINT dm_en_k55 CHECK (VALUE = 'sad'::text::mood)
    CONSTRAINT dm_en_k56 CHECK (VALUE::text::varchar IN ('sad'))
    CONSTRAINT dm_en_k57 CHECK (VALUE = ANY (enum_range(NULL::mood)))
    CONSTRAINT dm_en_k58 CHECK (VALUE = ANY (ARRAY['sad'::mood]));
CREATE TABLE x_ae (
    c mood[],
    d0 mood[] DEFAULT '{}',
    d1 mood[] DEFAULT ARRAY['sad']::mood[],
    d2 mood[] DEFAULT ARRAY['sad'::mood, 'ok'::mood],
    d3 mood[] DEFAULT '{sad,ok}',
    d4 mood[] DEFAULT enum_range(NULL::mood),
    CONSTRAINT x_ae_k0 CHECK (c IN ('{sad}', ARRAY['ok']::mood[])),
    CONSTRAINT x_ae_k1 CHECK (c NOT IN ('{sad}', ARRAY['ok']::mood[])),
    CONSTRAINT x_ae_k2 CHECK (c IN ('{sad}')),
    CONSTRAINT x_ae_k6 CHECK (c IN ('{sad}', ARRAY['ok']::mood[], NULL)),
    CONSTRAINT x_ae_k8 CHECK (c IN ('{sad}', c)),
    CONSTRAINT x_ae_k9 CHECK (c BETWEEN '{sad}' AND ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k10 CHECK (c NOT BETWEEN '{sad}' AND ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k11 CHECK (c BETWEEN SYMMETRIC ARRAY['ok']::mood[] AND '{sad}'),
    CONSTRAINT x_ae_k12 CHECK (c NOT BETWEEN SYMMETRIC '{sad}' AND ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k13 CHECK (c IS DISTINCT FROM '{sad}'),
    CONSTRAINT x_ae_k14 CHECK (c IS NOT DISTINCT FROM '{sad}'),
    CONSTRAINT x_ae_k15 CHECK (COALESCE(c, '{sad}') = '{sad}'),
    CONSTRAINT x_ae_k16 CHECK (NULLIF(c, '{sad}') IS NULL),
    CONSTRAINT x_ae_k17 CHECK (GREATEST(c, '{sad}', ARRAY['ok']::mood[]) = ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k18 CHECK (LEAST(c, '{sad}') <> ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k19 CHECK (CASE WHEN c = '{sad}' THEN true ELSE c = ARRAY['ok']::mood[] END),
    CONSTRAINT x_ae_k20 CHECK (CASE c WHEN '{sad}' THEN 1 WHEN ARRAY['ok']::mood[] THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ae_k21 CHECK ((c, c) = ('{sad}', ARRAY['ok']::mood[])),
    CONSTRAINT x_ae_k22 CHECK ((c, c) < ('{sad}', ARRAY['ok']::mood[])),
    CONSTRAINT x_ae_k23 CHECK ((c, 1) IS DISTINCT FROM ('{sad}', 1)),
    CONSTRAINT x_ae_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ae_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ae_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ae_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ae_k28 CHECK (c = '{sad}'::mood[]),
    CONSTRAINT x_ae_k29 CHECK (c <> CAST(ARRAY['ok']::mood[] AS mood[])),
    CONSTRAINT x_ae_k30 CHECK (c > '{sad}' OR c < ARRAY['ok']::mood[]),
    CONSTRAINT x_ae_k31 CHECK (NOT (c = '{sad}')),
    CONSTRAINT x_ae_k32 CHECK (c IS NULL OR c <> '{sad}'),
    CONSTRAINT x_ae_k39 CHECK (c IN ('{sad}'::mood[], ARRAY['ok']::mood[]::mood[])),
    CONSTRAINT x_ae_k42 CHECK (ARRAY[c, '{sad}'] = ARRAY['{sad}', ARRAY['ok']::mood[]]),
    CONSTRAINT x_ae_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ae_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ae_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ae_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ae_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_ae_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_ae_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_ae_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_ae_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_ae_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_ae_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_ae_k54 CHECK (c @> ARRAY['sad'::mood]),
    CONSTRAINT x_ae_k55 CHECK (c && ARRAY['sad'::mood]),
    CONSTRAINT x_ae_k56 CHECK (c <@ ARRAY['sad'::mood]),
    CONSTRAINT x_ae_k57 CHECK ('sad'::mood = ANY (c)),
    CONSTRAINT x_ae_k58 CHECK ('sad'::mood <> ALL (c)),
    CONSTRAINT x_ae_k59 CHECK (c = '{}'),
    CONSTRAINT x_ae_k60 CHECK (c <> '{}'),
    CONSTRAINT x_ae_k61 CHECK (c || 'sad'::mood IS NOT NULL),
    CONSTRAINT x_ae_k62 CHECK (array_position(c, 'sad'::mood) > 0),
    CONSTRAINT x_ae_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_ae_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_ae_k65 CHECK (c IS DISTINCT FROM ARRAY['sad'::mood]),
    CONSTRAINT x_ae_k66 CHECK (c = ARRAY['sad'::mood, 'sad'::mood]),
    CONSTRAINT x_ae_k67 CHECK (c @> '{sad}'),
    CONSTRAINT x_ae_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_ae_k69 CHECK (c[1] IN ('sad'::mood)),
    CONSTRAINT x_ae_k70 CHECK (c[1] = ANY (ARRAY['sad'::mood])),
    CONSTRAINT x_ae_k71 CHECK (c IN (ARRAY['sad'::mood], '{}')),
    CONSTRAINT x_ae_k72 CHECK (c[(1 + 1)] IS NULL),
    CONSTRAINT x_ae_k73 CHECK (c[1:1] = ARRAY['sad'::mood]),
    CONSTRAINT x_ae_k75 CHECK (c::text LIKE 's%'),
    CONSTRAINT x_ae_k80 CHECK (c::text IN ('sad', 'ok')),
    CONSTRAINT x_ae_k81 CHECK (c::text = ANY (ARRAY['sad', 'ok'])),
    CONSTRAINT x_ae_k84 CHECK (c::text::varchar IN ('sad'))
);
CREATE TABLE x_dv (
    c dvc,
    d0 dvc DEFAULT 'a',
    d1 dvc DEFAULT 'a'::dvc,
    d2 dvc DEFAULT 'a'::varchar,
    d3 dvc DEFAULT 'a'::text,
    d4 dvc DEFAULT '',
    g0 text GENERATED ALWAYS AS (c || 'x') STORED,
    g1 text GENERATED ALWAYS AS (c::text) STORED,
    g2 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    g3 text GENERATED ALWAYS AS (upper(c)) STORED,
    gb0 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    gb1 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b')) STORED,
    gb2 boolean GENERATED ALWAYS AS (c IN ('a')) STORED,
    gb3 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b'])) STORED,
    gb4 boolean GENERATED ALWAYS AS (c <> ALL (ARRAY['a', 'b'])) STORED,
    gb5 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b', NULL])) STORED,
    gb6 boolean GENERATED ALWAYS AS (c IN ('a', 'b', NULL)) STORED,
    gb7 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', c])) STORED,
    gb8 boolean GENERATED ALWAYS AS (c IN ('a', c)) STORED,
    gb9 boolean GENERATED ALWAYS AS (c BETWEEN 'a' AND 'b') STORED,
    gb10 boolean GENERATED ALWAYS AS (c NOT BETWEEN 'a' AND 'b') STORED,
    gb11 boolean GENERATED ALWAYS AS (c BETWEEN SYMMETRIC 'b' AND 'a') STORED,
    gb12 boolean GENERATED ALWAYS AS (c NOT BETWEEN SYMMETRIC 'a' AND 'b') STORED,
    gb13 boolean GENERATED ALWAYS AS (c IS DISTINCT FROM 'a') STORED,
    gb14 boolean GENERATED ALWAYS AS (c IS NOT DISTINCT FROM 'a') STORED,
    gb15 boolean GENERATED ALWAYS AS (COALESCE(c, 'a') = 'a') STORED,
    gb16 boolean GENERATED ALWAYS AS (NULLIF(c, 'a') IS NULL) STORED,
    gb17 boolean GENERATED ALWAYS AS (GREATEST(c, 'a', 'b') = 'b') STORED,
    gb18 boolean GENERATED ALWAYS AS (LEAST(c, 'a') <> 'b') STORED,
    gb19 boolean GENERATED ALWAYS AS (CASE WHEN c = 'a' THEN true ELSE c = 'b' END) STORED,
    gb20 boolean GENERATED ALWAYS AS (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0) STORED,
    gb21 boolean GENERATED ALWAYS AS ((c, c) = ('a', 'b')) STORED,
    gb22 boolean GENERATED ALWAYS AS ((c, c) < ('a', 'b')) STORED,
    gb23 boolean GENERATED ALWAYS AS ((c, 1) IS DISTINCT FROM ('a', 1)) STORED,
    gb24 boolean GENERATED ALWAYS AS (ROW(c, c) IS NOT NULL) STORED,
    gb25 boolean GENERATED ALWAYS AS (c::text <> '') STORED,
    gb26 boolean GENERATED ALWAYS AS (CAST(c AS text) <> '') STORED,
    gb27 boolean GENERATED ALWAYS AS (c::text::varchar(5) <> 'x') STORED,
    gb28 boolean GENERATED ALWAYS AS (c = 'a'::dvc) STORED,
    gb29 boolean GENERATED ALWAYS AS (c <> CAST('b' AS dvc)) STORED,
    gb30 boolean GENERATED ALWAYS AS (c > 'a' OR c < 'b') STORED,
    gb31 boolean GENERATED ALWAYS AS (NOT (c = 'a')) STORED,
    gb32 boolean GENERATED ALWAYS AS (c IS NULL OR c <> 'a') STORED,
    gb33 boolean GENERATED ALWAYS AS (c = ANY ('{}')) STORED,
    gb34 boolean GENERATED ALWAYS AS (c = ANY ('{}'::dvc[])) STORED,
    gb36 boolean GENERATED ALWAYS AS (c = ALL (ARRAY['a'])) STORED,
    gb37 boolean GENERATED ALWAYS AS (c > ANY (ARRAY['a', 'b'])) STORED,
    gb38 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a']::dvc[])) STORED,
    gb39 boolean GENERATED ALWAYS AS (c IN ('a'::dvc, 'b'::dvc)) STORED,
    gb40 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::dvc, 'b'::dvc])) STORED,
    gb43 boolean GENERATED ALWAYS AS (ARRAY[c]::text[] <> '{}') STORED,
    gb44 boolean GENERATED ALWAYS AS (c::text IN ('a', 'b')) STORED,
    gb45 boolean GENERATED ALWAYS AS (c::varchar IN ('a', 'b')) STORED,
    gb46 boolean GENERATED ALWAYS AS (c::varchar(3) = ANY (ARRAY['a'])) STORED,
    gb47 boolean GENERATED ALWAYS AS (c LIKE 'a%') STORED,
    gb48 boolean GENERATED ALWAYS AS (c NOT LIKE 'a%') STORED,
    gb49 boolean GENERATED ALWAYS AS (c ILIKE 'A%') STORED,
    gb50 boolean GENERATED ALWAYS AS (c NOT ILIKE 'a%') STORED,
    gb51 boolean GENERATED ALWAYS AS (c LIKE 'a!%' ESCAPE '!') STORED,
    gb52 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a%') STORED,
    gb53 boolean GENERATED ALWAYS AS (c NOT SIMILAR TO '(a|b)%') STORED,
    gb54 boolean GENERATED ALWAYS AS (c SIMILAR TO 'a#%' ESCAPE '#') STORED,
    gb55 boolean GENERATED ALWAYS AS (c ~ '^a') STORED,
    gb56 boolean GENERATED ALWAYS AS (c ~* '^A') STORED,
    gb57 boolean GENERATED ALWAYS AS (c !~ 'x') STORED,
    gb58 boolean GENERATED ALWAYS AS (c !~* 'x') STORED,
    gb59 boolean GENERATED ALWAYS AS (c COLLATE "C" < 'b') STORED,
    gb60 boolean GENERATED ALWAYS AS ((c COLLATE "C") IN ('a', 'b')) STORED,
    gb61 boolean GENERATED ALWAYS AS (c COLLATE "C" IN ('a', 'b')) STORED,
    gb62 boolean GENERATED ALWAYS AS (lower(c) COLLATE "POSIX" <> 'x') STORED,
    gb63 boolean GENERATED ALWAYS AS (substring(c FROM 1 FOR 2) <> 'x') STORED,
    gb64 boolean GENERATED ALWAYS AS (substring(c FROM 2) <> 'x') STORED,
    gb65 boolean GENERATED ALWAYS AS (substring(c FOR 2) <> 'x') STORED,
    gb66 boolean GENERATED ALWAYS AS (substring(c FROM 'a.*') IS NULL) STORED,
    gb67 boolean GENERATED ALWAYS AS (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL) STORED,
    gb68 boolean GENERATED ALWAYS AS (position('a' IN c) > 0) STORED,
    gb69 boolean GENERATED ALWAYS AS (trim(BOTH 'x' FROM c) <> '') STORED,
    gb70 boolean GENERATED ALWAYS AS (trim(LEADING FROM c) <> '') STORED,
    gb71 boolean GENERATED ALWAYS AS (trim(TRAILING 'x' FROM c) <> '') STORED,
    gb72 boolean GENERATED ALWAYS AS (trim(c) <> '') STORED,
    gb73 boolean GENERATED ALWAYS AS (btrim(c) <> '') STORED,
    gb74 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 1 FOR 1) <> '') STORED,
    gb75 boolean GENERATED ALWAYS AS (overlay(c PLACING 'x' FROM 2) <> '') STORED,
    gb76 boolean GENERATED ALWAYS AS (c || 'x' <> 'y') STORED,
    gb77 boolean GENERATED ALWAYS AS ('x' || c || 'y' <> '') STORED,
    gb78 boolean GENERATED ALWAYS AS (upper(c) = c) STORED,
    gb79 boolean GENERATED ALWAYS AS (length(c) > 0) STORED,
    gb80 boolean GENERATED ALWAYS AS (char_length(c) < 5) STORED,
    gb81 boolean GENERATED ALWAYS AS (c::text ~ '^[a-z]+$') STORED,
    gb82 boolean GENERATED ALWAYS AS (left(c, 1) = 'a') STORED,
    gb83 boolean GENERATED ALWAYS AS (c > '') STORED,
    gb84 boolean GENERATED ALWAYS AS (c <> ''::text) STORED,
    gb85 boolean GENERATED ALWAYS AS (c <> '') STORED,
    gb86 boolean GENERATED ALWAYS AS (c = 'a'::text) STORED,
    gb87 boolean GENERATED ALWAYS AS (c::text = 'a') STORED,
    gb88 boolean GENERATED ALWAYS AS ((c)::text = 'a'::text) STORED,
    gb89 boolean GENERATED ALWAYS AS (c IN ('a'::text, 'b'::text)) STORED,
    gb90 boolean GENERATED ALWAYS AS (c IN ('a'::varchar, 'b'::varchar)) STORED,
    gb91 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a'::varchar, 'b'::varchar])) STORED,
    gb92 boolean GENERATED ALWAYS AS (c = ANY (ARRAY['a', 'b']::varchar[])) STORED,
    gb93 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::varchar[])) STORED,
    gb94 boolean GENERATED ALWAYS AS (c = ANY ('{a,b}'::text[])) STORED,
    gb96 boolean GENERATED ALWAYS AS (c ^@ 'a') STORED,
    gb97 boolean GENERATED ALWAYS AS (starts_with(c, 'a')) STORED,
    gb98 boolean GENERATED ALWAYS AS (c IS NORMALIZED) STORED,
    gb99 boolean GENERATED ALWAYS AS (c IS NOT NFC NORMALIZED) STORED,
    gb100 boolean GENERATED ALWAYS AS (normalize(c, NFKC) = c) STORED,
    gb101 boolean GENERATED ALWAYS AS (c NOT IN ('a', 'b') AND c IS NOT NULL) STORED,
    gb102 boolean GENERATED ALWAYS AS (NOT c IN ('a')) STORED,
    gb103 boolean GENERATED ALWAYS AS (c LIKE ANY (ARRAY['a%', 'b%'])) STORED,
    gb104 boolean GENERATED ALWAYS AS (c ILIKE ALL (ARRAY['%'])) STORED,
    gb105 boolean GENERATED ALWAYS AS (c COLLATE "C" LIKE 'a%') STORED,
    gb106 boolean GENERATED ALWAYS AS (E'a\nb' <> c) STORED,
    gb107 boolean GENERATED ALWAYS AS (U&'\0041' <> c) STORED,
    gb108 boolean GENERATED ALWAYS AS ($$x$$ <> c) STORED,
    gb109 boolean GENERATED ALWAYS AS (c <> N'x') STORED,
    gb110 boolean GENERATED ALWAYS AS (c ~ E'\\d') STORED,
    gb111 boolean GENERATED ALWAYS AS (c ~ '\d') STORED,
    gb114 boolean GENERATED ALWAYS AS (c::name <> 'x') STORED,
    gb115 boolean GENERATED ALWAYS AS (c::bpchar <> 'x') STORED,
    gb116 boolean GENERATED ALWAYS AS (c::char(2) <> 'x') STORED,
    gb117 boolean GENERATED ALWAYS AS (c || 1 <> '') STORED,
    gb118 boolean GENERATED ALWAYS AS (1 || c <> '') STORED,
    gb119 boolean GENERATED ALWAYS AS (c IN ('a' COLLATE "C", 'b')) STORED,
    gb120 boolean GENERATED ALWAYS AS (c::varchar(2) = ANY (ARRAY['a', 'b'])) STORED,
    CONSTRAINT x_dv_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_dv_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_dv_k2 CHECK (c IN ('a')),
    CONSTRAINT x_dv_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_dv_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_dv_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_dv_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_dv_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_dv_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_dv_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_dv_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_dv_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_dv_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_dv_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_dv_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_dv_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_dv_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_dv_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_dv_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_dv_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_dv_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_dv_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_dv_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_dv_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_dv_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_dv_k25 CHECK (c::text <> ''),
    CONSTRAINT x_dv_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_dv_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_dv_k28 CHECK (c = 'a'::dvc),
    CONSTRAINT x_dv_k29 CHECK (c <> CAST('b' AS dvc)),
    CONSTRAINT x_dv_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_dv_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_dv_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_dv_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_dv_k34 CHECK (c = ANY ('{}'::dvc[])),
    CONSTRAINT x_dv_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_dv_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_dv_k38 CHECK (c = ANY (ARRAY['a']::dvc[])),
    CONSTRAINT x_dv_k39 CHECK (c IN ('a'::dvc, 'b'::dvc)),
    CONSTRAINT x_dv_k40 CHECK (c = ANY (ARRAY['a'::dvc, 'b'::dvc])),
    CONSTRAINT x_dv_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_dv_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_dv_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_dv_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_dv_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_dv_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_dv_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_dv_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_dv_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_dv_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_dv_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_dv_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_dv_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_dv_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_dv_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_dv_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_dv_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_dv_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_dv_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_dv_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_dv_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_dv_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_dv_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_dv_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_dv_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_dv_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_dv_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_dv_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_dv_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_dv_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_dv_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_dv_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_dv_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_dv_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_dv_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_dv_k78 CHECK (upper(c) = c),
    CONSTRAINT x_dv_k79 CHECK (length(c) > 0),
    CONSTRAINT x_dv_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_dv_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_dv_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_dv_k83 CHECK (c > ''),
    CONSTRAINT x_dv_k84 CHECK (c <> ''::text),
    CONSTRAINT x_dv_k85 CHECK (c <> ''),
    CONSTRAINT x_dv_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_dv_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_dv_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_dv_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_dv_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_dv_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_dv_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_dv_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_dv_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_dv_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_dv_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_dv_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_dv_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_dv_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_dv_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_dv_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_dv_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_dv_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_dv_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_dv_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_dv_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_dv_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_dv_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_dv_k109 CHECK (c <> N'x'),
    CONSTRAINT x_dv_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_dv_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_dv_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_dv_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_dv_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_dv_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_dv_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_dv_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_dv_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_dv_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_dv_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE INDEX x_dv_w0 ON x_dv (c) WHERE c IN ('a', 'b');
CREATE INDEX x_dv_e0 ON x_dv ((c IN ('a', 'b')));
CREATE INDEX x_dv_w1 ON x_dv (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_dv_e1 ON x_dv ((c NOT IN ('a', 'b')));
CREATE INDEX x_dv_w2 ON x_dv (c) WHERE c IN ('a');
CREATE INDEX x_dv_e2 ON x_dv ((c IN ('a')));
CREATE INDEX x_dv_w3 ON x_dv (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_dv_e3 ON x_dv ((c = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_dv_w4 ON x_dv (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_dv_e4 ON x_dv ((c <> ALL (ARRAY['a', 'b'])));
CREATE INDEX x_dv_w5 ON x_dv (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_dv_e5 ON x_dv ((c = ANY (ARRAY['a', 'b', NULL])));
CREATE INDEX x_dv_w6 ON x_dv (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_dv_e6 ON x_dv ((c IN ('a', 'b', NULL)));
CREATE INDEX x_dv_w7 ON x_dv (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_dv_e7 ON x_dv ((c = ANY (ARRAY['a', c])));
CREATE INDEX x_dv_w8 ON x_dv (c) WHERE c IN ('a', c);
CREATE INDEX x_dv_e8 ON x_dv ((c IN ('a', c)));
CREATE INDEX x_dv_w9 ON x_dv (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_dv_e9 ON x_dv ((c BETWEEN 'a' AND 'b'));
CREATE INDEX x_dv_w10 ON x_dv (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_dv_e10 ON x_dv ((c NOT BETWEEN 'a' AND 'b'));
CREATE INDEX x_dv_w11 ON x_dv (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_dv_e11 ON x_dv ((c BETWEEN SYMMETRIC 'b' AND 'a'));
CREATE INDEX x_dv_w12 ON x_dv (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_dv_e12 ON x_dv ((c NOT BETWEEN SYMMETRIC 'a' AND 'b'));
CREATE INDEX x_dv_w13 ON x_dv (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_dv_e13 ON x_dv ((c IS DISTINCT FROM 'a'));
CREATE INDEX x_dv_w14 ON x_dv (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_dv_e14 ON x_dv ((c IS NOT DISTINCT FROM 'a'));
CREATE INDEX x_dv_w15 ON x_dv (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_dv_e15 ON x_dv ((COALESCE(c, 'a') = 'a'));
CREATE INDEX x_dv_w16 ON x_dv (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_dv_e16 ON x_dv ((NULLIF(c, 'a') IS NULL));
CREATE INDEX x_dv_w17 ON x_dv (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_dv_e17 ON x_dv ((GREATEST(c, 'a', 'b') = 'b'));
CREATE INDEX x_dv_w18 ON x_dv (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_dv_e18 ON x_dv ((LEAST(c, 'a') <> 'b'));
CREATE INDEX x_dv_w19 ON x_dv (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_dv_e19 ON x_dv ((CASE WHEN c = 'a' THEN true ELSE c = 'b' END));
CREATE INDEX x_dv_w20 ON x_dv (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_dv_e20 ON x_dv ((CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0));
CREATE INDEX x_dv_w21 ON x_dv (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_dv_e21 ON x_dv (((c, c) = ('a', 'b')));
CREATE INDEX x_dv_w22 ON x_dv (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_dv_e22 ON x_dv (((c, c) < ('a', 'b')));
CREATE INDEX x_dv_w23 ON x_dv (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_dv_e23 ON x_dv (((c, 1) IS DISTINCT FROM ('a', 1)));
CREATE INDEX x_dv_w24 ON x_dv (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_dv_e24 ON x_dv ((ROW(c, c) IS NOT NULL));
CREATE INDEX x_dv_w25 ON x_dv (c) WHERE c::text <> '';
CREATE INDEX x_dv_e25 ON x_dv ((c::text <> ''));
CREATE INDEX x_dv_w26 ON x_dv (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_dv_e26 ON x_dv ((CAST(c AS text) <> ''));
CREATE INDEX x_dv_w27 ON x_dv (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_dv_e27 ON x_dv ((c::text::varchar(5) <> 'x'));
CREATE INDEX x_dv_w28 ON x_dv (c) WHERE c = 'a'::dvc;
CREATE INDEX x_dv_e28 ON x_dv ((c = 'a'::dvc));
CREATE INDEX x_dv_w29 ON x_dv (c) WHERE c <> CAST('b' AS dvc);
CREATE INDEX x_dv_e29 ON x_dv ((c <> CAST('b' AS dvc)));
CREATE INDEX x_dv_w30 ON x_dv (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_dv_e30 ON x_dv ((c > 'a' OR c < 'b'));
CREATE INDEX x_dv_w31 ON x_dv (c) WHERE NOT (c = 'a');
CREATE INDEX x_dv_e31 ON x_dv ((NOT (c = 'a')));
CREATE INDEX x_dv_w32 ON x_dv (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_dv_e32 ON x_dv ((c IS NULL OR c <> 'a'));
CREATE INDEX x_dv_w33 ON x_dv (c) WHERE c = ANY ('{}');
CREATE INDEX x_dv_e33 ON x_dv ((c = ANY ('{}')));
CREATE INDEX x_dv_w34 ON x_dv (c) WHERE c = ANY ('{}'::dvc[]);
CREATE INDEX x_dv_e34 ON x_dv ((c = ANY ('{}'::dvc[])));
CREATE INDEX x_dv_w36 ON x_dv (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_dv_e36 ON x_dv ((c = ALL (ARRAY['a'])));
CREATE INDEX x_dv_w37 ON x_dv (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_dv_e37 ON x_dv ((c > ANY (ARRAY['a', 'b'])));
CREATE INDEX x_dv_w38 ON x_dv (c) WHERE c = ANY (ARRAY['a']::dvc[]);
CREATE INDEX x_dv_e38 ON x_dv ((c = ANY (ARRAY['a']::dvc[])));
CREATE INDEX x_dv_w39 ON x_dv (c) WHERE c IN ('a'::dvc, 'b'::dvc);
CREATE INDEX x_dv_e39 ON x_dv ((c IN ('a'::dvc, 'b'::dvc)));
CREATE INDEX x_dv_w40 ON x_dv (c) WHERE c = ANY (ARRAY['a'::dvc, 'b'::dvc]);
CREATE INDEX x_dv_e40 ON x_dv ((c = ANY (ARRAY['a'::dvc, 'b'::dvc])));
CREATE INDEX x_dv_w43 ON x_dv (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_dv_e43 ON x_dv ((ARRAY[c]::text[] <> '{}'));
CREATE INDEX x_dv_w44 ON x_dv (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_dv_e44 ON x_dv ((c::text IN ('a', 'b')));
CREATE INDEX x_dv_w45 ON x_dv (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_dv_e45 ON x_dv ((c::varchar IN ('a', 'b')));
CREATE INDEX x_dv_w46 ON x_dv (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_dv_e46 ON x_dv ((c::varchar(3) = ANY (ARRAY['a'])));
CREATE INDEX x_dv_w47 ON x_dv (c) WHERE c LIKE 'a%';
CREATE INDEX x_dv_e47 ON x_dv ((c LIKE 'a%'));
CREATE INDEX x_dv_w48 ON x_dv (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_dv_e48 ON x_dv ((c NOT LIKE 'a%'));
CREATE INDEX x_dv_w49 ON x_dv (c) WHERE c ILIKE 'A%';
CREATE INDEX x_dv_e49 ON x_dv ((c ILIKE 'A%'));
CREATE INDEX x_dv_w50 ON x_dv (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_dv_e50 ON x_dv ((c NOT ILIKE 'a%'));
CREATE INDEX x_dv_w51 ON x_dv (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_dv_e51 ON x_dv ((c LIKE 'a!%' ESCAPE '!'));
CREATE INDEX x_dv_w52 ON x_dv (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_dv_e52 ON x_dv ((c SIMILAR TO 'a%'));
CREATE INDEX x_dv_w53 ON x_dv (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_dv_e53 ON x_dv ((c NOT SIMILAR TO '(a|b)%'));
CREATE INDEX x_dv_w54 ON x_dv (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_dv_e54 ON x_dv ((c SIMILAR TO 'a#%' ESCAPE '#'));
CREATE INDEX x_dv_w55 ON x_dv (c) WHERE c ~ '^a';
CREATE INDEX x_dv_e55 ON x_dv ((c ~ '^a'));
CREATE INDEX x_dv_w56 ON x_dv (c) WHERE c ~* '^A';
CREATE INDEX x_dv_e56 ON x_dv ((c ~* '^A'));
CREATE INDEX x_dv_w57 ON x_dv (c) WHERE c !~ 'x';
CREATE INDEX x_dv_e57 ON x_dv ((c !~ 'x'));
CREATE INDEX x_dv_w58 ON x_dv (c) WHERE c !~* 'x';
CREATE INDEX x_dv_e58 ON x_dv ((c !~* 'x'));
CREATE INDEX x_dv_w59 ON x_dv (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_dv_e59 ON x_dv ((c COLLATE "C" < 'b'));
CREATE INDEX x_dv_w60 ON x_dv (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_dv_e60 ON x_dv (((c COLLATE "C") IN ('a', 'b')));
CREATE INDEX x_dv_w61 ON x_dv (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_dv_e61 ON x_dv ((c COLLATE "C" IN ('a', 'b')));
CREATE INDEX x_dv_w62 ON x_dv (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_dv_e62 ON x_dv ((lower(c) COLLATE "POSIX" <> 'x'));
CREATE INDEX x_dv_w63 ON x_dv (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_dv_e63 ON x_dv ((substring(c FROM 1 FOR 2) <> 'x'));
CREATE INDEX x_dv_w64 ON x_dv (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_dv_e64 ON x_dv ((substring(c FROM 2) <> 'x'));
CREATE INDEX x_dv_w65 ON x_dv (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_dv_e65 ON x_dv ((substring(c FOR 2) <> 'x'));
CREATE INDEX x_dv_w66 ON x_dv (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_dv_e66 ON x_dv ((substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_dv_w67 ON x_dv (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_dv_e67 ON x_dv ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL));
CREATE INDEX x_dv_w68 ON x_dv (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_dv_e68 ON x_dv ((position('a' IN c) > 0));
CREATE INDEX x_dv_w69 ON x_dv (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_dv_e69 ON x_dv ((trim(BOTH 'x' FROM c) <> ''));
CREATE INDEX x_dv_w70 ON x_dv (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_dv_e70 ON x_dv ((trim(LEADING FROM c) <> ''));
CREATE INDEX x_dv_w71 ON x_dv (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_dv_e71 ON x_dv ((trim(TRAILING 'x' FROM c) <> ''));
CREATE INDEX x_dv_w72 ON x_dv (c) WHERE trim(c) <> '';
CREATE INDEX x_dv_e72 ON x_dv ((trim(c) <> ''));
CREATE INDEX x_dv_w73 ON x_dv (c) WHERE btrim(c) <> '';
CREATE INDEX x_dv_e73 ON x_dv ((btrim(c) <> ''));
CREATE INDEX x_dv_w74 ON x_dv (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_dv_e74 ON x_dv ((overlay(c PLACING 'x' FROM 1 FOR 1) <> ''));
CREATE INDEX x_dv_w75 ON x_dv (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_dv_e75 ON x_dv ((overlay(c PLACING 'x' FROM 2) <> ''));
CREATE INDEX x_dv_w76 ON x_dv (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_dv_e76 ON x_dv ((c || 'x' <> 'y'));
CREATE INDEX x_dv_w77 ON x_dv (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_dv_e77 ON x_dv (('x' || c || 'y' <> ''));
CREATE INDEX x_dv_w78 ON x_dv (c) WHERE upper(c) = c;
CREATE INDEX x_dv_e78 ON x_dv ((upper(c) = c));
CREATE INDEX x_dv_w79 ON x_dv (c) WHERE length(c) > 0;
CREATE INDEX x_dv_e79 ON x_dv ((length(c) > 0));
CREATE INDEX x_dv_w80 ON x_dv (c) WHERE char_length(c) < 5;
CREATE INDEX x_dv_e80 ON x_dv ((char_length(c) < 5));
CREATE INDEX x_dv_w81 ON x_dv (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_dv_e81 ON x_dv ((c::text ~ '^[a-z]+$'));
CREATE INDEX x_dv_w82 ON x_dv (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_dv_e82 ON x_dv ((left(c, 1) = 'a'));
CREATE INDEX x_dv_w83 ON x_dv (c) WHERE c > '';
CREATE INDEX x_dv_e83 ON x_dv ((c > ''));
CREATE INDEX x_dv_w84 ON x_dv (c) WHERE c <> ''::text;
CREATE INDEX x_dv_e84 ON x_dv ((c <> ''::text));
CREATE INDEX x_dv_w85 ON x_dv (c) WHERE c <> '';
CREATE INDEX x_dv_e85 ON x_dv ((c <> ''));
CREATE INDEX x_dv_w86 ON x_dv (c) WHERE c = 'a'::text;
CREATE INDEX x_dv_e86 ON x_dv ((c = 'a'::text));
CREATE INDEX x_dv_w87 ON x_dv (c) WHERE c::text = 'a';
CREATE INDEX x_dv_e87 ON x_dv ((c::text = 'a'));
CREATE INDEX x_dv_w88 ON x_dv (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_dv_e88 ON x_dv (((c)::text = 'a'::text));
CREATE INDEX x_dv_w89 ON x_dv (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_dv_e89 ON x_dv ((c IN ('a'::text, 'b'::text)));
CREATE INDEX x_dv_w90 ON x_dv (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_dv_e90 ON x_dv ((c IN ('a'::varchar, 'b'::varchar)));
CREATE INDEX x_dv_w91 ON x_dv (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_dv_e91 ON x_dv ((c = ANY (ARRAY['a'::varchar, 'b'::varchar])));
CREATE INDEX x_dv_w92 ON x_dv (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_dv_e92 ON x_dv ((c = ANY (ARRAY['a', 'b']::varchar[])));
CREATE INDEX x_dv_w93 ON x_dv (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_dv_e93 ON x_dv ((c = ANY ('{a,b}'::varchar[])));
CREATE INDEX x_dv_w94 ON x_dv (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_dv_e94 ON x_dv ((c = ANY ('{a,b}'::text[])));
CREATE INDEX x_dv_w95 ON x_dv (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_dv_e95 ON x_dv ((c = ANY (string_to_array('a,b', ','))));
CREATE INDEX x_dv_w96 ON x_dv (c) WHERE c ^@ 'a';
CREATE INDEX x_dv_e96 ON x_dv ((c ^@ 'a'));
CREATE INDEX x_dv_w97 ON x_dv (c) WHERE starts_with(c, 'a');
CREATE INDEX x_dv_e97 ON x_dv ((starts_with(c, 'a')));
CREATE INDEX x_dv_w98 ON x_dv (c) WHERE c IS NORMALIZED;
CREATE INDEX x_dv_e98 ON x_dv ((c IS NORMALIZED));
CREATE INDEX x_dv_w99 ON x_dv (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_dv_e99 ON x_dv ((c IS NOT NFC NORMALIZED));
CREATE INDEX x_dv_w100 ON x_dv (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_dv_e100 ON x_dv ((normalize(c, NFKC) = c));
CREATE INDEX x_dv_w101 ON x_dv (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_dv_e101 ON x_dv ((c NOT IN ('a', 'b') AND c IS NOT NULL));
CREATE INDEX x_dv_w102 ON x_dv (c) WHERE NOT c IN ('a');
CREATE INDEX x_dv_e102 ON x_dv ((NOT c IN ('a')));
CREATE INDEX x_dv_w103 ON x_dv (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_dv_e103 ON x_dv ((c LIKE ANY (ARRAY['a%', 'b%'])));
CREATE INDEX x_dv_w104 ON x_dv (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_dv_e104 ON x_dv ((c ILIKE ALL (ARRAY['%'])));
CREATE INDEX x_dv_w105 ON x_dv (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_dv_e105 ON x_dv ((c COLLATE "C" LIKE 'a%'));
CREATE INDEX x_dv_w106 ON x_dv (c) WHERE E'a\nb' <> c;
CREATE INDEX x_dv_e106 ON x_dv ((E'a\nb' <> c));
CREATE INDEX x_dv_w107 ON x_dv (c) WHERE U&'\0041' <> c;
CREATE INDEX x_dv_e107 ON x_dv ((U&'\0041' <> c));
CREATE INDEX x_dv_w108 ON x_dv (c) WHERE $$x$$ <> c;
CREATE INDEX x_dv_e108 ON x_dv (($$x$$ <> c));
CREATE INDEX x_dv_w109 ON x_dv (c) WHERE c <> N'x';
CREATE INDEX x_dv_e109 ON x_dv ((c <> N'x'));
CREATE INDEX x_dv_w110 ON x_dv (c) WHERE c ~ E'\\d';
CREATE INDEX x_dv_e110 ON x_dv ((c ~ E'\\d'));
CREATE INDEX x_dv_w111 ON x_dv (c) WHERE c ~ '\d';
CREATE INDEX x_dv_e111 ON x_dv ((c ~ '\d'));
CREATE INDEX x_dv_w114 ON x_dv (c) WHERE c::name <> 'x';
CREATE INDEX x_dv_e114 ON x_dv ((c::name <> 'x'));
CREATE INDEX x_dv_w115 ON x_dv (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_dv_e115 ON x_dv ((c::bpchar <> 'x'));
CREATE INDEX x_dv_w116 ON x_dv (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_dv_e116 ON x_dv ((c::char(2) <> 'x'));
CREATE INDEX x_dv_w117 ON x_dv (c) WHERE c || 1 <> '';
CREATE INDEX x_dv_e117 ON x_dv ((c || 1 <> ''));
CREATE INDEX x_dv_w118 ON x_dv (c) WHERE 1 || c <> '';
CREATE INDEX x_dv_e118 ON x_dv ((1 || c <> ''));
CREATE INDEX x_dv_w119 ON x_dv (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_dv_e119 ON x_dv ((c IN ('a' COLLATE "C", 'b')));
CREATE INDEX x_dv_w120 ON x_dv (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_dv_e120 ON x_dv ((c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE DOMAIN dm_dv AS dvc DEFAULT 'a'
    CONSTRAINT dm_dv_k0 CHECK (VALUE IN ('a', 'b'))
    CONSTRAINT dm_dv_k1 CHECK (VALUE NOT IN ('a', 'b'))
    CONSTRAINT dm_dv_k2 CHECK (VALUE IN ('a'))
    CONSTRAINT dm_dv_k3 CHECK (VALUE = ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_dv_k4 CHECK (VALUE <> ALL (ARRAY['a', 'b']))
    CONSTRAINT dm_dv_k5 CHECK (VALUE = ANY (ARRAY['a', 'b', NULL]))
    CONSTRAINT dm_dv_k6 CHECK (VALUE IN ('a', 'b', NULL))
    CONSTRAINT dm_dv_k7 CHECK (VALUE = ANY (ARRAY['a', VALUE]))
    CONSTRAINT dm_dv_k8 CHECK (VALUE IN ('a', VALUE))
    CONSTRAINT dm_dv_k9 CHECK (VALUE BETWEEN 'a' AND 'b')
    CONSTRAINT dm_dv_k10 CHECK (VALUE NOT BETWEEN 'a' AND 'b')
    CONSTRAINT dm_dv_k11 CHECK (VALUE BETWEEN SYMMETRIC 'b' AND 'a')
    CONSTRAINT dm_dv_k12 CHECK (VALUE NOT BETWEEN SYMMETRIC 'a' AND 'b')
    CONSTRAINT dm_dv_k13 CHECK (VALUE IS DISTINCT FROM 'a')
    CONSTRAINT dm_dv_k14 CHECK (VALUE IS NOT DISTINCT FROM 'a')
    CONSTRAINT dm_dv_k15 CHECK (COALESCE(VALUE, 'a') = 'a')
    CONSTRAINT dm_dv_k16 CHECK (NULLIF(VALUE, 'a') IS NULL)
    CONSTRAINT dm_dv_k17 CHECK (GREATEST(VALUE, 'a', 'b') = 'b')
    CONSTRAINT dm_dv_k18 CHECK (LEAST(VALUE, 'a') <> 'b')
    CONSTRAINT dm_dv_k19 CHECK (CASE WHEN VALUE = 'a' THEN true ELSE VALUE = 'b' END)
    CONSTRAINT dm_dv_k20 CHECK (CASE VALUE WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0)
    CONSTRAINT dm_dv_k21 CHECK ((VALUE, VALUE) = ('a', 'b'))
    CONSTRAINT dm_dv_k22 CHECK ((VALUE, VALUE) < ('a', 'b'))
    CONSTRAINT dm_dv_k23 CHECK ((VALUE, 1) IS DISTINCT FROM ('a', 1))
    CONSTRAINT dm_dv_k24 CHECK (ROW(VALUE, VALUE) IS NOT NULL)
    CONSTRAINT dm_dv_k25 CHECK (VALUE::text <> '')
    CONSTRAINT dm_dv_k26 CHECK (CAST(VALUE AS text) <> '')
    CONSTRAINT dm_dv_k27 CHECK (VALUE::text::varchar(5) <> 'x')
    CONSTRAINT dm_dv_k28 CHECK (VALUE = 'a'::dvc)
    CONSTRAINT dm_dv_k29 CHECK (VALUE <> CAST('b' AS dvc))
    CONSTRAINT dm_dv_k30 CHECK (VALUE > 'a' OR VALUE < 'b')
    CONSTRAINT dm_dv_k31 CHECK (NOT (VALUE = 'a'))
    CONSTRAINT dm_dv_k32 CHECK (VALUE IS NULL OR VALUE <> 'a')
    CONSTRAINT dm_dv_k33 CHECK (VALUE = ANY ('{}'))
    CONSTRAINT dm_dv_k34 CHECK (VALUE = ANY ('{}'::dvc[]))
    CONSTRAINT dm_dv_k36 CHECK (VALUE = ALL (ARRAY['a']))
    CONSTRAINT dm_dv_k37 CHECK (VALUE > ANY (ARRAY['a', 'b']))
    CONSTRAINT dm_dv_k38 CHECK (VALUE = ANY (ARRAY['a']::dvc[]))
    CONSTRAINT dm_dv_k39 CHECK (VALUE IN ('a'::dvc, 'b'::dvc))
    CONSTRAINT dm_dv_k40 CHECK (VALUE = ANY (ARRAY['a'::dvc, 'b'::dvc]))
    CONSTRAINT dm_dv_k43 CHECK (ARRAY[VALUE]::text[] <> '{}')
    CONSTRAINT dm_dv_k44 CHECK (VALUE::text IN ('a', 'b'))
    CONSTRAINT dm_dv_k45 CHECK (VALUE::varchar IN ('a', 'b'))
    CONSTRAINT dm_dv_k46 CHECK (VALUE::varchar(3) = ANY (ARRAY['a']))
    CONSTRAINT dm_dv_k47 CHECK (VALUE LIKE 'a%')
    CONSTRAINT dm_dv_k48 CHECK (VALUE NOT LIKE 'a%')
    CONSTRAINT dm_dv_k49 CHECK (VALUE ILIKE 'A%')
    CONSTRAINT dm_dv_k50 CHECK (VALUE NOT ILIKE 'a%')
    CONSTRAINT dm_dv_k51 CHECK (VALUE LIKE 'a!%' ESCAPE '!')
    CONSTRAINT dm_dv_k52 CHECK (VALUE SIMILAR TO 'a%')
    CONSTRAINT dm_dv_k53 CHECK (VALUE NOT SIMILAR TO '(a|b)%')
    CONSTRAINT dm_dv_k54 CHECK (VALUE SIMILAR TO 'a#%' ESCAPE '#')
    CONSTRAINT dm_dv_k55 CHECK (VALUE ~ '^a')
    CONSTRAINT dm_dv_k56 CHECK (VALUE ~* '^A')
    CONSTRAINT dm_dv_k57 CHECK (VALUE !~ 'x')
    CONSTRAINT dm_dv_k58 CHECK (VALUE !~* 'x')
    CONSTRAINT dm_dv_k59 CHECK (VALUE COLLATE "C" < 'b')
    CONSTRAINT dm_dv_k60 CHECK ((VALUE COLLATE "C") IN ('a', 'b'))
    CONSTRAINT dm_dv_k61 CHECK (VALUE COLLATE "C" IN ('a', 'b'))
    CONSTRAINT dm_dv_k62 CHECK (lower(VALUE) COLLATE "POSIX" <> 'x')
    CONSTRAINT dm_dv_k63 CHECK (substring(VALUE FROM 1 FOR 2) <> 'x')
    CONSTRAINT dm_dv_k64 CHECK (substring(VALUE FROM 2) <> 'x')
    CONSTRAINT dm_dv_k65 CHECK (substring(VALUE FOR 2) <> 'x')
    CONSTRAINT dm_dv_k66 CHECK (substring(VALUE FROM 'a.*') IS NULL)
    CONSTRAINT dm_dv_k67 CHECK (substring(VALUE SIMILAR 'a%' ESCAPE '#') IS NULL)
    CONSTRAINT dm_dv_k68 CHECK (position('a' IN VALUE) > 0)
    CONSTRAINT dm_dv_k69 CHECK (trim(BOTH 'x' FROM VALUE) <> '')
    CONSTRAINT dm_dv_k70 CHECK (trim(LEADING FROM VALUE) <> '')
    CONSTRAINT dm_dv_k71 CHECK (trim(TRAILING 'x' FROM VALUE) <> '')
    CONSTRAINT dm_dv_k72 CHECK (trim(VALUE) <> '')
    CONSTRAINT dm_dv_k73 CHECK (btrim(VALUE) <> '')
    CONSTRAINT dm_dv_k74 CHECK (overlay(VALUE PLACING 'x' FROM 1 FOR 1) <> '')
    CONSTRAINT dm_dv_k75 CHECK (overlay(VALUE PLACING 'x' FROM 2) <> '')
    CONSTRAINT dm_dv_k76 CHECK (VALUE || 'x' <> 'y')
    CONSTRAINT dm_dv_k77 CHECK ('x' || VALUE || 'y' <> '')
    CONSTRAINT dm_dv_k78 CHECK (upper(VALUE) = VALUE)
    CONSTRAINT dm_dv_k79 CHECK (length(VALUE) > 0)
    CONSTRAINT dm_dv_k80 CHECK (char_length(VALUE) < 5)
    CONSTRAINT dm_dv_k81 CHECK (VALUE::text ~ '^[a-z]+$')
    CONSTRAINT dm_dv_k82 CHECK (left(VALUE, 1) = 'a')
    CONSTRAINT dm_dv_k83 CHECK (VALUE > '')
    CONSTRAINT dm_dv_k84 CHECK (VALUE <> ''::text)
    CONSTRAINT dm_dv_k85 CHECK (VALUE <> '')
    CONSTRAINT dm_dv_k86 CHECK (VALUE = 'a'::text)
    CONSTRAINT dm_dv_k87 CHECK (VALUE::text = 'a')
    CONSTRAINT dm_dv_k88 CHECK ((VALUE)::text = 'a'::text)
    CONSTRAINT dm_dv_k89 CHECK (VALUE IN ('a'::text, 'b'::text))
    CONSTRAINT dm_dv_k90 CHECK (VALUE IN ('a'::varchar, 'b'::varchar))
    CONSTRAINT dm_dv_k91 CHECK (VALUE = ANY (ARRAY['a'::varchar, 'b'::varchar]))
    CONSTRAINT dm_dv_k92 CHECK (VALUE = ANY (ARRAY['a', 'b']::varchar[]))
    CONSTRAINT dm_dv_k93 CHECK (VALUE = ANY ('{a,b}'::varchar[]))
    CONSTRAINT dm_dv_k94 CHECK (VALUE = ANY ('{a,b}'::text[]))
    CONSTRAINT dm_dv_k95 CHECK (VALUE = ANY (string_to_array('a,b', ',')))
    CONSTRAINT dm_dv_k96 CHECK (VALUE ^@ 'a')
    CONSTRAINT dm_dv_k97 CHECK (starts_with(VALUE, 'a'))
    CONSTRAINT dm_dv_k98 CHECK (VALUE IS NORMALIZED)
    CONSTRAINT dm_dv_k99 CHECK (VALUE IS NOT NFC NORMALIZED)
    CONSTRAINT dm_dv_k100 CHECK (normalize(VALUE, NFKC) = VALUE)
    CONSTRAINT dm_dv_k101 CHECK (VALUE NOT IN ('a', 'b') AND VALUE IS NOT NULL)
    CONSTRAINT dm_dv_k102 CHECK (NOT VALUE IN ('a'))
    CONSTRAINT dm_dv_k103 CHECK (VALUE LIKE ANY (ARRAY['a%', 'b%']))
    CONSTRAINT dm_dv_k104 CHECK (VALUE ILIKE ALL (ARRAY['%']))
    CONSTRAINT dm_dv_k105 CHECK (VALUE COLLATE "C" LIKE 'a%')
    CONSTRAINT dm_dv_k106 CHECK (E'a\nb' <> VALUE)
    CONSTRAINT dm_dv_k107 CHECK (U&'\0041' <> VALUE)
    CONSTRAINT dm_dv_k108 CHECK ($$x$$ <> VALUE)
    CONSTRAINT dm_dv_k109 CHECK (VALUE <> N'x')
    CONSTRAINT dm_dv_k110 CHECK (VALUE ~ E'\\d')
    CONSTRAINT dm_dv_k111 CHECK (VALUE ~ '\d')
    CONSTRAINT dm_dv_k112 CHECK (format('%s', VALUE) <> '')
    CONSTRAINT dm_dv_k113 CHECK (concat(VALUE, 1) <> '')
    CONSTRAINT dm_dv_k114 CHECK (VALUE::name <> 'x')
    CONSTRAINT dm_dv_k115 CHECK (VALUE::bpchar <> 'x')
    CONSTRAINT dm_dv_k116 CHECK (VALUE::char(2) <> 'x')
    CONSTRAINT dm_dv_k117 CHECK (VALUE || 1 <> '')
    CONSTRAINT dm_dv_k118 CHECK (1 || VALUE <> '')
    CONSTRAINT dm_dv_k119 CHECK (VALUE IN ('a' COLLATE "C", 'b'))
    CONSTRAINT dm_dv_k120 CHECK (VALUE::varchar(2) = ANY (ARRAY['a', 'b']));
CREATE TABLE x_dd (
    c dvc2,
    d0 dvc2 DEFAULT 'a',
    d1 dvc2 DEFAULT 'a'::dvc2,
    d2 dvc2 DEFAULT 'a'::dvc,
    CONSTRAINT x_dd_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_dd_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_dd_k2 CHECK (c IN ('a')),
    CONSTRAINT x_dd_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_dd_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_dd_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_dd_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_dd_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_dd_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_dd_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_dd_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_dd_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_dd_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_dd_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_dd_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_dd_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_dd_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_dd_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_dd_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_dd_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_dd_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_dd_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_dd_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_dd_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_dd_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_dd_k25 CHECK (c::text <> ''),
    CONSTRAINT x_dd_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_dd_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_dd_k28 CHECK (c = 'a'::dvc2),
    CONSTRAINT x_dd_k29 CHECK (c <> CAST('b' AS dvc2)),
    CONSTRAINT x_dd_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_dd_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_dd_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_dd_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_dd_k34 CHECK (c = ANY ('{}'::dvc2[])),
    CONSTRAINT x_dd_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_dd_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_dd_k38 CHECK (c = ANY (ARRAY['a']::dvc2[])),
    CONSTRAINT x_dd_k39 CHECK (c IN ('a'::dvc2, 'b'::dvc2)),
    CONSTRAINT x_dd_k40 CHECK (c = ANY (ARRAY['a'::dvc2, 'b'::dvc2])),
    CONSTRAINT x_dd_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_dd_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_dd_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_dd_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_dd_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_dd_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_dd_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_dd_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_dd_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_dd_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_dd_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_dd_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_dd_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_dd_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_dd_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_dd_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_dd_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_dd_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_dd_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_dd_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_dd_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_dd_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_dd_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_dd_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_dd_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_dd_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_dd_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_dd_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_dd_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_dd_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_dd_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_dd_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_dd_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_dd_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_dd_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_dd_k78 CHECK (upper(c) = c),
    CONSTRAINT x_dd_k79 CHECK (length(c) > 0),
    CONSTRAINT x_dd_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_dd_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_dd_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_dd_k83 CHECK (c > ''),
    CONSTRAINT x_dd_k84 CHECK (c <> ''::text),
    CONSTRAINT x_dd_k85 CHECK (c <> ''),
    CONSTRAINT x_dd_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_dd_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_dd_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_dd_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_dd_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_dd_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_dd_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_dd_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_dd_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_dd_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_dd_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_dd_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_dd_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_dd_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_dd_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_dd_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_dd_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_dd_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_dd_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_dd_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_dd_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_dd_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_dd_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_dd_k109 CHECK (c <> N'x'),
    CONSTRAINT x_dd_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_dd_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_dd_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_dd_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_dd_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_dd_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_dd_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_dd_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_dd_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_dd_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_dd_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE TABLE x_di (
    c dint,
    d0 dint DEFAULT 1,
    d1 dint DEFAULT '1'::dint,
    d2 dint DEFAULT -1,
    d3 dint DEFAULT 2::dint,
    d4 dint DEFAULT nextval('sq'),
    CONSTRAINT x_di_k0 CHECK (c IN (1, 2)),
    CONSTRAINT x_di_k1 CHECK (c NOT IN (1, 2)),
    CONSTRAINT x_di_k2 CHECK (c IN (1)),
    CONSTRAINT x_di_k3 CHECK (c = ANY (ARRAY[1, 2])),
    CONSTRAINT x_di_k4 CHECK (c <> ALL (ARRAY[1, 2])),
    CONSTRAINT x_di_k5 CHECK (c = ANY (ARRAY[1, 2, NULL])),
    CONSTRAINT x_di_k6 CHECK (c IN (1, 2, NULL)),
    CONSTRAINT x_di_k7 CHECK (c = ANY (ARRAY[1, c])),
    CONSTRAINT x_di_k8 CHECK (c IN (1, c)),
    CONSTRAINT x_di_k9 CHECK (c BETWEEN 1 AND 2),
    CONSTRAINT x_di_k10 CHECK (c NOT BETWEEN 1 AND 2),
    CONSTRAINT x_di_k11 CHECK (c BETWEEN SYMMETRIC 2 AND 1),
    CONSTRAINT x_di_k12 CHECK (c NOT BETWEEN SYMMETRIC 1 AND 2),
    CONSTRAINT x_di_k13 CHECK (c IS DISTINCT FROM 1),
    CONSTRAINT x_di_k14 CHECK (c IS NOT DISTINCT FROM 1),
    CONSTRAINT x_di_k15 CHECK (COALESCE(c, 1) = 1),
    CONSTRAINT x_di_k16 CHECK (NULLIF(c, 1) IS NULL),
    CONSTRAINT x_di_k17 CHECK (GREATEST(c, 1, 2) = 2),
    CONSTRAINT x_di_k18 CHECK (LEAST(c, 1) <> 2),
    CONSTRAINT x_di_k19 CHECK (CASE WHEN c = 1 THEN true ELSE c = 2 END),
    CONSTRAINT x_di_k20 CHECK (CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_di_k21 CHECK ((c, c) = (1, 2)),
    CONSTRAINT x_di_k22 CHECK ((c, c) < (1, 2)),
    CONSTRAINT x_di_k23 CHECK ((c, 1) IS DISTINCT FROM (1, 1)),
    CONSTRAINT x_di_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_di_k25 CHECK (c::text <> ''),
    CONSTRAINT x_di_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_di_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_di_k28 CHECK (c = 1::dint),
    CONSTRAINT x_di_k29 CHECK (c <> CAST(2 AS dint)),
    CONSTRAINT x_di_k30 CHECK (c > 1 OR c < 2),
    CONSTRAINT x_di_k31 CHECK (NOT (c = 1)),
    CONSTRAINT x_di_k32 CHECK (c IS NULL OR c <> 1),
    CONSTRAINT x_di_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_di_k34 CHECK (c = ANY ('{}'::dint[])),
    CONSTRAINT x_di_k36 CHECK (c = ALL (ARRAY[1])),
    CONSTRAINT x_di_k37 CHECK (c > ANY (ARRAY[1, 2])),
    CONSTRAINT x_di_k38 CHECK (c = ANY (ARRAY[1]::dint[])),
    CONSTRAINT x_di_k39 CHECK (c IN (1::dint, 2::dint)),
    CONSTRAINT x_di_k40 CHECK (c = ANY (ARRAY[1::dint, 2::dint])),
    CONSTRAINT x_di_k42 CHECK (ARRAY[c, 1] = ARRAY[1, 2]),
    CONSTRAINT x_di_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_di_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_di_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_di_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_di_k47 CHECK (c > -1),
    CONSTRAINT x_di_k48 CHECK (c > - 1),
    CONSTRAINT x_di_k49 CHECK (c > -1.5),
    CONSTRAINT x_di_k50 CHECK (c <> -(1)),
    CONSTRAINT x_di_k51 CHECK (-c < 5),
    CONSTRAINT x_di_k52 CHECK (- c < 5),
    CONSTRAINT x_di_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_di_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_di_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_di_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_di_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_di_k58 CHECK (@ c > 0),
    CONSTRAINT x_di_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_di_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_di_k61 CHECK (|/ c > 0),
    CONSTRAINT x_di_k62 CHECK (c::int > 0),
    CONSTRAINT x_di_k63 CHECK (c > -1::int),
    CONSTRAINT x_di_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_di_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_di_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_di_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_di_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_di_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_di_k70 CHECK (c > 1e10),
    CONSTRAINT x_di_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_di_k72 CHECK (c > .5),
    CONSTRAINT x_di_k73 CHECK (c > 5.),
    CONSTRAINT x_di_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_di_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_di_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_di_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_di_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_di_k79 CHECK (c < 2147483648),
    CONSTRAINT x_di_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_di_k81 CHECK (c <> -0),
    CONSTRAINT x_di_k82 CHECK (c <> -0.0),
    CONSTRAINT x_di_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_di_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_di_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_di_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_di_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_di_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_di_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_di_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_di_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_di_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_di_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_di_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_di_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_di_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_di_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_di_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_di_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_di_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_di_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_di_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_di_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_di_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_di_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_di_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_di_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_di_k108 CHECK (NOT c > 0),
    CONSTRAINT x_di_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_di_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_di_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_di_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_di_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_di_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_di_k116 CHECK (c > 0 AND (c < 10 OR c = 20)),
    CONSTRAINT x_di_k117 CHECK (c & 1 = 0),
    CONSTRAINT x_di_k118 CHECK (c | 1 > 0),
    CONSTRAINT x_di_k119 CHECK (c # 1 > 0),
    CONSTRAINT x_di_k120 CHECK (~c < 0),
    CONSTRAINT x_di_k121 CHECK (c << 1 > 0),
    CONSTRAINT x_di_k122 CHECK (c >> 1 > 0),
    CONSTRAINT x_di_k123 CHECK (c / 2 * 2 = c),
    CONSTRAINT x_di_k124 CHECK (c::bigint > 0),
    CONSTRAINT x_di_k125 CHECK (c::smallint > 0),
    CONSTRAINT x_di_k126 CHECK ((-c)::text <> ''),
    CONSTRAINT x_di_k127 CHECK (2 ^ c > 0),
    CONSTRAINT x_di_k128 CHECK (factorial(c) > 0),
    CONSTRAINT x_di_k129 CHECK (c::bool),
    CONSTRAINT x_di_k130 CHECK (c::oid > 0),
    CONSTRAINT x_di_k131 CHECK (c::text = '1'),
    CONSTRAINT x_di_k132 CHECK (c::money > '1'::money),
    CONSTRAINT x_di_k133 CHECK (c::bit(3) <> '000'),
    CONSTRAINT x_di_k134 CHECK (-c::int > 0),
    CONSTRAINT x_di_k135 CHECK (-(c::int) > 0),
    CONSTRAINT x_di_k136 CHECK ((-c)::int > 0)
);
CREATE TABLE x_dn (
    c dnum,
    d0 dnum DEFAULT 1.5,
    d1 dnum DEFAULT -1.5,
    d2 dnum DEFAULT '1.50'::dnum,
    CONSTRAINT x_dn_k0 CHECK (c IN (1.5, 2)),
    CONSTRAINT x_dn_k1 CHECK (c NOT IN (1.5, 2)),
    CONSTRAINT x_dn_k2 CHECK (c IN (1.5)),
    CONSTRAINT x_dn_k3 CHECK (c = ANY (ARRAY[1.5, 2])),
    CONSTRAINT x_dn_k4 CHECK (c <> ALL (ARRAY[1.5, 2])),
    CONSTRAINT x_dn_k5 CHECK (c = ANY (ARRAY[1.5, 2, NULL])),
    CONSTRAINT x_dn_k6 CHECK (c IN (1.5, 2, NULL)),
    CONSTRAINT x_dn_k7 CHECK (c = ANY (ARRAY[1.5, c])),
    CONSTRAINT x_dn_k8 CHECK (c IN (1.5, c)),
    CONSTRAINT x_dn_k9 CHECK (c BETWEEN 1.5 AND 2),
    CONSTRAINT x_dn_k10 CHECK (c NOT BETWEEN 1.5 AND 2),
    CONSTRAINT x_dn_k11 CHECK (c BETWEEN SYMMETRIC 2 AND 1.5),
    CONSTRAINT x_dn_k12 CHECK (c NOT BETWEEN SYMMETRIC 1.5 AND 2),
    CONSTRAINT x_dn_k13 CHECK (c IS DISTINCT FROM 1.5),
    CONSTRAINT x_dn_k14 CHECK (c IS NOT DISTINCT FROM 1.5),
    CONSTRAINT x_dn_k15 CHECK (COALESCE(c, 1.5) = 1.5),
    CONSTRAINT x_dn_k16 CHECK (NULLIF(c, 1.5) IS NULL),
    CONSTRAINT x_dn_k17 CHECK (GREATEST(c, 1.5, 2) = 2),
    CONSTRAINT x_dn_k18 CHECK (LEAST(c, 1.5) <> 2),
    CONSTRAINT x_dn_k19 CHECK (CASE WHEN c = 1.5 THEN true ELSE c = 2 END),
    CONSTRAINT x_dn_k20 CHECK (CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_dn_k21 CHECK ((c, c) = (1.5, 2)),
    CONSTRAINT x_dn_k22 CHECK ((c, c) < (1.5, 2)),
    CONSTRAINT x_dn_k23 CHECK ((c, 1) IS DISTINCT FROM (1.5, 1)),
    CONSTRAINT x_dn_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_dn_k25 CHECK (c::text <> ''),
    CONSTRAINT x_dn_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_dn_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_dn_k28 CHECK (c = 1.5::dnum),
    CONSTRAINT x_dn_k29 CHECK (c <> CAST(2 AS dnum)),
    CONSTRAINT x_dn_k30 CHECK (c > 1.5 OR c < 2),
    CONSTRAINT x_dn_k31 CHECK (NOT (c = 1.5)),
    CONSTRAINT x_dn_k32 CHECK (c IS NULL OR c <> 1.5),
    CONSTRAINT x_dn_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_dn_k34 CHECK (c = ANY ('{}'::dnum[])),
    CONSTRAINT x_dn_k36 CHECK (c = ALL (ARRAY[1.5])),
    CONSTRAINT x_dn_k37 CHECK (c > ANY (ARRAY[1.5, 2])),
    CONSTRAINT x_dn_k38 CHECK (c = ANY (ARRAY[1.5]::dnum[])),
    CONSTRAINT x_dn_k39 CHECK (c IN (1.5::dnum, 2::dnum)),
    CONSTRAINT x_dn_k40 CHECK (c = ANY (ARRAY[1.5::dnum, 2::dnum])),
    CONSTRAINT x_dn_k42 CHECK (ARRAY[c, 1.5] = ARRAY[1.5, 2]),
    CONSTRAINT x_dn_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_dn_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_dn_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_dn_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_dn_k47 CHECK (c > -1),
    CONSTRAINT x_dn_k48 CHECK (c > - 1),
    CONSTRAINT x_dn_k49 CHECK (c > -1.5),
    CONSTRAINT x_dn_k50 CHECK (c <> -(1)),
    CONSTRAINT x_dn_k51 CHECK (-c < 5),
    CONSTRAINT x_dn_k52 CHECK (- c < 5),
    CONSTRAINT x_dn_k53 CHECK (c - -1 > 0),
    CONSTRAINT x_dn_k54 CHECK (c + 1 * 2 > 0),
    CONSTRAINT x_dn_k55 CHECK ((c + 1) * 2 > 0),
    CONSTRAINT x_dn_k56 CHECK (c * -1.5 < 0),
    CONSTRAINT x_dn_k57 CHECK (c ^ 2 > 0),
    CONSTRAINT x_dn_k58 CHECK (@ c > 0),
    CONSTRAINT x_dn_k59 CHECK (abs(c) > 0),
    CONSTRAINT x_dn_k60 CHECK (c % 2 = 0),
    CONSTRAINT x_dn_k61 CHECK (|/ c > 0),
    CONSTRAINT x_dn_k62 CHECK (c::int > 0),
    CONSTRAINT x_dn_k63 CHECK (c > -1::int),
    CONSTRAINT x_dn_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_dn_k65 CHECK (c > -1::numeric),
    CONSTRAINT x_dn_k66 CHECK (c > (-1.5)::numeric),
    CONSTRAINT x_dn_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_dn_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_dn_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_dn_k70 CHECK (c > 1e10),
    CONSTRAINT x_dn_k71 CHECK (c < 1.0e-5),
    CONSTRAINT x_dn_k72 CHECK (c > .5),
    CONSTRAINT x_dn_k73 CHECK (c > 5.),
    CONSTRAINT x_dn_k74 CHECK (c <> 'NaN'::numeric),
    CONSTRAINT x_dn_k75 CHECK (c <> 'Infinity'::float8),
    CONSTRAINT x_dn_k76 CHECK (c <> '-Infinity'::float8),
    CONSTRAINT x_dn_k77 CHECK (c < 9223372036854775807),
    CONSTRAINT x_dn_k78 CHECK (c > -9223372036854775808),
    CONSTRAINT x_dn_k79 CHECK (c < 2147483648),
    CONSTRAINT x_dn_k80 CHECK (c < 99999999999999999999),
    CONSTRAINT x_dn_k81 CHECK (c <> -0),
    CONSTRAINT x_dn_k82 CHECK (c <> -0.0),
    CONSTRAINT x_dn_k83 CHECK (-c ^ 2 > 0),
    CONSTRAINT x_dn_k84 CHECK ((-c) ^ 2 > 0),
    CONSTRAINT x_dn_k85 CHECK (-(c ^ 2) < 0),
    CONSTRAINT x_dn_k86 CHECK (2 - (3 - c) > 0),
    CONSTRAINT x_dn_k87 CHECK (c / (2 * 3) > 0),
    CONSTRAINT x_dn_k88 CHECK (c - (1 - 2) > 0),
    CONSTRAINT x_dn_k89 CHECK (c - 1 - 2 > 0),
    CONSTRAINT x_dn_k90 CHECK ((c - 1) - 2 > 0),
    CONSTRAINT x_dn_k91 CHECK (c - (1 + 2) > 0),
    CONSTRAINT x_dn_k92 CHECK (c::float8 / 2 > 0),
    CONSTRAINT x_dn_k93 CHECK (c IN (1, 2.5)),
    CONSTRAINT x_dn_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_dn_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_dn_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_dn_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_dn_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_dn_k99 CHECK (c IN (int '1', numeric '2')),
    CONSTRAINT x_dn_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_dn_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_dn_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_dn_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_dn_k104 CHECK (c * 100 / 3 > 1),
    CONSTRAINT x_dn_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_dn_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_dn_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_dn_k108 CHECK (NOT c > 0),
    CONSTRAINT x_dn_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_dn_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_dn_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_dn_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_dn_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_dn_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_dn_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE TABLE x_ad (
    c dvc[],
    d0 dvc[] DEFAULT '{}',
    d1 dvc[] DEFAULT ARRAY['a']::dvc[],
    d2 dvc[] DEFAULT ARRAY['a'::dvc],
    d3 dvc[] DEFAULT '{a}'::dvc[],
    CONSTRAINT x_ad_k0 CHECK (c IN ('{a}', ARRAY['a']::dvc[])),
    CONSTRAINT x_ad_k1 CHECK (c NOT IN ('{a}', ARRAY['a']::dvc[])),
    CONSTRAINT x_ad_k2 CHECK (c IN ('{a}')),
    CONSTRAINT x_ad_k6 CHECK (c IN ('{a}', ARRAY['a']::dvc[], NULL)),
    CONSTRAINT x_ad_k8 CHECK (c IN ('{a}', c)),
    CONSTRAINT x_ad_k9 CHECK (c BETWEEN '{a}' AND ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k10 CHECK (c NOT BETWEEN '{a}' AND ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k11 CHECK (c BETWEEN SYMMETRIC ARRAY['a']::dvc[] AND '{a}'),
    CONSTRAINT x_ad_k12 CHECK (c NOT BETWEEN SYMMETRIC '{a}' AND ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k13 CHECK (c IS DISTINCT FROM '{a}'),
    CONSTRAINT x_ad_k14 CHECK (c IS NOT DISTINCT FROM '{a}'),
    CONSTRAINT x_ad_k15 CHECK (COALESCE(c, '{a}') = '{a}'),
    CONSTRAINT x_ad_k16 CHECK (NULLIF(c, '{a}') IS NULL),
    CONSTRAINT x_ad_k17 CHECK (GREATEST(c, '{a}', ARRAY['a']::dvc[]) = ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k18 CHECK (LEAST(c, '{a}') <> ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k19 CHECK (CASE WHEN c = '{a}' THEN true ELSE c = ARRAY['a']::dvc[] END),
    CONSTRAINT x_ad_k20 CHECK (CASE c WHEN '{a}' THEN 1 WHEN ARRAY['a']::dvc[] THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ad_k21 CHECK ((c, c) = ('{a}', ARRAY['a']::dvc[])),
    CONSTRAINT x_ad_k22 CHECK ((c, c) < ('{a}', ARRAY['a']::dvc[])),
    CONSTRAINT x_ad_k23 CHECK ((c, 1) IS DISTINCT FROM ('{a}', 1)),
    CONSTRAINT x_ad_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ad_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ad_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ad_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ad_k28 CHECK (c = '{a}'::dvc[]),
    CONSTRAINT x_ad_k29 CHECK (c <> CAST(ARRAY['a']::dvc[] AS dvc[])),
    CONSTRAINT x_ad_k30 CHECK (c > '{a}' OR c < ARRAY['a']::dvc[]),
    CONSTRAINT x_ad_k31 CHECK (NOT (c = '{a}')),
    CONSTRAINT x_ad_k32 CHECK (c IS NULL OR c <> '{a}'),
    CONSTRAINT x_ad_k39 CHECK (c IN ('{a}'::dvc[], ARRAY['a']::dvc[]::dvc[])),
    CONSTRAINT x_ad_k42 CHECK (ARRAY[c, '{a}'] = ARRAY['{a}', ARRAY['a']::dvc[]]),
    CONSTRAINT x_ad_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ad_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ad_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ad_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ad_k47 CHECK (c[1] IS NOT NULL),
    CONSTRAINT x_ad_k48 CHECK (c[1:2] IS NOT NULL),
    CONSTRAINT x_ad_k49 CHECK (c[:2] IS NOT NULL),
    CONSTRAINT x_ad_k50 CHECK (c[2:] IS NOT NULL),
    CONSTRAINT x_ad_k51 CHECK (c[1][1] IS NULL),
    CONSTRAINT x_ad_k52 CHECK (array_length(c, 1) > 0),
    CONSTRAINT x_ad_k53 CHECK (cardinality(c) > 0),
    CONSTRAINT x_ad_k54 CHECK (c @> ARRAY['a'::dvc]),
    CONSTRAINT x_ad_k55 CHECK (c && ARRAY['a'::dvc]),
    CONSTRAINT x_ad_k56 CHECK (c <@ ARRAY['a'::dvc]),
    CONSTRAINT x_ad_k57 CHECK ('a'::dvc = ANY (c)),
    CONSTRAINT x_ad_k58 CHECK ('a'::dvc <> ALL (c)),
    CONSTRAINT x_ad_k59 CHECK (c = '{}'),
    CONSTRAINT x_ad_k60 CHECK (c <> '{}'),
    CONSTRAINT x_ad_k61 CHECK (c || 'a'::dvc IS NOT NULL),
    CONSTRAINT x_ad_k62 CHECK (array_position(c, 'a'::dvc) > 0),
    CONSTRAINT x_ad_k63 CHECK (c[array_length(c, 1)] IS NOT NULL),
    CONSTRAINT x_ad_k64 CHECK (c[-1] IS NULL),
    CONSTRAINT x_ad_k65 CHECK (c IS DISTINCT FROM ARRAY['a'::dvc]),
    CONSTRAINT x_ad_k66 CHECK (c = ARRAY['a'::dvc, 'a'::dvc]),
    CONSTRAINT x_ad_k67 CHECK (c @> '{a}'),
    CONSTRAINT x_ad_k68 CHECK (array_ndims(c) = 1),
    CONSTRAINT x_ad_k69 CHECK (c[1] IN ('a'::dvc)),
    CONSTRAINT x_ad_k70 CHECK (c[1] = ANY (ARRAY['a'::dvc])),
    CONSTRAINT x_ad_k71 CHECK (c IN (ARRAY['a'::dvc], '{}')),
    CONSTRAINT x_ad_k72 CHECK (c[(1 + 1)] IS NULL),
    CONSTRAINT x_ad_k73 CHECK (c[1:1] = ARRAY['a'::dvc])
);
CREATE TABLE x_ci (
    c citext,
    d0 citext DEFAULT 'a',
    d1 citext DEFAULT 'a'::citext,
    d2 citext DEFAULT 'A'::text,
    d3 citext DEFAULT ''::citext,
    d4 citext DEFAULT upper('a')::citext,
    g0 text GENERATED ALWAYS AS (lower(c)) STORED,
    g1 boolean GENERATED ALWAYS AS (c = 'a') STORED,
    g2 boolean GENERATED ALWAYS AS (c IN ('a', 'b')) STORED,
    g3 text GENERATED ALWAYS AS (c::text) STORED,
    CONSTRAINT x_ci_k0 CHECK (c IN ('a', 'B')),
    CONSTRAINT x_ci_k1 CHECK (c NOT IN ('a', 'B')),
    CONSTRAINT x_ci_k2 CHECK (c IN ('a')),
    CONSTRAINT x_ci_k3 CHECK (c = ANY (ARRAY['a', 'B'])),
    CONSTRAINT x_ci_k4 CHECK (c <> ALL (ARRAY['a', 'B'])),
    CONSTRAINT x_ci_k5 CHECK (c = ANY (ARRAY['a', 'B', NULL])),
    CONSTRAINT x_ci_k6 CHECK (c IN ('a', 'B', NULL)),
    CONSTRAINT x_ci_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_ci_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_ci_k9 CHECK (c BETWEEN 'a' AND 'B'),
    CONSTRAINT x_ci_k10 CHECK (c NOT BETWEEN 'a' AND 'B'),
    CONSTRAINT x_ci_k11 CHECK (c BETWEEN SYMMETRIC 'B' AND 'a'),
    CONSTRAINT x_ci_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'B'),
    CONSTRAINT x_ci_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_ci_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_ci_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_ci_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_ci_k17 CHECK (GREATEST(c, 'a', 'B') = 'B'),
    CONSTRAINT x_ci_k18 CHECK (LEAST(c, 'a') <> 'B'),
    CONSTRAINT x_ci_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'B' END),
    CONSTRAINT x_ci_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'B' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ci_k21 CHECK ((c, c) = ('a', 'B')),
    CONSTRAINT x_ci_k22 CHECK ((c, c) < ('a', 'B')),
    CONSTRAINT x_ci_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_ci_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ci_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ci_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ci_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ci_k28 CHECK (c = 'a'::citext),
    CONSTRAINT x_ci_k29 CHECK (c <> CAST('B' AS citext)),
    CONSTRAINT x_ci_k30 CHECK (c > 'a' OR c < 'B'),
    CONSTRAINT x_ci_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_ci_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_ci_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_ci_k34 CHECK (c = ANY ('{}'::citext[])),
    CONSTRAINT x_ci_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_ci_k37 CHECK (c > ANY (ARRAY['a', 'B'])),
    CONSTRAINT x_ci_k38 CHECK (c = ANY (ARRAY['a']::citext[])),
    CONSTRAINT x_ci_k39 CHECK (c IN ('a'::citext, 'B'::citext)),
    CONSTRAINT x_ci_k40 CHECK (c = ANY (ARRAY['a'::citext, 'B'::citext])),
    CONSTRAINT x_ci_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ci_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ci_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ci_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ci_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_ci_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_ci_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_ci_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_ci_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_ci_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_ci_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_ci_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_ci_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_ci_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_ci_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_ci_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_ci_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_ci_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_ci_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_ci_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_ci_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_ci_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_ci_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_ci_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_ci_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_ci_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_ci_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_ci_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_ci_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_ci_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_ci_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_ci_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_ci_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_ci_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_ci_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_ci_k78 CHECK (upper(c) = c),
    CONSTRAINT x_ci_k79 CHECK (length(c) > 0),
    CONSTRAINT x_ci_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_ci_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_ci_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_ci_k83 CHECK (c > ''),
    CONSTRAINT x_ci_k84 CHECK (c <> ''::text),
    CONSTRAINT x_ci_k85 CHECK (c <> ''),
    CONSTRAINT x_ci_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_ci_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_ci_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_ci_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_ci_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_ci_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_ci_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_ci_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_ci_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_ci_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_ci_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_ci_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_ci_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_ci_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_ci_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_ci_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_ci_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_ci_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_ci_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_ci_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_ci_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_ci_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_ci_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_ci_k109 CHECK (c <> N'x'),
    CONSTRAINT x_ci_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_ci_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_ci_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_ci_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_ci_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_ci_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_ci_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_ci_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_ci_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_ci_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_ci_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE TABLE x_bt (
    c bit(3),
    d0 bit(3) DEFAULT B'101',
    d1 bit(3) DEFAULT '101',
    d2 bit(3) DEFAULT X'5'::bit(3),
    d3 bit(3) DEFAULT B'1'::bit(3),
    d4 bit(3) DEFAULT 1::bit(3),
    CONSTRAINT x_bt_k0 CHECK (c IN (B'101', '010')),
    CONSTRAINT x_bt_k1 CHECK (c NOT IN (B'101', '010')),
    CONSTRAINT x_bt_k2 CHECK (c IN (B'101')),
    CONSTRAINT x_bt_k3 CHECK (c = ANY (ARRAY[B'101', '010'])),
    CONSTRAINT x_bt_k4 CHECK (c <> ALL (ARRAY[B'101', '010'])),
    CONSTRAINT x_bt_k5 CHECK (c = ANY (ARRAY[B'101', '010', NULL])),
    CONSTRAINT x_bt_k6 CHECK (c IN (B'101', '010', NULL)),
    CONSTRAINT x_bt_k7 CHECK (c = ANY (ARRAY[B'101', c])),
    CONSTRAINT x_bt_k8 CHECK (c IN (B'101', c)),
    CONSTRAINT x_bt_k9 CHECK (c BETWEEN B'101' AND '010'),
    CONSTRAINT x_bt_k10 CHECK (c NOT BETWEEN B'101' AND '010'),
    CONSTRAINT x_bt_k11 CHECK (c BETWEEN SYMMETRIC '010' AND B'101'),
    CONSTRAINT x_bt_k12 CHECK (c NOT BETWEEN SYMMETRIC B'101' AND '010'),
    CONSTRAINT x_bt_k13 CHECK (c IS DISTINCT FROM B'101'),
    CONSTRAINT x_bt_k14 CHECK (c IS NOT DISTINCT FROM B'101'),
    CONSTRAINT x_bt_k15 CHECK (COALESCE(c, B'101') = B'101'),
    CONSTRAINT x_bt_k16 CHECK (NULLIF(c, B'101') IS NULL),
    CONSTRAINT x_bt_k17 CHECK (GREATEST(c, B'101', '010') = '010'),
    CONSTRAINT x_bt_k18 CHECK (LEAST(c, B'101') <> '010'),
    CONSTRAINT x_bt_k19 CHECK (CASE WHEN c = B'101' THEN true ELSE c = '010' END),
    CONSTRAINT x_bt_k20 CHECK (CASE c WHEN B'101' THEN 1 WHEN '010' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_bt_k21 CHECK ((c, c) = (B'101', '010')),
    CONSTRAINT x_bt_k22 CHECK ((c, c) < (B'101', '010')),
    CONSTRAINT x_bt_k23 CHECK ((c, 1) IS DISTINCT FROM (B'101', 1)),
    CONSTRAINT x_bt_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_bt_k25 CHECK (c::text <> ''),
    CONSTRAINT x_bt_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_bt_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_bt_k28 CHECK (c = B'101'::bit(3)),
    CONSTRAINT x_bt_k29 CHECK (c <> CAST('010' AS bit(3))),
    CONSTRAINT x_bt_k30 CHECK (c > B'101' OR c < '010'),
    CONSTRAINT x_bt_k31 CHECK (NOT (c = B'101')),
    CONSTRAINT x_bt_k32 CHECK (c IS NULL OR c <> B'101'),
    CONSTRAINT x_bt_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_bt_k34 CHECK (c = ANY ('{}'::bit(3)[])),
    CONSTRAINT x_bt_k36 CHECK (c = ALL (ARRAY[B'101'])),
    CONSTRAINT x_bt_k37 CHECK (c > ANY (ARRAY[B'101', '010'])),
    CONSTRAINT x_bt_k38 CHECK (c = ANY (ARRAY[B'101']::bit(3)[])),
    CONSTRAINT x_bt_k39 CHECK (c IN (B'101'::bit(3), '010'::bit(3))),
    CONSTRAINT x_bt_k40 CHECK (c = ANY (ARRAY[B'101'::bit(3), '010'::bit(3)])),
    CONSTRAINT x_bt_k41 CHECK (ARRAY[c] <> ARRAY[B'101']),
    CONSTRAINT x_bt_k42 CHECK (ARRAY[c, B'101'] = ARRAY[B'101', '010']),
    CONSTRAINT x_bt_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_bt_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_bt_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_bt_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_bt_k47 CHECK (c & B'001' <> B'000'),
    CONSTRAINT x_bt_k48 CHECK (c <> '000'),
    CONSTRAINT x_bt_k49 CHECK (c::int > 0),
    CONSTRAINT x_bt_k50 CHECK (~c <> c),
    CONSTRAINT x_bt_k51 CHECK (c << 1 <> c),
    CONSTRAINT x_bt_k52 CHECK (length(c) = 3),
    CONSTRAINT x_bt_k53 CHECK (get_bit(c, 0) = 1),
    CONSTRAINT x_bt_k54 CHECK (c || B'1' <> '0000')
);
CREATE TABLE x_vb (
    c varbit,
    d0 varbit DEFAULT B'1',
    d1 varbit DEFAULT X'F',
    d2 varbit DEFAULT '',
    d3 varbit DEFAULT B'',
    CONSTRAINT x_vb_k0 CHECK (c IN (B'1', X'F')),
    CONSTRAINT x_vb_k1 CHECK (c NOT IN (B'1', X'F')),
    CONSTRAINT x_vb_k2 CHECK (c IN (B'1')),
    CONSTRAINT x_vb_k3 CHECK (c = ANY (ARRAY[B'1', X'F'])),
    CONSTRAINT x_vb_k4 CHECK (c <> ALL (ARRAY[B'1', X'F'])),
    CONSTRAINT x_vb_k5 CHECK (c = ANY (ARRAY[B'1', X'F', NULL])),
    CONSTRAINT x_vb_k6 CHECK (c IN (B'1', X'F', NULL)),
    CONSTRAINT x_vb_k7 CHECK (c = ANY (ARRAY[B'1', c])),
    CONSTRAINT x_vb_k8 CHECK (c IN (B'1', c)),
    CONSTRAINT x_vb_k9 CHECK (c BETWEEN B'1' AND X'F'),
    CONSTRAINT x_vb_k10 CHECK (c NOT BETWEEN B'1' AND X'F'),
    CONSTRAINT x_vb_k11 CHECK (c BETWEEN SYMMETRIC X'F' AND B'1'),
    CONSTRAINT x_vb_k12 CHECK (c NOT BETWEEN SYMMETRIC B'1' AND X'F'),
    CONSTRAINT x_vb_k13 CHECK (c IS DISTINCT FROM B'1'),
    CONSTRAINT x_vb_k14 CHECK (c IS NOT DISTINCT FROM B'1'),
    CONSTRAINT x_vb_k15 CHECK (COALESCE(c, B'1') = B'1'),
    CONSTRAINT x_vb_k16 CHECK (NULLIF(c, B'1') IS NULL),
    CONSTRAINT x_vb_k17 CHECK (GREATEST(c, B'1', X'F') = X'F'),
    CONSTRAINT x_vb_k18 CHECK (LEAST(c, B'1') <> X'F'),
    CONSTRAINT x_vb_k19 CHECK (CASE WHEN c = B'1' THEN true ELSE c = X'F' END),
    CONSTRAINT x_vb_k20 CHECK (CASE c WHEN B'1' THEN 1 WHEN X'F' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_vb_k21 CHECK ((c, c) = (B'1', X'F')),
    CONSTRAINT x_vb_k22 CHECK ((c, c) < (B'1', X'F')),
    CONSTRAINT x_vb_k23 CHECK ((c, 1) IS DISTINCT FROM (B'1', 1)),
    CONSTRAINT x_vb_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_vb_k25 CHECK (c::text <> ''),
    CONSTRAINT x_vb_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_vb_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_vb_k28 CHECK (c = B'1'::varbit),
    CONSTRAINT x_vb_k29 CHECK (c <> CAST(X'F' AS varbit)),
    CONSTRAINT x_vb_k30 CHECK (c > B'1' OR c < X'F'),
    CONSTRAINT x_vb_k31 CHECK (NOT (c = B'1')),
    CONSTRAINT x_vb_k32 CHECK (c IS NULL OR c <> B'1'),
    CONSTRAINT x_vb_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_vb_k34 CHECK (c = ANY ('{}'::varbit[])),
    CONSTRAINT x_vb_k36 CHECK (c = ALL (ARRAY[B'1'])),
    CONSTRAINT x_vb_k37 CHECK (c > ANY (ARRAY[B'1', X'F'])),
    CONSTRAINT x_vb_k38 CHECK (c = ANY (ARRAY[B'1']::varbit[])),
    CONSTRAINT x_vb_k39 CHECK (c IN (B'1'::varbit, X'F'::varbit)),
    CONSTRAINT x_vb_k40 CHECK (c = ANY (ARRAY[B'1'::varbit, X'F'::varbit])),
    CONSTRAINT x_vb_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_vb_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_vb_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_vb_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_vb_k47 CHECK (c <> B''),
    CONSTRAINT x_vb_k48 CHECK (length(c) > 0),
    CONSTRAINT x_vb_k49 CHECK (c || B'1' <> B'11'),
    CONSTRAINT x_vb_k50 CHECK (c IN (B'1', B'10'))
);
CREATE TABLE x_mo (
    c money,
    d0 money DEFAULT 0,
    d1 money DEFAULT '1.50',
    d2 money DEFAULT 1.5,
    d4 money DEFAULT '$1',
    CONSTRAINT x_mo_k2 CHECK (c IN ('1.50')),
    CONSTRAINT x_mo_k7 CHECK (c = ANY (ARRAY['1.50', c])),
    CONSTRAINT x_mo_k8 CHECK (c IN ('1.50', c)),
    CONSTRAINT x_mo_k13 CHECK (c IS DISTINCT FROM '1.50'),
    CONSTRAINT x_mo_k14 CHECK (c IS NOT DISTINCT FROM '1.50'),
    CONSTRAINT x_mo_k15 CHECK (COALESCE(c, '1.50') = '1.50'),
    CONSTRAINT x_mo_k16 CHECK (NULLIF(c, '1.50') IS NULL),
    CONSTRAINT x_mo_k23 CHECK ((c, 1) IS DISTINCT FROM ('1.50', 1)),
    CONSTRAINT x_mo_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_mo_k25 CHECK (c::text <> ''),
    CONSTRAINT x_mo_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_mo_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_mo_k28 CHECK (c = '1.50'::money),
    CONSTRAINT x_mo_k29 CHECK (c <> CAST(2 AS money)),
    CONSTRAINT x_mo_k31 CHECK (NOT (c = '1.50')),
    CONSTRAINT x_mo_k32 CHECK (c IS NULL OR c <> '1.50'),
    CONSTRAINT x_mo_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_mo_k34 CHECK (c = ANY ('{}'::money[])),
    CONSTRAINT x_mo_k38 CHECK (c = ANY (ARRAY['1.50']::money[])),
    CONSTRAINT x_mo_k39 CHECK (c IN ('1.50'::money, 2::money)),
    CONSTRAINT x_mo_k40 CHECK (c = ANY (ARRAY['1.50'::money, 2::money])),
    CONSTRAINT x_mo_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_mo_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_mo_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_mo_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_mo_k68 CHECK (c::numeric(5,1) > 0),
    CONSTRAINT x_mo_k69 CHECK (round(c::numeric, 1) > 0),
    CONSTRAINT x_mo_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_mo_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_mo_k103 CHECK ((c)::numeric(5,2) > 0),
    CONSTRAINT x_mo_k117 CHECK (c > '1'),
    CONSTRAINT x_mo_k118 CHECK (c > 1::money),
    CONSTRAINT x_mo_k119 CHECK (c > '$1.00'),
    CONSTRAINT x_mo_k120 CHECK (c::numeric > 0),
    CONSTRAINT x_mo_k121 CHECK (c * 2 > '1'),
    CONSTRAINT x_mo_k122 CHECK (c / 2 > '1')
);
CREATE TABLE x_ch1 (
    c "char",
    d0 "char" DEFAULT 'a',
    d1 "char" DEFAULT 'a'::"char",
    CONSTRAINT x_ch1_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_ch1_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_ch1_k2 CHECK (c IN ('a')),
    CONSTRAINT x_ch1_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_ch1_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_ch1_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_ch1_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_ch1_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_ch1_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_ch1_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_ch1_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_ch1_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_ch1_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_ch1_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_ch1_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_ch1_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_ch1_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_ch1_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_ch1_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_ch1_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_ch1_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_ch1_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_ch1_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_ch1_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_ch1_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_ch1_k25 CHECK (c::text <> ''),
    CONSTRAINT x_ch1_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_ch1_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_ch1_k28 CHECK (c = 'a'::"char"),
    CONSTRAINT x_ch1_k29 CHECK (c <> CAST('b' AS "char")),
    CONSTRAINT x_ch1_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_ch1_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_ch1_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_ch1_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_ch1_k34 CHECK (c = ANY ('{}'::"char"[])),
    CONSTRAINT x_ch1_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_ch1_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_ch1_k38 CHECK (c = ANY (ARRAY['a']::"char"[])),
    CONSTRAINT x_ch1_k39 CHECK (c IN ('a'::"char", 'b'::"char")),
    CONSTRAINT x_ch1_k40 CHECK (c = ANY (ARRAY['a'::"char", 'b'::"char"])),
    CONSTRAINT x_ch1_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_ch1_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_ch1_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_ch1_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_ch1_k47 CHECK (c <> 'x'),
    CONSTRAINT x_ch1_k48 CHECK (c::text = 'a'),
    CONSTRAINT x_ch1_k49 CHECK (c = ANY (ARRAY['a'::"char"]))
);
CREATE TABLE x_nmx (
    c name,
    d0 name DEFAULT 'a',
    d1 name DEFAULT CURRENT_USER,
    d2 name DEFAULT current_database(),
    d3 name DEFAULT 'a'::name,
    CONSTRAINT x_nmx_k0 CHECK (c IN ('a', 'b')),
    CONSTRAINT x_nmx_k1 CHECK (c NOT IN ('a', 'b')),
    CONSTRAINT x_nmx_k2 CHECK (c IN ('a')),
    CONSTRAINT x_nmx_k3 CHECK (c = ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_nmx_k4 CHECK (c <> ALL (ARRAY['a', 'b'])),
    CONSTRAINT x_nmx_k5 CHECK (c = ANY (ARRAY['a', 'b', NULL])),
    CONSTRAINT x_nmx_k6 CHECK (c IN ('a', 'b', NULL)),
    CONSTRAINT x_nmx_k7 CHECK (c = ANY (ARRAY['a', c])),
    CONSTRAINT x_nmx_k8 CHECK (c IN ('a', c)),
    CONSTRAINT x_nmx_k9 CHECK (c BETWEEN 'a' AND 'b'),
    CONSTRAINT x_nmx_k10 CHECK (c NOT BETWEEN 'a' AND 'b'),
    CONSTRAINT x_nmx_k11 CHECK (c BETWEEN SYMMETRIC 'b' AND 'a'),
    CONSTRAINT x_nmx_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a' AND 'b'),
    CONSTRAINT x_nmx_k13 CHECK (c IS DISTINCT FROM 'a'),
    CONSTRAINT x_nmx_k14 CHECK (c IS NOT DISTINCT FROM 'a'),
    CONSTRAINT x_nmx_k15 CHECK (COALESCE(c, 'a') = 'a'),
    CONSTRAINT x_nmx_k16 CHECK (NULLIF(c, 'a') IS NULL),
    CONSTRAINT x_nmx_k17 CHECK (GREATEST(c, 'a', 'b') = 'b'),
    CONSTRAINT x_nmx_k18 CHECK (LEAST(c, 'a') <> 'b'),
    CONSTRAINT x_nmx_k19 CHECK (CASE WHEN c = 'a' THEN true ELSE c = 'b' END),
    CONSTRAINT x_nmx_k20 CHECK (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_nmx_k21 CHECK ((c, c) = ('a', 'b')),
    CONSTRAINT x_nmx_k22 CHECK ((c, c) < ('a', 'b')),
    CONSTRAINT x_nmx_k23 CHECK ((c, 1) IS DISTINCT FROM ('a', 1)),
    CONSTRAINT x_nmx_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_nmx_k25 CHECK (c::text <> ''),
    CONSTRAINT x_nmx_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_nmx_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_nmx_k28 CHECK (c = 'a'::name),
    CONSTRAINT x_nmx_k29 CHECK (c <> CAST('b' AS name)),
    CONSTRAINT x_nmx_k30 CHECK (c > 'a' OR c < 'b'),
    CONSTRAINT x_nmx_k31 CHECK (NOT (c = 'a')),
    CONSTRAINT x_nmx_k32 CHECK (c IS NULL OR c <> 'a'),
    CONSTRAINT x_nmx_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_nmx_k34 CHECK (c = ANY ('{}'::name[])),
    CONSTRAINT x_nmx_k36 CHECK (c = ALL (ARRAY['a'])),
    CONSTRAINT x_nmx_k37 CHECK (c > ANY (ARRAY['a', 'b'])),
    CONSTRAINT x_nmx_k38 CHECK (c = ANY (ARRAY['a']::name[])),
    CONSTRAINT x_nmx_k39 CHECK (c IN ('a'::name, 'b'::name)),
    CONSTRAINT x_nmx_k40 CHECK (c = ANY (ARRAY['a'::name, 'b'::name])),
    CONSTRAINT x_nmx_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_nmx_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_nmx_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_nmx_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_nmx_k47 CHECK (c LIKE 'a%'),
    CONSTRAINT x_nmx_k48 CHECK (c NOT LIKE 'a%'),
    CONSTRAINT x_nmx_k49 CHECK (c ILIKE 'A%'),
    CONSTRAINT x_nmx_k50 CHECK (c NOT ILIKE 'a%'),
    CONSTRAINT x_nmx_k51 CHECK (c LIKE 'a!%' ESCAPE '!'),
    CONSTRAINT x_nmx_k52 CHECK (c SIMILAR TO 'a%'),
    CONSTRAINT x_nmx_k53 CHECK (c NOT SIMILAR TO '(a|b)%'),
    CONSTRAINT x_nmx_k54 CHECK (c SIMILAR TO 'a#%' ESCAPE '#'),
    CONSTRAINT x_nmx_k55 CHECK (c ~ '^a'),
    CONSTRAINT x_nmx_k56 CHECK (c ~* '^A'),
    CONSTRAINT x_nmx_k57 CHECK (c !~ 'x'),
    CONSTRAINT x_nmx_k58 CHECK (c !~* 'x'),
    CONSTRAINT x_nmx_k59 CHECK (c COLLATE "C" < 'b'),
    CONSTRAINT x_nmx_k60 CHECK ((c COLLATE "C") IN ('a', 'b')),
    CONSTRAINT x_nmx_k61 CHECK (c COLLATE "C" IN ('a', 'b')),
    CONSTRAINT x_nmx_k62 CHECK (lower(c) COLLATE "POSIX" <> 'x'),
    CONSTRAINT x_nmx_k63 CHECK (substring(c FROM 1 FOR 2) <> 'x'),
    CONSTRAINT x_nmx_k64 CHECK (substring(c FROM 2) <> 'x'),
    CONSTRAINT x_nmx_k65 CHECK (substring(c FOR 2) <> 'x'),
    CONSTRAINT x_nmx_k66 CHECK (substring(c FROM 'a.*') IS NULL),
    CONSTRAINT x_nmx_k67 CHECK (substring(c SIMILAR 'a%' ESCAPE '#') IS NULL),
    CONSTRAINT x_nmx_k68 CHECK (position('a' IN c) > 0),
    CONSTRAINT x_nmx_k69 CHECK (trim(BOTH 'x' FROM c) <> ''),
    CONSTRAINT x_nmx_k70 CHECK (trim(LEADING FROM c) <> ''),
    CONSTRAINT x_nmx_k71 CHECK (trim(TRAILING 'x' FROM c) <> ''),
    CONSTRAINT x_nmx_k72 CHECK (trim(c) <> ''),
    CONSTRAINT x_nmx_k73 CHECK (btrim(c) <> ''),
    CONSTRAINT x_nmx_k74 CHECK (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''),
    CONSTRAINT x_nmx_k75 CHECK (overlay(c PLACING 'x' FROM 2) <> ''),
    CONSTRAINT x_nmx_k76 CHECK (c || 'x' <> 'y'),
    CONSTRAINT x_nmx_k77 CHECK ('x' || c || 'y' <> ''),
    CONSTRAINT x_nmx_k78 CHECK (upper(c) = c),
    CONSTRAINT x_nmx_k79 CHECK (length(c) > 0),
    CONSTRAINT x_nmx_k80 CHECK (char_length(c) < 5),
    CONSTRAINT x_nmx_k81 CHECK (c::text ~ '^[a-z]+$'),
    CONSTRAINT x_nmx_k82 CHECK (left(c, 1) = 'a'),
    CONSTRAINT x_nmx_k83 CHECK (c > ''),
    CONSTRAINT x_nmx_k84 CHECK (c <> ''::text),
    CONSTRAINT x_nmx_k85 CHECK (c <> ''),
    CONSTRAINT x_nmx_k86 CHECK (c = 'a'::text),
    CONSTRAINT x_nmx_k87 CHECK (c::text = 'a'),
    CONSTRAINT x_nmx_k88 CHECK ((c)::text = 'a'::text),
    CONSTRAINT x_nmx_k89 CHECK (c IN ('a'::text, 'b'::text)),
    CONSTRAINT x_nmx_k90 CHECK (c IN ('a'::varchar, 'b'::varchar)),
    CONSTRAINT x_nmx_k91 CHECK (c = ANY (ARRAY['a'::varchar, 'b'::varchar])),
    CONSTRAINT x_nmx_k92 CHECK (c = ANY (ARRAY['a', 'b']::varchar[])),
    CONSTRAINT x_nmx_k93 CHECK (c = ANY ('{a,b}'::varchar[])),
    CONSTRAINT x_nmx_k94 CHECK (c = ANY ('{a,b}'::text[])),
    CONSTRAINT x_nmx_k95 CHECK (c = ANY (string_to_array('a,b', ','))),
    CONSTRAINT x_nmx_k96 CHECK (c ^@ 'a'),
    CONSTRAINT x_nmx_k97 CHECK (starts_with(c, 'a')),
    CONSTRAINT x_nmx_k98 CHECK (c IS NORMALIZED),
    CONSTRAINT x_nmx_k99 CHECK (c IS NOT NFC NORMALIZED),
    CONSTRAINT x_nmx_k100 CHECK (normalize(c, NFKC) = c),
    CONSTRAINT x_nmx_k101 CHECK (c NOT IN ('a', 'b') AND c IS NOT NULL),
    CONSTRAINT x_nmx_k102 CHECK (NOT c IN ('a')),
    CONSTRAINT x_nmx_k103 CHECK (c LIKE ANY (ARRAY['a%', 'b%'])),
    CONSTRAINT x_nmx_k104 CHECK (c ILIKE ALL (ARRAY['%'])),
    CONSTRAINT x_nmx_k105 CHECK (c COLLATE "C" LIKE 'a%'),
    CONSTRAINT x_nmx_k106 CHECK (E'a\nb' <> c),
    CONSTRAINT x_nmx_k107 CHECK (U&'\0041' <> c),
    CONSTRAINT x_nmx_k108 CHECK ($$x$$ <> c),
    CONSTRAINT x_nmx_k109 CHECK (c <> N'x'),
    CONSTRAINT x_nmx_k110 CHECK (c ~ E'\\d'),
    CONSTRAINT x_nmx_k111 CHECK (c ~ '\d'),
    CONSTRAINT x_nmx_k112 CHECK (format('%s', c) <> ''),
    CONSTRAINT x_nmx_k113 CHECK (concat(c, 1) <> ''),
    CONSTRAINT x_nmx_k114 CHECK (c::name <> 'x'),
    CONSTRAINT x_nmx_k115 CHECK (c::bpchar <> 'x'),
    CONSTRAINT x_nmx_k116 CHECK (c::char(2) <> 'x'),
    CONSTRAINT x_nmx_k117 CHECK (c || 1 <> ''),
    CONSTRAINT x_nmx_k118 CHECK (1 || c <> ''),
    CONSTRAINT x_nmx_k119 CHECK (c IN ('a' COLLATE "C", 'b')),
    CONSTRAINT x_nmx_k120 CHECK (c::varchar(2) = ANY (ARRAY['a', 'b']))
);
CREATE TABLE x_oid (
    c oid,
    d0 oid DEFAULT 0,
    d1 oid DEFAULT 'pg_class'::regclass,
    d2 oid DEFAULT 1::oid,
    CONSTRAINT x_oid_k0 CHECK (c IN (1, 2)),
    CONSTRAINT x_oid_k1 CHECK (c NOT IN (1, 2)),
    CONSTRAINT x_oid_k2 CHECK (c IN (1)),
    CONSTRAINT x_oid_k3 CHECK (c = ANY (ARRAY[1, 2])),
    CONSTRAINT x_oid_k4 CHECK (c <> ALL (ARRAY[1, 2])),
    CONSTRAINT x_oid_k5 CHECK (c = ANY (ARRAY[1, 2, NULL])),
    CONSTRAINT x_oid_k6 CHECK (c IN (1, 2, NULL)),
    CONSTRAINT x_oid_k7 CHECK (c = ANY (ARRAY[1, c])),
    CONSTRAINT x_oid_k8 CHECK (c IN (1, c)),
    CONSTRAINT x_oid_k9 CHECK (c BETWEEN 1 AND 2),
    CONSTRAINT x_oid_k10 CHECK (c NOT BETWEEN 1 AND 2),
    CONSTRAINT x_oid_k11 CHECK (c BETWEEN SYMMETRIC 2 AND 1),
    CONSTRAINT x_oid_k12 CHECK (c NOT BETWEEN SYMMETRIC 1 AND 2),
    CONSTRAINT x_oid_k13 CHECK (c IS DISTINCT FROM 1),
    CONSTRAINT x_oid_k14 CHECK (c IS NOT DISTINCT FROM 1),
    CONSTRAINT x_oid_k15 CHECK (COALESCE(c, 1) = 1),
    CONSTRAINT x_oid_k16 CHECK (NULLIF(c, 1) IS NULL),
    CONSTRAINT x_oid_k17 CHECK (GREATEST(c, 1, 2) = 2),
    CONSTRAINT x_oid_k18 CHECK (LEAST(c, 1) <> 2),
    CONSTRAINT x_oid_k19 CHECK (CASE WHEN c = 1 THEN true ELSE c = 2 END),
    CONSTRAINT x_oid_k20 CHECK (CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_oid_k21 CHECK ((c, c) = (1, 2)),
    CONSTRAINT x_oid_k22 CHECK ((c, c) < (1, 2)),
    CONSTRAINT x_oid_k23 CHECK ((c, 1) IS DISTINCT FROM (1, 1)),
    CONSTRAINT x_oid_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_oid_k25 CHECK (c::text <> ''),
    CONSTRAINT x_oid_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_oid_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_oid_k28 CHECK (c = 1::oid),
    CONSTRAINT x_oid_k29 CHECK (c <> CAST(2 AS oid)),
    CONSTRAINT x_oid_k30 CHECK (c > 1 OR c < 2),
    CONSTRAINT x_oid_k31 CHECK (NOT (c = 1)),
    CONSTRAINT x_oid_k32 CHECK (c IS NULL OR c <> 1),
    CONSTRAINT x_oid_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_oid_k34 CHECK (c = ANY ('{}'::oid[])),
    CONSTRAINT x_oid_k36 CHECK (c = ALL (ARRAY[1])),
    CONSTRAINT x_oid_k37 CHECK (c > ANY (ARRAY[1, 2])),
    CONSTRAINT x_oid_k38 CHECK (c = ANY (ARRAY[1]::oid[])),
    CONSTRAINT x_oid_k39 CHECK (c IN (1::oid, 2::oid)),
    CONSTRAINT x_oid_k40 CHECK (c = ANY (ARRAY[1::oid, 2::oid])),
    CONSTRAINT x_oid_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_oid_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_oid_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_oid_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_oid_k47 CHECK (c > -1),
    CONSTRAINT x_oid_k48 CHECK (c > - 1),
    CONSTRAINT x_oid_k50 CHECK (c <> -(1)),
    CONSTRAINT x_oid_k62 CHECK (c::int > 0),
    CONSTRAINT x_oid_k63 CHECK (c > -1::int),
    CONSTRAINT x_oid_k64 CHECK (c > (-1)::int),
    CONSTRAINT x_oid_k67 CHECK (c BETWEEN -5 AND 5),
    CONSTRAINT x_oid_k79 CHECK (c < 2147483648),
    CONSTRAINT x_oid_k81 CHECK (c <> -0),
    CONSTRAINT x_oid_k94 CHECK (c IN (-1, -2)),
    CONSTRAINT x_oid_k95 CHECK (c = ANY (ARRAY[-1, 2])),
    CONSTRAINT x_oid_k96 CHECK (c IN (1::bigint, 2)),
    CONSTRAINT x_oid_k97 CHECK (c = ANY ('{1,2}'::int[])),
    CONSTRAINT x_oid_k98 CHECK (c = ANY ('{1,2}')),
    CONSTRAINT x_oid_k100 CHECK (c > int4 '1'),
    CONSTRAINT x_oid_k101 CHECK (c::text::int > 0),
    CONSTRAINT x_oid_k102 CHECK (c::bigint::numeric > 0),
    CONSTRAINT x_oid_k105 CHECK (c > ALL (ARRAY[-1, -2])),
    CONSTRAINT x_oid_k106 CHECK (c BETWEEN SYMMETRIC 5 AND -5),
    CONSTRAINT x_oid_k107 CHECK (c IS NOT NULL AND c >= 0),
    CONSTRAINT x_oid_k108 CHECK (NOT c > 0),
    CONSTRAINT x_oid_k109 CHECK (NOT (c > 0)),
    CONSTRAINT x_oid_k110 CHECK ((c > 1) = (c > 2)),
    CONSTRAINT x_oid_k111 CHECK (c > 1 IS TRUE),
    CONSTRAINT x_oid_k112 CHECK (c > 1 IS NOT FALSE),
    CONSTRAINT x_oid_k113 CHECK ((c > 1) IS UNKNOWN),
    CONSTRAINT x_oid_k115 CHECK (c > 0 AND c < 10 OR c = 20),
    CONSTRAINT x_oid_k116 CHECK (c > 0 AND (c < 10 OR c = 20))
);
CREATE TABLE x_rgc (
    c regclass,
    d0 regclass DEFAULT 'pg_class',
    d1 regclass DEFAULT 'pg_class'::regclass,
    d2 regclass DEFAULT 'sq'::regclass,
    CONSTRAINT x_rgc_k0 CHECK (c IN ('pg_class', 'pg_type')),
    CONSTRAINT x_rgc_k1 CHECK (c NOT IN ('pg_class', 'pg_type')),
    CONSTRAINT x_rgc_k6 CHECK (c IN ('pg_class', 'pg_type', NULL)),
    CONSTRAINT x_rgc_k7 CHECK (c = ANY (ARRAY['pg_class', c])),
    CONSTRAINT x_rgc_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_rgc_k25 CHECK (c::text <> ''),
    CONSTRAINT x_rgc_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_rgc_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_rgc_k28 CHECK (c = 'pg_class'::regclass),
    CONSTRAINT x_rgc_k29 CHECK (c <> CAST('pg_type' AS regclass)),
    CONSTRAINT x_rgc_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_rgc_k34 CHECK (c = ANY ('{}'::regclass[])),
    CONSTRAINT x_rgc_k38 CHECK (c = ANY (ARRAY['pg_class']::regclass[])),
    CONSTRAINT x_rgc_k39 CHECK (c IN ('pg_class'::regclass, 'pg_type'::regclass)),
    CONSTRAINT x_rgc_k40 CHECK (c = ANY (ARRAY['pg_class'::regclass, 'pg_type'::regclass])),
    CONSTRAINT x_rgc_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_rgc_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_rgc_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_rgc_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_rgc_k47 CHECK (c <> 'pg_class'::regclass),
    CONSTRAINT x_rgc_k48 CHECK (c::oid > 0)
);
CREATE TABLE x_xml (
    c xml,
    d0 xml DEFAULT '<a/>',
    d1 xml DEFAULT xmlparse(content '<a/>'),
    d2 xml DEFAULT XMLPARSE(DOCUMENT '<a/>'),
    d3 xml DEFAULT xmlelement(name a, 'x'),
    d4 xml DEFAULT '<a>x</a>'::xml,
    CONSTRAINT x_xml_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_xml_k25 CHECK (c::text <> ''),
    CONSTRAINT x_xml_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_xml_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_xml_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_xml_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_xml_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_xml_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_xml_k47 CHECK (c IS DOCUMENT),
    CONSTRAINT x_xml_k48 CHECK (xmlexists('/a' PASSING c)),
    CONSTRAINT x_xml_k49 CHECK (xpath('/a', c) <> '{}'),
    CONSTRAINT x_xml_k50 CHECK (xmlserialize(CONTENT c AS text) <> '')
);
CREATE TABLE x_pt (
    c point,
    d0 point DEFAULT '(1,2)',
    d1 point DEFAULT point(1, 2),
    d2 point DEFAULT point '(1,2)',
    CONSTRAINT x_pt_k1 CHECK (c NOT IN ('(1,2)', point(1,2))),
    CONSTRAINT x_pt_k4 CHECK (c <> ALL (ARRAY['(1,2)', point(1,2)])),
    CONSTRAINT x_pt_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_pt_k25 CHECK (c::text <> ''),
    CONSTRAINT x_pt_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_pt_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_pt_k29 CHECK (c <> CAST(point(1,2) AS point)),
    CONSTRAINT x_pt_k32 CHECK (c IS NULL OR c <> '(1,2)'),
    CONSTRAINT x_pt_k42 CHECK (ARRAY[c, '(1,2)'] = ARRAY['(1,2)', point(1,2)]),
    CONSTRAINT x_pt_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_pt_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_pt_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_pt_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_pt_k47 CHECK (c[0] > 0),
    CONSTRAINT x_pt_k48 CHECK (c <-> point(0, 0) > 1),
    CONSTRAINT x_pt_k49 CHECK (c <@ box '((0,0),(9,9))'),
    CONSTRAINT x_pt_k50 CHECK (c ~= point(1, 2)),
    CONSTRAINT x_pt_k51 CHECK (c >^ point(0, 0))
);
CREATE TABLE x_rg (
    c int4range,
    d0 int4range DEFAULT 'empty',
    d1 int4range DEFAULT '[1,2)',
    d2 int4range DEFAULT int4range(1, 5),
    d3 int4range DEFAULT '[1,5]'::int4range,
    d4 int4range DEFAULT int4range(1, NULL, '[]'),
    CONSTRAINT x_rg_k0 CHECK (c IN ('[1,2)', int4range(1, 5))),
    CONSTRAINT x_rg_k1 CHECK (c NOT IN ('[1,2)', int4range(1, 5))),
    CONSTRAINT x_rg_k2 CHECK (c IN ('[1,2)')),
    CONSTRAINT x_rg_k3 CHECK (c = ANY (ARRAY['[1,2)', int4range(1, 5)])),
    CONSTRAINT x_rg_k4 CHECK (c <> ALL (ARRAY['[1,2)', int4range(1, 5)])),
    CONSTRAINT x_rg_k5 CHECK (c = ANY (ARRAY['[1,2)', int4range(1, 5), NULL])),
    CONSTRAINT x_rg_k6 CHECK (c IN ('[1,2)', int4range(1, 5), NULL)),
    CONSTRAINT x_rg_k7 CHECK (c = ANY (ARRAY['[1,2)', c])),
    CONSTRAINT x_rg_k8 CHECK (c IN ('[1,2)', c)),
    CONSTRAINT x_rg_k9 CHECK (c BETWEEN '[1,2)' AND int4range(1, 5)),
    CONSTRAINT x_rg_k10 CHECK (c NOT BETWEEN '[1,2)' AND int4range(1, 5)),
    CONSTRAINT x_rg_k11 CHECK (c BETWEEN SYMMETRIC int4range(1, 5) AND '[1,2)'),
    CONSTRAINT x_rg_k12 CHECK (c NOT BETWEEN SYMMETRIC '[1,2)' AND int4range(1, 5)),
    CONSTRAINT x_rg_k13 CHECK (c IS DISTINCT FROM '[1,2)'),
    CONSTRAINT x_rg_k14 CHECK (c IS NOT DISTINCT FROM '[1,2)'),
    CONSTRAINT x_rg_k15 CHECK (COALESCE(c, '[1,2)') = '[1,2)'),
    CONSTRAINT x_rg_k16 CHECK (NULLIF(c, '[1,2)') IS NULL),
    CONSTRAINT x_rg_k17 CHECK (GREATEST(c, '[1,2)', int4range(1, 5)) = int4range(1, 5)),
    CONSTRAINT x_rg_k18 CHECK (LEAST(c, '[1,2)') <> int4range(1, 5)),
    CONSTRAINT x_rg_k19 CHECK (CASE WHEN c = '[1,2)' THEN true ELSE c = int4range(1, 5) END),
    CONSTRAINT x_rg_k20 CHECK (CASE c WHEN '[1,2)' THEN 1 WHEN int4range(1, 5) THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_rg_k21 CHECK ((c, c) = ('[1,2)', int4range(1, 5))),
    CONSTRAINT x_rg_k22 CHECK ((c, c) < ('[1,2)', int4range(1, 5))),
    CONSTRAINT x_rg_k23 CHECK ((c, 1) IS DISTINCT FROM ('[1,2)', 1)),
    CONSTRAINT x_rg_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_rg_k25 CHECK (c::text <> ''),
    CONSTRAINT x_rg_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_rg_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_rg_k28 CHECK (c = '[1,2)'::int4range),
    CONSTRAINT x_rg_k29 CHECK (c <> CAST(int4range(1, 5) AS int4range)),
    CONSTRAINT x_rg_k30 CHECK (c > '[1,2)' OR c < int4range(1, 5)),
    CONSTRAINT x_rg_k31 CHECK (NOT (c = '[1,2)')),
    CONSTRAINT x_rg_k32 CHECK (c IS NULL OR c <> '[1,2)'),
    CONSTRAINT x_rg_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_rg_k34 CHECK (c = ANY ('{}'::int4range[])),
    CONSTRAINT x_rg_k37 CHECK (c > ANY (ARRAY['[1,2)', int4range(1, 5)])),
    CONSTRAINT x_rg_k38 CHECK (c = ANY (ARRAY['[1,2)']::int4range[])),
    CONSTRAINT x_rg_k39 CHECK (c IN ('[1,2)'::int4range, int4range(1, 5)::int4range)),
    CONSTRAINT x_rg_k40 CHECK (c = ANY (ARRAY['[1,2)'::int4range, int4range(1, 5)::int4range])),
    CONSTRAINT x_rg_k42 CHECK (ARRAY[c, '[1,2)'] = ARRAY['[1,2)', int4range(1, 5)]),
    CONSTRAINT x_rg_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_rg_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_rg_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_rg_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_rg_k47 CHECK (c @> 1),
    CONSTRAINT x_rg_k48 CHECK (lower(c) > 0),
    CONSTRAINT x_rg_k49 CHECK (c && '[1,5)'),
    CONSTRAINT x_rg_k50 CHECK (NOT isempty(c)),
    CONSTRAINT x_rg_k51 CHECK (c <> 'empty'),
    CONSTRAINT x_rg_k52 CHECK (upper_inc(c)),
    CONSTRAINT x_rg_k53 CHECK (c -|- int4range(5, 6)),
    CONSTRAINT x_rg_k54 CHECK (c << '[10,20)'::int4range)
);
CREATE TABLE x_tsr (
    c tstzrange,
    d0 tstzrange DEFAULT tstzrange(now(), NULL),
    d1 tstzrange DEFAULT '[2020-01-01,)',
    d2 tstzrange DEFAULT 'empty',
    CONSTRAINT x_tsr_k0 CHECK (c IN ('[2020-01-01,2021-01-01)', tstzrange(now(), NULL))),
    CONSTRAINT x_tsr_k1 CHECK (c NOT IN ('[2020-01-01,2021-01-01)', tstzrange(now(), NULL))),
    CONSTRAINT x_tsr_k2 CHECK (c IN ('[2020-01-01,2021-01-01)')),
    CONSTRAINT x_tsr_k3 CHECK (c = ANY (ARRAY['[2020-01-01,2021-01-01)', tstzrange(now(), NULL)])),
    CONSTRAINT x_tsr_k4 CHECK (c <> ALL (ARRAY['[2020-01-01,2021-01-01)', tstzrange(now(), NULL)])),
    CONSTRAINT x_tsr_k5 CHECK (c = ANY (ARRAY['[2020-01-01,2021-01-01)', tstzrange(now(), NULL), NULL])),
    CONSTRAINT x_tsr_k6 CHECK (c IN ('[2020-01-01,2021-01-01)', tstzrange(now(), NULL), NULL)),
    CONSTRAINT x_tsr_k7 CHECK (c = ANY (ARRAY['[2020-01-01,2021-01-01)', c])),
    CONSTRAINT x_tsr_k8 CHECK (c IN ('[2020-01-01,2021-01-01)', c)),
    CONSTRAINT x_tsr_k9 CHECK (c BETWEEN '[2020-01-01,2021-01-01)' AND tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k10 CHECK (c NOT BETWEEN '[2020-01-01,2021-01-01)' AND tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k11 CHECK (c BETWEEN SYMMETRIC tstzrange(now(), NULL) AND '[2020-01-01,2021-01-01)'),
    CONSTRAINT x_tsr_k12 CHECK (c NOT BETWEEN SYMMETRIC '[2020-01-01,2021-01-01)' AND tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k13 CHECK (c IS DISTINCT FROM '[2020-01-01,2021-01-01)'),
    CONSTRAINT x_tsr_k14 CHECK (c IS NOT DISTINCT FROM '[2020-01-01,2021-01-01)'),
    CONSTRAINT x_tsr_k15 CHECK (COALESCE(c, '[2020-01-01,2021-01-01)') = '[2020-01-01,2021-01-01)'),
    CONSTRAINT x_tsr_k16 CHECK (NULLIF(c, '[2020-01-01,2021-01-01)') IS NULL),
    CONSTRAINT x_tsr_k17 CHECK (GREATEST(c, '[2020-01-01,2021-01-01)', tstzrange(now(), NULL)) = tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k18 CHECK (LEAST(c, '[2020-01-01,2021-01-01)') <> tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k19 CHECK (CASE WHEN c = '[2020-01-01,2021-01-01)' THEN true ELSE c = tstzrange(now(), NULL) END),
    CONSTRAINT x_tsr_k20 CHECK (CASE c WHEN '[2020-01-01,2021-01-01)' THEN 1 WHEN tstzrange(now(), NULL) THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tsr_k21 CHECK ((c, c) = ('[2020-01-01,2021-01-01)', tstzrange(now(), NULL))),
    CONSTRAINT x_tsr_k22 CHECK ((c, c) < ('[2020-01-01,2021-01-01)', tstzrange(now(), NULL))),
    CONSTRAINT x_tsr_k23 CHECK ((c, 1) IS DISTINCT FROM ('[2020-01-01,2021-01-01)', 1)),
    CONSTRAINT x_tsr_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tsr_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tsr_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tsr_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tsr_k28 CHECK (c = '[2020-01-01,2021-01-01)'::tstzrange),
    CONSTRAINT x_tsr_k29 CHECK (c <> CAST(tstzrange(now(), NULL) AS tstzrange)),
    CONSTRAINT x_tsr_k30 CHECK (c > '[2020-01-01,2021-01-01)' OR c < tstzrange(now(), NULL)),
    CONSTRAINT x_tsr_k31 CHECK (NOT (c = '[2020-01-01,2021-01-01)')),
    CONSTRAINT x_tsr_k32 CHECK (c IS NULL OR c <> '[2020-01-01,2021-01-01)'),
    CONSTRAINT x_tsr_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tsr_k34 CHECK (c = ANY ('{}'::tstzrange[])),
    CONSTRAINT x_tsr_k37 CHECK (c > ANY (ARRAY['[2020-01-01,2021-01-01)', tstzrange(now(), NULL)])),
    CONSTRAINT x_tsr_k38 CHECK (c = ANY (ARRAY['[2020-01-01,2021-01-01)']::tstzrange[])),
    CONSTRAINT x_tsr_k39 CHECK (c IN ('[2020-01-01,2021-01-01)'::tstzrange, tstzrange(now(), NULL)::tstzrange)),
    CONSTRAINT x_tsr_k40 CHECK (c = ANY (ARRAY['[2020-01-01,2021-01-01)'::tstzrange, tstzrange(now(), NULL)::tstzrange])),
    CONSTRAINT x_tsr_k42 CHECK (ARRAY[c, '[2020-01-01,2021-01-01)'] = ARRAY['[2020-01-01,2021-01-01)', tstzrange(now(), NULL)]),
    CONSTRAINT x_tsr_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tsr_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tsr_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tsr_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tsr_k47 CHECK (c @> now()),
    CONSTRAINT x_tsr_k48 CHECK (lower(c) > '2020-01-01'),
    CONSTRAINT x_tsr_k49 CHECK (c && tstzrange('2020-01-01', '2021-01-01', '[)')),
    CONSTRAINT x_tsr_k50 CHECK (NOT lower_inf(c))
);
CREATE TABLE x_tsv (
    c tsvector,
    d0 tsvector DEFAULT '',
    d1 tsvector DEFAULT 'a b',
    d2 tsvector DEFAULT to_tsvector('simple', 'x'),
    d3 tsvector DEFAULT ''::tsvector,
    CONSTRAINT x_tsv_k0 CHECK (c IN ('a b', to_tsvector('simple', 'x'))),
    CONSTRAINT x_tsv_k1 CHECK (c NOT IN ('a b', to_tsvector('simple', 'x'))),
    CONSTRAINT x_tsv_k2 CHECK (c IN ('a b')),
    CONSTRAINT x_tsv_k3 CHECK (c = ANY (ARRAY['a b', to_tsvector('simple', 'x')])),
    CONSTRAINT x_tsv_k4 CHECK (c <> ALL (ARRAY['a b', to_tsvector('simple', 'x')])),
    CONSTRAINT x_tsv_k5 CHECK (c = ANY (ARRAY['a b', to_tsvector('simple', 'x'), NULL])),
    CONSTRAINT x_tsv_k6 CHECK (c IN ('a b', to_tsvector('simple', 'x'), NULL)),
    CONSTRAINT x_tsv_k7 CHECK (c = ANY (ARRAY['a b', c])),
    CONSTRAINT x_tsv_k8 CHECK (c IN ('a b', c)),
    CONSTRAINT x_tsv_k9 CHECK (c BETWEEN 'a b' AND to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k10 CHECK (c NOT BETWEEN 'a b' AND to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k11 CHECK (c BETWEEN SYMMETRIC to_tsvector('simple', 'x') AND 'a b'),
    CONSTRAINT x_tsv_k12 CHECK (c NOT BETWEEN SYMMETRIC 'a b' AND to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k13 CHECK (c IS DISTINCT FROM 'a b'),
    CONSTRAINT x_tsv_k14 CHECK (c IS NOT DISTINCT FROM 'a b'),
    CONSTRAINT x_tsv_k15 CHECK (COALESCE(c, 'a b') = 'a b'),
    CONSTRAINT x_tsv_k16 CHECK (NULLIF(c, 'a b') IS NULL),
    CONSTRAINT x_tsv_k17 CHECK (GREATEST(c, 'a b', to_tsvector('simple', 'x')) = to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k18 CHECK (LEAST(c, 'a b') <> to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k19 CHECK (CASE WHEN c = 'a b' THEN true ELSE c = to_tsvector('simple', 'x') END),
    CONSTRAINT x_tsv_k20 CHECK (CASE c WHEN 'a b' THEN 1 WHEN to_tsvector('simple', 'x') THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_tsv_k21 CHECK ((c, c) = ('a b', to_tsvector('simple', 'x'))),
    CONSTRAINT x_tsv_k22 CHECK ((c, c) < ('a b', to_tsvector('simple', 'x'))),
    CONSTRAINT x_tsv_k23 CHECK ((c, 1) IS DISTINCT FROM ('a b', 1)),
    CONSTRAINT x_tsv_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_tsv_k25 CHECK (c::text <> ''),
    CONSTRAINT x_tsv_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_tsv_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_tsv_k28 CHECK (c = 'a b'::tsvector),
    CONSTRAINT x_tsv_k29 CHECK (c <> CAST(to_tsvector('simple', 'x') AS tsvector)),
    CONSTRAINT x_tsv_k30 CHECK (c > 'a b' OR c < to_tsvector('simple', 'x')),
    CONSTRAINT x_tsv_k31 CHECK (NOT (c = 'a b')),
    CONSTRAINT x_tsv_k32 CHECK (c IS NULL OR c <> 'a b'),
    CONSTRAINT x_tsv_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_tsv_k34 CHECK (c = ANY ('{}'::tsvector[])),
    CONSTRAINT x_tsv_k37 CHECK (c > ANY (ARRAY['a b', to_tsvector('simple', 'x')])),
    CONSTRAINT x_tsv_k38 CHECK (c = ANY (ARRAY['a b']::tsvector[])),
    CONSTRAINT x_tsv_k39 CHECK (c IN ('a b'::tsvector, to_tsvector('simple', 'x')::tsvector)),
    CONSTRAINT x_tsv_k40 CHECK (c = ANY (ARRAY['a b'::tsvector, to_tsvector('simple', 'x')::tsvector])),
    CONSTRAINT x_tsv_k42 CHECK (ARRAY[c, 'a b'] = ARRAY['a b', to_tsvector('simple', 'x')]),
    CONSTRAINT x_tsv_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_tsv_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_tsv_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_tsv_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_tsv_k47 CHECK (c @@ 'a & b'),
    CONSTRAINT x_tsv_k48 CHECK (c @@ to_tsquery('simple', 'a')),
    CONSTRAINT x_tsv_k49 CHECK (length(c) > 0),
    CONSTRAINT x_tsv_k50 CHECK (c @@ plainto_tsquery('english', 'x')),
    CONSTRAINT x_tsv_k51 CHECK (c @@ 'a:*'::tsquery),
    CONSTRAINT x_tsv_k52 CHECK (strip(c) <> '')
);
CREATE TABLE x_hs (
    c hstore,
    d0 hstore DEFAULT '',
    d1 hstore DEFAULT 'a=>1',
    d2 hstore DEFAULT hstore('a', 'b'),
    d3 hstore DEFAULT hstore(ARRAY['a'], ARRAY['b']),
    CONSTRAINT x_hs_k0 CHECK (c IN ('a=>1', hstore('a', 'b'))),
    CONSTRAINT x_hs_k1 CHECK (c NOT IN ('a=>1', hstore('a', 'b'))),
    CONSTRAINT x_hs_k2 CHECK (c IN ('a=>1')),
    CONSTRAINT x_hs_k3 CHECK (c = ANY (ARRAY['a=>1', hstore('a', 'b')])),
    CONSTRAINT x_hs_k4 CHECK (c <> ALL (ARRAY['a=>1', hstore('a', 'b')])),
    CONSTRAINT x_hs_k5 CHECK (c = ANY (ARRAY['a=>1', hstore('a', 'b'), NULL])),
    CONSTRAINT x_hs_k6 CHECK (c IN ('a=>1', hstore('a', 'b'), NULL)),
    CONSTRAINT x_hs_k7 CHECK (c = ANY (ARRAY['a=>1', c])),
    CONSTRAINT x_hs_k8 CHECK (c IN ('a=>1', c)),
    CONSTRAINT x_hs_k13 CHECK (c IS DISTINCT FROM 'a=>1'),
    CONSTRAINT x_hs_k14 CHECK (c IS NOT DISTINCT FROM 'a=>1'),
    CONSTRAINT x_hs_k15 CHECK (COALESCE(c, 'a=>1') = 'a=>1'),
    CONSTRAINT x_hs_k16 CHECK (NULLIF(c, 'a=>1') IS NULL),
    CONSTRAINT x_hs_k17 CHECK (GREATEST(c, 'a=>1', hstore('a', 'b')) = hstore('a', 'b')),
    CONSTRAINT x_hs_k18 CHECK (LEAST(c, 'a=>1') <> hstore('a', 'b')),
    CONSTRAINT x_hs_k19 CHECK (CASE WHEN c = 'a=>1' THEN true ELSE c = hstore('a', 'b') END),
    CONSTRAINT x_hs_k20 CHECK (CASE c WHEN 'a=>1' THEN 1 WHEN hstore('a', 'b') THEN 2 ELSE 0 END > 0),
    CONSTRAINT x_hs_k21 CHECK ((c, c) = ('a=>1', hstore('a', 'b'))),
    CONSTRAINT x_hs_k23 CHECK ((c, 1) IS DISTINCT FROM ('a=>1', 1)),
    CONSTRAINT x_hs_k24 CHECK (ROW(c, c) IS NOT NULL),
    CONSTRAINT x_hs_k25 CHECK (c::text <> ''),
    CONSTRAINT x_hs_k26 CHECK (CAST(c AS text) <> ''),
    CONSTRAINT x_hs_k27 CHECK (c::text::varchar(5) <> 'x'),
    CONSTRAINT x_hs_k28 CHECK (c = 'a=>1'::hstore),
    CONSTRAINT x_hs_k29 CHECK (c <> CAST(hstore('a', 'b') AS hstore)),
    CONSTRAINT x_hs_k31 CHECK (NOT (c = 'a=>1')),
    CONSTRAINT x_hs_k32 CHECK (c IS NULL OR c <> 'a=>1'),
    CONSTRAINT x_hs_k33 CHECK (c = ANY ('{}')),
    CONSTRAINT x_hs_k34 CHECK (c = ANY ('{}'::hstore[])),
    CONSTRAINT x_hs_k38 CHECK (c = ANY (ARRAY['a=>1']::hstore[])),
    CONSTRAINT x_hs_k39 CHECK (c IN ('a=>1'::hstore, hstore('a', 'b')::hstore)),
    CONSTRAINT x_hs_k40 CHECK (c = ANY (ARRAY['a=>1'::hstore, hstore('a', 'b')::hstore])),
    CONSTRAINT x_hs_k42 CHECK (ARRAY[c, 'a=>1'] = ARRAY['a=>1', hstore('a', 'b')]),
    CONSTRAINT x_hs_k43 CHECK (ARRAY[c]::text[] <> '{}'),
    CONSTRAINT x_hs_k44 CHECK (c::text IN ('a', 'b')),
    CONSTRAINT x_hs_k45 CHECK (c::varchar IN ('a', 'b')),
    CONSTRAINT x_hs_k46 CHECK (c::varchar(3) = ANY (ARRAY['a'])),
    CONSTRAINT x_hs_k47 CHECK (c ? 'a'),
    CONSTRAINT x_hs_k48 CHECK (c -> 'a' <> ''),
    CONSTRAINT x_hs_k49 CHECK (c @> 'a=>1'),
    CONSTRAINT x_hs_k50 CHECK (c ?| ARRAY['a']),
    CONSTRAINT x_hs_k51 CHECK (exist(c, 'a')),
    CONSTRAINT x_hs_k52 CHECK (c -> ARRAY['a'] <> '{}'),
    CONSTRAINT x_hs_k53 CHECK (defined(c, 'a'))
);

-- Every check form above of the types that had no index forms yet, as an index predicate (x_TYPE_wN, on c,
-- or on (c IS NULL) where c's type has no btree operator class: json, point, xml) and as index elements,
-- sixteen to an index (x_TYPE_eN, N the first form's number): the forms PostgreSQL 15 accepts there (about
-- 260 call a function that is not IMMUTABLE, refused in an index).
CREATE INDEX x_ad_w0 ON x_ad (c) WHERE c IN ('{a}', ARRAY['a']::dvc[]);
CREATE INDEX x_ad_w1 ON x_ad (c) WHERE c NOT IN ('{a}', ARRAY['a']::dvc[]);
CREATE INDEX x_ad_w2 ON x_ad (c) WHERE c IN ('{a}');
CREATE INDEX x_ad_w6 ON x_ad (c) WHERE c IN ('{a}', ARRAY['a']::dvc[], NULL);
CREATE INDEX x_ad_w8 ON x_ad (c) WHERE c IN ('{a}', c);
CREATE INDEX x_ad_w9 ON x_ad (c) WHERE c BETWEEN '{a}' AND ARRAY['a']::dvc[];
CREATE INDEX x_ad_w10 ON x_ad (c) WHERE c NOT BETWEEN '{a}' AND ARRAY['a']::dvc[];
CREATE INDEX x_ad_w11 ON x_ad (c) WHERE c BETWEEN SYMMETRIC ARRAY['a']::dvc[] AND '{a}';
CREATE INDEX x_ad_w12 ON x_ad (c) WHERE c NOT BETWEEN SYMMETRIC '{a}' AND ARRAY['a']::dvc[];
CREATE INDEX x_ad_w13 ON x_ad (c) WHERE c IS DISTINCT FROM '{a}';
CREATE INDEX x_ad_w14 ON x_ad (c) WHERE c IS NOT DISTINCT FROM '{a}';
CREATE INDEX x_ad_w15 ON x_ad (c) WHERE COALESCE(c, '{a}') = '{a}';
CREATE INDEX x_ad_w16 ON x_ad (c) WHERE NULLIF(c, '{a}') IS NULL;
CREATE INDEX x_ad_w17 ON x_ad (c) WHERE GREATEST(c, '{a}', ARRAY['a']::dvc[]) = ARRAY['a']::dvc[];
CREATE INDEX x_ad_w18 ON x_ad (c) WHERE LEAST(c, '{a}') <> ARRAY['a']::dvc[];
CREATE INDEX x_ad_w19 ON x_ad (c) WHERE CASE WHEN c = '{a}' THEN true ELSE c = ARRAY['a']::dvc[] END;
CREATE INDEX x_ad_w20 ON x_ad (c) WHERE CASE c WHEN '{a}' THEN 1 WHEN ARRAY['a']::dvc[] THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ad_w21 ON x_ad (c) WHERE (c, c) = ('{a}', ARRAY['a']::dvc[]);
CREATE INDEX x_ad_w22 ON x_ad (c) WHERE (c, c) < ('{a}', ARRAY['a']::dvc[]);
CREATE INDEX x_ad_w23 ON x_ad (c) WHERE (c, 1) IS DISTINCT FROM ('{a}', 1);
CREATE INDEX x_ad_w24 ON x_ad (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ad_w28 ON x_ad (c) WHERE c = '{a}'::dvc[];
CREATE INDEX x_ad_w29 ON x_ad (c) WHERE c <> CAST(ARRAY['a']::dvc[] AS dvc[]);
CREATE INDEX x_ad_w30 ON x_ad (c) WHERE c > '{a}' OR c < ARRAY['a']::dvc[];
CREATE INDEX x_ad_w31 ON x_ad (c) WHERE NOT (c = '{a}');
CREATE INDEX x_ad_w32 ON x_ad (c) WHERE c IS NULL OR c <> '{a}';
CREATE INDEX x_ad_w39 ON x_ad (c) WHERE c IN ('{a}'::dvc[], ARRAY['a']::dvc[]::dvc[]);
CREATE INDEX x_ad_w42 ON x_ad (c) WHERE ARRAY[c, '{a}'] = ARRAY['{a}', ARRAY['a']::dvc[]];
CREATE INDEX x_ad_w43 ON x_ad (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ad_w47 ON x_ad (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_ad_w48 ON x_ad (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_ad_w49 ON x_ad (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_ad_w50 ON x_ad (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_ad_w51 ON x_ad (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_ad_w52 ON x_ad (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_ad_w53 ON x_ad (c) WHERE cardinality(c) > 0;
CREATE INDEX x_ad_w54 ON x_ad (c) WHERE c @> ARRAY['a'::dvc];
CREATE INDEX x_ad_w55 ON x_ad (c) WHERE c && ARRAY['a'::dvc];
CREATE INDEX x_ad_w56 ON x_ad (c) WHERE c <@ ARRAY['a'::dvc];
CREATE INDEX x_ad_w57 ON x_ad (c) WHERE 'a'::dvc = ANY (c);
CREATE INDEX x_ad_w58 ON x_ad (c) WHERE 'a'::dvc <> ALL (c);
CREATE INDEX x_ad_w59 ON x_ad (c) WHERE c = '{}';
CREATE INDEX x_ad_w60 ON x_ad (c) WHERE c <> '{}';
CREATE INDEX x_ad_w61 ON x_ad (c) WHERE c || 'a'::dvc IS NOT NULL;
CREATE INDEX x_ad_w62 ON x_ad (c) WHERE array_position(c, 'a'::dvc) > 0;
CREATE INDEX x_ad_w63 ON x_ad (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_ad_w64 ON x_ad (c) WHERE c[-1] IS NULL;
CREATE INDEX x_ad_w65 ON x_ad (c) WHERE c IS DISTINCT FROM ARRAY['a'::dvc];
CREATE INDEX x_ad_w66 ON x_ad (c) WHERE c = ARRAY['a'::dvc, 'a'::dvc];
CREATE INDEX x_ad_w67 ON x_ad (c) WHERE c @> '{a}';
CREATE INDEX x_ad_w68 ON x_ad (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_ad_w69 ON x_ad (c) WHERE c[1] IN ('a'::dvc);
CREATE INDEX x_ad_w70 ON x_ad (c) WHERE c[1] = ANY (ARRAY['a'::dvc]);
CREATE INDEX x_ad_w71 ON x_ad (c) WHERE c IN (ARRAY['a'::dvc], '{}');
CREATE INDEX x_ad_w72 ON x_ad (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_ad_w73 ON x_ad (c) WHERE c[1:1] = ARRAY['a'::dvc];
CREATE INDEX x_ae_w0 ON x_ae (c) WHERE c IN ('{sad}', ARRAY['ok']::mood[]);
CREATE INDEX x_ae_w1 ON x_ae (c) WHERE c NOT IN ('{sad}', ARRAY['ok']::mood[]);
CREATE INDEX x_ae_w2 ON x_ae (c) WHERE c IN ('{sad}');
CREATE INDEX x_ae_w6 ON x_ae (c) WHERE c IN ('{sad}', ARRAY['ok']::mood[], NULL);
CREATE INDEX x_ae_w8 ON x_ae (c) WHERE c IN ('{sad}', c);
CREATE INDEX x_ae_w9 ON x_ae (c) WHERE c BETWEEN '{sad}' AND ARRAY['ok']::mood[];
CREATE INDEX x_ae_w10 ON x_ae (c) WHERE c NOT BETWEEN '{sad}' AND ARRAY['ok']::mood[];
CREATE INDEX x_ae_w11 ON x_ae (c) WHERE c BETWEEN SYMMETRIC ARRAY['ok']::mood[] AND '{sad}';
CREATE INDEX x_ae_w12 ON x_ae (c) WHERE c NOT BETWEEN SYMMETRIC '{sad}' AND ARRAY['ok']::mood[];
CREATE INDEX x_ae_w13 ON x_ae (c) WHERE c IS DISTINCT FROM '{sad}';
CREATE INDEX x_ae_w14 ON x_ae (c) WHERE c IS NOT DISTINCT FROM '{sad}';
CREATE INDEX x_ae_w15 ON x_ae (c) WHERE COALESCE(c, '{sad}') = '{sad}';
CREATE INDEX x_ae_w16 ON x_ae (c) WHERE NULLIF(c, '{sad}') IS NULL;
CREATE INDEX x_ae_w17 ON x_ae (c) WHERE GREATEST(c, '{sad}', ARRAY['ok']::mood[]) = ARRAY['ok']::mood[];
CREATE INDEX x_ae_w18 ON x_ae (c) WHERE LEAST(c, '{sad}') <> ARRAY['ok']::mood[];
CREATE INDEX x_ae_w19 ON x_ae (c) WHERE CASE WHEN c = '{sad}' THEN true ELSE c = ARRAY['ok']::mood[] END;
CREATE INDEX x_ae_w20 ON x_ae (c) WHERE CASE c WHEN '{sad}' THEN 1 WHEN ARRAY['ok']::mood[] THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ae_w21 ON x_ae (c) WHERE (c, c) = ('{sad}', ARRAY['ok']::mood[]);
CREATE INDEX x_ae_w22 ON x_ae (c) WHERE (c, c) < ('{sad}', ARRAY['ok']::mood[]);
CREATE INDEX x_ae_w23 ON x_ae (c) WHERE (c, 1) IS DISTINCT FROM ('{sad}', 1);
CREATE INDEX x_ae_w24 ON x_ae (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ae_w28 ON x_ae (c) WHERE c = '{sad}'::mood[];
CREATE INDEX x_ae_w29 ON x_ae (c) WHERE c <> CAST(ARRAY['ok']::mood[] AS mood[]);
CREATE INDEX x_ae_w30 ON x_ae (c) WHERE c > '{sad}' OR c < ARRAY['ok']::mood[];
CREATE INDEX x_ae_w31 ON x_ae (c) WHERE NOT (c = '{sad}');
CREATE INDEX x_ae_w32 ON x_ae (c) WHERE c IS NULL OR c <> '{sad}';
CREATE INDEX x_ae_w39 ON x_ae (c) WHERE c IN ('{sad}'::mood[], ARRAY['ok']::mood[]::mood[]);
CREATE INDEX x_ae_w42 ON x_ae (c) WHERE ARRAY[c, '{sad}'] = ARRAY['{sad}', ARRAY['ok']::mood[]];
CREATE INDEX x_ae_w47 ON x_ae (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_ae_w48 ON x_ae (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_ae_w49 ON x_ae (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_ae_w50 ON x_ae (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_ae_w51 ON x_ae (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_ae_w52 ON x_ae (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_ae_w53 ON x_ae (c) WHERE cardinality(c) > 0;
CREATE INDEX x_ae_w54 ON x_ae (c) WHERE c @> ARRAY['sad'::mood];
CREATE INDEX x_ae_w55 ON x_ae (c) WHERE c && ARRAY['sad'::mood];
CREATE INDEX x_ae_w56 ON x_ae (c) WHERE c <@ ARRAY['sad'::mood];
CREATE INDEX x_ae_w57 ON x_ae (c) WHERE 'sad'::mood = ANY (c);
CREATE INDEX x_ae_w58 ON x_ae (c) WHERE 'sad'::mood <> ALL (c);
CREATE INDEX x_ae_w59 ON x_ae (c) WHERE c = '{}';
CREATE INDEX x_ae_w60 ON x_ae (c) WHERE c <> '{}';
CREATE INDEX x_ae_w61 ON x_ae (c) WHERE c || 'sad'::mood IS NOT NULL;
CREATE INDEX x_ae_w62 ON x_ae (c) WHERE array_position(c, 'sad'::mood) > 0;
CREATE INDEX x_ae_w63 ON x_ae (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_ae_w64 ON x_ae (c) WHERE c[-1] IS NULL;
CREATE INDEX x_ae_w65 ON x_ae (c) WHERE c IS DISTINCT FROM ARRAY['sad'::mood];
CREATE INDEX x_ae_w66 ON x_ae (c) WHERE c = ARRAY['sad'::mood, 'sad'::mood];
CREATE INDEX x_ae_w67 ON x_ae (c) WHERE c @> '{sad}';
CREATE INDEX x_ae_w68 ON x_ae (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_ae_w69 ON x_ae (c) WHERE c[1] IN ('sad'::mood);
CREATE INDEX x_ae_w70 ON x_ae (c) WHERE c[1] = ANY (ARRAY['sad'::mood]);
CREATE INDEX x_ae_w71 ON x_ae (c) WHERE c IN (ARRAY['sad'::mood], '{}');
CREATE INDEX x_ae_w72 ON x_ae (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_ae_w73 ON x_ae (c) WHERE c[1:1] = ARRAY['sad'::mood];
CREATE INDEX x_an_w0 ON x_an (c) WHERE c IN ('{1.5}', ARRAY[1.5, -2]);
CREATE INDEX x_an_w1 ON x_an (c) WHERE c NOT IN ('{1.5}', ARRAY[1.5, -2]);
CREATE INDEX x_an_w2 ON x_an (c) WHERE c IN ('{1.5}');
CREATE INDEX x_an_w6 ON x_an (c) WHERE c IN ('{1.5}', ARRAY[1.5, -2], NULL);
CREATE INDEX x_an_w8 ON x_an (c) WHERE c IN ('{1.5}', c);
CREATE INDEX x_an_w9 ON x_an (c) WHERE c BETWEEN '{1.5}' AND ARRAY[1.5, -2];
CREATE INDEX x_an_w10 ON x_an (c) WHERE c NOT BETWEEN '{1.5}' AND ARRAY[1.5, -2];
CREATE INDEX x_an_w11 ON x_an (c) WHERE c BETWEEN SYMMETRIC ARRAY[1.5, -2] AND '{1.5}';
CREATE INDEX x_an_w12 ON x_an (c) WHERE c NOT BETWEEN SYMMETRIC '{1.5}' AND ARRAY[1.5, -2];
CREATE INDEX x_an_w13 ON x_an (c) WHERE c IS DISTINCT FROM '{1.5}';
CREATE INDEX x_an_w14 ON x_an (c) WHERE c IS NOT DISTINCT FROM '{1.5}';
CREATE INDEX x_an_w15 ON x_an (c) WHERE COALESCE(c, '{1.5}') = '{1.5}';
CREATE INDEX x_an_w16 ON x_an (c) WHERE NULLIF(c, '{1.5}') IS NULL;
CREATE INDEX x_an_w17 ON x_an (c) WHERE GREATEST(c, '{1.5}', ARRAY[1.5, -2]) = ARRAY[1.5, -2];
CREATE INDEX x_an_w18 ON x_an (c) WHERE LEAST(c, '{1.5}') <> ARRAY[1.5, -2];
CREATE INDEX x_an_w19 ON x_an (c) WHERE CASE WHEN c = '{1.5}' THEN true ELSE c = ARRAY[1.5, -2] END;
CREATE INDEX x_an_w20 ON x_an (c) WHERE CASE c WHEN '{1.5}' THEN 1 WHEN ARRAY[1.5, -2] THEN 2 ELSE 0 END > 0;
CREATE INDEX x_an_w21 ON x_an (c) WHERE (c, c) = ('{1.5}', ARRAY[1.5, -2]);
CREATE INDEX x_an_w22 ON x_an (c) WHERE (c, c) < ('{1.5}', ARRAY[1.5, -2]);
CREATE INDEX x_an_w23 ON x_an (c) WHERE (c, 1) IS DISTINCT FROM ('{1.5}', 1);
CREATE INDEX x_an_w24 ON x_an (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_an_w28 ON x_an (c) WHERE c = '{1.5}'::numeric[];
CREATE INDEX x_an_w29 ON x_an (c) WHERE c <> CAST(ARRAY[1.5, -2] AS numeric[]);
CREATE INDEX x_an_w30 ON x_an (c) WHERE c > '{1.5}' OR c < ARRAY[1.5, -2];
CREATE INDEX x_an_w31 ON x_an (c) WHERE NOT (c = '{1.5}');
CREATE INDEX x_an_w32 ON x_an (c) WHERE c IS NULL OR c <> '{1.5}';
CREATE INDEX x_an_w39 ON x_an (c) WHERE c IN ('{1.5}'::numeric[], ARRAY[1.5, -2]::numeric[]);
CREATE INDEX x_an_w43 ON x_an (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_an_w47 ON x_an (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_an_w48 ON x_an (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_an_w49 ON x_an (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_an_w50 ON x_an (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_an_w51 ON x_an (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_an_w52 ON x_an (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_an_w53 ON x_an (c) WHERE cardinality(c) > 0;
CREATE INDEX x_an_w54 ON x_an (c) WHERE c @> ARRAY[1.5];
CREATE INDEX x_an_w55 ON x_an (c) WHERE c && ARRAY[1.5];
CREATE INDEX x_an_w56 ON x_an (c) WHERE c <@ ARRAY[1.5];
CREATE INDEX x_an_w57 ON x_an (c) WHERE 1.5 = ANY (c);
CREATE INDEX x_an_w58 ON x_an (c) WHERE 1.5 <> ALL (c);
CREATE INDEX x_an_w59 ON x_an (c) WHERE c = '{}';
CREATE INDEX x_an_w60 ON x_an (c) WHERE c <> '{}';
CREATE INDEX x_an_w61 ON x_an (c) WHERE c || 1.5 IS NOT NULL;
CREATE INDEX x_an_w62 ON x_an (c) WHERE array_position(c, 1.5) > 0;
CREATE INDEX x_an_w63 ON x_an (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_an_w64 ON x_an (c) WHERE c[-1] IS NULL;
CREATE INDEX x_an_w65 ON x_an (c) WHERE c IS DISTINCT FROM ARRAY[1.5];
CREATE INDEX x_an_w66 ON x_an (c) WHERE c = ARRAY[1.5, 1.5];
CREATE INDEX x_an_w67 ON x_an (c) WHERE c @> '{1.5}';
CREATE INDEX x_an_w68 ON x_an (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_an_w69 ON x_an (c) WHERE c[1] IN (1.5);
CREATE INDEX x_an_w70 ON x_an (c) WHERE c[1] = ANY (ARRAY[1.5]);
CREATE INDEX x_an_w71 ON x_an (c) WHERE c IN (ARRAY[1.5], '{}');
CREATE INDEX x_an_w72 ON x_an (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_an_w73 ON x_an (c) WHERE c[1:1] = ARRAY[1.5];
CREATE INDEX x_at_w0 ON x_at (c) WHERE c IN ('{a,b}', ARRAY['a']);
CREATE INDEX x_at_w1 ON x_at (c) WHERE c NOT IN ('{a,b}', ARRAY['a']);
CREATE INDEX x_at_w2 ON x_at (c) WHERE c IN ('{a,b}');
CREATE INDEX x_at_w6 ON x_at (c) WHERE c IN ('{a,b}', ARRAY['a'], NULL);
CREATE INDEX x_at_w8 ON x_at (c) WHERE c IN ('{a,b}', c);
CREATE INDEX x_at_w9 ON x_at (c) WHERE c BETWEEN '{a,b}' AND ARRAY['a'];
CREATE INDEX x_at_w10 ON x_at (c) WHERE c NOT BETWEEN '{a,b}' AND ARRAY['a'];
CREATE INDEX x_at_w11 ON x_at (c) WHERE c BETWEEN SYMMETRIC ARRAY['a'] AND '{a,b}';
CREATE INDEX x_at_w12 ON x_at (c) WHERE c NOT BETWEEN SYMMETRIC '{a,b}' AND ARRAY['a'];
CREATE INDEX x_at_w13 ON x_at (c) WHERE c IS DISTINCT FROM '{a,b}';
CREATE INDEX x_at_w14 ON x_at (c) WHERE c IS NOT DISTINCT FROM '{a,b}';
CREATE INDEX x_at_w15 ON x_at (c) WHERE COALESCE(c, '{a,b}') = '{a,b}';
CREATE INDEX x_at_w16 ON x_at (c) WHERE NULLIF(c, '{a,b}') IS NULL;
CREATE INDEX x_at_w17 ON x_at (c) WHERE GREATEST(c, '{a,b}', ARRAY['a']) = ARRAY['a'];
CREATE INDEX x_at_w18 ON x_at (c) WHERE LEAST(c, '{a,b}') <> ARRAY['a'];
CREATE INDEX x_at_w19 ON x_at (c) WHERE CASE WHEN c = '{a,b}' THEN true ELSE c = ARRAY['a'] END;
CREATE INDEX x_at_w20 ON x_at (c) WHERE CASE c WHEN '{a,b}' THEN 1 WHEN ARRAY['a'] THEN 2 ELSE 0 END > 0;
CREATE INDEX x_at_w21 ON x_at (c) WHERE (c, c) = ('{a,b}', ARRAY['a']);
CREATE INDEX x_at_w22 ON x_at (c) WHERE (c, c) < ('{a,b}', ARRAY['a']);
CREATE INDEX x_at_w23 ON x_at (c) WHERE (c, 1) IS DISTINCT FROM ('{a,b}', 1);
CREATE INDEX x_at_w24 ON x_at (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_at_w28 ON x_at (c) WHERE c = '{a,b}'::text[];
CREATE INDEX x_at_w29 ON x_at (c) WHERE c <> CAST(ARRAY['a'] AS text[]);
CREATE INDEX x_at_w30 ON x_at (c) WHERE c > '{a,b}' OR c < ARRAY['a'];
CREATE INDEX x_at_w31 ON x_at (c) WHERE NOT (c = '{a,b}');
CREATE INDEX x_at_w32 ON x_at (c) WHERE c IS NULL OR c <> '{a,b}';
CREATE INDEX x_at_w39 ON x_at (c) WHERE c IN ('{a,b}'::text[], ARRAY['a']::text[]);
CREATE INDEX x_at_w41 ON x_at (c) WHERE ARRAY[c] <> ARRAY['{a,b}'];
CREATE INDEX x_at_w43 ON x_at (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_at_w47 ON x_at (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_at_w48 ON x_at (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_at_w49 ON x_at (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_at_w50 ON x_at (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_at_w51 ON x_at (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_at_w52 ON x_at (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_at_w53 ON x_at (c) WHERE cardinality(c) > 0;
CREATE INDEX x_at_w54 ON x_at (c) WHERE c @> ARRAY['a'];
CREATE INDEX x_at_w55 ON x_at (c) WHERE c && ARRAY['a'];
CREATE INDEX x_at_w56 ON x_at (c) WHERE c <@ ARRAY['a'];
CREATE INDEX x_at_w57 ON x_at (c) WHERE 'a' = ANY (c);
CREATE INDEX x_at_w58 ON x_at (c) WHERE 'a' <> ALL (c);
CREATE INDEX x_at_w59 ON x_at (c) WHERE c = '{}';
CREATE INDEX x_at_w60 ON x_at (c) WHERE c <> '{}';
CREATE INDEX x_at_w62 ON x_at (c) WHERE array_position(c, 'a') > 0;
CREATE INDEX x_at_w63 ON x_at (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_at_w64 ON x_at (c) WHERE c[-1] IS NULL;
CREATE INDEX x_at_w65 ON x_at (c) WHERE c IS DISTINCT FROM ARRAY['a'];
CREATE INDEX x_at_w66 ON x_at (c) WHERE c = ARRAY['a', 'a'];
CREATE INDEX x_at_w67 ON x_at (c) WHERE c @> '{a}';
CREATE INDEX x_at_w68 ON x_at (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_at_w69 ON x_at (c) WHERE c[1] IN ('a');
CREATE INDEX x_at_w70 ON x_at (c) WHERE c[1] = ANY (ARRAY['a']);
CREATE INDEX x_at_w71 ON x_at (c) WHERE c IN (ARRAY['a'], '{}');
CREATE INDEX x_at_w72 ON x_at (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_at_w73 ON x_at (c) WHERE c[1:1] = ARRAY['a'];
CREATE INDEX x_av_w2 ON x_av (c) WHERE c IN ('{a,b}');
CREATE INDEX x_av_w8 ON x_av (c) WHERE c IN ('{a,b}', c);
CREATE INDEX x_av_w13 ON x_av (c) WHERE c IS DISTINCT FROM '{a,b}';
CREATE INDEX x_av_w14 ON x_av (c) WHERE c IS NOT DISTINCT FROM '{a,b}';
CREATE INDEX x_av_w15 ON x_av (c) WHERE COALESCE(c, '{a,b}') = '{a,b}';
CREATE INDEX x_av_w16 ON x_av (c) WHERE NULLIF(c, '{a,b}') IS NULL;
CREATE INDEX x_av_w23 ON x_av (c) WHERE (c, 1) IS DISTINCT FROM ('{a,b}', 1);
CREATE INDEX x_av_w24 ON x_av (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_av_w28 ON x_av (c) WHERE c = '{a,b}'::varchar(5)[];
CREATE INDEX x_av_w29 ON x_av (c) WHERE c <> CAST(ARRAY['a'] AS varchar(5)[]);
CREATE INDEX x_av_w31 ON x_av (c) WHERE NOT (c = '{a,b}');
CREATE INDEX x_av_w32 ON x_av (c) WHERE c IS NULL OR c <> '{a,b}';
CREATE INDEX x_av_w39 ON x_av (c) WHERE c IN ('{a,b}'::varchar(5)[], ARRAY['a']::varchar(5)[]);
CREATE INDEX x_av_w43 ON x_av (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_av_w47 ON x_av (c) WHERE c[1] IS NOT NULL;
CREATE INDEX x_av_w48 ON x_av (c) WHERE c[1:2] IS NOT NULL;
CREATE INDEX x_av_w49 ON x_av (c) WHERE c[:2] IS NOT NULL;
CREATE INDEX x_av_w50 ON x_av (c) WHERE c[2:] IS NOT NULL;
CREATE INDEX x_av_w51 ON x_av (c) WHERE c[1][1] IS NULL;
CREATE INDEX x_av_w52 ON x_av (c) WHERE array_length(c, 1) > 0;
CREATE INDEX x_av_w53 ON x_av (c) WHERE cardinality(c) > 0;
CREATE INDEX x_av_w57 ON x_av (c) WHERE 'a' = ANY (c);
CREATE INDEX x_av_w58 ON x_av (c) WHERE 'a' <> ALL (c);
CREATE INDEX x_av_w59 ON x_av (c) WHERE c = '{}';
CREATE INDEX x_av_w60 ON x_av (c) WHERE c <> '{}';
CREATE INDEX x_av_w62 ON x_av (c) WHERE array_position(c, 'a') > 0;
CREATE INDEX x_av_w63 ON x_av (c) WHERE c[array_length(c, 1)] IS NOT NULL;
CREATE INDEX x_av_w64 ON x_av (c) WHERE c[-1] IS NULL;
CREATE INDEX x_av_w67 ON x_av (c) WHERE c @> '{a}';
CREATE INDEX x_av_w68 ON x_av (c) WHERE array_ndims(c) = 1;
CREATE INDEX x_av_w69 ON x_av (c) WHERE c[1] IN ('a');
CREATE INDEX x_av_w70 ON x_av (c) WHERE c[1] = ANY (ARRAY['a']);
CREATE INDEX x_av_w72 ON x_av (c) WHERE c[(1 + 1)] IS NULL;
CREATE INDEX x_bo_w0 ON x_bo (c) WHERE c IN (true, false);
CREATE INDEX x_bo_w1 ON x_bo (c) WHERE c NOT IN (true, false);
CREATE INDEX x_bo_w2 ON x_bo (c) WHERE c IN (true);
CREATE INDEX x_bo_w3 ON x_bo (c) WHERE c = ANY (ARRAY[true, false]);
CREATE INDEX x_bo_w4 ON x_bo (c) WHERE c <> ALL (ARRAY[true, false]);
CREATE INDEX x_bo_w5 ON x_bo (c) WHERE c = ANY (ARRAY[true, false, NULL]);
CREATE INDEX x_bo_w6 ON x_bo (c) WHERE c IN (true, false, NULL);
CREATE INDEX x_bo_w7 ON x_bo (c) WHERE c = ANY (ARRAY[true, c]);
CREATE INDEX x_bo_w8 ON x_bo (c) WHERE c IN (true, c);
CREATE INDEX x_bo_w9 ON x_bo (c) WHERE c BETWEEN true AND false;
CREATE INDEX x_bo_w10 ON x_bo (c) WHERE c NOT BETWEEN true AND false;
CREATE INDEX x_bo_w11 ON x_bo (c) WHERE c BETWEEN SYMMETRIC false AND true;
CREATE INDEX x_bo_w12 ON x_bo (c) WHERE c NOT BETWEEN SYMMETRIC true AND false;
CREATE INDEX x_bo_w13 ON x_bo (c) WHERE c IS DISTINCT FROM true;
CREATE INDEX x_bo_w14 ON x_bo (c) WHERE c IS NOT DISTINCT FROM true;
CREATE INDEX x_bo_w15 ON x_bo (c) WHERE COALESCE(c, true) = true;
CREATE INDEX x_bo_w16 ON x_bo (c) WHERE NULLIF(c, true) IS NULL;
CREATE INDEX x_bo_w17 ON x_bo (c) WHERE GREATEST(c, true, false) = false;
CREATE INDEX x_bo_w18 ON x_bo (c) WHERE LEAST(c, true) <> false;
CREATE INDEX x_bo_w19 ON x_bo (c) WHERE CASE WHEN c = true THEN true ELSE c = false END;
CREATE INDEX x_bo_w20 ON x_bo (c) WHERE CASE c WHEN true THEN 1 WHEN false THEN 2 ELSE 0 END > 0;
CREATE INDEX x_bo_w21 ON x_bo (c) WHERE (c, c) = (true, false);
CREATE INDEX x_bo_w22 ON x_bo (c) WHERE (c, c) < (true, false);
CREATE INDEX x_bo_w23 ON x_bo (c) WHERE (c, 1) IS DISTINCT FROM (true, 1);
CREATE INDEX x_bo_w24 ON x_bo (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_bo_w25 ON x_bo (c) WHERE c::text <> '';
CREATE INDEX x_bo_w26 ON x_bo (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_bo_w27 ON x_bo (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_bo_w28 ON x_bo (c) WHERE c = true::boolean;
CREATE INDEX x_bo_w29 ON x_bo (c) WHERE c <> CAST(false AS boolean);
CREATE INDEX x_bo_w30 ON x_bo (c) WHERE c > true OR c < false;
CREATE INDEX x_bo_w31 ON x_bo (c) WHERE NOT (c = true);
CREATE INDEX x_bo_w32 ON x_bo (c) WHERE c IS NULL OR c <> true;
CREATE INDEX x_bo_w33 ON x_bo (c) WHERE c = ANY ('{}');
CREATE INDEX x_bo_w34 ON x_bo (c) WHERE c = ANY ('{}'::boolean[]);
CREATE INDEX x_bo_w36 ON x_bo (c) WHERE c = ALL (ARRAY[true]);
CREATE INDEX x_bo_w37 ON x_bo (c) WHERE c > ANY (ARRAY[true, false]);
CREATE INDEX x_bo_w38 ON x_bo (c) WHERE c = ANY (ARRAY[true]::boolean[]);
CREATE INDEX x_bo_w39 ON x_bo (c) WHERE c IN (true::boolean, false::boolean);
CREATE INDEX x_bo_w40 ON x_bo (c) WHERE c = ANY (ARRAY[true::boolean, false::boolean]);
CREATE INDEX x_bo_w41 ON x_bo (c) WHERE ARRAY[c] <> ARRAY[true];
CREATE INDEX x_bo_w42 ON x_bo (c) WHERE ARRAY[c, true] = ARRAY[true, false];
CREATE INDEX x_bo_w43 ON x_bo (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_bo_w44 ON x_bo (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_bo_w45 ON x_bo (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_bo_w46 ON x_bo (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_bo_w47 ON x_bo (c) WHERE c IS TRUE;
CREATE INDEX x_bo_w48 ON x_bo (c) WHERE c IS NOT FALSE;
CREATE INDEX x_bo_w49 ON x_bo (c) WHERE c IS UNKNOWN;
CREATE INDEX x_bo_w50 ON x_bo (c) WHERE c IS NOT UNKNOWN;
CREATE INDEX x_bo_w51 ON x_bo (c) WHERE NOT c;
CREATE INDEX x_bo_w52 ON x_bo (c) WHERE c = true;
CREATE INDEX x_bo_w53 ON x_bo (c) WHERE c AND true;
CREATE INDEX x_bo_w54 ON x_bo (c) WHERE c OR NULL;
CREATE INDEX x_bo_w55 ON x_bo (c) WHERE c <> false;
CREATE INDEX x_bo_w56 ON x_bo (c) WHERE c IS DISTINCT FROM false;
CREATE INDEX x_bo_w57 ON x_bo (c) WHERE c::int > 0;
CREATE INDEX x_bo_w58 ON x_bo (c) WHERE c::text = 'true';
CREATE INDEX x_bo_w59 ON x_bo (c) WHERE (NOT c) IS NOT NULL;
CREATE INDEX x_bo_w60 ON x_bo (c) WHERE c AND NOT c IS NULL;
CREATE INDEX x_bo_w61 ON x_bo (c) WHERE NOT c IS NULL;
CREATE INDEX x_bt_w0 ON x_bt (c) WHERE c IN (B'101', '010');
CREATE INDEX x_bt_w1 ON x_bt (c) WHERE c NOT IN (B'101', '010');
CREATE INDEX x_bt_w2 ON x_bt (c) WHERE c IN (B'101');
CREATE INDEX x_bt_w3 ON x_bt (c) WHERE c = ANY (ARRAY[B'101', '010']);
CREATE INDEX x_bt_w4 ON x_bt (c) WHERE c <> ALL (ARRAY[B'101', '010']);
CREATE INDEX x_bt_w5 ON x_bt (c) WHERE c = ANY (ARRAY[B'101', '010', NULL]);
CREATE INDEX x_bt_w6 ON x_bt (c) WHERE c IN (B'101', '010', NULL);
CREATE INDEX x_bt_w7 ON x_bt (c) WHERE c = ANY (ARRAY[B'101', c]);
CREATE INDEX x_bt_w8 ON x_bt (c) WHERE c IN (B'101', c);
CREATE INDEX x_bt_w9 ON x_bt (c) WHERE c BETWEEN B'101' AND '010';
CREATE INDEX x_bt_w10 ON x_bt (c) WHERE c NOT BETWEEN B'101' AND '010';
CREATE INDEX x_bt_w11 ON x_bt (c) WHERE c BETWEEN SYMMETRIC '010' AND B'101';
CREATE INDEX x_bt_w12 ON x_bt (c) WHERE c NOT BETWEEN SYMMETRIC B'101' AND '010';
CREATE INDEX x_bt_w13 ON x_bt (c) WHERE c IS DISTINCT FROM B'101';
CREATE INDEX x_bt_w14 ON x_bt (c) WHERE c IS NOT DISTINCT FROM B'101';
CREATE INDEX x_bt_w15 ON x_bt (c) WHERE COALESCE(c, B'101') = B'101';
CREATE INDEX x_bt_w16 ON x_bt (c) WHERE NULLIF(c, B'101') IS NULL;
CREATE INDEX x_bt_w17 ON x_bt (c) WHERE GREATEST(c, B'101', '010') = '010';
CREATE INDEX x_bt_w18 ON x_bt (c) WHERE LEAST(c, B'101') <> '010';
CREATE INDEX x_bt_w19 ON x_bt (c) WHERE CASE WHEN c = B'101' THEN true ELSE c = '010' END;
CREATE INDEX x_bt_w20 ON x_bt (c) WHERE CASE c WHEN B'101' THEN 1 WHEN '010' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_bt_w21 ON x_bt (c) WHERE (c, c) = (B'101', '010');
CREATE INDEX x_bt_w22 ON x_bt (c) WHERE (c, c) < (B'101', '010');
CREATE INDEX x_bt_w23 ON x_bt (c) WHERE (c, 1) IS DISTINCT FROM (B'101', 1);
CREATE INDEX x_bt_w24 ON x_bt (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_bt_w25 ON x_bt (c) WHERE c::text <> '';
CREATE INDEX x_bt_w26 ON x_bt (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_bt_w27 ON x_bt (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_bt_w28 ON x_bt (c) WHERE c = B'101'::bit(3);
CREATE INDEX x_bt_w29 ON x_bt (c) WHERE c <> CAST('010' AS bit(3));
CREATE INDEX x_bt_w30 ON x_bt (c) WHERE c > B'101' OR c < '010';
CREATE INDEX x_bt_w31 ON x_bt (c) WHERE NOT (c = B'101');
CREATE INDEX x_bt_w32 ON x_bt (c) WHERE c IS NULL OR c <> B'101';
CREATE INDEX x_bt_w33 ON x_bt (c) WHERE c = ANY ('{}');
CREATE INDEX x_bt_w34 ON x_bt (c) WHERE c = ANY ('{}'::bit(3)[]);
CREATE INDEX x_bt_w36 ON x_bt (c) WHERE c = ALL (ARRAY[B'101']);
CREATE INDEX x_bt_w37 ON x_bt (c) WHERE c > ANY (ARRAY[B'101', '010']);
CREATE INDEX x_bt_w38 ON x_bt (c) WHERE c = ANY (ARRAY[B'101']::bit(3)[]);
CREATE INDEX x_bt_w39 ON x_bt (c) WHERE c IN (B'101'::bit(3), '010'::bit(3));
CREATE INDEX x_bt_w40 ON x_bt (c) WHERE c = ANY (ARRAY[B'101'::bit(3), '010'::bit(3)]);
CREATE INDEX x_bt_w41 ON x_bt (c) WHERE ARRAY[c] <> ARRAY[B'101'];
CREATE INDEX x_bt_w42 ON x_bt (c) WHERE ARRAY[c, B'101'] = ARRAY[B'101', '010'];
CREATE INDEX x_bt_w43 ON x_bt (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_bt_w44 ON x_bt (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_bt_w45 ON x_bt (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_bt_w46 ON x_bt (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_bt_w47 ON x_bt (c) WHERE c & B'001' <> B'000';
CREATE INDEX x_bt_w48 ON x_bt (c) WHERE c <> '000';
CREATE INDEX x_bt_w49 ON x_bt (c) WHERE c::int > 0;
CREATE INDEX x_bt_w50 ON x_bt (c) WHERE ~c <> c;
CREATE INDEX x_bt_w51 ON x_bt (c) WHERE c << 1 <> c;
CREATE INDEX x_bt_w52 ON x_bt (c) WHERE length(c) = 3;
CREATE INDEX x_bt_w53 ON x_bt (c) WHERE get_bit(c, 0) = 1;
CREATE INDEX x_bt_w54 ON x_bt (c) WHERE c || B'1' <> '0000';
CREATE INDEX x_by_w0 ON x_by (c) WHERE c IN ('\x00', 'abc');
CREATE INDEX x_by_w1 ON x_by (c) WHERE c NOT IN ('\x00', 'abc');
CREATE INDEX x_by_w2 ON x_by (c) WHERE c IN ('\x00');
CREATE INDEX x_by_w6 ON x_by (c) WHERE c IN ('\x00', 'abc', NULL);
CREATE INDEX x_by_w7 ON x_by (c) WHERE c = ANY (ARRAY['\x00', c]);
CREATE INDEX x_by_w8 ON x_by (c) WHERE c IN ('\x00', c);
CREATE INDEX x_by_w9 ON x_by (c) WHERE c BETWEEN '\x00' AND 'abc';
CREATE INDEX x_by_w10 ON x_by (c) WHERE c NOT BETWEEN '\x00' AND 'abc';
CREATE INDEX x_by_w11 ON x_by (c) WHERE c BETWEEN SYMMETRIC 'abc' AND '\x00';
CREATE INDEX x_by_w12 ON x_by (c) WHERE c NOT BETWEEN SYMMETRIC '\x00' AND 'abc';
CREATE INDEX x_by_w13 ON x_by (c) WHERE c IS DISTINCT FROM '\x00';
CREATE INDEX x_by_w14 ON x_by (c) WHERE c IS NOT DISTINCT FROM '\x00';
CREATE INDEX x_by_w15 ON x_by (c) WHERE COALESCE(c, '\x00') = '\x00';
CREATE INDEX x_by_w16 ON x_by (c) WHERE NULLIF(c, '\x00') IS NULL;
CREATE INDEX x_by_w17 ON x_by (c) WHERE GREATEST(c, '\x00', 'abc') = 'abc';
CREATE INDEX x_by_w18 ON x_by (c) WHERE LEAST(c, '\x00') <> 'abc';
CREATE INDEX x_by_w19 ON x_by (c) WHERE CASE WHEN c = '\x00' THEN true ELSE c = 'abc' END;
CREATE INDEX x_by_w20 ON x_by (c) WHERE CASE c WHEN '\x00' THEN 1 WHEN 'abc' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_by_w21 ON x_by (c) WHERE (c, c) = ('\x00', 'abc');
CREATE INDEX x_by_w22 ON x_by (c) WHERE (c, c) < ('\x00', 'abc');
CREATE INDEX x_by_w23 ON x_by (c) WHERE (c, 1) IS DISTINCT FROM ('\x00', 1);
CREATE INDEX x_by_w24 ON x_by (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_by_w25 ON x_by (c) WHERE c::text <> '';
CREATE INDEX x_by_w26 ON x_by (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_by_w27 ON x_by (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_by_w28 ON x_by (c) WHERE c = '\x00'::bytea;
CREATE INDEX x_by_w29 ON x_by (c) WHERE c <> CAST('abc' AS bytea);
CREATE INDEX x_by_w30 ON x_by (c) WHERE c > '\x00' OR c < 'abc';
CREATE INDEX x_by_w31 ON x_by (c) WHERE NOT (c = '\x00');
CREATE INDEX x_by_w32 ON x_by (c) WHERE c IS NULL OR c <> '\x00';
CREATE INDEX x_by_w33 ON x_by (c) WHERE c = ANY ('{}');
CREATE INDEX x_by_w34 ON x_by (c) WHERE c = ANY ('{}'::bytea[]);
CREATE INDEX x_by_w38 ON x_by (c) WHERE c = ANY (ARRAY['\x00']::bytea[]);
CREATE INDEX x_by_w39 ON x_by (c) WHERE c IN ('\x00'::bytea, 'abc'::bytea);
CREATE INDEX x_by_w40 ON x_by (c) WHERE c = ANY (ARRAY['\x00'::bytea, 'abc'::bytea]);
CREATE INDEX x_by_w43 ON x_by (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_by_w44 ON x_by (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_by_w45 ON x_by (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_by_w46 ON x_by (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_by_w47 ON x_by (c) WHERE c <> ''::bytea;
CREATE INDEX x_by_w48 ON x_by (c) WHERE length(c) > 0;
CREATE INDEX x_by_w50 ON x_by (c) WHERE substring(c FROM 1 FOR 2) <> '';
CREATE INDEX x_by_w51 ON x_by (c) WHERE position('\x00'::bytea IN c) > 0;
CREATE INDEX x_by_w52 ON x_by (c) WHERE c || '\x00'::bytea <> '';
CREATE INDEX x_by_w53 ON x_by (c) WHERE c <> decode('00', 'hex');
CREATE INDEX x_by_w54 ON x_by (c) WHERE octet_length(c) < 10;
CREATE INDEX x_by_w55 ON x_by (c) WHERE c <> E'\\x00';
CREATE INDEX x_by_w56 ON x_by (c) WHERE trim(BOTH '\x00'::bytea FROM c) <> '';
CREATE INDEX x_by_w57 ON x_by (c) WHERE overlay(c PLACING '\x01' FROM 1 FOR 1) <> '';
CREATE INDEX x_by_w58 ON x_by (c) WHERE get_byte(c, 0) > 0;
CREATE INDEX x_by_w59 ON x_by (c) WHERE md5(c) <> '';
CREATE INDEX x_by_w60 ON x_by (c) WHERE encode(c, 'hex') <> '';
CREATE INDEX x_by_w61 ON x_by (c) WHERE c = ANY (ARRAY['\x00'::bytea]);
CREATE INDEX x_cd_w0 ON x_cd (c) WHERE c IN ('10.0.0.0/8', '::/0');
CREATE INDEX x_cd_w1 ON x_cd (c) WHERE c NOT IN ('10.0.0.0/8', '::/0');
CREATE INDEX x_cd_w2 ON x_cd (c) WHERE c IN ('10.0.0.0/8');
CREATE INDEX x_cd_w6 ON x_cd (c) WHERE c IN ('10.0.0.0/8', '::/0', NULL);
CREATE INDEX x_cd_w7 ON x_cd (c) WHERE c = ANY (ARRAY['10.0.0.0/8', c]);
CREATE INDEX x_cd_w8 ON x_cd (c) WHERE c IN ('10.0.0.0/8', c);
CREATE INDEX x_cd_w9 ON x_cd (c) WHERE c BETWEEN '10.0.0.0/8' AND '::/0';
CREATE INDEX x_cd_w10 ON x_cd (c) WHERE c NOT BETWEEN '10.0.0.0/8' AND '::/0';
CREATE INDEX x_cd_w11 ON x_cd (c) WHERE c BETWEEN SYMMETRIC '::/0' AND '10.0.0.0/8';
CREATE INDEX x_cd_w12 ON x_cd (c) WHERE c NOT BETWEEN SYMMETRIC '10.0.0.0/8' AND '::/0';
CREATE INDEX x_cd_w13 ON x_cd (c) WHERE c IS DISTINCT FROM '10.0.0.0/8';
CREATE INDEX x_cd_w14 ON x_cd (c) WHERE c IS NOT DISTINCT FROM '10.0.0.0/8';
CREATE INDEX x_cd_w15 ON x_cd (c) WHERE COALESCE(c, '10.0.0.0/8') = '10.0.0.0/8';
CREATE INDEX x_cd_w16 ON x_cd (c) WHERE NULLIF(c, '10.0.0.0/8') IS NULL;
CREATE INDEX x_cd_w17 ON x_cd (c) WHERE GREATEST(c, '10.0.0.0/8', '::/0') = '::/0';
CREATE INDEX x_cd_w18 ON x_cd (c) WHERE LEAST(c, '10.0.0.0/8') <> '::/0';
CREATE INDEX x_cd_w19 ON x_cd (c) WHERE CASE WHEN c = '10.0.0.0/8' THEN true ELSE c = '::/0' END;
CREATE INDEX x_cd_w20 ON x_cd (c) WHERE CASE c WHEN '10.0.0.0/8' THEN 1 WHEN '::/0' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_cd_w21 ON x_cd (c) WHERE (c, c) = ('10.0.0.0/8', '::/0');
CREATE INDEX x_cd_w22 ON x_cd (c) WHERE (c, c) < ('10.0.0.0/8', '::/0');
CREATE INDEX x_cd_w23 ON x_cd (c) WHERE (c, 1) IS DISTINCT FROM ('10.0.0.0/8', 1);
CREATE INDEX x_cd_w24 ON x_cd (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_cd_w25 ON x_cd (c) WHERE c::text <> '';
CREATE INDEX x_cd_w26 ON x_cd (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_cd_w27 ON x_cd (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_cd_w28 ON x_cd (c) WHERE c = '10.0.0.0/8'::cidr;
CREATE INDEX x_cd_w29 ON x_cd (c) WHERE c <> CAST('::/0' AS cidr);
CREATE INDEX x_cd_w30 ON x_cd (c) WHERE c > '10.0.0.0/8' OR c < '::/0';
CREATE INDEX x_cd_w31 ON x_cd (c) WHERE NOT (c = '10.0.0.0/8');
CREATE INDEX x_cd_w32 ON x_cd (c) WHERE c IS NULL OR c <> '10.0.0.0/8';
CREATE INDEX x_cd_w33 ON x_cd (c) WHERE c = ANY ('{}');
CREATE INDEX x_cd_w34 ON x_cd (c) WHERE c = ANY ('{}'::cidr[]);
CREATE INDEX x_cd_w38 ON x_cd (c) WHERE c = ANY (ARRAY['10.0.0.0/8']::cidr[]);
CREATE INDEX x_cd_w39 ON x_cd (c) WHERE c IN ('10.0.0.0/8'::cidr, '::/0'::cidr);
CREATE INDEX x_cd_w40 ON x_cd (c) WHERE c = ANY (ARRAY['10.0.0.0/8'::cidr, '::/0'::cidr]);
CREATE INDEX x_cd_w43 ON x_cd (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_cd_w44 ON x_cd (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_cd_w45 ON x_cd (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_cd_w46 ON x_cd (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_cd_w47 ON x_cd (c) WHERE c << '10.0.0.0/8';
CREATE INDEX x_cd_w48 ON x_cd (c) WHERE c <<= '10.0.0.0/8';
CREATE INDEX x_cd_w49 ON x_cd (c) WHERE c >> '10.0.0.1';
CREATE INDEX x_cd_w50 ON x_cd (c) WHERE c && '10.0.0.0/8';
CREATE INDEX x_cd_w51 ON x_cd (c) WHERE masklen(c) > 8;
CREATE INDEX x_cd_w52 ON x_cd (c) WHERE family(c) = 4;
CREATE INDEX x_cd_w53 ON x_cd (c) WHERE host(c) <> '';
CREATE INDEX x_cd_w54 ON x_cd (c) WHERE c & '255.0.0.0' <> '0.0.0.0';
CREATE INDEX x_cd_w55 ON x_cd (c) WHERE ~c <> c;
CREATE INDEX x_cd_w56 ON x_cd (c) WHERE c + 1 > c;
CREATE INDEX x_cd_w57 ON x_cd (c) WHERE c - 1 < c;
CREATE INDEX x_cd_w58 ON x_cd (c) WHERE c - '10.0.0.0'::inet > 0;
CREATE INDEX x_cd_w59 ON x_cd (c) WHERE abbrev(c) <> '';
CREATE INDEX x_cd_w60 ON x_cd (c) WHERE c IN ('10.0.0.1', '::1');
CREATE INDEX x_cd_w61 ON x_cd (c) WHERE c = ANY (ARRAY['10.0.0.1'::inet]);
CREATE INDEX x_cd_w62 ON x_cd (c) WHERE set_masklen(c::cidr, 8) <> c;
CREATE INDEX x_ch_w0 ON x_ch (c) WHERE c IN ('a', 'bb');
CREATE INDEX x_ch_w1 ON x_ch (c) WHERE c NOT IN ('a', 'bb');
CREATE INDEX x_ch_w2 ON x_ch (c) WHERE c IN ('a');
CREATE INDEX x_ch_w3 ON x_ch (c) WHERE c = ANY (ARRAY['a', 'bb']);
CREATE INDEX x_ch_w4 ON x_ch (c) WHERE c <> ALL (ARRAY['a', 'bb']);
CREATE INDEX x_ch_w5 ON x_ch (c) WHERE c = ANY (ARRAY['a', 'bb', NULL]);
CREATE INDEX x_ch_w6 ON x_ch (c) WHERE c IN ('a', 'bb', NULL);
CREATE INDEX x_ch_w7 ON x_ch (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_ch_w8 ON x_ch (c) WHERE c IN ('a', c);
CREATE INDEX x_ch_w9 ON x_ch (c) WHERE c BETWEEN 'a' AND 'bb';
CREATE INDEX x_ch_w10 ON x_ch (c) WHERE c NOT BETWEEN 'a' AND 'bb';
CREATE INDEX x_ch_w11 ON x_ch (c) WHERE c BETWEEN SYMMETRIC 'bb' AND 'a';
CREATE INDEX x_ch_w12 ON x_ch (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'bb';
CREATE INDEX x_ch_w13 ON x_ch (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_ch_w14 ON x_ch (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_ch_w15 ON x_ch (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_ch_w16 ON x_ch (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_ch_w17 ON x_ch (c) WHERE GREATEST(c, 'a', 'bb') = 'bb';
CREATE INDEX x_ch_w18 ON x_ch (c) WHERE LEAST(c, 'a') <> 'bb';
CREATE INDEX x_ch_w19 ON x_ch (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'bb' END;
CREATE INDEX x_ch_w20 ON x_ch (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'bb' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ch_w21 ON x_ch (c) WHERE (c, c) = ('a', 'bb');
CREATE INDEX x_ch_w22 ON x_ch (c) WHERE (c, c) < ('a', 'bb');
CREATE INDEX x_ch_w23 ON x_ch (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_ch_w24 ON x_ch (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ch_w25 ON x_ch (c) WHERE c::text <> '';
CREATE INDEX x_ch_w26 ON x_ch (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_ch_w27 ON x_ch (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_ch_w28 ON x_ch (c) WHERE c = 'a'::char(3);
CREATE INDEX x_ch_w29 ON x_ch (c) WHERE c <> CAST('bb' AS char(3));
CREATE INDEX x_ch_w30 ON x_ch (c) WHERE c > 'a' OR c < 'bb';
CREATE INDEX x_ch_w31 ON x_ch (c) WHERE NOT (c = 'a');
CREATE INDEX x_ch_w32 ON x_ch (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_ch_w33 ON x_ch (c) WHERE c = ANY ('{}');
CREATE INDEX x_ch_w34 ON x_ch (c) WHERE c = ANY ('{}'::char(3)[]);
CREATE INDEX x_ch_w36 ON x_ch (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_ch_w37 ON x_ch (c) WHERE c > ANY (ARRAY['a', 'bb']);
CREATE INDEX x_ch_w38 ON x_ch (c) WHERE c = ANY (ARRAY['a']::char(3)[]);
CREATE INDEX x_ch_w39 ON x_ch (c) WHERE c IN ('a'::char(3), 'bb'::char(3));
CREATE INDEX x_ch_w40 ON x_ch (c) WHERE c = ANY (ARRAY['a'::char(3), 'bb'::char(3)]);
CREATE INDEX x_ch_w43 ON x_ch (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ch_w44 ON x_ch (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_ch_w45 ON x_ch (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_ch_w46 ON x_ch (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_ch_w47 ON x_ch (c) WHERE c LIKE 'a%';
CREATE INDEX x_ch_w48 ON x_ch (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_ch_w49 ON x_ch (c) WHERE c ILIKE 'A%';
CREATE INDEX x_ch_w50 ON x_ch (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_ch_w51 ON x_ch (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_ch_w52 ON x_ch (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_ch_w53 ON x_ch (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_ch_w54 ON x_ch (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_ch_w55 ON x_ch (c) WHERE c ~ '^a';
CREATE INDEX x_ch_w56 ON x_ch (c) WHERE c ~* '^A';
CREATE INDEX x_ch_w57 ON x_ch (c) WHERE c !~ 'x';
CREATE INDEX x_ch_w58 ON x_ch (c) WHERE c !~* 'x';
CREATE INDEX x_ch_w59 ON x_ch (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_ch_w60 ON x_ch (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_ch_w61 ON x_ch (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_ch_w62 ON x_ch (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_ch_w63 ON x_ch (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_ch_w64 ON x_ch (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_ch_w65 ON x_ch (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_ch_w66 ON x_ch (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_ch_w67 ON x_ch (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_ch_w68 ON x_ch (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_ch_w69 ON x_ch (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_ch_w70 ON x_ch (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_ch_w71 ON x_ch (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_ch_w72 ON x_ch (c) WHERE trim(c) <> '';
CREATE INDEX x_ch_w73 ON x_ch (c) WHERE btrim(c) <> '';
CREATE INDEX x_ch_w74 ON x_ch (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_ch_w75 ON x_ch (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_ch_w76 ON x_ch (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_ch_w77 ON x_ch (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_ch_w78 ON x_ch (c) WHERE upper(c) = c;
CREATE INDEX x_ch_w79 ON x_ch (c) WHERE length(c) > 0;
CREATE INDEX x_ch_w80 ON x_ch (c) WHERE char_length(c) < 5;
CREATE INDEX x_ch_w81 ON x_ch (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_ch_w82 ON x_ch (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_ch_w83 ON x_ch (c) WHERE c > '';
CREATE INDEX x_ch_w84 ON x_ch (c) WHERE c <> ''::text;
CREATE INDEX x_ch_w85 ON x_ch (c) WHERE c <> '';
CREATE INDEX x_ch_w86 ON x_ch (c) WHERE c = 'a'::text;
CREATE INDEX x_ch_w87 ON x_ch (c) WHERE c::text = 'a';
CREATE INDEX x_ch_w88 ON x_ch (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_ch_w89 ON x_ch (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_ch_w90 ON x_ch (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_ch_w91 ON x_ch (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_ch_w92 ON x_ch (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_ch_w93 ON x_ch (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_ch_w94 ON x_ch (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_ch_w95 ON x_ch (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_ch_w96 ON x_ch (c) WHERE c ^@ 'a';
CREATE INDEX x_ch_w97 ON x_ch (c) WHERE starts_with(c, 'a');
CREATE INDEX x_ch_w98 ON x_ch (c) WHERE c IS NORMALIZED;
CREATE INDEX x_ch_w99 ON x_ch (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_ch_w100 ON x_ch (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_ch_w101 ON x_ch (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_ch_w102 ON x_ch (c) WHERE NOT c IN ('a');
CREATE INDEX x_ch_w103 ON x_ch (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_ch_w104 ON x_ch (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_ch_w105 ON x_ch (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_ch_w106 ON x_ch (c) WHERE E'a\nb' <> c;
CREATE INDEX x_ch_w107 ON x_ch (c) WHERE U&'\0041' <> c;
CREATE INDEX x_ch_w108 ON x_ch (c) WHERE $$x$$ <> c;
CREATE INDEX x_ch_w109 ON x_ch (c) WHERE c <> N'x';
CREATE INDEX x_ch_w110 ON x_ch (c) WHERE c ~ E'\\d';
CREATE INDEX x_ch_w111 ON x_ch (c) WHERE c ~ '\d';
CREATE INDEX x_ch_w114 ON x_ch (c) WHERE c::name <> 'x';
CREATE INDEX x_ch_w115 ON x_ch (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_ch_w116 ON x_ch (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_ch_w117 ON x_ch (c) WHERE c || 1 <> '';
CREATE INDEX x_ch_w118 ON x_ch (c) WHERE 1 || c <> '';
CREATE INDEX x_ch_w119 ON x_ch (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_ch_w120 ON x_ch (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_ch1_w0 ON x_ch1 (c) WHERE c IN ('a', 'b');
CREATE INDEX x_ch1_w1 ON x_ch1 (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_ch1_w2 ON x_ch1 (c) WHERE c IN ('a');
CREATE INDEX x_ch1_w3 ON x_ch1 (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_ch1_w4 ON x_ch1 (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_ch1_w5 ON x_ch1 (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_ch1_w6 ON x_ch1 (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_ch1_w7 ON x_ch1 (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_ch1_w8 ON x_ch1 (c) WHERE c IN ('a', c);
CREATE INDEX x_ch1_w9 ON x_ch1 (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_ch1_w10 ON x_ch1 (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_ch1_w11 ON x_ch1 (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_ch1_w12 ON x_ch1 (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_ch1_w13 ON x_ch1 (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_ch1_w14 ON x_ch1 (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_ch1_w15 ON x_ch1 (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_ch1_w16 ON x_ch1 (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_ch1_w17 ON x_ch1 (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_ch1_w18 ON x_ch1 (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_ch1_w19 ON x_ch1 (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_ch1_w20 ON x_ch1 (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ch1_w21 ON x_ch1 (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_ch1_w22 ON x_ch1 (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_ch1_w23 ON x_ch1 (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_ch1_w24 ON x_ch1 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ch1_w25 ON x_ch1 (c) WHERE c::text <> '';
CREATE INDEX x_ch1_w26 ON x_ch1 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_ch1_w27 ON x_ch1 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_ch1_w28 ON x_ch1 (c) WHERE c = 'a'::"char";
CREATE INDEX x_ch1_w29 ON x_ch1 (c) WHERE c <> CAST('b' AS "char");
CREATE INDEX x_ch1_w30 ON x_ch1 (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_ch1_w31 ON x_ch1 (c) WHERE NOT (c = 'a');
CREATE INDEX x_ch1_w32 ON x_ch1 (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_ch1_w33 ON x_ch1 (c) WHERE c = ANY ('{}');
CREATE INDEX x_ch1_w34 ON x_ch1 (c) WHERE c = ANY ('{}'::"char"[]);
CREATE INDEX x_ch1_w36 ON x_ch1 (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_ch1_w37 ON x_ch1 (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_ch1_w38 ON x_ch1 (c) WHERE c = ANY (ARRAY['a']::"char"[]);
CREATE INDEX x_ch1_w39 ON x_ch1 (c) WHERE c IN ('a'::"char", 'b'::"char");
CREATE INDEX x_ch1_w40 ON x_ch1 (c) WHERE c = ANY (ARRAY['a'::"char", 'b'::"char"]);
CREATE INDEX x_ch1_w43 ON x_ch1 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ch1_w44 ON x_ch1 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_ch1_w45 ON x_ch1 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_ch1_w46 ON x_ch1 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_ch1_w47 ON x_ch1 (c) WHERE c <> 'x';
CREATE INDEX x_ch1_w48 ON x_ch1 (c) WHERE c::text = 'a';
CREATE INDEX x_ch1_w49 ON x_ch1 (c) WHERE c = ANY (ARRAY['a'::"char"]);
CREATE INDEX x_ci_w0 ON x_ci (c) WHERE c IN ('a', 'B');
CREATE INDEX x_ci_w1 ON x_ci (c) WHERE c NOT IN ('a', 'B');
CREATE INDEX x_ci_w2 ON x_ci (c) WHERE c IN ('a');
CREATE INDEX x_ci_w3 ON x_ci (c) WHERE c = ANY (ARRAY['a', 'B']);
CREATE INDEX x_ci_w4 ON x_ci (c) WHERE c <> ALL (ARRAY['a', 'B']);
CREATE INDEX x_ci_w5 ON x_ci (c) WHERE c = ANY (ARRAY['a', 'B', NULL]);
CREATE INDEX x_ci_w6 ON x_ci (c) WHERE c IN ('a', 'B', NULL);
CREATE INDEX x_ci_w7 ON x_ci (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_ci_w8 ON x_ci (c) WHERE c IN ('a', c);
CREATE INDEX x_ci_w9 ON x_ci (c) WHERE c BETWEEN 'a' AND 'B';
CREATE INDEX x_ci_w10 ON x_ci (c) WHERE c NOT BETWEEN 'a' AND 'B';
CREATE INDEX x_ci_w11 ON x_ci (c) WHERE c BETWEEN SYMMETRIC 'B' AND 'a';
CREATE INDEX x_ci_w12 ON x_ci (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'B';
CREATE INDEX x_ci_w13 ON x_ci (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_ci_w14 ON x_ci (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_ci_w15 ON x_ci (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_ci_w16 ON x_ci (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_ci_w17 ON x_ci (c) WHERE GREATEST(c, 'a', 'B') = 'B';
CREATE INDEX x_ci_w18 ON x_ci (c) WHERE LEAST(c, 'a') <> 'B';
CREATE INDEX x_ci_w19 ON x_ci (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'B' END;
CREATE INDEX x_ci_w20 ON x_ci (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'B' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ci_w21 ON x_ci (c) WHERE (c, c) = ('a', 'B');
CREATE INDEX x_ci_w22 ON x_ci (c) WHERE (c, c) < ('a', 'B');
CREATE INDEX x_ci_w23 ON x_ci (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_ci_w24 ON x_ci (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ci_w25 ON x_ci (c) WHERE c::text <> '';
CREATE INDEX x_ci_w26 ON x_ci (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_ci_w27 ON x_ci (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_ci_w28 ON x_ci (c) WHERE c = 'a'::citext;
CREATE INDEX x_ci_w29 ON x_ci (c) WHERE c <> CAST('B' AS citext);
CREATE INDEX x_ci_w30 ON x_ci (c) WHERE c > 'a' OR c < 'B';
CREATE INDEX x_ci_w31 ON x_ci (c) WHERE NOT (c = 'a');
CREATE INDEX x_ci_w32 ON x_ci (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_ci_w33 ON x_ci (c) WHERE c = ANY ('{}');
CREATE INDEX x_ci_w34 ON x_ci (c) WHERE c = ANY ('{}'::citext[]);
CREATE INDEX x_ci_w36 ON x_ci (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_ci_w37 ON x_ci (c) WHERE c > ANY (ARRAY['a', 'B']);
CREATE INDEX x_ci_w38 ON x_ci (c) WHERE c = ANY (ARRAY['a']::citext[]);
CREATE INDEX x_ci_w39 ON x_ci (c) WHERE c IN ('a'::citext, 'B'::citext);
CREATE INDEX x_ci_w40 ON x_ci (c) WHERE c = ANY (ARRAY['a'::citext, 'B'::citext]);
CREATE INDEX x_ci_w43 ON x_ci (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ci_w44 ON x_ci (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_ci_w45 ON x_ci (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_ci_w46 ON x_ci (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_ci_w47 ON x_ci (c) WHERE c LIKE 'a%';
CREATE INDEX x_ci_w48 ON x_ci (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_ci_w49 ON x_ci (c) WHERE c ILIKE 'A%';
CREATE INDEX x_ci_w50 ON x_ci (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_ci_w51 ON x_ci (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_ci_w52 ON x_ci (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_ci_w53 ON x_ci (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_ci_w54 ON x_ci (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_ci_w55 ON x_ci (c) WHERE c ~ '^a';
CREATE INDEX x_ci_w56 ON x_ci (c) WHERE c ~* '^A';
CREATE INDEX x_ci_w57 ON x_ci (c) WHERE c !~ 'x';
CREATE INDEX x_ci_w58 ON x_ci (c) WHERE c !~* 'x';
CREATE INDEX x_ci_w59 ON x_ci (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_ci_w60 ON x_ci (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_ci_w61 ON x_ci (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_ci_w62 ON x_ci (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_ci_w63 ON x_ci (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_ci_w64 ON x_ci (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_ci_w65 ON x_ci (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_ci_w66 ON x_ci (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_ci_w67 ON x_ci (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_ci_w68 ON x_ci (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_ci_w69 ON x_ci (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_ci_w70 ON x_ci (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_ci_w71 ON x_ci (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_ci_w72 ON x_ci (c) WHERE trim(c) <> '';
CREATE INDEX x_ci_w73 ON x_ci (c) WHERE btrim(c) <> '';
CREATE INDEX x_ci_w74 ON x_ci (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_ci_w75 ON x_ci (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_ci_w76 ON x_ci (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_ci_w77 ON x_ci (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_ci_w78 ON x_ci (c) WHERE upper(c) = c;
CREATE INDEX x_ci_w79 ON x_ci (c) WHERE length(c) > 0;
CREATE INDEX x_ci_w80 ON x_ci (c) WHERE char_length(c) < 5;
CREATE INDEX x_ci_w81 ON x_ci (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_ci_w82 ON x_ci (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_ci_w83 ON x_ci (c) WHERE c > '';
CREATE INDEX x_ci_w84 ON x_ci (c) WHERE c <> ''::text;
CREATE INDEX x_ci_w85 ON x_ci (c) WHERE c <> '';
CREATE INDEX x_ci_w86 ON x_ci (c) WHERE c = 'a'::text;
CREATE INDEX x_ci_w87 ON x_ci (c) WHERE c::text = 'a';
CREATE INDEX x_ci_w88 ON x_ci (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_ci_w89 ON x_ci (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_ci_w90 ON x_ci (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_ci_w91 ON x_ci (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_ci_w92 ON x_ci (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_ci_w93 ON x_ci (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_ci_w94 ON x_ci (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_ci_w95 ON x_ci (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_ci_w96 ON x_ci (c) WHERE c ^@ 'a';
CREATE INDEX x_ci_w97 ON x_ci (c) WHERE starts_with(c, 'a');
CREATE INDEX x_ci_w98 ON x_ci (c) WHERE c IS NORMALIZED;
CREATE INDEX x_ci_w99 ON x_ci (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_ci_w100 ON x_ci (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_ci_w101 ON x_ci (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_ci_w102 ON x_ci (c) WHERE NOT c IN ('a');
CREATE INDEX x_ci_w103 ON x_ci (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_ci_w104 ON x_ci (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_ci_w105 ON x_ci (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_ci_w106 ON x_ci (c) WHERE E'a\nb' <> c;
CREATE INDEX x_ci_w107 ON x_ci (c) WHERE U&'\0041' <> c;
CREATE INDEX x_ci_w108 ON x_ci (c) WHERE $$x$$ <> c;
CREATE INDEX x_ci_w109 ON x_ci (c) WHERE c <> N'x';
CREATE INDEX x_ci_w110 ON x_ci (c) WHERE c ~ E'\\d';
CREATE INDEX x_ci_w111 ON x_ci (c) WHERE c ~ '\d';
CREATE INDEX x_ci_w114 ON x_ci (c) WHERE c::name <> 'x';
CREATE INDEX x_ci_w115 ON x_ci (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_ci_w116 ON x_ci (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_ci_w117 ON x_ci (c) WHERE c || 1 <> '';
CREATE INDEX x_ci_w118 ON x_ci (c) WHERE 1 || c <> '';
CREATE INDEX x_ci_w119 ON x_ci (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_ci_w120 ON x_ci (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_dd_w0 ON x_dd (c) WHERE c IN ('a', 'b');
CREATE INDEX x_dd_w1 ON x_dd (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_dd_w2 ON x_dd (c) WHERE c IN ('a');
CREATE INDEX x_dd_w3 ON x_dd (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_dd_w4 ON x_dd (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_dd_w5 ON x_dd (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_dd_w6 ON x_dd (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_dd_w7 ON x_dd (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_dd_w8 ON x_dd (c) WHERE c IN ('a', c);
CREATE INDEX x_dd_w9 ON x_dd (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_dd_w10 ON x_dd (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_dd_w11 ON x_dd (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_dd_w12 ON x_dd (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_dd_w13 ON x_dd (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_dd_w14 ON x_dd (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_dd_w15 ON x_dd (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_dd_w16 ON x_dd (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_dd_w17 ON x_dd (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_dd_w18 ON x_dd (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_dd_w19 ON x_dd (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_dd_w20 ON x_dd (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_dd_w21 ON x_dd (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_dd_w22 ON x_dd (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_dd_w23 ON x_dd (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_dd_w24 ON x_dd (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_dd_w25 ON x_dd (c) WHERE c::text <> '';
CREATE INDEX x_dd_w26 ON x_dd (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_dd_w27 ON x_dd (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_dd_w28 ON x_dd (c) WHERE c = 'a'::dvc2;
CREATE INDEX x_dd_w29 ON x_dd (c) WHERE c <> CAST('b' AS dvc2);
CREATE INDEX x_dd_w30 ON x_dd (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_dd_w31 ON x_dd (c) WHERE NOT (c = 'a');
CREATE INDEX x_dd_w32 ON x_dd (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_dd_w33 ON x_dd (c) WHERE c = ANY ('{}');
CREATE INDEX x_dd_w34 ON x_dd (c) WHERE c = ANY ('{}'::dvc2[]);
CREATE INDEX x_dd_w36 ON x_dd (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_dd_w37 ON x_dd (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_dd_w38 ON x_dd (c) WHERE c = ANY (ARRAY['a']::dvc2[]);
CREATE INDEX x_dd_w39 ON x_dd (c) WHERE c IN ('a'::dvc2, 'b'::dvc2);
CREATE INDEX x_dd_w40 ON x_dd (c) WHERE c = ANY (ARRAY['a'::dvc2, 'b'::dvc2]);
CREATE INDEX x_dd_w43 ON x_dd (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_dd_w44 ON x_dd (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_dd_w45 ON x_dd (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_dd_w46 ON x_dd (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_dd_w47 ON x_dd (c) WHERE c LIKE 'a%';
CREATE INDEX x_dd_w48 ON x_dd (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_dd_w49 ON x_dd (c) WHERE c ILIKE 'A%';
CREATE INDEX x_dd_w50 ON x_dd (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_dd_w51 ON x_dd (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_dd_w52 ON x_dd (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_dd_w53 ON x_dd (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_dd_w54 ON x_dd (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_dd_w55 ON x_dd (c) WHERE c ~ '^a';
CREATE INDEX x_dd_w56 ON x_dd (c) WHERE c ~* '^A';
CREATE INDEX x_dd_w57 ON x_dd (c) WHERE c !~ 'x';
CREATE INDEX x_dd_w58 ON x_dd (c) WHERE c !~* 'x';
CREATE INDEX x_dd_w59 ON x_dd (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_dd_w60 ON x_dd (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_dd_w61 ON x_dd (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_dd_w62 ON x_dd (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_dd_w63 ON x_dd (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_dd_w64 ON x_dd (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_dd_w65 ON x_dd (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_dd_w66 ON x_dd (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_dd_w67 ON x_dd (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_dd_w68 ON x_dd (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_dd_w69 ON x_dd (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_dd_w70 ON x_dd (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_dd_w71 ON x_dd (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_dd_w72 ON x_dd (c) WHERE trim(c) <> '';
CREATE INDEX x_dd_w73 ON x_dd (c) WHERE btrim(c) <> '';
CREATE INDEX x_dd_w74 ON x_dd (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_dd_w75 ON x_dd (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_dd_w76 ON x_dd (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_dd_w77 ON x_dd (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_dd_w78 ON x_dd (c) WHERE upper(c) = c;
CREATE INDEX x_dd_w79 ON x_dd (c) WHERE length(c) > 0;
CREATE INDEX x_dd_w80 ON x_dd (c) WHERE char_length(c) < 5;
CREATE INDEX x_dd_w81 ON x_dd (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_dd_w82 ON x_dd (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_dd_w83 ON x_dd (c) WHERE c > '';
CREATE INDEX x_dd_w84 ON x_dd (c) WHERE c <> ''::text;
CREATE INDEX x_dd_w85 ON x_dd (c) WHERE c <> '';
CREATE INDEX x_dd_w86 ON x_dd (c) WHERE c = 'a'::text;
CREATE INDEX x_dd_w87 ON x_dd (c) WHERE c::text = 'a';
CREATE INDEX x_dd_w88 ON x_dd (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_dd_w89 ON x_dd (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_dd_w90 ON x_dd (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_dd_w91 ON x_dd (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_dd_w92 ON x_dd (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_dd_w93 ON x_dd (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_dd_w94 ON x_dd (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_dd_w95 ON x_dd (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_dd_w96 ON x_dd (c) WHERE c ^@ 'a';
CREATE INDEX x_dd_w97 ON x_dd (c) WHERE starts_with(c, 'a');
CREATE INDEX x_dd_w98 ON x_dd (c) WHERE c IS NORMALIZED;
CREATE INDEX x_dd_w99 ON x_dd (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_dd_w100 ON x_dd (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_dd_w101 ON x_dd (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_dd_w102 ON x_dd (c) WHERE NOT c IN ('a');
CREATE INDEX x_dd_w103 ON x_dd (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_dd_w104 ON x_dd (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_dd_w105 ON x_dd (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_dd_w106 ON x_dd (c) WHERE E'a\nb' <> c;
CREATE INDEX x_dd_w107 ON x_dd (c) WHERE U&'\0041' <> c;
CREATE INDEX x_dd_w108 ON x_dd (c) WHERE $$x$$ <> c;
CREATE INDEX x_dd_w109 ON x_dd (c) WHERE c <> N'x';
CREATE INDEX x_dd_w110 ON x_dd (c) WHERE c ~ E'\\d';
CREATE INDEX x_dd_w111 ON x_dd (c) WHERE c ~ '\d';
CREATE INDEX x_dd_w114 ON x_dd (c) WHERE c::name <> 'x';
CREATE INDEX x_dd_w115 ON x_dd (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_dd_w116 ON x_dd (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_dd_w117 ON x_dd (c) WHERE c || 1 <> '';
CREATE INDEX x_dd_w118 ON x_dd (c) WHERE 1 || c <> '';
CREATE INDEX x_dd_w119 ON x_dd (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_dd_w120 ON x_dd (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_di_w0 ON x_di (c) WHERE c IN (1, 2);
CREATE INDEX x_di_w1 ON x_di (c) WHERE c NOT IN (1, 2);
CREATE INDEX x_di_w2 ON x_di (c) WHERE c IN (1);
CREATE INDEX x_di_w3 ON x_di (c) WHERE c = ANY (ARRAY[1, 2]);
CREATE INDEX x_di_w4 ON x_di (c) WHERE c <> ALL (ARRAY[1, 2]);
CREATE INDEX x_di_w5 ON x_di (c) WHERE c = ANY (ARRAY[1, 2, NULL]);
CREATE INDEX x_di_w6 ON x_di (c) WHERE c IN (1, 2, NULL);
CREATE INDEX x_di_w7 ON x_di (c) WHERE c = ANY (ARRAY[1, c]);
CREATE INDEX x_di_w8 ON x_di (c) WHERE c IN (1, c);
CREATE INDEX x_di_w9 ON x_di (c) WHERE c BETWEEN 1 AND 2;
CREATE INDEX x_di_w10 ON x_di (c) WHERE c NOT BETWEEN 1 AND 2;
CREATE INDEX x_di_w11 ON x_di (c) WHERE c BETWEEN SYMMETRIC 2 AND 1;
CREATE INDEX x_di_w12 ON x_di (c) WHERE c NOT BETWEEN SYMMETRIC 1 AND 2;
CREATE INDEX x_di_w13 ON x_di (c) WHERE c IS DISTINCT FROM 1;
CREATE INDEX x_di_w14 ON x_di (c) WHERE c IS NOT DISTINCT FROM 1;
CREATE INDEX x_di_w15 ON x_di (c) WHERE COALESCE(c, 1) = 1;
CREATE INDEX x_di_w16 ON x_di (c) WHERE NULLIF(c, 1) IS NULL;
CREATE INDEX x_di_w17 ON x_di (c) WHERE GREATEST(c, 1, 2) = 2;
CREATE INDEX x_di_w18 ON x_di (c) WHERE LEAST(c, 1) <> 2;
CREATE INDEX x_di_w19 ON x_di (c) WHERE CASE WHEN c = 1 THEN true ELSE c = 2 END;
CREATE INDEX x_di_w20 ON x_di (c) WHERE CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_di_w21 ON x_di (c) WHERE (c, c) = (1, 2);
CREATE INDEX x_di_w22 ON x_di (c) WHERE (c, c) < (1, 2);
CREATE INDEX x_di_w23 ON x_di (c) WHERE (c, 1) IS DISTINCT FROM (1, 1);
CREATE INDEX x_di_w24 ON x_di (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_di_w25 ON x_di (c) WHERE c::text <> '';
CREATE INDEX x_di_w26 ON x_di (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_di_w27 ON x_di (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_di_w28 ON x_di (c) WHERE c = 1::dint;
CREATE INDEX x_di_w29 ON x_di (c) WHERE c <> CAST(2 AS dint);
CREATE INDEX x_di_w30 ON x_di (c) WHERE c > 1 OR c < 2;
CREATE INDEX x_di_w31 ON x_di (c) WHERE NOT (c = 1);
CREATE INDEX x_di_w32 ON x_di (c) WHERE c IS NULL OR c <> 1;
CREATE INDEX x_di_w33 ON x_di (c) WHERE c = ANY ('{}');
CREATE INDEX x_di_w34 ON x_di (c) WHERE c = ANY ('{}'::dint[]);
CREATE INDEX x_di_w36 ON x_di (c) WHERE c = ALL (ARRAY[1]);
CREATE INDEX x_di_w37 ON x_di (c) WHERE c > ANY (ARRAY[1, 2]);
CREATE INDEX x_di_w38 ON x_di (c) WHERE c = ANY (ARRAY[1]::dint[]);
CREATE INDEX x_di_w39 ON x_di (c) WHERE c IN (1::dint, 2::dint);
CREATE INDEX x_di_w40 ON x_di (c) WHERE c = ANY (ARRAY[1::dint, 2::dint]);
CREATE INDEX x_di_w42 ON x_di (c) WHERE ARRAY[c, 1] = ARRAY[1, 2];
CREATE INDEX x_di_w43 ON x_di (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_di_w44 ON x_di (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_di_w45 ON x_di (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_di_w46 ON x_di (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_di_w47 ON x_di (c) WHERE c > -1;
CREATE INDEX x_di_w48 ON x_di (c) WHERE c > - 1;
CREATE INDEX x_di_w49 ON x_di (c) WHERE c > -1.5;
CREATE INDEX x_di_w50 ON x_di (c) WHERE c <> -(1);
CREATE INDEX x_di_w51 ON x_di (c) WHERE -c < 5;
CREATE INDEX x_di_w52 ON x_di (c) WHERE - c < 5;
CREATE INDEX x_di_w53 ON x_di (c) WHERE c - -1 > 0;
CREATE INDEX x_di_w54 ON x_di (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_di_w55 ON x_di (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_di_w56 ON x_di (c) WHERE c * -1.5 < 0;
CREATE INDEX x_di_w57 ON x_di (c) WHERE c ^ 2 > 0;
CREATE INDEX x_di_w58 ON x_di (c) WHERE @ c > 0;
CREATE INDEX x_di_w59 ON x_di (c) WHERE abs(c) > 0;
CREATE INDEX x_di_w60 ON x_di (c) WHERE c % 2 = 0;
CREATE INDEX x_di_w61 ON x_di (c) WHERE |/ c > 0;
CREATE INDEX x_di_w62 ON x_di (c) WHERE c::int > 0;
CREATE INDEX x_di_w63 ON x_di (c) WHERE c > -1::int;
CREATE INDEX x_di_w64 ON x_di (c) WHERE c > (-1)::int;
CREATE INDEX x_di_w65 ON x_di (c) WHERE c > -1::numeric;
CREATE INDEX x_di_w66 ON x_di (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_di_w67 ON x_di (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_di_w68 ON x_di (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_di_w69 ON x_di (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_di_w70 ON x_di (c) WHERE c > 1e10;
CREATE INDEX x_di_w71 ON x_di (c) WHERE c < 1.0e-5;
CREATE INDEX x_di_w72 ON x_di (c) WHERE c > .5;
CREATE INDEX x_di_w73 ON x_di (c) WHERE c > 5.;
CREATE INDEX x_di_w74 ON x_di (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_di_w75 ON x_di (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_di_w76 ON x_di (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_di_w77 ON x_di (c) WHERE c < 9223372036854775807;
CREATE INDEX x_di_w78 ON x_di (c) WHERE c > -9223372036854775808;
CREATE INDEX x_di_w79 ON x_di (c) WHERE c < 2147483648;
CREATE INDEX x_di_w80 ON x_di (c) WHERE c < 99999999999999999999;
CREATE INDEX x_di_w81 ON x_di (c) WHERE c <> -0;
CREATE INDEX x_di_w82 ON x_di (c) WHERE c <> -0.0;
CREATE INDEX x_di_w83 ON x_di (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_di_w84 ON x_di (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_di_w85 ON x_di (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_di_w86 ON x_di (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_di_w87 ON x_di (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_di_w88 ON x_di (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_di_w89 ON x_di (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_di_w90 ON x_di (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_di_w91 ON x_di (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_di_w92 ON x_di (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_di_w93 ON x_di (c) WHERE c IN (1, 2.5);
CREATE INDEX x_di_w94 ON x_di (c) WHERE c IN (-1, -2);
CREATE INDEX x_di_w95 ON x_di (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_di_w96 ON x_di (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_di_w97 ON x_di (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_di_w98 ON x_di (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_di_w99 ON x_di (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_di_w100 ON x_di (c) WHERE c > int4 '1';
CREATE INDEX x_di_w101 ON x_di (c) WHERE c::text::int > 0;
CREATE INDEX x_di_w102 ON x_di (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_di_w103 ON x_di (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_di_w104 ON x_di (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_di_w105 ON x_di (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_di_w106 ON x_di (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_di_w107 ON x_di (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_di_w108 ON x_di (c) WHERE NOT c > 0;
CREATE INDEX x_di_w109 ON x_di (c) WHERE NOT (c > 0);
CREATE INDEX x_di_w110 ON x_di (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_di_w111 ON x_di (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_di_w112 ON x_di (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_di_w113 ON x_di (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_di_w115 ON x_di (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_di_w116 ON x_di (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_di_w117 ON x_di (c) WHERE c & 1 = 0;
CREATE INDEX x_di_w118 ON x_di (c) WHERE c | 1 > 0;
CREATE INDEX x_di_w119 ON x_di (c) WHERE c # 1 > 0;
CREATE INDEX x_di_w120 ON x_di (c) WHERE ~c < 0;
CREATE INDEX x_di_w121 ON x_di (c) WHERE c << 1 > 0;
CREATE INDEX x_di_w122 ON x_di (c) WHERE c >> 1 > 0;
CREATE INDEX x_di_w123 ON x_di (c) WHERE c / 2 * 2 = c;
CREATE INDEX x_di_w124 ON x_di (c) WHERE c::bigint > 0;
CREATE INDEX x_di_w125 ON x_di (c) WHERE c::smallint > 0;
CREATE INDEX x_di_w126 ON x_di (c) WHERE (-c)::text <> '';
CREATE INDEX x_di_w127 ON x_di (c) WHERE 2 ^ c > 0;
CREATE INDEX x_di_w128 ON x_di (c) WHERE factorial(c) > 0;
CREATE INDEX x_di_w129 ON x_di (c) WHERE c::bool;
CREATE INDEX x_di_w130 ON x_di (c) WHERE c::oid > 0;
CREATE INDEX x_di_w131 ON x_di (c) WHERE c::text = '1';
CREATE INDEX x_di_w133 ON x_di (c) WHERE c::bit(3) <> '000';
CREATE INDEX x_di_w134 ON x_di (c) WHERE -c::int > 0;
CREATE INDEX x_di_w135 ON x_di (c) WHERE -(c::int) > 0;
CREATE INDEX x_di_w136 ON x_di (c) WHERE (-c)::int > 0;
CREATE INDEX x_dn_w0 ON x_dn (c) WHERE c IN (1.5, 2);
CREATE INDEX x_dn_w1 ON x_dn (c) WHERE c NOT IN (1.5, 2);
CREATE INDEX x_dn_w2 ON x_dn (c) WHERE c IN (1.5);
CREATE INDEX x_dn_w3 ON x_dn (c) WHERE c = ANY (ARRAY[1.5, 2]);
CREATE INDEX x_dn_w4 ON x_dn (c) WHERE c <> ALL (ARRAY[1.5, 2]);
CREATE INDEX x_dn_w5 ON x_dn (c) WHERE c = ANY (ARRAY[1.5, 2, NULL]);
CREATE INDEX x_dn_w6 ON x_dn (c) WHERE c IN (1.5, 2, NULL);
CREATE INDEX x_dn_w7 ON x_dn (c) WHERE c = ANY (ARRAY[1.5, c]);
CREATE INDEX x_dn_w8 ON x_dn (c) WHERE c IN (1.5, c);
CREATE INDEX x_dn_w9 ON x_dn (c) WHERE c BETWEEN 1.5 AND 2;
CREATE INDEX x_dn_w10 ON x_dn (c) WHERE c NOT BETWEEN 1.5 AND 2;
CREATE INDEX x_dn_w11 ON x_dn (c) WHERE c BETWEEN SYMMETRIC 2 AND 1.5;
CREATE INDEX x_dn_w12 ON x_dn (c) WHERE c NOT BETWEEN SYMMETRIC 1.5 AND 2;
CREATE INDEX x_dn_w13 ON x_dn (c) WHERE c IS DISTINCT FROM 1.5;
CREATE INDEX x_dn_w14 ON x_dn (c) WHERE c IS NOT DISTINCT FROM 1.5;
CREATE INDEX x_dn_w15 ON x_dn (c) WHERE COALESCE(c, 1.5) = 1.5;
CREATE INDEX x_dn_w16 ON x_dn (c) WHERE NULLIF(c, 1.5) IS NULL;
CREATE INDEX x_dn_w17 ON x_dn (c) WHERE GREATEST(c, 1.5, 2) = 2;
CREATE INDEX x_dn_w18 ON x_dn (c) WHERE LEAST(c, 1.5) <> 2;
CREATE INDEX x_dn_w19 ON x_dn (c) WHERE CASE WHEN c = 1.5 THEN true ELSE c = 2 END;
CREATE INDEX x_dn_w20 ON x_dn (c) WHERE CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_dn_w21 ON x_dn (c) WHERE (c, c) = (1.5, 2);
CREATE INDEX x_dn_w22 ON x_dn (c) WHERE (c, c) < (1.5, 2);
CREATE INDEX x_dn_w23 ON x_dn (c) WHERE (c, 1) IS DISTINCT FROM (1.5, 1);
CREATE INDEX x_dn_w24 ON x_dn (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_dn_w25 ON x_dn (c) WHERE c::text <> '';
CREATE INDEX x_dn_w26 ON x_dn (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_dn_w27 ON x_dn (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_dn_w28 ON x_dn (c) WHERE c = 1.5::dnum;
CREATE INDEX x_dn_w29 ON x_dn (c) WHERE c <> CAST(2 AS dnum);
CREATE INDEX x_dn_w30 ON x_dn (c) WHERE c > 1.5 OR c < 2;
CREATE INDEX x_dn_w31 ON x_dn (c) WHERE NOT (c = 1.5);
CREATE INDEX x_dn_w32 ON x_dn (c) WHERE c IS NULL OR c <> 1.5;
CREATE INDEX x_dn_w33 ON x_dn (c) WHERE c = ANY ('{}');
CREATE INDEX x_dn_w34 ON x_dn (c) WHERE c = ANY ('{}'::dnum[]);
CREATE INDEX x_dn_w36 ON x_dn (c) WHERE c = ALL (ARRAY[1.5]);
CREATE INDEX x_dn_w37 ON x_dn (c) WHERE c > ANY (ARRAY[1.5, 2]);
CREATE INDEX x_dn_w38 ON x_dn (c) WHERE c = ANY (ARRAY[1.5]::dnum[]);
CREATE INDEX x_dn_w39 ON x_dn (c) WHERE c IN (1.5::dnum, 2::dnum);
CREATE INDEX x_dn_w40 ON x_dn (c) WHERE c = ANY (ARRAY[1.5::dnum, 2::dnum]);
CREATE INDEX x_dn_w42 ON x_dn (c) WHERE ARRAY[c, 1.5] = ARRAY[1.5, 2];
CREATE INDEX x_dn_w43 ON x_dn (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_dn_w44 ON x_dn (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_dn_w45 ON x_dn (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_dn_w46 ON x_dn (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_dn_w47 ON x_dn (c) WHERE c > -1;
CREATE INDEX x_dn_w48 ON x_dn (c) WHERE c > - 1;
CREATE INDEX x_dn_w49 ON x_dn (c) WHERE c > -1.5;
CREATE INDEX x_dn_w50 ON x_dn (c) WHERE c <> -(1);
CREATE INDEX x_dn_w51 ON x_dn (c) WHERE -c < 5;
CREATE INDEX x_dn_w52 ON x_dn (c) WHERE - c < 5;
CREATE INDEX x_dn_w53 ON x_dn (c) WHERE c - -1 > 0;
CREATE INDEX x_dn_w54 ON x_dn (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_dn_w55 ON x_dn (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_dn_w56 ON x_dn (c) WHERE c * -1.5 < 0;
CREATE INDEX x_dn_w57 ON x_dn (c) WHERE c ^ 2 > 0;
CREATE INDEX x_dn_w58 ON x_dn (c) WHERE @ c > 0;
CREATE INDEX x_dn_w59 ON x_dn (c) WHERE abs(c) > 0;
CREATE INDEX x_dn_w60 ON x_dn (c) WHERE c % 2 = 0;
CREATE INDEX x_dn_w61 ON x_dn (c) WHERE |/ c > 0;
CREATE INDEX x_dn_w62 ON x_dn (c) WHERE c::int > 0;
CREATE INDEX x_dn_w63 ON x_dn (c) WHERE c > -1::int;
CREATE INDEX x_dn_w64 ON x_dn (c) WHERE c > (-1)::int;
CREATE INDEX x_dn_w65 ON x_dn (c) WHERE c > -1::numeric;
CREATE INDEX x_dn_w66 ON x_dn (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_dn_w67 ON x_dn (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_dn_w68 ON x_dn (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_dn_w69 ON x_dn (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_dn_w70 ON x_dn (c) WHERE c > 1e10;
CREATE INDEX x_dn_w71 ON x_dn (c) WHERE c < 1.0e-5;
CREATE INDEX x_dn_w72 ON x_dn (c) WHERE c > .5;
CREATE INDEX x_dn_w73 ON x_dn (c) WHERE c > 5.;
CREATE INDEX x_dn_w74 ON x_dn (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_dn_w75 ON x_dn (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_dn_w76 ON x_dn (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_dn_w77 ON x_dn (c) WHERE c < 9223372036854775807;
CREATE INDEX x_dn_w78 ON x_dn (c) WHERE c > -9223372036854775808;
CREATE INDEX x_dn_w79 ON x_dn (c) WHERE c < 2147483648;
CREATE INDEX x_dn_w80 ON x_dn (c) WHERE c < 99999999999999999999;
CREATE INDEX x_dn_w81 ON x_dn (c) WHERE c <> -0;
CREATE INDEX x_dn_w82 ON x_dn (c) WHERE c <> -0.0;
CREATE INDEX x_dn_w83 ON x_dn (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_dn_w84 ON x_dn (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_dn_w85 ON x_dn (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_dn_w86 ON x_dn (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_dn_w87 ON x_dn (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_dn_w88 ON x_dn (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_dn_w89 ON x_dn (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_dn_w90 ON x_dn (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_dn_w91 ON x_dn (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_dn_w92 ON x_dn (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_dn_w93 ON x_dn (c) WHERE c IN (1, 2.5);
CREATE INDEX x_dn_w94 ON x_dn (c) WHERE c IN (-1, -2);
CREATE INDEX x_dn_w95 ON x_dn (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_dn_w96 ON x_dn (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_dn_w97 ON x_dn (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_dn_w98 ON x_dn (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_dn_w99 ON x_dn (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_dn_w100 ON x_dn (c) WHERE c > int4 '1';
CREATE INDEX x_dn_w101 ON x_dn (c) WHERE c::text::int > 0;
CREATE INDEX x_dn_w102 ON x_dn (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_dn_w103 ON x_dn (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_dn_w104 ON x_dn (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_dn_w105 ON x_dn (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_dn_w106 ON x_dn (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_dn_w107 ON x_dn (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_dn_w108 ON x_dn (c) WHERE NOT c > 0;
CREATE INDEX x_dn_w109 ON x_dn (c) WHERE NOT (c > 0);
CREATE INDEX x_dn_w110 ON x_dn (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_dn_w111 ON x_dn (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_dn_w112 ON x_dn (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_dn_w113 ON x_dn (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_dn_w115 ON x_dn (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_dn_w116 ON x_dn (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_dt_w0 ON x_dt (c) WHERE c IN ('2020-01-01', '2021-01-01');
CREATE INDEX x_dt_w1 ON x_dt (c) WHERE c NOT IN ('2020-01-01', '2021-01-01');
CREATE INDEX x_dt_w2 ON x_dt (c) WHERE c IN ('2020-01-01');
CREATE INDEX x_dt_w6 ON x_dt (c) WHERE c IN ('2020-01-01', '2021-01-01', NULL);
CREATE INDEX x_dt_w7 ON x_dt (c) WHERE c = ANY (ARRAY['2020-01-01', c]);
CREATE INDEX x_dt_w8 ON x_dt (c) WHERE c IN ('2020-01-01', c);
CREATE INDEX x_dt_w9 ON x_dt (c) WHERE c BETWEEN '2020-01-01' AND '2021-01-01';
CREATE INDEX x_dt_w10 ON x_dt (c) WHERE c NOT BETWEEN '2020-01-01' AND '2021-01-01';
CREATE INDEX x_dt_w11 ON x_dt (c) WHERE c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01';
CREATE INDEX x_dt_w12 ON x_dt (c) WHERE c NOT BETWEEN SYMMETRIC '2020-01-01' AND '2021-01-01';
CREATE INDEX x_dt_w13 ON x_dt (c) WHERE c IS DISTINCT FROM '2020-01-01';
CREATE INDEX x_dt_w14 ON x_dt (c) WHERE c IS NOT DISTINCT FROM '2020-01-01';
CREATE INDEX x_dt_w15 ON x_dt (c) WHERE COALESCE(c, '2020-01-01') = '2020-01-01';
CREATE INDEX x_dt_w16 ON x_dt (c) WHERE NULLIF(c, '2020-01-01') IS NULL;
CREATE INDEX x_dt_w17 ON x_dt (c) WHERE GREATEST(c, '2020-01-01', '2021-01-01') = '2021-01-01';
CREATE INDEX x_dt_w18 ON x_dt (c) WHERE LEAST(c, '2020-01-01') <> '2021-01-01';
CREATE INDEX x_dt_w19 ON x_dt (c) WHERE CASE WHEN c = '2020-01-01' THEN true ELSE c = '2021-01-01' END;
CREATE INDEX x_dt_w20 ON x_dt (c) WHERE CASE c WHEN '2020-01-01' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_dt_w21 ON x_dt (c) WHERE (c, c) = ('2020-01-01', '2021-01-01');
CREATE INDEX x_dt_w22 ON x_dt (c) WHERE (c, c) < ('2020-01-01', '2021-01-01');
CREATE INDEX x_dt_w23 ON x_dt (c) WHERE (c, 1) IS DISTINCT FROM ('2020-01-01', 1);
CREATE INDEX x_dt_w24 ON x_dt (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_dt_w28 ON x_dt (c) WHERE c = '2020-01-01'::date;
CREATE INDEX x_dt_w29 ON x_dt (c) WHERE c <> CAST('2021-01-01' AS date);
CREATE INDEX x_dt_w30 ON x_dt (c) WHERE c > '2020-01-01' OR c < '2021-01-01';
CREATE INDEX x_dt_w31 ON x_dt (c) WHERE NOT (c = '2020-01-01');
CREATE INDEX x_dt_w32 ON x_dt (c) WHERE c IS NULL OR c <> '2020-01-01';
CREATE INDEX x_dt_w33 ON x_dt (c) WHERE c = ANY ('{}');
CREATE INDEX x_dt_w34 ON x_dt (c) WHERE c = ANY ('{}'::date[]);
CREATE INDEX x_dt_w38 ON x_dt (c) WHERE c = ANY (ARRAY['2020-01-01']::date[]);
CREATE INDEX x_dt_w39 ON x_dt (c) WHERE c IN ('2020-01-01'::date, '2021-01-01'::date);
CREATE INDEX x_dt_w40 ON x_dt (c) WHERE c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'::date]);
CREATE INDEX x_dt_w60 ON x_dt (c) WHERE EXTRACT(year FROM c) > 2000;
CREATE INDEX x_dt_w61 ON x_dt (c) WHERE EXTRACT('Year' FROM c) > 2000;
CREATE INDEX x_dt_w62 ON x_dt (c) WHERE EXTRACT(YEAR FROM c) > 2000;
CREATE INDEX x_dt_w63 ON x_dt (c) WHERE EXTRACT(epoch FROM c) > 0;
CREATE INDEX x_dt_w64 ON x_dt (c) WHERE EXTRACT('epoch' FROM c) > 0;
CREATE INDEX x_dt_w65 ON x_dt (c) WHERE EXTRACT(Dow FROM c) <> 0;
CREATE INDEX x_dt_w66 ON x_dt (c) WHERE date_part('year', c) > 2000;
CREATE INDEX x_dt_w68 ON x_dt (c) WHERE c::date > '2020-01-01';
CREATE INDEX x_dt_w69 ON x_dt (c) WHERE (c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp);
CREATE INDEX x_dt_w74 ON x_dt (c) WHERE c > timestamp '2020-01-01';
CREATE INDEX x_dt_w75 ON x_dt (c) WHERE c > date '2020-01-01';
CREATE INDEX x_dt_w78 ON x_dt (c) WHERE c > timestamp(3) '2020-01-01';
CREATE INDEX x_dt_w81 ON x_dt (c) WHERE c > 'epoch';
CREATE INDEX x_dt_w82 ON x_dt (c) WHERE c < 'infinity';
CREATE INDEX x_dt_w83 ON x_dt (c) WHERE c > '-infinity';
CREATE INDEX x_dt_w85 ON x_dt (c) WHERE c + 1 > '2020-01-01';
CREATE INDEX x_dt_w86 ON x_dt (c) WHERE c - 1 > '2020-01-01';
CREATE INDEX x_dt_w87 ON x_dt (c) WHERE c > date '2020-01-01' + 1;
CREATE INDEX x_dt_w94 ON x_dt (c) WHERE (c::timestamp)::time > '10:00';
CREATE INDEX x_dt_w95 ON x_dt (c) WHERE c::timestamp(0) > '2020-01-01';
CREATE INDEX x_dt_w100 ON x_dt (c) WHERE c = ANY (ARRAY['2020-01-01'::date, '2021-01-01']);
CREATE INDEX x_dt_w101 ON x_dt (c) WHERE isfinite(c);
CREATE INDEX x_dt_w104 ON x_dt (c) WHERE extract(hour FROM c) < 12;
CREATE INDEX x_dt_w105 ON x_dt (c) WHERE c - '1 day'::interval > '2020-01-01';
CREATE INDEX x_f4_w0 ON x_f4 (c) WHERE c IN (1.5, -2);
CREATE INDEX x_f4_w1 ON x_f4 (c) WHERE c NOT IN (1.5, -2);
CREATE INDEX x_f4_w2 ON x_f4 (c) WHERE c IN (1.5);
CREATE INDEX x_f4_w3 ON x_f4 (c) WHERE c = ANY (ARRAY[1.5, -2]);
CREATE INDEX x_f4_w4 ON x_f4 (c) WHERE c <> ALL (ARRAY[1.5, -2]);
CREATE INDEX x_f4_w5 ON x_f4 (c) WHERE c = ANY (ARRAY[1.5, -2, NULL]);
CREATE INDEX x_f4_w6 ON x_f4 (c) WHERE c IN (1.5, -2, NULL);
CREATE INDEX x_f4_w7 ON x_f4 (c) WHERE c = ANY (ARRAY[1.5, c]);
CREATE INDEX x_f4_w8 ON x_f4 (c) WHERE c IN (1.5, c);
CREATE INDEX x_f4_w9 ON x_f4 (c) WHERE c BETWEEN 1.5 AND -2;
CREATE INDEX x_f4_w10 ON x_f4 (c) WHERE c NOT BETWEEN 1.5 AND -2;
CREATE INDEX x_f4_w11 ON x_f4 (c) WHERE c BETWEEN SYMMETRIC -2 AND 1.5;
CREATE INDEX x_f4_w12 ON x_f4 (c) WHERE c NOT BETWEEN SYMMETRIC 1.5 AND -2;
CREATE INDEX x_f4_w13 ON x_f4 (c) WHERE c IS DISTINCT FROM 1.5;
CREATE INDEX x_f4_w14 ON x_f4 (c) WHERE c IS NOT DISTINCT FROM 1.5;
CREATE INDEX x_f4_w15 ON x_f4 (c) WHERE COALESCE(c, 1.5) = 1.5;
CREATE INDEX x_f4_w16 ON x_f4 (c) WHERE NULLIF(c, 1.5) IS NULL;
CREATE INDEX x_f4_w17 ON x_f4 (c) WHERE GREATEST(c, 1.5, -2) = -2;
CREATE INDEX x_f4_w18 ON x_f4 (c) WHERE LEAST(c, 1.5) <> -2;
CREATE INDEX x_f4_w19 ON x_f4 (c) WHERE CASE WHEN c = 1.5 THEN true ELSE c = -2 END;
CREATE INDEX x_f4_w20 ON x_f4 (c) WHERE CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_f4_w21 ON x_f4 (c) WHERE (c, c) = (1.5, -2);
CREATE INDEX x_f4_w22 ON x_f4 (c) WHERE (c, c) < (1.5, -2);
CREATE INDEX x_f4_w23 ON x_f4 (c) WHERE (c, 1) IS DISTINCT FROM (1.5, 1);
CREATE INDEX x_f4_w24 ON x_f4 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_f4_w25 ON x_f4 (c) WHERE c::text <> '';
CREATE INDEX x_f4_w26 ON x_f4 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_f4_w27 ON x_f4 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_f4_w28 ON x_f4 (c) WHERE c = 1.5::real;
CREATE INDEX x_f4_w29 ON x_f4 (c) WHERE c <> CAST(-2 AS real);
CREATE INDEX x_f4_w30 ON x_f4 (c) WHERE c > 1.5 OR c < -2;
CREATE INDEX x_f4_w31 ON x_f4 (c) WHERE NOT (c = 1.5);
CREATE INDEX x_f4_w32 ON x_f4 (c) WHERE c IS NULL OR c <> 1.5;
CREATE INDEX x_f4_w33 ON x_f4 (c) WHERE c = ANY ('{}');
CREATE INDEX x_f4_w34 ON x_f4 (c) WHERE c = ANY ('{}'::real[]);
CREATE INDEX x_f4_w36 ON x_f4 (c) WHERE c = ALL (ARRAY[1.5]);
CREATE INDEX x_f4_w37 ON x_f4 (c) WHERE c > ANY (ARRAY[1.5, -2]);
CREATE INDEX x_f4_w38 ON x_f4 (c) WHERE c = ANY (ARRAY[1.5]::real[]);
CREATE INDEX x_f4_w39 ON x_f4 (c) WHERE c IN (1.5::real, -2::real);
CREATE INDEX x_f4_w40 ON x_f4 (c) WHERE c = ANY (ARRAY[1.5::real, -2::real]);
CREATE INDEX x_f4_w43 ON x_f4 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_f4_w44 ON x_f4 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_f4_w45 ON x_f4 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_f4_w46 ON x_f4 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_f4_w47 ON x_f4 (c) WHERE c > -1;
CREATE INDEX x_f4_w48 ON x_f4 (c) WHERE c > - 1;
CREATE INDEX x_f4_w49 ON x_f4 (c) WHERE c > -1.5;
CREATE INDEX x_f4_w50 ON x_f4 (c) WHERE c <> -(1);
CREATE INDEX x_f4_w51 ON x_f4 (c) WHERE -c < 5;
CREATE INDEX x_f4_w52 ON x_f4 (c) WHERE - c < 5;
CREATE INDEX x_f4_w53 ON x_f4 (c) WHERE c - -1 > 0;
CREATE INDEX x_f4_w54 ON x_f4 (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_f4_w55 ON x_f4 (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_f4_w56 ON x_f4 (c) WHERE c * -1.5 < 0;
CREATE INDEX x_f4_w57 ON x_f4 (c) WHERE c ^ 2 > 0;
CREATE INDEX x_f4_w58 ON x_f4 (c) WHERE @ c > 0;
CREATE INDEX x_f4_w59 ON x_f4 (c) WHERE abs(c) > 0;
CREATE INDEX x_f4_w61 ON x_f4 (c) WHERE |/ c > 0;
CREATE INDEX x_f4_w62 ON x_f4 (c) WHERE c::int > 0;
CREATE INDEX x_f4_w63 ON x_f4 (c) WHERE c > -1::int;
CREATE INDEX x_f4_w64 ON x_f4 (c) WHERE c > (-1)::int;
CREATE INDEX x_f4_w65 ON x_f4 (c) WHERE c > -1::numeric;
CREATE INDEX x_f4_w66 ON x_f4 (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_f4_w67 ON x_f4 (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_f4_w68 ON x_f4 (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_f4_w69 ON x_f4 (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_f4_w70 ON x_f4 (c) WHERE c > 1e10;
CREATE INDEX x_f4_w71 ON x_f4 (c) WHERE c < 1.0e-5;
CREATE INDEX x_f4_w72 ON x_f4 (c) WHERE c > .5;
CREATE INDEX x_f4_w73 ON x_f4 (c) WHERE c > 5.;
CREATE INDEX x_f4_w74 ON x_f4 (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_f4_w75 ON x_f4 (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_f4_w76 ON x_f4 (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_f4_w77 ON x_f4 (c) WHERE c < 9223372036854775807;
CREATE INDEX x_f4_w78 ON x_f4 (c) WHERE c > -9223372036854775808;
CREATE INDEX x_f4_w79 ON x_f4 (c) WHERE c < 2147483648;
CREATE INDEX x_f4_w80 ON x_f4 (c) WHERE c < 99999999999999999999;
CREATE INDEX x_f4_w81 ON x_f4 (c) WHERE c <> -0;
CREATE INDEX x_f4_w82 ON x_f4 (c) WHERE c <> -0.0;
CREATE INDEX x_f4_w83 ON x_f4 (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_f4_w84 ON x_f4 (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_f4_w85 ON x_f4 (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_f4_w86 ON x_f4 (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_f4_w87 ON x_f4 (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_f4_w88 ON x_f4 (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_f4_w89 ON x_f4 (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_f4_w90 ON x_f4 (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_f4_w91 ON x_f4 (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_f4_w92 ON x_f4 (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_f4_w93 ON x_f4 (c) WHERE c IN (1, 2.5);
CREATE INDEX x_f4_w94 ON x_f4 (c) WHERE c IN (-1, -2);
CREATE INDEX x_f4_w95 ON x_f4 (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_f4_w96 ON x_f4 (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_f4_w97 ON x_f4 (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_f4_w98 ON x_f4 (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_f4_w99 ON x_f4 (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_f4_w100 ON x_f4 (c) WHERE c > int4 '1';
CREATE INDEX x_f4_w101 ON x_f4 (c) WHERE c::text::int > 0;
CREATE INDEX x_f4_w102 ON x_f4 (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_f4_w103 ON x_f4 (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_f4_w104 ON x_f4 (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_f4_w105 ON x_f4 (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_f4_w106 ON x_f4 (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_f4_w107 ON x_f4 (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_f4_w108 ON x_f4 (c) WHERE NOT c > 0;
CREATE INDEX x_f4_w109 ON x_f4 (c) WHERE NOT (c > 0);
CREATE INDEX x_f4_w110 ON x_f4 (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_f4_w111 ON x_f4 (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_f4_w112 ON x_f4 (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_f4_w113 ON x_f4 (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_f4_w115 ON x_f4 (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_f4_w116 ON x_f4 (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_f8_w0 ON x_f8 (c) WHERE c IN (1.5, -2.5);
CREATE INDEX x_f8_w1 ON x_f8 (c) WHERE c NOT IN (1.5, -2.5);
CREATE INDEX x_f8_w2 ON x_f8 (c) WHERE c IN (1.5);
CREATE INDEX x_f8_w3 ON x_f8 (c) WHERE c = ANY (ARRAY[1.5, -2.5]);
CREATE INDEX x_f8_w4 ON x_f8 (c) WHERE c <> ALL (ARRAY[1.5, -2.5]);
CREATE INDEX x_f8_w5 ON x_f8 (c) WHERE c = ANY (ARRAY[1.5, -2.5, NULL]);
CREATE INDEX x_f8_w6 ON x_f8 (c) WHERE c IN (1.5, -2.5, NULL);
CREATE INDEX x_f8_w7 ON x_f8 (c) WHERE c = ANY (ARRAY[1.5, c]);
CREATE INDEX x_f8_w8 ON x_f8 (c) WHERE c IN (1.5, c);
CREATE INDEX x_f8_w9 ON x_f8 (c) WHERE c BETWEEN 1.5 AND -2.5;
CREATE INDEX x_f8_w10 ON x_f8 (c) WHERE c NOT BETWEEN 1.5 AND -2.5;
CREATE INDEX x_f8_w11 ON x_f8 (c) WHERE c BETWEEN SYMMETRIC -2.5 AND 1.5;
CREATE INDEX x_f8_w12 ON x_f8 (c) WHERE c NOT BETWEEN SYMMETRIC 1.5 AND -2.5;
CREATE INDEX x_f8_w13 ON x_f8 (c) WHERE c IS DISTINCT FROM 1.5;
CREATE INDEX x_f8_w14 ON x_f8 (c) WHERE c IS NOT DISTINCT FROM 1.5;
CREATE INDEX x_f8_w15 ON x_f8 (c) WHERE COALESCE(c, 1.5) = 1.5;
CREATE INDEX x_f8_w16 ON x_f8 (c) WHERE NULLIF(c, 1.5) IS NULL;
CREATE INDEX x_f8_w17 ON x_f8 (c) WHERE GREATEST(c, 1.5, -2.5) = -2.5;
CREATE INDEX x_f8_w18 ON x_f8 (c) WHERE LEAST(c, 1.5) <> -2.5;
CREATE INDEX x_f8_w19 ON x_f8 (c) WHERE CASE WHEN c = 1.5 THEN true ELSE c = -2.5 END;
CREATE INDEX x_f8_w20 ON x_f8 (c) WHERE CASE c WHEN 1.5 THEN 1 WHEN -2.5 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_f8_w21 ON x_f8 (c) WHERE (c, c) = (1.5, -2.5);
CREATE INDEX x_f8_w22 ON x_f8 (c) WHERE (c, c) < (1.5, -2.5);
CREATE INDEX x_f8_w23 ON x_f8 (c) WHERE (c, 1) IS DISTINCT FROM (1.5, 1);
CREATE INDEX x_f8_w24 ON x_f8 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_f8_w25 ON x_f8 (c) WHERE c::text <> '';
CREATE INDEX x_f8_w26 ON x_f8 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_f8_w27 ON x_f8 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_f8_w28 ON x_f8 (c) WHERE c = 1.5::double precision;
CREATE INDEX x_f8_w29 ON x_f8 (c) WHERE c <> CAST(-2.5 AS double precision);
CREATE INDEX x_f8_w30 ON x_f8 (c) WHERE c > 1.5 OR c < -2.5;
CREATE INDEX x_f8_w31 ON x_f8 (c) WHERE NOT (c = 1.5);
CREATE INDEX x_f8_w32 ON x_f8 (c) WHERE c IS NULL OR c <> 1.5;
CREATE INDEX x_f8_w33 ON x_f8 (c) WHERE c = ANY ('{}');
CREATE INDEX x_f8_w34 ON x_f8 (c) WHERE c = ANY ('{}'::double precision[]);
CREATE INDEX x_f8_w36 ON x_f8 (c) WHERE c = ALL (ARRAY[1.5]);
CREATE INDEX x_f8_w37 ON x_f8 (c) WHERE c > ANY (ARRAY[1.5, -2.5]);
CREATE INDEX x_f8_w38 ON x_f8 (c) WHERE c = ANY (ARRAY[1.5]::double precision[]);
CREATE INDEX x_f8_w39 ON x_f8 (c) WHERE c IN (1.5::double precision, -2.5::double precision);
CREATE INDEX x_f8_w40 ON x_f8 (c) WHERE c = ANY (ARRAY[1.5::double precision, -2.5::double precision]);
CREATE INDEX x_f8_w43 ON x_f8 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_f8_w44 ON x_f8 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_f8_w45 ON x_f8 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_f8_w46 ON x_f8 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_f8_w47 ON x_f8 (c) WHERE c > -1;
CREATE INDEX x_f8_w48 ON x_f8 (c) WHERE c > - 1;
CREATE INDEX x_f8_w49 ON x_f8 (c) WHERE c > -1.5;
CREATE INDEX x_f8_w50 ON x_f8 (c) WHERE c <> -(1);
CREATE INDEX x_f8_w51 ON x_f8 (c) WHERE -c < 5;
CREATE INDEX x_f8_w52 ON x_f8 (c) WHERE - c < 5;
CREATE INDEX x_f8_w53 ON x_f8 (c) WHERE c - -1 > 0;
CREATE INDEX x_f8_w54 ON x_f8 (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_f8_w55 ON x_f8 (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_f8_w56 ON x_f8 (c) WHERE c * -1.5 < 0;
CREATE INDEX x_f8_w57 ON x_f8 (c) WHERE c ^ 2 > 0;
CREATE INDEX x_f8_w58 ON x_f8 (c) WHERE @ c > 0;
CREATE INDEX x_f8_w59 ON x_f8 (c) WHERE abs(c) > 0;
CREATE INDEX x_f8_w61 ON x_f8 (c) WHERE |/ c > 0;
CREATE INDEX x_f8_w62 ON x_f8 (c) WHERE c::int > 0;
CREATE INDEX x_f8_w63 ON x_f8 (c) WHERE c > -1::int;
CREATE INDEX x_f8_w64 ON x_f8 (c) WHERE c > (-1)::int;
CREATE INDEX x_f8_w65 ON x_f8 (c) WHERE c > -1::numeric;
CREATE INDEX x_f8_w66 ON x_f8 (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_f8_w67 ON x_f8 (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_f8_w68 ON x_f8 (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_f8_w69 ON x_f8 (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_f8_w70 ON x_f8 (c) WHERE c > 1e10;
CREATE INDEX x_f8_w71 ON x_f8 (c) WHERE c < 1.0e-5;
CREATE INDEX x_f8_w72 ON x_f8 (c) WHERE c > .5;
CREATE INDEX x_f8_w73 ON x_f8 (c) WHERE c > 5.;
CREATE INDEX x_f8_w74 ON x_f8 (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_f8_w75 ON x_f8 (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_f8_w76 ON x_f8 (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_f8_w77 ON x_f8 (c) WHERE c < 9223372036854775807;
CREATE INDEX x_f8_w78 ON x_f8 (c) WHERE c > -9223372036854775808;
CREATE INDEX x_f8_w79 ON x_f8 (c) WHERE c < 2147483648;
CREATE INDEX x_f8_w80 ON x_f8 (c) WHERE c < 99999999999999999999;
CREATE INDEX x_f8_w81 ON x_f8 (c) WHERE c <> -0;
CREATE INDEX x_f8_w82 ON x_f8 (c) WHERE c <> -0.0;
CREATE INDEX x_f8_w83 ON x_f8 (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_f8_w84 ON x_f8 (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_f8_w85 ON x_f8 (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_f8_w86 ON x_f8 (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_f8_w87 ON x_f8 (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_f8_w88 ON x_f8 (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_f8_w89 ON x_f8 (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_f8_w90 ON x_f8 (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_f8_w91 ON x_f8 (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_f8_w92 ON x_f8 (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_f8_w93 ON x_f8 (c) WHERE c IN (1, 2.5);
CREATE INDEX x_f8_w94 ON x_f8 (c) WHERE c IN (-1, -2);
CREATE INDEX x_f8_w95 ON x_f8 (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_f8_w96 ON x_f8 (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_f8_w97 ON x_f8 (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_f8_w98 ON x_f8 (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_f8_w99 ON x_f8 (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_f8_w100 ON x_f8 (c) WHERE c > int4 '1';
CREATE INDEX x_f8_w101 ON x_f8 (c) WHERE c::text::int > 0;
CREATE INDEX x_f8_w102 ON x_f8 (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_f8_w103 ON x_f8 (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_f8_w104 ON x_f8 (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_f8_w105 ON x_f8 (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_f8_w106 ON x_f8 (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_f8_w107 ON x_f8 (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_f8_w108 ON x_f8 (c) WHERE NOT c > 0;
CREATE INDEX x_f8_w109 ON x_f8 (c) WHERE NOT (c > 0);
CREATE INDEX x_f8_w110 ON x_f8 (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_f8_w111 ON x_f8 (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_f8_w112 ON x_f8 (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_f8_w113 ON x_f8 (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_f8_w115 ON x_f8 (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_f8_w116 ON x_f8 (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_hs_w0 ON x_hs (c) WHERE c IN ('a=>1', hstore('a', 'b'));
CREATE INDEX x_hs_w1 ON x_hs (c) WHERE c NOT IN ('a=>1', hstore('a', 'b'));
CREATE INDEX x_hs_w2 ON x_hs (c) WHERE c IN ('a=>1');
CREATE INDEX x_hs_w3 ON x_hs (c) WHERE c = ANY (ARRAY['a=>1', hstore('a', 'b')]);
CREATE INDEX x_hs_w4 ON x_hs (c) WHERE c <> ALL (ARRAY['a=>1', hstore('a', 'b')]);
CREATE INDEX x_hs_w5 ON x_hs (c) WHERE c = ANY (ARRAY['a=>1', hstore('a', 'b'), NULL]);
CREATE INDEX x_hs_w6 ON x_hs (c) WHERE c IN ('a=>1', hstore('a', 'b'), NULL);
CREATE INDEX x_hs_w7 ON x_hs (c) WHERE c = ANY (ARRAY['a=>1', c]);
CREATE INDEX x_hs_w8 ON x_hs (c) WHERE c IN ('a=>1', c);
CREATE INDEX x_hs_w13 ON x_hs (c) WHERE c IS DISTINCT FROM 'a=>1';
CREATE INDEX x_hs_w14 ON x_hs (c) WHERE c IS NOT DISTINCT FROM 'a=>1';
CREATE INDEX x_hs_w15 ON x_hs (c) WHERE COALESCE(c, 'a=>1') = 'a=>1';
CREATE INDEX x_hs_w16 ON x_hs (c) WHERE NULLIF(c, 'a=>1') IS NULL;
CREATE INDEX x_hs_w17 ON x_hs (c) WHERE GREATEST(c, 'a=>1', hstore('a', 'b')) = hstore('a', 'b');
CREATE INDEX x_hs_w18 ON x_hs (c) WHERE LEAST(c, 'a=>1') <> hstore('a', 'b');
CREATE INDEX x_hs_w19 ON x_hs (c) WHERE CASE WHEN c = 'a=>1' THEN true ELSE c = hstore('a', 'b') END;
CREATE INDEX x_hs_w20 ON x_hs (c) WHERE CASE c WHEN 'a=>1' THEN 1 WHEN hstore('a', 'b') THEN 2 ELSE 0 END > 0;
CREATE INDEX x_hs_w21 ON x_hs (c) WHERE (c, c) = ('a=>1', hstore('a', 'b'));
CREATE INDEX x_hs_w23 ON x_hs (c) WHERE (c, 1) IS DISTINCT FROM ('a=>1', 1);
CREATE INDEX x_hs_w24 ON x_hs (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_hs_w25 ON x_hs (c) WHERE c::text <> '';
CREATE INDEX x_hs_w26 ON x_hs (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_hs_w27 ON x_hs (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_hs_w28 ON x_hs (c) WHERE c = 'a=>1'::hstore;
CREATE INDEX x_hs_w29 ON x_hs (c) WHERE c <> CAST(hstore('a', 'b') AS hstore);
CREATE INDEX x_hs_w31 ON x_hs (c) WHERE NOT (c = 'a=>1');
CREATE INDEX x_hs_w32 ON x_hs (c) WHERE c IS NULL OR c <> 'a=>1';
CREATE INDEX x_hs_w33 ON x_hs (c) WHERE c = ANY ('{}');
CREATE INDEX x_hs_w34 ON x_hs (c) WHERE c = ANY ('{}'::hstore[]);
CREATE INDEX x_hs_w38 ON x_hs (c) WHERE c = ANY (ARRAY['a=>1']::hstore[]);
CREATE INDEX x_hs_w39 ON x_hs (c) WHERE c IN ('a=>1'::hstore, hstore('a', 'b')::hstore);
CREATE INDEX x_hs_w40 ON x_hs (c) WHERE c = ANY (ARRAY['a=>1'::hstore, hstore('a', 'b')::hstore]);
CREATE INDEX x_hs_w42 ON x_hs (c) WHERE ARRAY[c, 'a=>1'] = ARRAY['a=>1', hstore('a', 'b')];
CREATE INDEX x_hs_w43 ON x_hs (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_hs_w44 ON x_hs (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_hs_w45 ON x_hs (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_hs_w46 ON x_hs (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_hs_w47 ON x_hs (c) WHERE c ? 'a';
CREATE INDEX x_hs_w48 ON x_hs (c) WHERE c -> 'a' <> '';
CREATE INDEX x_hs_w49 ON x_hs (c) WHERE c @> 'a=>1';
CREATE INDEX x_hs_w50 ON x_hs (c) WHERE c ?| ARRAY['a'];
CREATE INDEX x_hs_w51 ON x_hs (c) WHERE exist(c, 'a');
CREATE INDEX x_hs_w52 ON x_hs (c) WHERE c -> ARRAY['a'] <> '{}';
CREATE INDEX x_hs_w53 ON x_hs (c) WHERE defined(c, 'a');
CREATE INDEX x_i2_w0 ON x_i2 (c) WHERE c IN (1, -2);
CREATE INDEX x_i2_w1 ON x_i2 (c) WHERE c NOT IN (1, -2);
CREATE INDEX x_i2_w2 ON x_i2 (c) WHERE c IN (1);
CREATE INDEX x_i2_w3 ON x_i2 (c) WHERE c = ANY (ARRAY[1, -2]);
CREATE INDEX x_i2_w4 ON x_i2 (c) WHERE c <> ALL (ARRAY[1, -2]);
CREATE INDEX x_i2_w5 ON x_i2 (c) WHERE c = ANY (ARRAY[1, -2, NULL]);
CREATE INDEX x_i2_w6 ON x_i2 (c) WHERE c IN (1, -2, NULL);
CREATE INDEX x_i2_w7 ON x_i2 (c) WHERE c = ANY (ARRAY[1, c]);
CREATE INDEX x_i2_w8 ON x_i2 (c) WHERE c IN (1, c);
CREATE INDEX x_i2_w9 ON x_i2 (c) WHERE c BETWEEN 1 AND -2;
CREATE INDEX x_i2_w10 ON x_i2 (c) WHERE c NOT BETWEEN 1 AND -2;
CREATE INDEX x_i2_w11 ON x_i2 (c) WHERE c BETWEEN SYMMETRIC -2 AND 1;
CREATE INDEX x_i2_w12 ON x_i2 (c) WHERE c NOT BETWEEN SYMMETRIC 1 AND -2;
CREATE INDEX x_i2_w13 ON x_i2 (c) WHERE c IS DISTINCT FROM 1;
CREATE INDEX x_i2_w14 ON x_i2 (c) WHERE c IS NOT DISTINCT FROM 1;
CREATE INDEX x_i2_w15 ON x_i2 (c) WHERE COALESCE(c, 1) = 1;
CREATE INDEX x_i2_w16 ON x_i2 (c) WHERE NULLIF(c, 1) IS NULL;
CREATE INDEX x_i2_w17 ON x_i2 (c) WHERE GREATEST(c, 1, -2) = -2;
CREATE INDEX x_i2_w18 ON x_i2 (c) WHERE LEAST(c, 1) <> -2;
CREATE INDEX x_i2_w19 ON x_i2 (c) WHERE CASE WHEN c = 1 THEN true ELSE c = -2 END;
CREATE INDEX x_i2_w20 ON x_i2 (c) WHERE CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_i2_w21 ON x_i2 (c) WHERE (c, c) = (1, -2);
CREATE INDEX x_i2_w22 ON x_i2 (c) WHERE (c, c) < (1, -2);
CREATE INDEX x_i2_w23 ON x_i2 (c) WHERE (c, 1) IS DISTINCT FROM (1, 1);
CREATE INDEX x_i2_w24 ON x_i2 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_i2_w25 ON x_i2 (c) WHERE c::text <> '';
CREATE INDEX x_i2_w26 ON x_i2 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_i2_w27 ON x_i2 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_i2_w28 ON x_i2 (c) WHERE c = 1::smallint;
CREATE INDEX x_i2_w29 ON x_i2 (c) WHERE c <> CAST(-2 AS smallint);
CREATE INDEX x_i2_w30 ON x_i2 (c) WHERE c > 1 OR c < -2;
CREATE INDEX x_i2_w31 ON x_i2 (c) WHERE NOT (c = 1);
CREATE INDEX x_i2_w32 ON x_i2 (c) WHERE c IS NULL OR c <> 1;
CREATE INDEX x_i2_w33 ON x_i2 (c) WHERE c = ANY ('{}');
CREATE INDEX x_i2_w34 ON x_i2 (c) WHERE c = ANY ('{}'::smallint[]);
CREATE INDEX x_i2_w36 ON x_i2 (c) WHERE c = ALL (ARRAY[1]);
CREATE INDEX x_i2_w37 ON x_i2 (c) WHERE c > ANY (ARRAY[1, -2]);
CREATE INDEX x_i2_w38 ON x_i2 (c) WHERE c = ANY (ARRAY[1]::smallint[]);
CREATE INDEX x_i2_w39 ON x_i2 (c) WHERE c IN (1::smallint, -2::smallint);
CREATE INDEX x_i2_w40 ON x_i2 (c) WHERE c = ANY (ARRAY[1::smallint, -2::smallint]);
CREATE INDEX x_i2_w42 ON x_i2 (c) WHERE ARRAY[c, 1] = ARRAY[1, -2];
CREATE INDEX x_i2_w43 ON x_i2 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_i2_w44 ON x_i2 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_i2_w45 ON x_i2 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_i2_w46 ON x_i2 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_i2_w47 ON x_i2 (c) WHERE c > -1;
CREATE INDEX x_i2_w48 ON x_i2 (c) WHERE c > - 1;
CREATE INDEX x_i2_w49 ON x_i2 (c) WHERE c > -1.5;
CREATE INDEX x_i2_w50 ON x_i2 (c) WHERE c <> -(1);
CREATE INDEX x_i2_w51 ON x_i2 (c) WHERE -c < 5;
CREATE INDEX x_i2_w52 ON x_i2 (c) WHERE - c < 5;
CREATE INDEX x_i2_w53 ON x_i2 (c) WHERE c - -1 > 0;
CREATE INDEX x_i2_w54 ON x_i2 (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_i2_w55 ON x_i2 (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_i2_w56 ON x_i2 (c) WHERE c * -1.5 < 0;
CREATE INDEX x_i2_w57 ON x_i2 (c) WHERE c ^ 2 > 0;
CREATE INDEX x_i2_w58 ON x_i2 (c) WHERE @ c > 0;
CREATE INDEX x_i2_w59 ON x_i2 (c) WHERE abs(c) > 0;
CREATE INDEX x_i2_w60 ON x_i2 (c) WHERE c % 2 = 0;
CREATE INDEX x_i2_w61 ON x_i2 (c) WHERE |/ c > 0;
CREATE INDEX x_i2_w62 ON x_i2 (c) WHERE c::int > 0;
CREATE INDEX x_i2_w63 ON x_i2 (c) WHERE c > -1::int;
CREATE INDEX x_i2_w64 ON x_i2 (c) WHERE c > (-1)::int;
CREATE INDEX x_i2_w65 ON x_i2 (c) WHERE c > -1::numeric;
CREATE INDEX x_i2_w66 ON x_i2 (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_i2_w67 ON x_i2 (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_i2_w68 ON x_i2 (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_i2_w69 ON x_i2 (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_i2_w70 ON x_i2 (c) WHERE c > 1e10;
CREATE INDEX x_i2_w71 ON x_i2 (c) WHERE c < 1.0e-5;
CREATE INDEX x_i2_w72 ON x_i2 (c) WHERE c > .5;
CREATE INDEX x_i2_w73 ON x_i2 (c) WHERE c > 5.;
CREATE INDEX x_i2_w74 ON x_i2 (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_i2_w75 ON x_i2 (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_i2_w76 ON x_i2 (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_i2_w77 ON x_i2 (c) WHERE c < 9223372036854775807;
CREATE INDEX x_i2_w78 ON x_i2 (c) WHERE c > -9223372036854775808;
CREATE INDEX x_i2_w79 ON x_i2 (c) WHERE c < 2147483648;
CREATE INDEX x_i2_w80 ON x_i2 (c) WHERE c < 99999999999999999999;
CREATE INDEX x_i2_w81 ON x_i2 (c) WHERE c <> -0;
CREATE INDEX x_i2_w82 ON x_i2 (c) WHERE c <> -0.0;
CREATE INDEX x_i2_w83 ON x_i2 (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_i2_w84 ON x_i2 (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_i2_w85 ON x_i2 (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_i2_w86 ON x_i2 (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_i2_w87 ON x_i2 (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_i2_w88 ON x_i2 (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_i2_w89 ON x_i2 (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_i2_w90 ON x_i2 (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_i2_w91 ON x_i2 (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_i2_w92 ON x_i2 (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_i2_w93 ON x_i2 (c) WHERE c IN (1, 2.5);
CREATE INDEX x_i2_w94 ON x_i2 (c) WHERE c IN (-1, -2);
CREATE INDEX x_i2_w95 ON x_i2 (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_i2_w96 ON x_i2 (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_i2_w97 ON x_i2 (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_i2_w98 ON x_i2 (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_i2_w99 ON x_i2 (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_i2_w100 ON x_i2 (c) WHERE c > int4 '1';
CREATE INDEX x_i2_w101 ON x_i2 (c) WHERE c::text::int > 0;
CREATE INDEX x_i2_w102 ON x_i2 (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_i2_w103 ON x_i2 (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_i2_w104 ON x_i2 (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_i2_w105 ON x_i2 (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_i2_w106 ON x_i2 (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_i2_w107 ON x_i2 (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_i2_w108 ON x_i2 (c) WHERE NOT c > 0;
CREATE INDEX x_i2_w109 ON x_i2 (c) WHERE NOT (c > 0);
CREATE INDEX x_i2_w110 ON x_i2 (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_i2_w111 ON x_i2 (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_i2_w112 ON x_i2 (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_i2_w113 ON x_i2 (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_i2_w115 ON x_i2 (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_i2_w116 ON x_i2 (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_i2_w117 ON x_i2 (c) WHERE c & 1 = 0;
CREATE INDEX x_i2_w118 ON x_i2 (c) WHERE c | 1 > 0;
CREATE INDEX x_i2_w119 ON x_i2 (c) WHERE c # 1 > 0;
CREATE INDEX x_i2_w120 ON x_i2 (c) WHERE ~c < 0;
CREATE INDEX x_i2_w121 ON x_i2 (c) WHERE c << 1 > 0;
CREATE INDEX x_i2_w122 ON x_i2 (c) WHERE c >> 1 > 0;
CREATE INDEX x_i2_w123 ON x_i2 (c) WHERE c / 2 * 2 = c;
CREATE INDEX x_i2_w124 ON x_i2 (c) WHERE c::bigint > 0;
CREATE INDEX x_i2_w125 ON x_i2 (c) WHERE c::smallint > 0;
CREATE INDEX x_i2_w126 ON x_i2 (c) WHERE (-c)::text <> '';
CREATE INDEX x_i2_w127 ON x_i2 (c) WHERE 2 ^ c > 0;
CREATE INDEX x_i2_w128 ON x_i2 (c) WHERE factorial(c) > 0;
CREATE INDEX x_i2_w130 ON x_i2 (c) WHERE c::oid > 0;
CREATE INDEX x_i2_w131 ON x_i2 (c) WHERE c::text = '1';
CREATE INDEX x_i2_w134 ON x_i2 (c) WHERE -c::int > 0;
CREATE INDEX x_i2_w135 ON x_i2 (c) WHERE -(c::int) > 0;
CREATE INDEX x_i2_w136 ON x_i2 (c) WHERE (-c)::int > 0;
CREATE INDEX x_i8_w0 ON x_i8 (c) WHERE c IN (1, -2);
CREATE INDEX x_i8_w1 ON x_i8 (c) WHERE c NOT IN (1, -2);
CREATE INDEX x_i8_w2 ON x_i8 (c) WHERE c IN (1);
CREATE INDEX x_i8_w3 ON x_i8 (c) WHERE c = ANY (ARRAY[1, -2]);
CREATE INDEX x_i8_w4 ON x_i8 (c) WHERE c <> ALL (ARRAY[1, -2]);
CREATE INDEX x_i8_w5 ON x_i8 (c) WHERE c = ANY (ARRAY[1, -2, NULL]);
CREATE INDEX x_i8_w6 ON x_i8 (c) WHERE c IN (1, -2, NULL);
CREATE INDEX x_i8_w7 ON x_i8 (c) WHERE c = ANY (ARRAY[1, c]);
CREATE INDEX x_i8_w8 ON x_i8 (c) WHERE c IN (1, c);
CREATE INDEX x_i8_w9 ON x_i8 (c) WHERE c BETWEEN 1 AND -2;
CREATE INDEX x_i8_w10 ON x_i8 (c) WHERE c NOT BETWEEN 1 AND -2;
CREATE INDEX x_i8_w11 ON x_i8 (c) WHERE c BETWEEN SYMMETRIC -2 AND 1;
CREATE INDEX x_i8_w12 ON x_i8 (c) WHERE c NOT BETWEEN SYMMETRIC 1 AND -2;
CREATE INDEX x_i8_w13 ON x_i8 (c) WHERE c IS DISTINCT FROM 1;
CREATE INDEX x_i8_w14 ON x_i8 (c) WHERE c IS NOT DISTINCT FROM 1;
CREATE INDEX x_i8_w15 ON x_i8 (c) WHERE COALESCE(c, 1) = 1;
CREATE INDEX x_i8_w16 ON x_i8 (c) WHERE NULLIF(c, 1) IS NULL;
CREATE INDEX x_i8_w17 ON x_i8 (c) WHERE GREATEST(c, 1, -2) = -2;
CREATE INDEX x_i8_w18 ON x_i8 (c) WHERE LEAST(c, 1) <> -2;
CREATE INDEX x_i8_w19 ON x_i8 (c) WHERE CASE WHEN c = 1 THEN true ELSE c = -2 END;
CREATE INDEX x_i8_w20 ON x_i8 (c) WHERE CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_i8_w21 ON x_i8 (c) WHERE (c, c) = (1, -2);
CREATE INDEX x_i8_w22 ON x_i8 (c) WHERE (c, c) < (1, -2);
CREATE INDEX x_i8_w23 ON x_i8 (c) WHERE (c, 1) IS DISTINCT FROM (1, 1);
CREATE INDEX x_i8_w24 ON x_i8 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_i8_w25 ON x_i8 (c) WHERE c::text <> '';
CREATE INDEX x_i8_w26 ON x_i8 (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_i8_w27 ON x_i8 (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_i8_w28 ON x_i8 (c) WHERE c = 1::bigint;
CREATE INDEX x_i8_w29 ON x_i8 (c) WHERE c <> CAST(-2 AS bigint);
CREATE INDEX x_i8_w30 ON x_i8 (c) WHERE c > 1 OR c < -2;
CREATE INDEX x_i8_w31 ON x_i8 (c) WHERE NOT (c = 1);
CREATE INDEX x_i8_w32 ON x_i8 (c) WHERE c IS NULL OR c <> 1;
CREATE INDEX x_i8_w33 ON x_i8 (c) WHERE c = ANY ('{}');
CREATE INDEX x_i8_w34 ON x_i8 (c) WHERE c = ANY ('{}'::bigint[]);
CREATE INDEX x_i8_w36 ON x_i8 (c) WHERE c = ALL (ARRAY[1]);
CREATE INDEX x_i8_w37 ON x_i8 (c) WHERE c > ANY (ARRAY[1, -2]);
CREATE INDEX x_i8_w38 ON x_i8 (c) WHERE c = ANY (ARRAY[1]::bigint[]);
CREATE INDEX x_i8_w39 ON x_i8 (c) WHERE c IN (1::bigint, -2::bigint);
CREATE INDEX x_i8_w40 ON x_i8 (c) WHERE c = ANY (ARRAY[1::bigint, -2::bigint]);
CREATE INDEX x_i8_w43 ON x_i8 (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_i8_w44 ON x_i8 (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_i8_w45 ON x_i8 (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_i8_w46 ON x_i8 (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_i8_w47 ON x_i8 (c) WHERE c > -1;
CREATE INDEX x_i8_w48 ON x_i8 (c) WHERE c > - 1;
CREATE INDEX x_i8_w49 ON x_i8 (c) WHERE c > -1.5;
CREATE INDEX x_i8_w50 ON x_i8 (c) WHERE c <> -(1);
CREATE INDEX x_i8_w51 ON x_i8 (c) WHERE -c < 5;
CREATE INDEX x_i8_w52 ON x_i8 (c) WHERE - c < 5;
CREATE INDEX x_i8_w53 ON x_i8 (c) WHERE c - -1 > 0;
CREATE INDEX x_i8_w54 ON x_i8 (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_i8_w55 ON x_i8 (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_i8_w56 ON x_i8 (c) WHERE c * -1.5 < 0;
CREATE INDEX x_i8_w57 ON x_i8 (c) WHERE c ^ 2 > 0;
CREATE INDEX x_i8_w58 ON x_i8 (c) WHERE @ c > 0;
CREATE INDEX x_i8_w59 ON x_i8 (c) WHERE abs(c) > 0;
CREATE INDEX x_i8_w60 ON x_i8 (c) WHERE c % 2 = 0;
CREATE INDEX x_i8_w61 ON x_i8 (c) WHERE |/ c > 0;
CREATE INDEX x_i8_w62 ON x_i8 (c) WHERE c::int > 0;
CREATE INDEX x_i8_w63 ON x_i8 (c) WHERE c > -1::int;
CREATE INDEX x_i8_w64 ON x_i8 (c) WHERE c > (-1)::int;
CREATE INDEX x_i8_w65 ON x_i8 (c) WHERE c > -1::numeric;
CREATE INDEX x_i8_w66 ON x_i8 (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_i8_w67 ON x_i8 (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_i8_w68 ON x_i8 (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_i8_w69 ON x_i8 (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_i8_w70 ON x_i8 (c) WHERE c > 1e10;
CREATE INDEX x_i8_w71 ON x_i8 (c) WHERE c < 1.0e-5;
CREATE INDEX x_i8_w72 ON x_i8 (c) WHERE c > .5;
CREATE INDEX x_i8_w73 ON x_i8 (c) WHERE c > 5.;
CREATE INDEX x_i8_w74 ON x_i8 (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_i8_w75 ON x_i8 (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_i8_w76 ON x_i8 (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_i8_w77 ON x_i8 (c) WHERE c < 9223372036854775807;
CREATE INDEX x_i8_w78 ON x_i8 (c) WHERE c > -9223372036854775808;
CREATE INDEX x_i8_w79 ON x_i8 (c) WHERE c < 2147483648;
CREATE INDEX x_i8_w80 ON x_i8 (c) WHERE c < 99999999999999999999;
CREATE INDEX x_i8_w81 ON x_i8 (c) WHERE c <> -0;
CREATE INDEX x_i8_w82 ON x_i8 (c) WHERE c <> -0.0;
CREATE INDEX x_i8_w83 ON x_i8 (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_i8_w84 ON x_i8 (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_i8_w85 ON x_i8 (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_i8_w86 ON x_i8 (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_i8_w87 ON x_i8 (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_i8_w88 ON x_i8 (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_i8_w89 ON x_i8 (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_i8_w90 ON x_i8 (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_i8_w91 ON x_i8 (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_i8_w92 ON x_i8 (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_i8_w93 ON x_i8 (c) WHERE c IN (1, 2.5);
CREATE INDEX x_i8_w94 ON x_i8 (c) WHERE c IN (-1, -2);
CREATE INDEX x_i8_w95 ON x_i8 (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_i8_w96 ON x_i8 (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_i8_w97 ON x_i8 (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_i8_w98 ON x_i8 (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_i8_w99 ON x_i8 (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_i8_w100 ON x_i8 (c) WHERE c > int4 '1';
CREATE INDEX x_i8_w101 ON x_i8 (c) WHERE c::text::int > 0;
CREATE INDEX x_i8_w102 ON x_i8 (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_i8_w103 ON x_i8 (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_i8_w104 ON x_i8 (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_i8_w105 ON x_i8 (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_i8_w106 ON x_i8 (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_i8_w107 ON x_i8 (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_i8_w108 ON x_i8 (c) WHERE NOT c > 0;
CREATE INDEX x_i8_w109 ON x_i8 (c) WHERE NOT (c > 0);
CREATE INDEX x_i8_w110 ON x_i8 (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_i8_w111 ON x_i8 (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_i8_w112 ON x_i8 (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_i8_w113 ON x_i8 (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_i8_w115 ON x_i8 (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_i8_w116 ON x_i8 (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_i8_w117 ON x_i8 (c) WHERE c & 1 = 0;
CREATE INDEX x_i8_w118 ON x_i8 (c) WHERE c | 1 > 0;
CREATE INDEX x_i8_w119 ON x_i8 (c) WHERE c # 1 > 0;
CREATE INDEX x_i8_w120 ON x_i8 (c) WHERE ~c < 0;
CREATE INDEX x_i8_w121 ON x_i8 (c) WHERE c << 1 > 0;
CREATE INDEX x_i8_w122 ON x_i8 (c) WHERE c >> 1 > 0;
CREATE INDEX x_i8_w123 ON x_i8 (c) WHERE c / 2 * 2 = c;
CREATE INDEX x_i8_w124 ON x_i8 (c) WHERE c::bigint > 0;
CREATE INDEX x_i8_w125 ON x_i8 (c) WHERE c::smallint > 0;
CREATE INDEX x_i8_w126 ON x_i8 (c) WHERE (-c)::text <> '';
CREATE INDEX x_i8_w127 ON x_i8 (c) WHERE 2 ^ c > 0;
CREATE INDEX x_i8_w128 ON x_i8 (c) WHERE factorial(c) > 0;
CREATE INDEX x_i8_w130 ON x_i8 (c) WHERE c::oid > 0;
CREATE INDEX x_i8_w131 ON x_i8 (c) WHERE c::text = '1';
CREATE INDEX x_i8_w133 ON x_i8 (c) WHERE c::bit(3) <> '000';
CREATE INDEX x_i8_w134 ON x_i8 (c) WHERE -c::int > 0;
CREATE INDEX x_i8_w135 ON x_i8 (c) WHERE -(c::int) > 0;
CREATE INDEX x_i8_w136 ON x_i8 (c) WHERE (-c)::int > 0;
CREATE INDEX x_ip_w0 ON x_ip (c) WHERE c IN ('10.0.0.1', '::1');
CREATE INDEX x_ip_w1 ON x_ip (c) WHERE c NOT IN ('10.0.0.1', '::1');
CREATE INDEX x_ip_w2 ON x_ip (c) WHERE c IN ('10.0.0.1');
CREATE INDEX x_ip_w6 ON x_ip (c) WHERE c IN ('10.0.0.1', '::1', NULL);
CREATE INDEX x_ip_w7 ON x_ip (c) WHERE c = ANY (ARRAY['10.0.0.1', c]);
CREATE INDEX x_ip_w8 ON x_ip (c) WHERE c IN ('10.0.0.1', c);
CREATE INDEX x_ip_w9 ON x_ip (c) WHERE c BETWEEN '10.0.0.1' AND '::1';
CREATE INDEX x_ip_w10 ON x_ip (c) WHERE c NOT BETWEEN '10.0.0.1' AND '::1';
CREATE INDEX x_ip_w11 ON x_ip (c) WHERE c BETWEEN SYMMETRIC '::1' AND '10.0.0.1';
CREATE INDEX x_ip_w12 ON x_ip (c) WHERE c NOT BETWEEN SYMMETRIC '10.0.0.1' AND '::1';
CREATE INDEX x_ip_w13 ON x_ip (c) WHERE c IS DISTINCT FROM '10.0.0.1';
CREATE INDEX x_ip_w14 ON x_ip (c) WHERE c IS NOT DISTINCT FROM '10.0.0.1';
CREATE INDEX x_ip_w15 ON x_ip (c) WHERE COALESCE(c, '10.0.0.1') = '10.0.0.1';
CREATE INDEX x_ip_w16 ON x_ip (c) WHERE NULLIF(c, '10.0.0.1') IS NULL;
CREATE INDEX x_ip_w17 ON x_ip (c) WHERE GREATEST(c, '10.0.0.1', '::1') = '::1';
CREATE INDEX x_ip_w18 ON x_ip (c) WHERE LEAST(c, '10.0.0.1') <> '::1';
CREATE INDEX x_ip_w19 ON x_ip (c) WHERE CASE WHEN c = '10.0.0.1' THEN true ELSE c = '::1' END;
CREATE INDEX x_ip_w20 ON x_ip (c) WHERE CASE c WHEN '10.0.0.1' THEN 1 WHEN '::1' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_ip_w21 ON x_ip (c) WHERE (c, c) = ('10.0.0.1', '::1');
CREATE INDEX x_ip_w22 ON x_ip (c) WHERE (c, c) < ('10.0.0.1', '::1');
CREATE INDEX x_ip_w23 ON x_ip (c) WHERE (c, 1) IS DISTINCT FROM ('10.0.0.1', 1);
CREATE INDEX x_ip_w24 ON x_ip (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_ip_w25 ON x_ip (c) WHERE c::text <> '';
CREATE INDEX x_ip_w26 ON x_ip (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_ip_w27 ON x_ip (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_ip_w28 ON x_ip (c) WHERE c = '10.0.0.1'::inet;
CREATE INDEX x_ip_w29 ON x_ip (c) WHERE c <> CAST('::1' AS inet);
CREATE INDEX x_ip_w30 ON x_ip (c) WHERE c > '10.0.0.1' OR c < '::1';
CREATE INDEX x_ip_w31 ON x_ip (c) WHERE NOT (c = '10.0.0.1');
CREATE INDEX x_ip_w32 ON x_ip (c) WHERE c IS NULL OR c <> '10.0.0.1';
CREATE INDEX x_ip_w33 ON x_ip (c) WHERE c = ANY ('{}');
CREATE INDEX x_ip_w34 ON x_ip (c) WHERE c = ANY ('{}'::inet[]);
CREATE INDEX x_ip_w38 ON x_ip (c) WHERE c = ANY (ARRAY['10.0.0.1']::inet[]);
CREATE INDEX x_ip_w39 ON x_ip (c) WHERE c IN ('10.0.0.1'::inet, '::1'::inet);
CREATE INDEX x_ip_w40 ON x_ip (c) WHERE c = ANY (ARRAY['10.0.0.1'::inet, '::1'::inet]);
CREATE INDEX x_ip_w43 ON x_ip (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_ip_w44 ON x_ip (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_ip_w45 ON x_ip (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_ip_w46 ON x_ip (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_ip_w47 ON x_ip (c) WHERE c << '10.0.0.0/8';
CREATE INDEX x_ip_w48 ON x_ip (c) WHERE c <<= '10.0.0.0/8';
CREATE INDEX x_ip_w49 ON x_ip (c) WHERE c >> '10.0.0.1';
CREATE INDEX x_ip_w50 ON x_ip (c) WHERE c && '10.0.0.0/8';
CREATE INDEX x_ip_w51 ON x_ip (c) WHERE masklen(c) > 8;
CREATE INDEX x_ip_w52 ON x_ip (c) WHERE family(c) = 4;
CREATE INDEX x_ip_w53 ON x_ip (c) WHERE host(c) <> '';
CREATE INDEX x_ip_w54 ON x_ip (c) WHERE c & '255.0.0.0' <> '0.0.0.0';
CREATE INDEX x_ip_w55 ON x_ip (c) WHERE ~c <> c;
CREATE INDEX x_ip_w56 ON x_ip (c) WHERE c + 1 > c;
CREATE INDEX x_ip_w57 ON x_ip (c) WHERE c - 1 < c;
CREATE INDEX x_ip_w58 ON x_ip (c) WHERE c - '10.0.0.0'::inet > 0;
CREATE INDEX x_ip_w59 ON x_ip (c) WHERE abbrev(c) <> '';
CREATE INDEX x_ip_w60 ON x_ip (c) WHERE c = ANY (ARRAY['10.0.0.1'::inet]);
CREATE INDEX x_ip_w61 ON x_ip (c) WHERE set_masklen(c::cidr, 8) <> c;
CREATE INDEX x_iv_w0 ON x_iv (c) WHERE c IN ('1 day', '2 hours');
CREATE INDEX x_iv_w1 ON x_iv (c) WHERE c NOT IN ('1 day', '2 hours');
CREATE INDEX x_iv_w2 ON x_iv (c) WHERE c IN ('1 day');
CREATE INDEX x_iv_w6 ON x_iv (c) WHERE c IN ('1 day', '2 hours', NULL);
CREATE INDEX x_iv_w7 ON x_iv (c) WHERE c = ANY (ARRAY['1 day', c]);
CREATE INDEX x_iv_w8 ON x_iv (c) WHERE c IN ('1 day', c);
CREATE INDEX x_iv_w9 ON x_iv (c) WHERE c BETWEEN '1 day' AND '2 hours';
CREATE INDEX x_iv_w10 ON x_iv (c) WHERE c NOT BETWEEN '1 day' AND '2 hours';
CREATE INDEX x_iv_w11 ON x_iv (c) WHERE c BETWEEN SYMMETRIC '2 hours' AND '1 day';
CREATE INDEX x_iv_w12 ON x_iv (c) WHERE c NOT BETWEEN SYMMETRIC '1 day' AND '2 hours';
CREATE INDEX x_iv_w13 ON x_iv (c) WHERE c IS DISTINCT FROM '1 day';
CREATE INDEX x_iv_w14 ON x_iv (c) WHERE c IS NOT DISTINCT FROM '1 day';
CREATE INDEX x_iv_w15 ON x_iv (c) WHERE COALESCE(c, '1 day') = '1 day';
CREATE INDEX x_iv_w16 ON x_iv (c) WHERE NULLIF(c, '1 day') IS NULL;
CREATE INDEX x_iv_w17 ON x_iv (c) WHERE GREATEST(c, '1 day', '2 hours') = '2 hours';
CREATE INDEX x_iv_w18 ON x_iv (c) WHERE LEAST(c, '1 day') <> '2 hours';
CREATE INDEX x_iv_w19 ON x_iv (c) WHERE CASE WHEN c = '1 day' THEN true ELSE c = '2 hours' END;
CREATE INDEX x_iv_w20 ON x_iv (c) WHERE CASE c WHEN '1 day' THEN 1 WHEN '2 hours' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_iv_w21 ON x_iv (c) WHERE (c, c) = ('1 day', '2 hours');
CREATE INDEX x_iv_w22 ON x_iv (c) WHERE (c, c) < ('1 day', '2 hours');
CREATE INDEX x_iv_w23 ON x_iv (c) WHERE (c, 1) IS DISTINCT FROM ('1 day', 1);
CREATE INDEX x_iv_w24 ON x_iv (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_iv_w28 ON x_iv (c) WHERE c = '1 day'::interval;
CREATE INDEX x_iv_w29 ON x_iv (c) WHERE c <> CAST('2 hours' AS interval);
CREATE INDEX x_iv_w30 ON x_iv (c) WHERE c > '1 day' OR c < '2 hours';
CREATE INDEX x_iv_w31 ON x_iv (c) WHERE NOT (c = '1 day');
CREATE INDEX x_iv_w32 ON x_iv (c) WHERE c IS NULL OR c <> '1 day';
CREATE INDEX x_iv_w33 ON x_iv (c) WHERE c = ANY ('{}');
CREATE INDEX x_iv_w34 ON x_iv (c) WHERE c = ANY ('{}'::interval[]);
CREATE INDEX x_iv_w38 ON x_iv (c) WHERE c = ANY (ARRAY['1 day']::interval[]);
CREATE INDEX x_iv_w39 ON x_iv (c) WHERE c IN ('1 day'::interval, '2 hours'::interval);
CREATE INDEX x_iv_w40 ON x_iv (c) WHERE c = ANY (ARRAY['1 day'::interval, '2 hours'::interval]);
CREATE INDEX x_iv_w47 ON x_iv (c) WHERE c > interval '1' hour;
CREATE INDEX x_iv_w48 ON x_iv (c) WHERE c > INTERVAL '1' HOUR;
CREATE INDEX x_iv_w49 ON x_iv (c) WHERE c > interval '1 day';
CREATE INDEX x_iv_w50 ON x_iv (c) WHERE c > interval '1-2' year to month;
CREATE INDEX x_iv_w51 ON x_iv (c) WHERE c > interval(0) '1.5 s';
CREATE INDEX x_iv_w52 ON x_iv (c) WHERE c > '1 day';
CREATE INDEX x_iv_w53 ON x_iv (c) WHERE c < '-1 day'::interval;
CREATE INDEX x_iv_w54 ON x_iv (c) WHERE c > - interval '1 day';
CREATE INDEX x_iv_w55 ON x_iv (c) WHERE c > -'1 day'::interval;
CREATE INDEX x_iv_w56 ON x_iv (c) WHERE -c < '1 day';
CREATE INDEX x_iv_w57 ON x_iv (c) WHERE c * 2 > '1 day';
CREATE INDEX x_iv_w58 ON x_iv (c) WHERE c / 2 > '1 day';
CREATE INDEX x_iv_w59 ON x_iv (c) WHERE justify_hours(c) > '1 day';
CREATE INDEX x_iv_w60 ON x_iv (c) WHERE EXTRACT(epoch FROM c) > 0;
CREATE INDEX x_iv_w61 ON x_iv (c) WHERE EXTRACT('Day' FROM c) > 0;
CREATE INDEX x_iv_w62 ON x_iv (c) WHERE c > interval '1' day to second;
CREATE INDEX x_iv_w63 ON x_iv (c) WHERE c > interval '1 02:03' day to minute;
CREATE INDEX x_iv_w64 ON x_iv (c) WHERE c > make_interval(hours => 1);
CREATE INDEX x_iv_w65 ON x_iv (c) WHERE c IN ('1 day', '2 days');
CREATE INDEX x_iv_w66 ON x_iv (c) WHERE c = ANY (ARRAY[interval '1 day']);
CREATE INDEX x_js_w24 ON x_js ((c IS NULL)) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_js_w25 ON x_js ((c IS NULL)) WHERE c::text <> '';
CREATE INDEX x_js_w26 ON x_js ((c IS NULL)) WHERE CAST(c AS text) <> '';
CREATE INDEX x_js_w27 ON x_js ((c IS NULL)) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_js_w43 ON x_js ((c IS NULL)) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_js_w44 ON x_js ((c IS NULL)) WHERE c::text IN ('a', 'b');
CREATE INDEX x_js_w45 ON x_js ((c IS NULL)) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_js_w46 ON x_js ((c IS NULL)) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_js_w47 ON x_js ((c IS NULL)) WHERE c -> 'a' IS NOT NULL;
CREATE INDEX x_js_w48 ON x_js ((c IS NULL)) WHERE c ->> 'a' <> '';
CREATE INDEX x_js_w49 ON x_js ((c IS NULL)) WHERE c #> '{a}' IS NOT NULL;
CREATE INDEX x_js_w50 ON x_js ((c IS NULL)) WHERE c #>> '{a,b}' <> '';
CREATE INDEX x_js_w51 ON x_js ((c IS NULL)) WHERE c -> 0 IS NULL;
CREATE INDEX x_js_w52 ON x_js ((c IS NULL)) WHERE (c -> 'a')::text <> '';
CREATE INDEX x_js_w53 ON x_js ((c IS NULL)) WHERE (c ->> 'a')::int > 0;
CREATE INDEX x_js_w54 ON x_js ((c IS NULL)) WHERE c ->> 'a' IN ('x', 'y');
CREATE INDEX x_js_w55 ON x_js ((c IS NULL)) WHERE json_typeof(c::json) = 'object';
CREATE INDEX x_js_w56 ON x_js ((c IS NULL)) WHERE (c ->> 'a')::numeric > -1;
CREATE INDEX x_js_w57 ON x_js ((c IS NULL)) WHERE c::text <> '{}';
CREATE INDEX x_js_w58 ON x_js ((c IS NULL)) WHERE c -> 'a' -> 'b' IS NULL;
CREATE INDEX x_js_w59 ON x_js ((c IS NULL)) WHERE c #> ARRAY['a'] IS NULL;
CREATE INDEX x_js_w60 ON x_js ((c IS NULL)) WHERE c ->> -1 IS NULL;
CREATE INDEX x_js_w61 ON x_js ((c IS NULL)) WHERE c -> ('a' || 'b') IS NULL;
CREATE INDEX x_mo_w2 ON x_mo (c) WHERE c IN ('1.50');
CREATE INDEX x_mo_w7 ON x_mo (c) WHERE c = ANY (ARRAY['1.50', c]);
CREATE INDEX x_mo_w8 ON x_mo (c) WHERE c IN ('1.50', c);
CREATE INDEX x_mo_w13 ON x_mo (c) WHERE c IS DISTINCT FROM '1.50';
CREATE INDEX x_mo_w14 ON x_mo (c) WHERE c IS NOT DISTINCT FROM '1.50';
CREATE INDEX x_mo_w15 ON x_mo (c) WHERE COALESCE(c, '1.50') = '1.50';
CREATE INDEX x_mo_w16 ON x_mo (c) WHERE NULLIF(c, '1.50') IS NULL;
CREATE INDEX x_mo_w23 ON x_mo (c) WHERE (c, 1) IS DISTINCT FROM ('1.50', 1);
CREATE INDEX x_mo_w24 ON x_mo (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_mo_w28 ON x_mo (c) WHERE c = '1.50'::money;
CREATE INDEX x_mo_w31 ON x_mo (c) WHERE NOT (c = '1.50');
CREATE INDEX x_mo_w32 ON x_mo (c) WHERE c IS NULL OR c <> '1.50';
CREATE INDEX x_mo_w33 ON x_mo (c) WHERE c = ANY ('{}');
CREATE INDEX x_mo_w34 ON x_mo (c) WHERE c = ANY ('{}'::money[]);
CREATE INDEX x_mo_w38 ON x_mo (c) WHERE c = ANY (ARRAY['1.50']::money[]);
CREATE INDEX x_mo_w98 ON x_mo (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_mo_w117 ON x_mo (c) WHERE c > '1';
CREATE INDEX x_mo_w119 ON x_mo (c) WHERE c > '$1.00';
CREATE INDEX x_mo_w121 ON x_mo (c) WHERE c * 2 > '1';
CREATE INDEX x_mo_w122 ON x_mo (c) WHERE c / 2 > '1';
CREATE INDEX x_nm_w0 ON x_nm (c) WHERE c IN (1.5, 2);
CREATE INDEX x_nm_w1 ON x_nm (c) WHERE c NOT IN (1.5, 2);
CREATE INDEX x_nm_w2 ON x_nm (c) WHERE c IN (1.5);
CREATE INDEX x_nm_w3 ON x_nm (c) WHERE c = ANY (ARRAY[1.5, 2]);
CREATE INDEX x_nm_w4 ON x_nm (c) WHERE c <> ALL (ARRAY[1.5, 2]);
CREATE INDEX x_nm_w5 ON x_nm (c) WHERE c = ANY (ARRAY[1.5, 2, NULL]);
CREATE INDEX x_nm_w6 ON x_nm (c) WHERE c IN (1.5, 2, NULL);
CREATE INDEX x_nm_w7 ON x_nm (c) WHERE c = ANY (ARRAY[1.5, c]);
CREATE INDEX x_nm_w8 ON x_nm (c) WHERE c IN (1.5, c);
CREATE INDEX x_nm_w9 ON x_nm (c) WHERE c BETWEEN 1.5 AND 2;
CREATE INDEX x_nm_w10 ON x_nm (c) WHERE c NOT BETWEEN 1.5 AND 2;
CREATE INDEX x_nm_w11 ON x_nm (c) WHERE c BETWEEN SYMMETRIC 2 AND 1.5;
CREATE INDEX x_nm_w12 ON x_nm (c) WHERE c NOT BETWEEN SYMMETRIC 1.5 AND 2;
CREATE INDEX x_nm_w13 ON x_nm (c) WHERE c IS DISTINCT FROM 1.5;
CREATE INDEX x_nm_w14 ON x_nm (c) WHERE c IS NOT DISTINCT FROM 1.5;
CREATE INDEX x_nm_w15 ON x_nm (c) WHERE COALESCE(c, 1.5) = 1.5;
CREATE INDEX x_nm_w16 ON x_nm (c) WHERE NULLIF(c, 1.5) IS NULL;
CREATE INDEX x_nm_w17 ON x_nm (c) WHERE GREATEST(c, 1.5, 2) = 2;
CREATE INDEX x_nm_w18 ON x_nm (c) WHERE LEAST(c, 1.5) <> 2;
CREATE INDEX x_nm_w19 ON x_nm (c) WHERE CASE WHEN c = 1.5 THEN true ELSE c = 2 END;
CREATE INDEX x_nm_w20 ON x_nm (c) WHERE CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_nm_w21 ON x_nm (c) WHERE (c, c) = (1.5, 2);
CREATE INDEX x_nm_w22 ON x_nm (c) WHERE (c, c) < (1.5, 2);
CREATE INDEX x_nm_w23 ON x_nm (c) WHERE (c, 1) IS DISTINCT FROM (1.5, 1);
CREATE INDEX x_nm_w24 ON x_nm (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_nm_w25 ON x_nm (c) WHERE c::text <> '';
CREATE INDEX x_nm_w26 ON x_nm (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_nm_w27 ON x_nm (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_nm_w28 ON x_nm (c) WHERE c = 1.5::numeric(10,2);
CREATE INDEX x_nm_w29 ON x_nm (c) WHERE c <> CAST(2 AS numeric(10,2));
CREATE INDEX x_nm_w30 ON x_nm (c) WHERE c > 1.5 OR c < 2;
CREATE INDEX x_nm_w31 ON x_nm (c) WHERE NOT (c = 1.5);
CREATE INDEX x_nm_w32 ON x_nm (c) WHERE c IS NULL OR c <> 1.5;
CREATE INDEX x_nm_w33 ON x_nm (c) WHERE c = ANY ('{}');
CREATE INDEX x_nm_w34 ON x_nm (c) WHERE c = ANY ('{}'::numeric(10,2)[]);
CREATE INDEX x_nm_w36 ON x_nm (c) WHERE c = ALL (ARRAY[1.5]);
CREATE INDEX x_nm_w37 ON x_nm (c) WHERE c > ANY (ARRAY[1.5, 2]);
CREATE INDEX x_nm_w38 ON x_nm (c) WHERE c = ANY (ARRAY[1.5]::numeric(10,2)[]);
CREATE INDEX x_nm_w39 ON x_nm (c) WHERE c IN (1.5::numeric(10,2), 2::numeric(10,2));
CREATE INDEX x_nm_w40 ON x_nm (c) WHERE c = ANY (ARRAY[1.5::numeric(10,2), 2::numeric(10,2)]);
CREATE INDEX x_nm_w41 ON x_nm (c) WHERE ARRAY[c] <> ARRAY[1.5];
CREATE INDEX x_nm_w42 ON x_nm (c) WHERE ARRAY[c, 1.5] = ARRAY[1.5, 2];
CREATE INDEX x_nm_w43 ON x_nm (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_nm_w44 ON x_nm (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_nm_w45 ON x_nm (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_nm_w46 ON x_nm (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_nm_w47 ON x_nm (c) WHERE c > -1;
CREATE INDEX x_nm_w48 ON x_nm (c) WHERE c > - 1;
CREATE INDEX x_nm_w49 ON x_nm (c) WHERE c > -1.5;
CREATE INDEX x_nm_w50 ON x_nm (c) WHERE c <> -(1);
CREATE INDEX x_nm_w51 ON x_nm (c) WHERE -c < 5;
CREATE INDEX x_nm_w52 ON x_nm (c) WHERE - c < 5;
CREATE INDEX x_nm_w53 ON x_nm (c) WHERE c - -1 > 0;
CREATE INDEX x_nm_w54 ON x_nm (c) WHERE c + 1 * 2 > 0;
CREATE INDEX x_nm_w55 ON x_nm (c) WHERE (c + 1) * 2 > 0;
CREATE INDEX x_nm_w56 ON x_nm (c) WHERE c * -1.5 < 0;
CREATE INDEX x_nm_w57 ON x_nm (c) WHERE c ^ 2 > 0;
CREATE INDEX x_nm_w58 ON x_nm (c) WHERE @ c > 0;
CREATE INDEX x_nm_w59 ON x_nm (c) WHERE abs(c) > 0;
CREATE INDEX x_nm_w60 ON x_nm (c) WHERE c % 2 = 0;
CREATE INDEX x_nm_w61 ON x_nm (c) WHERE |/ c > 0;
CREATE INDEX x_nm_w62 ON x_nm (c) WHERE c::int > 0;
CREATE INDEX x_nm_w63 ON x_nm (c) WHERE c > -1::int;
CREATE INDEX x_nm_w64 ON x_nm (c) WHERE c > (-1)::int;
CREATE INDEX x_nm_w65 ON x_nm (c) WHERE c > -1::numeric;
CREATE INDEX x_nm_w66 ON x_nm (c) WHERE c > (-1.5)::numeric;
CREATE INDEX x_nm_w67 ON x_nm (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_nm_w68 ON x_nm (c) WHERE c::numeric(5,1) > 0;
CREATE INDEX x_nm_w69 ON x_nm (c) WHERE round(c::numeric, 1) > 0;
CREATE INDEX x_nm_w70 ON x_nm (c) WHERE c > 1e10;
CREATE INDEX x_nm_w71 ON x_nm (c) WHERE c < 1.0e-5;
CREATE INDEX x_nm_w72 ON x_nm (c) WHERE c > .5;
CREATE INDEX x_nm_w73 ON x_nm (c) WHERE c > 5.;
CREATE INDEX x_nm_w74 ON x_nm (c) WHERE c <> 'NaN'::numeric;
CREATE INDEX x_nm_w75 ON x_nm (c) WHERE c <> 'Infinity'::float8;
CREATE INDEX x_nm_w76 ON x_nm (c) WHERE c <> '-Infinity'::float8;
CREATE INDEX x_nm_w77 ON x_nm (c) WHERE c < 9223372036854775807;
CREATE INDEX x_nm_w78 ON x_nm (c) WHERE c > -9223372036854775808;
CREATE INDEX x_nm_w79 ON x_nm (c) WHERE c < 2147483648;
CREATE INDEX x_nm_w80 ON x_nm (c) WHERE c < 99999999999999999999;
CREATE INDEX x_nm_w81 ON x_nm (c) WHERE c <> -0;
CREATE INDEX x_nm_w82 ON x_nm (c) WHERE c <> -0.0;
CREATE INDEX x_nm_w83 ON x_nm (c) WHERE -c ^ 2 > 0;
CREATE INDEX x_nm_w84 ON x_nm (c) WHERE (-c) ^ 2 > 0;
CREATE INDEX x_nm_w85 ON x_nm (c) WHERE -(c ^ 2) < 0;
CREATE INDEX x_nm_w86 ON x_nm (c) WHERE 2 - (3 - c) > 0;
CREATE INDEX x_nm_w87 ON x_nm (c) WHERE c / (2 * 3) > 0;
CREATE INDEX x_nm_w88 ON x_nm (c) WHERE c - (1 - 2) > 0;
CREATE INDEX x_nm_w89 ON x_nm (c) WHERE c - 1 - 2 > 0;
CREATE INDEX x_nm_w90 ON x_nm (c) WHERE (c - 1) - 2 > 0;
CREATE INDEX x_nm_w91 ON x_nm (c) WHERE c - (1 + 2) > 0;
CREATE INDEX x_nm_w92 ON x_nm (c) WHERE c::float8 / 2 > 0;
CREATE INDEX x_nm_w93 ON x_nm (c) WHERE c IN (1, 2.5);
CREATE INDEX x_nm_w94 ON x_nm (c) WHERE c IN (-1, -2);
CREATE INDEX x_nm_w95 ON x_nm (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_nm_w96 ON x_nm (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_nm_w97 ON x_nm (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_nm_w98 ON x_nm (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_nm_w99 ON x_nm (c) WHERE c IN (int '1', numeric '2');
CREATE INDEX x_nm_w100 ON x_nm (c) WHERE c > int4 '1';
CREATE INDEX x_nm_w101 ON x_nm (c) WHERE c::text::int > 0;
CREATE INDEX x_nm_w102 ON x_nm (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_nm_w103 ON x_nm (c) WHERE (c)::numeric(5,2) > 0;
CREATE INDEX x_nm_w104 ON x_nm (c) WHERE c * 100 / 3 > 1;
CREATE INDEX x_nm_w105 ON x_nm (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_nm_w106 ON x_nm (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_nm_w107 ON x_nm (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_nm_w108 ON x_nm (c) WHERE NOT c > 0;
CREATE INDEX x_nm_w109 ON x_nm (c) WHERE NOT (c > 0);
CREATE INDEX x_nm_w110 ON x_nm (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_nm_w111 ON x_nm (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_nm_w112 ON x_nm (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_nm_w113 ON x_nm (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_nm_w115 ON x_nm (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_nm_w116 ON x_nm (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_nmx_w0 ON x_nmx (c) WHERE c IN ('a', 'b');
CREATE INDEX x_nmx_w1 ON x_nmx (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_nmx_w2 ON x_nmx (c) WHERE c IN ('a');
CREATE INDEX x_nmx_w3 ON x_nmx (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_nmx_w4 ON x_nmx (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_nmx_w5 ON x_nmx (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_nmx_w6 ON x_nmx (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_nmx_w7 ON x_nmx (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_nmx_w8 ON x_nmx (c) WHERE c IN ('a', c);
CREATE INDEX x_nmx_w9 ON x_nmx (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_nmx_w10 ON x_nmx (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_nmx_w11 ON x_nmx (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_nmx_w12 ON x_nmx (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_nmx_w13 ON x_nmx (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_nmx_w14 ON x_nmx (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_nmx_w15 ON x_nmx (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_nmx_w16 ON x_nmx (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_nmx_w17 ON x_nmx (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_nmx_w18 ON x_nmx (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_nmx_w19 ON x_nmx (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_nmx_w20 ON x_nmx (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_nmx_w21 ON x_nmx (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_nmx_w22 ON x_nmx (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_nmx_w23 ON x_nmx (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_nmx_w24 ON x_nmx (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_nmx_w25 ON x_nmx (c) WHERE c::text <> '';
CREATE INDEX x_nmx_w26 ON x_nmx (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_nmx_w27 ON x_nmx (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_nmx_w28 ON x_nmx (c) WHERE c = 'a'::name;
CREATE INDEX x_nmx_w29 ON x_nmx (c) WHERE c <> CAST('b' AS name);
CREATE INDEX x_nmx_w30 ON x_nmx (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_nmx_w31 ON x_nmx (c) WHERE NOT (c = 'a');
CREATE INDEX x_nmx_w32 ON x_nmx (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_nmx_w33 ON x_nmx (c) WHERE c = ANY ('{}');
CREATE INDEX x_nmx_w34 ON x_nmx (c) WHERE c = ANY ('{}'::name[]);
CREATE INDEX x_nmx_w36 ON x_nmx (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_nmx_w37 ON x_nmx (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_nmx_w38 ON x_nmx (c) WHERE c = ANY (ARRAY['a']::name[]);
CREATE INDEX x_nmx_w39 ON x_nmx (c) WHERE c IN ('a'::name, 'b'::name);
CREATE INDEX x_nmx_w40 ON x_nmx (c) WHERE c = ANY (ARRAY['a'::name, 'b'::name]);
CREATE INDEX x_nmx_w43 ON x_nmx (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_nmx_w44 ON x_nmx (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_nmx_w45 ON x_nmx (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_nmx_w46 ON x_nmx (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_nmx_w47 ON x_nmx (c) WHERE c LIKE 'a%';
CREATE INDEX x_nmx_w48 ON x_nmx (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_nmx_w49 ON x_nmx (c) WHERE c ILIKE 'A%';
CREATE INDEX x_nmx_w50 ON x_nmx (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_nmx_w51 ON x_nmx (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_nmx_w52 ON x_nmx (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_nmx_w53 ON x_nmx (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_nmx_w54 ON x_nmx (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_nmx_w55 ON x_nmx (c) WHERE c ~ '^a';
CREATE INDEX x_nmx_w56 ON x_nmx (c) WHERE c ~* '^A';
CREATE INDEX x_nmx_w57 ON x_nmx (c) WHERE c !~ 'x';
CREATE INDEX x_nmx_w58 ON x_nmx (c) WHERE c !~* 'x';
CREATE INDEX x_nmx_w59 ON x_nmx (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_nmx_w60 ON x_nmx (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_nmx_w61 ON x_nmx (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_nmx_w62 ON x_nmx (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_nmx_w63 ON x_nmx (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_nmx_w64 ON x_nmx (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_nmx_w65 ON x_nmx (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_nmx_w66 ON x_nmx (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_nmx_w67 ON x_nmx (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_nmx_w68 ON x_nmx (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_nmx_w69 ON x_nmx (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_nmx_w70 ON x_nmx (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_nmx_w71 ON x_nmx (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_nmx_w72 ON x_nmx (c) WHERE trim(c) <> '';
CREATE INDEX x_nmx_w73 ON x_nmx (c) WHERE btrim(c) <> '';
CREATE INDEX x_nmx_w74 ON x_nmx (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_nmx_w75 ON x_nmx (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_nmx_w76 ON x_nmx (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_nmx_w77 ON x_nmx (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_nmx_w78 ON x_nmx (c) WHERE upper(c) = c;
CREATE INDEX x_nmx_w79 ON x_nmx (c) WHERE length(c) > 0;
CREATE INDEX x_nmx_w80 ON x_nmx (c) WHERE char_length(c) < 5;
CREATE INDEX x_nmx_w81 ON x_nmx (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_nmx_w82 ON x_nmx (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_nmx_w83 ON x_nmx (c) WHERE c > '';
CREATE INDEX x_nmx_w84 ON x_nmx (c) WHERE c <> ''::text;
CREATE INDEX x_nmx_w85 ON x_nmx (c) WHERE c <> '';
CREATE INDEX x_nmx_w86 ON x_nmx (c) WHERE c = 'a'::text;
CREATE INDEX x_nmx_w87 ON x_nmx (c) WHERE c::text = 'a';
CREATE INDEX x_nmx_w88 ON x_nmx (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_nmx_w89 ON x_nmx (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_nmx_w90 ON x_nmx (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_nmx_w91 ON x_nmx (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_nmx_w92 ON x_nmx (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_nmx_w93 ON x_nmx (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_nmx_w94 ON x_nmx (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_nmx_w95 ON x_nmx (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_nmx_w96 ON x_nmx (c) WHERE c ^@ 'a';
CREATE INDEX x_nmx_w97 ON x_nmx (c) WHERE starts_with(c, 'a');
CREATE INDEX x_nmx_w98 ON x_nmx (c) WHERE c IS NORMALIZED;
CREATE INDEX x_nmx_w99 ON x_nmx (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_nmx_w100 ON x_nmx (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_nmx_w101 ON x_nmx (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_nmx_w102 ON x_nmx (c) WHERE NOT c IN ('a');
CREATE INDEX x_nmx_w103 ON x_nmx (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_nmx_w104 ON x_nmx (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_nmx_w105 ON x_nmx (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_nmx_w106 ON x_nmx (c) WHERE E'a\nb' <> c;
CREATE INDEX x_nmx_w107 ON x_nmx (c) WHERE U&'\0041' <> c;
CREATE INDEX x_nmx_w108 ON x_nmx (c) WHERE $$x$$ <> c;
CREATE INDEX x_nmx_w109 ON x_nmx (c) WHERE c <> N'x';
CREATE INDEX x_nmx_w110 ON x_nmx (c) WHERE c ~ E'\\d';
CREATE INDEX x_nmx_w111 ON x_nmx (c) WHERE c ~ '\d';
CREATE INDEX x_nmx_w114 ON x_nmx (c) WHERE c::name <> 'x';
CREATE INDEX x_nmx_w115 ON x_nmx (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_nmx_w116 ON x_nmx (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_nmx_w117 ON x_nmx (c) WHERE c || 1 <> '';
CREATE INDEX x_nmx_w118 ON x_nmx (c) WHERE 1 || c <> '';
CREATE INDEX x_nmx_w119 ON x_nmx (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_nmx_w120 ON x_nmx (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_oid_w0 ON x_oid (c) WHERE c IN (1, 2);
CREATE INDEX x_oid_w1 ON x_oid (c) WHERE c NOT IN (1, 2);
CREATE INDEX x_oid_w2 ON x_oid (c) WHERE c IN (1);
CREATE INDEX x_oid_w3 ON x_oid (c) WHERE c = ANY (ARRAY[1, 2]);
CREATE INDEX x_oid_w4 ON x_oid (c) WHERE c <> ALL (ARRAY[1, 2]);
CREATE INDEX x_oid_w5 ON x_oid (c) WHERE c = ANY (ARRAY[1, 2, NULL]);
CREATE INDEX x_oid_w6 ON x_oid (c) WHERE c IN (1, 2, NULL);
CREATE INDEX x_oid_w7 ON x_oid (c) WHERE c = ANY (ARRAY[1, c]);
CREATE INDEX x_oid_w8 ON x_oid (c) WHERE c IN (1, c);
CREATE INDEX x_oid_w9 ON x_oid (c) WHERE c BETWEEN 1 AND 2;
CREATE INDEX x_oid_w10 ON x_oid (c) WHERE c NOT BETWEEN 1 AND 2;
CREATE INDEX x_oid_w11 ON x_oid (c) WHERE c BETWEEN SYMMETRIC 2 AND 1;
CREATE INDEX x_oid_w12 ON x_oid (c) WHERE c NOT BETWEEN SYMMETRIC 1 AND 2;
CREATE INDEX x_oid_w13 ON x_oid (c) WHERE c IS DISTINCT FROM 1;
CREATE INDEX x_oid_w14 ON x_oid (c) WHERE c IS NOT DISTINCT FROM 1;
CREATE INDEX x_oid_w15 ON x_oid (c) WHERE COALESCE(c, 1) = 1;
CREATE INDEX x_oid_w16 ON x_oid (c) WHERE NULLIF(c, 1) IS NULL;
CREATE INDEX x_oid_w17 ON x_oid (c) WHERE GREATEST(c, 1, 2) = 2;
CREATE INDEX x_oid_w18 ON x_oid (c) WHERE LEAST(c, 1) <> 2;
CREATE INDEX x_oid_w19 ON x_oid (c) WHERE CASE WHEN c = 1 THEN true ELSE c = 2 END;
CREATE INDEX x_oid_w20 ON x_oid (c) WHERE CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0;
CREATE INDEX x_oid_w21 ON x_oid (c) WHERE (c, c) = (1, 2);
CREATE INDEX x_oid_w22 ON x_oid (c) WHERE (c, c) < (1, 2);
CREATE INDEX x_oid_w23 ON x_oid (c) WHERE (c, 1) IS DISTINCT FROM (1, 1);
CREATE INDEX x_oid_w24 ON x_oid (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_oid_w25 ON x_oid (c) WHERE c::text <> '';
CREATE INDEX x_oid_w26 ON x_oid (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_oid_w27 ON x_oid (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_oid_w28 ON x_oid (c) WHERE c = 1::oid;
CREATE INDEX x_oid_w29 ON x_oid (c) WHERE c <> CAST(2 AS oid);
CREATE INDEX x_oid_w30 ON x_oid (c) WHERE c > 1 OR c < 2;
CREATE INDEX x_oid_w31 ON x_oid (c) WHERE NOT (c = 1);
CREATE INDEX x_oid_w32 ON x_oid (c) WHERE c IS NULL OR c <> 1;
CREATE INDEX x_oid_w33 ON x_oid (c) WHERE c = ANY ('{}');
CREATE INDEX x_oid_w34 ON x_oid (c) WHERE c = ANY ('{}'::oid[]);
CREATE INDEX x_oid_w36 ON x_oid (c) WHERE c = ALL (ARRAY[1]);
CREATE INDEX x_oid_w37 ON x_oid (c) WHERE c > ANY (ARRAY[1, 2]);
CREATE INDEX x_oid_w38 ON x_oid (c) WHERE c = ANY (ARRAY[1]::oid[]);
CREATE INDEX x_oid_w39 ON x_oid (c) WHERE c IN (1::oid, 2::oid);
CREATE INDEX x_oid_w40 ON x_oid (c) WHERE c = ANY (ARRAY[1::oid, 2::oid]);
CREATE INDEX x_oid_w43 ON x_oid (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_oid_w44 ON x_oid (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_oid_w45 ON x_oid (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_oid_w46 ON x_oid (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_oid_w47 ON x_oid (c) WHERE c > -1;
CREATE INDEX x_oid_w48 ON x_oid (c) WHERE c > - 1;
CREATE INDEX x_oid_w50 ON x_oid (c) WHERE c <> -(1);
CREATE INDEX x_oid_w62 ON x_oid (c) WHERE c::int > 0;
CREATE INDEX x_oid_w63 ON x_oid (c) WHERE c > -1::int;
CREATE INDEX x_oid_w64 ON x_oid (c) WHERE c > (-1)::int;
CREATE INDEX x_oid_w67 ON x_oid (c) WHERE c BETWEEN -5 AND 5;
CREATE INDEX x_oid_w79 ON x_oid (c) WHERE c < 2147483648;
CREATE INDEX x_oid_w81 ON x_oid (c) WHERE c <> -0;
CREATE INDEX x_oid_w94 ON x_oid (c) WHERE c IN (-1, -2);
CREATE INDEX x_oid_w95 ON x_oid (c) WHERE c = ANY (ARRAY[-1, 2]);
CREATE INDEX x_oid_w96 ON x_oid (c) WHERE c IN (1::bigint, 2);
CREATE INDEX x_oid_w97 ON x_oid (c) WHERE c = ANY ('{1,2}'::int[]);
CREATE INDEX x_oid_w98 ON x_oid (c) WHERE c = ANY ('{1,2}');
CREATE INDEX x_oid_w100 ON x_oid (c) WHERE c > int4 '1';
CREATE INDEX x_oid_w101 ON x_oid (c) WHERE c::text::int > 0;
CREATE INDEX x_oid_w102 ON x_oid (c) WHERE c::bigint::numeric > 0;
CREATE INDEX x_oid_w105 ON x_oid (c) WHERE c > ALL (ARRAY[-1, -2]);
CREATE INDEX x_oid_w106 ON x_oid (c) WHERE c BETWEEN SYMMETRIC 5 AND -5;
CREATE INDEX x_oid_w107 ON x_oid (c) WHERE c IS NOT NULL AND c >= 0;
CREATE INDEX x_oid_w108 ON x_oid (c) WHERE NOT c > 0;
CREATE INDEX x_oid_w109 ON x_oid (c) WHERE NOT (c > 0);
CREATE INDEX x_oid_w110 ON x_oid (c) WHERE (c > 1) = (c > 2);
CREATE INDEX x_oid_w111 ON x_oid (c) WHERE c > 1 IS TRUE;
CREATE INDEX x_oid_w112 ON x_oid (c) WHERE c > 1 IS NOT FALSE;
CREATE INDEX x_oid_w113 ON x_oid (c) WHERE (c > 1) IS UNKNOWN;
CREATE INDEX x_oid_w115 ON x_oid (c) WHERE c > 0 AND c < 10 OR c = 20;
CREATE INDEX x_oid_w116 ON x_oid (c) WHERE c > 0 AND (c < 10 OR c = 20);
CREATE INDEX x_pt_w1 ON x_pt ((c IS NULL)) WHERE c NOT IN ('(1,2)', point(1,2));
CREATE INDEX x_pt_w4 ON x_pt ((c IS NULL)) WHERE c <> ALL (ARRAY['(1,2)', point(1,2)]);
CREATE INDEX x_pt_w24 ON x_pt ((c IS NULL)) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_pt_w25 ON x_pt ((c IS NULL)) WHERE c::text <> '';
CREATE INDEX x_pt_w26 ON x_pt ((c IS NULL)) WHERE CAST(c AS text) <> '';
CREATE INDEX x_pt_w27 ON x_pt ((c IS NULL)) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_pt_w29 ON x_pt ((c IS NULL)) WHERE c <> CAST(point(1,2) AS point);
CREATE INDEX x_pt_w32 ON x_pt ((c IS NULL)) WHERE c IS NULL OR c <> '(1,2)';
CREATE INDEX x_pt_w42 ON x_pt ((c IS NULL)) WHERE ARRAY[c, '(1,2)'] = ARRAY['(1,2)', point(1,2)];
CREATE INDEX x_pt_w43 ON x_pt ((c IS NULL)) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_pt_w44 ON x_pt ((c IS NULL)) WHERE c::text IN ('a', 'b');
CREATE INDEX x_pt_w45 ON x_pt ((c IS NULL)) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_pt_w46 ON x_pt ((c IS NULL)) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_pt_w47 ON x_pt ((c IS NULL)) WHERE c[0] > 0;
CREATE INDEX x_pt_w48 ON x_pt ((c IS NULL)) WHERE c <-> point(0, 0) > 1;
CREATE INDEX x_pt_w49 ON x_pt ((c IS NULL)) WHERE c <@ box '((0,0),(9,9))';
CREATE INDEX x_pt_w50 ON x_pt ((c IS NULL)) WHERE c ~= point(1, 2);
CREATE INDEX x_pt_w51 ON x_pt ((c IS NULL)) WHERE c >^ point(0, 0);
CREATE INDEX x_rg_w0 ON x_rg (c) WHERE c IN ('[1,2)', int4range(1, 5));
CREATE INDEX x_rg_w1 ON x_rg (c) WHERE c NOT IN ('[1,2)', int4range(1, 5));
CREATE INDEX x_rg_w2 ON x_rg (c) WHERE c IN ('[1,2)');
CREATE INDEX x_rg_w3 ON x_rg (c) WHERE c = ANY (ARRAY['[1,2)', int4range(1, 5)]);
CREATE INDEX x_rg_w4 ON x_rg (c) WHERE c <> ALL (ARRAY['[1,2)', int4range(1, 5)]);
CREATE INDEX x_rg_w5 ON x_rg (c) WHERE c = ANY (ARRAY['[1,2)', int4range(1, 5), NULL]);
CREATE INDEX x_rg_w6 ON x_rg (c) WHERE c IN ('[1,2)', int4range(1, 5), NULL);
CREATE INDEX x_rg_w7 ON x_rg (c) WHERE c = ANY (ARRAY['[1,2)', c]);
CREATE INDEX x_rg_w8 ON x_rg (c) WHERE c IN ('[1,2)', c);
CREATE INDEX x_rg_w9 ON x_rg (c) WHERE c BETWEEN '[1,2)' AND int4range(1, 5);
CREATE INDEX x_rg_w10 ON x_rg (c) WHERE c NOT BETWEEN '[1,2)' AND int4range(1, 5);
CREATE INDEX x_rg_w11 ON x_rg (c) WHERE c BETWEEN SYMMETRIC int4range(1, 5) AND '[1,2)';
CREATE INDEX x_rg_w12 ON x_rg (c) WHERE c NOT BETWEEN SYMMETRIC '[1,2)' AND int4range(1, 5);
CREATE INDEX x_rg_w13 ON x_rg (c) WHERE c IS DISTINCT FROM '[1,2)';
CREATE INDEX x_rg_w14 ON x_rg (c) WHERE c IS NOT DISTINCT FROM '[1,2)';
CREATE INDEX x_rg_w15 ON x_rg (c) WHERE COALESCE(c, '[1,2)') = '[1,2)';
CREATE INDEX x_rg_w16 ON x_rg (c) WHERE NULLIF(c, '[1,2)') IS NULL;
CREATE INDEX x_rg_w17 ON x_rg (c) WHERE GREATEST(c, '[1,2)', int4range(1, 5)) = int4range(1, 5);
CREATE INDEX x_rg_w18 ON x_rg (c) WHERE LEAST(c, '[1,2)') <> int4range(1, 5);
CREATE INDEX x_rg_w19 ON x_rg (c) WHERE CASE WHEN c = '[1,2)' THEN true ELSE c = int4range(1, 5) END;
CREATE INDEX x_rg_w20 ON x_rg (c) WHERE CASE c WHEN '[1,2)' THEN 1 WHEN int4range(1, 5) THEN 2 ELSE 0 END > 0;
CREATE INDEX x_rg_w21 ON x_rg (c) WHERE (c, c) = ('[1,2)', int4range(1, 5));
CREATE INDEX x_rg_w22 ON x_rg (c) WHERE (c, c) < ('[1,2)', int4range(1, 5));
CREATE INDEX x_rg_w23 ON x_rg (c) WHERE (c, 1) IS DISTINCT FROM ('[1,2)', 1);
CREATE INDEX x_rg_w24 ON x_rg (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_rg_w28 ON x_rg (c) WHERE c = '[1,2)'::int4range;
CREATE INDEX x_rg_w29 ON x_rg (c) WHERE c <> CAST(int4range(1, 5) AS int4range);
CREATE INDEX x_rg_w30 ON x_rg (c) WHERE c > '[1,2)' OR c < int4range(1, 5);
CREATE INDEX x_rg_w31 ON x_rg (c) WHERE NOT (c = '[1,2)');
CREATE INDEX x_rg_w32 ON x_rg (c) WHERE c IS NULL OR c <> '[1,2)';
CREATE INDEX x_rg_w33 ON x_rg (c) WHERE c = ANY ('{}');
CREATE INDEX x_rg_w34 ON x_rg (c) WHERE c = ANY ('{}'::int4range[]);
CREATE INDEX x_rg_w37 ON x_rg (c) WHERE c > ANY (ARRAY['[1,2)', int4range(1, 5)]);
CREATE INDEX x_rg_w38 ON x_rg (c) WHERE c = ANY (ARRAY['[1,2)']::int4range[]);
CREATE INDEX x_rg_w39 ON x_rg (c) WHERE c IN ('[1,2)'::int4range, int4range(1, 5)::int4range);
CREATE INDEX x_rg_w40 ON x_rg (c) WHERE c = ANY (ARRAY['[1,2)'::int4range, int4range(1, 5)::int4range]);
CREATE INDEX x_rg_w42 ON x_rg (c) WHERE ARRAY[c, '[1,2)'] = ARRAY['[1,2)', int4range(1, 5)];
CREATE INDEX x_rg_w47 ON x_rg (c) WHERE c @> 1;
CREATE INDEX x_rg_w48 ON x_rg (c) WHERE lower(c) > 0;
CREATE INDEX x_rg_w49 ON x_rg (c) WHERE c && '[1,5)';
CREATE INDEX x_rg_w50 ON x_rg (c) WHERE NOT isempty(c);
CREATE INDEX x_rg_w51 ON x_rg (c) WHERE c <> 'empty';
CREATE INDEX x_rg_w52 ON x_rg (c) WHERE upper_inc(c);
CREATE INDEX x_rg_w53 ON x_rg (c) WHERE c -|- int4range(5, 6);
CREATE INDEX x_rg_w54 ON x_rg (c) WHERE c << '[10,20)'::int4range;
CREATE INDEX x_rgc_w0 ON x_rgc (c) WHERE c IN ('pg_class', 'pg_type');
CREATE INDEX x_rgc_w1 ON x_rgc (c) WHERE c NOT IN ('pg_class', 'pg_type');
CREATE INDEX x_rgc_w6 ON x_rgc (c) WHERE c IN ('pg_class', 'pg_type', NULL);
CREATE INDEX x_rgc_w7 ON x_rgc (c) WHERE c = ANY (ARRAY['pg_class', c]);
CREATE INDEX x_rgc_w24 ON x_rgc (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_rgc_w28 ON x_rgc (c) WHERE c = 'pg_class'::regclass;
CREATE INDEX x_rgc_w29 ON x_rgc (c) WHERE c <> CAST('pg_type' AS regclass);
CREATE INDEX x_rgc_w33 ON x_rgc (c) WHERE c = ANY ('{}');
CREATE INDEX x_rgc_w34 ON x_rgc (c) WHERE c = ANY ('{}'::regclass[]);
CREATE INDEX x_rgc_w38 ON x_rgc (c) WHERE c = ANY (ARRAY['pg_class']::regclass[]);
CREATE INDEX x_rgc_w39 ON x_rgc (c) WHERE c IN ('pg_class'::regclass, 'pg_type'::regclass);
CREATE INDEX x_rgc_w40 ON x_rgc (c) WHERE c = ANY (ARRAY['pg_class'::regclass, 'pg_type'::regclass]);
CREATE INDEX x_rgc_w47 ON x_rgc (c) WHERE c <> 'pg_class'::regclass;
CREATE INDEX x_rgc_w48 ON x_rgc (c) WHERE c::oid > 0;
CREATE INDEX x_t3_w0 ON x_t3 (c) WHERE c IN ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_t3_w1 ON x_t3 (c) WHERE c NOT IN ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_t3_w2 ON x_t3 (c) WHERE c IN ('2020-01-01 10:00+02');
CREATE INDEX x_t3_w6 ON x_t3 (c) WHERE c IN ('2020-01-01 10:00+02', '2021-01-01', NULL);
CREATE INDEX x_t3_w7 ON x_t3 (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02', c]);
CREATE INDEX x_t3_w8 ON x_t3 (c) WHERE c IN ('2020-01-01 10:00+02', c);
CREATE INDEX x_t3_w9 ON x_t3 (c) WHERE c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_t3_w10 ON x_t3 (c) WHERE c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_t3_w11 ON x_t3 (c) WHERE c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02';
CREATE INDEX x_t3_w12 ON x_t3 (c) WHERE c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_t3_w13 ON x_t3 (c) WHERE c IS DISTINCT FROM '2020-01-01 10:00+02';
CREATE INDEX x_t3_w14 ON x_t3 (c) WHERE c IS NOT DISTINCT FROM '2020-01-01 10:00+02';
CREATE INDEX x_t3_w15 ON x_t3 (c) WHERE COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02';
CREATE INDEX x_t3_w16 ON x_t3 (c) WHERE NULLIF(c, '2020-01-01 10:00+02') IS NULL;
CREATE INDEX x_t3_w17 ON x_t3 (c) WHERE GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01';
CREATE INDEX x_t3_w18 ON x_t3 (c) WHERE LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01';
CREATE INDEX x_t3_w19 ON x_t3 (c) WHERE CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END;
CREATE INDEX x_t3_w20 ON x_t3 (c) WHERE CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_t3_w21 ON x_t3 (c) WHERE (c, c) = ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_t3_w22 ON x_t3 (c) WHERE (c, c) < ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_t3_w23 ON x_t3 (c) WHERE (c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1);
CREATE INDEX x_t3_w24 ON x_t3 (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_t3_w28 ON x_t3 (c) WHERE c = '2020-01-01 10:00+02'::timestamp(3) with time zone;
CREATE INDEX x_t3_w29 ON x_t3 (c) WHERE c <> CAST('2021-01-01' AS timestamp(3) with time zone);
CREATE INDEX x_t3_w30 ON x_t3 (c) WHERE c > '2020-01-01 10:00+02' OR c < '2021-01-01';
CREATE INDEX x_t3_w31 ON x_t3 (c) WHERE NOT (c = '2020-01-01 10:00+02');
CREATE INDEX x_t3_w32 ON x_t3 (c) WHERE c IS NULL OR c <> '2020-01-01 10:00+02';
CREATE INDEX x_t3_w33 ON x_t3 (c) WHERE c = ANY ('{}');
CREATE INDEX x_t3_w34 ON x_t3 (c) WHERE c = ANY ('{}'::timestamp(3) with time zone[]);
CREATE INDEX x_t3_w38 ON x_t3 (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02']::timestamp(3) with time zone[]);
CREATE INDEX x_t3_w39 ON x_t3 (c) WHERE c IN ('2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone);
CREATE INDEX x_t3_w40 ON x_t3 (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone]);
CREATE INDEX x_t3_w71 ON x_t3 (c) WHERE (c AT TIME ZONE 'UTC') > '2020-01-01';
CREATE INDEX x_t3_w72 ON x_t3 (c) WHERE c AT TIME ZONE 'UTC' > '2020-01-01';
CREATE INDEX x_t3_w73 ON x_t3 (c) WHERE (c AT TIME ZONE 'UTC')::date > '2020-01-01';
CREATE INDEX x_t3_w77 ON x_t3 (c) WHERE c > timestamptz '2020-01-01';
CREATE INDEX x_t3_w79 ON x_t3 (c) WHERE c > TIMESTAMP WITH TIME ZONE '2020-01-01';
CREATE INDEX x_t3_w81 ON x_t3 (c) WHERE c > 'epoch';
CREATE INDEX x_t3_w82 ON x_t3 (c) WHERE c < 'infinity';
CREATE INDEX x_t3_w83 ON x_t3 (c) WHERE c > '-infinity';
CREATE INDEX x_t3_w100 ON x_t3 (c) WHERE c BETWEEN '2020-01-01' AND '2021-01-01';
CREATE INDEX x_t3_w101 ON x_t3 (c) WHERE c IN ('2020-01-01', '2021-01-01');
CREATE INDEX x_t3_w103 ON x_t3 (c) WHERE isfinite(c);
CREATE INDEX x_t3_w105 ON x_t3 (c) WHERE timezone('UTC', c) > '2020-01-01';
CREATE INDEX x_tm_w0 ON x_tm (c) WHERE c IN ('10:00', '11:00');
CREATE INDEX x_tm_w1 ON x_tm (c) WHERE c NOT IN ('10:00', '11:00');
CREATE INDEX x_tm_w2 ON x_tm (c) WHERE c IN ('10:00');
CREATE INDEX x_tm_w6 ON x_tm (c) WHERE c IN ('10:00', '11:00', NULL);
CREATE INDEX x_tm_w7 ON x_tm (c) WHERE c = ANY (ARRAY['10:00', c]);
CREATE INDEX x_tm_w8 ON x_tm (c) WHERE c IN ('10:00', c);
CREATE INDEX x_tm_w9 ON x_tm (c) WHERE c BETWEEN '10:00' AND '11:00';
CREATE INDEX x_tm_w10 ON x_tm (c) WHERE c NOT BETWEEN '10:00' AND '11:00';
CREATE INDEX x_tm_w11 ON x_tm (c) WHERE c BETWEEN SYMMETRIC '11:00' AND '10:00';
CREATE INDEX x_tm_w12 ON x_tm (c) WHERE c NOT BETWEEN SYMMETRIC '10:00' AND '11:00';
CREATE INDEX x_tm_w13 ON x_tm (c) WHERE c IS DISTINCT FROM '10:00';
CREATE INDEX x_tm_w14 ON x_tm (c) WHERE c IS NOT DISTINCT FROM '10:00';
CREATE INDEX x_tm_w15 ON x_tm (c) WHERE COALESCE(c, '10:00') = '10:00';
CREATE INDEX x_tm_w16 ON x_tm (c) WHERE NULLIF(c, '10:00') IS NULL;
CREATE INDEX x_tm_w17 ON x_tm (c) WHERE GREATEST(c, '10:00', '11:00') = '11:00';
CREATE INDEX x_tm_w18 ON x_tm (c) WHERE LEAST(c, '10:00') <> '11:00';
CREATE INDEX x_tm_w19 ON x_tm (c) WHERE CASE WHEN c = '10:00' THEN true ELSE c = '11:00' END;
CREATE INDEX x_tm_w20 ON x_tm (c) WHERE CASE c WHEN '10:00' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_tm_w21 ON x_tm (c) WHERE (c, c) = ('10:00', '11:00');
CREATE INDEX x_tm_w22 ON x_tm (c) WHERE (c, c) < ('10:00', '11:00');
CREATE INDEX x_tm_w23 ON x_tm (c) WHERE (c, 1) IS DISTINCT FROM ('10:00', 1);
CREATE INDEX x_tm_w24 ON x_tm (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tm_w25 ON x_tm (c) WHERE c::text <> '';
CREATE INDEX x_tm_w26 ON x_tm (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_tm_w27 ON x_tm (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_tm_w28 ON x_tm (c) WHERE c = '10:00'::time;
CREATE INDEX x_tm_w29 ON x_tm (c) WHERE c <> CAST('11:00' AS time);
CREATE INDEX x_tm_w30 ON x_tm (c) WHERE c > '10:00' OR c < '11:00';
CREATE INDEX x_tm_w31 ON x_tm (c) WHERE NOT (c = '10:00');
CREATE INDEX x_tm_w32 ON x_tm (c) WHERE c IS NULL OR c <> '10:00';
CREATE INDEX x_tm_w33 ON x_tm (c) WHERE c = ANY ('{}');
CREATE INDEX x_tm_w34 ON x_tm (c) WHERE c = ANY ('{}'::time[]);
CREATE INDEX x_tm_w38 ON x_tm (c) WHERE c = ANY (ARRAY['10:00']::time[]);
CREATE INDEX x_tm_w39 ON x_tm (c) WHERE c IN ('10:00'::time, '11:00'::time);
CREATE INDEX x_tm_w40 ON x_tm (c) WHERE c = ANY (ARRAY['10:00'::time, '11:00'::time]);
CREATE INDEX x_tm_w43 ON x_tm (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_tm_w44 ON x_tm (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_tm_w45 ON x_tm (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_tm_w46 ON x_tm (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_tm_w60 ON x_tm (c) WHERE EXTRACT(year FROM c) > 2000;
CREATE INDEX x_tm_w61 ON x_tm (c) WHERE EXTRACT('Year' FROM c) > 2000;
CREATE INDEX x_tm_w62 ON x_tm (c) WHERE EXTRACT(YEAR FROM c) > 2000;
CREATE INDEX x_tm_w63 ON x_tm (c) WHERE EXTRACT(epoch FROM c) > 0;
CREATE INDEX x_tm_w64 ON x_tm (c) WHERE EXTRACT('epoch' FROM c) > 0;
CREATE INDEX x_tm_w65 ON x_tm (c) WHERE EXTRACT(Dow FROM c) <> 0;
CREATE INDEX x_tm_w66 ON x_tm (c) WHERE date_part('year', c) > 2000;
CREATE INDEX x_tm_w67 ON x_tm (c) WHERE date_trunc('day', c) = c;
CREATE INDEX x_tm_w76 ON x_tm (c) WHERE c > time '10:00';
CREATE INDEX x_tm_w84 ON x_tm (c) WHERE c <> 'allballs';
CREATE INDEX x_tm_w103 ON x_tm (c) WHERE isfinite(c);
CREATE INDEX x_tm_w106 ON x_tm (c) WHERE extract(hour FROM c) < 12;
CREATE INDEX x_tsr_w2 ON x_tsr (c) WHERE c IN ('[2020-01-01,2021-01-01)');
CREATE INDEX x_tsr_w7 ON x_tsr (c) WHERE c = ANY (ARRAY['[2020-01-01,2021-01-01)', c]);
CREATE INDEX x_tsr_w8 ON x_tsr (c) WHERE c IN ('[2020-01-01,2021-01-01)', c);
CREATE INDEX x_tsr_w13 ON x_tsr (c) WHERE c IS DISTINCT FROM '[2020-01-01,2021-01-01)';
CREATE INDEX x_tsr_w14 ON x_tsr (c) WHERE c IS NOT DISTINCT FROM '[2020-01-01,2021-01-01)';
CREATE INDEX x_tsr_w15 ON x_tsr (c) WHERE COALESCE(c, '[2020-01-01,2021-01-01)') = '[2020-01-01,2021-01-01)';
CREATE INDEX x_tsr_w16 ON x_tsr (c) WHERE NULLIF(c, '[2020-01-01,2021-01-01)') IS NULL;
CREATE INDEX x_tsr_w23 ON x_tsr (c) WHERE (c, 1) IS DISTINCT FROM ('[2020-01-01,2021-01-01)', 1);
CREATE INDEX x_tsr_w24 ON x_tsr (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tsr_w28 ON x_tsr (c) WHERE c = '[2020-01-01,2021-01-01)'::tstzrange;
CREATE INDEX x_tsr_w31 ON x_tsr (c) WHERE NOT (c = '[2020-01-01,2021-01-01)');
CREATE INDEX x_tsr_w32 ON x_tsr (c) WHERE c IS NULL OR c <> '[2020-01-01,2021-01-01)';
CREATE INDEX x_tsr_w33 ON x_tsr (c) WHERE c = ANY ('{}');
CREATE INDEX x_tsr_w34 ON x_tsr (c) WHERE c = ANY ('{}'::tstzrange[]);
CREATE INDEX x_tsr_w38 ON x_tsr (c) WHERE c = ANY (ARRAY['[2020-01-01,2021-01-01)']::tstzrange[]);
CREATE INDEX x_tsr_w48 ON x_tsr (c) WHERE lower(c) > '2020-01-01';
CREATE INDEX x_tsr_w49 ON x_tsr (c) WHERE c && tstzrange('2020-01-01', '2021-01-01', '[)');
CREATE INDEX x_tsr_w50 ON x_tsr (c) WHERE NOT lower_inf(c);
CREATE INDEX x_tsv_w0 ON x_tsv (c) WHERE c IN ('a b', to_tsvector('simple', 'x'));
CREATE INDEX x_tsv_w1 ON x_tsv (c) WHERE c NOT IN ('a b', to_tsvector('simple', 'x'));
CREATE INDEX x_tsv_w2 ON x_tsv (c) WHERE c IN ('a b');
CREATE INDEX x_tsv_w3 ON x_tsv (c) WHERE c = ANY (ARRAY['a b', to_tsvector('simple', 'x')]);
CREATE INDEX x_tsv_w4 ON x_tsv (c) WHERE c <> ALL (ARRAY['a b', to_tsvector('simple', 'x')]);
CREATE INDEX x_tsv_w5 ON x_tsv (c) WHERE c = ANY (ARRAY['a b', to_tsvector('simple', 'x'), NULL]);
CREATE INDEX x_tsv_w6 ON x_tsv (c) WHERE c IN ('a b', to_tsvector('simple', 'x'), NULL);
CREATE INDEX x_tsv_w7 ON x_tsv (c) WHERE c = ANY (ARRAY['a b', c]);
CREATE INDEX x_tsv_w8 ON x_tsv (c) WHERE c IN ('a b', c);
CREATE INDEX x_tsv_w9 ON x_tsv (c) WHERE c BETWEEN 'a b' AND to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w10 ON x_tsv (c) WHERE c NOT BETWEEN 'a b' AND to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w11 ON x_tsv (c) WHERE c BETWEEN SYMMETRIC to_tsvector('simple', 'x') AND 'a b';
CREATE INDEX x_tsv_w12 ON x_tsv (c) WHERE c NOT BETWEEN SYMMETRIC 'a b' AND to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w13 ON x_tsv (c) WHERE c IS DISTINCT FROM 'a b';
CREATE INDEX x_tsv_w14 ON x_tsv (c) WHERE c IS NOT DISTINCT FROM 'a b';
CREATE INDEX x_tsv_w15 ON x_tsv (c) WHERE COALESCE(c, 'a b') = 'a b';
CREATE INDEX x_tsv_w16 ON x_tsv (c) WHERE NULLIF(c, 'a b') IS NULL;
CREATE INDEX x_tsv_w17 ON x_tsv (c) WHERE GREATEST(c, 'a b', to_tsvector('simple', 'x')) = to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w18 ON x_tsv (c) WHERE LEAST(c, 'a b') <> to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w19 ON x_tsv (c) WHERE CASE WHEN c = 'a b' THEN true ELSE c = to_tsvector('simple', 'x') END;
CREATE INDEX x_tsv_w20 ON x_tsv (c) WHERE CASE c WHEN 'a b' THEN 1 WHEN to_tsvector('simple', 'x') THEN 2 ELSE 0 END > 0;
CREATE INDEX x_tsv_w21 ON x_tsv (c) WHERE (c, c) = ('a b', to_tsvector('simple', 'x'));
CREATE INDEX x_tsv_w22 ON x_tsv (c) WHERE (c, c) < ('a b', to_tsvector('simple', 'x'));
CREATE INDEX x_tsv_w23 ON x_tsv (c) WHERE (c, 1) IS DISTINCT FROM ('a b', 1);
CREATE INDEX x_tsv_w24 ON x_tsv (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tsv_w25 ON x_tsv (c) WHERE c::text <> '';
CREATE INDEX x_tsv_w26 ON x_tsv (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_tsv_w27 ON x_tsv (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_tsv_w28 ON x_tsv (c) WHERE c = 'a b'::tsvector;
CREATE INDEX x_tsv_w29 ON x_tsv (c) WHERE c <> CAST(to_tsvector('simple', 'x') AS tsvector);
CREATE INDEX x_tsv_w30 ON x_tsv (c) WHERE c > 'a b' OR c < to_tsvector('simple', 'x');
CREATE INDEX x_tsv_w31 ON x_tsv (c) WHERE NOT (c = 'a b');
CREATE INDEX x_tsv_w32 ON x_tsv (c) WHERE c IS NULL OR c <> 'a b';
CREATE INDEX x_tsv_w33 ON x_tsv (c) WHERE c = ANY ('{}');
CREATE INDEX x_tsv_w34 ON x_tsv (c) WHERE c = ANY ('{}'::tsvector[]);
CREATE INDEX x_tsv_w37 ON x_tsv (c) WHERE c > ANY (ARRAY['a b', to_tsvector('simple', 'x')]);
CREATE INDEX x_tsv_w38 ON x_tsv (c) WHERE c = ANY (ARRAY['a b']::tsvector[]);
CREATE INDEX x_tsv_w39 ON x_tsv (c) WHERE c IN ('a b'::tsvector, to_tsvector('simple', 'x')::tsvector);
CREATE INDEX x_tsv_w40 ON x_tsv (c) WHERE c = ANY (ARRAY['a b'::tsvector, to_tsvector('simple', 'x')::tsvector]);
CREATE INDEX x_tsv_w42 ON x_tsv (c) WHERE ARRAY[c, 'a b'] = ARRAY['a b', to_tsvector('simple', 'x')];
CREATE INDEX x_tsv_w43 ON x_tsv (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_tsv_w44 ON x_tsv (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_tsv_w45 ON x_tsv (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_tsv_w46 ON x_tsv (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_tsv_w47 ON x_tsv (c) WHERE c @@ 'a & b';
CREATE INDEX x_tsv_w48 ON x_tsv (c) WHERE c @@ to_tsquery('simple', 'a');
CREATE INDEX x_tsv_w49 ON x_tsv (c) WHERE length(c) > 0;
CREATE INDEX x_tsv_w50 ON x_tsv (c) WHERE c @@ plainto_tsquery('english', 'x');
CREATE INDEX x_tsv_w51 ON x_tsv (c) WHERE c @@ 'a:*'::tsquery;
CREATE INDEX x_tsv_w52 ON x_tsv (c) WHERE strip(c) <> '';
CREATE INDEX x_tt_w0 ON x_tt (c) WHERE c IN ('10:00+02', '11:00');
CREATE INDEX x_tt_w1 ON x_tt (c) WHERE c NOT IN ('10:00+02', '11:00');
CREATE INDEX x_tt_w2 ON x_tt (c) WHERE c IN ('10:00+02');
CREATE INDEX x_tt_w6 ON x_tt (c) WHERE c IN ('10:00+02', '11:00', NULL);
CREATE INDEX x_tt_w7 ON x_tt (c) WHERE c = ANY (ARRAY['10:00+02', c]);
CREATE INDEX x_tt_w8 ON x_tt (c) WHERE c IN ('10:00+02', c);
CREATE INDEX x_tt_w9 ON x_tt (c) WHERE c BETWEEN '10:00+02' AND '11:00';
CREATE INDEX x_tt_w10 ON x_tt (c) WHERE c NOT BETWEEN '10:00+02' AND '11:00';
CREATE INDEX x_tt_w11 ON x_tt (c) WHERE c BETWEEN SYMMETRIC '11:00' AND '10:00+02';
CREATE INDEX x_tt_w12 ON x_tt (c) WHERE c NOT BETWEEN SYMMETRIC '10:00+02' AND '11:00';
CREATE INDEX x_tt_w13 ON x_tt (c) WHERE c IS DISTINCT FROM '10:00+02';
CREATE INDEX x_tt_w14 ON x_tt (c) WHERE c IS NOT DISTINCT FROM '10:00+02';
CREATE INDEX x_tt_w15 ON x_tt (c) WHERE COALESCE(c, '10:00+02') = '10:00+02';
CREATE INDEX x_tt_w16 ON x_tt (c) WHERE NULLIF(c, '10:00+02') IS NULL;
CREATE INDEX x_tt_w17 ON x_tt (c) WHERE GREATEST(c, '10:00+02', '11:00') = '11:00';
CREATE INDEX x_tt_w18 ON x_tt (c) WHERE LEAST(c, '10:00+02') <> '11:00';
CREATE INDEX x_tt_w19 ON x_tt (c) WHERE CASE WHEN c = '10:00+02' THEN true ELSE c = '11:00' END;
CREATE INDEX x_tt_w20 ON x_tt (c) WHERE CASE c WHEN '10:00+02' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_tt_w21 ON x_tt (c) WHERE (c, c) = ('10:00+02', '11:00');
CREATE INDEX x_tt_w22 ON x_tt (c) WHERE (c, c) < ('10:00+02', '11:00');
CREATE INDEX x_tt_w23 ON x_tt (c) WHERE (c, 1) IS DISTINCT FROM ('10:00+02', 1);
CREATE INDEX x_tt_w24 ON x_tt (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tt_w25 ON x_tt (c) WHERE c::text <> '';
CREATE INDEX x_tt_w26 ON x_tt (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_tt_w27 ON x_tt (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_tt_w28 ON x_tt (c) WHERE c = '10:00+02'::timetz;
CREATE INDEX x_tt_w29 ON x_tt (c) WHERE c <> CAST('11:00' AS timetz);
CREATE INDEX x_tt_w30 ON x_tt (c) WHERE c > '10:00+02' OR c < '11:00';
CREATE INDEX x_tt_w31 ON x_tt (c) WHERE NOT (c = '10:00+02');
CREATE INDEX x_tt_w32 ON x_tt (c) WHERE c IS NULL OR c <> '10:00+02';
CREATE INDEX x_tt_w33 ON x_tt (c) WHERE c = ANY ('{}');
CREATE INDEX x_tt_w34 ON x_tt (c) WHERE c = ANY ('{}'::timetz[]);
CREATE INDEX x_tt_w38 ON x_tt (c) WHERE c = ANY (ARRAY['10:00+02']::timetz[]);
CREATE INDEX x_tt_w39 ON x_tt (c) WHERE c IN ('10:00+02'::timetz, '11:00'::timetz);
CREATE INDEX x_tt_w40 ON x_tt (c) WHERE c = ANY (ARRAY['10:00+02'::timetz, '11:00'::timetz]);
CREATE INDEX x_tt_w43 ON x_tt (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_tt_w44 ON x_tt (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_tt_w45 ON x_tt (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_tt_w46 ON x_tt (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_tt_w60 ON x_tt (c) WHERE EXTRACT(year FROM c) > 2000;
CREATE INDEX x_tt_w61 ON x_tt (c) WHERE EXTRACT('Year' FROM c) > 2000;
CREATE INDEX x_tt_w62 ON x_tt (c) WHERE EXTRACT(YEAR FROM c) > 2000;
CREATE INDEX x_tt_w63 ON x_tt (c) WHERE EXTRACT(epoch FROM c) > 0;
CREATE INDEX x_tt_w64 ON x_tt (c) WHERE EXTRACT('epoch' FROM c) > 0;
CREATE INDEX x_tt_w65 ON x_tt (c) WHERE EXTRACT(Dow FROM c) <> 0;
CREATE INDEX x_tt_w66 ON x_tt (c) WHERE date_part('year', c) > 2000;
CREATE INDEX x_tt_w80 ON x_tt (c) WHERE c > time with time zone '10:00+02';
CREATE INDEX x_tt_w84 ON x_tt (c) WHERE c <> 'allballs';
CREATE INDEX x_tt_w106 ON x_tt (c) WHERE extract(hour FROM c) < 12;
CREATE INDEX x_tz_w0 ON x_tz (c) WHERE c IN ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_tz_w1 ON x_tz (c) WHERE c NOT IN ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_tz_w2 ON x_tz (c) WHERE c IN ('2020-01-01 10:00+02');
CREATE INDEX x_tz_w6 ON x_tz (c) WHERE c IN ('2020-01-01 10:00+02', '2021-01-01', NULL);
CREATE INDEX x_tz_w7 ON x_tz (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02', c]);
CREATE INDEX x_tz_w8 ON x_tz (c) WHERE c IN ('2020-01-01 10:00+02', c);
CREATE INDEX x_tz_w9 ON x_tz (c) WHERE c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_tz_w10 ON x_tz (c) WHERE c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_tz_w11 ON x_tz (c) WHERE c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02';
CREATE INDEX x_tz_w12 ON x_tz (c) WHERE c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01';
CREATE INDEX x_tz_w13 ON x_tz (c) WHERE c IS DISTINCT FROM '2020-01-01 10:00+02';
CREATE INDEX x_tz_w14 ON x_tz (c) WHERE c IS NOT DISTINCT FROM '2020-01-01 10:00+02';
CREATE INDEX x_tz_w15 ON x_tz (c) WHERE COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02';
CREATE INDEX x_tz_w16 ON x_tz (c) WHERE NULLIF(c, '2020-01-01 10:00+02') IS NULL;
CREATE INDEX x_tz_w17 ON x_tz (c) WHERE GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01';
CREATE INDEX x_tz_w18 ON x_tz (c) WHERE LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01';
CREATE INDEX x_tz_w19 ON x_tz (c) WHERE CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END;
CREATE INDEX x_tz_w20 ON x_tz (c) WHERE CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_tz_w21 ON x_tz (c) WHERE (c, c) = ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_tz_w22 ON x_tz (c) WHERE (c, c) < ('2020-01-01 10:00+02', '2021-01-01');
CREATE INDEX x_tz_w23 ON x_tz (c) WHERE (c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1);
CREATE INDEX x_tz_w24 ON x_tz (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_tz_w28 ON x_tz (c) WHERE c = '2020-01-01 10:00+02'::timestamptz;
CREATE INDEX x_tz_w29 ON x_tz (c) WHERE c <> CAST('2021-01-01' AS timestamptz);
CREATE INDEX x_tz_w30 ON x_tz (c) WHERE c > '2020-01-01 10:00+02' OR c < '2021-01-01';
CREATE INDEX x_tz_w31 ON x_tz (c) WHERE NOT (c = '2020-01-01 10:00+02');
CREATE INDEX x_tz_w32 ON x_tz (c) WHERE c IS NULL OR c <> '2020-01-01 10:00+02';
CREATE INDEX x_tz_w33 ON x_tz (c) WHERE c = ANY ('{}');
CREATE INDEX x_tz_w34 ON x_tz (c) WHERE c = ANY ('{}'::timestamptz[]);
CREATE INDEX x_tz_w38 ON x_tz (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02']::timestamptz[]);
CREATE INDEX x_tz_w39 ON x_tz (c) WHERE c IN ('2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz);
CREATE INDEX x_tz_w40 ON x_tz (c) WHERE c = ANY (ARRAY['2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz]);
CREATE INDEX x_tz_w71 ON x_tz (c) WHERE (c AT TIME ZONE 'UTC') > '2020-01-01';
CREATE INDEX x_tz_w72 ON x_tz (c) WHERE c AT TIME ZONE 'UTC' > '2020-01-01';
CREATE INDEX x_tz_w73 ON x_tz (c) WHERE (c AT TIME ZONE 'UTC')::date > '2020-01-01';
CREATE INDEX x_tz_w77 ON x_tz (c) WHERE c > timestamptz '2020-01-01';
CREATE INDEX x_tz_w79 ON x_tz (c) WHERE c > TIMESTAMP WITH TIME ZONE '2020-01-01';
CREATE INDEX x_tz_w81 ON x_tz (c) WHERE c > 'epoch';
CREATE INDEX x_tz_w82 ON x_tz (c) WHERE c < 'infinity';
CREATE INDEX x_tz_w83 ON x_tz (c) WHERE c > '-infinity';
CREATE INDEX x_tz_w100 ON x_tz (c) WHERE c BETWEEN '2020-01-01' AND '2021-01-01';
CREATE INDEX x_tz_w101 ON x_tz (c) WHERE c IN ('2020-01-01', '2021-01-01');
CREATE INDEX x_tz_w103 ON x_tz (c) WHERE isfinite(c);
CREATE INDEX x_tz_w105 ON x_tz (c) WHERE timezone('UTC', c) > '2020-01-01';
CREATE INDEX x_uu_w0 ON x_uu (c) WHERE c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
CREATE INDEX x_uu_w1 ON x_uu (c) WHERE c NOT IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
CREATE INDEX x_uu_w2 ON x_uu (c) WHERE c IN ('00000000-0000-0000-0000-000000000000');
CREATE INDEX x_uu_w6 ON x_uu (c) WHERE c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL);
CREATE INDEX x_uu_w7 ON x_uu (c) WHERE c = ANY (ARRAY['00000000-0000-0000-0000-000000000000', c]);
CREATE INDEX x_uu_w8 ON x_uu (c) WHERE c IN ('00000000-0000-0000-0000-000000000000', c);
CREATE INDEX x_uu_w9 ON x_uu (c) WHERE c BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w10 ON x_uu (c) WHERE c NOT BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w11 ON x_uu (c) WHERE c BETWEEN SYMMETRIC 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AND '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w12 ON x_uu (c) WHERE c NOT BETWEEN SYMMETRIC '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w13 ON x_uu (c) WHERE c IS DISTINCT FROM '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w14 ON x_uu (c) WHERE c IS NOT DISTINCT FROM '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w15 ON x_uu (c) WHERE COALESCE(c, '00000000-0000-0000-0000-000000000000') = '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w16 ON x_uu (c) WHERE NULLIF(c, '00000000-0000-0000-0000-000000000000') IS NULL;
CREATE INDEX x_uu_w17 ON x_uu (c) WHERE GREATEST(c, '00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w18 ON x_uu (c) WHERE LEAST(c, '00000000-0000-0000-0000-000000000000') <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w19 ON x_uu (c) WHERE CASE WHEN c = '00000000-0000-0000-0000-000000000000' THEN true ELSE c = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' END;
CREATE INDEX x_uu_w20 ON x_uu (c) WHERE CASE c WHEN '00000000-0000-0000-0000-000000000000' THEN 1 WHEN 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_uu_w21 ON x_uu (c) WHERE (c, c) = ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
CREATE INDEX x_uu_w22 ON x_uu (c) WHERE (c, c) < ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
CREATE INDEX x_uu_w23 ON x_uu (c) WHERE (c, 1) IS DISTINCT FROM ('00000000-0000-0000-0000-000000000000', 1);
CREATE INDEX x_uu_w24 ON x_uu (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_uu_w25 ON x_uu (c) WHERE c::text <> '';
CREATE INDEX x_uu_w26 ON x_uu (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_uu_w27 ON x_uu (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_uu_w28 ON x_uu (c) WHERE c = '00000000-0000-0000-0000-000000000000'::uuid;
CREATE INDEX x_uu_w29 ON x_uu (c) WHERE c <> CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS uuid);
CREATE INDEX x_uu_w30 ON x_uu (c) WHERE c > '00000000-0000-0000-0000-000000000000' OR c < 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
CREATE INDEX x_uu_w31 ON x_uu (c) WHERE NOT (c = '00000000-0000-0000-0000-000000000000');
CREATE INDEX x_uu_w32 ON x_uu (c) WHERE c IS NULL OR c <> '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w33 ON x_uu (c) WHERE c = ANY ('{}');
CREATE INDEX x_uu_w34 ON x_uu (c) WHERE c = ANY ('{}'::uuid[]);
CREATE INDEX x_uu_w38 ON x_uu (c) WHERE c = ANY (ARRAY['00000000-0000-0000-0000-000000000000']::uuid[]);
CREATE INDEX x_uu_w39 ON x_uu (c) WHERE c IN ('00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid);
CREATE INDEX x_uu_w40 ON x_uu (c) WHERE c = ANY (ARRAY['00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid]);
CREATE INDEX x_uu_w43 ON x_uu (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_uu_w44 ON x_uu (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_uu_w45 ON x_uu (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_uu_w46 ON x_uu (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_uu_w48 ON x_uu (c) WHERE c::text LIKE 'a%';
CREATE INDEX x_uu_w49 ON x_uu (c) WHERE c > '00000000-0000-0000-0000-000000000000';
CREATE INDEX x_uu_w50 ON x_uu (c) WHERE c IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}');
CREATE INDEX x_vb_w0 ON x_vb (c) WHERE c IN (B'1', X'F');
CREATE INDEX x_vb_w1 ON x_vb (c) WHERE c NOT IN (B'1', X'F');
CREATE INDEX x_vb_w2 ON x_vb (c) WHERE c IN (B'1');
CREATE INDEX x_vb_w3 ON x_vb (c) WHERE c = ANY (ARRAY[B'1', X'F']);
CREATE INDEX x_vb_w4 ON x_vb (c) WHERE c <> ALL (ARRAY[B'1', X'F']);
CREATE INDEX x_vb_w5 ON x_vb (c) WHERE c = ANY (ARRAY[B'1', X'F', NULL]);
CREATE INDEX x_vb_w6 ON x_vb (c) WHERE c IN (B'1', X'F', NULL);
CREATE INDEX x_vb_w7 ON x_vb (c) WHERE c = ANY (ARRAY[B'1', c]);
CREATE INDEX x_vb_w8 ON x_vb (c) WHERE c IN (B'1', c);
CREATE INDEX x_vb_w9 ON x_vb (c) WHERE c BETWEEN B'1' AND X'F';
CREATE INDEX x_vb_w10 ON x_vb (c) WHERE c NOT BETWEEN B'1' AND X'F';
CREATE INDEX x_vb_w11 ON x_vb (c) WHERE c BETWEEN SYMMETRIC X'F' AND B'1';
CREATE INDEX x_vb_w12 ON x_vb (c) WHERE c NOT BETWEEN SYMMETRIC B'1' AND X'F';
CREATE INDEX x_vb_w13 ON x_vb (c) WHERE c IS DISTINCT FROM B'1';
CREATE INDEX x_vb_w14 ON x_vb (c) WHERE c IS NOT DISTINCT FROM B'1';
CREATE INDEX x_vb_w15 ON x_vb (c) WHERE COALESCE(c, B'1') = B'1';
CREATE INDEX x_vb_w16 ON x_vb (c) WHERE NULLIF(c, B'1') IS NULL;
CREATE INDEX x_vb_w17 ON x_vb (c) WHERE GREATEST(c, B'1', X'F') = X'F';
CREATE INDEX x_vb_w18 ON x_vb (c) WHERE LEAST(c, B'1') <> X'F';
CREATE INDEX x_vb_w19 ON x_vb (c) WHERE CASE WHEN c = B'1' THEN true ELSE c = X'F' END;
CREATE INDEX x_vb_w20 ON x_vb (c) WHERE CASE c WHEN B'1' THEN 1 WHEN X'F' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_vb_w21 ON x_vb (c) WHERE (c, c) = (B'1', X'F');
CREATE INDEX x_vb_w22 ON x_vb (c) WHERE (c, c) < (B'1', X'F');
CREATE INDEX x_vb_w23 ON x_vb (c) WHERE (c, 1) IS DISTINCT FROM (B'1', 1);
CREATE INDEX x_vb_w24 ON x_vb (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_vb_w25 ON x_vb (c) WHERE c::text <> '';
CREATE INDEX x_vb_w26 ON x_vb (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_vb_w27 ON x_vb (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_vb_w28 ON x_vb (c) WHERE c = B'1'::varbit;
CREATE INDEX x_vb_w29 ON x_vb (c) WHERE c <> CAST(X'F' AS varbit);
CREATE INDEX x_vb_w30 ON x_vb (c) WHERE c > B'1' OR c < X'F';
CREATE INDEX x_vb_w31 ON x_vb (c) WHERE NOT (c = B'1');
CREATE INDEX x_vb_w32 ON x_vb (c) WHERE c IS NULL OR c <> B'1';
CREATE INDEX x_vb_w33 ON x_vb (c) WHERE c = ANY ('{}');
CREATE INDEX x_vb_w34 ON x_vb (c) WHERE c = ANY ('{}'::varbit[]);
CREATE INDEX x_vb_w36 ON x_vb (c) WHERE c = ALL (ARRAY[B'1']);
CREATE INDEX x_vb_w37 ON x_vb (c) WHERE c > ANY (ARRAY[B'1', X'F']);
CREATE INDEX x_vb_w38 ON x_vb (c) WHERE c = ANY (ARRAY[B'1']::varbit[]);
CREATE INDEX x_vb_w39 ON x_vb (c) WHERE c IN (B'1'::varbit, X'F'::varbit);
CREATE INDEX x_vb_w40 ON x_vb (c) WHERE c = ANY (ARRAY[B'1'::varbit, X'F'::varbit]);
CREATE INDEX x_vb_w43 ON x_vb (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_vb_w44 ON x_vb (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_vb_w45 ON x_vb (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_vb_w46 ON x_vb (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_vb_w47 ON x_vb (c) WHERE c <> B'';
CREATE INDEX x_vb_w48 ON x_vb (c) WHERE length(c) > 0;
CREATE INDEX x_vb_w49 ON x_vb (c) WHERE c || B'1' <> B'11';
CREATE INDEX x_vb_w50 ON x_vb (c) WHERE c IN (B'1', B'10');
CREATE INDEX x_vn_w0 ON x_vn (c) WHERE c IN ('a', 'b');
CREATE INDEX x_vn_w1 ON x_vn (c) WHERE c NOT IN ('a', 'b');
CREATE INDEX x_vn_w2 ON x_vn (c) WHERE c IN ('a');
CREATE INDEX x_vn_w3 ON x_vn (c) WHERE c = ANY (ARRAY['a', 'b']);
CREATE INDEX x_vn_w4 ON x_vn (c) WHERE c <> ALL (ARRAY['a', 'b']);
CREATE INDEX x_vn_w5 ON x_vn (c) WHERE c = ANY (ARRAY['a', 'b', NULL]);
CREATE INDEX x_vn_w6 ON x_vn (c) WHERE c IN ('a', 'b', NULL);
CREATE INDEX x_vn_w7 ON x_vn (c) WHERE c = ANY (ARRAY['a', c]);
CREATE INDEX x_vn_w8 ON x_vn (c) WHERE c IN ('a', c);
CREATE INDEX x_vn_w9 ON x_vn (c) WHERE c BETWEEN 'a' AND 'b';
CREATE INDEX x_vn_w10 ON x_vn (c) WHERE c NOT BETWEEN 'a' AND 'b';
CREATE INDEX x_vn_w11 ON x_vn (c) WHERE c BETWEEN SYMMETRIC 'b' AND 'a';
CREATE INDEX x_vn_w12 ON x_vn (c) WHERE c NOT BETWEEN SYMMETRIC 'a' AND 'b';
CREATE INDEX x_vn_w13 ON x_vn (c) WHERE c IS DISTINCT FROM 'a';
CREATE INDEX x_vn_w14 ON x_vn (c) WHERE c IS NOT DISTINCT FROM 'a';
CREATE INDEX x_vn_w15 ON x_vn (c) WHERE COALESCE(c, 'a') = 'a';
CREATE INDEX x_vn_w16 ON x_vn (c) WHERE NULLIF(c, 'a') IS NULL;
CREATE INDEX x_vn_w17 ON x_vn (c) WHERE GREATEST(c, 'a', 'b') = 'b';
CREATE INDEX x_vn_w18 ON x_vn (c) WHERE LEAST(c, 'a') <> 'b';
CREATE INDEX x_vn_w19 ON x_vn (c) WHERE CASE WHEN c = 'a' THEN true ELSE c = 'b' END;
CREATE INDEX x_vn_w20 ON x_vn (c) WHERE CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0;
CREATE INDEX x_vn_w21 ON x_vn (c) WHERE (c, c) = ('a', 'b');
CREATE INDEX x_vn_w22 ON x_vn (c) WHERE (c, c) < ('a', 'b');
CREATE INDEX x_vn_w23 ON x_vn (c) WHERE (c, 1) IS DISTINCT FROM ('a', 1);
CREATE INDEX x_vn_w24 ON x_vn (c) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_vn_w25 ON x_vn (c) WHERE c::text <> '';
CREATE INDEX x_vn_w26 ON x_vn (c) WHERE CAST(c AS text) <> '';
CREATE INDEX x_vn_w27 ON x_vn (c) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_vn_w28 ON x_vn (c) WHERE c = 'a'::varchar;
CREATE INDEX x_vn_w29 ON x_vn (c) WHERE c <> CAST('b' AS varchar);
CREATE INDEX x_vn_w30 ON x_vn (c) WHERE c > 'a' OR c < 'b';
CREATE INDEX x_vn_w31 ON x_vn (c) WHERE NOT (c = 'a');
CREATE INDEX x_vn_w32 ON x_vn (c) WHERE c IS NULL OR c <> 'a';
CREATE INDEX x_vn_w33 ON x_vn (c) WHERE c = ANY ('{}');
CREATE INDEX x_vn_w34 ON x_vn (c) WHERE c = ANY ('{}'::varchar[]);
CREATE INDEX x_vn_w36 ON x_vn (c) WHERE c = ALL (ARRAY['a']);
CREATE INDEX x_vn_w37 ON x_vn (c) WHERE c > ANY (ARRAY['a', 'b']);
CREATE INDEX x_vn_w38 ON x_vn (c) WHERE c = ANY (ARRAY['a']::varchar[]);
CREATE INDEX x_vn_w39 ON x_vn (c) WHERE c IN ('a'::varchar, 'b'::varchar);
CREATE INDEX x_vn_w40 ON x_vn (c) WHERE c = ANY (ARRAY['a'::varchar, 'b'::varchar]);
CREATE INDEX x_vn_w43 ON x_vn (c) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_vn_w44 ON x_vn (c) WHERE c::text IN ('a', 'b');
CREATE INDEX x_vn_w45 ON x_vn (c) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_vn_w46 ON x_vn (c) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_vn_w47 ON x_vn (c) WHERE c LIKE 'a%';
CREATE INDEX x_vn_w48 ON x_vn (c) WHERE c NOT LIKE 'a%';
CREATE INDEX x_vn_w49 ON x_vn (c) WHERE c ILIKE 'A%';
CREATE INDEX x_vn_w50 ON x_vn (c) WHERE c NOT ILIKE 'a%';
CREATE INDEX x_vn_w51 ON x_vn (c) WHERE c LIKE 'a!%' ESCAPE '!';
CREATE INDEX x_vn_w52 ON x_vn (c) WHERE c SIMILAR TO 'a%';
CREATE INDEX x_vn_w53 ON x_vn (c) WHERE c NOT SIMILAR TO '(a|b)%';
CREATE INDEX x_vn_w54 ON x_vn (c) WHERE c SIMILAR TO 'a#%' ESCAPE '#';
CREATE INDEX x_vn_w55 ON x_vn (c) WHERE c ~ '^a';
CREATE INDEX x_vn_w56 ON x_vn (c) WHERE c ~* '^A';
CREATE INDEX x_vn_w57 ON x_vn (c) WHERE c !~ 'x';
CREATE INDEX x_vn_w58 ON x_vn (c) WHERE c !~* 'x';
CREATE INDEX x_vn_w59 ON x_vn (c) WHERE c COLLATE "C" < 'b';
CREATE INDEX x_vn_w60 ON x_vn (c) WHERE (c COLLATE "C") IN ('a', 'b');
CREATE INDEX x_vn_w61 ON x_vn (c) WHERE c COLLATE "C" IN ('a', 'b');
CREATE INDEX x_vn_w62 ON x_vn (c) WHERE lower(c) COLLATE "POSIX" <> 'x';
CREATE INDEX x_vn_w63 ON x_vn (c) WHERE substring(c FROM 1 FOR 2) <> 'x';
CREATE INDEX x_vn_w64 ON x_vn (c) WHERE substring(c FROM 2) <> 'x';
CREATE INDEX x_vn_w65 ON x_vn (c) WHERE substring(c FOR 2) <> 'x';
CREATE INDEX x_vn_w66 ON x_vn (c) WHERE substring(c FROM 'a.*') IS NULL;
CREATE INDEX x_vn_w67 ON x_vn (c) WHERE substring(c SIMILAR 'a%' ESCAPE '#') IS NULL;
CREATE INDEX x_vn_w68 ON x_vn (c) WHERE position('a' IN c) > 0;
CREATE INDEX x_vn_w69 ON x_vn (c) WHERE trim(BOTH 'x' FROM c) <> '';
CREATE INDEX x_vn_w70 ON x_vn (c) WHERE trim(LEADING FROM c) <> '';
CREATE INDEX x_vn_w71 ON x_vn (c) WHERE trim(TRAILING 'x' FROM c) <> '';
CREATE INDEX x_vn_w72 ON x_vn (c) WHERE trim(c) <> '';
CREATE INDEX x_vn_w73 ON x_vn (c) WHERE btrim(c) <> '';
CREATE INDEX x_vn_w74 ON x_vn (c) WHERE overlay(c PLACING 'x' FROM 1 FOR 1) <> '';
CREATE INDEX x_vn_w75 ON x_vn (c) WHERE overlay(c PLACING 'x' FROM 2) <> '';
CREATE INDEX x_vn_w76 ON x_vn (c) WHERE c || 'x' <> 'y';
CREATE INDEX x_vn_w77 ON x_vn (c) WHERE 'x' || c || 'y' <> '';
CREATE INDEX x_vn_w78 ON x_vn (c) WHERE upper(c) = c;
CREATE INDEX x_vn_w79 ON x_vn (c) WHERE length(c) > 0;
CREATE INDEX x_vn_w80 ON x_vn (c) WHERE char_length(c) < 5;
CREATE INDEX x_vn_w81 ON x_vn (c) WHERE c::text ~ '^[a-z]+$';
CREATE INDEX x_vn_w82 ON x_vn (c) WHERE left(c, 1) = 'a';
CREATE INDEX x_vn_w83 ON x_vn (c) WHERE c > '';
CREATE INDEX x_vn_w84 ON x_vn (c) WHERE c <> ''::text;
CREATE INDEX x_vn_w85 ON x_vn (c) WHERE c <> '';
CREATE INDEX x_vn_w86 ON x_vn (c) WHERE c = 'a'::text;
CREATE INDEX x_vn_w87 ON x_vn (c) WHERE c::text = 'a';
CREATE INDEX x_vn_w88 ON x_vn (c) WHERE (c)::text = 'a'::text;
CREATE INDEX x_vn_w89 ON x_vn (c) WHERE c IN ('a'::text, 'b'::text);
CREATE INDEX x_vn_w90 ON x_vn (c) WHERE c = ANY (ARRAY['a', 'b']::varchar[]);
CREATE INDEX x_vn_w91 ON x_vn (c) WHERE c = ANY ('{a,b}'::varchar[]);
CREATE INDEX x_vn_w92 ON x_vn (c) WHERE c = ANY ('{a,b}'::text[]);
CREATE INDEX x_vn_w93 ON x_vn (c) WHERE c = ANY (string_to_array('a,b', ','));
CREATE INDEX x_vn_w94 ON x_vn (c) WHERE c ^@ 'a';
CREATE INDEX x_vn_w95 ON x_vn (c) WHERE starts_with(c, 'a');
CREATE INDEX x_vn_w96 ON x_vn (c) WHERE c IS NORMALIZED;
CREATE INDEX x_vn_w97 ON x_vn (c) WHERE c IS NOT NFC NORMALIZED;
CREATE INDEX x_vn_w98 ON x_vn (c) WHERE normalize(c, NFKC) = c;
CREATE INDEX x_vn_w99 ON x_vn (c) WHERE c NOT IN ('a', 'b') AND c IS NOT NULL;
CREATE INDEX x_vn_w100 ON x_vn (c) WHERE NOT c IN ('a');
CREATE INDEX x_vn_w101 ON x_vn (c) WHERE c LIKE ANY (ARRAY['a%', 'b%']);
CREATE INDEX x_vn_w102 ON x_vn (c) WHERE c ILIKE ALL (ARRAY['%']);
CREATE INDEX x_vn_w103 ON x_vn (c) WHERE c COLLATE "C" LIKE 'a%';
CREATE INDEX x_vn_w104 ON x_vn (c) WHERE E'a\nb' <> c;
CREATE INDEX x_vn_w105 ON x_vn (c) WHERE U&'\0041' <> c;
CREATE INDEX x_vn_w106 ON x_vn (c) WHERE $$x$$ <> c;
CREATE INDEX x_vn_w107 ON x_vn (c) WHERE c <> N'x';
CREATE INDEX x_vn_w108 ON x_vn (c) WHERE c ~ E'\\d';
CREATE INDEX x_vn_w109 ON x_vn (c) WHERE c ~ '\d';
CREATE INDEX x_vn_w112 ON x_vn (c) WHERE c::name <> 'x';
CREATE INDEX x_vn_w113 ON x_vn (c) WHERE c::bpchar <> 'x';
CREATE INDEX x_vn_w114 ON x_vn (c) WHERE c::char(2) <> 'x';
CREATE INDEX x_vn_w115 ON x_vn (c) WHERE c || 1 <> '';
CREATE INDEX x_vn_w116 ON x_vn (c) WHERE 1 || c <> '';
CREATE INDEX x_vn_w117 ON x_vn (c) WHERE c IN ('a' COLLATE "C", 'b');
CREATE INDEX x_vn_w118 ON x_vn (c) WHERE c::varchar(2) = ANY (ARRAY['a', 'b']);
CREATE INDEX x_xml_w24 ON x_xml ((c IS NULL)) WHERE ROW(c, c) IS NOT NULL;
CREATE INDEX x_xml_w25 ON x_xml ((c IS NULL)) WHERE c::text <> '';
CREATE INDEX x_xml_w26 ON x_xml ((c IS NULL)) WHERE CAST(c AS text) <> '';
CREATE INDEX x_xml_w27 ON x_xml ((c IS NULL)) WHERE c::text::varchar(5) <> 'x';
CREATE INDEX x_xml_w43 ON x_xml ((c IS NULL)) WHERE ARRAY[c]::text[] <> '{}';
CREATE INDEX x_xml_w44 ON x_xml ((c IS NULL)) WHERE c::text IN ('a', 'b');
CREATE INDEX x_xml_w45 ON x_xml ((c IS NULL)) WHERE c::varchar IN ('a', 'b');
CREATE INDEX x_xml_w46 ON x_xml ((c IS NULL)) WHERE c::varchar(3) = ANY (ARRAY['a']);
CREATE INDEX x_xml_w47 ON x_xml ((c IS NULL)) WHERE c IS DOCUMENT;
CREATE INDEX x_xml_w48 ON x_xml ((c IS NULL)) WHERE xmlexists('/a' PASSING c);
CREATE INDEX x_xml_w49 ON x_xml ((c IS NULL)) WHERE xpath('/a', c) <> '{}';
CREATE INDEX x_xml_w50 ON x_xml ((c IS NULL)) WHERE xmlserialize(CONTENT c AS text) <> '';
CREATE INDEX x_ad_e0 ON x_ad ((c IN ('{a}', ARRAY['a']::dvc[])), (c NOT IN ('{a}', ARRAY['a']::dvc[])), (c IN ('{a}')), (c IN ('{a}', ARRAY['a']::dvc[], NULL)), (c IN ('{a}', c)), (c BETWEEN '{a}' AND ARRAY['a']::dvc[]), (c NOT BETWEEN '{a}' AND ARRAY['a']::dvc[]), (c BETWEEN SYMMETRIC ARRAY['a']::dvc[] AND '{a}'), (c NOT BETWEEN SYMMETRIC '{a}' AND ARRAY['a']::dvc[]), (c IS DISTINCT FROM '{a}'), (c IS NOT DISTINCT FROM '{a}'), (COALESCE(c, '{a}') = '{a}'), (NULLIF(c, '{a}') IS NULL), (GREATEST(c, '{a}', ARRAY['a']::dvc[]) = ARRAY['a']::dvc[]), (LEAST(c, '{a}') <> ARRAY['a']::dvc[]), (CASE WHEN c = '{a}' THEN true ELSE c = ARRAY['a']::dvc[] END));
CREATE INDEX x_ad_e20 ON x_ad ((CASE c WHEN '{a}' THEN 1 WHEN ARRAY['a']::dvc[] THEN 2 ELSE 0 END > 0), ((c, c) = ('{a}', ARRAY['a']::dvc[])), ((c, c) < ('{a}', ARRAY['a']::dvc[])), ((c, 1) IS DISTINCT FROM ('{a}', 1)), (ROW(c, c) IS NOT NULL), (c = '{a}'::dvc[]), (c <> CAST(ARRAY['a']::dvc[] AS dvc[])), (c > '{a}' OR c < ARRAY['a']::dvc[]), (NOT (c = '{a}')), (c IS NULL OR c <> '{a}'), (c IN ('{a}'::dvc[], ARRAY['a']::dvc[]::dvc[])), (ARRAY[c, '{a}'] = ARRAY['{a}', ARRAY['a']::dvc[]]), (ARRAY[c]::text[] <> '{}'), (c[1] IS NOT NULL), (c[1:2] IS NOT NULL), (c[:2] IS NOT NULL));
CREATE INDEX x_ad_e50 ON x_ad ((c[2:] IS NOT NULL), (c[1][1] IS NULL), (array_length(c, 1) > 0), (cardinality(c) > 0), (c @> ARRAY['a'::dvc]), (c && ARRAY['a'::dvc]), (c <@ ARRAY['a'::dvc]), ('a'::dvc = ANY (c)), ('a'::dvc <> ALL (c)), (c = '{}'), (c <> '{}'), (c || 'a'::dvc IS NOT NULL), (array_position(c, 'a'::dvc) > 0), (c[array_length(c, 1)] IS NOT NULL), (c[-1] IS NULL), (c IS DISTINCT FROM ARRAY['a'::dvc]));
CREATE INDEX x_ad_e66 ON x_ad ((c = ARRAY['a'::dvc, 'a'::dvc]), (c @> '{a}'), (array_ndims(c) = 1), (c[1] IN ('a'::dvc)), (c[1] = ANY (ARRAY['a'::dvc])), (c IN (ARRAY['a'::dvc], '{}')), (c[(1 + 1)] IS NULL), (c[1:1] = ARRAY['a'::dvc]));
CREATE INDEX x_ae_e0 ON x_ae ((c IN ('{sad}', ARRAY['ok']::mood[])), (c NOT IN ('{sad}', ARRAY['ok']::mood[])), (c IN ('{sad}')), (c IN ('{sad}', ARRAY['ok']::mood[], NULL)), (c IN ('{sad}', c)), (c BETWEEN '{sad}' AND ARRAY['ok']::mood[]), (c NOT BETWEEN '{sad}' AND ARRAY['ok']::mood[]), (c BETWEEN SYMMETRIC ARRAY['ok']::mood[] AND '{sad}'), (c NOT BETWEEN SYMMETRIC '{sad}' AND ARRAY['ok']::mood[]), (c IS DISTINCT FROM '{sad}'), (c IS NOT DISTINCT FROM '{sad}'), (COALESCE(c, '{sad}') = '{sad}'), (NULLIF(c, '{sad}') IS NULL), (GREATEST(c, '{sad}', ARRAY['ok']::mood[]) = ARRAY['ok']::mood[]), (LEAST(c, '{sad}') <> ARRAY['ok']::mood[]), (CASE WHEN c = '{sad}' THEN true ELSE c = ARRAY['ok']::mood[] END));
CREATE INDEX x_ae_e20 ON x_ae ((CASE c WHEN '{sad}' THEN 1 WHEN ARRAY['ok']::mood[] THEN 2 ELSE 0 END > 0), ((c, c) = ('{sad}', ARRAY['ok']::mood[])), ((c, c) < ('{sad}', ARRAY['ok']::mood[])), ((c, 1) IS DISTINCT FROM ('{sad}', 1)), (ROW(c, c) IS NOT NULL), (c = '{sad}'::mood[]), (c <> CAST(ARRAY['ok']::mood[] AS mood[])), (c > '{sad}' OR c < ARRAY['ok']::mood[]), (NOT (c = '{sad}')), (c IS NULL OR c <> '{sad}'), (c IN ('{sad}'::mood[], ARRAY['ok']::mood[]::mood[])), (ARRAY[c, '{sad}'] = ARRAY['{sad}', ARRAY['ok']::mood[]]), (c[1] IS NOT NULL), (c[1:2] IS NOT NULL), (c[:2] IS NOT NULL), (c[2:] IS NOT NULL));
CREATE INDEX x_ae_e51 ON x_ae ((c[1][1] IS NULL), (array_length(c, 1) > 0), (cardinality(c) > 0), (c @> ARRAY['sad'::mood]), (c && ARRAY['sad'::mood]), (c <@ ARRAY['sad'::mood]), ('sad'::mood = ANY (c)), ('sad'::mood <> ALL (c)), (c = '{}'), (c <> '{}'), (c || 'sad'::mood IS NOT NULL), (array_position(c, 'sad'::mood) > 0), (c[array_length(c, 1)] IS NOT NULL), (c[-1] IS NULL), (c IS DISTINCT FROM ARRAY['sad'::mood]), (c = ARRAY['sad'::mood, 'sad'::mood]));
CREATE INDEX x_ae_e67 ON x_ae ((c @> '{sad}'), (array_ndims(c) = 1), (c[1] IN ('sad'::mood)), (c[1] = ANY (ARRAY['sad'::mood])), (c IN (ARRAY['sad'::mood], '{}')), (c[(1 + 1)] IS NULL), (c[1:1] = ARRAY['sad'::mood]));
CREATE INDEX x_an_e0 ON x_an ((c IN ('{1.5}', ARRAY[1.5, -2])), (c NOT IN ('{1.5}', ARRAY[1.5, -2])), (c IN ('{1.5}')), (c IN ('{1.5}', ARRAY[1.5, -2], NULL)), (c IN ('{1.5}', c)), (c BETWEEN '{1.5}' AND ARRAY[1.5, -2]), (c NOT BETWEEN '{1.5}' AND ARRAY[1.5, -2]), (c BETWEEN SYMMETRIC ARRAY[1.5, -2] AND '{1.5}'), (c NOT BETWEEN SYMMETRIC '{1.5}' AND ARRAY[1.5, -2]), (c IS DISTINCT FROM '{1.5}'), (c IS NOT DISTINCT FROM '{1.5}'), (COALESCE(c, '{1.5}') = '{1.5}'), (NULLIF(c, '{1.5}') IS NULL), (GREATEST(c, '{1.5}', ARRAY[1.5, -2]) = ARRAY[1.5, -2]), (LEAST(c, '{1.5}') <> ARRAY[1.5, -2]), (CASE WHEN c = '{1.5}' THEN true ELSE c = ARRAY[1.5, -2] END));
CREATE INDEX x_an_e20 ON x_an ((CASE c WHEN '{1.5}' THEN 1 WHEN ARRAY[1.5, -2] THEN 2 ELSE 0 END > 0), ((c, c) = ('{1.5}', ARRAY[1.5, -2])), ((c, c) < ('{1.5}', ARRAY[1.5, -2])), ((c, 1) IS DISTINCT FROM ('{1.5}', 1)), (ROW(c, c) IS NOT NULL), (c = '{1.5}'::numeric[]), (c <> CAST(ARRAY[1.5, -2] AS numeric[])), (c > '{1.5}' OR c < ARRAY[1.5, -2]), (NOT (c = '{1.5}')), (c IS NULL OR c <> '{1.5}'), (c IN ('{1.5}'::numeric[], ARRAY[1.5, -2]::numeric[])), (ARRAY[c]::text[] <> '{}'), (c[1] IS NOT NULL), (c[1:2] IS NOT NULL), (c[:2] IS NOT NULL), (c[2:] IS NOT NULL));
CREATE INDEX x_an_e51 ON x_an ((c[1][1] IS NULL), (array_length(c, 1) > 0), (cardinality(c) > 0), (c @> ARRAY[1.5]), (c && ARRAY[1.5]), (c <@ ARRAY[1.5]), (1.5 = ANY (c)), (1.5 <> ALL (c)), (c = '{}'), (c <> '{}'), (c || 1.5 IS NOT NULL), (array_position(c, 1.5) > 0), (c[array_length(c, 1)] IS NOT NULL), (c[-1] IS NULL), (c IS DISTINCT FROM ARRAY[1.5]), (c = ARRAY[1.5, 1.5]));
CREATE INDEX x_an_e67 ON x_an ((c @> '{1.5}'), (array_ndims(c) = 1), (c[1] IN (1.5)), (c[1] = ANY (ARRAY[1.5])), (c IN (ARRAY[1.5], '{}')), (c[(1 + 1)] IS NULL), (c[1:1] = ARRAY[1.5]));
CREATE INDEX x_at_e0 ON x_at ((c IN ('{a,b}', ARRAY['a'])), (c NOT IN ('{a,b}', ARRAY['a'])), (c IN ('{a,b}')), (c IN ('{a,b}', ARRAY['a'], NULL)), (c IN ('{a,b}', c)), (c BETWEEN '{a,b}' AND ARRAY['a']), (c NOT BETWEEN '{a,b}' AND ARRAY['a']), (c BETWEEN SYMMETRIC ARRAY['a'] AND '{a,b}'), (c NOT BETWEEN SYMMETRIC '{a,b}' AND ARRAY['a']), (c IS DISTINCT FROM '{a,b}'), (c IS NOT DISTINCT FROM '{a,b}'), (COALESCE(c, '{a,b}') = '{a,b}'), (NULLIF(c, '{a,b}') IS NULL), (GREATEST(c, '{a,b}', ARRAY['a']) = ARRAY['a']), (LEAST(c, '{a,b}') <> ARRAY['a']), (CASE WHEN c = '{a,b}' THEN true ELSE c = ARRAY['a'] END));
CREATE INDEX x_at_e20 ON x_at ((CASE c WHEN '{a,b}' THEN 1 WHEN ARRAY['a'] THEN 2 ELSE 0 END > 0), ((c, c) = ('{a,b}', ARRAY['a'])), ((c, c) < ('{a,b}', ARRAY['a'])), ((c, 1) IS DISTINCT FROM ('{a,b}', 1)), (ROW(c, c) IS NOT NULL), (c = '{a,b}'::text[]), (c <> CAST(ARRAY['a'] AS text[])), (c > '{a,b}' OR c < ARRAY['a']), (NOT (c = '{a,b}')), (c IS NULL OR c <> '{a,b}'), (c IN ('{a,b}'::text[], ARRAY['a']::text[])), (ARRAY[c] <> ARRAY['{a,b}']), (ARRAY[c]::text[] <> '{}'), (c[1] IS NOT NULL), (c[1:2] IS NOT NULL), (c[:2] IS NOT NULL));
CREATE INDEX x_at_e50 ON x_at ((c[2:] IS NOT NULL), (c[1][1] IS NULL), (array_length(c, 1) > 0), (cardinality(c) > 0), (c @> ARRAY['a']), (c && ARRAY['a']), (c <@ ARRAY['a']), ('a' = ANY (c)), ('a' <> ALL (c)), (c = '{}'), (c <> '{}'), (array_position(c, 'a') > 0), (c[array_length(c, 1)] IS NOT NULL), (c[-1] IS NULL), (c IS DISTINCT FROM ARRAY['a']), (c = ARRAY['a', 'a']));
CREATE INDEX x_at_e67 ON x_at ((c @> '{a}'), (array_ndims(c) = 1), (c[1] IN ('a')), (c[1] = ANY (ARRAY['a'])), (c IN (ARRAY['a'], '{}')), (c[(1 + 1)] IS NULL), (c[1:1] = ARRAY['a']));
CREATE INDEX x_av_e2 ON x_av ((c IN ('{a,b}')), (c IN ('{a,b}', c)), (c IS DISTINCT FROM '{a,b}'), (c IS NOT DISTINCT FROM '{a,b}'), (COALESCE(c, '{a,b}') = '{a,b}'), (NULLIF(c, '{a,b}') IS NULL), ((c, 1) IS DISTINCT FROM ('{a,b}', 1)), (ROW(c, c) IS NOT NULL), (c = '{a,b}'::varchar(5)[]), (c <> CAST(ARRAY['a'] AS varchar(5)[])), (NOT (c = '{a,b}')), (c IS NULL OR c <> '{a,b}'), (c IN ('{a,b}'::varchar(5)[], ARRAY['a']::varchar(5)[])), (ARRAY[c]::text[] <> '{}'), (c[1] IS NOT NULL), (c[1:2] IS NOT NULL));
CREATE INDEX x_av_e49 ON x_av ((c[:2] IS NOT NULL), (c[2:] IS NOT NULL), (c[1][1] IS NULL), (array_length(c, 1) > 0), (cardinality(c) > 0), ('a' = ANY (c)), ('a' <> ALL (c)), (c = '{}'), (c <> '{}'), (array_position(c, 'a') > 0), (c[array_length(c, 1)] IS NOT NULL), (c[-1] IS NULL), (c @> '{a}'), (array_ndims(c) = 1), (c[1] IN ('a')), (c[1] = ANY (ARRAY['a'])));
CREATE INDEX x_av_e72 ON x_av ((c[(1 + 1)] IS NULL));
CREATE INDEX x_bo_e0 ON x_bo ((c IN (true, false)), (c NOT IN (true, false)), (c IN (true)), (c = ANY (ARRAY[true, false])), (c <> ALL (ARRAY[true, false])), (c = ANY (ARRAY[true, false, NULL])), (c IN (true, false, NULL)), (c = ANY (ARRAY[true, c])), (c IN (true, c)), (c BETWEEN true AND false), (c NOT BETWEEN true AND false), (c BETWEEN SYMMETRIC false AND true), (c NOT BETWEEN SYMMETRIC true AND false), (c IS DISTINCT FROM true), (c IS NOT DISTINCT FROM true), (COALESCE(c, true) = true));
CREATE INDEX x_bo_e16 ON x_bo ((NULLIF(c, true) IS NULL), (GREATEST(c, true, false) = false), (LEAST(c, true) <> false), (CASE WHEN c = true THEN true ELSE c = false END), (CASE c WHEN true THEN 1 WHEN false THEN 2 ELSE 0 END > 0), ((c, c) = (true, false)), ((c, c) < (true, false)), ((c, 1) IS DISTINCT FROM (true, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = true::boolean), (c <> CAST(false AS boolean)), (c > true OR c < false), (NOT (c = true)));
CREATE INDEX x_bo_e32 ON x_bo ((c IS NULL OR c <> true), (c = ANY ('{}')), (c = ANY ('{}'::boolean[])), (c = ALL (ARRAY[true])), (c > ANY (ARRAY[true, false])), (c = ANY (ARRAY[true]::boolean[])), (c IN (true::boolean, false::boolean)), (c = ANY (ARRAY[true::boolean, false::boolean])), (ARRAY[c] <> ARRAY[true]), (ARRAY[c, true] = ARRAY[true, false]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c IS TRUE), (c IS NOT FALSE));
CREATE INDEX x_bo_e49 ON x_bo ((c IS UNKNOWN), (c IS NOT UNKNOWN), (NOT c), (c = true), (c AND true), (c OR NULL), (c <> false), (c IS DISTINCT FROM false), (c::int > 0), (c::text = 'true'), ((NOT c) IS NOT NULL), (c AND NOT c IS NULL), (NOT c IS NULL));
CREATE INDEX x_bt_e0 ON x_bt ((c IN (B'101', '010')), (c NOT IN (B'101', '010')), (c IN (B'101')), (c = ANY (ARRAY[B'101', '010'])), (c <> ALL (ARRAY[B'101', '010'])), (c = ANY (ARRAY[B'101', '010', NULL])), (c IN (B'101', '010', NULL)), (c = ANY (ARRAY[B'101', c])), (c IN (B'101', c)), (c BETWEEN B'101' AND '010'), (c NOT BETWEEN B'101' AND '010'), (c BETWEEN SYMMETRIC '010' AND B'101'), (c NOT BETWEEN SYMMETRIC B'101' AND '010'), (c IS DISTINCT FROM B'101'), (c IS NOT DISTINCT FROM B'101'), (COALESCE(c, B'101') = B'101'));
CREATE INDEX x_bt_e16 ON x_bt ((NULLIF(c, B'101') IS NULL), (GREATEST(c, B'101', '010') = '010'), (LEAST(c, B'101') <> '010'), (CASE WHEN c = B'101' THEN true ELSE c = '010' END), (CASE c WHEN B'101' THEN 1 WHEN '010' THEN 2 ELSE 0 END > 0), ((c, c) = (B'101', '010')), ((c, c) < (B'101', '010')), ((c, 1) IS DISTINCT FROM (B'101', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = B'101'::bit(3)), (c <> CAST('010' AS bit(3))), (c > B'101' OR c < '010'), (NOT (c = B'101')));
CREATE INDEX x_bt_e32 ON x_bt ((c IS NULL OR c <> B'101'), (c = ANY ('{}')), (c = ANY ('{}'::bit(3)[])), (c = ALL (ARRAY[B'101'])), (c > ANY (ARRAY[B'101', '010'])), (c = ANY (ARRAY[B'101']::bit(3)[])), (c IN (B'101'::bit(3), '010'::bit(3))), (c = ANY (ARRAY[B'101'::bit(3), '010'::bit(3)])), (ARRAY[c] <> ARRAY[B'101']), (ARRAY[c, B'101'] = ARRAY[B'101', '010']), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c & B'001' <> B'000'), (c <> '000'));
CREATE INDEX x_bt_e49 ON x_bt ((c::int > 0), (~c <> c), (c << 1 <> c), (length(c) = 3), (get_bit(c, 0) = 1), (c || B'1' <> '0000'));
CREATE INDEX x_by_e0 ON x_by ((c IN ('\x00', 'abc')), (c NOT IN ('\x00', 'abc')), (c IN ('\x00')), (c IN ('\x00', 'abc', NULL)), (c = ANY (ARRAY['\x00', c])), (c IN ('\x00', c)), (c BETWEEN '\x00' AND 'abc'), (c NOT BETWEEN '\x00' AND 'abc'), (c BETWEEN SYMMETRIC 'abc' AND '\x00'), (c NOT BETWEEN SYMMETRIC '\x00' AND 'abc'), (c IS DISTINCT FROM '\x00'), (c IS NOT DISTINCT FROM '\x00'), (COALESCE(c, '\x00') = '\x00'), (NULLIF(c, '\x00') IS NULL), (GREATEST(c, '\x00', 'abc') = 'abc'), (LEAST(c, '\x00') <> 'abc'));
CREATE INDEX x_by_e19 ON x_by ((CASE WHEN c = '\x00' THEN true ELSE c = 'abc' END), (CASE c WHEN '\x00' THEN 1 WHEN 'abc' THEN 2 ELSE 0 END > 0), ((c, c) = ('\x00', 'abc')), ((c, c) < ('\x00', 'abc')), ((c, 1) IS DISTINCT FROM ('\x00', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '\x00'::bytea), (c <> CAST('abc' AS bytea)), (c > '\x00' OR c < 'abc'), (NOT (c = '\x00')), (c IS NULL OR c <> '\x00'), (c = ANY ('{}')), (c = ANY ('{}'::bytea[])));
CREATE INDEX x_by_e38 ON x_by ((c = ANY (ARRAY['\x00']::bytea[])), (c IN ('\x00'::bytea, 'abc'::bytea)), (c = ANY (ARRAY['\x00'::bytea, 'abc'::bytea])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c <> ''::bytea), (length(c) > 0), (substring(c FROM 1 FOR 2) <> ''), (position('\x00'::bytea IN c) > 0), (c || '\x00'::bytea <> ''), (c <> decode('00', 'hex')), (octet_length(c) < 10), (c <> E'\\x00'), (trim(BOTH '\x00'::bytea FROM c) <> ''));
CREATE INDEX x_by_e57 ON x_by ((overlay(c PLACING '\x01' FROM 1 FOR 1) <> ''), (get_byte(c, 0) > 0), (md5(c) <> ''), (encode(c, 'hex') <> ''), (c = ANY (ARRAY['\x00'::bytea])));
CREATE INDEX x_cd_e0 ON x_cd ((c IN ('10.0.0.0/8', '::/0')), (c NOT IN ('10.0.0.0/8', '::/0')), (c IN ('10.0.0.0/8')), (c IN ('10.0.0.0/8', '::/0', NULL)), (c = ANY (ARRAY['10.0.0.0/8', c])), (c IN ('10.0.0.0/8', c)), (c BETWEEN '10.0.0.0/8' AND '::/0'), (c NOT BETWEEN '10.0.0.0/8' AND '::/0'), (c BETWEEN SYMMETRIC '::/0' AND '10.0.0.0/8'), (c NOT BETWEEN SYMMETRIC '10.0.0.0/8' AND '::/0'), (c IS DISTINCT FROM '10.0.0.0/8'), (c IS NOT DISTINCT FROM '10.0.0.0/8'), (COALESCE(c, '10.0.0.0/8') = '10.0.0.0/8'), (NULLIF(c, '10.0.0.0/8') IS NULL), (GREATEST(c, '10.0.0.0/8', '::/0') = '::/0'), (LEAST(c, '10.0.0.0/8') <> '::/0'));
CREATE INDEX x_cd_e19 ON x_cd ((CASE WHEN c = '10.0.0.0/8' THEN true ELSE c = '::/0' END), (CASE c WHEN '10.0.0.0/8' THEN 1 WHEN '::/0' THEN 2 ELSE 0 END > 0), ((c, c) = ('10.0.0.0/8', '::/0')), ((c, c) < ('10.0.0.0/8', '::/0')), ((c, 1) IS DISTINCT FROM ('10.0.0.0/8', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '10.0.0.0/8'::cidr), (c <> CAST('::/0' AS cidr)), (c > '10.0.0.0/8' OR c < '::/0'), (NOT (c = '10.0.0.0/8')), (c IS NULL OR c <> '10.0.0.0/8'), (c = ANY ('{}')), (c = ANY ('{}'::cidr[])));
CREATE INDEX x_cd_e38 ON x_cd ((c = ANY (ARRAY['10.0.0.0/8']::cidr[])), (c IN ('10.0.0.0/8'::cidr, '::/0'::cidr)), (c = ANY (ARRAY['10.0.0.0/8'::cidr, '::/0'::cidr])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c << '10.0.0.0/8'), (c <<= '10.0.0.0/8'), (c >> '10.0.0.1'), (c && '10.0.0.0/8'), (masklen(c) > 8), (family(c) = 4), (host(c) <> ''), (c & '255.0.0.0' <> '0.0.0.0'), (~c <> c));
CREATE INDEX x_cd_e56 ON x_cd ((c + 1 > c), (c - 1 < c), (c - '10.0.0.0'::inet > 0), (abbrev(c) <> ''), (c IN ('10.0.0.1', '::1')), (c = ANY (ARRAY['10.0.0.1'::inet])), (set_masklen(c::cidr, 8) <> c));
CREATE INDEX x_ch_e0 ON x_ch ((c IN ('a', 'bb')), (c NOT IN ('a', 'bb')), (c IN ('a')), (c = ANY (ARRAY['a', 'bb'])), (c <> ALL (ARRAY['a', 'bb'])), (c = ANY (ARRAY['a', 'bb', NULL])), (c IN ('a', 'bb', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'bb'), (c NOT BETWEEN 'a' AND 'bb'), (c BETWEEN SYMMETRIC 'bb' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'bb'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_ch_e16 ON x_ch ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'bb') = 'bb'), (LEAST(c, 'a') <> 'bb'), (CASE WHEN c = 'a' THEN true ELSE c = 'bb' END), (CASE c WHEN 'a' THEN 1 WHEN 'bb' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'bb')), ((c, c) < ('a', 'bb')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::char(3)), (c <> CAST('bb' AS char(3))), (c > 'a' OR c < 'bb'), (NOT (c = 'a')));
CREATE INDEX x_ch_e32 ON x_ch ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::char(3)[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'bb'])), (c = ANY (ARRAY['a']::char(3)[])), (c IN ('a'::char(3), 'bb'::char(3))), (c = ANY (ARRAY['a'::char(3), 'bb'::char(3)])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c LIKE 'a%'), (c NOT LIKE 'a%'), (c ILIKE 'A%'), (c NOT ILIKE 'a%'));
CREATE INDEX x_ch_e51 ON x_ch ((c LIKE 'a!%' ESCAPE '!'), (c SIMILAR TO 'a%'), (c NOT SIMILAR TO '(a|b)%'), (c SIMILAR TO 'a#%' ESCAPE '#'), (c ~ '^a'), (c ~* '^A'), (c !~ 'x'), (c !~* 'x'), (c COLLATE "C" < 'b'), ((c COLLATE "C") IN ('a', 'b')), (c COLLATE "C" IN ('a', 'b')), (lower(c) COLLATE "POSIX" <> 'x'), (substring(c FROM 1 FOR 2) <> 'x'), (substring(c FROM 2) <> 'x'), (substring(c FOR 2) <> 'x'), (substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_ch_e67 ON x_ch ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL), (position('a' IN c) > 0), (trim(BOTH 'x' FROM c) <> ''), (trim(LEADING FROM c) <> ''), (trim(TRAILING 'x' FROM c) <> ''), (trim(c) <> ''), (btrim(c) <> ''), (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''), (overlay(c PLACING 'x' FROM 2) <> ''), (c || 'x' <> 'y'), ('x' || c || 'y' <> ''), (upper(c) = c), (length(c) > 0), (char_length(c) < 5), (c::text ~ '^[a-z]+$'), (left(c, 1) = 'a'));
CREATE INDEX x_ch_e83 ON x_ch ((c > ''), (c <> ''::text), (c <> ''), (c = 'a'::text), (c::text = 'a'), ((c)::text = 'a'::text), (c IN ('a'::text, 'b'::text)), (c IN ('a'::varchar, 'b'::varchar)), (c = ANY (ARRAY['a'::varchar, 'b'::varchar])), (c = ANY (ARRAY['a', 'b']::varchar[])), (c = ANY ('{a,b}'::varchar[])), (c = ANY ('{a,b}'::text[])), (c = ANY (string_to_array('a,b', ','))), (c ^@ 'a'), (starts_with(c, 'a')), (c IS NORMALIZED));
CREATE INDEX x_ch_e99 ON x_ch ((c IS NOT NFC NORMALIZED), (normalize(c, NFKC) = c), (c NOT IN ('a', 'b') AND c IS NOT NULL), (NOT c IN ('a')), (c LIKE ANY (ARRAY['a%', 'b%'])), (c ILIKE ALL (ARRAY['%'])), (c COLLATE "C" LIKE 'a%'), (E'a\nb' <> c), (U&'\0041' <> c), ($$x$$ <> c), (c <> N'x'), (c ~ E'\\d'), (c ~ '\d'), (c::name <> 'x'), (c::bpchar <> 'x'), (c::char(2) <> 'x'));
CREATE INDEX x_ch_e117 ON x_ch ((c || 1 <> ''), (1 || c <> ''), (c IN ('a' COLLATE "C", 'b')), (c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_ch1_e0 ON x_ch1 ((c IN ('a', 'b')), (c NOT IN ('a', 'b')), (c IN ('a')), (c = ANY (ARRAY['a', 'b'])), (c <> ALL (ARRAY['a', 'b'])), (c = ANY (ARRAY['a', 'b', NULL])), (c IN ('a', 'b', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'b'), (c NOT BETWEEN 'a' AND 'b'), (c BETWEEN SYMMETRIC 'b' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'b'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_ch1_e16 ON x_ch1 ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'b') = 'b'), (LEAST(c, 'a') <> 'b'), (CASE WHEN c = 'a' THEN true ELSE c = 'b' END), (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'b')), ((c, c) < ('a', 'b')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::"char"), (c <> CAST('b' AS "char")), (c > 'a' OR c < 'b'), (NOT (c = 'a')));
CREATE INDEX x_ch1_e32 ON x_ch1 ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::"char"[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'b'])), (c = ANY (ARRAY['a']::"char"[])), (c IN ('a'::"char", 'b'::"char")), (c = ANY (ARRAY['a'::"char", 'b'::"char"])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c <> 'x'), (c::text = 'a'), (c = ANY (ARRAY['a'::"char"])));
CREATE INDEX x_ci_e0 ON x_ci ((c IN ('a', 'B')), (c NOT IN ('a', 'B')), (c IN ('a')), (c = ANY (ARRAY['a', 'B'])), (c <> ALL (ARRAY['a', 'B'])), (c = ANY (ARRAY['a', 'B', NULL])), (c IN ('a', 'B', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'B'), (c NOT BETWEEN 'a' AND 'B'), (c BETWEEN SYMMETRIC 'B' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'B'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_ci_e16 ON x_ci ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'B') = 'B'), (LEAST(c, 'a') <> 'B'), (CASE WHEN c = 'a' THEN true ELSE c = 'B' END), (CASE c WHEN 'a' THEN 1 WHEN 'B' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'B')), ((c, c) < ('a', 'B')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::citext), (c <> CAST('B' AS citext)), (c > 'a' OR c < 'B'), (NOT (c = 'a')));
CREATE INDEX x_ci_e32 ON x_ci ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::citext[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'B'])), (c = ANY (ARRAY['a']::citext[])), (c IN ('a'::citext, 'B'::citext)), (c = ANY (ARRAY['a'::citext, 'B'::citext])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c LIKE 'a%'), (c NOT LIKE 'a%'), (c ILIKE 'A%'), (c NOT ILIKE 'a%'));
CREATE INDEX x_ci_e51 ON x_ci ((c LIKE 'a!%' ESCAPE '!'), (c SIMILAR TO 'a%'), (c NOT SIMILAR TO '(a|b)%'), (c SIMILAR TO 'a#%' ESCAPE '#'), (c ~ '^a'), (c ~* '^A'), (c !~ 'x'), (c !~* 'x'), (c COLLATE "C" < 'b'), ((c COLLATE "C") IN ('a', 'b')), (c COLLATE "C" IN ('a', 'b')), (lower(c) COLLATE "POSIX" <> 'x'), (substring(c FROM 1 FOR 2) <> 'x'), (substring(c FROM 2) <> 'x'), (substring(c FOR 2) <> 'x'), (substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_ci_e67 ON x_ci ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL), (position('a' IN c) > 0), (trim(BOTH 'x' FROM c) <> ''), (trim(LEADING FROM c) <> ''), (trim(TRAILING 'x' FROM c) <> ''), (trim(c) <> ''), (btrim(c) <> ''), (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''), (overlay(c PLACING 'x' FROM 2) <> ''), (c || 'x' <> 'y'), ('x' || c || 'y' <> ''), (upper(c) = c), (length(c) > 0), (char_length(c) < 5), (c::text ~ '^[a-z]+$'), (left(c, 1) = 'a'));
CREATE INDEX x_ci_e83 ON x_ci ((c > ''), (c <> ''::text), (c <> ''), (c = 'a'::text), (c::text = 'a'), ((c)::text = 'a'::text), (c IN ('a'::text, 'b'::text)), (c IN ('a'::varchar, 'b'::varchar)), (c = ANY (ARRAY['a'::varchar, 'b'::varchar])), (c = ANY (ARRAY['a', 'b']::varchar[])), (c = ANY ('{a,b}'::varchar[])), (c = ANY ('{a,b}'::text[])), (c = ANY (string_to_array('a,b', ','))), (c ^@ 'a'), (starts_with(c, 'a')), (c IS NORMALIZED));
CREATE INDEX x_ci_e99 ON x_ci ((c IS NOT NFC NORMALIZED), (normalize(c, NFKC) = c), (c NOT IN ('a', 'b') AND c IS NOT NULL), (NOT c IN ('a')), (c LIKE ANY (ARRAY['a%', 'b%'])), (c ILIKE ALL (ARRAY['%'])), (c COLLATE "C" LIKE 'a%'), (E'a\nb' <> c), (U&'\0041' <> c), ($$x$$ <> c), (c <> N'x'), (c ~ E'\\d'), (c ~ '\d'), (c::name <> 'x'), (c::bpchar <> 'x'), (c::char(2) <> 'x'));
CREATE INDEX x_ci_e117 ON x_ci ((c || 1 <> ''), (1 || c <> ''), (c IN ('a' COLLATE "C", 'b')), (c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_dd_e0 ON x_dd ((c IN ('a', 'b')), (c NOT IN ('a', 'b')), (c IN ('a')), (c = ANY (ARRAY['a', 'b'])), (c <> ALL (ARRAY['a', 'b'])), (c = ANY (ARRAY['a', 'b', NULL])), (c IN ('a', 'b', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'b'), (c NOT BETWEEN 'a' AND 'b'), (c BETWEEN SYMMETRIC 'b' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'b'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_dd_e16 ON x_dd ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'b') = 'b'), (LEAST(c, 'a') <> 'b'), (CASE WHEN c = 'a' THEN true ELSE c = 'b' END), (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'b')), ((c, c) < ('a', 'b')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::dvc2), (c <> CAST('b' AS dvc2)), (c > 'a' OR c < 'b'), (NOT (c = 'a')));
CREATE INDEX x_dd_e32 ON x_dd ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::dvc2[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'b'])), (c = ANY (ARRAY['a']::dvc2[])), (c IN ('a'::dvc2, 'b'::dvc2)), (c = ANY (ARRAY['a'::dvc2, 'b'::dvc2])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c LIKE 'a%'), (c NOT LIKE 'a%'), (c ILIKE 'A%'), (c NOT ILIKE 'a%'));
CREATE INDEX x_dd_e51 ON x_dd ((c LIKE 'a!%' ESCAPE '!'), (c SIMILAR TO 'a%'), (c NOT SIMILAR TO '(a|b)%'), (c SIMILAR TO 'a#%' ESCAPE '#'), (c ~ '^a'), (c ~* '^A'), (c !~ 'x'), (c !~* 'x'), (c COLLATE "C" < 'b'), ((c COLLATE "C") IN ('a', 'b')), (c COLLATE "C" IN ('a', 'b')), (lower(c) COLLATE "POSIX" <> 'x'), (substring(c FROM 1 FOR 2) <> 'x'), (substring(c FROM 2) <> 'x'), (substring(c FOR 2) <> 'x'), (substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_dd_e67 ON x_dd ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL), (position('a' IN c) > 0), (trim(BOTH 'x' FROM c) <> ''), (trim(LEADING FROM c) <> ''), (trim(TRAILING 'x' FROM c) <> ''), (trim(c) <> ''), (btrim(c) <> ''), (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''), (overlay(c PLACING 'x' FROM 2) <> ''), (c || 'x' <> 'y'), ('x' || c || 'y' <> ''), (upper(c) = c), (length(c) > 0), (char_length(c) < 5), (c::text ~ '^[a-z]+$'), (left(c, 1) = 'a'));
CREATE INDEX x_dd_e83 ON x_dd ((c > ''), (c <> ''::text), (c <> ''), (c = 'a'::text), (c::text = 'a'), ((c)::text = 'a'::text), (c IN ('a'::text, 'b'::text)), (c IN ('a'::varchar, 'b'::varchar)), (c = ANY (ARRAY['a'::varchar, 'b'::varchar])), (c = ANY (ARRAY['a', 'b']::varchar[])), (c = ANY ('{a,b}'::varchar[])), (c = ANY ('{a,b}'::text[])), (c = ANY (string_to_array('a,b', ','))), (c ^@ 'a'), (starts_with(c, 'a')), (c IS NORMALIZED));
CREATE INDEX x_dd_e99 ON x_dd ((c IS NOT NFC NORMALIZED), (normalize(c, NFKC) = c), (c NOT IN ('a', 'b') AND c IS NOT NULL), (NOT c IN ('a')), (c LIKE ANY (ARRAY['a%', 'b%'])), (c ILIKE ALL (ARRAY['%'])), (c COLLATE "C" LIKE 'a%'), (E'a\nb' <> c), (U&'\0041' <> c), ($$x$$ <> c), (c <> N'x'), (c ~ E'\\d'), (c ~ '\d'), (c::name <> 'x'), (c::bpchar <> 'x'), (c::char(2) <> 'x'));
CREATE INDEX x_dd_e117 ON x_dd ((c || 1 <> ''), (1 || c <> ''), (c IN ('a' COLLATE "C", 'b')), (c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_di_e0 ON x_di ((c IN (1, 2)), (c NOT IN (1, 2)), (c IN (1)), (c = ANY (ARRAY[1, 2])), (c <> ALL (ARRAY[1, 2])), (c = ANY (ARRAY[1, 2, NULL])), (c IN (1, 2, NULL)), (c = ANY (ARRAY[1, c])), (c IN (1, c)), (c BETWEEN 1 AND 2), (c NOT BETWEEN 1 AND 2), (c BETWEEN SYMMETRIC 2 AND 1), (c NOT BETWEEN SYMMETRIC 1 AND 2), (c IS DISTINCT FROM 1), (c IS NOT DISTINCT FROM 1), (COALESCE(c, 1) = 1));
CREATE INDEX x_di_e16 ON x_di ((NULLIF(c, 1) IS NULL), (GREATEST(c, 1, 2) = 2), (LEAST(c, 1) <> 2), (CASE WHEN c = 1 THEN true ELSE c = 2 END), (CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0), ((c, c) = (1, 2)), ((c, c) < (1, 2)), ((c, 1) IS DISTINCT FROM (1, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1::dint), (c <> CAST(2 AS dint)), (c > 1 OR c < 2), (NOT (c = 1)));
CREATE INDEX x_di_e32 ON x_di ((c IS NULL OR c <> 1), (c = ANY ('{}')), (c = ANY ('{}'::dint[])), (c = ALL (ARRAY[1])), (c > ANY (ARRAY[1, 2])), (c = ANY (ARRAY[1]::dint[])), (c IN (1::dint, 2::dint)), (c = ANY (ARRAY[1::dint, 2::dint])), (ARRAY[c, 1] = ARRAY[1, 2]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5));
CREATE INDEX x_di_e50 ON x_di ((c <> -(1)), (-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (c % 2 = 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric));
CREATE INDEX x_di_e66 ON x_di ((c > (-1.5)::numeric), (c BETWEEN -5 AND 5), (c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0));
CREATE INDEX x_di_e82 ON x_di ((c <> -0.0), (-c ^ 2 > 0), ((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])));
CREATE INDEX x_di_e98 ON x_di ((c = ANY ('{1,2}')), (c IN (int '1', numeric '2')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN));
CREATE INDEX x_di_e115 ON x_di ((c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)), (c & 1 = 0), (c | 1 > 0), (c # 1 > 0), (~c < 0), (c << 1 > 0), (c >> 1 > 0), (c / 2 * 2 = c), (c::bigint > 0), (c::smallint > 0), ((-c)::text <> ''), (2 ^ c > 0), (factorial(c) > 0), (c::bool), (c::oid > 0));
CREATE INDEX x_di_e131 ON x_di ((c::text = '1'), (c::bit(3) <> '000'), (-c::int > 0), (-(c::int) > 0), ((-c)::int > 0));
CREATE INDEX x_dn_e0 ON x_dn ((c IN (1.5, 2)), (c NOT IN (1.5, 2)), (c IN (1.5)), (c = ANY (ARRAY[1.5, 2])), (c <> ALL (ARRAY[1.5, 2])), (c = ANY (ARRAY[1.5, 2, NULL])), (c IN (1.5, 2, NULL)), (c = ANY (ARRAY[1.5, c])), (c IN (1.5, c)), (c BETWEEN 1.5 AND 2), (c NOT BETWEEN 1.5 AND 2), (c BETWEEN SYMMETRIC 2 AND 1.5), (c NOT BETWEEN SYMMETRIC 1.5 AND 2), (c IS DISTINCT FROM 1.5), (c IS NOT DISTINCT FROM 1.5), (COALESCE(c, 1.5) = 1.5));
CREATE INDEX x_dn_e16 ON x_dn ((NULLIF(c, 1.5) IS NULL), (GREATEST(c, 1.5, 2) = 2), (LEAST(c, 1.5) <> 2), (CASE WHEN c = 1.5 THEN true ELSE c = 2 END), (CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0), ((c, c) = (1.5, 2)), ((c, c) < (1.5, 2)), ((c, 1) IS DISTINCT FROM (1.5, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1.5::dnum), (c <> CAST(2 AS dnum)), (c > 1.5 OR c < 2), (NOT (c = 1.5)));
CREATE INDEX x_dn_e32 ON x_dn ((c IS NULL OR c <> 1.5), (c = ANY ('{}')), (c = ANY ('{}'::dnum[])), (c = ALL (ARRAY[1.5])), (c > ANY (ARRAY[1.5, 2])), (c = ANY (ARRAY[1.5]::dnum[])), (c IN (1.5::dnum, 2::dnum)), (c = ANY (ARRAY[1.5::dnum, 2::dnum])), (ARRAY[c, 1.5] = ARRAY[1.5, 2]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5));
CREATE INDEX x_dn_e50 ON x_dn ((c <> -(1)), (-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (c % 2 = 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric));
CREATE INDEX x_dn_e66 ON x_dn ((c > (-1.5)::numeric), (c BETWEEN -5 AND 5), (c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0));
CREATE INDEX x_dn_e82 ON x_dn ((c <> -0.0), (-c ^ 2 > 0), ((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])));
CREATE INDEX x_dn_e98 ON x_dn ((c = ANY ('{1,2}')), (c IN (int '1', numeric '2')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN));
CREATE INDEX x_dn_e115 ON x_dn ((c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_dt_e0 ON x_dt ((c IN ('2020-01-01', '2021-01-01')), (c NOT IN ('2020-01-01', '2021-01-01')), (c IN ('2020-01-01')), (c IN ('2020-01-01', '2021-01-01', NULL)), (c = ANY (ARRAY['2020-01-01', c])), (c IN ('2020-01-01', c)), (c BETWEEN '2020-01-01' AND '2021-01-01'), (c NOT BETWEEN '2020-01-01' AND '2021-01-01'), (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01'), (c NOT BETWEEN SYMMETRIC '2020-01-01' AND '2021-01-01'), (c IS DISTINCT FROM '2020-01-01'), (c IS NOT DISTINCT FROM '2020-01-01'), (COALESCE(c, '2020-01-01') = '2020-01-01'), (NULLIF(c, '2020-01-01') IS NULL), (GREATEST(c, '2020-01-01', '2021-01-01') = '2021-01-01'), (LEAST(c, '2020-01-01') <> '2021-01-01'));
CREATE INDEX x_dt_e19 ON x_dt ((CASE WHEN c = '2020-01-01' THEN true ELSE c = '2021-01-01' END), (CASE c WHEN '2020-01-01' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0), ((c, c) = ('2020-01-01', '2021-01-01')), ((c, c) < ('2020-01-01', '2021-01-01')), ((c, 1) IS DISTINCT FROM ('2020-01-01', 1)), (ROW(c, c) IS NOT NULL), (c = '2020-01-01'::date), (c <> CAST('2021-01-01' AS date)), (c > '2020-01-01' OR c < '2021-01-01'), (NOT (c = '2020-01-01')), (c IS NULL OR c <> '2020-01-01'), (c = ANY ('{}')), (c = ANY ('{}'::date[])), (c = ANY (ARRAY['2020-01-01']::date[])), (c IN ('2020-01-01'::date, '2021-01-01'::date)), (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'::date])));
CREATE INDEX x_dt_e60 ON x_dt ((EXTRACT(year FROM c) > 2000), (EXTRACT('Year' FROM c) > 2000), (EXTRACT(YEAR FROM c) > 2000), (EXTRACT(epoch FROM c) > 0), (EXTRACT('epoch' FROM c) > 0), (EXTRACT(Dow FROM c) <> 0), (date_part('year', c) > 2000), (c::date > '2020-01-01'), ((c, c + interval '1 day') OVERLAPS ('2020-01-01'::timestamp, '2021-01-01'::timestamp)), (c > timestamp '2020-01-01'), (c > date '2020-01-01'), (c > timestamp(3) '2020-01-01'), (c > 'epoch'), (c < 'infinity'), (c > '-infinity'), (c + 1 > '2020-01-01'));
CREATE INDEX x_dt_e86 ON x_dt ((c - 1 > '2020-01-01'), (c > date '2020-01-01' + 1), ((c::timestamp)::time > '10:00'), (c::timestamp(0) > '2020-01-01'), (c = ANY (ARRAY['2020-01-01'::date, '2021-01-01'])), (isfinite(c)), (extract(hour FROM c) < 12), (c - '1 day'::interval > '2020-01-01'));
CREATE INDEX x_f4_e0 ON x_f4 ((c IN (1.5, -2)), (c NOT IN (1.5, -2)), (c IN (1.5)), (c = ANY (ARRAY[1.5, -2])), (c <> ALL (ARRAY[1.5, -2])), (c = ANY (ARRAY[1.5, -2, NULL])), (c IN (1.5, -2, NULL)), (c = ANY (ARRAY[1.5, c])), (c IN (1.5, c)), (c BETWEEN 1.5 AND -2), (c NOT BETWEEN 1.5 AND -2), (c BETWEEN SYMMETRIC -2 AND 1.5), (c NOT BETWEEN SYMMETRIC 1.5 AND -2), (c IS DISTINCT FROM 1.5), (c IS NOT DISTINCT FROM 1.5), (COALESCE(c, 1.5) = 1.5));
CREATE INDEX x_f4_e16 ON x_f4 ((NULLIF(c, 1.5) IS NULL), (GREATEST(c, 1.5, -2) = -2), (LEAST(c, 1.5) <> -2), (CASE WHEN c = 1.5 THEN true ELSE c = -2 END), (CASE c WHEN 1.5 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0), ((c, c) = (1.5, -2)), ((c, c) < (1.5, -2)), ((c, 1) IS DISTINCT FROM (1.5, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1.5::real), (c <> CAST(-2 AS real)), (c > 1.5 OR c < -2), (NOT (c = 1.5)));
CREATE INDEX x_f4_e32 ON x_f4 ((c IS NULL OR c <> 1.5), (c = ANY ('{}')), (c = ANY ('{}'::real[])), (c = ALL (ARRAY[1.5])), (c > ANY (ARRAY[1.5, -2])), (c = ANY (ARRAY[1.5]::real[])), (c IN (1.5::real, -2::real)), (c = ANY (ARRAY[1.5::real, -2::real])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5), (c <> -(1)));
CREATE INDEX x_f4_e51 ON x_f4 ((-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric), (c > (-1.5)::numeric), (c BETWEEN -5 AND 5));
CREATE INDEX x_f4_e68 ON x_f4 ((c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0), (c <> -0.0), (-c ^ 2 > 0));
CREATE INDEX x_f4_e84 ON x_f4 (((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])), (c = ANY ('{1,2}')), (c IN (int '1', numeric '2')));
CREATE INDEX x_f4_e100 ON x_f4 ((c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN), (c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_f8_e0 ON x_f8 ((c IN (1.5, -2.5)), (c NOT IN (1.5, -2.5)), (c IN (1.5)), (c = ANY (ARRAY[1.5, -2.5])), (c <> ALL (ARRAY[1.5, -2.5])), (c = ANY (ARRAY[1.5, -2.5, NULL])), (c IN (1.5, -2.5, NULL)), (c = ANY (ARRAY[1.5, c])), (c IN (1.5, c)), (c BETWEEN 1.5 AND -2.5), (c NOT BETWEEN 1.5 AND -2.5), (c BETWEEN SYMMETRIC -2.5 AND 1.5), (c NOT BETWEEN SYMMETRIC 1.5 AND -2.5), (c IS DISTINCT FROM 1.5), (c IS NOT DISTINCT FROM 1.5), (COALESCE(c, 1.5) = 1.5));
CREATE INDEX x_f8_e16 ON x_f8 ((NULLIF(c, 1.5) IS NULL), (GREATEST(c, 1.5, -2.5) = -2.5), (LEAST(c, 1.5) <> -2.5), (CASE WHEN c = 1.5 THEN true ELSE c = -2.5 END), (CASE c WHEN 1.5 THEN 1 WHEN -2.5 THEN 2 ELSE 0 END > 0), ((c, c) = (1.5, -2.5)), ((c, c) < (1.5, -2.5)), ((c, 1) IS DISTINCT FROM (1.5, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1.5::double precision), (c <> CAST(-2.5 AS double precision)), (c > 1.5 OR c < -2.5), (NOT (c = 1.5)));
CREATE INDEX x_f8_e32 ON x_f8 ((c IS NULL OR c <> 1.5), (c = ANY ('{}')), (c = ANY ('{}'::double precision[])), (c = ALL (ARRAY[1.5])), (c > ANY (ARRAY[1.5, -2.5])), (c = ANY (ARRAY[1.5]::double precision[])), (c IN (1.5::double precision, -2.5::double precision)), (c = ANY (ARRAY[1.5::double precision, -2.5::double precision])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5), (c <> -(1)));
CREATE INDEX x_f8_e51 ON x_f8 ((-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric), (c > (-1.5)::numeric), (c BETWEEN -5 AND 5));
CREATE INDEX x_f8_e68 ON x_f8 ((c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0), (c <> -0.0), (-c ^ 2 > 0));
CREATE INDEX x_f8_e84 ON x_f8 (((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])), (c = ANY ('{1,2}')), (c IN (int '1', numeric '2')));
CREATE INDEX x_f8_e100 ON x_f8 ((c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN), (c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_hs_e0 ON x_hs ((c IN ('a=>1', hstore('a', 'b'))), (c NOT IN ('a=>1', hstore('a', 'b'))), (c IN ('a=>1')), (c = ANY (ARRAY['a=>1', hstore('a', 'b')])), (c <> ALL (ARRAY['a=>1', hstore('a', 'b')])), (c = ANY (ARRAY['a=>1', hstore('a', 'b'), NULL])), (c IN ('a=>1', hstore('a', 'b'), NULL)), (c = ANY (ARRAY['a=>1', c])), (c IN ('a=>1', c)), (c IS DISTINCT FROM 'a=>1'), (c IS NOT DISTINCT FROM 'a=>1'), (COALESCE(c, 'a=>1') = 'a=>1'), (NULLIF(c, 'a=>1') IS NULL), (GREATEST(c, 'a=>1', hstore('a', 'b')) = hstore('a', 'b')), (LEAST(c, 'a=>1') <> hstore('a', 'b')), (CASE WHEN c = 'a=>1' THEN true ELSE c = hstore('a', 'b') END));
CREATE INDEX x_hs_e20 ON x_hs ((CASE c WHEN 'a=>1' THEN 1 WHEN hstore('a', 'b') THEN 2 ELSE 0 END > 0), ((c, c) = ('a=>1', hstore('a', 'b'))), ((c, 1) IS DISTINCT FROM ('a=>1', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a=>1'::hstore), (c <> CAST(hstore('a', 'b') AS hstore)), (NOT (c = 'a=>1')), (c IS NULL OR c <> 'a=>1'), (c = ANY ('{}')), (c = ANY ('{}'::hstore[])), (c = ANY (ARRAY['a=>1']::hstore[])), (c IN ('a=>1'::hstore, hstore('a', 'b')::hstore)), (c = ANY (ARRAY['a=>1'::hstore, hstore('a', 'b')::hstore])));
CREATE INDEX x_hs_e42 ON x_hs ((ARRAY[c, 'a=>1'] = ARRAY['a=>1', hstore('a', 'b')]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c ? 'a'), (c -> 'a' <> ''), (c @> 'a=>1'), (c ?| ARRAY['a']), (exist(c, 'a')), (c -> ARRAY['a'] <> '{}'), (defined(c, 'a')));
CREATE INDEX x_i2_e0 ON x_i2 ((c IN (1, -2)), (c NOT IN (1, -2)), (c IN (1)), (c = ANY (ARRAY[1, -2])), (c <> ALL (ARRAY[1, -2])), (c = ANY (ARRAY[1, -2, NULL])), (c IN (1, -2, NULL)), (c = ANY (ARRAY[1, c])), (c IN (1, c)), (c BETWEEN 1 AND -2), (c NOT BETWEEN 1 AND -2), (c BETWEEN SYMMETRIC -2 AND 1), (c NOT BETWEEN SYMMETRIC 1 AND -2), (c IS DISTINCT FROM 1), (c IS NOT DISTINCT FROM 1), (COALESCE(c, 1) = 1));
CREATE INDEX x_i2_e16 ON x_i2 ((NULLIF(c, 1) IS NULL), (GREATEST(c, 1, -2) = -2), (LEAST(c, 1) <> -2), (CASE WHEN c = 1 THEN true ELSE c = -2 END), (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0), ((c, c) = (1, -2)), ((c, c) < (1, -2)), ((c, 1) IS DISTINCT FROM (1, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1::smallint), (c <> CAST(-2 AS smallint)), (c > 1 OR c < -2), (NOT (c = 1)));
CREATE INDEX x_i2_e32 ON x_i2 ((c IS NULL OR c <> 1), (c = ANY ('{}')), (c = ANY ('{}'::smallint[])), (c = ALL (ARRAY[1])), (c > ANY (ARRAY[1, -2])), (c = ANY (ARRAY[1]::smallint[])), (c IN (1::smallint, -2::smallint)), (c = ANY (ARRAY[1::smallint, -2::smallint])), (ARRAY[c, 1] = ARRAY[1, -2]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5));
CREATE INDEX x_i2_e50 ON x_i2 ((c <> -(1)), (-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (c % 2 = 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric));
CREATE INDEX x_i2_e66 ON x_i2 ((c > (-1.5)::numeric), (c BETWEEN -5 AND 5), (c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0));
CREATE INDEX x_i2_e82 ON x_i2 ((c <> -0.0), (-c ^ 2 > 0), ((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])));
CREATE INDEX x_i2_e98 ON x_i2 ((c = ANY ('{1,2}')), (c IN (int '1', numeric '2')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN));
CREATE INDEX x_i2_e115 ON x_i2 ((c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)), (c & 1 = 0), (c | 1 > 0), (c # 1 > 0), (~c < 0), (c << 1 > 0), (c >> 1 > 0), (c / 2 * 2 = c), (c::bigint > 0), (c::smallint > 0), ((-c)::text <> ''), (2 ^ c > 0), (factorial(c) > 0), (c::oid > 0), (c::text = '1'));
CREATE INDEX x_i2_e134 ON x_i2 ((-c::int > 0), (-(c::int) > 0), ((-c)::int > 0));
CREATE INDEX x_i8_e0 ON x_i8 ((c IN (1, -2)), (c NOT IN (1, -2)), (c IN (1)), (c = ANY (ARRAY[1, -2])), (c <> ALL (ARRAY[1, -2])), (c = ANY (ARRAY[1, -2, NULL])), (c IN (1, -2, NULL)), (c = ANY (ARRAY[1, c])), (c IN (1, c)), (c BETWEEN 1 AND -2), (c NOT BETWEEN 1 AND -2), (c BETWEEN SYMMETRIC -2 AND 1), (c NOT BETWEEN SYMMETRIC 1 AND -2), (c IS DISTINCT FROM 1), (c IS NOT DISTINCT FROM 1), (COALESCE(c, 1) = 1));
CREATE INDEX x_i8_e16 ON x_i8 ((NULLIF(c, 1) IS NULL), (GREATEST(c, 1, -2) = -2), (LEAST(c, 1) <> -2), (CASE WHEN c = 1 THEN true ELSE c = -2 END), (CASE c WHEN 1 THEN 1 WHEN -2 THEN 2 ELSE 0 END > 0), ((c, c) = (1, -2)), ((c, c) < (1, -2)), ((c, 1) IS DISTINCT FROM (1, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1::bigint), (c <> CAST(-2 AS bigint)), (c > 1 OR c < -2), (NOT (c = 1)));
CREATE INDEX x_i8_e32 ON x_i8 ((c IS NULL OR c <> 1), (c = ANY ('{}')), (c = ANY ('{}'::bigint[])), (c = ALL (ARRAY[1])), (c > ANY (ARRAY[1, -2])), (c = ANY (ARRAY[1]::bigint[])), (c IN (1::bigint, -2::bigint)), (c = ANY (ARRAY[1::bigint, -2::bigint])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c > -1.5), (c <> -(1)));
CREATE INDEX x_i8_e51 ON x_i8 ((-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (c % 2 = 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int), (c > -1::numeric), (c > (-1.5)::numeric));
CREATE INDEX x_i8_e67 ON x_i8 ((c BETWEEN -5 AND 5), (c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999), (c <> -0), (c <> -0.0));
CREATE INDEX x_i8_e83 ON x_i8 ((-c ^ 2 > 0), ((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])), (c = ANY ('{1,2}')));
CREATE INDEX x_i8_e99 ON x_i8 ((c IN (int '1', numeric '2')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN), (c > 0 AND c < 10 OR c = 20));
CREATE INDEX x_i8_e116 ON x_i8 ((c > 0 AND (c < 10 OR c = 20)), (c & 1 = 0), (c | 1 > 0), (c # 1 > 0), (~c < 0), (c << 1 > 0), (c >> 1 > 0), (c / 2 * 2 = c), (c::bigint > 0), (c::smallint > 0), ((-c)::text <> ''), (2 ^ c > 0), (factorial(c) > 0), (c::oid > 0), (c::text = '1'), (c::bit(3) <> '000'));
CREATE INDEX x_i8_e134 ON x_i8 ((-c::int > 0), (-(c::int) > 0), ((-c)::int > 0));
CREATE INDEX x_ip_e0 ON x_ip ((c IN ('10.0.0.1', '::1')), (c NOT IN ('10.0.0.1', '::1')), (c IN ('10.0.0.1')), (c IN ('10.0.0.1', '::1', NULL)), (c = ANY (ARRAY['10.0.0.1', c])), (c IN ('10.0.0.1', c)), (c BETWEEN '10.0.0.1' AND '::1'), (c NOT BETWEEN '10.0.0.1' AND '::1'), (c BETWEEN SYMMETRIC '::1' AND '10.0.0.1'), (c NOT BETWEEN SYMMETRIC '10.0.0.1' AND '::1'), (c IS DISTINCT FROM '10.0.0.1'), (c IS NOT DISTINCT FROM '10.0.0.1'), (COALESCE(c, '10.0.0.1') = '10.0.0.1'), (NULLIF(c, '10.0.0.1') IS NULL), (GREATEST(c, '10.0.0.1', '::1') = '::1'), (LEAST(c, '10.0.0.1') <> '::1'));
CREATE INDEX x_ip_e19 ON x_ip ((CASE WHEN c = '10.0.0.1' THEN true ELSE c = '::1' END), (CASE c WHEN '10.0.0.1' THEN 1 WHEN '::1' THEN 2 ELSE 0 END > 0), ((c, c) = ('10.0.0.1', '::1')), ((c, c) < ('10.0.0.1', '::1')), ((c, 1) IS DISTINCT FROM ('10.0.0.1', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '10.0.0.1'::inet), (c <> CAST('::1' AS inet)), (c > '10.0.0.1' OR c < '::1'), (NOT (c = '10.0.0.1')), (c IS NULL OR c <> '10.0.0.1'), (c = ANY ('{}')), (c = ANY ('{}'::inet[])));
CREATE INDEX x_ip_e38 ON x_ip ((c = ANY (ARRAY['10.0.0.1']::inet[])), (c IN ('10.0.0.1'::inet, '::1'::inet)), (c = ANY (ARRAY['10.0.0.1'::inet, '::1'::inet])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c << '10.0.0.0/8'), (c <<= '10.0.0.0/8'), (c >> '10.0.0.1'), (c && '10.0.0.0/8'), (masklen(c) > 8), (family(c) = 4), (host(c) <> ''), (c & '255.0.0.0' <> '0.0.0.0'), (~c <> c));
CREATE INDEX x_ip_e56 ON x_ip ((c + 1 > c), (c - 1 < c), (c - '10.0.0.0'::inet > 0), (abbrev(c) <> ''), (c = ANY (ARRAY['10.0.0.1'::inet])), (set_masklen(c::cidr, 8) <> c));
CREATE INDEX x_iv_e0 ON x_iv ((c IN ('1 day', '2 hours')), (c NOT IN ('1 day', '2 hours')), (c IN ('1 day')), (c IN ('1 day', '2 hours', NULL)), (c = ANY (ARRAY['1 day', c])), (c IN ('1 day', c)), (c BETWEEN '1 day' AND '2 hours'), (c NOT BETWEEN '1 day' AND '2 hours'), (c BETWEEN SYMMETRIC '2 hours' AND '1 day'), (c NOT BETWEEN SYMMETRIC '1 day' AND '2 hours'), (c IS DISTINCT FROM '1 day'), (c IS NOT DISTINCT FROM '1 day'), (COALESCE(c, '1 day') = '1 day'), (NULLIF(c, '1 day') IS NULL), (GREATEST(c, '1 day', '2 hours') = '2 hours'), (LEAST(c, '1 day') <> '2 hours'));
CREATE INDEX x_iv_e19 ON x_iv ((CASE WHEN c = '1 day' THEN true ELSE c = '2 hours' END), (CASE c WHEN '1 day' THEN 1 WHEN '2 hours' THEN 2 ELSE 0 END > 0), ((c, c) = ('1 day', '2 hours')), ((c, c) < ('1 day', '2 hours')), ((c, 1) IS DISTINCT FROM ('1 day', 1)), (ROW(c, c) IS NOT NULL), (c = '1 day'::interval), (c <> CAST('2 hours' AS interval)), (c > '1 day' OR c < '2 hours'), (NOT (c = '1 day')), (c IS NULL OR c <> '1 day'), (c = ANY ('{}')), (c = ANY ('{}'::interval[])), (c = ANY (ARRAY['1 day']::interval[])), (c IN ('1 day'::interval, '2 hours'::interval)), (c = ANY (ARRAY['1 day'::interval, '2 hours'::interval])));
CREATE INDEX x_iv_e47 ON x_iv ((c > interval '1' hour), (c > INTERVAL '1' HOUR), (c > interval '1 day'), (c > interval '1-2' year to month), (c > interval(0) '1.5 s'), (c > '1 day'), (c < '-1 day'::interval), (c > - interval '1 day'), (c > -'1 day'::interval), (-c < '1 day'), (c * 2 > '1 day'), (c / 2 > '1 day'), (justify_hours(c) > '1 day'), (EXTRACT(epoch FROM c) > 0), (EXTRACT('Day' FROM c) > 0), (c > interval '1' day to second));
CREATE INDEX x_iv_e63 ON x_iv ((c > interval '1 02:03' day to minute), (c > make_interval(hours => 1)), (c IN ('1 day', '2 days')), (c = ANY (ARRAY[interval '1 day'])));
CREATE INDEX x_js_e24 ON x_js ((ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c -> 'a' IS NOT NULL), (c ->> 'a' <> ''), (c #> '{a}' IS NOT NULL), (c #>> '{a,b}' <> ''), (c -> 0 IS NULL), ((c -> 'a')::text <> ''), ((c ->> 'a')::int > 0), (c ->> 'a' IN ('x', 'y')));
CREATE INDEX x_js_e55 ON x_js ((json_typeof(c::json) = 'object'), ((c ->> 'a')::numeric > -1), (c::text <> '{}'), (c -> 'a' -> 'b' IS NULL), (c #> ARRAY['a'] IS NULL), (c ->> -1 IS NULL), (c -> ('a' || 'b') IS NULL));
CREATE INDEX x_mo_e2 ON x_mo ((c IN ('1.50')), (c = ANY (ARRAY['1.50', c])), (c IN ('1.50', c)), (c IS DISTINCT FROM '1.50'), (c IS NOT DISTINCT FROM '1.50'), (COALESCE(c, '1.50') = '1.50'), (NULLIF(c, '1.50') IS NULL), ((c, 1) IS DISTINCT FROM ('1.50', 1)), (ROW(c, c) IS NOT NULL), (c = '1.50'::money), (NOT (c = '1.50')), (c IS NULL OR c <> '1.50'), (c = ANY ('{}')), (c = ANY ('{}'::money[])), (c = ANY (ARRAY['1.50']::money[])), (c = ANY ('{1,2}')));
CREATE INDEX x_mo_e117 ON x_mo ((c > '1'), (c > '$1.00'), (c * 2 > '1'), (c / 2 > '1'));
CREATE INDEX x_nm_e0 ON x_nm ((c IN (1.5, 2)), (c NOT IN (1.5, 2)), (c IN (1.5)), (c = ANY (ARRAY[1.5, 2])), (c <> ALL (ARRAY[1.5, 2])), (c = ANY (ARRAY[1.5, 2, NULL])), (c IN (1.5, 2, NULL)), (c = ANY (ARRAY[1.5, c])), (c IN (1.5, c)), (c BETWEEN 1.5 AND 2), (c NOT BETWEEN 1.5 AND 2), (c BETWEEN SYMMETRIC 2 AND 1.5), (c NOT BETWEEN SYMMETRIC 1.5 AND 2), (c IS DISTINCT FROM 1.5), (c IS NOT DISTINCT FROM 1.5), (COALESCE(c, 1.5) = 1.5));
CREATE INDEX x_nm_e16 ON x_nm ((NULLIF(c, 1.5) IS NULL), (GREATEST(c, 1.5, 2) = 2), (LEAST(c, 1.5) <> 2), (CASE WHEN c = 1.5 THEN true ELSE c = 2 END), (CASE c WHEN 1.5 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0), ((c, c) = (1.5, 2)), ((c, c) < (1.5, 2)), ((c, 1) IS DISTINCT FROM (1.5, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1.5::numeric(10,2)), (c <> CAST(2 AS numeric(10,2))), (c > 1.5 OR c < 2), (NOT (c = 1.5)));
CREATE INDEX x_nm_e32 ON x_nm ((c IS NULL OR c <> 1.5), (c = ANY ('{}')), (c = ANY ('{}'::numeric(10,2)[])), (c = ALL (ARRAY[1.5])), (c > ANY (ARRAY[1.5, 2])), (c = ANY (ARRAY[1.5]::numeric(10,2)[])), (c IN (1.5::numeric(10,2), 2::numeric(10,2))), (c = ANY (ARRAY[1.5::numeric(10,2), 2::numeric(10,2)])), (ARRAY[c] <> ARRAY[1.5]), (ARRAY[c, 1.5] = ARRAY[1.5, 2]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1));
CREATE INDEX x_nm_e49 ON x_nm ((c > -1.5), (c <> -(1)), (-c < 5), (- c < 5), (c - -1 > 0), (c + 1 * 2 > 0), ((c + 1) * 2 > 0), (c * -1.5 < 0), (c ^ 2 > 0), (@ c > 0), (abs(c) > 0), (c % 2 = 0), (|/ c > 0), (c::int > 0), (c > -1::int), (c > (-1)::int));
CREATE INDEX x_nm_e65 ON x_nm ((c > -1::numeric), (c > (-1.5)::numeric), (c BETWEEN -5 AND 5), (c::numeric(5,1) > 0), (round(c::numeric, 1) > 0), (c > 1e10), (c < 1.0e-5), (c > .5), (c > 5.), (c <> 'NaN'::numeric), (c <> 'Infinity'::float8), (c <> '-Infinity'::float8), (c < 9223372036854775807), (c > -9223372036854775808), (c < 2147483648), (c < 99999999999999999999));
CREATE INDEX x_nm_e81 ON x_nm ((c <> -0), (c <> -0.0), (-c ^ 2 > 0), ((-c) ^ 2 > 0), (-(c ^ 2) < 0), (2 - (3 - c) > 0), (c / (2 * 3) > 0), (c - (1 - 2) > 0), (c - 1 - 2 > 0), ((c - 1) - 2 > 0), (c - (1 + 2) > 0), (c::float8 / 2 > 0), (c IN (1, 2.5)), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)));
CREATE INDEX x_nm_e97 ON x_nm ((c = ANY ('{1,2}'::int[])), (c = ANY ('{1,2}')), (c IN (int '1', numeric '2')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), ((c)::numeric(5,2) > 0), (c * 100 / 3 > 1), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0), (NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE));
CREATE INDEX x_nm_e113 ON x_nm (((c > 1) IS UNKNOWN), (c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_nmx_e0 ON x_nmx ((c IN ('a', 'b')), (c NOT IN ('a', 'b')), (c IN ('a')), (c = ANY (ARRAY['a', 'b'])), (c <> ALL (ARRAY['a', 'b'])), (c = ANY (ARRAY['a', 'b', NULL])), (c IN ('a', 'b', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'b'), (c NOT BETWEEN 'a' AND 'b'), (c BETWEEN SYMMETRIC 'b' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'b'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_nmx_e16 ON x_nmx ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'b') = 'b'), (LEAST(c, 'a') <> 'b'), (CASE WHEN c = 'a' THEN true ELSE c = 'b' END), (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'b')), ((c, c) < ('a', 'b')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::name), (c <> CAST('b' AS name)), (c > 'a' OR c < 'b'), (NOT (c = 'a')));
CREATE INDEX x_nmx_e32 ON x_nmx ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::name[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'b'])), (c = ANY (ARRAY['a']::name[])), (c IN ('a'::name, 'b'::name)), (c = ANY (ARRAY['a'::name, 'b'::name])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c LIKE 'a%'), (c NOT LIKE 'a%'), (c ILIKE 'A%'), (c NOT ILIKE 'a%'));
CREATE INDEX x_nmx_e51 ON x_nmx ((c LIKE 'a!%' ESCAPE '!'), (c SIMILAR TO 'a%'), (c NOT SIMILAR TO '(a|b)%'), (c SIMILAR TO 'a#%' ESCAPE '#'), (c ~ '^a'), (c ~* '^A'), (c !~ 'x'), (c !~* 'x'), (c COLLATE "C" < 'b'), ((c COLLATE "C") IN ('a', 'b')), (c COLLATE "C" IN ('a', 'b')), (lower(c) COLLATE "POSIX" <> 'x'), (substring(c FROM 1 FOR 2) <> 'x'), (substring(c FROM 2) <> 'x'), (substring(c FOR 2) <> 'x'), (substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_nmx_e67 ON x_nmx ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL), (position('a' IN c) > 0), (trim(BOTH 'x' FROM c) <> ''), (trim(LEADING FROM c) <> ''), (trim(TRAILING 'x' FROM c) <> ''), (trim(c) <> ''), (btrim(c) <> ''), (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''), (overlay(c PLACING 'x' FROM 2) <> ''), (c || 'x' <> 'y'), ('x' || c || 'y' <> ''), (upper(c) = c), (length(c) > 0), (char_length(c) < 5), (c::text ~ '^[a-z]+$'), (left(c, 1) = 'a'));
CREATE INDEX x_nmx_e83 ON x_nmx ((c > ''), (c <> ''::text), (c <> ''), (c = 'a'::text), (c::text = 'a'), ((c)::text = 'a'::text), (c IN ('a'::text, 'b'::text)), (c IN ('a'::varchar, 'b'::varchar)), (c = ANY (ARRAY['a'::varchar, 'b'::varchar])), (c = ANY (ARRAY['a', 'b']::varchar[])), (c = ANY ('{a,b}'::varchar[])), (c = ANY ('{a,b}'::text[])), (c = ANY (string_to_array('a,b', ','))), (c ^@ 'a'), (starts_with(c, 'a')), (c IS NORMALIZED));
CREATE INDEX x_nmx_e99 ON x_nmx ((c IS NOT NFC NORMALIZED), (normalize(c, NFKC) = c), (c NOT IN ('a', 'b') AND c IS NOT NULL), (NOT c IN ('a')), (c LIKE ANY (ARRAY['a%', 'b%'])), (c ILIKE ALL (ARRAY['%'])), (c COLLATE "C" LIKE 'a%'), (E'a\nb' <> c), (U&'\0041' <> c), ($$x$$ <> c), (c <> N'x'), (c ~ E'\\d'), (c ~ '\d'), (c::name <> 'x'), (c::bpchar <> 'x'), (c::char(2) <> 'x'));
CREATE INDEX x_nmx_e117 ON x_nmx ((c || 1 <> ''), (1 || c <> ''), (c IN ('a' COLLATE "C", 'b')), (c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_oid_e0 ON x_oid ((c IN (1, 2)), (c NOT IN (1, 2)), (c IN (1)), (c = ANY (ARRAY[1, 2])), (c <> ALL (ARRAY[1, 2])), (c = ANY (ARRAY[1, 2, NULL])), (c IN (1, 2, NULL)), (c = ANY (ARRAY[1, c])), (c IN (1, c)), (c BETWEEN 1 AND 2), (c NOT BETWEEN 1 AND 2), (c BETWEEN SYMMETRIC 2 AND 1), (c NOT BETWEEN SYMMETRIC 1 AND 2), (c IS DISTINCT FROM 1), (c IS NOT DISTINCT FROM 1), (COALESCE(c, 1) = 1));
CREATE INDEX x_oid_e16 ON x_oid ((NULLIF(c, 1) IS NULL), (GREATEST(c, 1, 2) = 2), (LEAST(c, 1) <> 2), (CASE WHEN c = 1 THEN true ELSE c = 2 END), (CASE c WHEN 1 THEN 1 WHEN 2 THEN 2 ELSE 0 END > 0), ((c, c) = (1, 2)), ((c, c) < (1, 2)), ((c, 1) IS DISTINCT FROM (1, 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 1::oid), (c <> CAST(2 AS oid)), (c > 1 OR c < 2), (NOT (c = 1)));
CREATE INDEX x_oid_e32 ON x_oid ((c IS NULL OR c <> 1), (c = ANY ('{}')), (c = ANY ('{}'::oid[])), (c = ALL (ARRAY[1])), (c > ANY (ARRAY[1, 2])), (c = ANY (ARRAY[1]::oid[])), (c IN (1::oid, 2::oid)), (c = ANY (ARRAY[1::oid, 2::oid])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c > -1), (c > - 1), (c <> -(1)), (c::int > 0));
CREATE INDEX x_oid_e63 ON x_oid ((c > -1::int), (c > (-1)::int), (c BETWEEN -5 AND 5), (c < 2147483648), (c <> -0), (c IN (-1, -2)), (c = ANY (ARRAY[-1, 2])), (c IN (1::bigint, 2)), (c = ANY ('{1,2}'::int[])), (c = ANY ('{1,2}')), (c > int4 '1'), (c::text::int > 0), (c::bigint::numeric > 0), (c > ALL (ARRAY[-1, -2])), (c BETWEEN SYMMETRIC 5 AND -5), (c IS NOT NULL AND c >= 0));
CREATE INDEX x_oid_e108 ON x_oid ((NOT c > 0), (NOT (c > 0)), ((c > 1) = (c > 2)), (c > 1 IS TRUE), (c > 1 IS NOT FALSE), ((c > 1) IS UNKNOWN), (c > 0 AND c < 10 OR c = 20), (c > 0 AND (c < 10 OR c = 20)));
CREATE INDEX x_pt_e1 ON x_pt ((c NOT IN ('(1,2)', point(1,2))), (c <> ALL (ARRAY['(1,2)', point(1,2)])), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c <> CAST(point(1,2) AS point)), (c IS NULL OR c <> '(1,2)'), (ARRAY[c, '(1,2)'] = ARRAY['(1,2)', point(1,2)]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c[0] > 0), (c <-> point(0, 0) > 1), (c <@ box '((0,0),(9,9))'));
CREATE INDEX x_pt_e50 ON x_pt ((c ~= point(1, 2)), (c >^ point(0, 0)));
CREATE INDEX x_rg_e0 ON x_rg ((c IN ('[1,2)', int4range(1, 5))), (c NOT IN ('[1,2)', int4range(1, 5))), (c IN ('[1,2)')), (c = ANY (ARRAY['[1,2)', int4range(1, 5)])), (c <> ALL (ARRAY['[1,2)', int4range(1, 5)])), (c = ANY (ARRAY['[1,2)', int4range(1, 5), NULL])), (c IN ('[1,2)', int4range(1, 5), NULL)), (c = ANY (ARRAY['[1,2)', c])), (c IN ('[1,2)', c)), (c BETWEEN '[1,2)' AND int4range(1, 5)), (c NOT BETWEEN '[1,2)' AND int4range(1, 5)), (c BETWEEN SYMMETRIC int4range(1, 5) AND '[1,2)'), (c NOT BETWEEN SYMMETRIC '[1,2)' AND int4range(1, 5)), (c IS DISTINCT FROM '[1,2)'), (c IS NOT DISTINCT FROM '[1,2)'), (COALESCE(c, '[1,2)') = '[1,2)'));
CREATE INDEX x_rg_e16 ON x_rg ((NULLIF(c, '[1,2)') IS NULL), (GREATEST(c, '[1,2)', int4range(1, 5)) = int4range(1, 5)), (LEAST(c, '[1,2)') <> int4range(1, 5)), (CASE WHEN c = '[1,2)' THEN true ELSE c = int4range(1, 5) END), (CASE c WHEN '[1,2)' THEN 1 WHEN int4range(1, 5) THEN 2 ELSE 0 END > 0), ((c, c) = ('[1,2)', int4range(1, 5))), ((c, c) < ('[1,2)', int4range(1, 5))), ((c, 1) IS DISTINCT FROM ('[1,2)', 1)), (ROW(c, c) IS NOT NULL), (c = '[1,2)'::int4range), (c <> CAST(int4range(1, 5) AS int4range)), (c > '[1,2)' OR c < int4range(1, 5)), (NOT (c = '[1,2)')), (c IS NULL OR c <> '[1,2)'), (c = ANY ('{}')), (c = ANY ('{}'::int4range[])));
CREATE INDEX x_rg_e37 ON x_rg ((c > ANY (ARRAY['[1,2)', int4range(1, 5)])), (c = ANY (ARRAY['[1,2)']::int4range[])), (c IN ('[1,2)'::int4range, int4range(1, 5)::int4range)), (c = ANY (ARRAY['[1,2)'::int4range, int4range(1, 5)::int4range])), (ARRAY[c, '[1,2)'] = ARRAY['[1,2)', int4range(1, 5)]), (c @> 1), (lower(c) > 0), (c && '[1,5)'), (NOT isempty(c)), (c <> 'empty'), (upper_inc(c)), (c -|- int4range(5, 6)), (c << '[10,20)'::int4range));
CREATE INDEX x_rgc_e0 ON x_rgc ((c IN ('pg_class', 'pg_type')), (c NOT IN ('pg_class', 'pg_type')), (c IN ('pg_class', 'pg_type', NULL)), (c = ANY (ARRAY['pg_class', c])), (ROW(c, c) IS NOT NULL), (c = 'pg_class'::regclass), (c <> CAST('pg_type' AS regclass)), (c = ANY ('{}')), (c = ANY ('{}'::regclass[])), (c = ANY (ARRAY['pg_class']::regclass[])), (c IN ('pg_class'::regclass, 'pg_type'::regclass)), (c = ANY (ARRAY['pg_class'::regclass, 'pg_type'::regclass])), (c <> 'pg_class'::regclass), (c::oid > 0));
CREATE INDEX x_t3_e0 ON x_t3 ((c IN ('2020-01-01 10:00+02', '2021-01-01')), (c NOT IN ('2020-01-01 10:00+02', '2021-01-01')), (c IN ('2020-01-01 10:00+02')), (c IN ('2020-01-01 10:00+02', '2021-01-01', NULL)), (c = ANY (ARRAY['2020-01-01 10:00+02', c])), (c IN ('2020-01-01 10:00+02', c)), (c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'), (c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'), (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02'), (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01'), (c IS DISTINCT FROM '2020-01-01 10:00+02'), (c IS NOT DISTINCT FROM '2020-01-01 10:00+02'), (COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02'), (NULLIF(c, '2020-01-01 10:00+02') IS NULL), (GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01'), (LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01'));
CREATE INDEX x_t3_e19 ON x_t3 ((CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END), (CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0), ((c, c) = ('2020-01-01 10:00+02', '2021-01-01')), ((c, c) < ('2020-01-01 10:00+02', '2021-01-01')), ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1)), (ROW(c, c) IS NOT NULL), (c = '2020-01-01 10:00+02'::timestamp(3) with time zone), (c <> CAST('2021-01-01' AS timestamp(3) with time zone)), (c > '2020-01-01 10:00+02' OR c < '2021-01-01'), (NOT (c = '2020-01-01 10:00+02')), (c IS NULL OR c <> '2020-01-01 10:00+02'), (c = ANY ('{}')), (c = ANY ('{}'::timestamp(3) with time zone[])), (c = ANY (ARRAY['2020-01-01 10:00+02']::timestamp(3) with time zone[])), (c IN ('2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone)), (c = ANY (ARRAY['2020-01-01 10:00+02'::timestamp(3) with time zone, '2021-01-01'::timestamp(3) with time zone])));
CREATE INDEX x_t3_e71 ON x_t3 (((c AT TIME ZONE 'UTC') > '2020-01-01'), (c AT TIME ZONE 'UTC' > '2020-01-01'), ((c AT TIME ZONE 'UTC')::date > '2020-01-01'), (c > timestamptz '2020-01-01'), (c > TIMESTAMP WITH TIME ZONE '2020-01-01'), (c > 'epoch'), (c < 'infinity'), (c > '-infinity'), (c BETWEEN '2020-01-01' AND '2021-01-01'), (c IN ('2020-01-01', '2021-01-01')), (isfinite(c)), (timezone('UTC', c) > '2020-01-01'));
CREATE INDEX x_tm_e0 ON x_tm ((c IN ('10:00', '11:00')), (c NOT IN ('10:00', '11:00')), (c IN ('10:00')), (c IN ('10:00', '11:00', NULL)), (c = ANY (ARRAY['10:00', c])), (c IN ('10:00', c)), (c BETWEEN '10:00' AND '11:00'), (c NOT BETWEEN '10:00' AND '11:00'), (c BETWEEN SYMMETRIC '11:00' AND '10:00'), (c NOT BETWEEN SYMMETRIC '10:00' AND '11:00'), (c IS DISTINCT FROM '10:00'), (c IS NOT DISTINCT FROM '10:00'), (COALESCE(c, '10:00') = '10:00'), (NULLIF(c, '10:00') IS NULL), (GREATEST(c, '10:00', '11:00') = '11:00'), (LEAST(c, '10:00') <> '11:00'));
CREATE INDEX x_tm_e19 ON x_tm ((CASE WHEN c = '10:00' THEN true ELSE c = '11:00' END), (CASE c WHEN '10:00' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0), ((c, c) = ('10:00', '11:00')), ((c, c) < ('10:00', '11:00')), ((c, 1) IS DISTINCT FROM ('10:00', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '10:00'::time), (c <> CAST('11:00' AS time)), (c > '10:00' OR c < '11:00'), (NOT (c = '10:00')), (c IS NULL OR c <> '10:00'), (c = ANY ('{}')), (c = ANY ('{}'::time[])));
CREATE INDEX x_tm_e38 ON x_tm ((c = ANY (ARRAY['10:00']::time[])), (c IN ('10:00'::time, '11:00'::time)), (c = ANY (ARRAY['10:00'::time, '11:00'::time])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (EXTRACT(year FROM c) > 2000), (EXTRACT('Year' FROM c) > 2000), (EXTRACT(YEAR FROM c) > 2000), (EXTRACT(epoch FROM c) > 0), (EXTRACT('epoch' FROM c) > 0), (EXTRACT(Dow FROM c) <> 0), (date_part('year', c) > 2000), (date_trunc('day', c) = c), (c > time '10:00'));
CREATE INDEX x_tm_e84 ON x_tm ((c <> 'allballs'), (isfinite(c)), (extract(hour FROM c) < 12));
CREATE INDEX x_tsr_e2 ON x_tsr ((c IN ('[2020-01-01,2021-01-01)')), (c = ANY (ARRAY['[2020-01-01,2021-01-01)', c])), (c IN ('[2020-01-01,2021-01-01)', c)), (c IS DISTINCT FROM '[2020-01-01,2021-01-01)'), (c IS NOT DISTINCT FROM '[2020-01-01,2021-01-01)'), (COALESCE(c, '[2020-01-01,2021-01-01)') = '[2020-01-01,2021-01-01)'), (NULLIF(c, '[2020-01-01,2021-01-01)') IS NULL), ((c, 1) IS DISTINCT FROM ('[2020-01-01,2021-01-01)', 1)), (ROW(c, c) IS NOT NULL), (c = '[2020-01-01,2021-01-01)'::tstzrange), (NOT (c = '[2020-01-01,2021-01-01)')), (c IS NULL OR c <> '[2020-01-01,2021-01-01)'), (c = ANY ('{}')), (c = ANY ('{}'::tstzrange[])), (c = ANY (ARRAY['[2020-01-01,2021-01-01)']::tstzrange[])), (lower(c) > '2020-01-01'));
CREATE INDEX x_tsr_e49 ON x_tsr ((c && tstzrange('2020-01-01', '2021-01-01', '[)')), (NOT lower_inf(c)));
CREATE INDEX x_tsv_e0 ON x_tsv ((c IN ('a b', to_tsvector('simple', 'x'))), (c NOT IN ('a b', to_tsvector('simple', 'x'))), (c IN ('a b')), (c = ANY (ARRAY['a b', to_tsvector('simple', 'x')])), (c <> ALL (ARRAY['a b', to_tsvector('simple', 'x')])), (c = ANY (ARRAY['a b', to_tsvector('simple', 'x'), NULL])), (c IN ('a b', to_tsvector('simple', 'x'), NULL)), (c = ANY (ARRAY['a b', c])), (c IN ('a b', c)), (c BETWEEN 'a b' AND to_tsvector('simple', 'x')), (c NOT BETWEEN 'a b' AND to_tsvector('simple', 'x')), (c BETWEEN SYMMETRIC to_tsvector('simple', 'x') AND 'a b'), (c NOT BETWEEN SYMMETRIC 'a b' AND to_tsvector('simple', 'x')), (c IS DISTINCT FROM 'a b'), (c IS NOT DISTINCT FROM 'a b'), (COALESCE(c, 'a b') = 'a b'));
CREATE INDEX x_tsv_e16 ON x_tsv ((NULLIF(c, 'a b') IS NULL), (GREATEST(c, 'a b', to_tsvector('simple', 'x')) = to_tsvector('simple', 'x')), (LEAST(c, 'a b') <> to_tsvector('simple', 'x')), (CASE WHEN c = 'a b' THEN true ELSE c = to_tsvector('simple', 'x') END), (CASE c WHEN 'a b' THEN 1 WHEN to_tsvector('simple', 'x') THEN 2 ELSE 0 END > 0), ((c, c) = ('a b', to_tsvector('simple', 'x'))), ((c, c) < ('a b', to_tsvector('simple', 'x'))), ((c, 1) IS DISTINCT FROM ('a b', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a b'::tsvector), (c <> CAST(to_tsvector('simple', 'x') AS tsvector)), (c > 'a b' OR c < to_tsvector('simple', 'x')), (NOT (c = 'a b')));
CREATE INDEX x_tsv_e32 ON x_tsv ((c IS NULL OR c <> 'a b'), (c = ANY ('{}')), (c = ANY ('{}'::tsvector[])), (c > ANY (ARRAY['a b', to_tsvector('simple', 'x')])), (c = ANY (ARRAY['a b']::tsvector[])), (c IN ('a b'::tsvector, to_tsvector('simple', 'x')::tsvector)), (c = ANY (ARRAY['a b'::tsvector, to_tsvector('simple', 'x')::tsvector])), (ARRAY[c, 'a b'] = ARRAY['a b', to_tsvector('simple', 'x')]), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c @@ 'a & b'), (c @@ to_tsquery('simple', 'a')), (length(c) > 0), (c @@ plainto_tsquery('english', 'x')));
CREATE INDEX x_tsv_e51 ON x_tsv ((c @@ 'a:*'::tsquery), (strip(c) <> ''));
CREATE INDEX x_tt_e0 ON x_tt ((c IN ('10:00+02', '11:00')), (c NOT IN ('10:00+02', '11:00')), (c IN ('10:00+02')), (c IN ('10:00+02', '11:00', NULL)), (c = ANY (ARRAY['10:00+02', c])), (c IN ('10:00+02', c)), (c BETWEEN '10:00+02' AND '11:00'), (c NOT BETWEEN '10:00+02' AND '11:00'), (c BETWEEN SYMMETRIC '11:00' AND '10:00+02'), (c NOT BETWEEN SYMMETRIC '10:00+02' AND '11:00'), (c IS DISTINCT FROM '10:00+02'), (c IS NOT DISTINCT FROM '10:00+02'), (COALESCE(c, '10:00+02') = '10:00+02'), (NULLIF(c, '10:00+02') IS NULL), (GREATEST(c, '10:00+02', '11:00') = '11:00'), (LEAST(c, '10:00+02') <> '11:00'));
CREATE INDEX x_tt_e19 ON x_tt ((CASE WHEN c = '10:00+02' THEN true ELSE c = '11:00' END), (CASE c WHEN '10:00+02' THEN 1 WHEN '11:00' THEN 2 ELSE 0 END > 0), ((c, c) = ('10:00+02', '11:00')), ((c, c) < ('10:00+02', '11:00')), ((c, 1) IS DISTINCT FROM ('10:00+02', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '10:00+02'::timetz), (c <> CAST('11:00' AS timetz)), (c > '10:00+02' OR c < '11:00'), (NOT (c = '10:00+02')), (c IS NULL OR c <> '10:00+02'), (c = ANY ('{}')), (c = ANY ('{}'::timetz[])));
CREATE INDEX x_tt_e38 ON x_tt ((c = ANY (ARRAY['10:00+02']::timetz[])), (c IN ('10:00+02'::timetz, '11:00'::timetz)), (c = ANY (ARRAY['10:00+02'::timetz, '11:00'::timetz])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (EXTRACT(year FROM c) > 2000), (EXTRACT('Year' FROM c) > 2000), (EXTRACT(YEAR FROM c) > 2000), (EXTRACT(epoch FROM c) > 0), (EXTRACT('epoch' FROM c) > 0), (EXTRACT(Dow FROM c) <> 0), (date_part('year', c) > 2000), (c > time with time zone '10:00+02'), (c <> 'allballs'));
CREATE INDEX x_tt_e106 ON x_tt ((extract(hour FROM c) < 12));
CREATE INDEX x_tz_e0 ON x_tz ((c IN ('2020-01-01 10:00+02', '2021-01-01')), (c NOT IN ('2020-01-01 10:00+02', '2021-01-01')), (c IN ('2020-01-01 10:00+02')), (c IN ('2020-01-01 10:00+02', '2021-01-01', NULL)), (c = ANY (ARRAY['2020-01-01 10:00+02', c])), (c IN ('2020-01-01 10:00+02', c)), (c BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'), (c NOT BETWEEN '2020-01-01 10:00+02' AND '2021-01-01'), (c BETWEEN SYMMETRIC '2021-01-01' AND '2020-01-01 10:00+02'), (c NOT BETWEEN SYMMETRIC '2020-01-01 10:00+02' AND '2021-01-01'), (c IS DISTINCT FROM '2020-01-01 10:00+02'), (c IS NOT DISTINCT FROM '2020-01-01 10:00+02'), (COALESCE(c, '2020-01-01 10:00+02') = '2020-01-01 10:00+02'), (NULLIF(c, '2020-01-01 10:00+02') IS NULL), (GREATEST(c, '2020-01-01 10:00+02', '2021-01-01') = '2021-01-01'), (LEAST(c, '2020-01-01 10:00+02') <> '2021-01-01'));
CREATE INDEX x_tz_e19 ON x_tz ((CASE WHEN c = '2020-01-01 10:00+02' THEN true ELSE c = '2021-01-01' END), (CASE c WHEN '2020-01-01 10:00+02' THEN 1 WHEN '2021-01-01' THEN 2 ELSE 0 END > 0), ((c, c) = ('2020-01-01 10:00+02', '2021-01-01')), ((c, c) < ('2020-01-01 10:00+02', '2021-01-01')), ((c, 1) IS DISTINCT FROM ('2020-01-01 10:00+02', 1)), (ROW(c, c) IS NOT NULL), (c = '2020-01-01 10:00+02'::timestamptz), (c <> CAST('2021-01-01' AS timestamptz)), (c > '2020-01-01 10:00+02' OR c < '2021-01-01'), (NOT (c = '2020-01-01 10:00+02')), (c IS NULL OR c <> '2020-01-01 10:00+02'), (c = ANY ('{}')), (c = ANY ('{}'::timestamptz[])), (c = ANY (ARRAY['2020-01-01 10:00+02']::timestamptz[])), (c IN ('2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz)), (c = ANY (ARRAY['2020-01-01 10:00+02'::timestamptz, '2021-01-01'::timestamptz])));
CREATE INDEX x_tz_e71 ON x_tz (((c AT TIME ZONE 'UTC') > '2020-01-01'), (c AT TIME ZONE 'UTC' > '2020-01-01'), ((c AT TIME ZONE 'UTC')::date > '2020-01-01'), (c > timestamptz '2020-01-01'), (c > TIMESTAMP WITH TIME ZONE '2020-01-01'), (c > 'epoch'), (c < 'infinity'), (c > '-infinity'), (c BETWEEN '2020-01-01' AND '2021-01-01'), (c IN ('2020-01-01', '2021-01-01')), (isfinite(c)), (timezone('UTC', c) > '2020-01-01'));
CREATE INDEX x_uu_e0 ON x_uu ((c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')), (c NOT IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')), (c IN ('00000000-0000-0000-0000-000000000000')), (c IN ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', NULL)), (c = ANY (ARRAY['00000000-0000-0000-0000-000000000000', c])), (c IN ('00000000-0000-0000-0000-000000000000', c)), (c BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (c NOT BETWEEN '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (c BETWEEN SYMMETRIC 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AND '00000000-0000-0000-0000-000000000000'), (c NOT BETWEEN SYMMETRIC '00000000-0000-0000-0000-000000000000' AND 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (c IS DISTINCT FROM '00000000-0000-0000-0000-000000000000'), (c IS NOT DISTINCT FROM '00000000-0000-0000-0000-000000000000'), (COALESCE(c, '00000000-0000-0000-0000-000000000000') = '00000000-0000-0000-0000-000000000000'), (NULLIF(c, '00000000-0000-0000-0000-000000000000') IS NULL), (GREATEST(c, '00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (LEAST(c, '00000000-0000-0000-0000-000000000000') <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'));
CREATE INDEX x_uu_e19 ON x_uu ((CASE WHEN c = '00000000-0000-0000-0000-000000000000' THEN true ELSE c = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' END), (CASE c WHEN '00000000-0000-0000-0000-000000000000' THEN 1 WHEN 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' THEN 2 ELSE 0 END > 0), ((c, c) = ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')), ((c, c) < ('00000000-0000-0000-0000-000000000000', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')), ((c, 1) IS DISTINCT FROM ('00000000-0000-0000-0000-000000000000', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = '00000000-0000-0000-0000-000000000000'::uuid), (c <> CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS uuid)), (c > '00000000-0000-0000-0000-000000000000' OR c < 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (NOT (c = '00000000-0000-0000-0000-000000000000')), (c IS NULL OR c <> '00000000-0000-0000-0000-000000000000'), (c = ANY ('{}')), (c = ANY ('{}'::uuid[])));
CREATE INDEX x_uu_e38 ON x_uu ((c = ANY (ARRAY['00000000-0000-0000-0000-000000000000']::uuid[])), (c IN ('00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)), (c = ANY (ARRAY['00000000-0000-0000-0000-000000000000'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c::text LIKE 'a%'), (c > '00000000-0000-0000-0000-000000000000'), (c IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}')));
CREATE INDEX x_vb_e0 ON x_vb ((c IN (B'1', X'F')), (c NOT IN (B'1', X'F')), (c IN (B'1')), (c = ANY (ARRAY[B'1', X'F'])), (c <> ALL (ARRAY[B'1', X'F'])), (c = ANY (ARRAY[B'1', X'F', NULL])), (c IN (B'1', X'F', NULL)), (c = ANY (ARRAY[B'1', c])), (c IN (B'1', c)), (c BETWEEN B'1' AND X'F'), (c NOT BETWEEN B'1' AND X'F'), (c BETWEEN SYMMETRIC X'F' AND B'1'), (c NOT BETWEEN SYMMETRIC B'1' AND X'F'), (c IS DISTINCT FROM B'1'), (c IS NOT DISTINCT FROM B'1'), (COALESCE(c, B'1') = B'1'));
CREATE INDEX x_vb_e16 ON x_vb ((NULLIF(c, B'1') IS NULL), (GREATEST(c, B'1', X'F') = X'F'), (LEAST(c, B'1') <> X'F'), (CASE WHEN c = B'1' THEN true ELSE c = X'F' END), (CASE c WHEN B'1' THEN 1 WHEN X'F' THEN 2 ELSE 0 END > 0), ((c, c) = (B'1', X'F')), ((c, c) < (B'1', X'F')), ((c, 1) IS DISTINCT FROM (B'1', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = B'1'::varbit), (c <> CAST(X'F' AS varbit)), (c > B'1' OR c < X'F'), (NOT (c = B'1')));
CREATE INDEX x_vb_e32 ON x_vb ((c IS NULL OR c <> B'1'), (c = ANY ('{}')), (c = ANY ('{}'::varbit[])), (c = ALL (ARRAY[B'1'])), (c > ANY (ARRAY[B'1', X'F'])), (c = ANY (ARRAY[B'1']::varbit[])), (c IN (B'1'::varbit, X'F'::varbit)), (c = ANY (ARRAY[B'1'::varbit, X'F'::varbit])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c <> B''), (length(c) > 0), (c || B'1' <> B'11'), (c IN (B'1', B'10')));
CREATE INDEX x_vn_e0 ON x_vn ((c IN ('a', 'b')), (c NOT IN ('a', 'b')), (c IN ('a')), (c = ANY (ARRAY['a', 'b'])), (c <> ALL (ARRAY['a', 'b'])), (c = ANY (ARRAY['a', 'b', NULL])), (c IN ('a', 'b', NULL)), (c = ANY (ARRAY['a', c])), (c IN ('a', c)), (c BETWEEN 'a' AND 'b'), (c NOT BETWEEN 'a' AND 'b'), (c BETWEEN SYMMETRIC 'b' AND 'a'), (c NOT BETWEEN SYMMETRIC 'a' AND 'b'), (c IS DISTINCT FROM 'a'), (c IS NOT DISTINCT FROM 'a'), (COALESCE(c, 'a') = 'a'));
CREATE INDEX x_vn_e16 ON x_vn ((NULLIF(c, 'a') IS NULL), (GREATEST(c, 'a', 'b') = 'b'), (LEAST(c, 'a') <> 'b'), (CASE WHEN c = 'a' THEN true ELSE c = 'b' END), (CASE c WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END > 0), ((c, c) = ('a', 'b')), ((c, c) < ('a', 'b')), ((c, 1) IS DISTINCT FROM ('a', 1)), (ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (c = 'a'::varchar), (c <> CAST('b' AS varchar)), (c > 'a' OR c < 'b'), (NOT (c = 'a')));
CREATE INDEX x_vn_e32 ON x_vn ((c IS NULL OR c <> 'a'), (c = ANY ('{}')), (c = ANY ('{}'::varchar[])), (c = ALL (ARRAY['a'])), (c > ANY (ARRAY['a', 'b'])), (c = ANY (ARRAY['a']::varchar[])), (c IN ('a'::varchar, 'b'::varchar)), (c = ANY (ARRAY['a'::varchar, 'b'::varchar])), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c LIKE 'a%'), (c NOT LIKE 'a%'), (c ILIKE 'A%'), (c NOT ILIKE 'a%'));
CREATE INDEX x_vn_e51 ON x_vn ((c LIKE 'a!%' ESCAPE '!'), (c SIMILAR TO 'a%'), (c NOT SIMILAR TO '(a|b)%'), (c SIMILAR TO 'a#%' ESCAPE '#'), (c ~ '^a'), (c ~* '^A'), (c !~ 'x'), (c !~* 'x'), (c COLLATE "C" < 'b'), ((c COLLATE "C") IN ('a', 'b')), (c COLLATE "C" IN ('a', 'b')), (lower(c) COLLATE "POSIX" <> 'x'), (substring(c FROM 1 FOR 2) <> 'x'), (substring(c FROM 2) <> 'x'), (substring(c FOR 2) <> 'x'), (substring(c FROM 'a.*') IS NULL));
CREATE INDEX x_vn_e67 ON x_vn ((substring(c SIMILAR 'a%' ESCAPE '#') IS NULL), (position('a' IN c) > 0), (trim(BOTH 'x' FROM c) <> ''), (trim(LEADING FROM c) <> ''), (trim(TRAILING 'x' FROM c) <> ''), (trim(c) <> ''), (btrim(c) <> ''), (overlay(c PLACING 'x' FROM 1 FOR 1) <> ''), (overlay(c PLACING 'x' FROM 2) <> ''), (c || 'x' <> 'y'), ('x' || c || 'y' <> ''), (upper(c) = c), (length(c) > 0), (char_length(c) < 5), (c::text ~ '^[a-z]+$'), (left(c, 1) = 'a'));
CREATE INDEX x_vn_e83 ON x_vn ((c > ''), (c <> ''::text), (c <> ''), (c = 'a'::text), (c::text = 'a'), ((c)::text = 'a'::text), (c IN ('a'::text, 'b'::text)), (c = ANY (ARRAY['a', 'b']::varchar[])), (c = ANY ('{a,b}'::varchar[])), (c = ANY ('{a,b}'::text[])), (c = ANY (string_to_array('a,b', ','))), (c ^@ 'a'), (starts_with(c, 'a')), (c IS NORMALIZED), (c IS NOT NFC NORMALIZED), (normalize(c, NFKC) = c));
CREATE INDEX x_vn_e99 ON x_vn ((c NOT IN ('a', 'b') AND c IS NOT NULL), (NOT c IN ('a')), (c LIKE ANY (ARRAY['a%', 'b%'])), (c ILIKE ALL (ARRAY['%'])), (c COLLATE "C" LIKE 'a%'), (E'a\nb' <> c), (U&'\0041' <> c), ($$x$$ <> c), (c <> N'x'), (c ~ E'\\d'), (c ~ '\d'), (c::name <> 'x'), (c::bpchar <> 'x'), (c::char(2) <> 'x'), (c || 1 <> ''), (1 || c <> ''));
CREATE INDEX x_vn_e117 ON x_vn ((c IN ('a' COLLATE "C", 'b')), (c::varchar(2) = ANY (ARRAY['a', 'b'])));
CREATE INDEX x_xml_e24 ON x_xml ((ROW(c, c) IS NOT NULL), (c::text <> ''), (CAST(c AS text) <> ''), (c::text::varchar(5) <> 'x'), (ARRAY[c]::text[] <> '{}'), (c::text IN ('a', 'b')), (c::varchar IN ('a', 'b')), (c::varchar(3) = ANY (ARRAY['a'])), (c IS DOCUMENT), (xmlexists('/a' PASSING c)), (xpath('/a', c) <> '{}'), (xmlserialize(CONTENT c AS text) <> ''));
