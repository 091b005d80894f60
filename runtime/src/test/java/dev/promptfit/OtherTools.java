package dev.promptfit;

/** A tool class {@link TestToolAgent} does not list, for the checks of {@code create}. */
public final class OtherTools {
  public String echo(String text) {
    return text;
  }
}
