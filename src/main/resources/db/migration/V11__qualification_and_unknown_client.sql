-- How staff qualified a message (a complaint, or a simple request that supervisors review), with their
-- note, who they were and the day; and a complainant whose client status is unknown (a message read in
-- the complaints mailbox says nothing of it), null rather than "not a client".
alter table complaint add column qualified_as varchar(10);
alter table complaint add column qualification_note varchar(2000);
alter table complaint add column qualified_by varchar(64);
alter table complaint add column qualified_on date;
alter table complaint add constraint ck_complaint_qualified_as check (qualified_as in ('COMPLAINT','REQUEST'));
alter table complaint alter column complainant_is_client drop not null;
