package fr.escalade.process.mediation;

import static fr.escalade.process.ProcessVariables.ANSWER_TEXT;
import static fr.escalade.process.ProcessVariables.MEDIATOR_FILE_SUMMARY;
import static fr.escalade.process.ProcessVariables.MEDIATOR_PROPOSAL_DUE_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_FILED_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_RECEIVED_ON;
import static fr.escalade.process.ProcessVariables.REFERRAL_WARNING_TEXT;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterDates;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.firm.Firms;
import fr.escalade.firm.MediationPeriods;
import fr.escalade.process.DeadlineWording;
import fr.escalade.process.LegacyDeadlineVariables;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the complaint's file to the mediator: the complaint, the firm's answer when one went out,
 * the correspondence exchanged with the client, the agent's summary, and the firm's doubt about the
 * referral when it has one (the mediator judges admissibility, the firm only points it out). The
 * file is complete the day it leaves: the mediator's proposal is due {@code proposal-due-after}
 * later, which the register and the stage's timer take from here.
 */
@Component("sendMediatorFile")
class SendMediatorFileDelegate implements JavaDelegate {

  private final LetterWriter letters;
  private final ComplaintRegister register;
  private final Correspondence correspondence;
  private final Firms firms;
  private final MediationPeriods periods;
  private final LegacyDeadlineVariables legacy;

  SendMediatorFileDelegate(
      LetterWriter letters, ComplaintRegister register, Correspondence correspondence, Firms firms, MediationPeriods periods, LegacyDeadlineVariables legacy) {
    this.letters = letters;
    this.register = register;
    this.correspondence = correspondence;
    this.firms = firms;
    this.periods = periods;
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = register.get(execution.getProcessBusinessKey());
    ZoneId zone = firms.get(complaint.getFirm()).calendar().timeZone();
    Map<String, Object> details = new HashMap<>();
    details.put("mediatorFileSummary", execution.getVariable(MEDIATOR_FILE_SUMMARY));
    details.put("correspondence", correspondenceList(complaint.getReference(), zone));
    details.put("referralFiledOn", MediationDates.isoDate(execution, REFERRAL_FILED_ON));
    details.put("referralReceivedOn", MediationDates.isoDate(execution, REFERRAL_RECEIVED_ON));
    putText(details, "referralWarningText", execution.getVariable(REFERRAL_WARNING_TEXT));
    if (complaint.getAnswerSentOn() != null) {
      putText(details, "answerText", execution.getVariable(ANSWER_TEXT));
    }
    letters.write(LetterType.MEDIATOR_FILE, complaint, details);

    LocalDate proposalDue = register.today(complaint).plus(periods.proposalDueAfter());
    register.recordMediatorFileSent(complaint, proposalDue);
    // the mediator's date, not the firm's: shown as it falls
    execution.setVariable(MEDIATOR_PROPOSAL_DUE_ON, DeadlineWording.day(proposalDue));
    legacy.keepFor(execution, LegacyDeadlineVariables.MEDIATOR_PROPOSAL_DUE_AT);
  }

  /** The letters exchanged with the client and the mediator so far; staff notices are internal. */
  private List<String> correspondenceList(String reference, ZoneId zone) {
    return correspondence.of(reference).stream()
        .filter(letter -> letter.channel() != DeliveryChannel.INTERNAL)
        .map(letter -> LetterDates.FRENCH.day(letter.createdAt().atZone(zone))
            + (letter.type() == LetterType.CLIENT_MESSAGE ? ", reçu : " : ", envoyé : ")
            + letter.subject())
        .toList();
  }

  private static void putText(Map<String, Object> details, String name, Object text) {
    if (text != null && !text.toString().isBlank()) {
      details.put(name, text.toString().strip());
    }
  }
}
