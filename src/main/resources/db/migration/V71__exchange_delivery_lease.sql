-- Delivery no longer holds a transaction open during the HTTP exchange: a worker leases the rows it is about
-- to send, so other workers and instances skip them, and the lease lapses if the worker dies.
alter table exchange_outbox add column claimed_until timestamptz;
