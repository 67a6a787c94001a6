-- The service drivers link a response to its customer's latest interaction by joining the
-- period's responses to the interactions of the lookback before them (a block-range scan of
-- opened_at, then a hash join on customer_id; see ServiceDriverTallies), not by probing this
-- index per response. No query used it on the million-response benchmark (8 look-ups of one row
-- in a run), yet keeping it up was half the cost of loading interactions: a bare COPY of 100,000
-- interactions took 1.03-1.18 s with it and 0.55-0.57 s without (PostgreSQL 17, 2 cores), a
-- B-tree insert at a random place for every row.
drop index interaction_customer_ix;
