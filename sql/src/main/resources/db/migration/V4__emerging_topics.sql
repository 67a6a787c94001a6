-- Terms and two-word phrases whose share of comments rose significantly above their baseline
-- (the prior 8 periods), by Dunning's log-likelihood G².
create table emerging_topic (
    period_kind     varchar(16)  not null,
    period          varchar(16)  not null,
    term            varchar(256) not null,
    comments        bigint       not null,
    baseline        bigint       not null,
    share           numeric(9, 4) not null,
    baseline_share  numeric(9, 4) not null,
    g2              numeric(12, 4) not null,
    known_theme     varchar(64),
    run_id          bigint       not null,
    constraint emerging_topic_pk primary key (period_kind, period, term)
);
