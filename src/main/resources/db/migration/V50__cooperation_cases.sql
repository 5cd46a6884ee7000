-- Cooperation cases (issue #6): one row per request with its current state, and its chain of events.
-- The chain is append-only: the application never updates or deletes an event row.
create table cooperation_case (
    id                     uuid primary key,
    type                   text        not null,
    status                 text        not null,
    urgency                text        not null,
    requesting_state       char(2)     not null,
    requesting_authority   uuid        not null,
    requested_state        char(2)     not null,
    requested_authority    uuid        not null,
    contents               jsonb       not null,
    follows                uuid        references cooperation_case (id),
    drafter                text        not null,
    status_request_pending boolean     not null default false,
    offered_conditions     jsonb       not null default '[]',
    binding_conditions     jsonb       not null default '[]',
    event_count            integer     not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);

create index cooperation_case_requesting on cooperation_case (requesting_state, requesting_authority, updated_at desc);
create index cooperation_case_requested on cooperation_case (requested_state, requested_authority, updated_at desc);

create table cooperation_case_event (
    case_id         uuid        not null references cooperation_case (id),
    sequence        bigint      not null,
    id              uuid        not null unique,
    act             text        not null,
    status          text        not null,
    actor_authority uuid        not null,
    actor_user      text        not null,
    occurred_at     timestamptz not null,
    details         jsonb       not null,
    previous_hash   char(64)    not null,
    hash            char(64)    not null,
    primary key (case_id, sequence)
);

create function cooperation_case_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case events are append-only: % refused', tg_op;
end
$$;

create trigger cooperation_case_event_append_only
    before update or delete on cooperation_case_event
    for each row execute function cooperation_case_event_append_only();
