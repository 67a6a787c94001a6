-- Feeds read from a database (README, "Feeds from a database") are read incrementally: each run
-- reads the rows whose watermark column is above the highest value a committed run read. Every
-- run's read is kept here: 'pending' once its ingest step has read everything, 'committed' when
-- the whole run completed. A feed's watermark is the highest committed value for its source, so a
-- failed run, whose read stays pending, leaves it where it was and the next run reads those rows
-- again.
create table feed_watermark (
    feed         varchar(32)  not null,
    source       varchar(128) not null,
    run_id       bigint       not null,
    -- The committed watermark the read started from; null for a first read (everything).
    read_after   timestamp with time zone,
    -- The highest watermark the read saw; null when it found no rows.
    highest      timestamp with time zone,
    rows_read    bigint       not null,
    status       varchar(16)  not null,
    recorded_at  timestamp with time zone not null,
    constraint feed_watermark_pk primary key (feed, source, run_id),
    constraint feed_watermark_status_ck check (status in ('pending', 'committed'))
);

-- A read from a database is registered like a delivered file; its rejects' raw lines are its rows
-- rendered as CSV, in the order of the columns this keeps (the query's column names, as CSV).
alter table ingest_file add column header text;
