-- 24/7 duty alerts (issue #8): who is alerted at each step of an authority's escalation chain, every
-- notice and delivery attempt, and every fact of an alert with its time (raised, notified, escalated,
-- delivered, delivery failed, acknowledged).

create table duty_contact (
    id uuid primary key,
    authority_id uuid not null,
    step varchar(20) not null,
    name varchar(200) not null,
    username varchar(100),
    email varchar(320),
    unique (authority_id, step, name)
);

create table duty_webhook (
    authority_id uuid primary key,
    url varchar(2000) not null
);

create table duty_alert (
    id uuid primary key,
    case_id uuid not null,
    authority_id uuid not null,
    state char(2) not null,
    requesting_state char(2) not null,
    case_type varchar(40) not null,
    urgency varchar(20) not null,
    raised_at timestamptz not null,
    step varchar(20) not null,
    next_escalation_at timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by varchar(200),
    acknowledged_via varchar(20)
);
create index duty_alert_due on duty_alert (next_escalation_at) where acknowledged_at is null;
create index duty_alert_case on duty_alert (case_id);
create index duty_alert_state on duty_alert (state, raised_at);

create table duty_notice (
    id uuid primary key,
    alert_id uuid not null references duty_alert (id),
    step varchar(20) not null,
    recipient_name varchar(200) not null,
    recipient_username varchar(100),
    email varchar(320),
    notified_at timestamptz not null,
    link_used_at timestamptz
);
create index duty_notice_alert on duty_notice (alert_id);

create table duty_delivery (
    id uuid primary key,
    notice_id uuid not null references duty_notice (id),
    channel varchar(20) not null,
    target varchar(2000) not null,
    status varchar(20) not null,
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error varchar(500),
    sent_at timestamptz
);
create index duty_delivery_due on duty_delivery (next_attempt_at) where status = 'PENDING';

create table duty_record (
    id uuid primary key,
    seq bigint generated always as identity,
    alert_id uuid not null references duty_alert (id),
    kind varchar(30) not null,
    occurred_at timestamptz not null,
    step varchar(20),
    channel varchar(20),
    notice_id uuid
);
create index duty_record_alert on duty_record (alert_id, seq);
