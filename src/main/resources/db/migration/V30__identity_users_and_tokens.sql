-- Users of this node: each belongs to one authority (and so one State) and holds roles.
-- The State is kept with the user so that every read can be scoped by State without joining another module's table.
create table identity_user (
    id               uuid primary key,
    username         text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    authority_id     uuid        not null,
    state            char(2)     not null check (state ~ '^[A-Z]{2}$'),
    password_hash    text        not null,
    totp_secret      text,
    last_totp_step   bigint      not null default 0,
    failed_attempts  integer     not null default 0,
    locked_until     timestamptz,
    demo             boolean     not null default false,
    created_at       timestamptz not null
);

create index identity_user_state on identity_user (state);

create table identity_user_role (
    user_id uuid not null references identity_user (id) on delete cascade,
    role    text not null check (role in ('DUTY_OFFICER', 'CASE_HANDLER', 'SUPERVISOR', 'NODE_ADMIN', 'SECRETARIAT', 'AUDITOR', 'OBSERVER')),
    primary key (user_id, role)
);

-- One-time recovery codes, stored as SHA-256 hashes only (they are 80-bit random values).
create table identity_recovery_code (
    user_id   uuid  not null references identity_user (id) on delete cascade,
    code_hash bytea not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- API tokens for machine clients: only the SHA-256 of the 256-bit token is stored.
create table identity_api_token (
    id           uuid primary key,
    token_hash   bytea       not null unique,
    label        text        not null,
    authority_id uuid        not null,
    state        char(2)     not null check (state ~ '^[A-Z]{2}$'),
    roles        text[]      not null,
    demo         boolean     not null default false,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index identity_api_token_state on identity_api_token (state);
