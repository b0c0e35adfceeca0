-- The mediation stage is watched (issue 11): the dates planned for each of its steps, whether the
-- mediator extended the proposal's period, and how and when the stage ended
-- (complaint/Mediation, complaint/MediationEnding).
alter table complaint add column mediator_file_due_on date;
alter table complaint add column mediator_file_sent_on date;
alter table complaint add column mediator_proposal_due_on date;
alter table complaint add column mediator_proposal_extended boolean;
alter table complaint add column proposal_response_due_on date;
alter table complaint add column mediation_ending varchar(20)
    check (mediation_ending in ('PROPOSAL_ANSWERED','INADMISSIBLE','WITHDRAWN','SETTLED','CLIENT_WITHDREW'));
alter table complaint add column mediation_ended_on date;
