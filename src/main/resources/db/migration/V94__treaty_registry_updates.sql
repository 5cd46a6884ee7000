-- What the registry's data stands on: each whole import and each update from the depositary's list, with the
-- depositary notification it brings the registry up to (null for an import that names none).
create table treaty_registry_update (
    id                uuid primary key,
    source            text        not null,
    sha256            char(64),
    notification      text,
    notification_date date,
    added             integer     not null,
    changed           integer     not null,
    unchanged         integer     not null,
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    check ((notification is null) = (notification_date is null))
);

create unique index treaty_registry_update_notification on treaty_registry_update (notification) where notification is not null;
create index treaty_registry_update_recent on treaty_registry_update (recorded_at desc);

-- A node started before this table existed stands on the shipped file it imported at its first start (its hash was
-- only written to the audit log then).
insert into treaty_registry_update (id, source, sha256, added, changed, unchanged, recorded_by, recorded_at)
select gen_random_uuid(), name, null, actions, 0, 0, 'system:first-start', imported_at from treaty_import;
