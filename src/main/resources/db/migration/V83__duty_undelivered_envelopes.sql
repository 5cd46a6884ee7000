-- Federation (issue #7): an urgent envelope that stays undelivered alerts the sending side's duty officer with
-- the peer node and the peer State's 24/7 fallback phone; one alert per envelope, closed when it arrives.
alter table duty_alert add column message_id uuid;
alter table duty_alert add column peer_node varchar(200);
alter table duty_alert add column peer_state char(2);
alter table duty_alert add column peer_phone varchar(100);
alter table duty_alert add column delivered_at timestamptz;

create unique index duty_alert_message on duty_alert (message_id) where message_id is not null;
