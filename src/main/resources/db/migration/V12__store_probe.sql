-- One row that readiness rewrites (operations/StoreWriteHealth): a store that can read but not write
-- (a full disk) is not ready to take complaints.
create table store_probe (id integer primary key, written_at timestamp(6) with time zone);
insert into store_probe (id, written_at) values (1, null);
