-- The technical-assistance register (issue #20, item 3; arts. 54 and 56): the needs and offers States record and
-- the secretariat's matches of one with the other. Languages and the States that see a need are comma-separated
-- codes; titles, descriptions, reasons and outcomes stay here and never go to the audit log.

create table assistance_need (
    id                uuid primary key,
    state             char(2) not null,
    kind              varchar(40) not null,
    title             varchar(200) not null,
    description       text not null,
    languages         varchar(200) not null,
    region            varchar(20) not null,
    available_from    date not null,
    available_to      date not null check (available_to >= available_from),
    contact_authority uuid not null,
    visible_to        varchar(1000) not null,
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz not null
);
create index assistance_need_state on assistance_need (state, recorded_at);

create table assistance_offer (
    id                uuid primary key,
    state             char(2) not null,
    kind              varchar(40) not null,
    title             varchar(200) not null,
    description       text not null,
    languages         varchar(200) not null,
    region            varchar(20) not null,
    available_from    date not null,
    available_to      date not null check (available_to >= available_from),
    contact_authority uuid not null,
    recorded_by       varchar(200) not null,
    recorded_at       timestamptz not null
);

create table assistance_match (
    id                   uuid primary key,
    need_id              uuid not null references assistance_need (id),
    offer_id             uuid not null references assistance_offer (id),
    needing_state        char(2) not null,
    offering_state       char(2) not null check (offering_state <> needing_state),
    proposed_by          varchar(200) not null,
    proposed_at          timestamptz not null,
    status               varchar(20) not null,
    needing_accepted_at  timestamptz,
    offering_accepted_at timestamptz,
    declined_by          char(2),
    decline_reason       text,
    declined_at          timestamptz,
    delivered_on         date,
    delivered            text,
    delivery_recorded_at timestamptz,
    outcome_by           char(2),
    outcome              text,
    outcome_recorded_at  timestamptz
);
create index assistance_match_needing on assistance_match (needing_state);
create index assistance_match_offering on assistance_match (offering_state);
