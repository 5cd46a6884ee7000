-- Envelopes this node's inbox refused (issue #26): what the node administrator is alerted about and can read
-- back. The raw envelope is kept only when its signature verified (it is then proof of what the sending node's key
-- signed) and it is small; forged or garbage bodies leave only their hash.

create table exchange_inbound_refusal (
    id uuid primary key,
    seq bigint generated always as identity,
    refused_at timestamptz not null,
    code varchar(40) not null,
    detail varchar(1000) not null,
    sender varchar(200),
    message_id uuid,
    case_id uuid,
    envelope_hash char(64) not null,
    envelope text,
    alerted_at timestamptz
);
create index exchange_inbound_refusal_latest on exchange_inbound_refusal (seq desc);
create index exchange_inbound_refusal_unalerted on exchange_inbound_refusal (seq) where alerted_at is null;
