#!/usr/bin/env python3
"""The benchmarks' models: N tables of 10 columns with a check, an index and a
foreign key to the previous table each.

    gen_models.py N FILE [--domains] [--sequences] [--code]   all tables in FILE
    gen_models.py N DIR --split                      one file per table, DIR/tI.yaml

--domains adds one domain per ten tables (d0, d1...), with a check, as the
catalog prints it; column `amount` of table tI is of domain d(I/10).
--sequences adds one sequence per ten tables (tI_no for every tenth table,
with options, owned by the column tI.no whose default reads it, nullable).
--code adds one function, one view and one trigger per ten tables: the
plpgsql trigger function fK() that table t(10K)'s trigger tK_touch calls
before update, and the view vK that reads t(10K) joined with its parent.
"""
import sys


def domain(k):
    return f"""  - name: d{k}
    type: numeric(10,2)
    checks:
      - {{ expression: "(VALUE >= (0)::numeric)" }}
"""


def sequence(i):
    return f"  - {{ name: t{i}_no, increment: 2, cache: 10, owned_by: t{i}.no }}\n"


def function(k):
    return f"""  - name: f{k}
    definition: |
      CREATE FUNCTION f{k}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.score := NEW.score + {k % 7}; RETURN NEW; END $$;
"""


def view(k):
    i = 10 * k
    parent = f" LEFT JOIN t{i - 1} p ON p.id = t.parent_id" if i else ""
    pname = "p.name" if i else "NULL::text"
    return f"""  - name: v{k}
    query: |
      SELECT t.id, t.name, t.score, {pname} AS parent_name
      FROM t{i} t{parent}
      WHERE t.flag
"""


def table(i, domains=False, sequences=False, code=False):
    ref = ', references: { table: t%d, column: id }' % (i - 1) if i else ''
    no = f"""      - {{ name: no, type: bigint, default: "nextval('t{i}_no')" }}\n""" if sequences and i % 10 == 0 else ''
    return f"""  - name: t{i}
    columns:
      - {{ name: id, type: bigint, identity: always, primary_key: true }}
      - {{ name: parent_id, type: bigint{ref} }}
      - {{ name: name, type: text, nullable: false }}
      - {{ name: email, type: character varying(255) }}
      - {{ name: score, type: integer, nullable: false, default: "0" }}
      - {{ name: amount, type: "{f'd{i // 10}' if domains else 'numeric(10,2)'}" }}
      - {{ name: flag, type: boolean, nullable: false, default: "false" }}
      - {{ name: created_at, type: timestamp with time zone, nullable: false, default: now() }}
      - {{ name: note, type: text }}
      - {{ name: data, type: jsonb }}
{no}    checks:
      - {{ expression: "(score >= 0)" }}
    indexes:
      - {{ columns: [created_at] }}
""" + (f"""    triggers:
      - {{ name: t{i}_touch, timing: before, events: [update], for_each: row, function: f{i // 10}() }}
""" if code and i % 10 == 0 else "")


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    flags = set(sys.argv[3:])
    if flags - {'--split', '--domains', '--sequences', '--code'}:
        sys.exit(f"gen_models.py: unknown option(s) {sorted(flags - {'--split', '--domains', '--sequences', '--code'})}")
    if '--split' in flags:
        for i in range(n):
            with open(f"{out}/t{i}.yaml", 'w') as f:
                f.write("tables:\n" + table(i))
        return
    domains, sequences, code = '--domains' in flags, '--sequences' in flags, '--code' in flags
    with open(out, 'w') as f:
        if domains:
            f.write("domains:\n")
            for k in range((n + 9) // 10):
                f.write(domain(k))
        if sequences:
            f.write("sequences:\n")
            for i in range(0, n, 10):
                f.write(sequence(i))
        if code:
            f.write("functions:\n")
            for k in range((n + 9) // 10):
                f.write(function(k))
            f.write("views:\n")
            for k in range((n + 9) // 10):
                f.write(view(k))
        f.write("tables:\n")
        for i in range(n):
            f.write(table(i, domains, sequences, code))


main()
