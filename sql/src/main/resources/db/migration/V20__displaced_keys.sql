-- The files of a feed load side by side (one partition each), and a later delivery's row wins
-- whichever commits first. A line that is not in the feed's table because another file of the
-- same run holds its key — skipped, or replaced by the later file — is kept here while the
-- files load, so a later line of its own file with the same key is still counted as a repeated
-- id (ingest_file.duplicate_ids). Only keys two loading files share land here; the archive step
-- empties the table once the run's files are loaded.
create table displaced_key (
    feed_table  varchar(64)   not null,
    file_id     bigint        not null,
    key_text    varchar(2048) not null,
    line_no     bigint        not null
);
create index displaced_key_ix on displaced_key (feed_table, file_id, key_text);
