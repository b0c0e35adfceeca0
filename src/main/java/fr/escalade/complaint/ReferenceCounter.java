package fr.escalade.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last complaint number handed out in a year. */
@Entity
@Table(name = "complaint_reference_counter")
class ReferenceCounter {

  @Id
  @Column(name = "counter_year")
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected ReferenceCounter() {}

  ReferenceCounter(int year) {
    this.year = year;
  }

  int next() {
    return ++lastNumber;
  }
}
