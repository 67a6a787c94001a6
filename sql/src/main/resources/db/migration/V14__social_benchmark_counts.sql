-- The social benchmark with its uncertainty: the positive and negative posts behind each brand's
-- net sentiment, from which the reports work out its 95 % interval and the significance of a gap.
alter table social_benchmark add column positive_posts bigint not null default 0;
alter table social_benchmark add column negative_posts bigint not null default 0;
