-- The CX warehouse: what the nightly job ingests, what it computes, and how each file fared.
-- Column types follow feeds.md; every constraint is named so jOOQ and PostgreSQL agree.

-- One row per delivered file, identified by its content: a re-delivered file (same sha256)
-- is recognised and loads nothing twice.
create table ingest_file (
    file_id         bigint generated always as identity,
    feed            varchar(32)  not null,
    file_name       varchar(512) not null,
    content_sha256  varchar(64)  not null,
    size_bytes      bigint       not null,
    status          varchar(16)  not null,
    reason          varchar(4000),
    rows_read       bigint       not null default 0,
    rows_loaded     bigint       not null default 0,
    rows_rejected   bigint       not null default 0,
    run_id          bigint       not null,
    business_date   date         not null,
    received_at     timestamp with time zone not null,
    finished_at     timestamp with time zone,
    constraint ingest_file_pk primary key (file_id),
    constraint ingest_file_content_uk unique (feed, content_sha256),
    constraint ingest_file_status_ck check (status in ('loading', 'loaded', 'quarantined'))
);

-- Every row that did not land, with what a person needs to fix it.
create table reject (
    file_id   bigint        not null,
    line_no   bigint        not null,
    feed      varchar(32)   not null,
    raw_line  text not null,
    reason    varchar(4000) not null,
    constraint reject_pk primary key (file_id, line_no),
    constraint reject_file_fk foreign key (file_id) references ingest_file (file_id)
);

create table response (
    response_id   varchar(256) not null,
    responded_at  timestamp with time zone not null,
    brand         varchar(128) not null,
    touchpoint    varchar(128) not null,
    region        varchar(128) not null,
    channel       varchar(64),
    customer_id   varchar(256),
    nps           smallint,
    csat          smallint,
    ces           smallint,
    comment       text,
    language      varchar(16)  not null,
    file_id       bigint       not null,
    line_no       bigint       not null,
    constraint response_pk primary key (response_id),
    constraint response_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint response_nps_ck check (nps between 0 and 10),
    constraint response_csat_ck check (csat between 1 and 5),
    constraint response_ces_ck check (ces between 1 and 7)
);
create index response_responded_at_ix on response (responded_at);

-- Competitor and industry scores as the research vendor gives them.
create table benchmark (
    period        varchar(16)  not null,
    period_start  date         not null,
    period_end    date         not null,
    brand         varchar(128) not null,
    region        varchar(128) not null,
    touchpoint    varchar(128) not null,
    metric        varchar(16)  not null,
    value         numeric(9, 3) not null,
    sample_size   integer,
    source        varchar(256),
    file_id       bigint       not null,
    line_no       bigint       not null,
    constraint benchmark_pk primary key (period, brand, region, touchpoint, metric),
    constraint benchmark_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint benchmark_metric_ck check (metric in ('NPS', 'CSAT', 'CES'))
);

-- Goals set with finance. The period is kept as given (month, quarter, year or fiscal).
create table target (
    period      varchar(16)  not null,
    metric      varchar(64)  not null,
    region      varchar(128) not null,
    touchpoint  varchar(128) not null,
    target      numeric(12, 3) not null,
    file_id     bigint       not null,
    line_no     bigint       not null,
    constraint target_pk primary key (period, metric, region, touchpoint),
    constraint target_file_fk foreign key (file_id) references ingest_file (file_id)
);

-- KPI values per period and scope ('ALL' marks an aggregate). The comparison columns are
-- filled for every period whose prior period was computed in the same run.
create table kpi_value (
    period_kind         varchar(16)  not null,
    period              varchar(16)  not null,
    period_start        date         not null,
    period_end          date         not null,
    brand               varchar(128) not null,
    region              varchar(128) not null,
    touchpoint          varchar(128) not null,
    metric              varchar(64)  not null,
    n                   bigint       not null,
    value               numeric(12, 4),
    se                  numeric(12, 6),
    ci_low              numeric(12, 4),
    ci_high             numeric(12, 4),
    base                varchar(16)  not null,
    prior_value         numeric(12, 4),
    change              numeric(12, 4),
    change_significant  boolean,
    last_year_value     numeric(12, 4),
    target              numeric(12, 3),
    status              varchar(8),
    run_id              bigint       not null,
    constraint kpi_value_pk primary key (period_kind, period, brand, region, touchpoint, metric),
    constraint kpi_value_base_ck check (base in ('ok', 'low', 'suppressed')),
    constraint kpi_value_status_ck check (status in ('green', 'amber', 'red'))
);

-- Own brand against each competitor and the industry, for a reporting period.
create table benchmark_gap (
    period_kind       varchar(16)  not null,
    period            varchar(16)  not null,
    benchmark_period  varchar(16)  not null,
    brand             varchar(128) not null,
    region            varchar(128) not null,
    touchpoint        varchar(128) not null,
    metric            varchar(16)  not null,
    value             numeric(9, 3) not null,
    n                 integer,
    own_value         numeric(12, 4),
    own_n             bigint,
    gap               numeric(12, 4),
    gap_significant   boolean,
    rank              integer,
    source            varchar(256),
    run_id            bigint       not null,
    constraint benchmark_gap_pk primary key (period_kind, period, brand, region, touchpoint, metric)
);
