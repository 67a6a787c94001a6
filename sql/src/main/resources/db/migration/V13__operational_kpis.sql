-- What the operational, loop and money KPIs need beyond kpi_value (issue 12): the agent teams'
-- operational KPIs, churn per NPS group with its counts, and the service drivers. Each is
-- replaced per period by the step that computes it, like kpi_value.

-- Money figures (revenue at risk, revenue per NPS point) are sums of annual revenue: wider than
-- the scores kpi_value was made for.
alter table kpi_value alter column value type numeric(18, 4);
alter table kpi_value alter column ci_low type numeric(18, 4);
alter table kpi_value alter column ci_high type numeric(18, 4);
alter table kpi_value alter column prior_value type numeric(18, 4);
alter table kpi_value alter column change type numeric(18, 4);
alter table kpi_value alter column last_year_value type numeric(18, 4);
alter table kpi_value alter column target type numeric(18, 3);

-- An operational KPI of one agent team, company-wide (region and touchpoint ALL): the columns of
-- kpi_value and the team.
create table team_kpi_value (
    period_kind         varchar(16)  not null,
    period              varchar(16)  not null,
    period_start        date         not null,
    period_end          date         not null,
    agent_team          varchar(128) not null,
    brand               varchar(128) not null,
    region              varchar(128) not null,
    touchpoint          varchar(128) not null,
    metric              varchar(64)  not null,
    n                   bigint       not null,
    value               numeric(18, 4),
    se                  numeric(12, 6),
    ci_low              numeric(18, 4),
    ci_high             numeric(18, 4),
    base                varchar(16)  not null,
    prior_value         numeric(18, 4),
    change              numeric(18, 4),
    change_significant  boolean,
    last_year_value     numeric(18, 4),
    target              numeric(18, 3),
    status              varchar(8),
    run_id              bigint       not null,
    constraint team_kpi_value_pk primary key (period_kind, period, agent_team, region, touchpoint, metric),
    constraint team_kpi_value_base_ck check (base in ('ok', 'low', 'suppressed')),
    constraint team_kpi_value_status_ck check (status in ('green', 'amber', 'red'))
);

-- Accounts per NPS group of their latest response, as of the end of the period (or of the run's
-- business date, if sooner), per region x touchpoint of that response (ALL for the totals).
create table churn_group (
    period_kind         varchar(16)  not null,
    period              varchar(16)  not null,
    region              varchar(128) not null,
    touchpoint          varchar(128) not null,
    nps_group           varchar(16)  not null,
    accounts            bigint       not null,
    churned             bigint       not null,
    horizon_incomplete  bigint       not null,
    active_accounts     bigint       not null,
    active_revenue      numeric(18, 2) not null,
    unconverted         bigint       not null,
    run_id              bigint       not null,
    constraint churn_group_pk primary key (period_kind, period, region, touchpoint, nps_group),
    constraint churn_group_group_ck check (nps_group in ('promoter', 'passive', 'detractor'))
);

-- NPS of the responses whose customer's latest interaction fell in one band of a driver, beside
-- the rest of the scope's linked responses with that driver known.
create table service_driver (
    period_kind     varchar(16)  not null,
    period          varchar(16)  not null,
    region          varchar(128) not null,
    touchpoint      varchar(128) not null,
    driver          varchar(32)  not null,
    band            varchar(32)  not null,
    band_order      integer      not null,
    n               bigint       not null,
    nps             numeric(12, 4),
    se              numeric(12, 6),
    ci_low          numeric(12, 4),
    ci_high         numeric(12, 4),
    rest_n          bigint       not null,
    rest_nps        numeric(12, 4),
    gap             numeric(12, 4),
    gap_significant boolean,
    base            varchar(16)  not null,
    run_id          bigint       not null,
    constraint service_driver_pk primary key (period_kind, period, region, touchpoint, driver, band),
    constraint service_driver_base_ck check (base in ('ok', 'low', 'suppressed'))
);
