-- Ping tests between 24/7 points of contact (issue #8): a ping raises a duty alert of kind PING_TEST, not
-- tied to a case, for the peer point of contact; acknowledging the alert answers the ping.

alter table duty_alert add column kind varchar(20) not null default 'REQUEST';
alter table duty_alert alter column case_id drop not null;
alter table duty_alert alter column case_type drop not null;
alter table duty_alert alter column urgency drop not null;

create table duty_ping (
    id uuid primary key,
    alert_id uuid not null unique references duty_alert (id),
    sender_authority_id uuid not null,
    sender_state char(2) not null,
    peer_authority_id uuid not null,
    peer_state char(2) not null,
    sent_at timestamptz not null
);
create index duty_ping_sender on duty_ping (sender_authority_id, sent_at);
create index duty_ping_state on duty_ping (sender_state, peer_state, sent_at);
