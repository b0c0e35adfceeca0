package fr.escalade.process;

import fr.escalade.complaint.Channel;
import fr.escalade.intake.NewComplaint;
import java.time.LocalDate;

/** Complaints as tests submit them. */
public final class Complaints {

  private Complaints() {}

  public static NewComplaint byEmail(String firm, Integer entryLevel, LocalDate sentOn) {
    return new NewComplaint(
        firm,
        Channel.EMAIL,
        sentOn,
        sentOn,
        entryLevel,
        new NewComplaint.Person("Jeanne Dupont", "jeanne.dupont@example.fr", "3 rue des Lilas, 75011 Paris", null, true, null, null),
        "HAB-2024-0042",
        "Remboursement d'un dégât des eaux",
        "Mon sinistre du 3 janvier n'est toujours pas indemnisé malgré trois relances.");
  }
}
