-- Legal clocks (issue #6): deadlines started by case events, with when each obligation started, fell due and
-- was met. The worker claims due running clocks with FOR UPDATE SKIP LOCKED, so instances sharing this
-- database never fire one twice.
create table legal_clock (
    id           uuid primary key,
    case_id      uuid not null,
    kind         text not null,
    state        text not null check (state in ('RUNNING', 'SUSPENDED', 'FIRED', 'MET', 'CANCELLED')),
    started_at   timestamptz not null,
    due_at       timestamptz not null,
    -- the case event that started it; a replayed event starts nothing twice
    started_by   uuid not null,
    reminder_for uuid references legal_clock (id),
    -- the follow-up case that keeps a suspended preservation
    kept_for     uuid,
    met_at       timestamptz,
    met_by       uuid,
    fired_at     timestamptz,
    cancelled_at timestamptz,
    cancelled_by uuid,
    unique (started_by, kind)
);
-- What the worker asks all the time: the running clocks, due first. Only running clocks are in it, so it
-- stays as small as the clocks still counting down.
create index legal_clock_running_due on legal_clock (due_at) where state = 'RUNNING';
create index legal_clock_case on legal_clock (case_id);
create index legal_clock_reminder_for on legal_clock (reminder_for) where reminder_for is not null;

-- Requests that follow up a preserved case (art. 42(6)): the preservation is kept until they are decided.
create table clock_follow_up (
    follow_up_case uuid primary key,
    preserved_case uuid not null,
    sent_at        timestamptz not null,
    sent_by        uuid not null,
    decided_at     timestamptz,
    decided_by     uuid
);
create index clock_follow_up_pending on clock_follow_up (preserved_case) where decided_at is null;

-- The case events the clocks have applied: an event delivered again (a replay, a retry) changes nothing.
create table clock_applied_event (
    event_id   uuid primary key,
    case_id    uuid not null,
    applied_at timestamptz not null
);
