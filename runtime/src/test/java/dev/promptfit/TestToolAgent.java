package dev.promptfit;

/**
 * {@link TestAssistant}'s methods, each offering the tools of {@link TestTools} (as {@code
 * @Tools(TestTools.class)} on the interface would); {@link Promptfit_TestToolAgent} is written by
 * hand in the generated form.
 */
public interface TestToolAgent extends TestAssistant {}
