-- The append-only audit log (RFC 6962 Merkle tree leaves) and its signed checkpoints.

-- One row: the size of the log and the hash of its last leaf. Appenders lock it (FOR UPDATE), so leaves are
-- appended by one writer at a time and their indices have no gaps.
create table audit_log_head (
    id             smallint primary key check (id = 1),
    tree_size      bigint not null check (tree_size >= 0),
    last_leaf_hash bytea check (last_leaf_hash is null or length(last_leaf_hash) = 32)
);
insert into audit_log_head (id, tree_size, last_leaf_hash) values (1, 0, null);

create table audit_leaf (
    leaf_index   bigint primary key check (leaf_index >= 0),
    leaf_hash    bytea not null check (length(leaf_hash) = 32),
    leaf_data    bytea not null,
    audit_type   text not null,
    occurred_at  timestamptz not null,
    -- the values of the leaf's audit fields, so an auditor finds every leaf naming a case or a user
    field_values text[] not null
);
create index audit_leaf_field_values on audit_leaf using gin (field_values);

create table audit_checkpoint (
    id        bigint generated always as identity primary key,
    tree_size bigint not null check (tree_size >= 0),
    root_hash bytea not null check (length(root_hash) = 32),
    issued_at timestamptz not null,
    key_id    text not null,
    signature bytea not null check (length(signature) = 64)
);
create index audit_checkpoint_tree_size on audit_checkpoint (tree_size);

-- Leaves and checkpoints are never changed or removed; the verifier would notice anyway, this says it early.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name;
end;
$$;
create trigger audit_leaf_append_only before update or delete on audit_leaf
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
