-- Every message Touchstone sends: who got which files (by content), how it went, how often it was tried.
-- A row is written 'pending' before the first try, so a process that dies mid-send leaves a trace;
-- last_error says why a message failed, or why it was skipped.
create table delivery (
    delivery_id  bigint generated always as identity,
    run_id       bigint        not null,
    recipient    varchar(256)  not null,
    email        varchar(320)  not null,
    status       varchar(16)   not null,
    attempts     integer       not null default 0,
    last_error   text,
    corrected    boolean       not null default false,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint delivery_pk primary key (delivery_id),
    constraint delivery_status_ck check (status in ('pending', 'sent', 'failed', 'skipped'))
);

create index delivery_run_ix on delivery (run_id);
-- A resend looks up what an address already received, across runs.
create index delivery_email_ix on delivery (email);

-- The files of a message, by content: a resend never sends the same file to someone who has it.
create table delivery_file (
    delivery_id  bigint        not null,
    file_name    varchar(512)  not null,
    sha256       varchar(64)   not null,
    size_bytes   bigint        not null,
    attached     boolean       not null,
    constraint delivery_file_pk primary key (delivery_id, file_name),
    constraint delivery_file_delivery_fk foreign key (delivery_id) references delivery (delivery_id)
);
