package dev.promptfit.testing;

import java.util.List;

/**
 * How a background response created by a scripted answer behaves after its first request: how many
 * polls still see it unfinished, and what each stream resume gets. Data only.
 *
 * @param polls how many {@code GET /responses/{id}} answers say {@code in_progress} before the
 *     one with the final status
 * @param resumes what the first, second, ... resume ({@code GET ...?stream=true}) gets; resumes
 *     beyond the list replay the rest of the stream
 */
record BackgroundScript(int polls, List<Resume> resumes) {

  static final BackgroundScript DEFAULT = new BackgroundScript(0, List.of());

  BackgroundScript {
    resumes = List.copyOf(resumes);
  }

  /** What one resume request gets. */
  sealed interface Resume {}

  /** An error answer instead of the stream. */
  record Refuse(int status, String message) implements Resume {}

  /** The rest of the stream, cut after this many events. */
  record Cut(int afterEvents) implements Resume {}
}
