-- The node's statistics (issue #20): a read model fed only by the events other modules publish (case events,
-- clock events, custody events, duty alerts). It keeps ids, codes, States and instants, never what a request
-- says, and is queried per State and period; counts are made when asked, so no row is a hot counter.

-- One line per request sent (approved), with the instants of the acts that end the measured times.
create table reporting_request (
    case_id uuid primary key,
    case_type varchar(40) not null,
    requesting_state char(2) not null,
    requested_state char(2) not null,
    sent_at timestamptz not null,
    acknowledged_at timestamptz,
    first_act_at timestamptz,
    executed_at timestamptz,
    refused_at timestamptz,
    refusal_grounds varchar(400),
    postponed_at timestamptz,
    withdrawn_at timestamptz
);
create index reporting_request_requesting on reporting_request (requesting_state, sent_at);
create index reporting_request_requested on reporting_request (requested_state, sent_at);

-- One line per legal clock: when it was due, met and fired (a target passed before it was met).
create table reporting_clock (
    clock_id uuid primary key,
    case_id uuid not null,
    kind varchar(40) not null,
    due_at timestamptz not null,
    met_at timestamptz,
    fired_at timestamptz
);
create index reporting_clock_case on reporting_clock (case_id);

-- One line per evidence item stored with a request: added here, or received from another node.
create table reporting_evidence (
    item_id uuid primary key,
    case_id uuid not null,
    bytes bigint not null,
    added_at timestamptz not null,
    source_item uuid
);
create index reporting_evidence_case on reporting_evidence (case_id);

-- One line per duty alert of a point of contact, with how and when it was acknowledged.
create table reporting_alert (
    alert_id uuid primary key,
    state char(2) not null,
    case_id uuid,
    raised_at timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_via varchar(20)
);
create index reporting_alert_state on reporting_alert (state, raised_at);
