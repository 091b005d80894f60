package dev.promptfit.example;

/**
 * One task found in meeting notes.
 *
 * @param title what is to be done
 * @param owner who does it, by first name
 * @param priority how urgent it is
 */
public record Task(String title, String owner, Priority priority) {

  /** How urgent a task is. */
  public enum Priority {
    LOW,
    MEDIUM,
    HIGH
  }
}
