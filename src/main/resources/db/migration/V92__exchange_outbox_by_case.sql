-- A case's page shows how its envelopes stand, delivered ones included (issue #26: "not yet delivered", with why).
create index exchange_outbox_by_case on exchange_outbox (case_id, position) where case_id is not null;
