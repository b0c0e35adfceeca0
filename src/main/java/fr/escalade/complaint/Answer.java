package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What the reasoned answer settled about the dispute: its category and the amount at stake. When it
 * went out is a deadline fact ({@link Deadlines}); how the complaint ended is the complaint's
 * outcome, which closing without an answer also sets.
 */
@Embeddable
public class Answer {

  @Column(name = "category", length = 60)
  private String category;

  @Column(name = "amount_at_stake", precision = 14, scale = 2)
  private BigDecimal amountAtStake;

  protected Answer() {}

  static Answer none() {
    return new Answer();
  }

  void record(String category, BigDecimal amountAtStake) {
    this.category = category;
    this.amountAtStake = amountAtStake;
  }

  public String getCategory() {
    return category;
  }

  public BigDecimal getAmountAtStake() {
    return amountAtStake;
  }
}
