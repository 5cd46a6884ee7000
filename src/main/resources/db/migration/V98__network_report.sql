-- The network report (issue #20 item 2): the secretariat asks every node of the directory for the signed
-- statistics of the States it serves over a period, and keeps each answer as the node signed it; a node keeps
-- what it answered. Figures are never stored here other than inside the signed aggregates.

-- On the secretariat: one line per request, and one per State asked, with the node the directory named for it.
create table reporting_network_request (
    request_id uuid primary key,
    period_from char(7) not null,
    period_to char(7) not null,
    requested_at timestamptz not null,
    requested_by varchar(200) not null
);
create index reporting_network_request_period on reporting_network_request (period_from, period_to, requested_at);

create table reporting_network_asked (
    request_id uuid not null references reporting_network_request (request_id),
    state char(2) not null,
    node_id varchar(63) not null,
    primary key (request_id, state)
);

-- On the secretariat: the verified answer for one State, as its node signed it (compact JWS), figures or refusal.
create table reporting_network_answer (
    request_id uuid not null,
    state char(2) not null,
    node_id varchar(63) not null,
    declined boolean not null,
    aggregate text not null,
    aggregate_hash char(64) not null,
    received_at timestamptz not null,
    primary key (request_id, state),
    foreign key (request_id, state) references reporting_network_asked (request_id, state)
);

-- On the secretariat: answers refused (the envelope verified, an aggregate inside it did not), for the report to say so.
create table reporting_network_refusal (
    refusal_id uuid primary key,
    request_id uuid,
    node_id varchar(63) not null,
    reason varchar(1000) not null,
    refused_at timestamptz not null
);
create index reporting_network_refusal_request on reporting_network_refusal (request_id, refused_at);

-- On an answering node: each request answered, and for which States it reported or declined.
create table reporting_network_answered (
    request_id uuid primary key,
    secretariat_node varchar(63) not null,
    period_from char(7) not null,
    period_to char(7) not null,
    reported varchar(400) not null,
    declined varchar(400) not null,
    answered_at timestamptz not null
);
