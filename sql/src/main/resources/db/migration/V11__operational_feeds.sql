-- The operational feeds (feeds.md): service interactions, follow-ups with customers who gave
-- feedback, and the accounts that carry revenue and churn. Each table's primary key is its feed's
-- natural key, so a corrected row replaces the old one.

create table interaction (
    interaction_id          varchar(256) not null,
    customer_id             varchar(256),
    opened_at               timestamp with time zone not null,
    closed_at               timestamp with time zone,
    channel                 varchar(64),
    touchpoint              varchar(128) not null,
    region                  varchar(128) not null,
    wait_seconds            integer,
    handle_seconds          integer,
    first_contact_resolved  boolean,
    callback_offered        boolean,
    csat_before             smallint,
    csat_after              smallint,
    agent_team              varchar(128),
    file_id                 bigint       not null,
    line_no                 bigint       not null,
    constraint interaction_pk primary key (interaction_id),
    constraint interaction_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint interaction_closed_ck check (closed_at is null or closed_at >= opened_at),
    constraint interaction_wait_ck check (wait_seconds >= 0),
    constraint interaction_handle_ck check (handle_seconds >= 0),
    constraint interaction_csat_before_ck check (csat_before between 1 and 5),
    constraint interaction_csat_after_ck check (csat_after between 1 and 5)
);
create index interaction_opened_at_ix on interaction (opened_at);
-- Service drivers link a response to its customer's most recent interaction before it.
create index interaction_customer_ix on interaction (customer_id, opened_at);

-- No foreign key to response: a follow-up may arrive before its response and is kept (reported as
-- unmatched in the data notes) until the response does.
create table followup (
    response_id  varchar(256) not null,
    action       varchar(16)  not null,
    action_at    timestamp with time zone not null,
    owner        varchar(256),
    file_id      bigint       not null,
    line_no      bigint       not null,
    constraint followup_pk primary key (response_id, action, action_at),
    constraint followup_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint followup_action_ck check (action in ('contacted', 'resolved', 'no-action'))
);

-- Revenue is kept in the account's own currency; reports convert it to the reporting currency
-- with the configured rates (touchstone.finance.*) when they compute.
create table account (
    customer_id        varchar(256) not null,
    segment            varchar(128),
    region             varchar(128) not null,
    annual_revenue     numeric(18, 2) not null,
    currency           char(3)      not null,
    status             varchar(16)  not null,
    status_changed_at  timestamp with time zone,
    file_id            bigint       not null,
    line_no            bigint       not null,
    constraint account_pk primary key (customer_id),
    constraint account_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint account_status_ck check (status in ('active', 'churned'))
);
-- Churn and revenue link a customer's latest response to the account.
create index response_customer_ix on response (customer_id, responded_at);
