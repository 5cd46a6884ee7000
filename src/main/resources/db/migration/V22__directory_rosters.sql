-- On-call shifts of 24/7 points of contact (issue #4, item 5), in the authority's local time.
create table directory_shift (
    id           uuid primary key,
    authority_id uuid not null references directory_authority (id),
    officer      text not null check (length(trim(officer)) > 0),
    starts_at    timestamp not null,
    ends_at      timestamp not null,
    check (ends_at > starts_at)
);

create index directory_shift_authority on directory_shift (authority_id, starts_at);
