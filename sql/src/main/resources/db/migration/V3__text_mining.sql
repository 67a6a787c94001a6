-- Text mining: what each comment says (sentiment, themes) and the theme measures per period.

-- One row per mined comment; rewritten whenever its period is mined again.
create table comment_mining (
    feed             varchar(32)  not null,
    source_id        varchar(256) not null,
    sentiment        numeric(6, 4) not null,
    sentiment_label  varchar(8)   not null,
    themes           varchar(2000) not null,
    taxonomy_version varchar(64)  not null,
    run_id           bigint       not null,
    constraint comment_mining_pk primary key (feed, source_id),
    constraint comment_mining_label_ck check (sentiment_label in ('positive', 'neutral', 'negative'))
);

-- THEME_VOLUME, THEME_SHARE, THEME_SENTIMENT and THEME_NPS_IMPACT per period for the own brand.
create table theme_measure (
    period_kind      varchar(16)  not null,
    period           varchar(16)  not null,
    theme            varchar(64)  not null,
    label            varchar(256) not null,
    category         varchar(128) not null,
    volume           bigint       not null,
    share            numeric(9, 4),
    sentiment        numeric(6, 4),
    nps_impact       numeric(9, 4),
    prior_volume     bigint,
    change           bigint,
    emerging         boolean      not null,
    quote            varchar(2000),
    taxonomy_version varchar(64)  not null,
    run_id           bigint       not null,
    constraint theme_measure_pk primary key (period_kind, period, theme)
);
