-- Evidence items (issue #9): uploads in progress, stored items with their per-chunk hashes, and each item's
-- hash-chained custody log. The bytes are not here: sealed chunks live in the evidence store; the data key of
-- each item is here only wrapped by the node's key, and is erased when the item is deleted.

create table evidence_upload (
    id uuid primary key,
    item_id uuid not null unique,
    case_id uuid not null,
    file_name varchar(500) not null,
    media_type varchar(200) not null,
    size bigint not null,
    chunk_size int not null,
    wrapped_key bytea not null,
    holder_state char(2) not null,
    actor varchar(200) not null,
    origin_node varchar(100) not null,
    from_node varchar(200),
    source_item uuid,
    expected_sha256 char(64),
    expected_chunks text,
    stored_chunks int not null default 0,
    tail_length int not null default 0,
    started_at timestamptz not null
);
create index evidence_upload_case on evidence_upload (case_id);

create table evidence_chunk (
    item_id uuid not null,
    idx int not null,
    sha256 char(64) not null,
    length int not null,
    primary key (item_id, idx)
);

create table evidence_item (
    id uuid primary key,
    case_id uuid not null,
    file_name varchar(500) not null,
    media_type varchar(200) not null,
    size bigint not null,
    sha256 char(64) not null,
    chunk_size int not null,
    added_at timestamptz not null,
    origin_node varchar(100) not null,
    holder_state char(2) not null,
    status varchar(20) not null,
    wrapped_key bytea,
    deleted_at timestamptz
);
create index evidence_item_case on evidence_item (case_id, added_at);
create index evidence_item_retention on evidence_item (status, added_at);

create table evidence_custody (
    item_id uuid not null,
    sequence bigint not null,
    action varchar(20) not null,
    who varchar(200) not null,
    node varchar(200) not null,
    at timestamptz not null,
    item_sha256 char(64) not null,
    details text not null,
    previous_hash char(64) not null,
    hash char(64) not null,
    primary key (item_id, sequence)
);
