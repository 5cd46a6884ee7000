-- Federation (issue #7): envelopes to send, written in the transaction of the change they report, and
-- envelopes received, kept raw as signed for non-repudiation with the receipt this node answered.
create table exchange_outbox (
    position        bigserial   primary key,
    message_id      uuid        not null unique,
    recipient       text        not null,
    case_id         uuid,
    envelope        text        not null,
    envelope_hash   char(64)    not null,
    urgent          boolean     not null default false,
    state           text        not null default 'PENDING',
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    receipt         text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);

create index exchange_outbox_due on exchange_outbox (next_attempt_at) where state = 'PENDING';
create index exchange_outbox_case on exchange_outbox (case_id, position) where state = 'PENDING';

create table exchange_inbox (
    message_id    uuid        primary key,
    sender        text        not null,
    kind          text        not null,
    envelope      text        not null,
    envelope_hash char(64)    not null,
    receipt       text        not null,
    received_at   timestamptz not null
);
