-- Theme measures per region and per touchpoint beside the company figures ('ALL').
alter table theme_measure add column region varchar(128) not null default 'ALL';
alter table theme_measure add column touchpoint varchar(128) not null default 'ALL';
alter table theme_measure drop constraint theme_measure_pk;
alter table theme_measure add constraint theme_measure_pk primary key (period_kind, period, region, touchpoint, theme);
