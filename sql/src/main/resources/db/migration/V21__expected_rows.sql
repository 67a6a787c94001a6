-- The rows a delivered file holds, counted when it is first read end to end (the inspection
-- before loading): the total a loading step's progress and its time left are measured against.
-- Null for a file read from a database source or quarantined before its rows could be counted.
alter table ingest_file add column rows_expected bigint;
