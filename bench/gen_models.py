#!/usr/bin/env python3
"""The benchmarks' models: N tables of 10 columns with a check, an index and a
foreign key to the previous table each.

    gen_models.py N FILE           all tables in FILE
    gen_models.py N DIR --split    one file per table, DIR/tI.yaml
    gen_models.py N FILE --domains one domain per ten tables (d0, d1...), with a
                                   check, as the catalog prints it; column
                                   `amount` of table tI is of domain d(I/10)
"""
import sys


def domain(k):
    return f"""  - name: d{k}
    type: numeric(10,2)
    checks:
      - {{ expression: "(VALUE >= (0)::numeric)" }}
"""


def table(i, domains=False):
    ref = ', references: { table: t%d, column: id }' % (i - 1) if i else ''
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
    checks:
      - {{ expression: "(score >= 0)" }}
    indexes:
      - {{ columns: [created_at] }}
"""


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    if sys.argv[3:] == ['--split']:
        for i in range(n):
            with open(f"{out}/t{i}.yaml", 'w') as f:
                f.write("tables:\n" + table(i))
        return
    domains = sys.argv[3:] == ['--domains']
    with open(out, 'w') as f:
        if domains:
            f.write("domains:\n")
            for k in range((n + 9) // 10):
                f.write(domain(k))
        f.write("tables:\n")
        for i in range(n):
            f.write(table(i, domains))


main()
