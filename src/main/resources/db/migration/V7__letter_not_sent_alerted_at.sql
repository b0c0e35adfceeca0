-- When supervisors were told that a letter owed by a deadline had not left (correspondence/LetterWatch):
-- one notice per letter, whatever the number of nodes and polls; null while none was written.
alter table letter add column not_sent_alerted_at timestamp(6) with time zone;
