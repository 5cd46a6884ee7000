-- What a node administrator sees and changes on the users page (/admin/users).
-- last_signed_in_at: the last completed sign-in; locked_by_administrator: refused until an administrator unlocks,
-- apart from the timed lock that repeated failures set; password_change_required: the user must choose a new password
-- before any other page; deactivated_at: the user can no longer sign in and the tokens they hold were revoked.
alter table identity_user add column last_signed_in_at timestamptz;
alter table identity_user add column locked_by_administrator boolean not null default false;
alter table identity_user add column password_change_required boolean not null default false;
alter table identity_user add column deactivated_at timestamptz;

-- The user who holds an API token, when it was issued to a person rather than to a machine client of an authority.
alter table identity_api_token add column holder uuid references identity_user (id);

create index identity_api_token_holder on identity_api_token (holder);
