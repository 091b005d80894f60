package dev.promptfit;

/**
 * A method that pins its endpoint itself, as {@code @Model(api = Api.RESPONSES)} does; {@link
 * Promptfit_PinnedAssistant} is its generated form, written by hand (see {@link TestAssistant}).
 */
public interface PinnedAssistant {
  String text(String question);
}
