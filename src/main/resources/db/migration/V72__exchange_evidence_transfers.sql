-- Evidence transfer (issue #9): packages of evidence items offered to the counterpart node (outgoing) or
-- announced by it (incoming), with their signed manifests and receipts, and the receiving node's progress per
-- item, durable so that a transfer resumes where it stopped after a cut connection or a restart.
create table exchange_evidence_packages (
    package_id   uuid        primary key,
    direction    text        not null check (direction in ('OUTGOING', 'INCOMING')),
    case_id      uuid        not null,
    peer         text        not null,
    manifest     text        not null,
    links        text,
    state        text        not null,
    receipt      text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    completed_at timestamptz
);

create index exchange_evidence_packages_case on exchange_evidence_packages (case_id, created_at);

create table exchange_evidence_transfers (
    package_id      uuid        not null references exchange_evidence_packages (package_id),
    item_id         uuid        not null,
    position        integer     not null,
    file_name       text        not null,
    size            bigint      not null,
    sha256          char(64)    not null,
    state           text        not null,
    upload_id       text,
    bytes_fetched   bigint      not null default 0,
    requests        integer     not null default 0,
    rejected_chunks integer     not null default 0,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    last_error      text,
    stored_item_id  uuid,
    stored_sha256   char(64),
    updated_at      timestamptz not null,
    primary key (package_id, item_id)
);

create index exchange_evidence_transfers_due on exchange_evidence_transfers (next_attempt_at) where state = 'PENDING';
