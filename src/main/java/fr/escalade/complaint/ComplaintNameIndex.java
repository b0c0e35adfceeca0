package fr.escalade.complaint;

import org.springframework.stereotype.Component;

/** Keeps the words of complainants' names for the register's search, written with the complaint. */
@Component
public class ComplaintNameIndex {

  private final ComplaintNameWordRepository words;

  ComplaintNameIndex(ComplaintNameWordRepository words) {
    this.words = words;
  }

  void index(Complaint complaint) {
    ComplaintNameWord.wordsOf(complaint.getComplainant().getName())
        .forEach(word -> words.save(new ComplaintNameWord(complaint.getId(), word)));
  }
}
