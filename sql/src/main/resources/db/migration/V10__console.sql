-- The people who may use the web console. A password is kept only as its BCrypt hash. A slice
-- (region or touchpoint) limits a viewer to that slice's burst copy of the dashboard.
-- failed_logins counts failures in a row; five of them lock the user until locked_until.
create table console_user (
    user_name      varchar(64)   not null,
    password_hash  varchar(100)  not null,
    role           varchar(16)   not null,
    region         varchar(128),
    touchpoint     varchar(128),
    failed_logins  integer       not null default 0,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    constraint console_user_pk primary key (user_name),
    constraint console_user_role_ck check (role in ('viewer', 'cx-lead', 'admin')),
    constraint console_user_slice_ck check (region is null or touchpoint is null)
);

-- What each run published, kept when a later run of the same period replaces the files on disk:
-- the folder and the manifest as written (JSON), so a run's files and data as-of stay answerable.
create table published_run (
    run_id        bigint         not null,
    folder        varchar(1024)  not null,
    manifest      text           not null,
    published_at  timestamp with time zone not null,
    constraint published_run_pk primary key (run_id)
);
