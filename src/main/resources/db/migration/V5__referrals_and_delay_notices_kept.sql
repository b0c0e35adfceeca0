-- Every referral to the mediator and every delay notice is kept (issue 11), not only the last one;
-- the firm records a warning on a referral instead of judging it admissible: the mediator does.

create table delay_notice (
    complaint_id bigint not null references complaint(id),
    notice_order integer not null,
    sent_on date,
    reason varchar(2000) not null,
    expected_on date not null,
    late boolean not null,
    primary key (complaint_id, notice_order)
);

-- the last notice is all an older register knew of; its sending date was not kept
insert into delay_notice (complaint_id, notice_order, sent_on, reason, expected_on, late)
    select id, 0, null, coalesce(delay_reason, ''), expected_answer_on, false
    from complaint
    where delay_notices_sent > 0 and expected_answer_on is not null;

create table mediator_referral (
    complaint_id bigint not null references complaint(id),
    referral_order integer not null,
    filed_on date,
    received_on date not null,
    warning varchar(20) check (warning in ('PREMATURE','LATE','NOT_A_COMPLAINT')),
    primary key (complaint_id, referral_order)
);

alter table complaint add column mediator_referral_filed_on date;
alter table complaint add column mediator_referral_warning varchar(20)
    check (mediator_referral_warning in ('PREMATURE','LATE','NOT_A_COMPLAINT'));
alter table complaint add column acknowledgement_automatic boolean;

-- a referral the firm used to refuse is, in the new terms, one it found premature or late
update complaint set mediator_referral_warning =
        case when mediator_referred_on < mediation_opens_on then 'PREMATURE' else 'LATE' end
    where mediator_referral_admissible = false;
insert into mediator_referral (complaint_id, referral_order, filed_on, received_on, warning)
    select id, 0, null, mediator_referred_on, mediator_referral_warning
    from complaint where mediator_referred_on is not null;
-- admissibility is now the mediator's word, recorded when the mediator gives it
update complaint set mediator_referral_admissible = null where mediator_referral_admissible = false;
