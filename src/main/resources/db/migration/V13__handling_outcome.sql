-- How the firm's handling ended (complaint/HandlingOutcome): a settlement is told from a favourable
-- answer by this, no longer by its missing category, now that every ending records a category.
alter table complaint add column handling_outcome varchar(30);
-- closed before this version: a favourable ending without a category was a settlement
update complaint set handling_outcome = 'SETTLED_AT_FIRST_CONTACT'
  where status = 'CLOSED' and outcome = 'FAVOURABLE' and category is null;
