DELETE FROM notes;
UPDATE items SET amount = amount + 1, code = code WHERE id = 1;
INSERT INTO items (id, amount, code, label, quantity, kept) VALUES (3, 1, 'b', 'y', 2, 3);
DO $$ BEGIN
  ASSERT (SELECT string_agg(what, ',' ORDER BY what) FROM notes)
    = 'amount_changed,code_set,kept_set,label_checked,qty_given', 'the triggers fire after the up';
END $$;
DELETE FROM items WHERE id = 3;
DELETE FROM notes;
