package dev.promptfit;

/** Two documents in one request; {@link Promptfit_DocumentPair} is written by hand. */
public interface DocumentPair {
  String compare(Document first, Document second);
}
