-- Nodes, their Ed25519 keys with validity, the authorities they serve (issue #4, item 2),
-- and every signed version of the directory the secretariat published (item 3).
create table directory_node (
    id         text primary key check (id ~ '^[a-z0-9][a-z0-9.-]{1,62}$'),
    endpoint   text not null check (endpoint ~ '^https?://'),
    created_at timestamptz not null default now()
);

create table directory_node_key (
    node_id    text not null references directory_node (id),
    key_id     text not null,
    public_key text not null,
    valid_from timestamptz not null,
    valid_to   timestamptz,
    primary key (node_id, key_id),
    check (valid_to is null or valid_to > valid_from)
);

create table directory_node_authority (
    node_id      text not null references directory_node (id),
    authority_id uuid not null references directory_authority (id),
    primary key (node_id, authority_id)
);

create table directory_publication (
    version    bigint primary key check (version > 0),
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    key_id     text not null,
    jws        text not null,
    check (expires_at > issued_at)
);
