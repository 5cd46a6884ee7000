-- Authorities designated under arts. 40 (central authority) and 41 (24/7 point of contact).
create table directory_authority (
    id         uuid primary key,
    state      char(2) not null check (state ~ '^[A-Z]{2}$'),
    kind       text    not null check (kind in ('CENTRAL_AUTHORITY', 'POINT_OF_CONTACT')),
    name       text    not null check (length(trim(name)) > 0),
    email      text,
    phone      text,
    created_at timestamptz not null default now()
);

create index directory_authority_state on directory_authority (state);
