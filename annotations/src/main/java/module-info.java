/** Promptfit's annotations and {@code Api}: what users write on their interfaces. */
module dev.promptfit.annotation {
  exports dev.promptfit.annotation;
}
