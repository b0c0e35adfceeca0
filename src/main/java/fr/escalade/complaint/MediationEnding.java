package fr.escalade.complaint;

/**
 * How the mediation stage of a complaint ended: every way out the stage has, as the register
 * records it and the caller of the stage reads it back ({@code mediationEnding}).
 */
public enum MediationEnding {
  /** The mediator made a proposal and the firm answered it. */
  PROPOSAL_ANSWERED("Proposition du médiateur traitée"),
  /** The mediator closed the case: the referral did not meet the charter's conditions. */
  INADMISSIBLE("Dossier clos par le médiateur : saisine irrecevable"),
  /** The mediator closed the case because the client withdrew before the mediator. */
  WITHDRAWN("Dossier clos par le médiateur : désistement"),
  /** The mediator closed the case because the parties settled their dispute. */
  SETTLED("Dossier clos par le médiateur : accord entre les parties"),
  /** The client told the firm that they give up the mediation. */
  CLIENT_WITHDREW("Le client renonce à la médiation");

  private final String label;

  MediationEnding(String label) {
    this.label = label;
  }

  /** The French name pages show. */
  public String label() {
    return label;
  }

  /** Whether the mediator, rather than the firm's answer or the client, ended the stage. */
  public boolean isClosedByMediator() {
    return this == INADMISSIBLE || this == WITHDRAWN || this == SETTLED;
  }
}
