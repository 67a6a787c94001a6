-- Emerging topics are phrases as customers wrote them, counted in customers, with an example.
--   term            the phrase's commonest surface form, lower case ("missed the delivery slot"),
--                   never a stem; phrases written differently but with the same content-word stems
--                   ("missing the delivery slot") are counted together
--   comments        comments this period that use the phrase
--   customers       distinct customers this period who used it (the response when no customer id):
--                   one voice however often they wrote it; the count the G² test and the reports use
--   baseline        distinct customers in the baseline who used it
--   share           % of this period's commenting customers who used it
--   baseline_share  % of the baseline's commenting customers who used it
--   example         one short sentence a customer wrote that holds the phrase, personal data scrubbed
alter table emerging_topic add column customers bigint not null default 0;
alter table emerging_topic add column example text;
