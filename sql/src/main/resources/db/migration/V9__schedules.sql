-- One row per schedule and business date: the claim that makes a schedule run at most once per
-- business date, whichever of several serve processes fires first, and what it is waiting for.
create table schedule_run (
    schedule_name   varchar(128)  not null,
    business_date   date          not null,
    period_kind     varchar(16)   not null,
    first_fired_at  timestamp with time zone not null,
    status          varchar(16)   not null,
    run_id          bigint,
    missing_feeds   varchar(1000),
    updated_at      timestamp with time zone not null,
    constraint schedule_run_pk primary key (schedule_name, business_date),
    constraint schedule_run_status_ck check (status in ('waiting', 'running', 'completed', 'failed'))
);
