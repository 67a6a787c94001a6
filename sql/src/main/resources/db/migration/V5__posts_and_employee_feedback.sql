-- Unstructured feedback: social posts, public reviews, transcripts (ours and competitors'),
-- and what employees say. Both are mined like survey comments.
create table post (
    post_id    varchar(256) not null,
    posted_at  timestamp with time zone not null,
    source     varchar(16)  not null,
    brand      varchar(128) not null,
    region     varchar(128) not null,
    rating     smallint,
    text       text         not null,
    file_id    bigint       not null,
    line_no    bigint       not null,
    constraint post_pk primary key (post_id),
    constraint post_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint post_source_ck check (source in ('social', 'review', 'call', 'chat', 'email')),
    constraint post_rating_ck check (rating between 1 and 5)
);
create index post_posted_at_ix on post (posted_at);

create table employee_feedback (
    feedback_id   varchar(256) not null,
    submitted_at  timestamp with time zone not null,
    department    varchar(128),
    region        varchar(128) not null,
    text          text         not null,
    score         smallint,
    file_id       bigint       not null,
    line_no       bigint       not null,
    constraint employee_feedback_pk primary key (feedback_id),
    constraint employee_feedback_file_fk foreign key (file_id) references ingest_file (file_id),
    constraint employee_feedback_score_ck check (score between 0 and 10)
);
create index employee_feedback_submitted_at_ix on employee_feedback (submitted_at);

-- The social benchmark per period: each brand's volume, share of voice, net sentiment and the
-- themes it is most criticised for.
create table social_benchmark (
    period_kind        varchar(16)  not null,
    period             varchar(16)  not null,
    brand              varchar(128) not null,
    posts              bigint       not null,
    share_of_voice     numeric(9, 4) not null,
    net_sentiment      numeric(9, 4) not null,
    criticised_themes  varchar(512) not null,
    run_id             bigint       not null,
    constraint social_benchmark_pk primary key (period_kind, period, brand)
);

-- What employees say about each theme, and whether customers and employees are negative
-- about it in the same period (SHARED_FRUSTRATION).
alter table theme_measure add column employee_volume bigint not null default 0;
alter table theme_measure add column employee_sentiment numeric(6, 4);
alter table theme_measure add column shared_frustration boolean not null default false;
