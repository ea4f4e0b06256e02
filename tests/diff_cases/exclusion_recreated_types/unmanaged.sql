ALTER TABLE t ADD CONSTRAINT t_n_excl EXCLUDE USING gist ((n::qty) WITH =, r WITH &&);
ALTER TABLE t ADD CONSTRAINT t_m_excl EXCLUDE USING gist ((m = 'happy'::mood) WITH =, r WITH &&) WHERE (m <> 'meh'::mood);
ALTER TABLE t ADD CONSTRAINT t_l_excl EXCLUDE USING gist ((l = 'high'::level) WITH =, r WITH &&) WHERE (l IS NOT NULL);
