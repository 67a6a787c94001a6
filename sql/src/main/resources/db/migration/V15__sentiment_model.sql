-- How the night's sentiment was made for each period: learned from the customers' own scores
-- (distant supervision) and blended with the lexicon, or the lexicon alone and why; and how
-- often it agrees with the customers' own scores on scored texts held out of the learning.
-- Replaced whenever the period is mined again.
create table sentiment_model (
    period_kind          varchar(16)   not null,
    period               varchar(16)   not null,
    run_id               bigint        not null,
    learned              boolean       not null,
    fallback_reason      varchar(512),
    scored_texts         bigint        not null,
    trained_on           bigint        not null,
    held_out             bigint        not null,
    agreement            numeric(7, 4),
    lexicon_agreement    numeric(7, 4),
    scored_from          date          not null,
    scored_to            date          not null,
    minimum_scored_texts integer       not null,
    held_out_share       numeric(5, 4) not null,
    blend_weight         numeric(5, 4) not null,
    constraint sentiment_model_pk primary key (period_kind, period)
);
