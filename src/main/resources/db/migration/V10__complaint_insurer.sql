-- Complaints that concern the insurer (issue 12): the insurer the complaint was forwarded to (its
-- identifier under escalade.firms.<firm>.insurers), the product line of the contract concerned
-- (escalade.product-lines) and the day it was forwarded. Empty for complaints about the firm only.
alter table complaint add column insurer varchar(40);
alter table complaint add column product_line varchar(40);
alter table complaint add column insurer_referred_on date;
-- the annual file for an insurer selects its complaints by insurer and start date
create index ix_complaint_insurer_start_date on complaint (insurer, start_date);
