-- A rejected row's reason quotes the value it refused, which may be of any length (a stray quote can
-- swallow the rest of a file into one field): the reason is text, never a length to fail on. The rule
-- names the check without the value, so reports count rejects by rule and never print what was typed.
alter table reject alter column reason type text;
alter table reject add column rule varchar(200);

-- A file's quarantine reason may quote the file; the same reasoning.
alter table ingest_file alter column reason type text;

-- Rows of one delivery that repeat an id already in it: allowed (the last wins) but counted.
alter table ingest_file add column duplicate_ids bigint not null default 0;

-- Files in the inbox that no feed takes, seen by a run and left where they are.
create table unclaimed_file (
    run_id      bigint       not null,
    file_name   varchar(512) not null,
    size_bytes  bigint       not null,
    seen_at     timestamp with time zone not null,
    constraint unclaimed_file_pk primary key (run_id, file_name)
);
