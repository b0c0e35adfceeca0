-- The day a closed complaint's personal data was erased at the end of its retention period
-- (retention/ComplaintErasure); null while the file is whole.
alter table complaint add column erased_on date;
