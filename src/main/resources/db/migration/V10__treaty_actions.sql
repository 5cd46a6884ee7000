-- The treaty registry (arts. 64-67): every signature, instrument, declaration, reservation and denunciation,
-- with what is known of its date and where the information comes from.
create table treaty_action (
    id             uuid primary key,
    participant    char(3) not null check (participant ~ '^[A-Z]{3}$'),
    kind           text    not null,
    action_date    date,
    date_precision text    not null check (date_precision in ('DAY', 'LATEST_POSSIBLE_DAY', 'UNKNOWN')),
    place          text    not null default '',
    article        integer check (article between 1 and 68),
    detail         text    not null default '',
    confidence     text    not null check (confidence in ('A', 'B', 'C', 'C_MINUS', 'D')),
    sources        text    not null default '',
    recorded_by    text    not null,
    recorded_at    timestamptz not null,
    check ((action_date is null) = (date_precision = 'UNKNOWN'))
);

create index treaty_action_participant on treaty_action (participant);

-- Data files imported once (at the node's first start); a marker per file keeps restarts from importing again.
create table treaty_import (
    name        text primary key,
    imported_at timestamptz not null,
    actions     integer not null
);
