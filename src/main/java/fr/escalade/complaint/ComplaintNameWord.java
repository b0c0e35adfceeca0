package fr.escalade.complaint;

import fr.escalade.system.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One word of a complainant's name, lower-cased and without accents, so that the register finds
 * "Hélène Martin" from "helene mar" through an index instead of reading every complaint.
 */
@Entity
@Table(
    name = "complaint_name_word",
    indexes = {
      @Index(name = "ix_complaint_name_word_word", columnList = "word, complaint_id"),
      @Index(name = "ix_complaint_name_word_complaint", columnList = "complaint_id")
    })
public class ComplaintNameWord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(nullable = false, length = 200)
  private String word;

  protected ComplaintNameWord() {}

  ComplaintNameWord(Long complaintId, String word) {
    this.complaintId = complaintId;
    this.word = word;
  }

  /** The searchable words of a name or of a query: "Hélène  d'Arc" gives [helene, d, arc]. */
  public static List<String> wordsOf(String text) {
    return Arrays.stream(PlainText.of(text).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).distinct().toList();
  }
}
