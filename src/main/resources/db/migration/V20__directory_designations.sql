-- Richer designations (issue #4): competent authorities and liaisons, the name in the State's language,
-- accepted languages, time zone, hours, and the period of the designation so that history stays.
alter table directory_authority drop constraint directory_authority_kind_check;
alter table directory_authority add constraint directory_authority_kind_check
    check (kind in ('CENTRAL_AUTHORITY', 'POINT_OF_CONTACT', 'COMPETENT_AUTHORITY', 'LIAISON'));

alter table directory_authority
    add column local_name    text,
    add column languages     text        not null default 'en' check (length(languages) > 0),
    add column time_zone     text        not null default 'UTC',
    add column availability  text        not null default 'ROUND_THE_CLOCK'
        check (availability in ('ROUND_THE_CLOCK', 'OFFICE_HOURS')),
    add column office_opens  time,
    add column office_closes time,
    add column valid_from    timestamptz not null default now(),
    add column valid_to      timestamptz,
    add constraint directory_authority_period check (valid_to is null or valid_to > valid_from),
    add constraint directory_authority_hours
        check (availability = 'ROUND_THE_CLOCK' or (office_opens is not null and office_closes is not null));
