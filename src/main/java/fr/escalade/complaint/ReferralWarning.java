package fr.escalade.complaint;

/**
 * Why a referral to the mediator may look inadmissible to the firm. The mediator, not the firm,
 * decides: the warning is recorded and shown (register, Tasklist, letter to the mediator), and the
 * file is prepared all the same.
 */
public enum ReferralWarning {
  PREMATURE(
      "La saisine paraît prématurée : elle précède l'ouverture de la médiation et aucune réponse écrite"
          + " n'a encore été adressée au client."),
  LATE("La saisine paraît tardive : elle intervient plus d'un an après la réclamation écrite."),
  NOT_A_COMPLAINT(
      "Le message du client a été qualifié de simple demande : aucune réclamation écrite ne semble précéder"
          + " la saisine.");

  private final String text;

  ReferralWarning(String text) {
    this.text = text;
  }

  /** The sentence staff and the mediator read. */
  public String text() {
    return text;
  }
}
