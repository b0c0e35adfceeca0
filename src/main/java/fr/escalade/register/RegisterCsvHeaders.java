package fr.escalade.register;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The French name of each column of the register's CSV, keyed by its standard (English) name: the
 * one place to reword a header supervisors read in their spreadsheet. The JSON API keeps its English
 * names. {@code RegisterColumnsTests} fails when a column has no French name here.
 */
final class RegisterCsvHeaders {

  private static final Map<String, String> FRENCH = Map.ofEntries(
    entry("reference", "Référence"),
    entry("firm", "Cabinet"),
    entry("channel", "Canal"),
    entry("complainant_name", "Nom du réclamant"),
    entry("complainant_email", "E-mail du réclamant"),
    entry("complainant_postal_address", "Adresse postale du réclamant"),
    entry("complainant_phone", "Téléphone du réclamant"),
    entry("complainant_is_client", "Client"),
    entry("complainant_is_resident", "Résident en France"),
    entry("complainant_represented_by", "Représenté par"),
    entry("contract_reference", "Référence du contrat"),
    entry("subject", "Objet"),
    entry("category", "Catégorie"),
    entry("amount_at_stake", "Montant en jeu (€)"),
    entry("sent_on", "Date d'envoi"),
    entry("received_on", "Date de réception"),
    entry("start_date", "Point de départ des délais"),
    entry("entry_level", "Niveau d'entrée"),
    entry("level_reached", "Niveau atteint"),
    entry("status", "Statut"),
    entry("acknowledgement_due_on", "Accusé de réception dû le"),
    entry("acknowledgement_sent_on", "Accusé de réception envoyé le"),
    entry("acknowledgement_automatic", "Accusé de réception automatique"),
    entry("acknowledged_in_time", "Accusé de réception dans le délai"),
    entry("answer_due_on", "Réponse due le"),
    entry("answer_sent_on", "Réponse envoyée le"),
    entry("answered_in_time", "Réponse dans le délai"),
    entry("delay_notices_sent", "Avis de délai envoyés"),
    entry("delay_reason", "Motif du délai"),
    entry("expected_answer_on", "Réponse annoncée pour le"),
    entry("outcome", "Issue"),
    entry("mediation_opens_on", "Médiation ouverte le"),
    entry("mediation_closes_on", "Médiation possible jusqu'au"),
    entry("mediator_referred_on", "Saisine du médiateur connue le"),
    entry("mediator_referral_filed_on", "Médiateur saisi le"),
    entry("mediator_referral_warning", "Réserve sur la saisine"),
    entry("mediator_referral_admissible", "Saisine recevable"),
    entry("mediator_proposal_on", "Proposition du médiateur le"),
    entry("mediator_proposal", "Proposition du médiateur"),
    entry("mediator_proposal_accepted", "Proposition acceptée"),
    entry("mediator_file_due_on", "Dossier au médiateur dû le"),
    entry("mediator_file_sent_on", "Dossier au médiateur envoyé le"),
    entry("mediator_proposal_due_on", "Proposition attendue le"),
    entry("mediator_proposal_extended", "Délai de proposition prolongé"),
    entry("proposal_response_due_on", "Réponse à la proposition due le"),
    entry("mediation_ending", "Fin de la médiation"),
    entry("mediation_ended_on", "Médiation terminée le"),
    entry("closed_on", "Clôturée le"),
    entry("mediator", "Médiateur"),
    entry("insurer", "Assureur"),
    entry("product_line", "Ligne de produit"),
    entry("insurer_referred_on", "Transmise à l'assureur le"),
    entry("qualified_as", "Qualifiée comme"),
    entry("qualification_note", "Note de qualification"),
    entry("qualified_by", "Qualifiée par"),
    entry("qualified_on", "Qualifiée le"),
    entry("delay_notices", "Avis de délai (tous)"),
    entry("mediator_referrals", "Saisines du médiateur (toutes)"),
    entry("dysfunctions", "Dysfonctionnements"),
    entry("corrective_actions", "Actions correctives"),
    entry("correspondence", "Correspondance"));

  private RegisterCsvHeaders() {}

  /** The French header of a column; the standard name when none is written yet (the test says so). */
  static String french(String column) {
    return FRENCH.getOrDefault(column, column);
  }

  static Map<String, String> all() {
    return FRENCH;
  }
}
