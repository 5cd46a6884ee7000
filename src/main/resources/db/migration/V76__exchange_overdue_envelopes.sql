-- Federation (issue #7): when an urgent envelope was reported as overdue to the duty officer, so that it is
-- reported once; the partial index keeps the periodic search for overdue envelopes cheap.
alter table exchange_outbox add column overdue_at timestamptz;

create index exchange_outbox_overdue on exchange_outbox (created_at)
    where urgent and overdue_at is null and state <> 'DELIVERED';
