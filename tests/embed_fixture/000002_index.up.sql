-- migrate:no-transaction
CREATE INDEX CONCURRENTLY q_a ON "q""uote" (a);
