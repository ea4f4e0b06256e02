CREATE TABLE "q""uote" (a text DEFAULT E'back\\slash ??= ??/ tab\t', b text DEFAULT 'café');
INSERT INTO "q""uote" VALUES ('"*/ /* ', DEFAULT);